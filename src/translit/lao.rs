//! Lao script to Latin. Lao and Thai share their structure, so Lao letters
//! are mapped onto the Thai letters with the same role (`ກ` ก, `ວ` ว, `ເ`
//! เ) and read by `super::thai`, with the spellings Lao has of its own:
//! - `ເ–ັ` is short e in a closed syllable (`ເດັນ` den) and `ແ–ັ` short ae;
//! - `ແ` is è (BGN/PCGN; Thai `แ` is ae);
//! - `ເ–ົາ` is ao, `ເ–ຍ` (open) and `–ຽ–` (closed) are ia, `ເ–ີ` like
//!   `ເ–ິ` oe, `–ົວ` ua; `ຳ` (which NFKC splits into `ໍ` + `າ`) am;
//! - a final other than the native ones (`ກ ງ ດ ນ ບ ມ ຍ ວ`) spells a
//!   loanword's final with its own sound (`ສ` s, `ລ` l, `ຣ` r), as the
//!   phonemic spelling of Lao since its reform writes what is said;
//! - tone marks are silent, `໌` silences its letter as Thai `์` does.

/// Lao letters as the Thai letters with the same role (the two scripts
/// share their structure); Lao's own vowel signs `ົ` and `ໍ` (o) are kept.
fn lao_to_thai(c: char) -> &'static str {
    match c {
        'ກ' => "ก",
        'ຂ' => "ข",
        'ຄ' => "ค",
        'ງ' => "ง",
        'ຈ' => "จ",
        'ສ' => "ส",
        'ຊ' => "ซ",
        'ຍ' | 'ຢ' => "ย",
        'ດ' => "ด",
        'ຕ' => "ต",
        'ຖ' => "ถ",
        'ທ' => "ท",
        'ນ' => "น",
        'ບ' => "บ",
        'ປ' => "ป",
        'ຜ' => "ผ",
        'ຝ' => "ฝ",
        'ພ' => "พ",
        'ຟ' => "ฟ",
        'ມ' => "ม",
        'ຣ' => "ร",
        'ລ' | 'ຼ' => "ล",
        'ວ' => "ว",
        'ຫ' => "ห",
        'ອ' => "อ",
        'ຮ' => "ฮ",
        'ໜ' => "หน",
        'ໝ' => "หม",
        'ະ' => "ะ",
        'ັ' => "ั",
        'າ' => "า",
        'ຳ' => "ำ",
        'ິ' => "ิ",
        'ີ' => "ี",
        'ຶ' => "ึ",
        'ື' => "ื",
        'ຸ' => "ุ",
        'ູ' => "ู",
        'ົ' => "\u{0EBB}",
        'ໍ' => "\u{0ECD}",
        'ຽ' => "\u{0EBD}",
        'ເ' => "เ",
        'ແ' => "แ",
        'ໂ' => "โ",
        'ໃ' => "ใ",
        'ໄ' => "ไ",
        '່' => "่",
        '້' => "้",
        '໊' => "๊",
        '໋' => "๋",
        '໌' => "์",
        '໐' => "๐",
        '໑' => "๑",
        '໒' => "๒",
        '໓' => "๓",
        '໔' => "๔",
        '໕' => "๕",
        '໖' => "๖",
        '໗' => "๗",
        '໘' => "๘",
        '໙' => "๙",
        _ => " ",
    }
}

fn is_lao_cons(c: char) -> bool {
    matches!(c as u32, 0x0E81..=0x0EAE | 0x0EDC..=0x0EDF)
}

fn is_lao_tone(c: char) -> bool {
    matches!(c, '\u{0EC8}'..='\u{0ECB}')
}

/// The leading vowel of the syllable whose consonant (with at most one
/// cluster letter) ends just before `i`, if any.
fn lead_before(run: &[char], i: usize) -> Option<char> {
    let mut j = i;
    let mut cons = 0;
    while j > 0 {
        j -= 1;
        let c = run[j];
        if is_lao_tone(c) {
            continue;
        }
        if is_lao_cons(c) && cons < 2 {
            cons += 1;
            continue;
        }
        return (cons > 0 && matches!(c, 'ເ' | 'ແ')).then_some(c);
    }
    None
}

/// Appends the reading of a run of Lao.
pub(crate) fn romanize(run: &[char], out: &mut String) {
    let mut thai: Vec<char> = Vec::with_capacity(run.len() + 4);
    for (i, &c) in run.iter().enumerate() {
        let next = run.get(i + 1).copied();
        let lead = lead_before(run, i);
        match c {
            // ໍ + າ (NFKC of ຳ) is am.
            '\u{0ECD}' if next == Some('າ') => thai.push('ำ'),
            'າ' if i > 0 && run[i - 1] == '\u{0ECD}' => {}
            // ເ–ັ, ແ–ັ: a short vowel, nothing more to read.
            '\u{0EB1}' if lead.is_some() => thai.push('\u{0E47}'),
            // ເ–ົາ: ao (Thai เ–า).
            '\u{0EBB}' if lead == Some('ເ') && next == Some('າ') => {}
            // ເ–ີ: oe, as ເ–ິ.
            '\u{0EB5}' if lead == Some('ເ') => thai.push('\u{0E34}'),
            // ເ–ຍ with no vowel after: ia (Thai เ–ีย).
            'ຍ' if lead == Some('ເ')
                && !next.is_some_and(|n| matches!(n as u32, 0x0EB0..=0x0EBD)) =>
            {
                thai.extend(['\u{0E35}', 'ย']);
            }
            _ => thai.extend(lao_to_thai(c).chars()),
        }
    }
    super::thai::read_run(&thai, true, out);
}

#[cfg(test)]
mod tests {
    fn lo(s: &str) -> String {
        crate::Normalizer::new().normalize(s)
    }

    #[test]
    fn lao_through_thai() {
        // Invented words.
        assert_eq!(lo("ຄົນ"), "khon");
        assert_eq!(lo("ໄກໂລ"), "kailo");
        assert_eq!(lo("ມາດ"), "mat");
    }

    #[test]
    fn lao_vowel_spellings() {
        // Invented words, one per spelling.
        assert_eq!(lo("ເມັນ"), "men");
        assert_eq!(lo("ເລົາ"), "lao");
        assert_eq!(lo("ເຕຍ"), "tia");
        assert_eq!(lo("ປຽນ"), "pian");
        assert_eq!(lo("ເບີນ"), "boen");
        assert_eq!(lo("ຕົວ"), "tua");
        assert_eq!(lo("ດຳ"), "dam");
        // ແ is è (BGN/PCGN), not the ae of Thai แ.
        assert_eq!(lo("ແມນ"), "men");
        assert_eq!(lo("ແປະ"), "pe");
    }

    #[test]
    fn loanword_finals_keep_their_sound() {
        // Invented loanwords: final s, l, r.
        assert_eq!(lo("ປາສ"), "pas");
        assert_eq!(lo("ໂຕລ"), "tol");
        assert_eq!(lo("ມາຣ"), "mar");
        // The native finals keep their Thai-like readings.
        assert_eq!(lo("ກາດ"), "kat");
    }
}
