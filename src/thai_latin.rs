//! Thai names in Latin letters: the Royal Thai General System of
//! Transcription (RTGS) and the older and personal spellings of one name.
//!
//! Thai personal names are romanised by their owners and by lists in
//! several ways that differ regularly:
//!
//! - **aspirates**: RTGS writes the aspirated stops ph, th, kh (พ ภ ผ,
//!   ท ธ ถ, ค ข); English-style spellings write p, t, k;
//! - **final consonants**: a syllable-final ร or ล is said n, and so are
//!   the finals ส ศ ษ ด ท ธ ช said t: RTGS writes what is said (`-phon`,
//!   `-kun`, `-yot`), a spelling after the letters writes `-porn`, `-kul`,
//!   `-yos`;
//! - **จ** is RTGS `ch`, often `j`; **ว** is `w` or `v`; long vowels are
//!   written doubled (`ee`, `oo`) or single;
//! - **the inherent vowel**: a cluster of a Sanskrit or Pali stem is
//!   written with or without the `a` said between its consonants
//!   (`chanthra` / `chantara`).
//!
//! These would make other names meet in any word; they are read only for
//! a pair with a word that [`looks_thai`].
//!
//! # Example
//! ```
//! use namefold::{Catalog, Entity, Query, Resolver};
//! // An invented person, listed in RTGS.
//! let cat = Catalog::from_entities(vec![
//!     Entity::new("t", "Somsak PHANTHAKHONPHON").with_kind("person"),
//! ])?;
//! let r = Resolver::build(&cat)?;
//! assert_eq!(r.resolve(&Query::new("Somsak PANTAKONPORN")).id(), Some("t"));
//! # Ok::<(), namefold::Error>(())
//! ```

use crate::cost::{Context, Cost, CostModel, EditClass};

/// Endings of Thai names that other naming cultures' Latin names seldom
/// have: the name elements พร (`-porn`/`-phon`/`-pon`), พงษ์ (`-pong`,
/// `-phong`), วงศ์ (`-wong`), ชัย (`-chai`), ศักดิ์ (`-sakdi`), ยศ
/// (`-yos`/`-yot`), นคร (`-nakorn`/`-nakhon`), ศิริ (`-siri`), ประเสริฐ
/// (`-prasert`), สิทธิ์ (`-sit`, as `-isit`/`-asit`).
const ENDINGS: &[&str] = &[
    "porn", "phon", "pong", "phong", "wong", "chai", "sakdi", "yos", "yot", "nakorn", "nakhon",
    "siri", "prasert", "isit", "asit",
];

/// Letters a word needs besides its ending to be read as a Thai name
/// (`Chai` or `Pong` alone is a name of other cultures too).
const MIN_STEM: usize = 3;

/// Cost of one spelling difference of the Thai reading: an aspirate, a
/// final consonant, ch/j, a doubled long vowel.
const SPELLING: Cost = 10;
/// Cost of the inherent vowel `a` said in a cluster, written or not.
const INHERENT_A: Cost = 35;
/// A pair at least this similar is kept as found (a spelling variant).
const CLOSE_SIM: f64 = 0.85;

/// Whether normalized word `word` ends like a Thai name ([`ENDINGS`]).
pub(crate) fn looks_thai(word: &str) -> bool {
    word.is_ascii()
        && ENDINGS
            .iter()
            .any(|e| word.len() >= e.len() + MIN_STEM && word.ends_with(e))
}

/// `base` with the Thai reading (see the module docs).
pub(crate) fn thai_model(base: &CostModel) -> CostModel {
    use EditClass::*;
    let mut m = base.clone();
    for (a, b) in [
        ("ph", "p"),
        ("th", "t"),
        ("kh", "k"),
        ("j", "ch"),
        ("ee", "i"),
        ("oo", "u"),
        ("rn", "n"),
    ] {
        m.rule(a, b, SPELLING, Phonetic);
    }
    m.substitution('w', 'v', SPELLING, Phonetic);
    let end = Context::new("", "$");
    // The finals said n and t, either way.
    for (a, b) in [("l", "n"), ("s", "t"), ("d", "t"), ("s", "d")] {
        m.query_rule(a, b, end, SPELLING, Phonetic);
        m.query_rule(b, a, end, SPELLING, Phonetic);
    }
    m.insertion('a', INHERENT_A, Vowel);
    m
}

/// [`thai_pair_of`], reading the query word itself (tests).
#[cfg(test)]
pub(crate) fn thai_pair<'m>(
    q: &str,
    a: &str,
    found: Option<(f64, Cost)>,
    model: impl FnOnce() -> &'m CostModel,
) -> Option<(f64, Cost)> {
    thai_pair_of(looks_thai(q), q, a, found, model)
}

/// The pair `(similarity, cost)` of query word `q` and catalogue word `a`
/// whose match is `found`: by the Thai reading (`model`, asked for only
/// then) when one of the two [`looks_thai`] and that is better. Close
/// pairs are kept as found. `q_thai`: whether `q` [`looks_thai`], which
/// the scorer reads once per query word, not once per pair.
pub(crate) fn thai_pair_of<'m>(
    q_thai: bool,
    q: &str,
    a: &str,
    found: Option<(f64, Cost)>,
    model: impl FnOnce() -> &'m CostModel,
) -> Option<(f64, Cost)> {
    if found.is_some_and(|(s, _)| s >= CLOSE_SIM) || !(q_thai || looks_thai(a)) {
        return found;
    }
    let cost = crate::cost::distance(model(), q, a);
    let sim = crate::score::word_sim(cost, q, a);
    if sim >= crate::score::PAIR_MIN && found.map_or(true, |(s, _)| sim > s) {
        Some((sim, cost))
    } else {
        found
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cost::distance;

    // All names below are invented.

    #[test]
    fn thai_names_are_told_by_their_endings() {
        for w in [
            "siriporn",
            "kittiphon",
            "wattanachai",
            "somyot",
            "rattanawong",
        ] {
            assert!(looks_thai(w), "{w}");
        }
        for w in [
            "chai", "porn", "pong", "nusrat", "kowalski", "carlos", "hakimi",
        ] {
            assert!(!looks_thai(w), "{w}");
        }
    }

    #[test]
    fn rtgs_and_older_spellings_meet() {
        let base = CostModel::default();
        let m = thai_model(&base);
        for (rtgs, old) in [
            ("phanthakhonphon", "pantakonporn"),
            ("kittiyot", "kittiyos"),
            ("chanthrawong", "jantarawong"),
            ("wiphakun", "vipakul"),
        ] {
            let thai = distance(&m, rtgs, old);
            let plain = distance(&base, rtgs, old);
            assert!(thai <= 60, "{rtgs} {old} {thai}");
            assert!(plain >= thai + 40, "{rtgs} {old} {plain} {thai}");
        }
    }

    #[test]
    fn the_thai_reading_is_for_thai_names() {
        let m = thai_model(&CostModel::default());
        let model = || &m;
        let p = |q: &str, a: &str| thai_pair(q, a, None, model);
        assert!(p("pantakonporn", "phanthakhonphon").is_some_and(|(s, _)| s > 0.8));
        // Without a Thai ending, nothing changes.
        assert_eq!(p("pantakon", "phanthakhon"), None);
        // A close match is kept.
        assert_eq!(
            thai_pair("siriporn", "siriphorn", Some((0.9, 20)), model),
            Some((0.9, 20))
        );
    }
}
