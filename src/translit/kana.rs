//! Hiragana and katakana to Latin by modified Hepburn romanisation, with the
//! katakana conventions for foreign names.
//!
//! - Yōon: `きゃ` kya, `しゃ` sha, `ちゅ` chu, `じょ` jo.
//! - Small vowels after a kana make the foreign-sound digraphs: `ティ` ti,
//!   `ディ` di, `トゥ` tu, `ファ` fa, `フィ` fi, `ウィ` wi, `ウェ` we, `ヴァ` va,
//!   `シェ` she, `ジェ` je, `チェ` che, `ツァ` tsa, `クァ` kwa, `イェ` ye,
//!   `テュ` tyu.
//! - Sokuon `っ`/`ッ` doubles the next consonant (`tch` before `ch`).
//! - `ん` is n; `ヴ` vu; the iteration marks repeat the kana before them.
//! - Long vowels: in hiragana `ou`, `oo` and `uu` before a consonant or
//!   the end become `o`, `o`, `u` (`さとう` sato), as Japanese names are
//!   written in Latin. The katakana long-vowel mark `ー` writes a doubled
//!   vowel (`コーナ` koona): in foreign names it stands for English `or`,
//!   `oa`, `ee`, `ea` as well as a long vowel.
//! - Katakana writes foreign names with epenthetic vowels after consonants
//!   the source language has in clusters or at the end (`スミス`). A kana
//!   of the u-column (`ク ス ズ ツ フ ブ プ ム ル グ`) or `ト`/`ド` whose vowel
//!   is neither lengthened nor followed by another vowel is read with the
//!   vowel slot `'` (see `world`) instead of its vowel: `s'mis'`.
//!   Final `ッチ` and `シュ` are read the same way (`tch'`, `sh'`).
//! - Katakana `aー` is read `ar`: it writes the English ar, er, ir, ur and
//!   final -er (`ターナ` tarna).
//! - `・` and `゠` separate words.

/// Hepburn reading of the hiragana U+3041..=U+3096 (katakana are the same
/// letters 0x60 higher). Small kana are marked by a leading `~`.
const KANA: [&str; 86] = [
    "~a", "a", "~i", "i", "~u", "u", "~e", "e", "~o", "o", "ka", "ga", "ki", "gi", "ku", "gu",
    "ke", "ge", "ko", "go", "sa", "za", "shi", "ji", "su", "zu", "se", "ze", "so", "zo", "ta",
    "da", "chi", "ji", "~tsu", "tsu", "zu", "te", "de", "to", "do", "na", "ni", "nu", "ne", "no",
    "ha", "ba", "pa", "hi", "bi", "pi", "fu", "bu", "pu", "he", "be", "pe", "ho", "bo", "po", "ma",
    "mi", "mu", "me", "mo", "~ya", "ya", "~yu", "yu", "~yo", "yo", "ra", "ri", "ru", "re", "ro",
    "~wa", "wa", "i", "e", "o", "n", "vu", "~ka", "~ke",
];

/// The reading of one kana, and whether it is katakana.
fn reading(c: char) -> Option<(&'static str, bool)> {
    let u = c as u32;
    match u {
        0x3041..=0x3096 => Some((KANA[(u - 0x3041) as usize], false)),
        0x30A1..=0x30F6 => Some((KANA[(u - 0x30A1) as usize], true)),
        0x30F7 => Some(("va", true)),
        0x30F8 => Some(("vi", true)),
        0x30F9 => Some(("ve", true)),
        0x30FA => Some(("vo", true)),
        // Small katakana for Ainu: a final consonant.
        0x31F0..=0x31FF => Some((
            [
                "k", "sh", "s", "t", "n", "h", "h", "f", "h", "h", "m", "r", "r", "r", "r", "r",
            ][(u - 0x31F0) as usize],
            true,
        )),
        _ => None,
    }
}

/// One syllable being built.
struct Syl {
    text: String,
    katakana: bool,
    /// Followed by `ー`.
    long: bool,
}

