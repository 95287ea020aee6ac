//! The Brahmic scripts of India to Latin: Devanagari, Bengali, Gurmukhi,
//! Gujarati, Oriya, Tamil, Telugu, Kannada and Malayalam; and Sinhala and
//! Chakma, whose letters are first mapped onto the same layout.
//!
//! Their Unicode blocks share one layout (ISCII): a letter sits at the same
//! offset from its block's start in each, so one table by offset reads all
//! of them, with a few letters per script on top. The reading is close to
//! ISO 15919 / Hunterian without diacritics, as names are spelled: long
//! vowels single (`ā` a, `ī` i), aspirates with `h`, `c` ch, `ś`/`ṣ` sh.
//!
//! - A consonant carries the inherent vowel `a` unless a vowel sign or the
//!   virama follows; the nukta shifts `k g j ḍ ḍh ph` to `q gh z r rh f`.
//! - Anusvara and candrabindu are n (m before a labial, ng before h);
//!   visarga h; Gurmukhi tippi n and addak doubles the next consonant.
//! - Schwa deletion (Hindi, Marathi, Nepali, Bengali, Punjabi, Gujarati): the
//!   inherent vowel of the last consonant is not pronounced unless a cluster
//!   precedes it or the word has one syllable (`राम` ram, `नरेन्द्र`
//!   narendra); a medial one between a vowel-final syllable and a consonant
//!   with a vowel is dropped (`V C a C V`, Ohala's rule) and written as the
//!   vowel slot `'` (see `world`), which meets spellings with and without it.
//! - Tamil: `த` th, `ச` s at word start else ch, `ழ` zh, `ற` r; plosives are
//!   voiced after a vowel or nasal (`k t ṭ p` → `g d d b`) as Tamil names
//!   are spelled. Malayalam chillu letters are final consonants.

/// Offsets of a block's start.
const DEVANAGARI: u32 = 0x0900;
const BENGALI: u32 = 0x0980;
const GURMUKHI: u32 = 0x0A00;
const GUJARATI: u32 = 0x0A80;
const TAMIL: u32 = 0x0B80;
const MALAYALAM: u32 = 0x0D00;
const SINHALA: u32 = 0x0D80;
pub(crate) const CHAKMA: u32 = 0x11100;

/// Chakma (U+11100..=U+1114F) as offsets of the same letters in the shared
/// layout, or 0x7F for anything else. Its consonants carry the inherent
/// vowel (ā, written a), `𑄳` and the invisible stacker `𑄴` are viramas.
fn chakma_offset(c: char) -> u32 {
    match c as u32 {
        u @ 0x11100..=0x11102 => u - 0x11100 + 0x01,
        0x11103 => 0x05,
        0x11104 => 0x07,
        0x11105 => 0x09,
        0x11106 => 0x0F,
        // KAA..DHAA, NAA, PAA..MAA.
        u @ 0x11107..=0x1111A => u - 0x11107 + 0x15,
        u @ 0x1111B..=0x1111F => u - 0x1111B + 0x2A,
        0x11120 | 0x11121 => 0x2F,
        0x11122 => 0x30,
        0x11123 | 0x11144 => 0x32,
        0x11124 | 0x11147 => 0x35,
        0x11125 => 0x38,
        0x11126 => 0x39,
        0x11127 | 0x11145 => 0x3E,
        0x11128 => 0x3F,
        0x11129 => 0x40,
        0x1112A => 0x41,
        0x1112B => 0x42,
        0x1112C => 0x47,
        0x1112D | 0x11130 | 0x11146 => 0x48,
        0x1112E | 0x11131 => 0x4B,
        0x1112F | 0x11132 => 0x4C,
        0x11133 | 0x11134 => 0x4D,
        u @ 0x11136..=0x1113F => u - 0x11136 + 0x66,
        _ => 0x7F,
    }
}

