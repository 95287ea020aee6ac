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
//!
//! The rhymes of a vowel with a final have their BGN/PCGN (and MLC)
//! spellings: `ောင်` aung, `ောက်` auk, `ိုင်` aing, `ိုက်` aik, `ိန်` ein,
//! `ိတ်` eik, `ုန်` on, `ုတ်` ok, `ွန်` un, `ွတ်` ut, and the inherent vowel
//! raised before a velar or palatal final (Burmese, not Shan): `က်` et, `င်` in, `စ်` it, `ည်` i
//! (a final `မ်` keeps its m:
//! `ုမ်` om, as loans need it); `ချ` is ch.
//!
//! The letters the Myanmar Extended blocks add for Shan (and Mon, Karen) are
//! read with their values (`ၵ` k, `ၸ` ch, `ၼ` n, `ၽ` ph, `ၾ` f, `ႁ` h, `ဢ`
//! a silent carrier; the vowel signs `ႃ`/`ၢ` a, `ႄ` e, `ႆ` i; `ူဝ်` o); their
//! tone marks are dropped, and `သ` is s in a run with a Shan letter.

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
        0x1022 => Some(""),
        0x1050 | 0x1061 => Some("sh"),
        0x1051 => Some("s"),
        0x105A => Some("ng"),
        0x105B => Some("j"),
        0x105C | 0x105D | 0x107F => Some("b"),
        0x1065 | 0x1080 => Some("th"),
        0x1066 => Some("pw"),
        0x106E => Some("n"),
        0x106F => Some("y"),
        0x1070 => Some("gh"),
        0x1075 => Some("k"),
        0x1076 => Some("kh"),
        0x1077 => Some("g"),
        0x1078 => Some("ch"),
        0x1079 => Some("z"),
        0x107A => Some("ny"),
        0x107B => Some("d"),
        0x107C => Some("n"),
        0x107D => Some("ph"),
        0x107E | 0x108E => Some("f"),
        0x1081 => Some("h"),
        _ => None,
    }
}

use super::world::flush_syllables;

#[derive(Default)]
struct Syl {
    init: String,
    signs: Vec<char>,
    fin: String,
    /// An independent vowel letter: no inherent vowel.
    vowel_letter: bool,
    /// In a run read as Shan.
    shan: bool,
}

