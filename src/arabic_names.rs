//! The conventional Latin spellings of common given names of Arabic
//! origin meet as spellings of one name: `Mohammed`, `Mohamed`,
//! `Muhammad`, `Mehmet` and `Magomed`.
//!
//! One Arabic name has many Latin spellings, because the script leaves
//! short vowels unwritten (`a`/`e`, `u`/`o`/`ou`), a doubled consonant may
//! be written once, and each romanisation has its letters (French `ou`,
//! `ch`, `dj` in the Maghreb; the Turkish forms; the Russian romanisation
//! of the Caucasian forms). For the commonest names these spellings are
//! conventional and name no one else, so two of them pair as a close
//! spelling variant ([`SPELLING_SIM`], at a cost that counts the name as
//! shared), in any role: the edit costs would read `Mohammed`/`Muhammad`
//! as two vowels apart. The same spelling still scores higher, so a
//! catalogue that holds both `Mehmet X` and `Mohamed X` tells them apart.
//! Rarer names are left to the edit costs.
//!
//! The table is `data/arabic_given_names.tsv` (written for namefold from
//! the romanisation conventions; see its header).

use std::sync::OnceLock;

use crate::cost::Cost;
use crate::fxhash::FxHashMap;

const TABLE: &str = include_str!("../data/arabic_given_names.tsv");

/// The similarity of two spellings of one name.
pub(crate) const SPELLING_SIM: f64 = 0.95;
/// The cost reported for two spellings of one name: low enough that the
/// name counts as shared (see `score::align`).
pub(crate) const SPELLING_COST: Cost = 20;

/// Spelling (the canonical form included) → canonical form.
fn table() -> &'static FxHashMap<&'static str, &'static str> {
    static MAP: OnceLock<FxHashMap<&'static str, &'static str>> = OnceLock::new();
    MAP.get_or_init(|| {
        let mut map = FxHashMap::default();
        for line in TABLE.lines() {
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            let Some((canonical, spellings)) = line.split_once('\t') else {
                continue;
            };
            map.insert(canonical, canonical);
            for s in spellings.split(' ').filter(|s| !s.is_empty()) {
                map.insert(s, canonical);
            }
        }
        map
    })
}

/// The name spelt `token` (a normalized token), if the table has it.
fn name_of(token: &str) -> Option<&'static str> {
    // Every spelling in the table has 3 to 10 letters.
    if !(3..=10).contains(&token.len()) {
        return None;
    }
    table().get(token).copied()
}

/// The pair `(similarity, cost)` of query word `q` and catalogue word `a`
/// whose spelling match is `found`: the pair of two spellings of one name
/// when that is better.
///
/// Two spellings of one name pair at [`SPELLING_SIM`]; any other pair as
/// `found`.
pub(crate) fn spelling_pair(q: &str, a: &str, found: Option<(f64, Cost)>) -> Option<(f64, Cost)> {
    if found.is_some_and(|(s, _)| s >= SPELLING_SIM) {
        return found;
    }
    match (name_of(q), name_of(a)) {
        (Some(x), Some(y)) if x == y => Some((SPELLING_SIM, SPELLING_COST)),
        _ => found,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Normalizer;

    #[test]
    fn every_spelling_is_in_normal_form_and_names_one_name() {
        let n = Normalizer::new();
        let mut seen = std::collections::HashSet::new();
        for line in TABLE
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        {
            let (c, rest) = line.split_once('\t').expect("two fields");
            for s in std::iter::once(c).chain(rest.split(' ')) {
                assert!(seen.insert(s), "{s} listed twice");
                assert_eq!(n.normalize(s), s, "{s} is not in normal form");
                assert!((3..=10).contains(&s.len()), "{s}");
            }
        }
    }

    #[test]
    fn spellings_of_one_name_pair_and_others_do_not() {
        let n = Normalizer::new();
        let pair = |a: &str, b: &str| spelling_pair(&n.normalize(a), &n.normalize(b), None);
        assert_eq!(
            pair("Mohammed", "Muhammad"),
            Some((SPELLING_SIM, SPELLING_COST))
        );
        assert_eq!(pair("Ahmet", "Ahmed"), Some((SPELLING_SIM, SPELLING_COST)));
        assert_eq!(
            pair("Магомед", "Mehmet"),
            Some((SPELLING_SIM, SPELLING_COST))
        );
        assert_eq!(
            pair("Hossein", "Husayn"),
            Some((SPELLING_SIM, SPELLING_COST))
        );
        // Two names, and a name outside the table.
        assert_eq!(pair("Mahmud", "Muhammad"), None);
        assert_eq!(pair("Hamid", "Ahmad"), None);
        assert_eq!(pair("Mohan", "Mohamed"), None);
        // A better spelling match is kept.
        assert_eq!(
            spelling_pair("ahmad", "ahmad", Some((1.0, 0))),
            Some((1.0, 0))
        );
    }
}
