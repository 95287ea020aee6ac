//! An East Slavic name romanised by another language's orthography,
//! spelt back the way the normalizer romanises Cyrillic (the English
//! BGN/PCGN-like reading), so that the Cyrillic reading's conventions
//! meet it with the catalogue's spelling, whichever system that used.
//!
//! Each language writes the Cyrillic letters with its own digraphs:
//!
//! - **Polish**: ш `sz`, ч `cz`, щ `szcz`, ж `rz`/`ż`, х `ch`, в `w`,
//!   the soft vowels я/е/ю `ja`/`je`/`ju` (`ia`/`ie` after a consonant);
//! - **German**: ш `sch`, ч `tsch`, х `ch`, в `w`, й and the soft vowels
//!   with `j`;
//! - **Dutch**: ш `sj`, ч `tsj`, ж `zj`, х `ch`, у `oe`, `j` for й;
//! - **French**: ш `ch`, ч `tch`, ж `j`, у `ou`.
//!
//! [`pivot_forms`] gives, for a word that shows a system's own spelling
//! (`sz`, `w`, `sch`, `sj`, `tch`) and ends like an East Slavic surname in
//! these spellings, the word re-spelt by that system's table.
//! The resolver tries those forms for a one-word query that does not
//! resolve (`resolve/forms.rs`).
//!
//! # Example
//! ```
//! // (Through the resolver: a Polish spelling of a Ukrainian name.)
//! use namefold::{Catalog, Entity, Query, Resolver};
//! // Invented name.
//! let cat = Catalog::from_entities(vec![Entity::new("k", "Korushchenko")])?;
//! let r = Resolver::build(&cat)?;
//! assert_eq!(r.resolve(&Query::new("Koruszczenko")).id(), Some("k"));
//! # Ok::<(), namefold::Error>(())
//! ```

/// One system: the digraph that marks a word as spelt by it, and its
/// spellings with the pivot's, longest first.
struct System {
    marks: &'static [&'static str],
    table: &'static [(&'static str, &'static str)],
}

#[rustfmt::skip]
const SYSTEMS: &[System] = &[
    // Polish.
    System {
        marks: &["sz", "cz", "rz", "w"],
        table: &[
            ("szcz", "shch"), ("sz", "sh"), ("cz", "ch"), ("rz", "zh"), ("ch", "kh"),
            ("w", "v"), ("ja", "ya"), ("je", "ye"), ("ju", "yu"), ("jo", "yo"),
            ("ie", "e"), ("ia", "ya"), ("iu", "yu"),
        ],
    },
    // German.
    System {
        marks: &["sch"],
        table: &[
            ("schtsch", "shch"), ("tsch", "ch"), ("sch", "sh"), ("ch", "kh"), ("w", "v"),
            ("ja", "ya"), ("je", "ye"), ("ju", "yu"), ("jo", "yo"), ("j", "y"),
        ],
    },
    // Dutch.
    System {
        marks: &["sj", "zj", "oe"],
        table: &[
            ("sjtsj", "shch"), ("tsj", "ch"), ("sj", "sh"), ("zj", "zh"), ("ch", "kh"),
            ("oe", "u"), ("ja", "ya"), ("je", "ye"), ("ju", "yu"), ("jo", "yo"), ("j", "y"),
        ],
    },
    // French.
    System {
        marks: &["tch", "ou"],
        table: &[("chtch", "shch"), ("tch", "ch"), ("ch", "sh"), ("ou", "u"), ("j", "zh")],
    },
];

/// Endings of East Slavic surnames and patronymics in these systems'
/// spellings: `-ov`/`-ev` (`-ow`/`-ew`, `-off`/`-eff`), their women's
/// `-a`, `-enko`, `-ski`/`-sky`/`-skij`, `-ich` (`-icz`, `-itsch`,
/// `-itsj`).
const ENDINGS: &[&str] = &[
    "ov", "ev", "ova", "eva", "ow", "ew", "owa", "ewa", "off", "eff", "enko", "ski", "sky", "skij",
    "skaja", "ich", "icz", "itsch", "itsj",
];

/// Longest word re-spelt.
const MAX_LEN: usize = 40;

