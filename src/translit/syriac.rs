//! Syriac script to Latin, close to ALA-LC Syriac without its diacritics
//! (`ܚ` h, `ܛ` t, `ܨ` s, `ܫ` sh, `ܩ` q; the letters soft after a vowel
//! keep their hard value, as names are spelled).
//!
//! Syriac is an abjad, read like Hebrew (see `hebrew` and the `'`
//! convention of `world`): `ܘ` is o after a consonant, w at word start or
//! after a vowel; `ܝ` is i after a consonant, y at word start or after a
//! vowel; `ܐ` is a at word start (unless a vowel letter follows: `ܐܘ` o),
//! after a consonant inside a word and at its end, else a vowel slot `'`;
//! `ܥ` a at word start, else `'`; `ܝ` before a vowel letter is y; final
//! `ܗ` after a consonant is a (as Hebrew `ה`). Unwritten vowels between two consonants
//! are `'`. When vowel points are written (both the West `ܰ ܳ ܶ ܺ ܽ` and
//! the East dotted ones) they give the vowel after their letter, and a
//! vowel letter that only lengthens a pointed vowel is not read again.

use super::world::{write_units, Unit};
use Unit::{C, V};

/// The consonant value of a Syriac letter, or `None` for the vowel
/// letters `ܐ ܘ ܝ ܥ` and for non-letters.
fn consonant(c: char) -> Option<&'static str> {
    Some(match c {
        'ܒ' | 'ܭ' => "b",
        'ܓ' | 'ܮ' => "g",
        'ܔ' => "j",
        'ܕ' | 'ܯ' | 'ܖ' => "d",
        'ܗ' => "h",
        'ܙ' => "z",
        'ܚ' => "h",
        'ܛ' | 'ܜ' => "t",
        'ܞ' => "yh",
        'ܟ' => "k",
        'ܠ' => "l",
        'ܡ' => "m",
        'ܢ' => "n",
        'ܣ' | 'ܤ' => "s",
        'ܦ' | 'ܧ' => "p",
        'ܨ' => "s",
        'ܩ' => "q",
        'ܪ' => "r",
        'ܫ' => "sh",
        'ܬ' => "t",
        'ݍ' => "zh",
        'ݎ' => "kh",
        'ݏ' => "f",
        _ => return None,
    })
}

/// The vowel a point gives, if `c` is a vowel point.
fn point(c: char) -> Option<&'static str> {
    Some(match c as u32 {
        0x0730..=0x0735 => "a",
        0x0736..=0x0739 => "e",
        0x073A..=0x073C => "i",
        0x073D | 0x073E => "u",
        0x073F => "o",
        _ => return None,
    })
}

fn is_letter(c: char) -> bool {
    matches!(c as u32, 0x0710 | 0x0712..=0x072F | 0x074D..=0x074F)
}

