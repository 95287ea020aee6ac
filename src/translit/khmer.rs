//! Khmer script to Latin, close to the UNGEGN / BGN-PCGN romanisation of
//! Cambodian names without its diacritics.
//!
//! - Each consonant belongs to the a-series or the o-series; the series of
//!   a syllable picks the reading of its vowel: the inherent vowel is a
//!   (a-series) or o (o-series), `ា` a or ea, `ី` ei or i, `ោ` ao or ou.
//!   A subscript (after `្`, coeng) of the o-series that is not a sonorant
//!   makes the syllable o-series (`ស្ពា` spea); `៉` and `៊` switch it.
//! - A bare consonant (no vowel sign, no subscript) after a syllable is its
//!   final consonant (`ចាម` cham), read as it sounds (`ប` p, `ដ` t); `់`
//!   marks one; `៍` silences its letter.
//! - `ំ` is m (`am`/`om` after the inherent vowel; nothing before a final
//!   `ង`: `ាំង` ang), `ះ` h, `៌` r; `អ` is a silent vowel carrier.
//! - Loan sounds: `ហ្គ` g, `ហ្ស` z, `ហ្វ` f (a-series, as `ហ`), `ប៉` p.
//! - `ទីក្រុង` (city) before a place name is dropped, as a title is.

/// (reading, o-series) of the consonants U+1780..=U+17A2.
const CONS: [(&str, bool); 35] = [
    ("k", false),
    ("kh", false),
    ("k", true),
    ("kh", true),
    ("ng", true),
    ("ch", false),
    ("chh", false),
    ("ch", true),
    ("chh", true),
    ("nh", true),
    ("d", false),
    ("th", false),
    ("d", true),
    ("th", true),
    ("n", false),
    ("t", false),
    ("th", false),
    ("t", true),
    ("th", true),
    ("n", true),
    ("b", false),
    ("ph", false),
    ("p", true),
    ("ph", true),
    ("m", true),
    ("y", true),
    ("r", true),
    ("l", true),
    ("v", true),
    ("sh", false),
    ("ss", false),
    ("s", false),
    ("h", false),
    ("l", false),
    ("", false),
];

fn consonant(c: char) -> Option<(&'static str, bool)> {
    match c as u32 {
        u @ 0x1780..=0x17A2 => Some(CONS[(u - 0x1780) as usize]),
        _ => None,
    }
}