/// Appends the reading of a run of kana.
pub(crate) fn romanize(run: &[char], out: &mut String) {
    let mut syls: Vec<Syl> = Vec::new();
    let mut geminate = false;
    let mut first_word = true;
    let mut flush = |syls: &mut Vec<Syl>, out: &mut String| {
        if !syls.is_empty() {
            if !first_word {
                out.push(' ');
            }
            write_word(syls, out);
            first_word = false;
            syls.clear();
        }
    };
    for &c in run {
        match c {
            '\u{30FC}' => {
                if let Some(s) = syls.last_mut() {
                    s.long = true;
                }
                continue;
            }
            '\u{309D}' | '\u{309E}' | '\u{30FD}' | '\u{30FE}' => {
                if let Some(s) = syls.last() {
                    let t = Syl {
                        text: s.text.clone(),
                        katakana: s.katakana,
                        long: false,
                    };
                    syls.push(t);
                }
                continue;
            }
            '\u{3099}' | '\u{309A}' | '\u{309B}' | '\u{309C}' => continue,
            _ => {}
        }
        let Some((r, katakana)) = reading(c) else {
            flush(&mut syls, out);
            geminate = false;
            continue;
        };
        if r == "~tsu" {
            geminate = true;
            continue;
        }
        let mut text = if let Some(small) = r.strip_prefix('~') {
            match syls.last_mut() {
                Some(prev) if !prev.long => {
                    let merged = merge_small(&prev.text, small);
                    prev.text = merged;
                    continue;
                }
                _ => small.to_string(),
            }
        } else {
            r.to_string()
        };
        if geminate {
            if text.starts_with("ch") {
                text.insert(0, 't');
            } else if let Some(f) = text.chars().next().filter(|c| !"aeiou".contains(*c)) {
                text.insert(0, f);
            }
            geminate = false;
        }
        syls.push(Syl {
            text,
            katakana,
            long: false,
        });
    }
    flush(&mut syls, out);
}

/// A kana followed by a small kana: yōon and the foreign-sound digraphs.
fn merge_small(prev: &str, small: &str) -> String {
    let last = prev.chars().last().unwrap_or('a');
    if let Some(v) = small.strip_prefix('y') {
        // きゃ kya, しゃ sha, ちゃ cha, じゃ ja; テュ tyu, フュ fyu.
        let stem = prev
            .strip_suffix('i')
            .or_else(|| prev.strip_suffix(last))
            .unwrap_or(prev);
        if stem.ends_with("sh") || stem.ends_with("ch") || stem.ends_with('j') {
            return format!("{stem}{v}");
        }
        return format!("{stem}{small}");
    }
    if small == "wa" || small == "ka" || small == "ke" {
        return format!("{prev}{small}");
    }
    if prev.len() == 1 {
        // A vowel kana: ウィ wi, イェ ye; the same vowel is a long vowel.
        return match (prev, small) {
            (p, s) if p == s => prev.to_string(),
            ("u", s) => format!("w{s}"),
            ("i", s) => format!("y{s}"),
            (p, s) => format!("{p}{s}"),
        };
    }
    let stem = match prev {
        "ku" => "kw",
        "gu" => "gw",
        _ => prev.strip_suffix(last).unwrap_or(prev),
    };
    format!("{stem}{small}")
}

fn write_word(syls: &[Syl], out: &mut String) {
    let mut word = String::new();
    for (i, s) in syls.iter().enumerate() {
        let next = syls.get(i + 1);
        let next_is_vowel = next.is_some_and(|n| n.text.starts_with(['a', 'e', 'i', 'o', 'u']));
        let epenthetic = s.katakana
            && !s.long
            && !next_is_vowel
            && s.text.len() >= 2
            && matches!(
                s.text.as_str(),
                "ku" | "su"
                    | "zu"
                    | "tsu"
                    | "fu"
                    | "bu"
                    | "pu"
                    | "mu"
                    | "ru"
                    | "gu"
                    | "to"
                    | "do"
                    | "kku"
                    | "ssu"
                    | "ttsu"
                    | "ffu"
                    | "bbu"
                    | "ppu"
                    | "ggu"
                    | "tto"
                    | "ddo"
            );
        // ッチ and シュ end foreign names with an epenthetic vowel too
        // (`-tch`, `-sch`); シュ before another consonant writes German
        // sch and the s of st, sp (`シュト` sht).
        let epenthetic = epenthetic
            || (s.katakana
                && !s.long
                && next.is_none()
                && matches!(s.text.as_str(), "tchi" | "shu" | "sshu"))
            || (s.katakana
                && !s.long
                && next.is_some_and(|n| !n.text.starts_with(['a', 'e', 'i', 'o', 'u', 'y', 'w']))
                && matches!(s.text.as_str(), "shu" | "sshu"));
        if epenthetic {
            word.push_str(&s.text[..s.text.len() - 1]);
            word.push('\'');
        } else {
            word.push_str(&s.text);
        }
        // Katakana `aー` stands for English ar, er, ir, ur and final -er
        // (non-rhotic /ɑː/, /ɜː/, /ə/): read it `ar`. Any other long
        // vowel is written doubled (`oo`: English or, oa, aw, ou; `ii`:
        // ee, ea, y), which the kana reading (`syllabic`) meets cheaply.
        if s.katakana && s.long {
            match s.text.chars().last() {
                Some('a') => word.push('r'),
                Some(v @ ('e' | 'i' | 'o' | 'u')) => word.push(v),
                _ => {}
            }
        }
    }
    if !syls.iter().any(|s| s.katakana) {
        word = shorten_long_vowels(&word);
    }
    out.push_str(&word);
}

