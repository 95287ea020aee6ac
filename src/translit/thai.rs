//! Thai script to Latin by the Royal Thai General System of Transcription
//! (RTGS), which is how Thai names and places are spelled in Latin.
//!
//! - Consonants have an initial and a final reading (`ก` k/k, `จ` ch/t,
//!   `ด` d/t, `บ` b/p, `ร` r/n, `ล` l/n, `ย` y/i, `ว` w/o); a consonant is
//!   final when it follows the vowel of its syllable and no vowel sign
//!   follows it.
//! - Leading vowels (`เ แ โ ใ ไ`) are written before their consonant and
//!   read after it, with the vowels that close them (`เ–า` ao, `เ–ีย` ia,
//!   `เ–ือ` uea, `เ–อ` oe); `–ัว` is ua.
//! - A syllable with no written vowel has the inherent o between two
//!   consonants (`คน` khon) and a at the end of an open syllable.
//!   Clusters with `ร ล ว` as second letter take no vowel (`กร` kr); `ห`
//!   before a sonorant is silent; `อ` is a silent vowel carrier, and o
//!   after a consonant.
//! - Tone marks are dropped; `์` silences the letter it sits on.
//!
//! Lao (`super::lao`) is read through the same rules, its letters mapped
//! onto the Thai letters with the same role.

/// (initial, final) readings of U+0E01..=U+0E2E.
const CONS: [(&str, &str); 46] = [
    ("k", "k"),
    ("kh", "k"),
    ("kh", "k"),
    ("kh", "k"),
    ("kh", "k"),
    ("kh", "k"),
    ("ng", "ng"),
    ("ch", "t"),
    ("ch", "t"),
    ("ch", "t"),
    ("s", "t"),
    ("ch", "t"),
    ("y", "n"),
    ("d", "t"),
    ("t", "t"),
    ("th", "t"),
    ("th", "t"),
    ("th", "t"),
    ("n", "n"),
    ("d", "t"),
    ("t", "t"),
    ("th", "t"),
    ("th", "t"),
    ("th", "t"),
    ("n", "n"),
    ("b", "p"),
    ("p", "p"),
    ("ph", "p"),
    ("f", "p"),
    ("ph", "p"),
    ("f", "p"),
    ("ph", "p"),
    ("m", "m"),
    ("y", "i"),
    ("r", "n"),
    ("rue", "rue"),
    ("l", "n"),
    ("lue", "lue"),
    ("w", "o"),
    ("s", "t"),
    ("s", "t"),
    ("s", "t"),
    ("h", ""),
    ("l", "n"),
    ("", "o"),
    ("h", ""),
];

fn is_cons(c: char) -> bool {
    ('\u{0E01}'..='\u{0E2E}').contains(&c)
}

fn cons(c: char) -> (&'static str, &'static str) {
    CONS[(c as u32 - 0x0E01) as usize]
}

/// Vowel signs written after or above/below the consonant.
fn follow_vowel(c: char) -> Option<&'static str> {
    Some(match c {
        '\u{0E30}' | '\u{0E31}' | '\u{0E32}' | '\u{0E45}' => "a",
        '\u{0E33}' => "am",
        '\u{0E34}' | '\u{0E35}' => "i",
        '\u{0E36}' | '\u{0E37}' => "ue",
        '\u{0E38}' | '\u{0E39}' => "u",
        '\u{0E47}' => "",
        // Lao mai kon and niggahita: o; the semivowel sign ຽ: ia.
        '\u{0EBB}' | '\u{0ECD}' => "o",
        '\u{0EBD}' => "ia",
        _ => return None,
    })
}

fn is_lead(c: char) -> bool {
    ('\u{0E40}'..='\u{0E44}').contains(&c)
}

fn is_mark(c: char) -> bool {
    matches!(
        c,
        '\u{0E48}'..='\u{0E4B}' | '\u{0E3A}' | '\u{0E4D}' | '\u{0E4E}'
    )
}