impl Syl {
    fn write(&self, out: &mut String) {
        let has = |c: char| self.signs.contains(&c);
        let aa = has('\u{102C}') || has('\u{102B}') || has('\u{1083}') || has('\u{1062}');
        let fin = self.fin.as_str();
        let stop = matches!(fin, "k" | "t" | "p");
        let nasal = matches!(fin, "n" | "m");
        let velar = matches!(fin, "n" | "ng" | "k");
        // The rhymes with their own spellings (BGN/PCGN, MLC).
        let rhyme = if has('\u{1031}') && aa && velar {
            Some(if fin == "k" { "auk" } else { "aung" })
        } else if has('\u{102D}') && has('\u{102F}') && velar {
            Some(if fin == "k" { "aik" } else { "aing" })
        } else if has('\u{102D}') && self.signs.len() == 1 && (nasal || stop) {
            // The nasal keeps its letter (ိမ် eim), as loans need it.
            Some(match fin {
                "n" => "ein",
                "m" => "eim",
                _ => "eik",
            })
        } else if has('\u{102F}') && self.signs.len() == 1 && (nasal || stop) {
            Some(match fin {
                "n" => "on",
                "m" => "om",
                _ => "ok",
            })
        } else if (has('\u{102F}') || has('\u{1030}')) && fin == "w" {
            // Shan ူဝ် o.
            Some("o")
        } else if self.signs.is_empty()
            && !self.vowel_letter
            && !self.shan
            && !self.init.ends_with('w')
            && matches!(fin, "k" | "ng" | "s" | "ny")
        {
            // The inherent vowel before a velar or palatal final is
            // raised (BGN/PCGN): `က်` et, `င်` in, `စ်` it, `ည်` i.
            Some(match fin {
                "k" => "et",
                "s" => "it",
                "ny" => "i",
                _ => "in",
            })
        } else if self.signs.is_empty()
            && self.init.ends_with('w')
            && (nasal || fin == "t" || fin == "p")
        {
            Some(match fin {
                "n" => "un",
                "m" => "um",
                _ => "ut",
            })
        } else {
            None
        };
        if let Some(r) = rhyme {
            let init = if self.signs.is_empty() {
                self.init.strip_suffix('w').unwrap_or(&self.init)
            } else {
                &self.init
            };
            out.push_str(init);
            out.push_str(r);
            if has('\u{1036}') {
                out.push('n');
            }
            return;
        }
        out.push_str(&self.init);
        let v = if has('\u{1031}') && aa {
            "aw"
        } else if has('\u{102D}') && has('\u{102F}') {
            "o"
        } else if has('\u{1031}') || has('\u{1032}') || has('\u{1084}') || has('\u{1085}') {
            "e"
        } else if aa {
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
        // Final င is n as often as ng (foreign -n).
        out.push_str(if fin == "ng" { "n" } else { fin });
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
    // Shan writes s with သ (Burmese th): a run with a Shan letter or
    // sign is read as Shan.
    let shan = run
        .iter()
        .any(|&c| matches!(c as u32, 0x1062 | 0x1075..=0x108F));
    let mut syls: Vec<Syl> = Vec::new();
    let mut first = true;
    let n = run.len();
    let mut i = 0;
    while i < n {
        let c = run[i];
        if let Some(t) = consonant(c) {
            let t = if shan && c == '\u{101E}' { "s" } else { t };
            let killed = matches!(run.get(i + 1), Some('\u{103A}' | '\u{1039}'));
            match syls.last_mut() {
                Some(s) if killed => {
                    s.fin.push_str(t);
                    i += 2;
                    continue;
                }
                _ => syls.push(Syl {
                    init: t.to_string(),
                    vowel_letter: (0x1023..=0x102A).contains(&(c as u32)),
                    shan,
                    ..Syl::default()
                }),
            }
            i += 1;
            continue;
        }
        match c {
            '\u{103B}' | '\u{103C}' => {
                if let Some(s) = syls.last_mut() {
                    // ချ is ch (BGN/PCGN); other letters take y (ကျ ky).
                    if s.init == "kh" {
                        s.init = "ch".to_string();
                    } else {
                        s.init.push('y');
                    }
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
            '\u{102B}'..='\u{1032}' | '\u{1036}' | '\u{1062}' | '\u{1083}'..='\u{1085}' => {
                if let Some(s) = syls.last_mut() {
                    s.signs.push(c);
                }
            }
            '\u{1082}' => {
                if let Some(s) = syls.last_mut() {
                    s.init.push('w');
                }
            }
            '\u{105E}' | '\u{105F}' | '\u{1060}' => {
                if let Some(s) = syls.last_mut() {
                    s.init.push(['n', 'm', 'l'][(c as u32 - 0x105E) as usize]);
                }
            }
            '\u{1086}' => {
                if let Some(s) = syls.last_mut() {
                    s.fin.push('i');
                }
            }
            // Tone marks and other signs.
            '\u{1037}'
            | '\u{1038}'
            | '\u{103A}'
            | '\u{1039}'
            | '\u{1052}'..='\u{1059}'
            | '\u{1063}'
            | '\u{1064}'
            | '\u{1067}'..='\u{106D}'
            | '\u{1071}'..='\u{1074}'
            | '\u{1087}'..='\u{108D}'
            | '\u{108F}'
            | '\u{109A}'..='\u{109D}' => {}
            '\u{1040}'..='\u{1049}' | '\u{1090}'..='\u{1099}' => {
                flush_syllables(&mut syls, out, &mut first, Syl::write);
                let zero = if (c as u32) < 0x1090 { 0x1040 } else { 0x1090 };
                out.push(char::from_u32(c as u32 - zero + '0' as u32).unwrap_or(' '));
            }
            _ => {
                flush_syllables(&mut syls, out, &mut first, Syl::write);
                out.push(' ');
                first = true;
            }
        }
        i += 1;
    }
    flush_syllables(&mut syls, out, &mut first, Syl::write);
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

    #[test]
    fn rhymes_of_a_vowel_and_a_final() {
        // Invented words.
        assert_eq!(my("တောင်"), "taung");
        assert_eq!(my("မောက်"), "mauk");
        assert_eq!(my("ပိုင်"), "paing");
        assert_eq!(my("လိန်"), "lein");
        assert_eq!(my("နိတ်"), "neik");
        assert_eq!(my("ဘုန်"), "bon");
        assert_eq!(my("ကုတ်"), "kok");
        assert_eq!(my("မွန်"), "mun");
        assert_eq!(my("လွတ်"), "lut");
        assert_eq!(my("ကွက်"), "kwak");
        assert_eq!(my("ဘုမ်"), "bom");
        assert_eq!(my("ချာ"), "cha");
        assert_eq!(my("ကျာ"), "kya");
    }

    #[test]
    fn the_inherent_vowel_is_raised_before_velar_and_palatal_finals() {
        // Invented words: a + k, ng, c, ny.
        assert_eq!(my("မက်"), "met");
        assert_eq!(my("လင်"), "lin");
        assert_eq!(my("ပစ်"), "pit");
        assert_eq!(my("နည်"), "ni");
        // Dental and labial finals keep a.
        assert_eq!(my("ကတ်"), "kat");
        assert_eq!(my("ဘမ်"), "bam");
        // Burmese phonology: Shan keeps a.
        assert_eq!(my("ၵၵ်"), "kak");
    }

    #[test]
    fn shan_letters() {
        // Invented words: ၵ k, ၼ n, ၽ ph, ႁ h, ႃ a, tone marks dropped.
        assert_eq!(my("ၵႃႇၼ"), "kana");
        assert_eq!(my("ၽႄႉ"), "phe");
        assert_eq!(my("ႁၢႆး"), "hai");
        assert_eq!(my("တူဝ်ႇ"), "to");
        assert_eq!(my("ဢႃၼ်"), "an");
        // သ is s in Shan, th in Burmese.
        assert_eq!(my("သႃႇ"), "sa");
        assert_eq!(my("သာ"), "tha");
    }
}
