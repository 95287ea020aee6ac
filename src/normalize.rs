//! The one place where names, aliases and queries are normalized.
//!
//! [`Normalizer::normalize`] turns any string into lowercase ASCII tokens
//! (`[a-z]+('[a-z]+)*`: letters, with a single `'` only inside a word)
//! separated by single spaces:
//!
//! 1. Unicode NFKC, then lowercase (full Unicode case mapping).
//! 2. Cyrillic (Russian, Ukrainian, Belarusian, Bulgarian, Serbian,
//!    Macedonian), Greek, Armenian and Georgian are transliterated by
//!    namefold's own tables, and so are Arabic (with Persian and Urdu
//!    letters), Hebrew, kana, Hangul, Han, the Indic scripts, Sinhala, Thai,
//!    Lao, Myanmar and Ethiopic (`translit/`: an unwritten vowel becomes the slot `'`); any other
//!    non-Latin script goes through `deunicode`. Bidirectional marks vanish.
//! 3. Diacritics are stripped (`ö` → `o`, `ł` → `l`, `ß` → `ss`), except
//!    on the two letters only ISO 9 romanisation of Cyrillic uses, which
//!    are read as what they stand for (`ŝ` → `shch`, `û` → `yu`).
//! 4. Apostrophes, soft and hard signs and primes (`'` `’` `ʼ` `ʹ` `` ` ``
//!    `ь` `ъ`) become one `'` inside a word (`Kuz'mina`, `V'zv'zov`, where
//!    it may stand for a vowel) and vanish at a word's edges; matching
//!    drops it almost for free. Zero-width characters vanish. Hyphens,
//!    dots, commas and all other punctuation or spacing split words.
//! 5. Digits inside a word are read as the letters OCR confuses them with
//!    (`0`→`o`, `1`→`l`, `3`→`e`, `4`→`a`, `5`→`s`, `8`→`b`); words made
//!    only of digits are dropped.
//! 6. Arabic name compounds and the article are read as one structure
//!    (`Abd al-Karim`, `Abdelkarim` → `abdul karim`; `ud-Din`, `Eddine` →
//!    `uddin`; `el-`, `ar-Rahman` → `al`): see `particles`.
//! 7. Leading titles (`President`, `Dr.`, `Prime Minister`, …) are dropped
//!    while another word remains.
//! 8. Limits: input past [`limits::MAX_INPUT_BYTES`] is ignored, a token is
//!    cut to [`limits::MAX_TOKEN_CHARS`] chars, and at most
//!    [`limits::MAX_TOKENS`] tokens are kept.
//! 9. A name written `FAMILY, Given` (the list order of sanctions lists
//!    and library catalogues: one comma, at most three words before it and
//!    four after, the part after it no generational suffix like `Jr.`) is
//!    read as `Given FAMILY`, so the family name is last as in running text.
//!
//! Normalization is total (any `&str`, never panics) and idempotent.

use std::borrow::Cow;

use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;

use crate::limits::{self, MAX_TOKENS, MAX_TOKEN_CHARS};
use crate::translit;

/// Titles and offices dropped when they lead a name (and another word
/// follows); the text scanner strips them from mentions too.
pub(crate) const TITLES: &[&str] = &[
    "president",
    "vice",
    "chancellor",
    "mr",
    "mrs",
    "ms",
    "miss",
    "mister",
    "dr",
    "doctor",
    "prof",
    "professor",
    "prime",
    "minister",
    "secretary",
    "general",
    "sir",
    "dame",
    "lord",
    "lady",
    "senator",
    "sen",
    "rep",
    "representative",
    "gov",
    "governor",
    "mayor",
    "king",
    "queen",
    "prince",
    "princess",
    "pope",
    "sheikh",
    "emir",
    "ambassador",
    "envoy",
    "special",
    "foreign",
    "defence",
    "defense",
    "deputy",
    "premier",
    "chairman",
    "chairwoman",
    "chair",
    "speaker",
    "judge",
    "justice",
    "gen",
    "col",
    "lt",
    "capt",
    "adm",
    "admiral",
    "colonel",
    "captain",
    "commissioner",
    "director",
    "head",
    "chief",
    "ceo",
    "archbishop",
    "bishop",
    "rev",
    "hon",
    "honorable",
    "honourable",
    "excellency",
    "majesty",
];