/// Sinhala has its own layout: its letters as the offset of the same
/// letter in the shared layout (prenasalised stops and `ෆ` at free offsets
/// 0x78..), or 0x7F for anything else.
fn sinhala_offset(c: char) -> u32 {
    match c as u32 {
        0x0D82 => 0x02,
        0x0D83 => 0x03,
        0x0D85 => 0x05,
        0x0D86 => 0x06,
        0x0D87 | 0x0D88 | 0x0D91 => 0x0E,
        0x0D89 => 0x07,
        0x0D8A => 0x08,
        0x0D8B => 0x09,
        0x0D8C => 0x0A,
        0x0D8D => 0x0B,
        0x0D8E => 0x60,
        0x0D8F => 0x0C,
        0x0D90 => 0x61,
        0x0D92 => 0x0F,
        0x0D93 => 0x10,
        0x0D94 => 0x12,
        0x0D95 => 0x13,
        0x0D96 => 0x14,
        u @ 0x0D9A..=0x0D9E => u - 0x0D9A + 0x15,
        0x0D9F => 0x78,
        u @ 0x0DA0..=0x0DA4 => u - 0x0DA0 + 0x1A,
        0x0DA5 => 0x79,
        0x0DA6 => 0x7A,
        u @ 0x0DA7..=0x0DAB => u - 0x0DA7 + 0x1F,
        0x0DAC | 0x0DB3 => 0x7B,
        u @ 0x0DAD..=0x0DB1 => u - 0x0DAD + 0x24,
        u @ 0x0DB4..=0x0DB8 => u - 0x0DB4 + 0x2A,
        0x0DB9 => 0x7C,
        0x0DBA => 0x2F,
        0x0DBB => 0x30,
        0x0DBD => 0x32,
        0x0DC0 => 0x35,
        0x0DC1 => 0x36,
        0x0DC2 => 0x37,
        0x0DC3 => 0x38,
        0x0DC4 => 0x39,
        0x0DC5 => 0x33,
        0x0DC6 => 0x7D,
        0x0DCA => 0x4D,
        0x0DCF => 0x3E,
        0x0DD0 | 0x0DD1 | 0x0DD9 => 0x46,
        0x0DD2 => 0x3F,
        0x0DD3 => 0x40,
        0x0DD4 => 0x41,
        0x0DD6 => 0x42,
        0x0DD8 => 0x43,
        0x0DF2 => 0x44,
        0x0DDA => 0x47,
        0x0DDB => 0x48,
        0x0DDC => 0x4A,
        0x0DDD => 0x4B,
        0x0DDE => 0x4C,
        0x0DDF => 0x62,
        0x0DF3 => 0x63,
        u @ 0x0DE6..=0x0DEF => u - 0x0DE6 + 0x66,
        _ => 0x7F,
    }
}

/// Consonants at offsets 0x15..=0x39.
const CONS: [&str; 37] = [
    "k", "kh", "g", "gh", "n", "ch", "chh", "j", "jh", "n", "t", "th", "d", "dh", "n", "t", "th",
    "d", "dh", "n", "n", "p", "ph", "b", "bh", "m", "y", "r", "r", "l", "l", "zh", "v", "sh", "sh",
    "s", "h",
];

#[derive(Clone, Debug)]
enum Item {
    /// A consonant: its reading, its offset, the vowel sign after it (None:
    /// inherent), whether a virama follows.
    Cons {
        text: String,
        off: u32,
        vowel: Option<&'static str>,
        virama: bool,
        double: bool,
    },
    Vowel(&'static str),
    /// Anusvara / candrabindu / tippi.
    Nasal,
    Visarga,
}

/// The independent vowel or vowel sign at `off`, if it is one.
fn vowel(off: u32, sign: bool) -> Option<&'static str> {
    let v = match (off, sign) {
        (0x04..=0x05, false) => "a",
        (0x06, false) | (0x3E, true) => "a",
        (0x07, false) | (0x3F, true) => "i",
        (0x08, false) | (0x40, true) => "i",
        (0x09, false) | (0x41, true) => "u",
        (0x0A, false) | (0x42, true) => "u",
        (0x0B, false) | (0x43, true) | (0x60, false) | (0x44, true) => "ri",
        (0x0C, false) | (0x61, false) | (0x62, true) | (0x63, true) => "li",
        (0x0D..=0x0F, false) | (0x45..=0x47, true) | (0x4E, true) => "e",
        (0x10, false) | (0x48, true) => "ai",
        (0x11..=0x13, false) | (0x49..=0x4B, true) | (0x3A..=0x3B, true) => "o",
        (0x14, false) | (0x4C, true) | (0x4F, true) => "au",
        (0x72, false) => "e",
        (0x73..=0x74, false) => "o",
        (0x75..=0x77, false) => "u",
        _ => return None,
    };
    Some(v)
}

