//! A Japanese name part written in Latin letters, by any of the
//! romanisations in use: Hepburn (`shi`, `chi`, `tsu`, `fu`, `ji`,
//! `sha`, `cho`), Kunrei-shiki / ISO 3602 and Nihon-shiki (`si`, `ti`,
//! `tu`, `hu`, `zi`, `di`, `du`, `sya`, `tyo`, `zyu`), and the long vowels
//! written doubled, with `u` or `h`, or not at all (`Ōno`: `Oono`,
//! `Ouno`, `Ohno`, `Ono`; a long `e` is written `ei` by all of them,
//! so `ei`/`e` stay apart); the moraic n written `m` before b, p, m
//! (traditional Hepburn `Namba` for `Nanba`).
//!
//! [`looks_japanese`] tells a word that reads as Japanese morae;
//! [`japanese_latin_model`] makes the spellings of one kana meet, each
//! where its kana stands (`t` is `ch` only before `i`, `h` is `f` only
//! before `u`), as one-way rules from the query's spelling to the
//! catalogue's, both ways round.
//!
//! # Example
//! ```
//! // (Through the resolver: a name part in Kunrei-shiki meets Hepburn.)
//! use namefold::{Catalog, Entity, Query, Resolver};
//! // Invented names.
//! let cat = Catalog::from_entities(vec![Entity::new("k", "Kochimura")])?;
//! let r = Resolver::build(&cat)?;
//! assert_eq!(r.resolve(&Query::new("Kotimura")).id(), Some("k"));
//! # Ok::<(), namefold::Error>(())
//! ```

use crate::cost::{Context, Cost, CostModel, EditClass};

/// The cost of one kana's other romanisation.
const SPELLING: Cost = 20;
/// A long vowel written otherwise (or short).
const LONG_VOWEL: Cost = 20;

const ANY: &str = "";
const BACK: &str = "aou";
/// After a long `o` written `oh`: a consonant or the end of the word.
const NOT_VOWEL: &str = "bcdfghjkmnprstwz$";

/// One kana's spellings: the query's `a` (standing before a letter of
/// `after`), the catalogue's `b`. Each pair is listed both ways round.
#[rustfmt::skip]
const SPELLINGS: &[(&str, &str, &str)] = &[
    // し ち つ ふ じ ぢ づ: Kunrei / Nihon-shiki and Hepburn.
    ("s", "sh", "i"), ("sh", "s", "i"),
    ("t", "ch", "i"), ("ch", "t", "i"),
    ("t", "ts", "u"), ("ts", "t", "u"),
    ("h", "f", "u"), ("f", "h", "u"),
    ("z", "j", "i"), ("j", "z", "i"),
    ("d", "j", "i"), ("j", "d", "i"),
    ("d", "z", "u"), ("z", "d", "u"),
    // しゃ ちゃ じゃ (and -u, -o).
    ("sy", "sh", BACK), ("sh", "sy", BACK),
    ("ty", "ch", BACK), ("ch", "ty", BACK),
    ("zy", "j", BACK), ("j", "zy", BACK),
    // ん before b, p, m.
    ("m", "n", "bpm"), ("n", "m", "bpm"),
];

/// Long vowels: the query's spelling, the catalogue's, where.
#[rustfmt::skip]
const LONG: &[(&str, &str, &str)] = &[
    ("ou", "o", ANY), ("o", "ou", ANY),
    ("oo", "o", ANY), ("o", "oo", ANY),
    ("oh", "o", NOT_VOWEL), ("o", "oh", NOT_VOWEL),
    ("ou", "oo", ANY), ("oo", "ou", ANY),
    ("uu", "u", ANY), ("u", "uu", ANY),
    ("ii", "i", ANY), ("i", "ii", ANY),
];

