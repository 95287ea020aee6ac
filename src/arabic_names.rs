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

/// The similarity of two romanisations of one Arabic-script name that
/// differ only in their vowels: the script leaves short vowels unwritten
/// and long ones are spelt `i`/`ee`/`ei`, `u`/`ou`/`oo`/`o`, `a`/`e`, so
/// the vowel letters of a romanised Arabic or Persian name are the
/// transcriber's choice (`Saqib`/`Saqeb`, `Rahmun`/`Rahmoon`).
pub(crate) const VOWELS_SIM: f64 = 0.7;

/// The vowel classes a vowel letter may write in a romanised Arabic name:
/// `a` (fatha, alif), `i` (kasra, ya: `i`, `y`, `ee`), `u` (damma, waw:
/// `u`, `o`, `ou`, `oo`); `e` writes a or i. 0 for a consonant.
fn vowel_classes(b: u8) -> u8 {
    const A: u8 = 1;
    const I: u8 = 2;
    const U: u8 = 4;
    match b {
        b'a' => A,
        b'e' => A | I,
        b'i' | b'y' => I,
        b'o' | b'u' => U,
        _ => 0,
    }
}

/// The consonant classes of the longest consonant spelling at the start
/// of `s`, and its length in bytes: one bit a letter, and a spelling that
/// may write two Arabic letters has both bits. The romanisations of the
/// Arabic consonants: `q`/`k` for ق, `g` for ق (Gulf, Libyan) or ج
/// (Egyptian), `j`/`dj` (French) for ج, `dh` for ذ (said d or z), `th`
/// for ث (said t or s), `sh`/`ch` (French) for ش, `ph` for f.
fn consonant(s: &[u8]) -> (u32, usize) {
    let bit = |b: u8| 1u32 << (b - b'a');
    const SH: u32 = 1 << 26;
    const KH: u32 = 1 << 27;
    const GH: u32 = 1 << 28;
    let k = bit(b'k');
    let j = bit(b'j');
    match s {
        [b'd', b'h', ..] => (bit(b'd') | bit(b'z'), 2),
        [b't', b'h', ..] => (bit(b't') | bit(b's'), 2),
        [b's', b'h', ..] | [b'c', b'h', ..] => (SH, 2),
        [b'k', b'h', ..] => (KH, 2),
        [b'g', b'h', ..] => (GH, 2),
        [b'd', b'j', ..] => (j, 2),
        [b'p', b'h', ..] => (bit(b'f'), 2),
        [b'c', b'k', ..] => (k, 2),
        [b'q' | b'k', ..] => (k, 1),
        [b'c', ..] => (k | bit(b's'), 1),
        [b'g', ..] => (k | j, 1),
        [b, ..] => (bit(*b), 1),
        [] => (0, 0),
    }
}

/// A normalized Latin token as a sequence of vowel and consonant
/// spellings, each as the classes it may write (`true` for a vowel): a
/// run of vowel letters is one vowel (see [`vowel_classes`]), a consonant
/// ([`consonant`]) doubled (shadda) is written once. The apostrophe of
/// ʿayn and hamza is dropped. Yields `None` at a byte outside `a-z'`.
fn units(w: &str) -> impl Iterator<Item = Option<(bool, u32)>> + '_ {
    let b = w.as_bytes();
    let mut i = 0;
    let mut last: Option<(bool, u32)> = None;
    std::iter::from_fn(move || loop {
        while i < b.len() && b[i] == b'\'' {
            i += 1;
        }
        if i >= b.len() {
            return None;
        }
        if !b[i].is_ascii_lowercase() {
            i = b.len();
            return Some(None);
        }
        let unit = if vowel_classes(b[i]) != 0 {
            let start = i;
            while i < b.len() && (vowel_classes(b[i]) != 0 || b[i] == b'\'') {
                i += 1;
            }
            let run = &b[start..i];
            // English `ee` and `oo` write a long i and u.
            let classes = match run {
                b"ee" => vowel_classes(b'i'),
                b"oo" => vowel_classes(b'u'),
                l => l.iter().fold(0, |c, &x| c | vowel_classes(x)),
            };
            (true, u32::from(classes))
        } else {
            let (classes, used) = consonant(&b[i..]);
            i += used;
            (false, classes)
        };
        if last == Some(unit) && !unit.0 {
            continue;
        }
        last = Some(unit);
        return Some(Some(unit));
    })
}

