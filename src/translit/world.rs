//! Dispatch of the scripts romanised by the modules of `translit/`:
//! Arabic (with Persian and Urdu letters), Hebrew, kana, Hangul, Han and the
//! Brahmic scripts of India and Sri Lanka, Chakma, Thai, Lao, Myanmar, Khmer,
//! Ethiopic, Syriac, Cherokee, Tibetan and N'Ko. Input is NFKC-normalized and lowercased text;
//! each maximal run of one of these scripts is replaced by its lowercase
//! ASCII romanisation, every other char is copied unchanged. Runs of
//! different scripts that touch are separated by a space.
//!
//! Shared convention of the abjads (and of vowels a script leaves out, such as
//! the epenthetic vowels of katakana and Hangul loanwords): a vowel that is
//! not written is marked by `'` between two consonants. The normalizer keeps
//! `'` inside a word, the cost model reads it as any vowel almost for free,
//! and the skeleton counts it as a vowel, so `محمد` (`m'h'm'd`) meets
//! `Muhammad` and `Mohamed` with their written vowels.

use super::{
    arabic, cherokee, ethiopic, han, hangul, hebrew, indic, kana, khmer, lao, myanmar, nko, syriac,
    thai, tibetan,
};

/// The script of one char, for splitting text into runs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Script {
    Arabic,
    Hebrew,
    Kana,
    Hangul,
    Han,
    /// A Brahmic block, by its first code point.
    Indic(u32),
    Thai,
    Lao,
    Myanmar,
    Khmer,
    Ethiopic,
    Syriac,
    Cherokee,
    Tibetan,
    Nko,
}

/// The script `c` belongs to, if one of the modules here romanises it.
pub(crate) fn script_of(c: char) -> Option<Script> {
    let u = c as u32;
    Some(match u {
        0x0600..=0x06FF | 0x0750..=0x077F | 0x08A0..=0x08FF => Script::Arabic,
        0x0591..=0x05F4 => Script::Hebrew,
        0x3041..=0x30FF | 0x31F0..=0x31FF => Script::Kana,
        0x1100..=0x11FF | 0x3131..=0x318E | 0xAC00..=0xD7A3 => Script::Hangul,
        0x3005 | 0x3007 | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0x20000..=0x2FFFF => Script::Han,
        0x0900..=0x0DFF => Script::Indic(u & !0x7F),
        0x0E01..=0x0E5B => Script::Thai,
        0x0E81..=0x0EDF => Script::Lao,
        0x1000..=0x109F => Script::Myanmar,
        0x1780..=0x17DD | 0x17E0..=0x17E9 => Script::Khmer,
        0x1200..=0x137F => Script::Ethiopic,
        0x0700..=0x074F => Script::Syriac,
        0x13A0..=0x13F5 | 0x13F8..=0x13FD | 0xAB70..=0xABBF => Script::Cherokee,
        0x11100..=0x11147 => Script::Indic(indic::CHAKMA),
        0x0F00..=0x0FDA => Script::Tibetan,
        0x07C0..=0x07FF => Script::Nko,
        _ => return None,
    })
}