/// `base` with the spellings of one kana meeting (see the module docs).
pub(crate) fn japanese_latin_model(base: &CostModel) -> CostModel {
    let mut m = base.clone();
    for &(a, b, after) in SPELLINGS {
        let ctx = Context { before: ANY, after };
        m.query_rule(a, b, ctx, SPELLING, EditClass::Phonetic);
    }
    for &(a, b, after) in LONG {
        let ctx = Context { before: ANY, after };
        m.query_rule(a, b, ctx, LONG_VOWEL, EditClass::Vowel);
    }
    m
}

/// Onsets of a mora, longest first (Hepburn and Kunrei alike).
const ONSETS: &[&str] = &[
    "sh", "ch", "ts", "ky", "gy", "sy", "zy", "ty", "dy", "ny", "hy", "by", "py", "my", "ry", "k",
    "g", "s", "z", "t", "d", "n", "h", "b", "p", "m", "y", "r", "w", "f", "j",
];

fn vowel(c: u8) -> bool {
    b"aiueo".contains(&c)
}

/// Whether normalized word `w` is a sequence of Japanese morae in one of
/// the romanisations (an onset and a vowel, a vowel, the moraic `n`, the
/// first of a doubled consonant, the `h` of a long `oh`). Many short
/// words of other languages are too (`Marina`); the rules of
/// [`japanese_latin_model`] are narrow enough for them.
pub(crate) fn looks_japanese(w: &str) -> bool {
    let b = w.as_bytes();
    b.len() >= 3 && b.iter().all(u8::is_ascii_lowercase) && morae(b, 0)
}

fn morae(w: &[u8], i: usize) -> bool {
    if i == w.len() {
        return true;
    }
    let c = w[i];
    let next = w.get(i + 1).copied();
    if vowel(c) {
        return morae(w, i + 1);
    }
    // The moraic n: before a consonant other than y, or at the end.
    if c == b'n' && next.map_or(true, |n| !vowel(n) && n != b'y') && morae(w, i + 1) {
        return true;
    }
    // A doubled consonant (っ), `tch`, and the h of a long `oh`.
    if next == Some(c) && b"kstpgdzbc".contains(&c) && i > 0 && morae(w, i + 1) {
        return true;
    }
    if w[i..].starts_with(b"tch") && i > 0 && morae(w, i + 1) {
        return true;
    }
    if c == b'h' && i > 0 && w[i - 1] == b'o' && next.map_or(true, |n| !vowel(n)) {
        return morae(w, i + 1);
    }
    ONSETS.iter().any(|o| {
        let o = o.as_bytes();
        w[i..].starts_with(o)
            && w.get(i + o.len()).is_some_and(|&v| vowel(v))
            && morae(w, i + o.len() + 1)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cost::distance;

    #[test]
    fn japanese_words_are_told_by_their_morae() {
        // Invented names, Hepburn and Kunrei.
        for w in [
            "kotimura",
            "kochimura",
            "hutaseki",
            "futaseki",
            "ohnoya",
            "tsukemi",
            "nanbaki",
            "kitta",
            "syouta",
        ] {
            assert!(looks_japanese(w), "{w}");
        }
        for w in ["martin", "kowalski", "strand", "ab", "dragan"] {
            assert!(!looks_japanese(w), "{w}");
        }
    }

    #[test]
    fn the_romanisations_of_one_kana_meet() {
        let base = CostModel::default().without_typos();
        let m = japanese_latin_model(&base);
        // Invented names: each pair one kana spelt two ways, both ways round.
        for (a, b) in [
            ("kotimura", "kochimura"),
            ("hutaseki", "futaseki"),
            ("tukemi", "tsukemi"),
            ("sizuka", "shizuka"),
            ("syouta", "shota"),
            ("ohnoya", "onoya"),
            ("namba", "nanba"),
        ] {
            assert!(distance(&m, a, b) <= 2 * SPELLING, "{a} {b}");
            assert!(distance(&m, b, a) <= 2 * SPELLING, "{b} {a}");
            assert!(distance(&base, a, b) > distance(&m, a, b), "{a} {b}");
        }
        // Only where the kana stands: t is ch before i, not before a.
        assert!(distance(&m, "kotamura", "kochamura") >= 100);
    }
}