/// The consonant at `off` in the block at `base`, if it is one.
fn consonant(base: u32, off: u32) -> Option<&'static str> {
    let s = match (base, off) {
        (TAMIL, 0x24) => "th",
        (TAMIL, 0x1A) => "ch",
        (BENGALI, 0x2F) => "y",
        (_, 0x15..=0x39) => CONS[(off - 0x15) as usize],
        (DEVANAGARI, 0x58..=0x5F) => {
            ["q", "kh", "gh", "z", "r", "rh", "f", "y"][(off - 0x58) as usize]
        }
        (BENGALI, 0x5C) => "r",
        (BENGALI, 0x5D) => "rh",
        (BENGALI, 0x5F) => "y",
        (GURMUKHI, 0x59..=0x5E) => ["kh", "gh", "z", "r", "", "f"][(off - 0x59) as usize],
        (GURMUKHI, 0x75) => "y",
        (BENGALI, 0x70) => "r",
        (BENGALI, 0x71) => "w",
        (0x0B00, 0x5C) => "r",
        (0x0B00, 0x5D) => "rh",
        (0x0B00, 0x5F) => "y",
        (0x0B00, 0x71) => "w",
        (SINHALA, 0x78) => "ng",
        (SINHALA, 0x79) => "gn",
        (SINHALA, 0x7A) => "nj",
        (SINHALA, 0x7B) => "nd",
        (SINHALA, 0x7C) => "mb",
        (SINHALA, 0x7D) => "f",
        _ => return None,
    };
    Some(s)
}

/// Malayalam chillu letters and Bengali khanda ta: consonants without a vowel.
fn dead_consonant(base: u32, off: u32) -> Option<&'static str> {
    match (base, off) {
        (MALAYALAM, 0x7A..=0x7F) => Some(["n", "n", "r", "l", "l", "k"][(off - 0x7A) as usize]),
        (MALAYALAM, 0x54) => Some("m"),
        (MALAYALAM, 0x55) => Some("y"),
        (MALAYALAM, 0x56) => Some("zh"),
        (BENGALI, 0x4E) => Some("t"),
        _ => None,
    }
}

/// Nukta on a consonant reading.
fn nukta(text: &str) -> String {
    match text {
        "k" => "q",
        "g" => "gh",
        "j" => "z",
        "d" => "r",
        "dh" => "rh",
        "ph" => "f",
        other => other,
    }
    .to_string()
}

/// Appends the reading of a run of chars of the block at `base`.
pub(crate) fn romanize(base: u32, run: &[char], out: &mut String) {
    let mut items: Vec<Item> = Vec::new();
    let mut first = true;
    let mut pending_double = false;
    let flush = |items: &mut Vec<Item>, out: &mut String, first: &mut bool| {
        if !items.is_empty() {
            if !*first {
                out.push(' ');
            }
            write_word(base, items, out);
            *first = false;
            items.clear();
        }
    };
    for &c in run {
        let off = if base == SINHALA {
            sinhala_offset(c)
        } else if base == CHAKMA {
            chakma_offset(c)
        } else {
            c as u32 - base
        };
        if let Some(t) = consonant(base, off) {
            let double = std::mem::take(&mut pending_double);
            items.push(Item::Cons {
                text: t.to_string(),
                off,
                vowel: None,
                virama: false,
                double,
            });
        } else if let Some(t) = dead_consonant(base, off) {
            items.push(Item::Cons {
                text: t.to_string(),
                off,
                vowel: None,
                virama: true,
                double: false,
            });
        } else if let Some(v) =
            vowel(off, true).filter(|_| matches!(items.last(), Some(Item::Cons { .. })))
        {
            if let Some(Item::Cons { vowel, .. }) = items.last_mut() {
                *vowel = Some(v);
            }
        } else if let Some(v) = vowel(off, false) {
            items.push(Item::Vowel(v));
        } else {
            match off {
                0x4D => {
                    if let Some(Item::Cons { virama, .. }) = items.last_mut() {
                        *virama = true;
                    }
                }
                0x3C => {
                    if let Some(Item::Cons { text, .. }) = items.last_mut() {
                        *text = nukta(text);
                    }
                }
                0x00..=0x02 => items.push(Item::Nasal),
                0x70 if base == GURMUKHI => items.push(Item::Nasal),
                0x71 if base == GURMUKHI => pending_double = true,
                0x72 | 0x73 if base == GURMUKHI => items.push(Item::Vowel("")),
                0x03 => items.push(Item::Visarga),
                // Vowel signs without a consonant, length marks, accents,
                // avagraha: nothing.
                0x3A..=0x57 | 0x62..=0x63 => {}
                _ => {
                    flush(&mut items, out, &mut first);
                    if let Some(d) = (0x66..=0x6F)
                        .contains(&off)
                        .then(|| char::from_u32('0' as u32 + off - 0x66))
                        .flatten()
                    {
                        out.push(d);
                    } else {
                        out.push(' ');
                        first = true;
                    }
                }
            }
        }
    }
    flush(&mut items, out, &mut first);
}

