//! A name written with the háček letters `š`, `č`, `ž` (Czech, Slovak,
//! Slovene, Croatian, Serbian Latin, Sorbian, Lithuanian, Latvian, and
//! the scholarly and ISO 9 romanisation of Cyrillic ш, ч, ж). The shared
//! normalization folds them to `s`, `c`, `z`, which loses the sound they
//! write; other languages write the same sounds with digraphs: English
//! `sh`, `ch`, `zh`; German `sch`, `tsch`; French `ch`, `tch`, `j`;
//! Polish `sz`, `cz`, `ż`. For a name whose letters have a háček
//! ([`has_hacek`]), [`hacek_model`] makes the folded letter meet those
//! spellings: query `s` for the catalogue's `sh`/`sz`/`ch` (and `sch`
//! with its `h`), `c` for `ch`/`cz` (and `tch`), `z` for `zh`/`j`.
//!
//! # Example
//! ```
//! use namefold::{Catalog, Entity, Query, Resolver};
//! // Invented names: the Czech spelling against the German one.
//! let cat = Catalog::from_entities(vec![Entity::new("v", "Wischnewetz")])?;
//! let r = Resolver::build(&cat)?;
//! assert_eq!(r.resolve(&Query::new("Višněvec")).id(), Some("v"));
//! # Ok::<(), namefold::Error>(())
//! ```

use crate::cost::{Context, Cost, CostModel, EditClass};

/// The folded letter for one of its digraph spellings.
const DIGRAPH: Cost = 20;

/// Whether `text` has a háček letter (š, č, ž, in either case; ř and ň
/// write other sounds and are not read here).
pub(crate) fn has_hacek(text: &str) -> bool {
    text.chars().any(|c| "šČčŠžŽ".contains(c))
        || text.contains('\u{30C}') && text.chars().any(|c| "sScCzZ".contains(c))
}

/// `base` with a háček name's folded letters meeting their digraph
/// spellings (see the module docs), as one-way rules from the query.
pub(crate) fn hacek_model(base: &CostModel) -> CostModel {
    let mut m = base.clone();
    let any = Context::new("", "");
    for (a, b) in [
        ("s", "sh"),
        ("s", "sz"),
        ("s", "ch"),
        ("s", "sc"),
        ("c", "ch"),
        ("c", "cz"),
        ("c", "tc"),
        ("z", "zh"),
        ("z", "j"),
    ] {
        m.query_rule(a, b, any, DIGRAPH, EditClass::Phonetic);
    }
    m
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cost::distance;

    #[test]
    fn hacek_letters_are_told() {
        assert!(has_hacek("Višněvec"));
        assert!(has_hacek("ŽARKO"));
        assert!(has_hacek("Vis\u{30C}nevec"));
        assert!(!has_hacek("Visnevec"));
        assert!(!has_hacek("Dvořák"));
    }

    #[test]
    fn folded_letters_meet_their_digraphs() {
        let base = CostModel::default().without_typos();
        let m = hacek_model(&base);
        // Invented names: the folded Czech spelling against English,
        // Polish, German and French ones.
        for (a, b, max) in [
            ("visnevec", "vishnevech", 2 * DIGRAPH),
            ("visnevec", "wisznewecz", 2 * DIGRAPH + 30),
            ("sarkovic", "scharkovich", 2 * DIGRAPH + 35),
            ("zarmin", "zharmin", DIGRAPH),
            ("zarmin", "jarmin", DIGRAPH),
            // French writes š as `ch` (`Pachkorine` for Paškorin).
            ("paskorin", "pachkorin", DIGRAPH),
        ] {
            assert!(distance(&m, a, b) <= max, "{a} {b} {}", distance(&m, a, b));
            assert!(distance(&m, a, b) < distance(&base, a, b), "{a} {b}");
        }
    }
}