/// Whether two Latin words of four letters or more are two romanisations
/// of one Arabic-script name: the same consonants in the same order (each
/// as [`consonant`] reads its spellings: `Qasimi`/`Kasimi`/`Gasimi`), a
/// vowel wherever the other has one, and each such vowel of a class the
/// other's may write (`Nadim`/`Nadeem`, `Harun`/`Haroun`, `Hilal`/`Helal`,
/// `Rustam`/`Rostam`). Names of one root that the script tells apart by
/// a written long vowel or their pattern stay apart (`Hasan`/`Husayn`,
/// `Muhammad`/`Mahmud`, `Hamid`/`Hamad`, `Bashar`/`Bushra`). A Russian or
/// Greek name writes its vowels, so the caller asks for a name of Arabic
/// naming ([`is_arabic_name_word`]) as well.
pub(crate) fn same_consonants(q: &str, a: &str) -> bool {
    if q.len() < 4 || a.len() < 4 || q == a {
        return false;
    }
    let (mut x, mut y) = (units(q), units(a));
    let mut consonants = 0;
    loop {
        match (x.next(), y.next()) {
            (None, None) => return consonants >= 2,
            (Some(Some(g)), Some(Some(h))) if g.0 == h.0 && g.1 & h.1 != 0 => {
                consonants += usize::from(!g.0);
            }
            _ => return false,
        }
    }
}

/// Whether `token` is a word of Arabic naming: a common given name of the
/// table, or a particle of its structure (the article, filiation, the
/// kunya's `Abu`, the `Abd` of theophoric names).
pub(crate) fn is_arabic_name_word(token: &str) -> bool {
    const WORDS: &[&str] = &[
        "al", "el", "bin", "ibn", "bint", "ould", "abu", "abou", "abd", "abdul", "abdel", "ali",
    ];
    WORDS.contains(&token) || name_of(token).is_some()
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

    /// Invented names: two romanisations of one Arabic-script name differ
    /// in vowel letters only; names of one root whose written long vowel
    /// or pattern differs do not meet.
    #[test]
    fn same_consonants_meets_vowel_spellings_not_other_patterns() {
        assert!(same_consonants("nashid", "nasheed"));
        assert!(same_consonants("qaruni", "qarouni"));
        assert!(same_consonants("zubeiri", "zubairi"));
        assert!(same_consonants("hillal", "helal"));
        assert!(same_consonants("rustam", "rostam"));
        // Another pattern, another long vowel, another consonant.
        assert!(!same_consonants("bashar", "bushra"));
        assert!(!same_consonants("hamid", "hamad"));
        assert!(!same_consonants("aman", "ameen"));
        assert!(!same_consonants("hasan", "husayn"));
        assert!(!same_consonants("muhammad", "mahmud"));
        assert!(!same_consonants("nashid", "nashit"));
        // The spellings of one Arabic consonant meet; others do not.
        assert!(same_consonants("qadhami", "gaddami"));
        assert!(same_consonants("djamiri", "jamiri"));
        assert!(same_consonants("chakrun", "shakrun"));
        assert!(!same_consonants("qadhami", "qatami"));
        assert!(!same_consonants("khalami", "halami"));
        // Short words and non-Latin words are left to the edit costs.
        assert!(!same_consonants("amr", "omar"));
        assert!(!same_consonants("نشيد", "nashid"));
    }

    /// Vowel spellings of one name meet in a full name of Arabic naming,
    /// not in a Russian one, whose vowels are written (invented names).
    #[test]
    fn vowel_spellings_meet_in_arabic_names_only() {
        use crate::entity::{Catalog, Entity};
        use crate::outcome::Query;
        use crate::Resolver;
        let cat = Catalog::from_entities(vec![
            Entity::new("n", "Faisal QARIMI").with_kind("person"),
            Entity::new("r", "Oleg BALAKIREV").with_kind("person"),
        ])
        .unwrap();
        let r = Resolver::build(&cat).unwrap();
        assert_eq!(r.resolve(&Query::new("Faisal QEREEMI")).id(), Some("n"));
        assert_eq!(r.resolve(&Query::new("Oleg BELEKIRIV")).id(), None);
    }
}