/// True if `c` is an invisible control that belongs to the run around it
/// and is dropped: ZWNJ, ZWJ and the bidirectional marks, embeddings and
/// isolates.
fn is_joiner(c: char) -> bool {
    matches!(c, '\u{200C}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// True if `input` holds a letter of a script whose romanisation is a
/// guess rather than a reading: the abjads (Arabic, Hebrew, Syriac: short vowels
/// are not written), kana and Hangul (foreign names fitted to a syllable
/// inventory: `r` for `l`, `p` for `f`, added vowels) and Han (foreign
/// names transcribed by sound into characters). Presentation and
/// half-width forms count (the input need not be NFKC-normalized).
pub(crate) fn is_guessed_script(input: &str) -> bool {
    input.chars().any(|c| {
        matches!(
            script_of(c),
            Some(
                Script::Arabic
                    | Script::Hebrew
                    | Script::Syriac
                    | Script::Kana
                    | Script::Hangul
                    | Script::Han
            )
        ) || matches!(c as u32, 0xFB1D..=0xFDFF | 0xFE70..=0xFEFF | 0xFF66..=0xFFDC)
    })
}

/// True if the Han characters of `input` (NFKC-normalized) are read as a
/// transcribed foreign name (`han_foreign`): one of its runs reads as
/// one, or two runs are joined by the middle dot that separates the parts
/// of a transcribed foreign name (`·`, `・`, `‧`, `•`; Chinese names never
/// have one). Every Han run of such a text is read so.
pub(crate) fn reads_han_foreign(input: &str) -> bool {
    let is_dot = |c: char| {
        matches!(
            c,
            '\u{00B7}' | '\u{30FB}' | '\u{2027}' | '\u{2022}' | '\u{FF65}'
        )
    };
    let mut han_before_dot = false;
    let mut seen_han = false;
    for c in input.chars() {
        if script_of(c) == Some(Script::Han) {
            if han_before_dot {
                return true;
            }
            seen_han = true;
        } else if is_dot(c) && seen_han {
            han_before_dot = true;
        }
    }
    let mut run: Vec<char> = Vec::new();
    for c in input.chars().chain(std::iter::once(' ')) {
        if script_of(c) == Some(Script::Han) {
            run.push(c);
        } else if !run.is_empty() {
            if super::han_foreign::reads_foreign(&run) {
                return true;
            }
            run.clear();
        }
    }
    false
}

/// The words of `input` read as a transcribed foreign name, when the
/// normalizer reads it as a Chinese name but it could be either: every
/// letter is Han, and every run has two or more characters, all from the
/// transcription charts (`玛丽`: Ma Li, or Mary). `None` otherwise.
pub(crate) fn han_foreign_alternative(input: &str) -> Option<Vec<String>> {
    use unicode_normalization::UnicodeNormalization;
    let text: String = input.nfkc().collect();
    if !text.chars().any(|c| script_of(c) == Some(Script::Han)) || reads_han_foreign(&text) {
        return None;
    }
    let mut words = Vec::new();
    let mut run: Vec<char> = Vec::new();
    for c in text.chars().chain(std::iter::once(' ')) {
        if script_of(c) == Some(Script::Han) {
            run.push(c);
            continue;
        }
        if c.is_alphanumeric() {
            return None;
        }
        if run.is_empty() {
            continue;
        }
        if run.len() < 2
            || !run
                .iter()
                .all(|&h| super::han_foreign::chart_value(h).is_some())
        {
            return None;
        }
        let mut word = String::new();
        super::han_foreign::romanize(&run, &mut word);
        words.push(word.trim_matches('\'').to_string());
        run.clear();
    }
    (!words.is_empty()).then_some(words)
}

/// True if `input` holds a char of a script romanised here.
pub(crate) fn has_world_script(input: &str) -> bool {
    input.chars().any(|c| script_of(c).is_some())
}

/// Romanises the runs of the scripts handled here; other chars are copied.
pub(crate) fn romanize(input: &str) -> String {
    let chars: Vec<char> = input.chars().collect();
    let mut out = String::with_capacity(input.len() * 2);
    let mut i = 0;
    let mut last: Option<Script> = None;
    let han_foreign =
        chars.iter().any(|&c| script_of(c) == Some(Script::Han)) && reads_han_foreign(input);
    while i < chars.len() {
        let Some(script) = script_of(chars[i]) else {
            if !is_joiner(chars[i]) {
                out.push(chars[i]);
                last = None;
            }
            i += 1;
            continue;
        };
        let start = i;
        while i < chars.len()
            && (script_of(chars[i]) == Some(script)
                || (is_joiner(chars[i]) && chars.get(i + 1).and_then(|&c| script_of(c)) == Some(script))
                || (script == Script::Hebrew && i > start && matches!(chars[i], '\'' | '’'))
                // Arabic words of one name stay in one run (`عبد ال…`).
                || (script == Script::Arabic
                    && chars[i] == ' '
                    && chars.get(i + 1).and_then(|&c| script_of(c)) == Some(script)))
        {
            i += 1;
        }
        let run: Vec<char> = chars[start..i]
            .iter()
            .copied()
            .filter(|&c| !is_joiner(c))
            .collect();
        if last.is_some() || out.chars().last().is_some_and(|c| c.is_alphanumeric()) {
            out.push(' ');
        }
        match script {
            Script::Arabic => arabic::romanize(&run, &mut out),
            Script::Hebrew => hebrew::romanize(&run, &mut out),
            Script::Kana => kana::romanize(&run, &mut out),
            Script::Hangul => hangul::romanize(&run, &mut out),
            Script::Han => han::romanize(&run, han_foreign, &mut out),
            Script::Indic(base) => indic::romanize(base, &run, &mut out),
            Script::Thai => thai::romanize(&run, &mut out),
            Script::Lao => lao::romanize(&run, &mut out),
            Script::Myanmar => myanmar::romanize(&run, &mut out),
            Script::Khmer => khmer::romanize(&run, &mut out),
            Script::Ethiopic => ethiopic::romanize(&run, &mut out),
            Script::Syriac => syriac::romanize(&run, &mut out),
            Script::Cherokee => cherokee::romanize(&run, &mut out),
            Script::Tibetan => tibetan::romanize(&run, &mut out),
            Script::Nko => nko::romanize(&run, &mut out),
        }
        last = Some(script);
        if chars
            .get(i)
            .is_some_and(|&c| c.is_alphanumeric() && script_of(c).is_none())
        {
            out.push(' ');
        }
    }
    out
}

/// One sound of an abjad word: a consonant, or a vowel (a written vowel
/// letter, or `'` for a vowel slot such as ʿayn or hamza).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Unit {
    C(&'static str),
    V(&'static str),
}
/// Writes the syllables of one word of a syllable-building script
/// (Khmer, Myanmar) with `write`, after a space unless it is the run's
/// `first` word, and empties `syls`.
pub(crate) fn flush_syllables<S>(
    syls: &mut Vec<S>,
    out: &mut String,
    first: &mut bool,
    write: impl Fn(&S, &mut String),
) {
    if !syls.is_empty() {
        if !*first {
            out.push(' ');
        }
        for s in syls.iter() {
            write(s, out);
        }
        *first = false;
        syls.clear();
    }
}

/// Writes the units of one word, with `'` between two consonants that no
/// vowel letter separates (the vowel the script does not write; neither
/// script spells a geminate with two letters).
pub(crate) fn write_units(units: &[Unit], out: &mut String) {
    let mut prev: Option<Unit> = None;
    for &u in units {
        if let (Some(Unit::C(_)), Unit::C(_)) = (prev, u) {
            out.push('\'');
        }
        match u {
            Unit::C(s) | Unit::V(s) => out.push_str(s),
        }
        prev = Some(u);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn runs_of_different_scripts_are_split() {
        let s = romanize("abcカナ한");
        assert!(s.starts_with("abc "), "{s}");
        assert_eq!(s.split(' ').count(), 3, "{s}");
        // Other chars pass through.
        assert_eq!(romanize("a-b c"), "a-b c");
    }

    #[test]
    fn han_that_may_be_a_transcription_has_a_second_reading() {
        // Invented: every character from the charts, none only they use.
        assert_eq!(
            han_foreign_alternative("达丽"),
            Some(vec!["dali".to_string()])
        );
        // Already read as a transcription, or a character outside the
        // charts, or other letters: no second reading.
        assert_eq!(han_foreign_alternative("斯塔德"), None);
        assert_eq!(han_foreign_alternative("王小明"), None);
        assert_eq!(han_foreign_alternative("达丽 Smith"), None);
        assert_eq!(han_foreign_alternative("达"), None);
    }

    #[test]
    fn vowel_slots_between_consonants() {
        use Unit::*;
        let mut s = String::new();
        write_units(&[C("m"), C("h"), C("m"), C("d")], &mut s);
        assert_eq!(s, "m'h'm'd");
        s.clear();
        write_units(&[V("a"), C("l"), C("l"), V("a")], &mut s);
        assert_eq!(s, "al'la");
    }
}