/// The reading of a final consonant (as it sounds).
fn final_reading(init: &'static str) -> &'static str {
    match init {
        "b" | "ph" => "p",
        "d" | "th" => "t",
        "kh" => "k",
        "chh" => "ch",
        other => other,
    }
}

/// The sonorants (ង ញ ន ម យ រ ល វ): as a subscript they keep the series of
/// the consonant above them.
fn is_sonorant(c: char) -> bool {
    matches!(
        c,
        '\u{1784}'
            | '\u{1789}'
            | '\u{1793}'
            | '\u{1798}'
            | '\u{1799}'
            | '\u{179A}'
            | '\u{179B}'
            | '\u{179C}'
    )
}

/// (a-series, o-series) readings of the vowel signs U+17B6..=U+17C5.
const SIGNS: [(&str, &str); 16] = [
    ("a", "ea"),
    ("e", "i"),
    ("ei", "i"),
    ("eu", "ue"),
    ("eu", "eu"),
    ("o", "u"),
    ("ou", "u"),
    ("uo", "uo"),
    ("aeu", "eu"),
    ("oea", "oea"),
    ("ie", "ie"),
    ("e", "e"),
    ("ae", "ae"),
    ("ai", "ey"),
    ("ao", "ou"),
    ("au", "ov"),
];

/// Independent vowels U+17A3..=U+17B3.
const INDEPENDENT: [&str; 17] = [
    "a", "a", "e", "ei", "o", "ou", "ou", "ov", "rue", "rue", "lue", "lue", "ae", "ai", "ao", "ao",
    "au",
];

use super::world::flush_syllables;

#[derive(Default)]
struct Syl {
    init: String,
    o_series: bool,
    /// Vowel sign U+17B6..=U+17C5, or the text of an independent vowel.
    sign: Option<char>,
    independent: Option<&'static str>,
    nasal: bool,
    h: bool,
    fin: String,
    /// Has a subscript, vowel sign or other mark: cannot be a final.
    marked: bool,
}

impl Syl {
    fn write(&self, out: &mut String) {
        out.push_str(&self.init);
        if let Some(v) = self.independent {
            out.push_str(v);
        } else if let Some(s) = self.sign {
            let (a, o) = SIGNS[(s as u32 - 0x17B6) as usize];
            out.push_str(if self.o_series { o } else { a });
        } else {
            out.push(if self.o_series { 'o' } else { 'a' });
        }
        if self.nasal && self.fin != "ng" {
            out.push('m');
        }
        if self.h {
            out.push('h');
        }
        out.push_str(&self.fin);
    }
}

/// Appends the reading of a run of Khmer chars.
pub(crate) fn romanize(run: &[char], out: &mut String) {
    // ទីក្រុង (city) before a place name.
    const CITY: [char; 7] = [
        '\u{1791}', '\u{17B8}', '\u{1780}', '\u{17D2}', '\u{179A}', '\u{17BB}', '\u{1784}',
    ];
    let run = match run.strip_prefix(&CITY[..]) {
        Some(rest) if rest.first().is_some_and(|&c| consonant(c).is_some()) => rest,
        _ => run,
    };
    let mut syls: Vec<Syl> = Vec::new();
    let mut first = true;
    let n = run.len();
    let mut i = 0;
    while i < n {
        let c = run[i];
        if let Some((t, o)) = consonant(c) {
            // A bare consonant after a syllable without a final closes it.
            let next = run.get(i + 1).copied();
            let bare = !matches!(
                next,
                Some('\u{17B6}'..='\u{17D1}' | '\u{17D2}' | '\u{17DD}')
            ) || next == Some('\u{17CB}');
            let silent = next == Some('\u{17CD}');
            if silent {
                i += 2;
                continue;
            }
            match syls.last_mut() {
                Some(s) if bare && s.fin.is_empty() && !t.is_empty() => {
                    s.fin.push_str(final_reading(t));
                    if next == Some('\u{17CB}') {
                        i += 1;
                    }
                }
                _ => syls.push(Syl {
                    init: t.to_string(),
                    o_series: o,
                    ..Syl::default()
                }),
            }
            i += 1;
            continue;
        }
        match c {
            '\u{17D2}' => {
                // Coeng: the next consonant is a subscript of this syllable.
                if let (Some(s), Some((t, o))) =
                    (syls.last_mut(), run.get(i + 1).and_then(|&x| consonant(x)))
                {
                    // ហ above a stop or fricative writes a loan sound
                    // (and keeps the a-series of ហ).
                    let loan = match (s.init.as_str(), run[i + 1]) {
                        ("h", '\u{1782}') => Some("g"),
                        ("h", '\u{179F}') => Some("z"),
                        ("h", '\u{179C}') => Some("f"),
                        _ => None,
                    };
                    match loan {
                        Some(l) => s.init = l.to_string(),
                        None => {
                            s.init.push_str(t);
                            if o && !is_sonorant(run[i + 1]) {
                                s.o_series = true;
                            }
                        }
                    }
                    s.marked = true;
                    i += 2;
                    continue;
                }
            }
            '\u{17A3}'..='\u{17B3}' => syls.push(Syl {
                independent: Some(INDEPENDENT[(c as u32 - 0x17A3) as usize]),
                marked: true,
                ..Syl::default()
            }),
            '\u{17B6}'..='\u{17C5}' => {
                if let Some(s) = syls.last_mut() {
                    if s.sign.is_none() {
                        s.sign = Some(c);
                    }
                    s.marked = true;
                }
            }
            '\u{17C6}' => {
                if let Some(s) = syls.last_mut() {
                    s.nasal = true;
                }
            }
            '\u{17C7}' => {
                if let Some(s) = syls.last_mut() {
                    s.h = true;
                }
            }
            '\u{17C9}' => {
                if let Some(s) = syls.last_mut() {
                    s.o_series = false;
                    if s.init == "b" {
                        s.init = "p".to_string();
                    }
                }
            }
            '\u{17CA}' => {
                if let Some(s) = syls.last_mut() {
                    s.o_series = true;
                }
            }
            '\u{17CC}' => {
                if let Some(s) = syls.last_mut() {
                    s.fin.push('r');
                }
            }
            // Other signs (bantoc, the inherent-vowel signs, accents): nothing.
            '\u{17B4}'
            | '\u{17B5}'
            | '\u{17C8}'
            | '\u{17CB}'
            | '\u{17CD}'..='\u{17D1}'
            | '\u{17D3}'
            | '\u{17DD}' => {}
            '\u{17E0}'..='\u{17E9}' => {
                flush_syllables(&mut syls, out, &mut first, Syl::write);
                out.push(char::from_u32(c as u32 - 0x17E0 + '0' as u32).unwrap_or(' '));
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
    fn km(s: &str) -> String {
        crate::Normalizer::new().normalize(s)
    }

    #[test]
    fn series_pick_the_vowel() {
        // Invented words: the same vowel after an a- and an o-series letter.
        assert_eq!(km("កា"), "ka");
        assert_eq!(km("គា"), "kea");
        assert_eq!(km("សី"), "sei");
        assert_eq!(km("ទី"), "ti");
        assert_eq!(km("កោ"), "kao");
        assert_eq!(km("មោ"), "mou");
        // The inherent vowel.
        assert_eq!(km("ក"), "ka");
        assert_eq!(km("ម"), "mo");
    }

    #[test]
    fn finals_and_subscripts() {
        assert_eq!(km("ចាម"), "cham");
        assert_eq!(km("តាប"), "tap");
        assert_eq!(km("ពង់"), "pong");
        // A non-sonorant o-series subscript makes the syllable o-series.
        assert_eq!(km("ស្ពាន"), "spean");
        // A sonorant subscript keeps the series of the letter above.
        assert_eq!(km("ស្រី"), "srei");
        assert_eq!(km("ក្រុង"), "krong");
        assert_eq!(km("កម្ពុ"), "kampu");
    }

    #[test]
    fn nikahit_reahmuk_and_carrier() {
        assert_eq!(km("កំ"), "kam");
        assert_eq!(km("ភ្នំ"), "phnom");
        assert_eq!(km("កះ"), "kah");
        assert_eq!(km("អា"), "a");
        assert_eq!(km("ឥត"), "et");
        assert_eq!(km("ចាំង"), "chang");
    }

    #[test]
    fn loan_sounds_and_the_city_word() {
        // Invented words.
        assert_eq!(km("ហ្គាតា"), "gata");
        assert_eq!(km("ហ្សូណា"), "zouna");
        assert_eq!(km("ហ្វាម"), "fam");
        assert_eq!(km("ប៉ាន"), "pan");
        assert_eq!(km("ទីក្រុងកាណា"), "kana");
        // Alone, the word is kept.
        assert_eq!(km("ទីក្រុង"), "tikrong");
    }
}