/// `ou`, `oo`, `uu` before a consonant or the end: one vowel.
fn shorten_long_vowels(w: &str) -> String {
    let b = w.as_bytes();
    let mut out = String::with_capacity(w.len());
    let mut i = 0;
    while i < b.len() {
        let pair = b.get(i..i + 2);
        let after_is_vowel = b.get(i + 2).is_some_and(|c| b"aeiou".contains(c));
        if matches!(pair, Some(b"ou") | Some(b"oo") | Some(b"uu")) && !after_is_vowel {
            out.push(b[i] as char);
            i += 2;
        } else {
            out.push(b[i] as char);
            i += 1;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    fn ja(s: &str) -> String {
        crate::Normalizer::new().normalize(s)
    }

    #[test]
    fn hepburn_basics() {
        // Invented names.
        assert_eq!(ja("しちつふじ"), "shichitsufuji");
        assert_eq!(ja("きゃしゅちょじゃ"), "kyashuchoja");
        assert_eq!(ja("みんな"), "minna");
    }

    #[test]
    fn sokuon_and_long_vowels() {
        assert_eq!(ja("はった"), "hatta");
        assert_eq!(ja("まっちゃ"), "matcha");
        assert_eq!(ja("たかとう"), "takato");
        assert_eq!(ja("ゆうこ"), "yuko");
        assert_eq!(ja("いのうえ"), "inoue");
        assert_eq!(ja("かあな"), "kaana");
        assert_eq!(ja("コーナ"), "koona");
        assert_eq!(ja("ミーナ"), "miina");
    }

    #[test]
    fn foreign_name_digraphs() {
        assert_eq!(ja("ティナ"), "tina");
        assert_eq!(ja("ファミ"), "fami");
        assert_eq!(ja("ウィナ"), "wina");
        assert_eq!(ja("ヴァニ"), "vani");
        assert_eq!(ja("シェリ"), "sheri");
        assert_eq!(ja("ディノ"), "dino");
        assert_eq!(ja("イェナ"), "yena");
        assert_eq!(ja("テュナ"), "tyuna");
    }

    #[test]
    fn katakana_epenthetic_vowels_are_slots() {
        assert_eq!(ja("スミト"), "s'mit");
        assert_eq!(ja("ブラネル"), "b'raner");
        assert_eq!(ja("ドーナ"), "doona");
        assert_eq!(ja("カーナ"), "karna");
        assert_eq!(ja("ピッチ"), "pitch");
        assert_eq!(ja("ラシュ"), "rash");
        // シュ before a consonant: German sch, s before t and p.
        assert_eq!(ja("シュトロナ"), "sh't'rona");
        assert_eq!(ja("シュパネ"), "sh'pane");
        assert_eq!(ja("シュウナ"), "shuuna");
        assert_eq!(ja("トイナ"), "toina");
        // Hiragana keeps its vowels.
        assert_eq!(ja("すみと"), "sumito");
    }

    #[test]
    fn middle_dot_separates_words() {
        assert_eq!(ja("ナリ・カモ"), "nari kamo");
        // Half-width katakana arrive as full-width after NFKC.
        assert_eq!(ja("ｶﾅ"), "kana");
    }
}
