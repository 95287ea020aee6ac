//! The default model's costs: the vowel, consonant and keyboard classes
//! and the spelling rules of the romanisations namefold knows.

use super::{Context, Cost, CostModel, EditClass, OTHER_VOWEL_COST, VOWELS};

impl Default for CostModel {
    /// Costs tuned for romanised names and typing noise; see the module
    /// docs for the classes.
    fn default() -> CostModel {
        let mut m = CostModel::uniform();
        m.doubled_and_transpose(25, 35);
        default_vowels(&mut m);
        default_consonants(&mut m);
        default_keyboard(&mut m);
        default_rules(&mut m);
        slavic_latin_rules(&mut m);
        soft_e_rules(&mut m);
        burmese_e_rules(&mut m);
        crate::east_slavic::adjectival_ending_rules(&mut m);
        crate::abjad::add_latin_rules(&mut m);
        crate::german_spelling::add_rules(&mut m);
        crate::dutch_spelling::add_rules(&mut m);
        crate::palatal_n::add_rules(&mut m);
        m
    }
}

fn default_vowels(m: &mut CostModel) {
    use EditClass::*;
    // Transliteration exchanges vowels in these pairs (и/й/ы as i/y/j,
    // е/є as e/ie/ye, ου and ó as u, ё as e/yo below); any other vowel for
    // another costs nearly a full edit (`Kurilenko` is not `Korolenko`).
    for a in VOWELS.chars() {
        for b in VOWELS.chars() {
            m.substitution(a, b, OTHER_VOWEL_COST, Vowel);
        }
    }
    for (a, b, c) in [
        ('i', 'y', 15),
        ('i', 'j', 15),
        ('y', 'j', 15),
        ('e', 'i', 35),
        ('e', 'y', 35),
        ('o', 'u', 60),
        ('u', 'y', 45),
    ] {
        m.substitution(a, b, c, Vowel);
    }
    m.substitution('j', 'e', 45, Vowel);
    // Greek η written h (cyrtranslit), ω written w, υ written u/v.
    m.substitution('h', 'i', 40, Vowel);
    m.substitution('w', 'o', 40, Vowel);
    m.substitution('u', 'v', 40, Vowel);
    // An apostrophe inside a word often stands for a vowel (Bulgarian ъ).
    for c in VOWELS.chars() {
        m.substitution('\'', c, 25, Vowel);
    }
    for c in "aeou".chars() {
        m.insertion(c, 70, Vowel);
    }
    m.insertion('i', 45, Silent);
    m.insertion('y', 35, Silent);
    m.insertion('j', 35, Silent);
    m.insertion('h', 35, Silent);
    m.insertion('\'', 5, Silent);
    m.insertion('w', 70, Silent);
}

fn default_consonants(m: &mut CostModel) {
    use EditClass::*;
    for (a, b, c) in [
        ('w', 'v', 15),
        ('v', 'f', 45),
        ('w', 'f', 50),
        ('c', 'k', 20),
        ('k', 'q', 30),
        ('c', 'q', 35),
        ('c', 's', 50),
        ('s', 'z', 35),
        ('c', 'z', 50),
        ('g', 'h', 45),
        ('h', 'x', 45),
        ('k', 'x', 60),
        ('b', 'v', 35),
        ('d', 't', 90),
        ('b', 'p', 90),
        ('g', 'k', 90),
        ('g', 'j', 60),
        ('z', 'j', 60),
        ('s', 'x', 70),
        ('m', 'n', 85),
        ('l', 'r', 80),
        ('p', 'f', 45),
    ] {
        m.substitution(a, b, c, Phonetic);
    }
}

fn default_keyboard(m: &mut CostModel) {
    const ROWS: [&str; 3] = ["qwertyuiop", "asdfghjkl", "zxcvbnm"];
    let pos = |c: char| {
        ROWS.iter()
            .enumerate()
            .find_map(|(r, row)| row.find(c).map(|i| (r as i32, i as i32)))
    };
    for a in 'a'..='z' {
        for b in 'a'..='z' {
            let (Some((ra, ia)), Some((rb, ib))) = (pos(a), pos(b)) else {
                continue;
            };
            // Each row sits a fraction of a key to the right of the one
            // above: `s` touches `w` and `e` above it, `z` and `x` below.
            let near = (ra == rb && (ia - ib).abs() == 1)
                || ((ra - rb).abs() == 1
                    && (ia - ib == 0 || ia - ib == if ra > rb { -1 } else { 1 }));
            if near && m.sub_cost(a, b).0 > 50 {
                m.substitution(a, b, 50, EditClass::Keyboard);
            }
        }
    }
    // Letters OCR reads one for another.
    for (a, b) in [('i', 'l'), ('c', 'e'), ('h', 'b'), ('h', 'n'), ('g', 'q')] {
        if m.sub_cost(a, b).0 > 50 {
            m.substitution(a, b, 50, EditClass::Keyboard);
        }
    }
    for (a, b) in [("rn", "m"), ("cl", "d"), ("vv", "w")] {
        m.rule(a, b, 40, EditClass::Keyboard);
    }
}

