//! Han characters to toneless Hanyu Pinyin, from the Unihan database's
//! `kMandarin` readings (`data/pinyin.txt`, made by `scripts/gen_pinyin.py`
//! from the ~20,000 ideographs of Unihan's kUnihanCore2020 set).
//!
//! A run of up to three characters is read as a Chinese name is written in
//! pinyin orthography (GB/T 16159): the first syllable (the surname) as one
//! word, the others (the given name) joined as the second (`Mao Zedong`;
//! `Mao Tse-tung` meets it when the resolver joins two adjacent words). A
//! run of four or more characters is almost never a Chinese name but a
//! transcription of a foreign name or a compound place name, and so is a
//! shorter run holding a character of the Xinhua transcription tables that
//! Chinese names rarely use (`斯 尔 姆 茨 拉 卡 诺 塞 维 莱 奥 罗 …`; for two
//! characters, in the second place): such a run is one word, the characters
//! those tables use for a lone consonant (`布 普 德 特 格 克 夫 斯 兹 茨 姆 赫`)
//! after its start are the consonant with a vowel slot `'`, and the
//! syllables take the values the tables give pinyin letters (`duo` do, `x`
//! s, `q` ch, `zh` j, `wei` vi, `er` r).
//! An administrative suffix (`市 县 縣 区 區 省`) ending a run of three or
//! more characters is dropped. `々` repeats the character before it; a character outside the table
//! falls back to `deunicode`.

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

/// Characters the Xinhua transcription tables use for a lone consonant of
/// a foreign name (b p d t g k f s z ts m, and h), read as the consonant
/// with a vowel slot.
fn lone_consonant(c: char) -> Option<&'static str> {
    Some(match c {
        '布' => "b",
        '普' => "p",
        '德' => "d",
        '特' => "t",
        '格' => "g",
        '克' => "k",
        '夫' => "f",
        '斯' => "s",
        '兹' | '茲' => "z",
        '茨' => "ts",
        '姆' => "m",
        '赫' => "h",
        _ => return None,
    })
}

/// Characters that occur in transcribed foreign names and almost never in
/// Chinese personal names: their presence marks a run as a transcription.
fn transcription_mark(c: char) -> bool {
    matches!(
        c,
        '斯' | '尔'
            | '爾'
            | '姆'
            | '茨'
            | '兹'
            | '茲'
            | '夫'
            | '拉'
            | '卡'
            | '诺'
            | '諾'
            | '塞'
            | '维'
            | '維'
            | '莱'
            | '萊'
            | '奥'
            | '奧'
            | '罗'
            | '羅'
            | '洛'
            | '娅'
            | '婭'
            | '蒂'
            | '迪'
            | '索'
            | '托'
            | '贝'
            | '貝'
            | '佩'
            | '普'
            | '布'
            | '格'
            | '特'
            | '克'
            | '科'
    )
}

/// A pinyin syllable of a transcribed foreign name, read with the values the
/// transcription tables give its letters: `uo` after a consonant is o
/// (`duo` do, `luo` lo), `x` s, `q` ch, `zh` j, `wei` vi, `er` r.
fn foreign_syllable(p: &str) -> String {
    if p == "er" {
        return "r".to_string();
    }
    if p == "wei" {
        return "vi".to_string();
    }
    let mut s = match p.as_bytes() {
        [b'x', ..] => format!("s{}", &p[1..]),
        [b'q', ..] => format!("ch{}", &p[1..]),
        [b'z', b'h', ..] => format!("j{}", &p[2..]),
        _ => p.to_string(),
    };
    if s.len() > 2 && s.ends_with("uo") {
        s.truncate(s.len() - 2);
        s.push('o');
    }
    s
}

/// Appends the reading of a run of Han characters.
pub(crate) fn romanize(run: &[char], out: &mut String) {
    // An administrative suffix (city, county, district, province) after a
    // place name of two or more characters is dropped, as a title is.
    let run = match run {
        [name @ .., '市' | '县' | '縣' | '区' | '區' | '省'] if name.len() >= 2 => name,
        _ => run,
    };
    let foreign = run.len() >= 4
        || (run.len() >= 3 && run.iter().any(|&c| transcription_mark(c)))
        || (run.len() == 2 && run[1..].iter().any(|&c| transcription_mark(c)));
    let mut syls: Vec<String> = Vec::with_capacity(run.len());
    for (i, &c) in run.iter().enumerate() {
        let s = match c {
            '々' => syls.last().cloned().unwrap_or_default(),
            '〇' => "ling".to_string(),
            _ if foreign && i > 0 && lone_consonant(c).is_some() => {
                format!("{}'", lone_consonant(c).unwrap_or(""))
            }
            _ => match pinyin(c) {
                Some(p) if foreign => foreign_syllable(p),
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
    if foreign {
        out.push_str(&syls.concat());
    } else if let Some((first, rest)) = syls.split_first() {
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
    fn long_runs_are_one_word() {
        assert_eq!(zh("马里卡诺"), "malikano");
        // Transcription characters: one word, lone consonants as slots.
        assert_eq!(zh("卡斯"), "kas");
        assert_eq!(zh("马克斯特"), "mak's't");
        assert_eq!(zh("克里"), "ke li");
        // Transcription values of pinyin letters.
        assert_eq!(zh("维多尔"), "vidor");
        assert_eq!(zh("希拉"), "sila");
    }
}
