//! Names in Dutch spelling. Dutch writes the vowel [u] as `oe`
//! (`Boer`, `Moerman`), where other Latin spellings write `u` (English,
//! German, the romanisations of Cyrillic and of Turkic names) or `ou`
//! (French): a Dutch transcription of a foreign name (`Roeslan` for
//! Ruslan) and a Dutch name written by others (`Murman` for Moerman)
//! meet through this rule.
//!
//! # Example
//! ```
//! use namefold::{Catalog, Entity, Query, Resolver};
//! // Invented name: the Dutch spelling against the plain one.
//! let cat = Catalog::from_entities(vec![Entity::new("d", "Boedrik")])?;
//! let r = Resolver::build(&cat)?;
//! assert_eq!(r.resolve(&Query::new("Budrik")).id(), Some("d"));
//! # Ok::<(), namefold::Error>(())
//! ```

use crate::cost::{Cost, CostModel, EditClass};

/// Dutch `oe` for `u`: a little above the French `ou` for `u` (25), as
/// `oe` is also two vowels (Japanese `Moemi`, `Noel`).
const DUTCH_OE: Cost = 30;

/// Adds the rule (see the module docs) to `m`.
pub(crate) fn add_rules(m: &mut CostModel) {
    m.rule("oe", "u", DUTCH_OE, EditClass::Phonetic);
}

#[cfg(test)]
mod tests {
    use crate::cost::{distance, CostModel};

    #[test]
    fn dutch_oe_meets_u() {
        let m = CostModel::default();
        // Invented names, both directions.
        assert_eq!(distance(&m, "toeterman", "tuterman"), super::DUTCH_OE);
        assert_eq!(distance(&m, "rulbek", "roelbek"), super::DUTCH_OE);
    }
}