/// Appends the reading of a run of Thai.
pub(crate) fn romanize(run: &[char], out: &mut String) {
    read_run(run, false, out);
}

/// Appends the reading of a run of Thai letters; `lao` when they stand for
/// Lao letters (`super::lao`), whose own spellings are read as Lao.
pub(crate) fn read_run(run: &[char], lao: bool, out: &mut String) {
    // Words: split at anything that is not a letter, sign or mark.
    let mut word: Vec<char> = Vec::new();
    let mut first = true;
    for &c in run.iter().chain(std::iter::once(&' ')) {
        if is_cons(c) || is_lead(c) || follow_vowel(c).is_some() || is_mark(c) || c == '\u{0E4C}' {
            word.push(c);
            continue;
        }
        if !word.is_empty() {
            if !first {
                out.push(' ');
            }
            read_word(&word, lao, out);
            first = false;
            word.clear();
        }
        if let u @ 0x0E50..=0x0E59 = c as u32 {
            out.push(char::from_u32(u - 0x0E50 + '0' as u32).unwrap_or(' '));
        }
    }
}

fn read_word(w: &[char], lao: bool, out: &mut String) {
    // Drop tone marks; drop a consonant silenced by ์ (with its vowel sign).
    let mut s: Vec<char> = Vec::with_capacity(w.len());
    for &c in w {
        if c == '\u{0E4C}' {
            while let Some(&l) = s.last() {
                s.pop();
                if is_cons(l) {
                    break;
                }
            }
        } else if !is_mark(c) {
            s.push(c);
        }
    }
    let n = s.len();
    let mut i = 0;
    // True once the current syllable has its vowel.
    let mut voweled = false;
    // True once the current syllable has an initial consonant.
    let mut onset = false;
    while i < n {
        let c = s[i];
        if is_lead(c) {
            // Leading vowel: its consonant (and a cluster's second letter) first.
            let mut j = i + 1;
            let mut init = String::new();
            if j < n && is_cons(s[j]) {
                if s[j] == 'ห' && j + 1 < n && is_sonorant(s[j + 1]) {
                    j += 1;
                }
                init.push_str(cons(s[j]).0);
                j += 1;
                if j < n
                    && matches!(s[j], 'ร' | 'ล' | 'ว')
                    && j + 1 < n
                    && !is_lead(s[j + 1])
                    && follow_vowel(s[j + 1]).is_none()
                {
                    init.push_str(cons(s[j]).0);
                    j += 1;
                }
            }
            let rest: String = s[j..].iter().take(3).collect();
            let (v, used) = match (c, rest.as_str()) {
                ('เ', r) if r.starts_with("\u{0E35}ย") => ("ia", 2),
                ('เ', r) if r.starts_with("\u{0E37}อ") => ("uea", 2),
                ('เ', r) if r.starts_with("\u{0E34}") => ("oe", 1),
                ('เ', r) if r.starts_with('า') => ("ao", 1),
                ('เ', r) if r.starts_with('อ') => ("oe", 1),
                ('เ', r) if r.starts_with('ะ') => ("e", 1),
                // Lao ແ is è (BGN/PCGN), Thai แ ae (RTGS).
                ('แ', r) if r.starts_with('ะ') => (if lao { "e" } else { "ae" }, 1),
                ('โ', r) if r.starts_with('ะ') => ("o", 1),
                ('เ', _) => ("e", 0),
                ('แ', _) => (if lao { "e" } else { "ae" }, 0),
                ('โ', _) => ("o", 0),
                _ => ("ai", 0),
            };
            out.push_str(&init);
            out.push_str(v);
            i = j + used;
            voweled = true;
            onset = true;
            continue;
        }
        if let Some(v) = follow_vowel(c) {
            // Thai ัว and Lao ົວ are ua.
            if (c == '\u{0E31}' || (lao && c == '\u{0EBB}')) && s.get(i + 1) == Some(&'ว') {
                out.push_str("ua");
                voweled = true;
                i += 2;
                continue;
            }
            if !onset {
                // A vowel sign after a final: starts nothing; read it.
                out.push_str(v);
            } else {
                out.push_str(v);
            }
            voweled = true;
            i += 1;
            continue;
        }
        // A consonant.
        let next = s.get(i + 1).copied();
        // อ after a consonant is the vowel o unless a vowel sign follows it
        // (then it carries that vowel and starts a syllable).
        let o_vowel = next == Some('อ')
            && !s
                .get(i + 2)
                .is_some_and(|&y| follow_vowel(y).is_some() || is_lead(y));
        let next_is_vowel = next.is_some_and(|x| follow_vowel(x).is_some()) || o_vowel;
        if voweled && !next_is_vowel {
            // The final of the current syllable. Lao finals other than
            // the native ones (k ng t n p m y w) spell a loanword's final
            // with its own sound.
            if lao && matches!(c, 'ส' | 'ซ' | 'ล' | 'ร' | 'ฟ') {
                out.push_str(cons(c).0);
            } else {
                out.push_str(cons(c).1);
            }
            voweled = false;
            onset = false;
            i += 1;
            continue;
        }
        if onset && !voweled {
            // The previous consonant had no vowel: อ/ว as vowels, a cluster,
            // or the inherent vowel.
            if c == 'อ' {
                out.push('o');
                voweled = true;
                i += 1;
                continue;
            }
            if next_is_vowel || next.is_some_and(is_lead) {
                out.push('a');
            } else {
                out.push('o');
                out.push_str(cons(c).1);
                onset = false;
                i += 1;
                continue;
            }
        }
        // An initial.
        if c == 'ห' && next.is_some_and(is_sonorant) {
            i += 1;
            continue;
        }
        out.push_str(cons(c).0);
        onset = true;
        voweled = false;
        if let Some(x) = next.filter(|&x| matches!(x, 'ร' | 'ล' | 'ว')) {
            if s.get(i + 2).is_some_and(|&y| follow_vowel(y).is_some()) && c != 'อ' {
                out.push_str(cons(x).0);
                i += 1;
            }
        }
        i += 1;
    }
    if onset && !voweled {
        out.push('a');
    }
}