fn default_rules(m: &mut CostModel) {
    use EditClass::*;
    for (a, b, c) in [
        ("ff", "v", 30),
        ("ff", "f", 25),
        ("ph", "f", 20),
        ("ck", "k", 20),
        ("ck", "c", 25),
        ("ks", "x", 20),
        ("kh", "h", 25),
        ("kh", "x", 25),
        ("ch", "h", 35),
        ("ch", "k", 40),
        ("ts", "c", 25),
        ("ts", "z", 35),
        ("tz", "z", 20),
        ("tz", "c", 25),
        ("ts", "tz", 15),
        ("cz", "c", 30),
        ("cz", "ts", 20),
        ("dz", "j", 30),
        ("ch", "sh", 30),
        ("zh", "j", 30),
        ("zh", "z", 30),
        ("sz", "s", 35),
        ("dj", "j", 35),
        ("ou", "u", 25),
        ("oo", "u", 25),
        ("iy", "y", 20),
        ("ii", "y", 25),
        ("ij", "y", 25),
        ("yi", "i", 20),
        ("yj", "y", 20),
        ("ia", "ya", 15),
        ("ie", "ye", 15),
        ("ie", "i", 35),
        ("iu", "yu", 15),
        ("ju", "yu", 15),
        ("ja", "ya", 15),
        ("je", "ye", 15),
        // ё written e, yo, io or jo.
        ("yo", "e", 35),
        ("io", "e", 35),
        ("jo", "e", 35),
        ("yu", "u", 40),
        ("ya", "a", 40),
        ("th", "t", 25),
        // `rn`/`m`, `vv`/`w`, `cl`/`d` are OCR look-alikes: `default_keyboard`.
        ("nn", "m", 60),
        // Georgian and Armenian romanisations.
        ("z'", "dz", 15),
        ("dz", "z", 30),
        ("gh", "g", 25),
        ("g'", "gh", 15),
        ("c'", "ts", 20),
        ("c'", "ch", 25),
        ("rh", "rr", 20),
        ("ow", "u", 25),
        ("ow", "ou", 20),
        // Greek digraphs.
        ("oy", "ou", 20),
        ("gg", "ng", 20),
        ("mp", "mb", 20),
        ("gk", "g", 25),
        ("gk", "ng", 25),
        ("gk", "nk", 25),
        ("nk", "g", 30),
        ("nk", "ng", 30),
        ("nt", "d", 35),
        ("eu", "ev", 20),
        ("au", "av", 20),
        ("eu", "ef", 30),
        ("au", "af", 30),
        ("ey", "ev", 20),
        ("ay", "av", 20),
        ("ey", "ef", 25),
        ("ay", "af", 25),
    ] {
        m.rule(a, b, c, Phonetic);
    }
    greek_b_rules(m);
    crate::german_spelling::add_umlaut_rules(m);
    // Korean ㅓ before a final n or ng: RR `eo`, the customary `u`
    // (`Jeong`/`Jung`, `Hyeon`/`Hyun`), which names written without a
    // sign of their Korean romanisation (see `korean_latin`) meet too.
    let before_n = Context::new("", "n");
    m.query_rule("u", "eo", before_n, 25, Vowel);
    m.query_rule("eo", "u", before_n, 25, Vowel);
}

/// Greek `μπ`, which writes `b` at a word's start and often inside it
/// (`Mparmpas` for `Barbas`), always before a vowel or a liquid: a Greek
/// word does not end in it. One-way rules from the query both ways,
/// where the letter after the query's side is one of those, so a final
/// `mp` is no `b` (`Tramp` is not `Trab`).
fn greek_b_rules(m: &mut CostModel) {
    let before_vowel = Context::new("", GREEK_MP_NEXT);
    m.query_rule("mp", "b", before_vowel, GREEK_B_COST, EditClass::Phonetic);
    m.query_rule("b", "mp", before_vowel, GREEK_B_COST, EditClass::Phonetic);
}

/// The letters that may follow Greek `μπ` (`b`): a vowel, `ρ` or `λ`.
const GREEK_MP_NEXT: &str = "aeiouyrl";

