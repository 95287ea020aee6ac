//! Myanmar (Burmese) script to Latin, close to the common (MLC-like)
//! spelling of Burmese names and places.
//!
//! A syllable is an initial consonant (`အ` a silent carrier) with its
//! medials (`ျ`/`ြ` y, `ွ` w, `ှ` an h before), vowel signs (none: the
//! inherent a; `ေ` e, `ော` aw, `ို` o, …), and a final consonant that carries
//! `်` (asat) or `္` (stacked before the next letter), read with its plain
//! value (`င` n, as foreign names use it). `ရ` is r (its ISO value, which
//! foreign names keep), `ရှ` sh. `ံ` is n; the tone marks `့` `း` are
//! dropped, and so is `မြို့` (town) after a place name.

/// Consonants U+1000..=U+1021.
const CONS: [&str; 34] = [
    "k", "kh", "g", "g", "ng", "s", "hs", "z", "z", "ny", "ny", "t", "ht", "d", "d", "n", "t",
    "ht", "d", "d", "n", "p", "hp", "b", "b", "m", "y", "r", "l", "w", "th", "h", "l", "",
];

fn consonant(c: char) -> Option<&'static str> {
    match c as u32 {
        u @ 0x1000..=0x1021 => Some(CONS[(u - 0x1000) as usize]),
        0x103F => Some("ss"),
        0x1023 | 0x1024 => Some("i"),
        0x1025 | 0x1026 => Some("u"),
        0x1027 => Some("e"),
        0x1029 | 0x102A => Some("aw"),
        _ => None,
    }
}

#[derive(Default)]
struct Syl {
    init: String,
    signs: Vec<char>,
    fin: String,
    /// An independent vowel letter: no inherent vowel.
    vowel_letter: bool,
}

impl Syl {
    fn write(&self, out: &mut String) {
        out.push_str(&self.init);
        let has = |c: char| self.signs.contains(&c);
        let v = if has('\u{1031}') && (has('\u{102C}') || has('\u{102B}')) {
            "aw"
        } else if has('\u{102D}') && has('\u{102F}') {
            "o"
        } else if has('\u{1031}') || has('\u{1032}') {
            "e"
        } else if has('\u{102C}') || has('\u{102B}') {
            "a"
        } else if has('\u{102D}') || has('\u{102E}') {
            "i"
        } else if has('\u{102F}') || has('\u{1030}') {
            "u"
        } else if self.vowel_letter {
            ""
        } else {
            "a"
        };
        out.push_str(v);
        if has('\u{1036}') {
            out.push('n');
        }
        out.push_str(&self.fin);
    }
}

/// Appends the reading of a run of Myanmar.
pub(crate) fn romanize(run: &[char], out: &mut String) {
    // The word မြို့ (town, city) after a place name is dropped, as a
    // title is.
    const MYO: [char; 5] = ['\u{1019}', '\u{103C}', '\u{102D}', '\u{102F}', '\u{1037}'];
    let run = match run.len().checked_sub(MYO.len()) {
        Some(k) if k > 0 && run[k..] == MYO => &run[..k],
        _ => run,
    };
    let mut syls: Vec<Syl> = Vec::new();
    let mut first = true;
    let flush = |syls: &mut Vec<Syl>, out: &mut String, first: &mut bool| {
        if !syls.is_empty() {
            if !*first {
                out.push(' ');
            }
            for s in syls.iter() {
                s.write(out);
            }
            *first = false;
            syls.clear();
        }
    };
    let n = run.len();
    let mut i = 0;
    while i < n {
        let c = run[i];
        if let Some(t) = consonant(c) {
            let killed = matches!(run.get(i + 1), Some('\u{103A}' | '\u{1039}'));
            match syls.last_mut() {
                Some(s) if killed => {
                    // Final င writes n as often as ng (foreign -n).
                    s.fin.push_str(if t == "ng" { "n" } else { t });
                    i += 2;
                    continue;
                }
                _ => syls.push(Syl {
                    init: t.to_string(),
                    vowel_letter: (0x1023..=0x102A).contains(&(c as u32)),
                    ..Syl::default()
                }),
            }
            i += 1;
            continue;
        }
        match c {
            '\u{103B}' | '\u{103C}' => {
                if let Some(s) = syls.last_mut() {
                    s.init.push('y');
                }
            }
            '\u{103D}' => {
                if let Some(s) = syls.last_mut() {
                    s.init.push('w');
                }
            }
            '\u{103E}' => {
                if let Some(s) = syls.last_mut() {
                    // ရှ and ယှ are sh; other letters are voiceless: hm, hn, hl.
                    if s.init == "r" || s.init == "y" {
                        s.init = "sh".to_string();
                    } else {
                        s.init.insert(0, 'h');
                    }
                }
            }
            '\u{102B}'..='\u{1032}' | '\u{1036}' => {
                if let Some(s) = syls.last_mut() {
                    s.signs.push(c);
                }
            }
            '\u{1037}' | '\u{1038}' | '\u{103A}' | '\u{1039}' => {}
            '\u{1040}'..='\u{1049}' => {
                flush(&mut syls, out, &mut first);
                out.push(char::from_u32(c as u32 - 0x1040 + '0' as u32).unwrap_or(' '));
            }
            _ => {
                flush(&mut syls, out, &mut first);
                out.push(' ');
                first = true;
            }
        }
        i += 1;
    }
    flush(&mut syls, out, &mut first);
}

#[cfg(test)]
mod tests {
    fn my(s: &str) -> String {
        crate::Normalizer::new().normalize(s)
    }

    #[test]
    fn syllables() {
        // Invented words.
        assert_eq!(my("ကမာ"), "kama");
        assert_eq!(my("မေ"), "me");
        assert_eq!(my("တော"), "taw");
        assert_eq!(my("ကို"), "ko");
    }

    #[test]
    fn finals_medials_and_tones() {
        assert_eq!(my("ကန်"), "kan");
        assert_eq!(my("ပြန်"), "pyan");
        assert_eq!(my("မန္တ"), "manta");
        assert_eq!(my("ကား"), "ka");
        assert_eq!(my("အာလန်"), "alan");
        assert_eq!(my("ရှာ"), "sha");
        assert_eq!(my("မှာ"), "hma");
        assert_eq!(my("ကာင်"), "kan");
        assert_eq!(my("ကာမြို့"), "ka");
    }
}