/// Appends the reading of a run of Syriac-block chars.
pub(crate) fn romanize(run: &[char], out: &mut String) {
    // Letters with the vowel point after them.
    let mut word: Vec<(char, Option<&'static str>)> = Vec::new();
    let mut first = true;
    let flush =
        |word: &mut Vec<(char, Option<&'static str>)>, out: &mut String, first: &mut bool| {
            if !word.is_empty() {
                if !*first {
                    out.push(' ');
                }
                read_word(word, out);
                *first = false;
                word.clear();
            }
        };
    for &c in run {
        if is_letter(c) {
            word.push((c, None));
        } else if let Some(v) = point(c) {
            if let Some(l) = word.last_mut() {
                l.1.get_or_insert(v);
            }
        } else if matches!(c as u32, 0x0711 | 0x0740..=0x074A | 0x070F) {
            // Superscript alaph, other marks, the abbreviation mark: nothing.
        } else {
            flush(&mut word, out, &mut first);
            out.push(' ');
            first = true;
        }
    }
    flush(&mut word, out, &mut first);
}

fn read_word(w: &[(char, Option<&'static str>)], out: &mut String) {
    let mut units: Vec<Unit> = Vec::with_capacity(w.len() * 2);
    let n = w.len();
    let mut skip = false;
    for (i, &(c, pt)) in w.iter().enumerate() {
        if std::mem::take(&mut skip) {
            continue;
        }
        let start = i == 0;
        let last = i + 1 == n;
        let next = w.get(i + 1).map(|x| x.0);
        let prev = units.last().copied();
        let prev_vowel = match prev {
            None => true,
            Some(V(v)) => v != "'",
            Some(C(_)) => false,
        };
        // Final ܗ after a consonant writes the final vowel (as Hebrew ה).
        if c == 'ܗ' && last && !start && pt.is_none() && matches!(prev, Some(C(_))) {
            units.push(V("a"));
            continue;
        }
        if let Some(t) = consonant(c) {
            units.push(C(t));
            if let Some(v) = pt {
                units.push(V(v));
            }
            continue;
        }
        // A vowel letter after a pointed vowel it only lengthens.
        let lengthens = |vs: &[&str]| matches!(prev, Some(V(v)) if vs.contains(&v)) && pt.is_none();
        let u = match c {
            'ܐ' | 'ܥ' if start => {
                if let Some(v) = pt {
                    units.push(V(v));
                    continue;
                }
                // `ܐܘ` o, `ܐܝ` i (unless the vowel letter has a point).
                match (next, w.get(i + 1).and_then(|x| x.1)) {
                    (Some('ܘ'), None) => {
                        skip = true;
                        V("o")
                    }
                    (Some('ܝ'), None) => {
                        skip = true;
                        V("i")
                    }
                    _ => V("a"),
                }
            }
            'ܐ' if lengthens(&["a", "e", "i", "o", "u"]) => continue,
            'ܐ' if pt.is_some() => V(pt.unwrap_or("a")),
            'ܐ' if !prev_vowel && (last || !next.is_some_and(|x| matches!(x, 'ܘ' | 'ܝ'))) => {
                V("a")
            }
            'ܐ' | 'ܥ' => match pt {
                Some(v) => {
                    units.push(V("'"));
                    V(v)
                }
                None => V("'"),
            },
            'ܘ' if lengthens(&["o", "u"]) => continue,
            'ܘ' if start || prev_vowel => {
                units.push(C("w"));
                match pt {
                    Some(v) => V(v),
                    None => continue,
                }
            }
            'ܘ' => V(match pt {
                Some("u" | "i") => "u",
                _ => "o",
            }),
            'ܝ' if lengthens(&["i", "e"]) => continue,
            'ܝ' if start || prev_vowel => {
                units.push(C("y"));
                match pt {
                    Some(v) => V(v),
                    None => continue,
                }
            }
            // Before a vowel letter, a consonant (`ܦܝܘ` pyo).
            'ܝ' if pt.is_none() && !last && next.is_some_and(|x| matches!(x, 'ܘ' | 'ܐ' | 'ܥ')) => {
                C("y")
            }
            'ܝ' => V(match pt {
                Some("e") => "e",
                _ => "i",
            }),
            _ => continue,
        };
        units.push(u);
    }
    write_units(&units, out);
}

#[cfg(test)]
mod tests {
    fn sy(s: &str) -> String {
        crate::Normalizer::new().normalize(s)
    }

    #[test]
    fn consonants_and_unwritten_vowels() {
        // Invented words.
        assert_eq!(sy("ܒܪܟ"), "b'r'k");
        assert_eq!(sy("ܫܡܩ"), "sh'm'q");
        assert_eq!(sy("ܚܛܨ"), "h't's");
    }

    #[test]
    fn vowel_letters() {
        assert_eq!(sy("ܕܘܠܝܢ"), "dolin");
        assert_eq!(sy("ܘܪܕ"), "w'r'd");
        assert_eq!(sy("ܝܡܪܐ"), "y'm'ra");
        assert_eq!(sy("ܐܡܪܝ"), "am'ri");
        assert_eq!(sy("ܐܘܪܢ"), "or'n");
        assert_eq!(sy("ܢܥܡܠ"), "n'm'l");
        assert_eq!(sy("ܕܐܪܩ"), "dar'q");
        assert_eq!(sy("ܡܝܘܢ"), "m'yon");
        assert_eq!(sy("ܠܡܪܗ"), "l'm'ra");
    }

    #[test]
    fn vowel_points() {
        // West Syriac points: ܰ a, ܶ e, ܺ i, ܽ u, ܳ a.
        assert_eq!(sy("ܡܰܠܶܟ"), "malek");
        assert_eq!(sy("ܫܺܝܡܽܘܢ"), "shimun");
        assert_eq!(sy("ܢܳܪܐ"), "nara");
        // A point on a vowel letter picks its vowel.
        assert_eq!(sy("ܕܽܘܠܺܝܢ"), "dulin");
    }
}