/// The re-spellings of normalized word `word` by each system whose mark
/// it shows, when it ends like an East Slavic name; never `word` itself.
pub(crate) fn pivot_forms(word: &str) -> Vec<String> {
    let mut out = Vec::new();
    if !slavic_word(word) {
        return out;
    }
    for sys in SYSTEMS {
        if !sys.marks.iter().any(|m| word.contains(m)) {
            continue;
        }
        let form = respell(word, sys.table);
        if form != word && !out.contains(&form) {
            out.push(form);
        }
    }
    out
}

/// The pivot's spellings in each system's (the tables of [`SYSTEMS`] the
/// other way), longest first: a catalogue may write the name by any.
/// (ц, Polish `c` and German `z`, is left out: the cost model makes `c`
/// and `z` near `s`, so the form met another name's `s`: on the dev
/// suite a `-tsayev` query met a German `-sajew` name.)
#[rustfmt::skip]
const TO_SYSTEMS: &[&[(&str, &str)]] = &[
    // Polish.
    &[("shch", "szcz"), ("ch", "cz"), ("sh", "sz"), ("zh", "z"), ("kh", "ch"), ("v", "w"), ("ya", "ja"), ("ye", "je"), ("yu", "ju"), ("yo", "jo")],
    // German.
    &[("shch", "schtsch"), ("ch", "tsch"), ("sh", "sch"), ("zh", "sch"), ("kh", "ch"),
      ("v", "w"), ("ya", "ja"), ("ye", "je"), ("yu", "ju"), ("yo", "jo"), ("y", "j")],
    // Dutch.
    &[("shch", "sjtsj"), ("ch", "tsj"), ("sh", "sj"), ("zh", "zj"), ("kh", "ch"), ("u", "oe"),
      ("ya", "ja"), ("ye", "je"), ("yu", "joe"), ("yo", "jo"), ("y", "j")],
    // French.
    &[("shch", "chtch"), ("ch", "tch"), ("sh", "ch"), ("zh", "j"), ("u", "ou"), ("y", "i")],
];

/// The spellings of normalized word `word`, read as the pivot (the
/// normalizer's romanisation of Cyrillic), by each system, when it ends
/// like an East Slavic name; never `word` itself.
pub(crate) fn system_forms(word: &str) -> Vec<String> {
    let mut out = Vec::new();
    if !slavic_word(word) {
        return out;
    }
    for table in TO_SYSTEMS {
        let form = respell(word, table);
        if form != word && !out.contains(&form) {
            out.push(form);
        }
    }
    out
}

/// Whether `word` is ASCII, short enough, one word, with an ending of
/// [`ENDINGS`].
fn slavic_word(word: &str) -> bool {
    word.is_ascii()
        && word.len() <= MAX_LEN
        && !word.contains(' ')
        && ENDINGS
            .iter()
            .any(|e| word.ends_with(e) && word.len() >= e.len() + 3)
}

/// `word` with each spelling of `table` (the first that matches at each
/// place, so longer ones listed first win) replaced by the pivot's.
fn respell(word: &str, table: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(word.len() + 4);
    let mut rest = word;
    while let Some(c) = rest.chars().next() {
        if let Some((from, to)) = table.iter().find(|(from, _)| rest.starts_with(from)) {
            out.push_str(to);
            rest = &rest[from.len()..];
        } else {
            out.push(c);
            rest = &rest[c.len_utf8()..];
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn has(word: &str, form: &str) -> bool {
        pivot_forms(word).iter().any(|f| f == form)
    }

    #[test]
    fn each_system_is_spelt_back() {
        // Invented names.
        assert!(has("koruszczenko", "korushchenko"));
        assert!(has("mirzanowa", "mizhanova"));
        assert!(has("wilochow", "vilokhov"));
        assert!(has("tschernaschow", "chernashov"));
        assert!(has("sjoetsjenko", "shuchenko"));
        assert!(has("tchoumakov", "chumakov"));
    }

    #[test]
    fn the_pivot_in_each_system() {
        // Invented name.
        let f = system_forms("zhukayev");
        for want in ["zukajew", "schukajew", "zjoekajev", "joukaiev"] {
            assert!(f.iter().any(|x| x == want), "{want}: {f:?}");
        }
        assert!(system_forms("zhukay").is_empty());
    }

    #[test]
    fn only_east_slavic_looking_words_with_a_mark() {
        // Invented: no mark, another ending, too short.
        for w in ["korushenko", "szabelkan", "schmidt", "sjow", "tchou"] {
            assert!(pivot_forms(w).is_empty(), "{w}");
        }
    }
}