/// Words dropped only when they lead a name (in running text they start
/// places and phrases: `St Petersburg`, `his`).
/// Lowercase name particles (`van`, `de`, `al`, `ap`): written lowercase
/// inside a capitalised name on purpose.
pub(crate) const PARTICLES: &[&str] = &[
    "de", "du", "des", "da", "das", "do", "dos", "di", "del", "della", "der", "den", "van", "von",
    "ter", "ten", "la", "le", "bin", "ibn", "bint", "al", "el", "ben", "zu", "af", "av", "y", "e",
    "ap", "ould", "abu", "ul",
];

const NAME_PREFIXES: &[&str] = &["his", "her", "saint", "st", "father"];

/// Normalizes names and queries; see the module docs for the exact rules.
///
/// # Example
/// ```
/// use namefold::Normalizer;
/// let n = Normalizer::new();
/// assert_eq!(n.normalize("President Recep Tayyip Erdoğan"), "recep tayyip erdogan");
/// assert_eq!(n.normalize("Зеленський"), "zelenskiy");
/// assert_eq!(n.normalize("Віталій Кличко"), "vitaliy klychko");
/// assert_eq!(n.normalize("O’Brien-Smith"), "o'brien smith");
/// ```
#[derive(Clone, Debug, Default)]
pub struct Normalizer {
    _private: (),
}

impl Normalizer {
    /// The default normalizer.
    pub fn new() -> Normalizer {
        Normalizer { _private: () }
    }

    /// Normalizes `input` to space-separated tokens of `[a-z']` (`'` only
    /// inside a token).
    ///
    /// # Example
    /// ```
    /// use namefold::Normalizer;
    /// assert_eq!(Normalizer::new().normalize("  KYIV  "), "kyiv");
    /// ```
    pub fn normalize(&self, input: &str) -> String {
        let input = limits::truncate_str(input, limits::MAX_INPUT_BYTES);
        let input = family_comma_given(input);
        let folded = fold(&input);
        let mut tokens: Vec<Cow<str>> = Vec::new();
        for raw in folded.split(' ').filter(|t| !t.is_empty()) {
            if let Some(tok) = clean_token(raw) {
                tokens.push(tok);
            }
        }
        let mut tokens = crate::particles::arabic_compounds(tokens);
        while tokens.len() > 1
            && (TITLES.contains(&&*tokens[0]) || NAME_PREFIXES.contains(&&*tokens[0]))
        {
            tokens.remove(0);
        }
        tokens.truncate(MAX_TOKENS);
        tokens.join(" ")
    }

    /// Normalizes `input` and splits it into tokens.
    ///
    /// # Example
    /// ```
    /// use namefold::Normalizer;
    /// let toks = Normalizer::new().tokens("J.D. Vance");
    /// assert_eq!(toks, vec!["j", "d", "vance"]);
    /// ```
    pub fn tokens(&self, input: &str) -> Vec<String> {
        self.normalize(input)
            .split(' ')
            .filter(|t| !t.is_empty())
            .map(String::from)
            .collect()
    }
}

/// Words after the comma that make `X, Y` a name with a suffix, not an
/// inverted name.
const SUFFIXES: &[&str] = &[
    "jr", "sr", "jnr", "snr", "ii", "iii", "iv", "phd", "md", "esq",
];

