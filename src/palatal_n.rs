//! The palatal nasal [ɲ] and its spellings: French and Italian `gn`
//! (`Agnès`, `Bologna`) against Catalan and Hungarian `ny` and Serbian,
//! Croatian and Slovene `nj` (Cyrillic њ). One name written by two of
//! these orthographies meets itself through these rules. (Portuguese
//! `nh` is left out: in pinyin and many compounds `nh` is `n` then `h`,
//! `Shanhai`, `Minhang`, and it met those.)
//!
//! # Example
//! ```
//! use namefold::{Catalog, Entity, Query, Resolver};
//! // Invented name: the French spelling against the Serbian one.
//! let cat = Catalog::from_entities(vec![Entity::new("p", "Pagnel")])?;
//! let r = Resolver::build(&cat)?;
//! assert_eq!(r.resolve(&Query::new("Panjel")).id(), Some("p"));
//! # Ok::<(), namefold::Error>(())
//! ```

use crate::cost::{Cost, CostModel, EditClass};

/// One spelling of [ɲ] for another.
const PALATAL_N: Cost = 20;

/// Adds the rules (see the module docs) to `m`.
pub(crate) fn add_rules(m: &mut CostModel) {
    for b in ["nj", "ny"] {
        m.rule("gn", b, PALATAL_N, EditClass::Phonetic);
    }
}

#[cfg(test)]
mod tests {
    use crate::cost::{distance, CostModel};

    #[test]
    fn spellings_of_the_palatal_n_meet() {
        let m = CostModel::default();
        // Invented names, each pair both ways.
        for (a, b) in [("pagnel", "panjel"), ("pagnel", "panyel")] {
            assert!(distance(&m, a, b) <= super::PALATAL_N, "{a} {b}");
            assert!(distance(&m, b, a) <= super::PALATAL_N, "{b} {a}");
        }
    }
}
