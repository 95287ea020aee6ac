//! Given names of Central Asia (Kyrgyz, Kazakh, Uzbek, Tajik, Uyghur,
//! Turkmen) with and without their honorific or endearing suffix: `-bek`
//! and `-beg` (lord), `-jon`/`-jan`/`-zhan`/`-dzhan` (dear), `-bay`/`-bai`/
//! `-boy` (rich), `-khan`/`-xon` (khan). A person is called by the bare
//! name or the suffixed one (`Kamchibek` is also `Kamchi`), so one list
//! writes the suffix and another leaves it out.
//!
//! # Example
//! ```
//! use namefold::{Catalog, Entity, Query, Resolver};
//! // An invented person.
//! let cat = Catalog::from_entities(vec![
//!     Entity::new("t", "Sardorbek TOLIBOV").with_kind("person"),
//! ])?;
//! let r = Resolver::build(&cat)?;
//! assert_eq!(r.resolve(&Query::new("Sardor TOLIBOV")).id(), Some("t"));
//! # Ok::<(), namefold::Error>(())
//! ```

use crate::cost::{Cost, CostModel};

/// The suffixes, in the romanisations of the languages that use them
/// (Russian `dzh`/`zh` for j, Uzbek `x` for kh, `o` for a).
const SUFFIXES: &[&str] = &[
    "bek", "beg", "jon", "jan", "zhan", "dzhan", "djan", "bay", "bai", "boy", "khan", "xon",
];

/// The similarity of a given name with and without its suffix: one person's
/// name, but less than a spelling variant, as a suffix may also make
/// another name.
pub(crate) const SUFFIXED_SIM: f64 = 0.75;

/// The shortest bare name the rule reads.
const MIN_STEM: usize = 4;

/// The most the bare names may differ by (a spelling variant's cost).
const STEM_COST: Cost = 45;

/// The pair `(similarity, cost)` of query word `q` and given name `a`
/// whose spelling match is `found`: [`SUFFIXED_SIM`] when one is the other
/// with a suffix of [`SUFFIXES`] (the bare names a spelling variant apart
/// by `model`) and that is better. The reported cost is the bare names'
/// plus a full edit: not a shared name.
pub(crate) fn suffixed_pair(
    q: &str,
    a: &str,
    found: Option<(f64, Cost)>,
    model: &CostModel,
) -> Option<(f64, Cost)> {
    if found.is_some_and(|(s, _)| s >= SUFFIXED_SIM) {
        return found;
    }
    let (long, short) = if q.len() > a.len() { (q, a) } else { (a, q) };
    if short.len() < MIN_STEM || !short.bytes().all(|b| b.is_ascii_lowercase()) {
        return found;
    }
    let Some(stem) = SUFFIXES.iter().find_map(|s| long.strip_suffix(s)) else {
        return found;
    };
    if stem.len() < MIN_STEM || stem.len() + 1 < short.len() {
        return found;
    }
    let cost = crate::cost::distance(model, stem, short);
    if cost <= STEM_COST {
        Some((SUFFIXED_SIM, cost + crate::cost::UNIT))
    } else {
        found
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Invented names.
    #[test]
    fn a_given_name_meets_itself_with_a_suffix() {
        let m = CostModel::default();
        let p = |q: &str, a: &str| suffixed_pair(q, a, None, &m).map(|(s, _)| s);
        assert_eq!(p("sardor", "sardorbek"), Some(SUFFIXED_SIM));
        assert_eq!(p("nurlanbek", "nurlan"), Some(SUFFIXED_SIM));
        assert_eq!(p("kamchy", "kamchibek"), Some(SUFFIXED_SIM));
        assert_eq!(p("tolibjon", "tolib"), Some(SUFFIXED_SIM));
        // Two suffixed names, and a bare name too short to tell.
        assert_eq!(p("tolibjon", "tolibbek"), None);
        assert_eq!(p("alibek", "ali"), None);
        assert_eq!(p("azamatzhan", "azamat"), Some(SUFFIXED_SIM));
        // Not another name, nor a name that merely ends alike.
        assert_eq!(p("sardorbek", "bakhtiyor"), None);
        assert_eq!(p("sardorbek", "sardik"), None);
        assert_eq!(p("rebek", "re"), None);
        // A better match is kept.
        assert_eq!(
            suffixed_pair("sardor", "sardorbek", Some((0.9, 10)), &m),
            Some((0.9, 10))
        );
    }

    #[test]
    fn suffixed_names_meet_in_a_full_name() {
        use crate::{Catalog, Entity, Query, Resolver};
        let cat = Catalog::from_entities(vec![
            Entity::new("t", "Sardorbek TOLIBOV").with_kind("person"),
            Entity::new("u", "Ulmas TOLIBOV").with_kind("person"),
        ])
        .unwrap();
        let r = Resolver::build(&cat).unwrap();
        assert_eq!(r.resolve(&Query::new("Sardor TOLIBOV")).id(), Some("t"));
        assert_eq!(r.resolve(&Query::new("Sardorjon TOLIBOV")).id(), None);
        assert_eq!(r.resolve(&Query::new("Bakhtiyor TOLIBOV")).id(), None);
    }
}
