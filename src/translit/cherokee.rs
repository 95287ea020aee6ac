//! Cherokee syllabary to Latin by its standard transliteration: one
//! syllable per letter (`Ꭰ` a, `Ꭶ` ga, `Ꮳ` tsa, `Ꮝ` s), `v` for the nasal
//! vowel, `qu` for kw, as Cherokee names and places are spelled (`ᏓᎵᏆ`
//! daliqua). The uppercase block (U+13A0..=U+13F5) and the lowercase
//! letters (U+AB70..=U+ABBF, U+13F8..=U+13FD; lowercasing maps the
//! first onto these) read the same.

/// Readings of U+13A0..=U+13F5, in code point order.
const SYLLABLES: [&str; 86] = [
    "a", "e", "i", "o", "u", "v", // Ꭰ..Ꭵ
    "ga", "ka", "ge", "gi", "go", "gu", "gv", // Ꭶ..Ꭼ
    "ha", "he", "hi", "ho", "hu", "hv", // Ꭽ..Ꮂ
    "la", "le", "li", "lo", "lu", "lv", // Ꮃ..Ꮈ
    "ma", "me", "mi", "mo", "mu", // Ꮉ..Ꮍ
    "na", "hna", "nah", "ne", "ni", "no", "nu", "nv", // Ꮎ..Ꮕ
    "qua", "que", "qui", "quo", "quu", "quv", // Ꮖ..Ꮛ
    "sa", "s", "se", "si", "so", "su", "sv", // Ꮜ..Ꮢ
    "da", "ta", "de", "te", "di", "ti", "do", "du", "dv", // Ꮣ..Ꮫ
    "dla", "tla", "tle", "tli", "tlo", "tlu", "tlv", // Ꮬ..Ꮲ
    "tsa", "tse", "tsi", "tso", "tsu", "tsv", // Ꮳ..Ꮸ
    "wa", "we", "wi", "wo", "wu", "wv", // Ꮹ..Ꮾ
    "ya", "ye", "yi", "yo", "yu", "yv", // Ꮿ..Ᏼ
    "mv", // Ᏽ
];

/// The reading of one Cherokee letter, upper- or lowercase.
fn reading(c: char) -> Option<&'static str> {
    let u = c as u32;
    let i = match u {
        0x13A0..=0x13F5 => u - 0x13A0,
        0xAB70..=0xABBF => u - 0xAB70,
        0x13F8..=0x13FD => u - 0x13F8 + 0x50,
        _ => return None,
    };
    SYLLABLES.get(i as usize).copied()
}

/// Appends the reading of a run of Cherokee chars; a char of the blocks
/// that is not a letter splits the word.
pub(crate) fn romanize(run: &[char], out: &mut String) {
    for &c in run {
        match reading(c) {
            Some(s) => out.push_str(s),
            None => out.push(' '),
        }
    }
}

#[cfg(test)]
mod tests {
    fn ch(s: &str) -> String {
        crate::Normalizer::new().normalize(s)
    }

    #[test]
    fn one_syllable_per_letter() {
        // Invented words.
        assert_eq!(ch("ᎦᏂᏓ"), "ganida");
        assert_eq!(ch("ᏣᎳᎩ"), "tsalagi");
        assert_eq!(ch("ᏆᎹᏍ"), "quamas");
        assert_eq!(ch("ᎥᏬᏴ"), "vwoyv");
    }

    #[test]
    fn lowercase_letters_read_the_same() {
        // ꮧꮎꮵ is the lowercase of ᏗᎾᏥ.
        assert_eq!(ch("ꮧꮎꮵ"), "dinatsi");
        assert_eq!(ch("ᏗᎾᏥ"), "dinatsi");
        assert_eq!(ch("ᏸᏽ"), "yemv");
    }
}
