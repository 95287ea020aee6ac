//! Han characters to toneless Hanyu Pinyin, from the Unihan database's
//! `kMandarin` readings (`data/pinyin.txt`, made by `scripts/gen_pinyin.py`
//! from the ~20,000 ideographs of Unihan's kUnihanCore2020 set).
//!
//! Each character is one syllable, written as its own word, so a name meets
//! its Latin spellings word by word (`mao ze dong` against `Mao Tse-tung`;
//! the resolver joins two adjacent words to meet `Zedong`). A run of four
//! or more characters is almost never a Chinese name (surname and one or two
//! given characters) but a transcription of a foreign name or a compound
//! place name, written as one word. `々` repeats the character before it;
//! a character outside the table falls back to `deunicode`.

use std::sync::OnceLock;

static TABLE: &str = include_str!("../../data/pinyin.txt");

/// (character, syllable) sorted by character.
fn table() -> &'static [(char, &'static str)] {
    static T: OnceLock<Vec<(char, &'static str)>> = OnceLock::new();
    T.get_or_init(|| {
        let mut v = Vec::with_capacity(21_000);
        for line in TABLE.lines().filter(|l| !l.starts_with('#')) {
            if let Some((syl, chars)) = line.split_once('\t') {
                v.extend(chars.chars().map(|c| (c, syl)));
            }
        }
        v.sort_unstable();
        v
    })
}

/// The toneless pinyin of one character, if the table has it.
pub(crate) fn pinyin(c: char) -> Option<&'static str> {
    let t = table();
    t.binary_search_by_key(&c, |&(k, _)| k).ok().map(|i| t[i].1)
}

/// Appends the reading of a run of Han characters.
pub(crate) fn romanize(run: &[char], out: &mut String) {
    let mut syls: Vec<String> = Vec::with_capacity(run.len());
    for &c in run {
        let s = match c {
            '々' => syls.last().cloned().unwrap_or_default(),
            '〇' => "ling".to_string(),
            _ => match pinyin(c) {
                Some(p) => p.to_string(),
                None => deunicode::deunicode_char(c)
                    .unwrap_or("")
                    .chars()
                    .filter(|c| c.is_ascii_alphabetic())
                    .collect::<String>()
                    .to_ascii_lowercase(),
            },
        };
        if !s.is_empty() {
            syls.push(s);
        }
    }
    let sep = if syls.len() >= 4 { "" } else { " " };
    out.push_str(&syls.join(sep));
}

#[cfg(test)]
mod tests {
    fn zh(s: &str) -> String {
        crate::Normalizer::new().normalize(s)
    }

    #[test]
    fn table_is_loaded_and_sorted() {
        let t = super::table();
        assert!(t.len() > 15_000, "{}", t.len());
        assert!(t.windows(2).all(|w| w[0].0 < w[1].0));
        assert_eq!(super::pinyin('中'), Some("zhong"));
        // ü is written u.
        assert_eq!(super::pinyin('吕'), Some("lu"));
    }

    #[test]
    fn short_runs_are_syllables() {
        // Invented name: 王小明 (a placeholder, not a person in the suites).
        assert_eq!(zh("王小明"), "wang xiao ming");
        assert_eq!(zh("東山"), "dong shan");
        assert_eq!(zh("明々"), "ming ming");
    }

    #[test]
    fn long_runs_are_one_word() {
        assert_eq!(zh("马里卡诺"), "malikanuo");
    }
}