/// `FAMILY, Given` → `Given FAMILY` (see the module docs, rule 8); any
/// other text as it is. The comma may be ASCII, Arabic (`،`) or
/// full-width (`，`).
fn family_comma_given(input: &str) -> Cow<'_, str> {
    let is_comma = |c: char| matches!(c, ',' | '\u{060C}' | '\u{FF0C}');
    let mut parts = input.split(is_comma);
    let (Some(family), Some(given), None) = (parts.next(), parts.next(), parts.next()) else {
        return Cow::Borrowed(input);
    };
    let words = |s: &str| {
        s.split_whitespace()
            .filter(|w| w.chars().any(char::is_alphabetic))
            .count()
    };
    let suffix = given
        .split_whitespace()
        .next()
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .is_some_and(|w| SUFFIXES.contains(&w.as_str()));
    if suffix || !(1..=3).contains(&words(family)) || !(1..=4).contains(&words(given)) {
        return Cow::Borrowed(input);
    }
    Cow::Owned(format!("{} {}", given.trim(), family.trim()))
}

/// NFKC, lowercase, transliterate, strip marks; every char becomes
/// `[a-z0-9]` or a space.
fn fold(input: &str) -> String {
    if input.is_ascii() {
        // NFKC and transliteration leave ASCII as it is.
        let mut out = String::with_capacity(input.len());
        for c in input.chars() {
            push_folded(c.to_ascii_lowercase(), &mut out);
        }
        return out;
    }
    fold_unicode(input)
}

/// [`fold`] for any input.
fn fold_unicode(input: &str) -> String {
    let lower: String = input.nfkc().flat_map(char::to_lowercase).collect();
    let mut latin = String::with_capacity(lower.len());
    translit::transliterate_into(&lower, &mut latin);
    let mut out = String::with_capacity(latin.len());
    for c in latin.chars() {
        push_folded(c, &mut out);
    }
    out
}

fn is_apostrophe(c: char) -> bool {
    matches!(
        c,
        '\'' | '`'
            | '´'
            | '’'
            | '‘'
            | 'ʼ'
            | 'ʹ'
            | 'ʺ'
            | 'ʻ'
            | 'ʽ'
            | '′'
            | '″'
            | 'ˈ'
            | 'ь'
            | 'ъ'
    )
}

fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{200B}'..='\u{200F}'
            | '\u{202A}'..='\u{202E}'
            | '\u{2066}'..='\u{2069}'
            | '\u{061C}'
            | '\u{2060}'
            | '\u{FEFF}'
            | '\u{AD}'
    )
}

/// Letters that only scholarly Cyrillic romanisation (ISO 9, GOST 7.79)
/// uses, read as what they stand for rather than stripped of the mark:
/// `ŝ` is щ, `û` is ю, `â` is я, `ê` is є. (In French or Portuguese names
/// `â`/`ê` are plain vowels; both sides of a match are read the same way,
/// and against a plain `a`/`e` the extra `y` costs little.)
fn iso9_letter(c: char) -> Option<&'static str> {
    match c {
        'ŝ' => Some("shch"),
        'û' => Some("yu"),
        'â' => Some("ya"),
        'ê' => Some("ye"),
        _ => None,
    }
}

fn push_folded(c: char, out: &mut String) {
    if c.is_ascii_alphanumeric() {
        out.push(c.to_ascii_lowercase());
    } else if let Some(s) = iso9_letter(c) {
        out.push_str(s);
    } else if is_apostrophe(c) {
        out.push('\'');
    } else if is_invisible(c) || is_combining_mark(c) {
    } else if c.is_ascii() {
        out.push(' ');
    } else {
        for d in std::iter::once(c).nfd() {
            if is_combining_mark(d) {
                continue;
            }
            if d.is_ascii() {
                push_ascii(d, out);
            } else if is_apostrophe(d) {
                out.push('\'');
            } else {
                match deunicode::deunicode_char(d) {
                    Some(s) => s.chars().for_each(|x| push_ascii(x, out)),
                    None => out.push(' '),
                }
            }
        }
    }
}

fn push_ascii(c: char, out: &mut String) {
    if c.is_ascii_alphanumeric() {
        out.push(c.to_ascii_lowercase());
    } else if c == '\'' || c == '`' {
        out.push('\'');
    } else {
        out.push(' ');
    }
}

