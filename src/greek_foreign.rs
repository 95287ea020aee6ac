//! How Greek writes foreign names, as another romanisation of a Greek
//! word: the normalizer reads Greek by ELOT 743 (`ντ` is `nt` inside a
//! word, `ου` `ou`, `η` `i`), which is right for a Greek name, but Greek
//! spells a foreign name with its own digraphs for the sounds its
//! alphabet lacks (the conventions of Greek orthography for loan words
//! and foreign names): `μπ` is `b`, `ντ` `d`, `γκ` `g` (and `γγ` `ng`),
//! `τζ` `j`, `ου` `u`, `αι` `e`; `γ` before `ι`/`ε` and a vowel is the
//! glide `y` (`Γιόχαν` is Johan); `χ` writes `h`. An accent or a
//! diaeresis on the first vowel of a pair, or a diaeresis on the second,
//! splits it (`έι` is the `ei` of a foreign name, not `ει` = `i`).
//! [`foreign_reading`] gives that reading; the resolver tries it for a
//! one-word Greek query that does not resolve as written
//! (`resolve/forms.rs`).
//!
//! # Example
//! ```
//! // (Through the resolver: a foreign name written in Greek letters.)
//! use namefold::{Catalog, Entity, Query, Resolver};
//! // Invented name.
//! let cat = Catalog::from_entities(vec![Entity::new("d", "Dubarel")])?;
//! let r = Resolver::build(&cat)?;
//! assert_eq!(r.resolve(&Query::new("Ντουμπαρέλ")).id(), Some("d"));
//! # Ok::<(), namefold::Error>(())
//! ```

use unicode_normalization::UnicodeNormalization;

/// Longest word read (in letters): a name part, not a text.
const MAX_LETTERS: usize = 40;

/// One Greek letter of the word: lowercase, without its marks, and
/// whether it carried an accent (tonos, oxia, varia, perispomeni) or a
/// diaeresis.
#[derive(Clone, Copy)]
struct Letter {
    c: char,
    accent: bool,
    diaeresis: bool,
}

/// The Latin spelling of one-word Greek name `raw` by the conventions
/// for foreign names (module docs), or `None` when `raw` is not one
/// Greek word (every letter Greek, no space) or is longer than
/// [`MAX_LETTERS`].
pub(crate) fn foreign_reading(raw: &str) -> Option<String> {
    let mut letters: Vec<Letter> = Vec::new();
    for c in raw.trim().nfd() {
        match c {
            '\u{301}' | '\u{300}' | '\u{342}' | '\u{344}' => {
                letters.last_mut()?.accent = true;
            }
            '\u{308}' => letters.last_mut()?.diaeresis = true,
            c if is_greek(c) => {
                if letters.len() >= MAX_LETTERS {
                    return None;
                }
                let c = c.to_lowercase().next().unwrap_or(c);
                letters.push(Letter {
                    c: if c == 'ς' { 'σ' } else { c },
                    accent: false,
                    diaeresis: false,
                });
            }
            c if c.is_alphabetic() || c.is_whitespace() => return None,
            // Other marks (breathings, iota subscript) and punctuation.
            _ => {}
        }
    }
    if letters.is_empty() {
        return None;
    }
    let mut out = String::new();
    let mut i = 0;
    while i < letters.len() {
        let a = letters[i];
        let b = letters.get(i + 1).copied();
        let after = letters.get(i + 2).map(|l| l.c);
        // ντζ is n + τζ (`nj`), not ντ + ζ.
        if a.c == 'ν' && b.is_some_and(|b| b.c == 'τ') && after == Some('ζ') {
            out.push('n');
            i += 1;
            continue;
        }
        // A pair of letters read as one sound.
        let pair = b.and_then(|b| {
            let vowels_join = !a.accent && !a.diaeresis && !b.diaeresis;
            match (a.c, b.c) {
                ('ο', 'υ') if vowels_join => Some("u"),
                ('α', 'ι') if vowels_join => Some("e"),
                ('ε', 'ι') if vowels_join => Some("i"),
                ('μ', 'π') => Some("b"),
                ('ν', 'τ') => Some("d"),
                ('γ', 'κ') => Some("g"),
                ('γ', 'γ') => Some("ng"),
                ('τ', 'ζ') => Some("j"),
                ('τ', 'σ') => Some("ts"),
                // γι, γε before a vowel: the glide y (its ι silent).
                ('γ', 'ι') if after.is_some_and(is_vowel) => Some("y"),
                _ => None,
            }
        });
        if let Some(p) = pair {
            out.push_str(p);
            i += 2;
            continue;
        }
        if a.c == 'γ' && b.is_some_and(|b| b.c == 'ε') && after.is_some_and(is_vowel) {
            out.push('y');
            i += 1;
            continue;
        }
        out.push_str(match a.c {
            'α' => "a",
            'β' => "v",
            'γ' => "g",
            'δ' => "d",
            'ε' => "e",
            'ζ' => "z",
            'η' => "i",
            'θ' => "th",
            'ι' => "i",
            'κ' => "k",
            'λ' => "l",
            'μ' => "m",
            'ν' => "n",
            'ξ' => "x",
            'ο' => "o",
            'π' => "p",
            'ρ' => "r",
            'σ' => "s",
            'τ' => "t",
            'υ' => "i",
            'φ' => "f",
            'χ' => "h",
            'ψ' => "ps",
            'ω' => "o",
            _ => "",
        });
        i += 1;
    }
    (!out.is_empty()).then_some(out)
}

/// Whether `c` is a letter of the Greek alphabet (basic or extended).
fn is_greek(c: char) -> bool {
    (('\u{0391}'..='\u{03C9}').contains(&c) && c != '\u{03A2}')
        || ('\u{1F00}'..='\u{1FFF}').contains(&c) && c.is_alphabetic()
}

/// Whether Greek letter `c` (lowercase, unmarked) is a vowel.
fn is_vowel(c: char) -> bool {
    "αεηιουω".contains(c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn foreign_digraphs_read_as_their_sounds() {
        // Invented names.
        for (g, latin) in [
            ("Ντουμπαρέλ", "dubarel"),
            ("Μπέικλαντ", "beiklad"),
            ("Γκόρντελ", "gordel"),
            ("Τζέρμαν", "jerman"),
            ("Γιόχαμερ", "yohamer"),
            ("Γιεντάλ", "yedal"),
            ("Λαϊνέρ", "lainer"),
            ("Μαιρέλ", "merel"),
            ("Κλεϊνσταν", "kleinstan"),
            ("Ρίνγκερ", "ringer"),
            ("Μαντζόλα", "manjola"),
        ] {
            assert_eq!(foreign_reading(g).as_deref(), Some(latin), "{g}");
        }
    }

    #[test]
    fn only_one_greek_word_is_read() {
        for raw in ["Dubarel", "Ντου Μπαρέλ", "Ντουmπαρέλ", "", "-"] {
            assert_eq!(foreign_reading(raw), None, "{raw}");
        }
        // Marks alone are no word; no panic on stray marks.
        assert_eq!(foreign_reading("\u{301}"), None);
        let long: String = "α".repeat(MAX_LETTERS + 1);
        assert_eq!(foreign_reading(&long), None);
    }
}
