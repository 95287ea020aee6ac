//! Han characters to toneless Hanyu Pinyin, from the Unihan database's
//! `kMandarin` readings (`data/pinyin.txt`, made by `scripts/gen_pinyin.py`
//! from the ~20,000 ideographs of Unihan's kUnihanCore2020 set).
//!
//! A run of characters is read as a Chinese name is written in pinyin
//! orthography (GB/T 16159): the first syllable (the surname) as one
//! word, the others (the given name) joined as the second (`Mao Zedong`;
//! `Mao Tse-tung` meets it when the resolver joins two adjacent words).
//! A run that reads as a transcribed foreign name (`han_foreign`: the
//! characters of the Xinhua charts, with one only transcriptions use, or
//! five characters or more) is one word read by sound instead (`斯塔德`
//! s'tad).
//! An administrative suffix (`市 县 縣 区 區 省`) ending a run of three or
//! more characters is dropped. `々` repeats the character before it; a character outside the table
//! falls back to `deunicode`.

use std::sync::OnceLock;

static TABLE: &str = include_str!("../../data/pinyin.txt");

/// (character, syllable) sorted by character.
fn table() -> &'static [(char, &'static str)] {
    static T: OnceLock<Vec<(char, &'static str)>> = OnceLock::new();
    T.get_or_init(|| char_table(TABLE))
}

/// The lines `value<TAB>characters` of `text` (`#` lines are comments) as
/// (character, value) pairs sorted by character: the layout of
/// `data/pinyin.txt`, `data/han_foreign.tsv` and `data/kanji_readings.txt`.
pub(super) fn char_table(text: &'static str) -> Vec<(char, &'static str)> {
    let mut v = Vec::new();
    for line in text.lines().filter(|l| !l.starts_with('#')) {
        if let Some((value, chars)) = line.split_once('\t') {
            v.extend(chars.chars().map(|c| (c, value)));
        }
    }
    v.sort_unstable();
    v
}

/// The value of `c` in table `t` (from [`char_table`]).
pub(super) fn char_value(t: &[(char, &'static str)], c: char) -> Option<&'static str> {
    t.binary_search_by_key(&c, |&(k, _)| k).ok().map(|i| t[i].1)
}

/// The toneless pinyin of one character, if the table has it.
pub(crate) fn pinyin(c: char) -> Option<&'static str> {
    char_value(table(), c)
}

/// Appends the reading of a run of Han characters; `foreign`: the text
/// around it reads as a transcribed foreign name (`world::reads_han_foreign`).
pub(crate) fn romanize(run: &[char], foreign: bool, out: &mut String) {
    // An administrative suffix (city, county, district, province) after a
    // place name of two or more characters is dropped, as a title is.
    let run = match run {
        [name @ .., '市' | '县' | '縣' | '区' | '區' | '省'] if name.len() >= 2 => name,
        _ => run,
    };
    if foreign || super::han_foreign::reads_foreign(run) {
        super::han_foreign::romanize(run, out);
        return;
    }
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
    if let Some((first, rest)) = syls.split_first() {
        // Surname, then the given name's syllables as one word.
        out.push_str(first);
        if !rest.is_empty() {
            out.push(' ');
            out.push_str(&rest.concat());
        }
    }
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
        assert_eq!(zh("王小明"), "wang xiaoming");
        assert_eq!(zh("東山"), "dong shan");
        assert_eq!(zh("明々"), "ming ming");
        // Administrative suffixes of place names are dropped.
        assert_eq!(zh("東山市"), "dong shan");
        assert_eq!(zh("東山县"), "dong shan");
        assert_eq!(zh("山市"), "shan shi");
    }

    #[test]
    fn transcriptions_are_one_word_read_by_sound() {
        // Invented names.
        assert_eq!(zh("马里卡诺"), "marikano");
        assert_eq!(zh("卡斯"), "kas");
        assert_eq!(zh("马克斯特"), "maks't");
        assert_eq!(zh("维多尔"), "vidor");
        assert_eq!(zh("克里"), "k'ri");
        assert_eq!(zh("希拉"), "shila");
        // Without a character only transcriptions use: a Chinese name.
        assert_eq!(zh("马明"), "ma ming");
    }
}