fn deletes_schwa(base: u32) -> bool {
    matches!(base, DEVANAGARI | BENGALI | GURMUKHI | GUJARATI)
}

/// Whether item `i` ends in a vowel when read (before deletion decisions
/// to its right).
fn write_word(base: u32, items: &[Item], out: &mut String) {
    let n = items.len();
    // The vowel each item is read with ("" = none, "'" = a dropped schwa).
    let mut vowels: Vec<&'static str> = items
        .iter()
        .map(|it| match it {
            Item::Cons {
                vowel: Some(v),
                virama: false,
                ..
            } => v,
            Item::Cons {
                vowel: None,
                virama: false,
                ..
            } => "a",
            Item::Cons { .. } => "",
            Item::Vowel(v) => v,
            _ => "",
        })
        .collect();
    let is_inherent = |i: usize| {
        matches!(
            items[i],
            Item::Cons {
                vowel: None,
                virama: false,
                ..
            }
        )
    };
    let after_cluster = |i: usize| i > 0 && matches!(items[i - 1], Item::Cons { virama: true, .. });
    if deletes_schwa(base) {
        let syllables = vowels.iter().filter(|v| !v.is_empty()).count();
        // The last consonant (a nasal sign may follow it).
        let last_cons = (0..n)
            .rev()
            .find(|&i| !matches!(items[i], Item::Nasal | Item::Visarga));
        if let Some(l) = last_cons {
            if is_inherent(l) && syllables > 1 && !after_cluster(l) {
                vowels[l] = "";
            }
        }
        for i in 1..n {
            let next_has_vowel = |j: usize| {
                j < n
                    && matches!(items[j], Item::Cons { virama: false, .. })
                    && !vowels[j].is_empty()
            };
            let prev_vowel_final = !vowels[i - 1].is_empty()
                && vowels[i - 1] != "'"
                && !matches!(items[i - 1], Item::Nasal | Item::Visarga);
            if is_inherent(i)
                && !after_cluster(i)
                && prev_vowel_final
                && next_has_vowel(i + 1)
                && vowels[i] == "a"
                && i + 1 < n
            {
                vowels[i] = "'";
            }
        }
    }
    for (i, it) in items.iter().enumerate() {
        match it {
            Item::Cons {
                text,
                off,
                double,
                virama,
                ..
            } => {
                let prev_open = i > 0 && !vowels[i - 1].is_empty()
                    || matches!(items.get(i.wrapping_sub(1)), Some(Item::Nasal));
                let geminate = i > 0
                    && matches!(&items[i - 1], Item::Cons { virama: true, off: o, .. } if o == off);
                let t: &str = if base == TAMIL && !geminate && !virama && i > 0 {
                    let after_nasal = matches!(
                        &items[i - 1],
                        Item::Cons {
                            off: 0x19 | 0x1E | 0x23 | 0x28 | 0x29 | 0x2E,
                            virama: true,
                            ..
                        }
                    );
                    match (*off, prev_open || after_nasal) {
                        (0x15, true) => "g",
                        (0x1F, true) => "d",
                        (0x24, true) if !after_nasal => "d",
                        (0x2A, true) => "b",
                        _ => text,
                    }
                } else if base == TAMIL && i == 0 && *off == 0x1A {
                    "s"
                } else {
                    text
                };
                if *double {
                    out.push_str(&t[..1]);
                }
                out.push_str(t);
                out.push_str(vowels[i]);
            }
            Item::Vowel(v) => out.push_str(v),
            Item::Nasal => {
                let next = items.get(i + 1);
                let s = match next {
                    Some(Item::Cons {
                        off: 0x2A..=0x2E, ..
                    }) => "m",
                    Some(Item::Cons { off: 0x39, .. }) => "ng",
                    _ => "n",
                };
                out.push_str(s);
            }
            Item::Visarga => out.push('h'),
        }
    }
}

