//! German (and Yiddish) names in Polish spelling. Polish writes the
//! German sounds with its own letters: `sch` as `sz` (`Schulz`/`Szulc`),
//! the diphthong `ei` ([aj]) as `aj` (`Schneider`/`Sznajder`,
//! `Weinberg`/`Wajnberg`). These rules make each spelling meet the other,
//! in both directions (the query may be either).
//!
//! # Example
//! ```
//! use namefold::{Catalog, Entity, Query, Resolver};
//! // Invented name: the Polish spelling against the German one.
//! let cat = Catalog::from_entities(vec![Entity::new("g", "Scheinwalder")])?;
//! let r = Resolver::build(&cat)?;
//! assert_eq!(r.resolve(&Query::new("Sznajnwalder")).id(), Some("g"));
//! # Ok::<(), namefold::Error>(())
//! ```

use crate::cost::{Context, Cost, CostModel, EditClass};

/// Polish `sz` for German `sch`, and `aj` for `ei`.
const POLISH_SPELLING: Cost = 20;

/// Adds the rules (see the module docs) to `m`.
pub(crate) fn add_rules(m: &mut CostModel) {
    // `sz` and `sch` share their `s`: the `z` stands for `ch` after it.
    let after_s = Context::new("s", "");
    m.query_rule("z", "ch", after_s, POLISH_SPELLING, EditClass::Phonetic);
    m.query_rule("ch", "z", after_s, POLISH_SPELLING, EditClass::Phonetic);
    m.rule("aj", "ei", POLISH_SPELLING, EditClass::Phonetic);
}

#[cfg(test)]
mod tests {
    use crate::cost::{distance, CostModel, UNIT};

    #[test]
    fn polish_spellings_of_german_sounds_are_cheap() {
        let m = CostModel::default();
        // Invented names, both directions.
        assert!(distance(&m, "szolter", "scholter") <= 20);
        assert!(distance(&m, "scholter", "szolter") <= 20);
        assert!(distance(&m, "fajnhold", "feinhold") <= 20);
        assert!(distance(&m, "feinhold", "fajnhold") <= 20);
        // `z` is `ch` only after `s`.
        assert!(distance(&m, "zolter", "cholter") >= UNIT / 2);
    }
}
