//! N'Ko script to Latin, with the letters of the Latin orthography of the
//! Manding languages (Mali, Guinea) as the KNAB 2012 romanisation of N'Ko
//! spells them: vowels `ߊ` a, `ߋ` e, `ߌ` i, `ߍ` ɛ (e), `ߎ` u, `ߏ` o, `ߐ` ɔ (o);
//! `ߒ` n, `ߖ` j, `ߗ` c, `ߜ` gb, `ߢ` ny, `ߚ` rr (r); the nasal letters after a
//! nasal (`ߠ` n, `ߧ` ny).
//!
//! Marks: the dot below `߲` nasalises the vowel (n); the tone marks are
//! silent, but the same marks on a consonant make the letters of foreign
//! sounds: a dot above (`߭`) `ߜ߭` g, `ߝ߭` v, `ߖ߭` z, `ߗ߭` zh, `ߛ߭` sh, `ߞ߭` kh,
//! `ߓ߭` b, `ߤ߭` h; two dots (`߳`) `ߜ߳` kp, `ߛ߳` th; a bar (`߫`) `ߜ߫` gh,
//! `ߞ߫` q.
//!
//! N'Ko writes the vowel of two syllables with the same vowel once, after
//! the second consonant (`ߞߣߐ` kɔnɔ): a consonant followed by another one
//! takes the vowel written next, unless the dagbasinna `ߑ` marks it
//! vowelless (a cluster, `ߓߑߙ` br). A consonant at a word's end has no
//! vowel. Digits are ASCII digits.

/// One sound: a consonant (which may take the next vowel), a vowel, or a
/// consonant that never takes one (`ߒ`, or one marked by `ߑ`).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Unit {
    C(&'static str),
    Closed(&'static str),
    V(&'static str),
    Nasal,
}

fn vowel(c: char) -> Option<&'static str> {
    Some(match c {
        '\u{07CA}' => "a",
        '\u{07CB}' | '\u{07CD}' => "e",
        '\u{07CC}' => "i",
        '\u{07CE}' => "u",
        '\u{07CF}' | '\u{07D0}' => "o",
        _ => return None,
    })
}

/// A consonant letter, read with the mark after it (`mark` is 0 for none,
/// or the code point of `߭`, `߳` or `߫`).
fn consonant(c: char, mark: u32) -> Option<&'static str> {
    Some(match (c, mark) {
        ('\u{07DC}', 0x07ED) => "g",
        ('\u{07DC}', 0x07F3) => "kp",
        ('\u{07DC}', 0x07EB) => "gh",
        ('\u{07DE}', 0x07EB) => "q",
        ('\u{07DD}', 0x07ED) => "v",
        ('\u{07D6}', 0x07ED) => "z",
        ('\u{07D7}', 0x07ED) => "zh",
        ('\u{07DB}', 0x07ED) => "sh",
        ('\u{07DB}', 0x07F3) => "th",
        ('\u{07DE}', 0x07ED) => "kh",
        ('\u{07D3}', _) => "b",
        ('\u{07D4}', _) => "p",
        ('\u{07D5}', _) => "t",
        ('\u{07D6}', _) | ('\u{07E8}', _) => "j",
        ('\u{07D7}', _) | ('\u{07E9}', _) => "c",
        ('\u{07D8}', _) => "d",
        ('\u{07D9}', _) | ('\u{07DA}', _) | ('\u{07EA}', _) => "r",
        ('\u{07DB}', _) => "s",
        ('\u{07DC}', _) => "gb",
        ('\u{07DD}', _) => "f",
        ('\u{07DE}', _) => "k",
        ('\u{07DF}', _) => "l",
        ('\u{07E0}', _) | ('\u{07E3}', _) => "n",
        ('\u{07E1}', _) => "m",
        ('\u{07E2}', _) | ('\u{07E7}', _) => "ny",
        ('\u{07E4}', _) => "h",
        ('\u{07E5}', _) => "w",
        ('\u{07E6}', _) => "y",
        _ => return None,
    })
}

fn is_mark(c: char) -> bool {
    matches!(c as u32, 0x07EB..=0x07F3 | 0x07FD)
}