#[cfg(test)]
mod tests {
    fn hi(s: &str) -> String {
        crate::Normalizer::new().normalize(s)
    }

    #[test]
    fn inherent_vowel_and_final_schwa() {
        // Invented words.
        assert_eq!(hi("कमन"), "kaman");
        assert_eq!(hi("न"), "na");
        assert_eq!(hi("कलिन्द्र"), "kalindra");
        assert_eq!(hi("तारेश"), "taresh");
    }

    #[test]
    fn medial_schwa_deletion() {
        // V C a C V: the middle a is dropped (and left as a slot).
        assert_eq!(hi("कपला"), "kap'la");
        assert_eq!(hi("सरिता"), "sarita");
    }

    #[test]
    fn nukta_anusvara_visarga() {
        assert_eq!(hi("क़ाफ़"), "qaf");
        assert_eq!(hi("\u{0915}\u{093C}\u{093E}\u{092B}\u{093C}"), "qaf");
        assert_eq!(hi("संभा"), "sambha");
        assert_eq!(hi("पिंह"), "pingh");
        assert_eq!(hi("कंठ"), "kanth");
        assert_eq!(hi("पुःख"), "puhkh");
    }

    #[test]
    fn same_layout_other_blocks() {
        // The same invented word in several scripts.
        assert_eq!(hi("কপলা"), "kap'la"); // Bengali
        assert_eq!(hi("ਕਪਲਾ"), "kap'la"); // Gurmukhi
        assert_eq!(hi("કપલા"), "kap'la"); // Gujarati
        assert_eq!(hi("కపలా"), "kapala"); // Telugu: no schwa deletion
        assert_eq!(hi("ಕಪಲಾ"), "kapala"); // Kannada
        assert_eq!(hi("കപലാ"), "kapala"); // Malayalam
    }

    #[test]
    fn tamil_conventions() {
        assert_eq!(hi("சிருகன்"), "sirugan");
        assert_eq!(hi("பெந்தில்"), "penthil");
        assert_eq!(hi("கதுரை"), "kadurai");
        assert_eq!(hi("அப்பா"), "appa");
    }

    #[test]
    fn sinhala_through_the_shared_layout() {
        // Invented words.
        assert_eq!(hi("කපලා"), "kapala");
        assert_eq!(hi("සොපියා"), "sopiya");
        assert_eq!(hi("මන්කො"), "manko");
        assert_eq!(hi("ලංකො"), "lanko");
    }

    #[test]
    fn chakma_through_the_shared_layout() {
        // Invented words: 𑄇 k, 𑄛 p, 𑄣 l, 𑄟 m, 𑄚 n, 𑄥 s; vowel signs
        // 𑄨 i, 𑄪 u, 𑄬 e; 𑄴 and 𑄳 viramas.
        assert_eq!(hi("𑄇𑄛𑄣"), "kapala");
        assert_eq!(hi("𑄥𑄨𑄟𑄪"), "simu");
        assert_eq!(hi("𑄇𑄚𑄴"), "kan");
        assert_eq!(hi("𑄟𑄚𑄳𑄖𑄬"), "mante");
        assert_eq!(hi("𑄃𑄟𑄂"), "amah");
    }

    #[test]
    fn malayalam_chillu() {
        assert_eq!(hi("കപൽ"), "kapal");
    }
}
