//! Hebrew script to Latin, for matching the spellings Hebrew names are given
//! in Latin (close to the common, non-scholarly romanisation of the Academy
//! of the Hebrew Language's 2006 rules).
//!
//! Consonants: `ב` b at word start, else v; `כ`/`ך` k at word start, else kh;
//! `פ`/`ף` p at word start, else f (the begadkefat letters are spirants after
//! a vowel, which is almost everywhere but the start); `ח` kh; `צ`/`ץ` ts;
//! `ש` sh (s with the sin dot); `ק` k; `ט`/`ת` t. With geresh (`׳` or `'`)
//! `ג׳` j, `ז׳` zh, `צ׳` ch, `ת׳` th. Vowel letters: `ו` o after a
//! consonant, v at word start or doubled (`וו`); `י` i after a consonant, y
//! at word start, before a vowel letter or doubled (`יי`); `ה` at word end a;
//! `א` a at word start (when no vowel letter follows) and after a
//! consonant inside a word (as modern and foreign names use it) or at its
//! end (the final -a), else a vowel slot `'`; `ע` a at word start, else `'`. Unwritten vowels between two consonants are `'` (see
//! `world`). Niqqud and cantillation marks are dropped; the shin/sin dots are
//! read first.

use super::world::{write_units, Unit};
use Unit::{C, V};

fn is_letter(c: char) -> bool {
    matches!(c as u32, 0x05D0..=0x05EA | 0x05EF..=0x05F2)
}

/// Appends the reading of a run of Hebrew-block chars.
pub(crate) fn romanize(run: &[char], out: &mut String) {
    // Letters with their modifiers: (letter, sin dot, geresh).
    let mut word: Vec<(char, bool, bool)> = Vec::new();
    let mut first = true;
    let flush = |word: &mut Vec<(char, bool, bool)>, out: &mut String, first: &mut bool| {
        if !word.is_empty() {
            if !*first {
                out.push(' ');
            }
            read_word(word, out);
            *first = false;
            word.clear();
        }
    };
    let mut i = 0;
    while i < run.len() {
        let c = run[i];
        if is_letter(c) {
            word.push((c, false, false));
        } else if c == '\u{05C2}' {
            if let Some(l) = word.last_mut() {
                l.1 = true;
            }
        } else if c == '\u{05F3}' || (matches!(c, '\'' | '’') && !word.is_empty()) {
            if let Some(l) = word.last_mut() {
                l.2 = true;
            }
        } else if matches!(c as u32, 0x0591..=0x05C7)
            && c != '\u{05BE}'
            && c != '\u{05C0}'
            && c != '\u{05C3}'
            && c != '\u{05C6}'
        {
            // Niqqud, cantillation, dagesh, shin dot: nothing.
        } else if c == '\u{05F4}' {
            // Gershayim marks an acronym: nothing.
        } else {
            flush(&mut word, out, &mut first);
            out.push(' ');
            first = true;
        }
        i += 1;
    }
    flush(&mut word, out, &mut first);
}

