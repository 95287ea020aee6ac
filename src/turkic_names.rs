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

/// [`suffixed_pair_of`], reading the query word itself (tests).
#[cfg(test)]
pub(crate) fn suffixed_pair(
    q: &str,
    a: &str,
    found: Option<(f64, Cost)>,
    model: &CostModel,
) -> Option<(f64, Cost)> {
    suffixed_pair_of(has_suffix(q), q, a, found, model)
}

/// Whether word `w` splits into a stem and a suffix of [`SUFFIXES`]
/// (see `suffix_splits`): a query word that does not is no Uzbek or
/// Russian suffixed form (`uzbek_pair`).
pub(crate) fn has_suffix(w: &str) -> bool {
    suffix_splits(w).next().is_some()
}

/// The pair `(similarity, cost)` of query word `q` and given name `a`
/// whose spelling match is `found`: [`SUFFIXED_SIM`] when one is the other
/// with a suffix of [`SUFFIXES`] (the bare names a spelling variant apart
/// by `model`) and that is better. The reported cost is the bare names'
/// plus a full edit: not a shared name. `q_suffixed`: whether `q`
/// [`has_suffix`], which the scorer reads once per query word, not once
/// per pair.
pub(crate) fn suffixed_pair_of(
    q_suffixed: bool,
    q: &str,
    a: &str,
    found: Option<(f64, Cost)>,
    model: &CostModel,
) -> Option<(f64, Cost)> {
    if found.is_some_and(|(s, _)| s >= UZBEK_SIM) {
        return found;
    }
    // (`uzbek_pair` reads only the splits of `q`: none, no pair.)
    if q_suffixed {
        if let Some(pair) = uzbek_pair(q, a) {
            return Some(pair);
        }
    }
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

/// The similarity of the Uzbek Latin and the Russian form of one
/// suffixed given name (`uzbek_pair`): one person's documents give both,
/// as close as the East Slavic forms of one name
/// (`east_slavic::COGNATE_SIM`).
pub(crate) const UZBEK_SIM: f64 = 0.85;

/// The suffixes of [`SUFFIXES`] by what they write: one class each for
/// -jon (Persian jān, Russian -жан/-джан), -bek, -boy and -khan.
fn suffix_class(s: &str) -> u8 {
    match s {
        "jon" | "jan" | "zhan" | "dzhan" | "djan" => 0,
        "bek" | "beg" => 1,
        "bay" | "bai" | "boy" => 2,
        _ => 3,
    }
}

/// A name's stem (written into `out`) read as Russian writes it from the
/// Uzbek Latin alphabet (1995): `o` is the Persian and Arabic long a that
/// Russian writes а (Uzbek `Olim`, `Tolib`, `Nodir` for Russian `Alim`,
/// `Talib`, `Nadir`), `j` is ж/дж (`zh`, `dzh`), `q` is к and `x` is х
/// (`kh`). Applied to both forms, so a Russian form reads unchanged but
/// for its `o`.
fn russian_reading(stem: &str, out: &mut String) {
    out.clear();
    let b = stem.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if b[i..].starts_with(b"dzh") {
            out.push_str("zh");
            i += 3;
            continue;
        }
        match b[i] {
            b'o' => out.push('a'),
            b'j' => out.push_str("zh"),
            b'q' => out.push('k'),
            b'x' => out.push_str("kh"),
            c => out.push(char::from(c)),
        }
        i += 1;
    }
}

/// The ways word `w` splits into a stem of [`MIN_STEM`] letters or more
/// and a suffix of [`SUFFIXES`], with the suffix's class (`Khalidzhan` is
/// `khali-dzhan` or `khalid-zhan`: Russian writes дж as `dzh` and ж as
/// `zh`).
fn suffix_splits(w: &str) -> impl Iterator<Item = (&str, u8)> + '_ {
    SUFFIXES.iter().filter_map(move |s| {
        let stem = w.strip_suffix(s)?;
        (stem.len() >= MIN_STEM && stem.bytes().all(|b| b.is_ascii_lowercase()))
            .then(|| (stem, suffix_class(s)))
    })
}

/// The pair of two given names that both end with a suffix of one class
/// (see [`suffix_class`]) and whose stems read alike the Russian way
/// ([`russian_reading`]): the Uzbek Latin and the Russian form of one
/// Central Asian name (`Olimjon`/`Alimzhan`, invented `Tolibjon`/
/// `Talibdzhan`), at [`UZBEK_SIM`] and the stems' spelling cost. The
/// suffix marks the name as Central Asian: `o` for `a` in any name would
/// make others meet (`Boris`/`Baris`).
fn uzbek_pair(q: &str, a: &str) -> Option<(f64, Cost)> {
    if q == a {
        return None;
    }
    let (mut x, mut y) = (String::new(), String::new());
    for (qs, qc) in suffix_splits(q) {
        russian_reading(qs, &mut x);
        for (as_, ac) in suffix_splits(a) {
            if qc == ac {
                russian_reading(as_, &mut y);
                if x == y {
                    return Some((UZBEK_SIM, crate::cost::UNIT / 2));
                }
            }
        }
    }
    None
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

    /// Invented names: the Uzbek Latin form of a suffixed given name and
    /// the Russian form meet; without a suffix, or with suffixes of two
    /// kinds, or stems apart, they do not.
    #[test]
    fn uzbek_latin_and_russian_forms_of_a_suffixed_name_meet() {
        let m = CostModel::default();
        let p = |q: &str, a: &str| suffixed_pair(q, a, None, &m).map(|(s, _)| s);
        assert_eq!(p("tolibjon", "talibdzhan"), Some(UZBEK_SIM));
        assert_eq!(p("qodirbek", "kadirbek"), Some(UZBEK_SIM));
        assert_eq!(p("xolidjon", "khalidzhan"), Some(UZBEK_SIM));
        assert_eq!(p("tolibjon", "talibbek"), None);
        assert_eq!(p("tolib", "talib"), None);
        assert_eq!(p("tolibjon", "telibzhan"), None);
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