/// OCR digit reading, digit-only removal and length cap for one token.
fn clean_token(raw: &str) -> Option<Cow<'_, str>> {
    let raw = raw.trim_matches('\'');
    if raw.bytes().all(|b| b.is_ascii_digit() || b == b'\'') {
        return None;
    }
    let raw: Cow<str> = if raw.contains("''") {
        let mut s = raw.to_string();
        while s.contains("''") {
            s = s.replace("''", "'");
        }
        Cow::Owned(s)
    } else {
        Cow::Borrowed(raw)
    };
    let mut tok: Cow<str> = if raw.bytes().any(|b| b.is_ascii_digit()) {
        Cow::Owned(raw.chars().map(ocr_digit).collect())
    } else {
        raw
    };
    if tok.len() > MAX_TOKEN_CHARS {
        tok = Cow::Owned(tok[..MAX_TOKEN_CHARS].trim_end_matches('\'').to_string());
    }
    Some(tok)
}

fn ocr_digit(c: char) -> char {
    match c {
        '0' => 'o',
        '1' => 'l',
        '2' => 'z',
        '3' => 'e',
        '4' => 'a',
        '5' => 's',
        '6' => 'b',
        '7' => 't',
        '8' => 'b',
        '9' => 'g',
        c => c,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The ASCII shortcut of `fold` folds as the full path does.
    #[test]
    fn ascii_fold_is_the_unicode_fold() {
        let printable: Vec<char> = (0x20u8..0x7f).map(char::from).chain(['\t', '\n']).collect();
        let mut seed = 11u64;
        let mut next = |n: usize| {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            (seed >> 33) as usize % n
        };
        let mut inputs: Vec<String> = printable.iter().map(|c| c.to_string()).collect();
        for _ in 0..3000 {
            let len = next(24);
            inputs.push((0..len).map(|_| printable[next(printable.len())]).collect());
        }
        inputs.extend(["O'Neill", "J.D. Vance", "Mc-Donald  Jr.", "ZELENSKYY"].map(String::from));
        for input in inputs {
            assert_eq!(fold(&input), fold_unicode(&input), "{input:?}");
        }
    }

    #[test]
    fn folds_marks_and_punctuation() {
        let n = Normalizer::new();
        assert_eq!(n.normalize("Lubomír Matoušek"), "lubomir matousek");
        assert_eq!(n.normalize("Kuz'mina"), "kuz'mina");
        assert_eq!(n.normalize("Kuzʹmina"), "kuz'mina");
        assert_eq!(n.normalize("'Rubets''"), "rubets");
        assert_eq!(n.normalize("a '' b"), "a b");
        assert_eq!(n.normalize("J.D. Vance"), "j d vance");
        assert_eq!(n.normalize("Gauß"), "gauss");
        assert_eq!(n.normalize("Łódź"), "lodz");
        assert_eq!(n.normalize("5koglund"), "skoglund");
        assert_eq!(n.normalize("Kiev 2022"), "kiev");
        assert_eq!(n.normalize(""), "");
        assert_eq!(n.normalize("!!!"), "");
    }

    #[test]
    fn strips_leading_titles_only() {
        let n = Normalizer::new();
        assert_eq!(n.normalize("Prime Minister Keir Starmer"), "keir starmer");
        assert_eq!(n.normalize("Mr. Smith"), "smith");
        assert_eq!(n.normalize("President"), "president");
        assert_eq!(n.normalize("Mark General"), "mark general");
    }

    #[test]
    fn scripts() {
        let n = Normalizer::new();
        assert_eq!(n.normalize("Сергей Лавров"), "sergey lavrov");
        assert_eq!(n.normalize("Αθήνα"), "athina");
        assert!(!n.normalize("北京").is_empty());
        // ISO 9 letters stand for what they transliterate.
        assert_eq!(
            n.normalize("Êlisej Ŝukin Ârina Ûlij"),
            "yelisej shchukin yarina yulij"
        );
    }

    #[test]
    fn limits_hold() {
        let n = Normalizer::new();
        let long = "a".repeat(100_000);
        assert_eq!(n.normalize(&long).len(), MAX_TOKEN_CHARS);
        let many = "ab ".repeat(1000);
        assert_eq!(n.tokens(&many).len(), MAX_TOKENS);
    }
}
