//! Arabic names in the Indonesian and Malay Latin spellings.
//!
//! The Indonesian transliteration of Arabic (Pedoman Transliterasi
//! Arab-Latin, 1987) writes ش `sy` (`Syarif`, `Rasyid`), ذ `dz`, ث `ts`
//! (`Tsabit`), خ `kh`; the older Dutch-based spelling (before 1972) wrote
//! `oe` for u (`Soeleiman`), `sj` for sy, `dj` for j, `tj` for ch, `j` for y (`Jusuf`),
//! `ch` for kh and h (`Achmad`). [`arabic_reading`] gives a word's common
//! spelling; `arabic_names` looks it up, so `Rasyid` and `Jusuf` meet
//! `Rashid` and `Yusuf`, and a query with such a name takes the Arabic
//! reading ([`reads_malay`]) with these spellings as query edits
//! ([`add_query_rules`]).

/// Spellings of the Indonesian and older Dutch-based systems and the
/// common spelling of the same letter.
const SPELLINGS: &[(&str, &str)] = &[
    ("sy", "sh"),
    ("sj", "sh"),
    ("dj", "j"),
    ("tj", "ch"),
    ("oe", "u"),
    ("ch", "kh"),
    ("ts", "th"),
    ("dz", "dh"),
];

/// Whether `word` writes one of [`SPELLINGS`]' digraphs: one pass over
/// its bytes (most words have none).
fn has_digraph(word: &str) -> bool {
    word.as_bytes().windows(2).any(|w| is_digraph(w[0], w[1]))
}

/// Whether `a` then `b` is one of [`SPELLINGS`]' digraphs.
fn is_digraph(a: u8, b: u8) -> bool {
    matches!(
        (a, b),
        (b's', b'y' | b'j')
            | (b'd', b'j' | b'z')
            | (b't', b'j' | b's')
            | (b'o', b'e')
            | (b'c', b'h')
    )
}

/// Whether `word` may be an Indonesian or old Malay spelling
/// ([`arabic_reading`] reads nothing else): one of [`SPELLINGS`]' digraphs
/// or the old `j` for y.
pub(crate) fn may_spell(word: &str) -> bool {
    // One pass over the bytes: `j` alone, or the first of a digraph.
    let b = word.as_bytes();
    b.iter()
        .enumerate()
        .any(|(i, &c)| c == b'j' || b.get(i + 1).is_some_and(|&n| is_digraph(c, n)))
}

/// The common Latin spelling of `word` read in the Indonesian or older
/// Malay spelling, and a second one with the old `j` read as y (`Jusuf`),
/// when the word has a spelling of these systems (as Strings: tests; the
/// scorer reads into a buffer, [`arabic_reading_into`]).
#[cfg(test)]
pub(crate) fn arabic_reading(word: &str) -> Option<(String, Option<String>)> {
    let mut out = vec![0; word.len()];
    let (n, j) = arabic_reading_into(word, &mut out)?;
    out.truncate(n);
    let out = String::from_utf8(out).ok()?;
    // `j` left after `dj` was read is the old y.
    let y = j.then(|| out.replace('j', "y"));
    Some((out, y))
}

/// The common Latin spelling of `word` read in the Indonesian or older
/// Malay spelling, when the word has a spelling of these systems, written
/// into `out` (as long as `word` or longer: a reading is never longer than
/// its word) without a `String`, as the scorer reads many words: its
/// length, and whether it has a `j`, which a second reading writes as the
/// old y (`Jusuf`).
pub(crate) fn arabic_reading_into(word: &str, out: &mut [u8]) -> Option<(usize, bool)> {
    if word.len() < 3 || !word.bytes().all(|b| b.is_ascii_lowercase()) || out.len() < word.len() {
        return None;
    }
    let has = has_digraph(word);
    if !has && !word.as_bytes().contains(&b'j') {
        return None;
    }
    let b = word.as_bytes();
    let (mut n, mut i) = (0, 0);
    'outer: while i < b.len() {
        for (from, to) in SPELLINGS {
            if b[i..].starts_with(from.as_bytes()) {
                out[n..n + to.len()].copy_from_slice(to.as_bytes());
                n += to.len();
                i += from.len();
                continue 'outer;
            }
        }
        out[n] = b[i];
        n += 1;
        i += 1;
    }
    let j = out[..n].contains(&b'j');
    if !has && !j {
        return None;
    }
    Some((n, j))
}

/// Whether query words `words` (normalized) read as an Arabic name in
/// the Indonesian or older Malay spelling: one of them has such a
/// spelling whose reading ([`arabic_reading`]) is a common Arabic given
/// name.
pub(crate) fn reads_malay(words: &[&str]) -> bool {
    words.iter().any(|w| {
        !crate::arabic_names::is_given_name_spelt(w) && crate::arabic_names::is_given_name(w)
    })
}

