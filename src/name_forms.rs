//! The other grammatical forms of one name part: where a naming custom
//! writes one family name or patronymic differently for a woman (or a
//! wife, a daughter) or in another language's grammar, the forms of the
//! one name (`Andreevna` is the daughter of the man whose son is
//! `Andreevich`). [`other_forms`] lists them for a normalized word; the
//! resolver tries them for a one-word query that does not resolve as
//! written (`resolve/forms.rs`), at a small penalty.
//!
//! The customs, each from its grammar (the forms are ending changes of
//! the word, the stem kept):
//!
//! - **East Slavic and Bulgarian** (Russian, Ukrainian, Belarusian,
//!   Bulgarian grammar; the romanisations of BGN/PCGN, ISO 9, and the
//!   German and Polish ones that write в as `w`): possessive surnames
//!   `-ov`/`-ev`/`-in`/`-yn` take `-a` for a woman (`-ova`, `-eva`,
//!   `-ina`, `-yna`, `-owa`, `-ewa`), and the French (older English and
//!   German) romanisations write the devoiced final `-ов`/`-ев`
//!   `-off`/`-eff`; adjectival ones `-skiy`/`-skij`/
//!   `-sky`/`-ski`/`-skyi` are `-skaya`/`-skaja`/`-ska` (`-tskiy`,
//!   `-tskaya` alike); the patronymic `-ovich`/`-evich` (Ukrainian
//!   `-ovych`) is `-ovna`/`-evna` (Ukrainian `-ivna`) for a daughter.
//! - **Polish**: adjectival `-ski`/`-cki`/`-dzki` are `-ska`/`-cka`/
//!   `-dzka`; the traditional forms add `-owa` (wife) and `-ówna`
//!   (daughter) to a surname ending in a consonant, whose fleeting `e`
//!   falls out before them (`Kozieł`, `Kozłowa`).
//! - **Czech and Slovak**: a woman's surname adds `-ová` (a final `-a`,
//!   `-e` or `-o` replaced), with the fleeting `e` of `-ek`/`-el`
//!   dropped (`Havel`, `Havlová`), foreign surnames included; adjectival
//!   `-ský`/`-cký` are `-ská`/`-cká`.
//! - **Lithuanian** takes a Slavic surname in `-vič` (`-vich`) into its
//!   own declension as `-vičius`.
//! - **Lithuanian**: a wife's surname ends `-ienė` and a daughter's
//!   `-aitė` (from `-as`), `-ytė` (from `-is`/`-ys`) or `-ūtė` (from
//!   `-us`), in place of the masculine ending.
//! - **Latvian**: masculine nouns end in `-s` (`-š`, `-is`), and foreign
//!   surnames take it too (a Russian `-ov` is `-ovs`); feminine ones end
//!   in `-a` or `-e`.
//! - **Lithuanian** also adds `-as` to a foreign masculine surname
//!   (`-ovas` for `-ov`).
//! - **Given names of Latin and Greek origin** take each language's
//!   ending: Latin `-ius`, Italian and Spanish `-io`, Greek `-ios`,
//!   Romanian `-iu`, Polish and Hungarian `-iusz`; Latin `-us`, Greek
//!   `-os` (Hungarian `-usz`, `-osz`); Modern Greek adds `-as` to an
//!   ancient name in `-on`.
//! - **Greek**: a woman's surname is the genitive of the man's: `-os` is
//!   `-ou`, `-is` (`-adis`, `-akis`, `-idis`) is `-i`, `-as` is `-a`.
//!
//! Normalized words have no diacritics (`-ová` is `-ova`, `-ienė`
//! `-iene`, `-ówna` `-owna`), so the ending tables are ASCII.
//!
//! # Example
//! ```
//! // (Through the resolver: a one-word query in another form of the name.)
//! use namefold::{Catalog, Entity, Query, Resolver};
//! // Invented names.
//! let cat = Catalog::from_entities(vec![Entity::new("v", "Velimirovich")])?;
//! let r = Resolver::build(&cat)?;
//! assert_eq!(r.resolve(&Query::new("Velimirovna")).id(), Some("v"));
//! # Ok::<(), namefold::Error>(())
//! ```

