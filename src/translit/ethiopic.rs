//! Ethiopic (Ge'ez script: Amharic, Tigrinya) to Latin, as Ethiopian and
//! Eritrean names are usually spelled.
//!
//! The syllabary is regular: each consonant has a row of eight forms at
//! U+1200 + 8·row, one per vowel order (ä, u, i, a, e, ə, o, wa). The
//! consonant comes from the row, the vowel from the order: ä is written e
//! (`Mekonnen`), except on the glottal carriers `አ`/`ዐ`, where it is a; the
//! sixth order (ə or no vowel) is the vowel slot `'` (see `world`);
//! labialised rows add w. The word space `፡` and punctuation split words.

/// Consonants of the rows U+1200, U+1208, … U+1350.
const ROWS: [&str; 43] = [
    "h", "l", "h", "m", "s", "r", "s", "sh", "q", "qw", "q", "qw", "b", "v", "t", "ch", "h", "hw",
    "n", "ny", "", "k", "kw", "kh", "khw", "w", "", "z", "zh", "y", "d", "d", "j", "g", "gw", "g",
    "t", "ch", "p", "ts", "ts", "f", "p",
];
const ORDERS: [&str; 8] = ["e", "u", "i", "a", "e", "'", "o", "wa"];

/// Appends the reading of a run of Ethiopic.
pub(crate) fn romanize(run: &[char], out: &mut String) {
    let mut word = String::new();
    let mut first = true;
    for &c in run.iter().chain(std::iter::once(&' ')) {
        let u = c as u32;
        if (0x1200..0x1358).contains(&u) {
            let row = ((u - 0x1200) / 8) as usize;
            let order = ((u - 0x1200) % 8) as usize;
            let cons = ROWS[row];
            let vowel = match (cons, order) {
                ("", 0) => "a",
                ("", 5) => "e",
                (_, o) => ORDERS[o],
            };
            word.push_str(cons);
            word.push_str(vowel);
            continue;
        }
        if !word.is_empty() {
            if !first {
                out.push(' ');
            }
            out.push_str(word.trim_matches('\''));
            first = false;
            word.clear();
        }
    }
}

#[cfg(test)]
mod tests {
    fn et(s: &str) -> String {
        crate::Normalizer::new().normalize(s)
    }

    #[test]
    fn rows_and_orders() {
        // Invented words.
        assert_eq!(et("መኮላ"), "mekola");
        assert_eq!(et("ቡሪ"), "buri");
        // Sixth order: a vowel slot, dropped at the end of a word.
        assert_eq!(et("ክብር"), "k'b'r");
        assert_eq!(et("አበበ"), "abebe");
    }

    #[test]
    fn word_space_splits() {
        assert_eq!(et("መኮ፡ቡሪ"), "meko buri");
    }
}