/// The spellings as one-way edits of the query, for the Arabic reading a
/// query takes when it [`reads_malay`]: `sy` for sh, `dj` for j, `tj` for
/// ch, `oe` for u, `ch` for kh, `ts` for th, `dz` for dh, z or d, and `j`
/// before a vowel for y.
pub(crate) fn add_query_rules(m: &mut crate::cost::CostModel) {
    use crate::cost::{Context, EditClass::*};
    const ANY: Context = Context::new("", "");
    for (a, b) in SPELLINGS {
        m.query_rule(a, b, ANY, SPELLING, Phonetic);
    }
    m.query_rule("dz", "z", ANY, SPELLING, Phonetic);
    m.query_rule("dz", "d", ANY, SPELLING + 10, Phonetic);
    m.query_rule("ch", "h", ANY, SPELLING, Phonetic);
    m.query_rule("j", "y", Context::new("", "aeiou"), SPELLING + 5, Phonetic);
}

/// The skeleton key (`crate::skeleton`) of `word` with the `ch` that closes
/// a syllable (after a vowel, before a consonant or the word's end) read
/// as the `kh` it writes in the Dutch-era Indonesian and Malay spelling of
/// Arabic names (`Rochman`, `Achmad`, `Fachri` for ح and خ; as in Dutch
/// and German, `ch` there is [x]; not the [tʃ] of `sch`, `tch`, or of a
/// `ch` that opens a syllable, as in the Hepburn `chi` of Japanese names
/// or English `Richard`), when that key differs from the
/// word's own: the index lists the word under both, so that a query word
/// of the h spelling (`Rahman`) finds it among the words of its own
/// skeleton even when it is itself a catalogue word (and the wider reach
/// of the skeleton neighbours is not taken). `None` for most words (no
/// such `ch`).
pub(crate) fn dutch_era_skeleton(word: &str) -> Option<String> {
    let b = word.as_bytes();
    let at = |i: usize| {
        i > 0
            && b[i] == b'c'
            && b.get(i + 1) == Some(&b'h')
            && matches!(b[i - 1], b'a' | b'e' | b'i' | b'o' | b'u')
            && b.get(i + 2).map_or(true, |c| {
                !matches!(c, b'a' | b'e' | b'i' | b'o' | b'u' | b'y')
            })
    };
    if !(1..b.len()).any(at) {
        return None;
    }
    let mut read = String::with_capacity(b.len() + 1);
    for (i, &c) in b.iter().enumerate() {
        read.push(if at(i) { 'k' } else { c as char });
    }
    let alt = crate::skeleton::skeleton(&read);
    (alt != crate::skeleton::skeleton(word)).then_some(alt)
}

/// One letter in the Indonesian or old spelling for the common one.
const SPELLING: crate::cost::Cost = 15;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_indonesian_and_old_spellings() {
        // Invented names.
        let r = |w| arabic_reading(w).map(|(a, b)| (a, b.unwrap_or_default()));
        assert_eq!(r("syakiran"), Some(("shakiran".into(), String::new())));
        assert_eq!(r("djoenadi"), Some(("junadi".into(), "yunadi".into())));
        assert_eq!(r("tsamirah"), Some(("thamirah".into(), String::new())));
        assert_eq!(r("jasmoen"), Some(("jasmun".into(), "yasmun".into())));
        assert_eq!(r("hamdan"), None);
    }

    #[test]
    fn reads_malay_only_for_a_name_of_the_table() {
        assert!(reads_malay(&["rasyid", "gunawiran"]));
        assert!(reads_malay(&["joenoes", "gunawiran"]));
        assert!(!reads_malay(&["syarlene", "jortan"]));
        // The common spelling itself: nothing to read.
        assert!(!reads_malay(&["rashid", "gunawiran"]));
    }

    #[test]
    fn the_dutch_era_ch_after_a_vowel_is_kh() {
        // Invented names: `Sochrani` is `Sohrani` in the h spelling.
        let sk = crate::skeleton::skeleton;
        assert_eq!(dutch_era_skeleton("sochrani"), Some(sk("sohrani")));
        assert_eq!(dutch_era_skeleton("bachtamir"), Some(sk("bakhtamir")));
        // No `ch` after a vowel: the English `ch`, `sch`, `tch` stay.
        assert_eq!(dutch_era_skeleton("chandoli"), None);
        assert_eq!(dutch_era_skeleton("paschoni"), None);
        assert_eq!(dutch_era_skeleton("matchelo"), None);
        // A `ch` that opens a syllable: the Hepburn `chi`.
        assert_eq!(dutch_era_skeleton("tamochira"), None);
        assert_eq!(dutch_era_skeleton("hamdan"), None);
    }
}