use unicode_normalization::UnicodeNormalization;

/// Shortest stem (the word less its ending) a form is made from: shorter
/// words are too often other names with the same letters.
const MIN_STEM: usize = 3;

/// Most forms listed for one word.
pub(crate) const MAX_FORMS: usize = 8;

/// One custom's ending change: a word ending in `from` (after at least
/// [`MIN_STEM`] letters) has the same stem with each of `to`.
type Ending = (&'static str, &'static [&'static str]);

/// The ending changes, each both ways where the custom has both forms
/// (see the module docs). Longer endings are listed before the endings
/// they end with; every matching one applies.
#[rustfmt::skip]
const ENDINGS: &[Ending] = &[
    // East Slavic patronymics: daughter's and son's.
    ("vna", &["vich", "vych"]),
    ("vich", &["vna", "vicius"]),
    ("vych", &["vna", "vicius"]),
    ("vitch", &["vna"]),
    ("vic", &["vna", "vicius"]),
    // (Lithuanian -vičius is the -ius a Slavic -vič surname takes; the
    // form back to -vich is not listed: a -vičius query then met another
    // Slavic name one letter off, `-vičius` being common in Lithuanian.)
    // Adjectival surnames: East Slavic, Polish, Czech, Slovak.
    ("skaya", &["skiy", "skij", "sky", "ski", "skyi"]),
    ("skaja", &["skij", "skiy", "sky", "ski"]),
    ("ska", &["ski", "sky", "skiy", "skij", "skyi"]),
    ("cka", &["cki", "cky"]),
    ("zka", &["zki"]),
    ("skiy", &["skaya", "ska"]),
    ("skij", &["skaja", "ska"]),
    ("skii", &["skaya", "ska"]),
    ("skyi", &["ska"]),
    ("sky", &["ska", "skaya"]),
    ("ski", &["ska", "skaya"]),
    ("cki", &["cka"]),
    ("cky", &["cka"]),
    // Possessive surnames: East Slavic, Bulgarian; Czech and Slovak -ová
    // (which also replaces a final vowel); Polish -owa, -ówna.
    ("ova", &["ov", "off"]),
    ("eva", &["ev", "eff"]),
    ("ina", &["in"]),
    ("yna", &["yn"]),
    ("owa", &["ow", "", "off"]),
    ("ewa", &["ew", "eff"]),
    ("owna", &[""]),
    ("ov", &["ova", "off"]),
    ("ev", &["eva", "eff"]),
    ("in", &["ina"]),
    ("ow", &["owa", "off"]),
    ("ew", &["ewa", "eff"]),
    // The French (and older English and German) spelling of a final
    // -ов/-ев, devoiced: -off/-eff.
    ("off", &["ov", "ova"]),
    ("eff", &["ev", "eva"]),
    // Lithuanian: wife's and daughter's surnames.
    ("iene", &["as", "is", "ys", "us"]),
    ("aite", &["as"]),
    ("yte", &["is", "ys"]),
    ("ute", &["us"]),
    // Latvian: the masculine -s on a foreign surname.
    ("ovs", &["ov"]),
    ("evs", &["ev"]),
    ("ins", &["in"]),
    ("ens", &["en"]),
    // Lithuanian: -as on a foreign surname.
    ("ovas", &["ov"]),
    ("evas", &["ev"]),
    // Given names of Latin and Greek origin in the forms of other
    // languages: Latin -ius, Italian and Spanish -io, Greek -ios,
    // Romanian -iu, Polish and Hungarian -iusz; Latin -us, Greek -os,
    // Hungarian -usz/-osz (a bare -us/-os for each other would make
    // too many short names meet); Modern Greek -as on a name in -on.
    ("iusz", &["ius", "io"]),
    ("ius", &["io", "ios", "iu"]),
    ("ios", &["ius", "io"]),
    ("io", &["ius", "ios"]),
    ("iu", &["ius", "io"]),
    ("usz", &["us", "os"]),
    ("osz", &["os", "us"]),
    ("onasz", &["on"]),
    ("onas", &["on"]),
    // Greek: the genitive for a woman.
    ("opoulou", &["opoulos"]),
    ("opoulos", &["opoulou"]),
    ("adi", &["adis"]),
    ("aki", &["akis"]),
    ("idi", &["idis"]),
    ("adis", &["adi"]),
    ("akis", &["aki"]),
    ("idis", &["idi"]),
];

/// The Czech and Slovak woman's ending, written with its accent: `-ová`
/// replaces nothing or a final vowel of the man's surname. Without the
/// accent, `-ova` is the Russian or Bulgarian `-ov` + `-a` (`Fedotova`
/// is not a woman of the Fedot family), so the word as written tells
/// the two customs apart.
const CZECH_OVA: &str = "ová";

/// Endings after which a Czech or Polish fleeting `e` comes back when a
/// form's ending is taken off (`havl-` is `Havel`, `kozl-` `Kozel`): a
/// consonant then `l`, `k`, `c` or `n`.
const FLEETING_AFTER: &str = "lkcn";

/// Other forms of normalized name part `word` (written `raw` in the
/// query) by the customs of the module docs, without `word` itself, at
/// most [`MAX_FORMS`]. Only for a name written in Latin, Cyrillic or
/// Greek letters: the scripts of the customs.
///
/// ```text
/// other_forms("velimirovna", "Velimirovna") == ["velimirovich", "velimirovych"]
/// ```
pub(crate) fn other_forms(word: &str, raw: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    if !word.is_ascii() || word.contains(' ') || !customs_script(raw) {
        return out;
    }
    let mut push = |s: String| {
        if s != word && !out.contains(&s) && out.len() < MAX_FORMS {
            out.push(s);
        }
    };
    let czech = czech_feminine(raw);
    let czech_ending: Ending = ("ova", &["", "a", "e", "o"]);
    for (from, to) in ENDINGS.iter().chain(czech.then_some(&czech_ending)) {
        let Some(stem) = word.strip_suffix(from) else {
            continue;
        };
        if stem.len() < MIN_STEM {
            continue;
        }
        for t in *to {
            if t.is_empty() {
                // The bare stem: its fleeting `e` back when it ends in two
                // consonants (`havl` is `havel`), else as it is.
                match fleeting_e(stem) {
                    Some(back) => push(back),
                    None => push(stem.to_string()),
                }
            } else {
                push(format!("{stem}{t}"));
            }
        }
    }
    out
}

/// Whether name part `raw` (as written) ends in the Czech and Slovak
/// woman's `-ová` ([`CZECH_OVA`]), accent written.
pub(crate) fn czech_feminine(raw: &str) -> bool {
    raw.trim_end()
        .nfc()
        .collect::<String>()
        .to_lowercase()
        .ends_with(CZECH_OVA)
}

/// Whether every letter of `raw` is Latin, Cyrillic or Greek.
fn customs_script(raw: &str) -> bool {
    raw.chars().filter(|c| c.is_alphabetic()).all(|c| {
        c.is_ascii()
            || ('\u{00C0}'..='\u{024F}').contains(&c)
            || ('\u{0370}'..='\u{03FF}').contains(&c)
            || ('\u{1F00}'..='\u{1FFF}').contains(&c)
            || ('\u{0400}'..='\u{04FF}').contains(&c)
    })
}

/// `stem` with the fleeting `e` put back before its last letter, when it
/// ends in a consonant and one of [`FLEETING_AFTER`].
fn fleeting_e(stem: &str) -> Option<String> {
    let b = stem.as_bytes();
    let n = b.len();
    let consonant = |c: u8| c.is_ascii_lowercase() && !b"aeiouy".contains(&c);
    if n >= 3 && FLEETING_AFTER.as_bytes().contains(&b[n - 1]) && consonant(b[n - 2]) {
        Some(format!("{}e{}", &stem[..n - 1], &stem[n - 1..]))
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn has(word: &str, form: &str) -> bool {
        other_forms(word, word).iter().any(|f| f == form)
    }

    fn has_raw(raw: &str, word: &str, form: &str) -> bool {
        other_forms(word, raw).iter().any(|f| f == form)
    }

    #[test]
    fn east_slavic_forms() {
        // Invented names.
        assert!(has("velimirovna", "velimirovich"));
        assert!(has("velimirovich", "velimirovna"));
        assert!(has("gorbatova", "gorbatov"));
        assert!(has("gorbatov", "gorbatova"));
        assert!(has("lesnitskaya", "lesnitskiy"));
        assert!(has("lesnitskiy", "lesnitskaya"));
        assert!(has("dudarina", "dudarin"));
        assert!(has("gorbatoff", "gorbatov"));
        assert!(has("gorbatova", "gorbatoff"));
        assert!(has("lesnitsewa", "lesnitseff"));
    }

    #[test]
    fn west_slavic_forms() {
        // Invented names: Czech -ová (foreign and -a surnames too), the
        // fleeting e; Polish -owa / -ówna (normalized -owna).
        assert!(has_raw("Brantová", "brantova", "brant"));
        assert!(has_raw("Koudová", "koudova", "kouda"));
        assert!(has_raw("Pavlová", "pavlova", "pavel"));
        assert!(has_raw("Pavlova\u{301}", "pavlova", "pavel"));
        // Without the accent, -ova is the Russian -ov + -a.
        assert!(!has("brantova", "brant"));
        assert!(has("pavlova", "pavlov"));
        assert!(has("sztyklowa", "sztykel"));
        assert!(has("sztyklowna", "sztykel"));
        assert!(has("mardowna", "mard"));
        assert!(has("wolnicka", "wolnicki"));
    }

    #[test]
    fn baltic_and_greek_forms() {
        // Invented names.
        assert!(has("varniene", "varnis"));
        assert!(has("varnaite", "varnas"));
        assert!(has("varnyte", "varnys"));
        assert!(has("dorkevich", "dorkevicius"));
        assert!(has("dorinovs", "dorinov"));
        assert!(has("stavropoulou", "stavropoulos"));
        assert!(has("mavrakis", "mavraki"));
    }

    #[test]
    fn given_names_in_other_languages_forms() {
        // Invented names.
        assert!(has("tarvius", "tarvio"));
        assert!(has("tarviusz", "tarvio"));
        assert!(has("tarvio", "tarvius"));
        assert!(has("menodorusz", "menodorus"));
        assert!(has("kelonas", "kelon"));
        assert!(has("dorinovas", "dorinov"));
    }

    #[test]
    fn short_stems_and_other_words_have_no_forms() {
        for w in ["ova", "kov", "mardel", ""] {
            assert!(other_forms(w, w).is_empty(), "{w}");
        }
        // Nor names written in other scripts (romanised `-ova`, `-idi`).
        assert!(other_forms("gorbatova", "ゴルバトワ").is_empty());
        assert!(other_forms("makridi", "مكريدي").is_empty());
        assert!(!other_forms("gorbatova", "Горбатова").is_empty());
        // A form is never the word itself, and there are few.
        for w in ["gorbatova", "lesnitskaya", "brantova", "sztyklowa"] {
            let f = other_forms(w, w);
            assert!(!f.iter().any(|x| x == w));
            assert!(f.len() <= MAX_FORMS);
        }
    }
}
