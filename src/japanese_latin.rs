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
/// The voiced onset of rendaku for the plain one, or back (see
/// [`RENDAKU`]): dearer than a spelling, since it is another reading.
const RENDAKU_COST: Cost = 35;

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

/// Rendaku (連濁): the second element of a compound name is read with
/// its first consonant voiced or not, the kanji the same (`Yamasaki`,
/// `Yamazaki`; `Nakashima`, `Nakajima`): the plain onset and the voiced
/// one (`h`, `f` voice to `b`), met only between vowels, past the first
/// mora, where the voicing happens. The same pairs as [`voiced`] and the
/// kana model's.
#[rustfmt::skip]
const RENDAKU: &[(&str, &str)] = &[
    ("k", "g"), ("s", "z"), ("sh", "j"), ("ch", "j"), ("t", "d"), ("ts", "z"),
    ("h", "b"), ("f", "b"),
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
    let medial = Context::new("aeiou", "aeiou");
    for &(a, b) in RENDAKU {
        m.query_rule(a, b, medial, RENDAKU_COST, EditClass::Phonetic);
        m.query_rule(b, a, medial, RENDAKU_COST, EditClass::Phonetic);
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

/// One mora of a romanised Japanese word, as [`other_names`] compares
/// them: the moraic n, or a syllable (an onset, possibly empty, and a
/// vowel). Doubled consonants (っ) and the second letter of a long vowel
/// are set aside before.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Mora {
    N,
    Syl {
        /// The onset in Kunrei-shiki (`sy` for `sh`, `ty` for `ch`, `t`
        /// for `ts`, `h` for `f`), "" for none.
        onset: &'static str,
        /// Another kana the spelling may write: `j` is じ (`zy`) in
        /// Hepburn and や-row `y` in the German, Dutch and Slavic
        /// transcriptions (`Jokohama`); `d` before i, u is ぢ, づ, which
        /// sound and are often written as じ, ず.
        alt: Option<&'static str>,
        vowel: u8,
    },
}

/// Spelt onsets, longest first: the Kunrei-shiki onset, another reading.
#[rustfmt::skip]
const MORA_ONSETS: &[(&str, &str, Option<&str>)] = &[
    ("tsch", "ty", None), ("dsch", "zy", None), ("sch", "sy", None),
    ("sh", "sy", None), ("ch", "ty", None), ("ts", "t", None), ("dz", "z", None),
    ("ky", "ky", None), ("gy", "gy", None), ("sy", "sy", None), ("zy", "zy", None),
    ("ty", "ty", None), ("dy", "zy", None), ("ny", "ny", None), ("hy", "hy", None),
    ("by", "by", None), ("py", "py", None), ("my", "my", None), ("ry", "ry", None),
    ("jy", "zy", None),
    ("kj", "ky", None), ("gj", "gy", None), ("nj", "ny", None), ("hj", "hy", None),
    ("bj", "by", None), ("pj", "py", None), ("mj", "my", None), ("rj", "ry", None),
    ("k", "k", None), ("g", "g", None), ("s", "s", None), ("z", "z", None),
    ("j", "zy", Some("y")), ("t", "t", None), ("d", "d", Some("z")), ("n", "n", None),
    ("h", "h", None), ("f", "h", None), ("b", "b", None), ("p", "p", None),
    ("m", "m", None), ("y", "y", None), ("r", "r", None), ("w", "w", None),
];

/// Letter pairs of Korean romanisations (`eo`, `eu`, `ae`, `oe`, `wo`,
/// `wi`, `we`, `ee`, `oo`) and of the `-ia` names of other languages,
/// which Japanese name parts do not write: a word with one is not read
/// as morae by [`other_names`].
const NOT_JAPANESE: &[&str] = &["eo", "eu", "ae", "oe", "wo", "wi", "we", "ee", "oo", "ia"];

/// Fewest morae (after long vowels and doubled consonants are set aside)
/// of the longer of two words that [`other_names`] reads as Japanese
/// names; the shorter needs [`MIN_SHORT_MORAE`] (`Tomi` and `Tomiha` are
/// two names, a mora apart). Measured (eval --no-scale, 2026-11-30,
/// nameparts right / false accepts / wrong ids): both 3 or more 4074 /
/// 141 / 88; the longer 3, the shorter 2, 4074 / 136 / 90 (the two more
/// wrong ids are a reading of one kanji no spelling reaches, `Hanyu` for
/// `Habu`, which a vetoed runner-up no longer held back).
const MIN_MORAE: usize = 3;

/// Fewest morae of the shorter word (see [`MIN_MORAE`]): two names of two
/// morae each, a letter apart, are too short to tell from spellings of
/// other languages (`Kemo`, `Kimo`).
const MIN_SHORT_MORAE: usize = 2;

/// The morae of normalized word `w` (see [`Mora`]), or `None` when it is
/// not a sequence of them in one of the romanisations.
fn mora_list(w: &str) -> Option<Vec<Mora>> {
    let b = w.as_bytes();
    if !b.iter().all(|&c| c.is_ascii_lowercase() || c == b'\'')
        || NOT_JAPANESE.iter().any(|p| w.contains(p))
    {
        return None;
    }
    let mut out: Vec<Mora> = Vec::new();
    let mut i = 0;
    let last_vowel = |out: &[Mora]| match out.last() {
        Some(Mora::Syl { vowel, .. }) => Some(*vowel),
        _ => None,
    };
    while i < b.len() {
        let c = b[i];
        let next = b.get(i + 1).copied();
        if c == b'\'' {
            i += 1;
            continue;
        }
        // A doubled consonant (っ), `tch`: set aside.
        if (next == Some(c) && b"kstpgzdbhfcj".contains(&c)) || b[i..].starts_with(b"tch") {
            i += 1;
            continue;
        }
        // The moraic n: before a consonant other than y, an apostrophe,
        // or at the end; m before b, p, m.
        if (c == b'n' && next.map_or(true, |n| !vowel(n) && n != b'y'))
            || (c == b'm' && next.is_some_and(|n| b"bpm".contains(&n)))
        {
            out.push(Mora::N);
            i += 1;
            continue;
        }
        if vowel(c) {
            // The second letter of a long vowel (`ou`, `oo`, `uu`, `aa`,
            // `ii`, `ee`): set aside.
            let long = match last_vowel(&out) {
                Some(b'o') => c == b'o' || c == b'u',
                Some(v) => v == c && c != b'e',
                None => false,
            };
            if !long {
                out.push(Mora::Syl {
                    onset: "",
                    alt: None,
                    vowel: c,
                });
            }
            i += 1;
            continue;
        }
        // The h of a long `oh`.
        if c == b'h' && last_vowel(&out) == Some(b'o') && next.map_or(true, |n| !vowel(n)) {
            i += 1;
            continue;
        }
        let &(spelt, onset, alt) = MORA_ONSETS.iter().find(|(o, _, _)| {
            b[i..].starts_with(o.as_bytes()) && b.get(i + o.len()).is_some_and(|&v| vowel(v))
        })?;
        let v = b[i + spelt.len()];
        // Onsets that stand before some vowels only: つ, ふ (and the
        // foreign-sound fa, fi, fe, fo are no name part's), わ, や-row.
        let fits = match spelt {
            "ts" | "f" => v == b'u',
            "w" => v == b'a',
            "y" => !matches!(v, b'i' | b'e'),
            _ => true,
        };
        if !fits {
            return None;
        }
        let alt = alt.filter(|_| spelt != "d" || matches!(v, b'i' | b'u'));
        out.push(Mora::Syl {
            onset,
            alt,
            vowel: v,
        });
        i += spelt.len() + 1;
    }
    Some(out)
}

/// The voiced onset of rendaku (連濁): the second element of a compound
/// name may start voiced (`Kitakawa`/`Kitagawa`, `Ikusawa`/`Ikuzawa`,
/// `Ichihashi`/`Ichibashi`, `Yamasaki`/`Yamazaki`).
fn voiced(onset: &str) -> &str {
    match onset {
        "k" => "g",
        "s" => "z",
        "t" => "d",
        "h" | "p" => "b",
        "sy" | "ty" => "zy",
        "ky" => "gy",
        "hy" | "py" => "by",
        other => other,
    }
}

/// Whether morae `x` and `y` (`first`: the word's first) may write one
/// kana: the same vowel and an onset of both spellings, or (past the
/// first mora) the same onset voiced by rendaku.
fn same_mora(x: Mora, y: Mora, first: bool) -> bool {
    match (x, y) {
        (Mora::N, Mora::N) => true,
        (
            Mora::Syl {
                onset: a,
                alt: a2,
                vowel: va,
            },
            Mora::Syl {
                onset: b,
                alt: b2,
                vowel: vb,
            },
        ) => {
            let (za, zb) = (zi_zu(a, va), zi_zu(b, vb));
            let xs = [Some(za), a2.map(|o| zi_zu(o, va))];
            let ys = [Some(zb), b2.map(|o| zi_zu(o, vb))];
            va == vb
                && xs.iter().flatten().any(|o| {
                    ys.iter()
                        .flatten()
                        .any(|p| o == p || (!first && voiced(o) == voiced(p)))
                })
        }
        _ => false,
    }
}

/// じ is `zi` or `zyi`-less `ji`, ぢ/づ sound as じ/ず: the onset that
/// writes them, with `zy` before i read as `z`, and `sy`, `ty` before i
/// as `s`, `t` (し, ち).
fn zi_zu(onset: &'static str, v: u8) -> &'static str {
    match (onset, v) {
        ("zy", b'i') => "z",
        ("sy", b'i') => "s",
        ("ty", b'i') => "t",
        (o, _) => o,
    }
}

/// Whether two normalized words are different Japanese names: both read
/// as romanised Japanese morae ([`MIN_MORAE`] or more for the longer,
/// [`MIN_SHORT_MORAE`] for the shorter, no letter pair of
/// [`NOT_JAPANESE`]) and some mora differs beyond what the romanisations
/// vary (Hepburn, Kunrei-shiki and Nihon-shiki spellings, `j` for `y` in
/// other languages' transcriptions), vowel length, a doubled consonant
/// and rendaku. A Japanese name is written with kanji read mora by mora:
/// a different vowel, consonant or an added mora makes another name
/// (`Sumikawa` is not `Semikawa`, `Uichiro` not `Buichiro`), however few
/// letters differ.
///
/// # Example
/// ```
/// // (Through the resolver: invented name parts.)
/// use namefold::{Catalog, Entity, Query, Resolver};
/// let cat = Catalog::from_entities(vec![
///     Entity::new("k", "Kotomura").with_kind("person"),
/// ])?;
/// let r = Resolver::build(&cat)?;
/// assert_eq!(r.resolve(&Query::new("Kotoumura")).id(), Some("k"));
/// assert_eq!(r.resolve(&Query::new("Katomura")).id(), None);
/// # Ok::<(), namefold::Error>(())
/// ```
pub(crate) fn other_names(q: &str, a: &str) -> bool {
    let (Some(x), Some(y)) = (mora_list(q), mora_list(a)) else {
        return false;
    };
    if x.len().max(y.len()) < MIN_MORAE
        || x.len().min(y.len()) < MIN_SHORT_MORAE
        || same_morae(&x, &y)
    {
        return false;
    }
    // `n` before a vowel is ん and the vowel where a spelling leaves out
    // the apostrophe (`Shinichi` for `Shin'ichi`).
    let apart = |w: &str, other: &[Mora]| {
        n_vowel_readings(w)
            .iter()
            .any(|v| mora_list(v).is_some_and(|m| same_morae(&m, other)))
    };
    !apart(q, &y) && !apart(a, &x)
}

/// Whether two mora lists may write one name (see [`same_mora`]).
fn same_morae(x: &[Mora], y: &[Mora]) -> bool {
    x.len() == y.len()
        && x.iter()
            .zip(y)
            .enumerate()
            .all(|(i, (&m, &n))| same_mora(m, n, i == 0))
}

/// Most `n`s before a vowel that [`n_vowel_readings`] reads both ways.
const MAX_N_VOWEL: usize = 3;

/// `w` with an apostrophe after some of its first [`MAX_N_VOWEL`] `n`s
/// that stand before a vowel (each nonempty subset), when `w` writes no
/// apostrophe.
fn n_vowel_readings(w: &str) -> Vec<String> {
    let b = w.as_bytes();
    if b.contains(&b'\'') {
        return Vec::new();
    }
    let at: Vec<usize> = (1..b.len())
        .filter(|&i| b[i - 1] == b'n' && vowel(b[i]))
        .take(MAX_N_VOWEL)
        .collect();
    (1..1usize << at.len())
        .map(|set| {
            let mut v = String::with_capacity(w.len() + at.len());
            for (i, c) in w.char_indices() {
                if at
                    .iter()
                    .enumerate()
                    .any(|(k, &p)| p == i && set & (1 << k) != 0)
                {
                    v.push('\'');
                }
                v.push(c);
            }
            v
        })
        .collect()
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

    #[test]
    fn rendaku_readings_of_one_name_meet() {
        let base = CostModel::default().without_typos();
        let m = japanese_latin_model(&base);
        // Invented names: the second element voiced or not, both ways.
        for (a, b) in [
            ("tomikawa", "tomigawa"),
            ("morichika", "morijika"),
            ("nokoshima", "nokojima"),
            ("yomoto", "yomodo"),
            ("kuwahara", "kuwabara"),
        ] {
            assert!(distance(&m, a, b) <= RENDAKU_COST, "{a} {b}");
            assert!(distance(&m, b, a) <= RENDAKU_COST, "{b} {a}");
            assert!(distance(&base, a, b) > 2 * RENDAKU_COST, "{a} {b}");
        }
        // Not the first mora.
        assert!(distance(&m, "kamiyo", "gamiyo") > 2 * RENDAKU_COST);
    }

    #[test]
    fn japanese_names_a_mora_apart_are_other_names() {
        // Invented names. The same name: romanisations, vowel length, a
        // doubled consonant, rendaku past the first mora, `j` for `y`.
        for (a, b) in [
            ("kotomura", "kotoumura"),
            ("shimokawa", "simokawa"),
            ("tsurumi", "turumi"),
            ("yokohashi", "yokobashi"),
            ("kitasaki", "kitazaki"),
            ("yokomura", "jokomura"),
            ("honmaki", "hommaki"),
            ("ohtomi", "otomi"),
            ("hattasu", "hatasu"),
            ("shin'ichika", "shinichika"),
        ] {
            assert!(!other_names(a, b), "{a} {b}");
            assert!(!other_names(b, a), "{b} {a}");
        }
        // Other names: a vowel, a consonant, a mora more or less, the
        // first mora voiced, the moraic n.
        for (a, b) in [
            ("kotomura", "katomura"),
            ("sumiyama", "semiyama"),
            ("uchitaro", "buchitaro"),
            ("masuoka", "masaoka"),
            ("kotomura", "gotomura"),
            ("kotomura", "kotomuta"),
            ("sueichi", "sueki"),
            ("bun'ichiro", "buichiro"),
            // Two morae and three: a mora more.
            ("kesue", "kesu"),
            ("tomiha", "tomi"),
        ] {
            assert!(other_names(a, b), "{a} {b}");
            assert!(other_names(b, a), "{b} {a}");
        }
        // Not both Japanese, or too short to tell: no verdict.
        for (a, b) in [
            ("milano", "melano"),
            ("jeongsuk", "jongsuk"),
            ("cristina", "kristina"),
            ("kemo", "kimo"),
            ("kesuu", "kesu"),
            ("tomi", "tomi"),
            ("ke", "kesu"),
            ("dorian", "doran"),
        ] {
            assert!(!other_names(a, b), "{a} {b}");
        }
    }

    #[test]
    fn a_japanese_name_part_a_mora_apart_stays_unknown() {
        use crate::{Catalog, Entity, Query, Resolver};
        // Invented names.
        let cat = Catalog::from_entities(vec![
            Entity::new("k", "Kotomura").with_kind("person"),
            Entity::new("s", "Semiyama").with_kind("person"),
            Entity::new("v", "Velikanov").with_kind("person"),
        ])
        .expect("catalogue");
        let r = Resolver::build(&cat).expect("resolver");
        for q in ["Katomura", "Sumiyama", "Semiyama"] {
            let want = (q == "Semiyama").then_some("s");
            assert_eq!(r.resolve(&Query::new(q)).id(), want, "{q}");
        }
        assert_eq!(r.resolve(&Query::new("Kotoumura")).id(), Some("k"));
        // A name of two morae and one of three.
        let short = Catalog::from_entities(vec![Entity::new("t", "Tomi").with_kind("person")])
            .expect("catalogue");
        let r2 = Resolver::build(&short).expect("resolver");
        assert_eq!(r2.resolve(&Query::new("Tomie")).id(), None);
        assert_eq!(r2.resolve(&Query::new("Tomii")).id(), Some("t"));
        // Not a Japanese name: a vowel apart is still a spelling.
        assert_eq!(r.resolve(&Query::new("Velikanow")).id(), Some("v"));
    }
}