fn read_word(w: &[(char, bool, bool)], out: &mut String) {
    let mut units: Vec<Unit> = Vec::with_capacity(w.len());
    let n = w.len();
    let is_vowel_letter = |c: char| matches!(c, 'ו' | 'י' | 'א' | 'ע');
    let mut i = 0;
    while i < n {
        let (c, sin, geresh) = w[i];
        let start = i == 0;
        let last = i + 1 == n;
        let next = w.get(i + 1).map(|x| x.0);
        // After a vowel letter (not after the glottal slot of א/ע: `שאול`).
        let prev_vowel = match units.last() {
            None => true,
            Some(V(v)) => *v != "'",
            Some(C(_)) => false,
        };
        let u = match c {
            'א' | 'ע' if start => {
                // A vowel letter after it gives the vowel: `או` o, `אי` i.
                match next {
                    Some('ו') => {
                        units.push(V("o"));
                        i += 2;
                        continue;
                    }
                    Some('י') => {
                        units.push(V("i"));
                        i += 2;
                        continue;
                    }
                    Some(x) if is_vowel_letter(x) => {
                        i += 1;
                        continue;
                    }
                    _ => {}
                }
                V("a")
            }
            // Medial א after a consonant writes a in foreign and modern
            // names (`דארן`), unless a vowel letter follows it.
            'א' if !prev_vowel && !last && !next.is_some_and(|x| matches!(x, 'ו' | 'י')) => {
                V("a")
            }
            // Final א after a consonant writes the final vowel, a
            // (`-א` of Aramaic and of names like Abba): not a glottal slot.
            'א' if last && !prev_vowel && !start => V("a"),
            'א' | 'ע' => V("'"),
            'ב' if start => C("b"),
            'ב' => C("v"),
            'ג' if geresh => C("j"),
            'ג' => C("g"),
            'ד' if geresh => C("th"),
            'ד' => C("d"),
            'ה' if last && !start => V("a"),
            'ה' => C("h"),
            'ו' if next == Some('ו') => {
                i += 2;
                units.push(C("v"));
                continue;
            }
            'ו' if start => C("v"),
            'ו' if prev_vowel => C("v"),
            'ו' => V("o"),
            'ז' if geresh => C("zh"),
            'ז' => C("z"),
            'ח' => C("kh"),
            'ט' => C("t"),
            // `יי` after a consonant is the diphthong ei/ai (`-שטיין`).
            'י' if next == Some('י') => {
                i += 2;
                units.push(if prev_vowel { C("y") } else { V("ei") });
                continue;
            }
            'י' if last => V("i"),
            'י' if start || prev_vowel => C("y"),
            'י' if next.is_some_and(|x| matches!(x, 'ו' | 'א' | 'ע')) && !last => C("y"),
            'י' => V("i"),
            'כ' | 'ך' if start => C("k"),
            'כ' | 'ך' => C("kh"),
            'ל' => C("l"),
            'מ' | 'ם' => C("m"),
            'נ' | 'ן' => C("n"),
            'ס' => C("s"),
            'פ' | 'ף' if start => C("p"),
            'פ' | 'ף' => C("f"),
            'צ' | 'ץ' if geresh => C("ch"),
            'צ' | 'ץ' => C("ts"),
            'ק' => C("k"),
            'ר' => C("r"),
            'ש' if sin => C("s"),
            'ש' => C("sh"),
            'ת' if geresh => C("th"),
            'ת' => C("t"),
            'װ' => C("v"),
            'ױ' => V("oi"),
            'ײ' => V("ei"),
            _ => {
                i += 1;
                continue;
            }
        };
        units.push(u);
        i += 1;
    }
    write_units(&units, out);
}

#[cfg(test)]
mod tests {
    fn he(s: &str) -> String {
        crate::Normalizer::new().normalize(s)
    }

    #[test]
    fn begadkefat_spirants_after_the_start() {
        // Invented names.
        assert_eq!(he("בלבר"), "b'l'v'r");
        assert_eq!(he("כרכם"), "k'r'kh'm");
        assert_eq!(he("פלף"), "p'l'f");
    }

    #[test]
    fn vowel_letters() {
        assert_eq!(he("דולין"), "dolin");
        assert_eq!(he("ורד"), "v'r'd");
        assert_eq!(he("סווס"), "s'v's");
        assert_eq!(he("ימרה"), "y'm'ra");
        assert_eq!(he("אמרי"), "am'ri");
        assert_eq!(he("אורן"), "or'n");
        assert_eq!(he("נעמל"), "n'm'l");
        assert_eq!(he("דארק"), "dar'k");
        assert_eq!(he("מאור"), "m'or");
        // A final א after a consonant is the vowel a.
        assert_eq!(he("ברלא"), "b'r'la");
        assert_eq!(he("סוא"), "so");
    }

    #[test]
    fn geresh_and_sin() {
        assert_eq!(he("ג׳מל"), "j'm'l");
        assert_eq!(he("צ'רט"), "ch'r't");
        assert_eq!(he("שׂרט"), "s'r't");
        assert_eq!(he("שרט"), "sh'r't");
        assert_eq!(he("צמץ"), "ts'm'ts");
    }

    #[test]
    fn niqqud_is_dropped() {
        assert_eq!(he("דָּוִק"), he("דוק"));
        assert_eq!(he("שָׁלוֹק"), he("שלוק"));
    }
}