/// Writes one word's units.
fn write_word(units: &[Unit], out: &mut String) {
    for (i, u) in units.iter().enumerate() {
        match *u {
            Unit::V(v) => out.push_str(v),
            Unit::Closed(c) => out.push_str(c),
            Unit::Nasal => out.push('n'),
            Unit::C(c) => {
                out.push_str(c);
                // Followed by a consonant: the next written vowel is its
                // vowel too.
                if matches!(units.get(i + 1), Some(Unit::C(_) | Unit::Closed(_))) {
                    if let Some(Unit::V(v)) =
                        units[i + 1..].iter().find(|u| matches!(u, Unit::V(_)))
                    {
                        out.push_str(v);
                    }
                }
            }
        }
    }
}

/// Appends the reading of a run of N'Ko chars.
pub(crate) fn romanize(run: &[char], out: &mut String) {
    let mut units: Vec<Unit> = Vec::new();
    let mut first = true;
    let mut flush = |units: &mut Vec<Unit>, out: &mut String| {
        if !units.is_empty() {
            if !first {
                out.push(' ');
            }
            write_word(units, out);
            units.clear();
            first = false;
        }
    };
    let mut i = 0;
    while i < run.len() {
        let c = run[i];
        let next = run
            .get(i + 1)
            .copied()
            .filter(|&m| is_mark(m) && m != '\u{07F2}');
        if let Some(v) = vowel(c) {
            units.push(Unit::V(v));
        } else if c == '\u{07D2}' {
            units.push(Unit::Closed("n"));
        } else if let Some(k) = consonant(c, next.map_or(0, |m| m as u32)) {
            // A mark that made the letter is used up.
            if next.is_some() && consonant(c, 0) != Some(k) {
                i += 1;
            }
            units.push(Unit::C(k));
        } else if c == '\u{07D1}' {
            if let Some(Unit::C(k)) = units.last().copied() {
                units.pop();
                units.push(Unit::Closed(k));
            }
        } else if c == '\u{07F2}' {
            if matches!(units.last(), Some(Unit::V(_))) {
                units.push(Unit::Nasal);
            }
        } else if is_mark(c) || matches!(c, '\u{07F4}' | '\u{07F5}' | '\u{07FA}') {
            // Tone marks, elision apostrophes, the elongation: silent.
        } else if let Some(d) = (c as u32).checked_sub(0x07C0).filter(|d| *d < 10) {
            const DIGITS: [&str; 10] = ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"];
            flush(&mut units, out);
            units.push(Unit::Closed(DIGITS[d as usize]));
            flush(&mut units, out);
        } else {
            // Punctuation and other signs end a word.
            flush(&mut units, out);
        }
        i += 1;
    }
    flush(&mut units, out);
}

#[cfg(test)]
mod tests {
    fn nqo(s: &str) -> String {
        crate::Normalizer::new().normalize(s)
    }

    #[test]
    fn letters_and_nasal_vowels() {
        // Invented words, every vowel written.
        assert_eq!(nqo("ߞߊߟߌߓߏ"), "kalibo");
        assert_eq!(nqo("ߛߍ߲ߘߎߡߐ"), "sendumo");
        assert_eq!(nqo("ߒߖߊߢߋ"), "njanye");
        assert_eq!(nqo("ߜߊߗߌ"), "gbaci");
        // Tone marks are silent.
        assert_eq!(nqo("ߞߊ߫ߟߌ߬ߓߏ߯"), "kalibo");
    }

    #[test]
    fn marked_letters_write_foreign_sounds() {
        // Invented words with g, v, z, sh, kh.
        assert_eq!(nqo("ߜ߭ߊߝ߭ߌߖ߭ߏ"), "gavizo");
        assert_eq!(nqo("ߛ߭ߊߞ߭ߌ"), "shakhi");
        // The same mark on a vowel is a tone.
        assert_eq!(nqo("ߊ߭ߟߌ"), "ali");
    }

    #[test]
    fn a_vowel_written_once_serves_two_syllables() {
        // Invented words: k_n with the vowel written after n reads kono.
        assert_eq!(nqo("ߞߣߐ"), "kono");
        assert_eq!(nqo("ߓߘߊߟߌ"), "badali");
        // The dagbasinna marks a cluster; a final consonant has no vowel.
        assert_eq!(nqo("ߓߑߙߊߡ"), "bram");
        assert_eq!(nqo("ߛߌ߲ߕߞ"), "sintk");
    }
}