fn is_sonorant(c: char) -> bool {
    matches!(c, 'ง' | 'ญ' | 'น' | 'ม' | 'ย' | 'ร' | 'ล' | 'ว')
}

#[cfg(test)]
mod tests {
    fn th(s: &str) -> String {
        crate::Normalizer::new().normalize(s)
    }

    #[test]
    fn initials_finals_and_inherent_vowel() {
        // Invented words.
        assert_eq!(th("คน"), "khon");
        assert_eq!(th("กาบ"), "kap");
        assert_eq!(th("มาด"), "mat");
        assert_eq!(th("ปาล"), "pan");
        assert_eq!(th("นะ"), "na");
    }

    #[test]
    fn leading_vowels() {
        assert_eq!(th("ไคโร"), "khairo");
        assert_eq!(th("เมา"), "mao");
        assert_eq!(th("แดง"), "daeng");
        assert_eq!(th("เลีย"), "lia");
    }

    #[test]
    fn mai_han_akat_with_wo_waen_is_ua() {
        // Invented words: ัว ua (RTGS), open and closed.
        assert_eq!(th("ทัว"), "thua");
        assert_eq!(th("มัวน"), "muan");
    }

    #[test]
    fn clusters_marks_and_silent_letters() {
        assert_eq!(th("กราม"), "kram");
        assert_eq!(th("หนา"), "na");
        assert_eq!(th("ก่า"), "ka");
        assert_eq!(th("กาน์ต"), "kat");
        // อ after a consonant is o.
        assert_eq!(th("วอซอ"), "woso");
    }
}