/// Cost of Greek `mp` for `b` ([`greek_b_rules`]).
pub(super) const GREEK_B_COST: Cost = 25;

/// Slavic names in the Latin spellings of the languages that write
/// them: the romanisations of Cyrillic for German (Duden: `sch` ш,
/// `tsch` ч, `w` в, `ch` х), Polish (`sz` ш, `cz` ч, `rz`/`ż` ж, `ch`
/// х), Dutch (`sj` ш, `tsj` ч), Swedish and Norwegian (`sj` ш, `tj`
/// ч, `zj` ж), French (`ch` ш, `tch` ч), Hungarian
/// (`cs` ч, `zs` ж), the Latin alphabets of Uzbek, Azerbaijani and
/// Tatar (`x` х, which German and Polish write `ch`) and the English and
/// ISO ones (`sh`, `ch`, `zh`, `kh`). The sounds each writes meet; the longer spellings as one-way
/// rules from the query (at most two letters on the catalogue side).
fn slavic_latin_rules(m: &mut CostModel) {
    use EditClass::Phonetic;
    for (a, b, c) in [
        ("sz", "sh", 20),
        ("cz", "ch", 20),
        ("sj", "sh", 20),
        ("tj", "ch", 20),
        ("zj", "zh", 20),
        ("cs", "ch", 25),
        ("zs", "zh", 20),
        ("rz", "zh", 30),
        ("ch", "kh", 25),
        ("x", "ch", 30),
    ] {
        m.rule(a, b, c, Phonetic);
    }
    let before_h = Context::new("", "h");
    let any = Context::new("", "");
    for (a, b, ctx, c) in [
        // German sch for English sh and French ch, both ways (sch/sh at
        // 20 made the synthetic scale suite's `Schäfer` meet another
        // catalogue name `Shaffer` above the threshold).
        ("sc", "s", before_h, 30),
        ("s", "sc", before_h, 30),
        ("sc", "c", before_h, 25),
        ("c", "sc", before_h, 25),
        // German tsch, Dutch tsj, French tch for English ch.
        ("tsch", "ch", any, 20),
        ("tsj", "ch", any, 20),
        ("tc", "c", before_h, 20),
        ("c", "tc", before_h, 20),
        // German dsch, Polish dż (normalized dz) for English j.
        ("dsch", "j", any, 20),
    ] {
        m.query_rule(a, b, ctx, c, Phonetic);
    }
}

/// Cyrillic `ей` after a consonant (the ending of `Сергей`, `Алексей`,
/// `Андрей`, `Матвей`), whose `е` the Polish, Romanian and Lithuanian
/// romanisations write `ie` (the `i` marks the consonant soft: Polish
/// `Aleksiej`, Romanian `Serghiei`, Lithuanian `Sergiej`) and the English
/// and ISO ones `e` (`Sergei`, `Sergey`). One-way rules from the query,
/// only between a consonant and the `й` (`i`, `y`, `j`), so a name's own
/// `ie` elsewhere (`Siena`, `Vattier`) is not touched.
fn soft_e_rules(m: &mut CostModel) {
    const CONSONANTS: &str = "bcdfghjklmnpqrstvwxz";
    let soft_ei = Context::new(CONSONANTS, "iyj");
    m.query_rule("e", "ie", soft_ei, SOFT_E_COST, EditClass::Phonetic);
    m.query_rule("ie", "e", soft_ei, SOFT_E_COST, EditClass::Phonetic);
}

/// The Burmese vowel `e` (ေ), which the customary romanisation writes
/// `ay` or `e` at the end of a syllable (`Nay Win`/`Ne Win`,
/// `Naypyidaw`/`Nepyidaw`). One-way rules from the query, at a word's end
/// only (a syllable's end inside a word is not seen).
fn burmese_e_rules(m: &mut CostModel) {
    let end = Context::new("", "$");
    m.query_rule("ay", "e", end, BURMESE_E_COST, EditClass::Vowel);
    m.query_rule("e", "ay", end, BURMESE_E_COST, EditClass::Vowel);
}

/// Cost of the Burmese `ay` for `e` ([`burmese_e_rules`]).
pub(super) const BURMESE_E_COST: Cost = 25;

/// Cost of the soft `ie` for `e` ([`soft_e_rules`]): with the Romanian
/// `gh` for `g` before a front vowel (25) a name stays within a variant
/// spelling's cost (`Sergei`/`Serghiei`: 45).
pub(super) const SOFT_E_COST: Cost = 20;
