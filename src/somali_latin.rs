//! Arabic names in the Somali Latin alphabet (official since 1972).
//!
//! Somali writes the Arabic names its speakers bear with its own letters:
//! `c` for ʿayn (`Cabdi` Abdi, `Cumar` Umar), `x` for ḥ (`Xasan` Hasan,
//! `Maxamed` Mohamed), long vowels doubled (`Nuur` Nur, `Ibraahim`
//! Ibrahim), `dh` for the retroflex d that also writes Arabic ḍ and ẓ,
//! `q` and `kh` as in other romanisations. The alphabet has no `p`, `v`,
//! `z`, and no `ch` or `th`.
//!
//! `x` and `c` are ordinary letters of other languages (`Xavier`,
//! `Carlos`, `Maximilian`), so a word is read the Somali way only where
//! that reading is an Arabic name word ([`arabic_reading`] gives the
//! common spelling, and `arabic_names` looks it up), and a query is read
//! as an Arabic name ([`reads_somali`]) only when one of its words is.

/// Whether every letter of `word` is in the Somali alphabet (a
/// normalized token: lowercase ASCII, `'` for a glottal stop).
fn somali_letters(word: &str) -> bool {
    word.bytes()
        .all(|b| matches!(b, b'a'..=b'y' | b'\'') && !matches!(b, b'p' | b'v' | b'z'))
        && !word.contains("ch")
        && !word.contains("th")
}

/// Whether `word` has a letter or spelling that only the Somali
/// alphabet would write in an Arabic name: `c`, `x`, or a doubled vowel
/// ([`arabic_reading`] reads no other word).
pub(crate) fn may_spell(word: &str) -> bool {
    // One pass over the bytes: most words have none of these.
    let b = word.as_bytes();
    b.iter().enumerate().any(|(i, &c)| {
        c == b'c'
            || c == b'x'
            || (matches!(c, b'a' | b'e' | b'i' | b'o' | b'u') && b.get(i + 1) == Some(&c))
    })
}

/// The common Latin spelling of `word` read in the Somali alphabet:
/// ʿayn (`c`) left out, `x` written `h`, a doubled vowel written once
/// (`ee` as `ei`, the diphthong it writes in `Xuseen` Husein); `None`
/// when the word has no Somali spelling or a letter Somali lacks.
///
/// # Example (crate-internal)
/// `Cabdiraxmaan` reads `abdirahman`, `Saciid` `said`, `Carlos` `arlos`
/// (which names no Arabic name, so it stays Carlos).
pub(crate) fn arabic_reading(word: &str) -> Option<String> {
    let mut out = vec![0; word.len()];
    let n = arabic_reading_into(word, &mut out)?;
    out.truncate(n);
    String::from_utf8(out).ok()
}

/// [`arabic_reading`] written into `out` (as long as `word` or longer: a
/// reading is never longer than its word), without a `String`: its
/// length. The scorer reads many words.
pub(crate) fn arabic_reading_into(word: &str, out: &mut [u8]) -> Option<usize> {
    if word.len() < 3 || !may_spell(word) || !somali_letters(word) || out.len() < word.len() {
        return None;
    }
    let b = word.as_bytes();
    let mut n = 0;
    let mut put = |s: &[u8]| {
        out[n..n + s.len()].copy_from_slice(s);
        n += s.len();
    };
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        match c {
            b'c' => {}
            b'x' => put(b"h"),
            b'e' if b.get(i + 1) == Some(&b'e') => {
                put(b"ei");
                i += 1;
            }
            b'a' | b'i' | b'o' | b'u' if b.get(i + 1) == Some(&c) => {
                put(&[c]);
                i += 1;
            }
            _ => put(&[c]),
        }
        i += 1;
    }
    (n >= 2).then_some(n)
}

/// Whether query words `words` (normalized) read as an Arabic name in
/// the Somali alphabet: one of them has a Somali spelling whose reading
/// ([`arabic_reading`]) is a word of Arabic naming (a common given name,
/// `Abd`, `Abdi`, `Abdul`-).
pub(crate) fn reads_somali(words: &[&str]) -> bool {
    words.iter().any(|w| {
        arabic_reading(w).is_some_and(|r| {
            crate::arabic_names::is_arabic_name_word(&r) || (r.starts_with("abd") && r.len() > 4)
        })
    })
}

/// The conventions of the Somali alphabet as one-way edits of the query
/// (see [`crate::cost::CostModel`]): `x` for `h` (and `kh`), a `c` (ʿayn)
/// with nothing for it, a doubled vowel for a single one or the other
/// spellings of a long vowel. Added to the Arabic reading, which a
/// Somali-spelt query takes ([`reads_somali`]).
pub(crate) fn add_query_rules(m: &mut crate::cost::CostModel) {
    use crate::cost::{Context, EditClass::*};
    const ANY: Context = Context::new("", "");
    m.query_rule("x", "h", ANY, X_H, Phonetic);
    m.query_rule("x", "kh", ANY, X_H + 10, Phonetic);
    // ʿayn before a vowel (the word's start, after a vowel) or after a
    // vowel before a consonant or at the end: nothing written for it.
    for v in ["a", "e", "i", "o", "u"] {
        let cv = format!("c{v}");
        m.query_rule(&cv, v, Context::new("^aeiou", ""), AYN, Silent);
        let vc = format!("{v}c");
        m.query_rule(&vc, v, Context::new("", "bdfghjklmnqrstwy$"), AYN, Silent);
        m.query_rule(&vc, &format!("{v}'"), ANY, AYN / 2, Silent);
    }
    for (a, b) in [
        ("aa", "a"),
        ("ii", "i"),
        ("ii", "ee"),
        ("uu", "u"),
        ("uu", "ou"),
        ("uu", "oo"),
        ("oo", "o"),
        ("ee", "e"),
        ("ee", "ei"),
        ("ee", "ai"),
    ] {
        m.query_rule(a, b, ANY, LONG_VOWEL, Vowel);
    }
}

/// Somali `x` for the `h` (ḥ) of other spellings.
const X_H: crate::cost::Cost = 15;
/// A Somali `c` (ʿayn) that other spellings leave out.
const AYN: crate::cost::Cost = 20;
/// A doubled Somali vowel for the single vowel of other spellings.
const LONG_VOWEL: crate::cost::Cost = 10;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_ayn_ha_and_long_vowels() {
        // Invented names.
        assert_eq!(arabic_reading("cabdixakiim").as_deref(), Some("abdihakim"));
        assert_eq!(arabic_reading("xubaal").as_deref(), Some("hubal"));
        assert_eq!(arabic_reading("nuuraddiin").as_deref(), Some("nuraddin"));
        assert_eq!(arabic_reading("baxreen").as_deref(), Some("bahrein"));
        // Letters Somali lacks, or no Somali spelling.
        assert_eq!(arabic_reading("xavirel"), None);
        assert_eq!(arabic_reading("calzona"), None);
        assert_eq!(arabic_reading("hamdan"), None);
    }

    #[test]
    fn reads_somali_only_where_an_arabic_name_word_results() {
        assert!(reads_somali(&["cabdiraxiim", "gudleey"]));
        assert!(reads_somali(&["xasan", "qorsheeye"]));
        // Invented European-looking names with c and x.
        assert!(!reads_somali(&["carlomex", "maxilo"]));
        assert!(!reads_somali(&["xavirel", "cosmadi"]));
    }
}
