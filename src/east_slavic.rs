//! Where Belarusian, Ukrainian and Russian spellings of one name differ,
//! as edit costs of the Belarusian reading
//! ([`crate::CostModel::with_akanye`]) of names with a word that
//! [`looks_belarusian`] (the default model already has `h` for `g` at 45).
//!
//! The three languages write most shared names with cognate letters, and
//! their romanisations then differ in a few regular ways:
//!
//! - **akanye**: Belarusian writes the unstressed `o` as `а`, so `a` and
//!   `o` stand for each other in any syllable but the stressed one. That
//!   is too loose for every word (it would make `Kabe` as near to `Kobe`
//!   as to `Kane`);
//! - **г**: Ukrainian and Belarusian г is a fricative, romanised `h`;
//!   Russian г is `g`;
//! - **ў**: Belarusian ў closes a syllable where Russian has `в` (or `л`):
//!   `-аў` romanised `-au` for Russian `-ов` `-ov`;
//! - **dzekanye / tsekanye**: Belarusian дз and ц stand for Russian soft
//!   д and т (`Dzmitry`/`Dmitry`, `Tsimafei`/`Timofei`);
//! - **yakanye**: Belarusian я (`ia`) for an unstressed Russian е
//!   (`Aliaksandr`/`Aleksandr`, `Siarhei`/`Sergei`).
//!
//! # Example
//! ```
//! use namefold::{cost, CostModel};
//! let m = CostModel::default();
//! // Invented names: a Ukrainian/Belarusian spelling and the Russian one.
//! assert!(cost::distance(&m, "hanchar", "ganchar") < cost::UNIT / 2);
//! // The Belarusian reading, for words spelt the Belarusian way.
//! let b = m.with_akanye();
//! assert!(cost::distance(&b, "dzianis", "denis") < cost::UNIT);
//! assert!(cost::distance(&b, "zharabau", "zhorobov") < cost::UNIT);
//! ```

use std::sync::OnceLock;

use crate::cost::{Cost, CostModel, EditClass};
use crate::fxhash::FxHashMap;
use crate::score;

/// `a` for `o` in a Belarusian-looking word (akanye), well below the 70
/// of an unrelated vowel.
pub(crate) const AKANYE_COST: Cost = 35;
/// `h` for `g` (the fricative г) in the Belarusian reading; the default
/// model's 45 serves Ukrainian names too (35 there made `Hude` as near to
/// `Goode` as to `Hudd` on the synthetic scale suite).
pub(crate) const FRICATIVE_G_COST: Cost = 35;

/// `base` with the Belarusian reading: akanye (`a` and `o` cost
/// [`AKANYE_COST`] for each other), г (`h` for `g` at
/// [`FRICATIVE_G_COST`]), ў (`-au` for `-ov`), дз and ц for
/// soft д and т, я for an unstressed е. Each of these, in every word,
/// would make other names meet (`Lauric`/`Lovric`, `Bos`/`Bots`): they
/// are for words that [`looks_belarusian`] only.
pub(crate) fn akanye_model(base: &CostModel) -> CostModel {
    use EditClass::*;
    let mut m = base.clone();
    m.substitution('a', 'o', AKANYE_COST, Vowel);
    m.substitution('g', 'h', FRICATIVE_G_COST, Phonetic);
    for (a, b, c) in [
        // ў closing a syllable: -au/-ou for -ov/-av.
        ("au", "ov", 25),
        ("ou", "ov", 25),
        // дз, ц for soft д, т.
        ("dz", "d", 30),
        ("ts", "t", 40),
        // я / е for an unstressed е.
        ("ia", "e", 30),
        ("ie", "e", 30),
        ("ya", "e", 35),
    ] {
        m.rule(a, b, c, Phonetic);
    }
    m
}

/// Cost of the Russian stressed adjectival ending `-ой` for the
/// Ukrainian `-ий` or the Belarusian `-ы` ([`adjectival_ending_rules`]):
/// below the 70 of the `o` left out, about a romanisation variant's.
pub(crate) const ADJECTIVAL_ENDING_COST: Cost = 30;

/// The stressed adjectival ending of a surname in the three languages'
/// grammars: Russian `-ой` (BGN/PCGN `-oy`, also `-oi`, `-oj`), where
/// Ukrainian writes `-ий` (`-yi` in the national system of 2010, `-yy`
/// BGN/PCGN, `-iy`, `-yj`, `-ij`, or a bare `-y`) and Belarusian `-ы`
/// (`-y`): one surname is `Bokovoy` in a Russian record and `Bokovyi` in a
/// Ukrainian one. One-way rules from the query, each way round, at a
/// word's end after a consonant (the ending follows the stem), so a
/// name's own `oi` or `yi` elsewhere is not touched. (The unstressed
/// Russian `-ый`/`-ий` is already a `y`/`i` variant of the Ukrainian.)
pub(crate) fn adjectival_ending_rules(m: &mut CostModel) {
    const CONSONANTS: &str = "bcdfghjklmnpqrstvwxz";
    let end = crate::cost::Context::new(CONSONANTS, "$");
    const RUSSIAN: &[&str] = &["oy", "oi", "oj"];
    const OTHER: &[&str] = &["yi", "yy", "iy", "yj", "ij", "y"];
    for r in RUSSIAN {
        for o in OTHER {
            m.query_rule(r, o, end, ADJECTIVAL_ENDING_COST, EditClass::Vowel);
            m.query_rule(o, r, end, ADJECTIVAL_ENDING_COST, EditClass::Vowel);
        }
    }
}

/// Whether a normalized word shows a spelling only Belarusian
/// romanisation makes: ў as `u` closing a word (`-au`, `-ou`, `-iu`, not
/// the French `-eau`), or after я/е/ё before a consonant (`Yauhen`-like),
/// or soft дз (`dzia`, `dzie`, `uladz`) or дз starting a word (`dzm`),
/// not the Georgian `-dze`; the suffixes akanye and ў give: `-ouski`/`-auski` (-оўскі),
/// the patronymics `-avich`, `-auna`, `-eunа`; я for an unstressed е in
/// the common stems `aliak-` (Аляк-) and `siar-` (Сяр-); akanye in the
/// given name Мікалай and its patronymic (`Mikalai`, `Mikalaevich`: the
/// Russian writes Nikolai, the Ukrainian Mykola).
pub(crate) fn looks_belarusian(word: &str) -> bool {
    let b = word.as_bytes();
    // Every sign below but three writes a u (ў, -au) or a z (дз): a word
    // with neither is read in one pass (it is asked for most catalogue
    // words a query meets).
    if !b.iter().any(|&c| c == b'u' || c == b'z')
        && !word.ends_with("avich")
        && !word.starts_with("aliak")
        && !word.starts_with("siar")
        && !word.starts_with("mikala")
    {
        return false;
    }
    let vowel = |c: u8| b"aeiouy".contains(&c);
    if b.len() >= 4 && b.ends_with(b"u") && matches!(b[b.len() - 2], b'a' | b'o' | b'i') {
        return !word.ends_with("eau");
    }
    const SUFFIXES: &[&str] = &[
        "ouski", "auski", "ouskaya", "auskaya", "ouskaja", "auskaja", "avich", "auna", "euna",
    ];
    if b.len() >= 7 && SUFFIXES.iter().any(|s| word.ends_with(s)) {
        return true;
    }
    if word.starts_with("aliak") || word.starts_with("siar") {
        return true;
    }
    if ["mikalai", "mikalay", "mikalaev", "mikalaeu"]
        .iter()
        .any(|s| word.starts_with(s))
    {
        return true;
    }
    // я or ё and ў before a consonant: `yau`, `iau`, `yeu`, `iou`.
    b.windows(4).any(|w| {
        matches!(w[0], b'y' | b'i' | b'j')
            && matches!(w[1], b'a' | b'e' | b'o')
            && w[2] == b'u'
            && !vowel(w[3])
    }) || b.starts_with(b"dzm")
        || b.windows(4)
            .any(|w| w.starts_with(b"dzi") && matches!(w[3], b'a' | b'e' | b'o' | b'u'))
        || b.windows(5).any(|w| w == b"uladz")
}

/// Endings of East Slavic surnames and patronymics (normalized, in the
/// Russian, Ukrainian and Belarusian romanisations and their women's
/// forms): possessive `-ov`/`-ev` (Belarusian `-au`/`-ou`/`-eu`, with a
/// woman's `-ova`/`-eva`; not the Belarusian `-ava`, with which the
/// Japanese `-gawa`/`-sawa` end in Cyrillic), adjectival `-ski`/`-sky`/`-skiy`/
/// `-skaya`, patronymic `-ovich`/`-evich` (Belarusian `-avich`), the
/// Ukrainian `-enko` (Belarusian `-enka`). (`-in` is left out: too many
/// names of other languages end so.)
const EAST_SLAVIC_ENDINGS: &[&str] = &[
    "ov", "ev", "ova", "eva", "au", "ou", "eu", "ovich", "evich", "avich", "ovych", "evych",
    "ovna", "evna", "auna", "ski", "sky", "skiy", "skij", "skii", "skyi", "skaya", "skaja", "enko",
    "enka",
];

/// Shortest word [`has_east_slavic_ending`] reads: the ending and at least
/// three letters of stem.
const EAST_SLAVIC_MIN_LEN: usize = 5;

/// Whether normalized word `word` ends like an East Slavic surname or
/// patronymic ([`EAST_SLAVIC_ENDINGS`]): one that may be the Russian,
/// Ukrainian or Belarusian spelling of a name another of the three
/// languages writes with akanye, г as `h` and ў (see the module docs), so
/// worth reading the Belarusian way when it does not resolve as written
/// (`resolve/forms.rs`).
pub(crate) fn has_east_slavic_ending(word: &str) -> bool {
    word.is_ascii()
        && word.len() >= EAST_SLAVIC_MIN_LEN
        && !word.ends_with("eau")
        && EAST_SLAVIC_ENDINGS
            .iter()
            .any(|e| word.ends_with(e) && word.len() >= e.len() + 3)
}

/// `word` with its first letter г read the other language's way: `h`
/// (Ukrainian, Belarusian) for `g` (Russian) and back; `None` when it
/// starts with neither (or with the digraph `gh`).
pub(crate) fn other_initial_g(word: &str) -> Option<String> {
    if word.starts_with("gh") {
        return None;
    }
    if let Some(rest) = word.strip_prefix('h') {
        Some(format!("g{rest}"))
    } else {
        word.strip_prefix('g').map(|rest| format!("h{rest}"))
    }
}

/// Whether `text` is written in Belarusian Cyrillic: with ў, a letter
/// only Belarusian has among the East Slavic alphabets, or with і
/// together with ы or э (Ukrainian writes і but has neither, Russian
/// them but not і).
pub(crate) fn written_belarusian(text: &str) -> bool {
    let has = |set: &str| text.chars().any(|c| set.contains(c));
    has("ўЎ") || has("іІ") && has("ыЫэЭ")
}

/// The similarity of the Russian, Ukrainian and Belarusian forms of one
/// given name (`Dmitriy`/`Dmytro`/`Dzmitry`): as close as a spelling
/// variant, since one person's documents give each form.
pub(crate) const COGNATE_SIM: f64 = 0.85;
/// The cost reported for a cognate pair the edit costs do not reach (one
/// they reach keeps its cost, which its explanation adds up to).
pub(crate) const COGNATE_COST: Cost = 30;
/// The cost of one slip ([`one_slip`]) in a catalogue's form of a
/// cognate given name: a keyboard neighbour's in the default model. A
/// cognate with one slip is worth [`COGNATE_SIM`] times the similarity
/// of a word with that edit alone.
const SLIP_COST: Cost = 50;

const GIVEN_NAMES: &str = include_str!("../data/east_slavic_given_names.tsv");

/// The longest key: a word of up to half as many letters (`x` becomes
/// two).
const KEY_MAX: usize = 24;

/// The key a form of `data/east_slavic_given_names.tsv` is filed under,
/// and a word looked up by, written into `buf`: the romanisations of the
/// soft vowels and й meet (`y`, `j` and `i` as `i`, a run of them once:
/// `Dmitriy`/`Dmitry`/`Dmitrij`, `Sergey`/`Sergei`) and `x` is `ks`
/// (`Alexei`/`Aleksei`), and the Romanian transcription's `gh` for г
/// before a front vowel (as Romanian writes /g/ there: `Serghei`,
/// `Ghennadi` in Moldovan documents) is `g`. `None` for a word of other
/// letters or too long.
fn key<'b>(w: &str, buf: &'b mut [u8; KEY_MAX]) -> Option<&'b [u8]> {
    if w.len() < 3 || w.len() > KEY_MAX / 2 || !w.bytes().all(|b| b.is_ascii_lowercase()) {
        return None;
    }
    let mut n = 0;
    let bytes = w.as_bytes();
    for (i, &b) in bytes.iter().enumerate() {
        // Romanian `ghe`, `ghi`: the `h` only keeps the `g` hard.
        if b == b'h'
            && i > 0
            && bytes[i - 1] == b'g'
            && matches!(bytes.get(i + 1), Some(b'e' | b'i' | b'y'))
        {
            continue;
        }
        match b {
            b'y' | b'j' | b'i' => {
                if n == 0 || buf[n - 1] != b'i' {
                    buf[n] = b'i';
                    n += 1;
                }
            }
            b'x' => {
                buf[n..n + 2].copy_from_slice(b"ks");
                n += 2;
            }
            b => {
                buf[n] = b;
                n += 1;
            }
        }
    }
    Some(&buf[..n])
}

/// [`key`] of each form in `data/east_slavic_given_names.tsv` → its line;
/// a key two lines share is left out.
fn given_names() -> &'static FxHashMap<Box<[u8]>, Option<usize>> {
    static MAP: OnceLock<FxHashMap<Box<[u8]>, Option<usize>>> = OnceLock::new();
    MAP.get_or_init(|| {
        let mut map: FxHashMap<Box<[u8]>, Option<usize>> = FxHashMap::default();
        let lines = GIVEN_NAMES
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty());
        for (i, line) in lines.enumerate() {
            for form in line.split(' ').filter(|f| !f.is_empty()) {
                let mut buf = [0u8; KEY_MAX];
                let Some(k) = key(form, &mut buf) else {
                    continue;
                };
                let e = map.entry(k.into()).or_insert(Some(i));
                if *e != Some(i) {
                    *e = None;
                }
            }
        }
        map
    })
}

/// The line of the table that Latin word `w` is a form of.
pub(crate) fn given_name_of(w: &str) -> Option<usize> {
    // On the stack: the scorer asks this of many word pairs.
    let mut buf = [0u8; KEY_MAX];
    given_names().get(key(w, &mut buf)?).copied().flatten()
}

/// Whether Latin words `a` and `b` are forms of one East Slavic given
/// name (`Aleksey`, `Oleksii`, `Aliaksei`: one line of
/// `data/east_slavic_given_names.tsv`).
#[cfg(test)]
pub(crate) fn same_given_name(a: &str, b: &str) -> bool {
    given_name_of(a).is_some_and(|x| given_name_of(b) == Some(x))
}

/// The [`key`]s of each line of `data/east_slavic_given_names.tsv`, by
/// line (the lines [`given_names`] numbers).
fn forms_by_line() -> &'static [Vec<Box<[u8]>>] {
    static FORMS: OnceLock<Vec<Vec<Box<[u8]>>>> = OnceLock::new();
    FORMS.get_or_init(|| {
        GIVEN_NAMES
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
            .map(|line| {
                let mut keys: Vec<Box<[u8]>> = Vec::new();
                for form in line.split(' ').filter(|f| !f.is_empty()) {
                    let mut buf = [0u8; KEY_MAX];
                    if let Some(k) = key(form, &mut buf) {
                        if !keys.iter().any(|x| **x == *k) {
                            keys.push(k.into());
                        }
                    }
                }
                keys
            })
            .collect()
    })
}

/// Shortest key [`slipped_form_of`] reads: in a shorter name one letter
/// wrong is as likely another name (`Oleg`/`Olen`).
const SLIP_MIN_LEN: usize = 5;

/// Whether `a` and `b` differ by one slip of the keyboard: one letter
/// replaced by a neighbouring key's (or an OCR look-alike: the default
/// model's keyboard edits), a letter added or left out, or two adjacent
/// letters swapped. (Not a vowel for another: `Alina` and `Alena` are two
/// names.)
fn one_slip(a: &[u8], b: &[u8]) -> bool {
    static MODEL: OnceLock<CostModel> = OnceLock::new();
    let keyboard = |x: u8, y: u8| {
        MODEL
            .get_or_init(CostModel::default)
            .sub_cost(char::from(x), char::from(y))
            .1
            == EditClass::Keyboard
    };
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    let p = short.iter().zip(long).take_while(|(x, y)| x == y).count();
    match long.len() - short.len() {
        // Replaced, or swapped with the next.
        0 => {
            p < short.len()
                && ((short[p + 1..] == long[p + 1..] && keyboard(short[p], long[p]))
                    || (p + 1 < short.len()
                        && short[p] == long[p + 1]
                        && short[p + 1] == long[p]
                        && short[p + 2..] == long[p + 2..]))
        }
        // Added or left out.
        1 => short[p..] == long[p + 1..],
        _ => false,
    }
}

/// Whether Latin word `a`, no form of the table itself, is a form of the
/// name of line `line` with one slip ([`one_slip`]): a catalogue that
/// mistypes a letter of `Aliaksandr` still writes the Belarusian form of
/// Aleksandr, which a query may give in its Russian form (the cognate and
/// the slip together were two spelling differences too many).
fn slipped_form_of(line: usize, a: &str) -> bool {
    let mut buf = [0u8; KEY_MAX];
    let Some(k) = key(a, &mut buf) else {
        return false;
    };
    k.len() >= SLIP_MIN_LEN
        && forms_by_line()
            .get(line)
            .is_some_and(|forms| forms.iter().any(|f| one_slip(f, k)))
}

/// The endings of East Slavic patronymics in their romanisations, each
/// with whether it is a daughter's (`true`) or a son's: Russian
/// `-ovich`/`-evich`, `-ovna`/`-evna`; Ukrainian `-ovych`/`-evych`,
/// `-ivna`; Belarusian `-avich`, `-auna`/`-euna` (ў). Longest first.
const PATRONYMIC_ENDINGS: &[(&str, bool)] = &[
    ("ovich", false),
    ("evich", false),
    ("avich", false),
    ("ovych", false),
    ("evych", false),
    ("ovna", true),
    ("evna", true),
    ("ivna", true),
    ("auna", true),
    ("euna", true),
];

/// Patronymic `w` without its ending ([`PATRONYMIC_ENDINGS`]), and
/// whether it is a daughter's.
fn patronymic_stem(w: &str) -> Option<(&str, bool)> {
    PATRONYMIC_ENDINGS
        .iter()
        .find_map(|&(e, d)| Some((w.strip_suffix(e)?, d)))
}

/// The line of the table of the father's given name in patronymic `w`
/// (`Uladzimiravich`: Uladzimir), and whether it is a daughter's: the
/// patronymic is the father's name with the last vowel or й dropped or
/// kept (`Sergeyevich`, Belarusian `Siarheevich` of Siarhei, Ukrainian
/// `Mykolaiovych` of Mykola, `Pavlovych` of Pavlo) and a fleeting vowel
/// left out (`Pavlovich` of Pavel, Belarusian `Paulavich` with ў).
fn patronymic_of(w: &str) -> Option<(usize, bool)> {
    let (stem, daughter) = patronymic_stem(w)?;
    if stem.len() < 2 || stem.len() + 2 > KEY_MAX / 2 {
        return None;
    }
    let b = stem.as_bytes();
    let vowel = |c: u8| b"aeiouy".contains(&c);
    let mut tries: Vec<String> = vec![stem.to_string(), format!("{stem}i"), format!("{stem}o")];
    if let Some(s) = stem.strip_suffix(['i', 'y']) {
        tries.push(s.to_string());
    }
    // A fleeting vowel before the last consonant: e or a (Pavel, Paval),
    // and Belarusian ў for the в before it (Paulavich).
    let n = b.len();
    if n >= 3 && !vowel(b[n - 1]) {
        let head = if b[n - 2] == b'u' && vowel(b[n - 3]) {
            format!("{}v", &stem[..n - 2])
        } else {
            stem[..n - 1].to_string()
        };
        let last = &stem[n - 1..];
        if !vowel(*head.as_bytes().last().unwrap_or(&b'a')) {
            tries.push(format!("{head}e{last}"));
            tries.push(format!("{head}a{last}"));
        }
    }
    tries
        .iter()
        .find_map(|t| given_name_of(t))
        .map(|line| (line, daughter))
}

/// [`cognate_pair_of`], reading the query word itself (tests).
#[cfg(test)]
pub(crate) fn cognate_pair(q: &str, a: &str, found: Option<(f64, Cost)>) -> Option<(f64, Cost)> {
    cognate_pair_of(&CognateQuery::of(q), q, a, found)
}

/// What [`cognate_pair_of`] reads of its query word alone: the scorer reads
/// each query word once per pass, not once per pair.
#[derive(Clone, Copy, Debug)]
pub(crate) struct CognateQuery {
    /// The line of the table the word is a form of ([`given_name_of`]).
    pub(crate) line: Option<usize>,
    /// Whether it ends as a patronymic ([`patronymic_stem`]).
    patronymic: bool,
}

impl CognateQuery {
    /// Query word `q`'s.
    pub(crate) fn of(q: &str) -> CognateQuery {
        CognateQuery {
            line: given_name_of(q),
            patronymic: patronymic_stem(q).is_some(),
        }
    }
}

/// The pair `(similarity, cost)` of query word `q` and a given or middle
/// name `a` whose spelling match is `found`: [`COGNATE_SIM`] when they
/// are forms of one East Slavic given name, or patronymics (a son's both,
/// or a daughter's both) of the forms of one name (`Vladimirovich`,
/// `Volodymyrovych`, `Uladzimiravich`), and that is better (at the cost
/// of `found` when there is one).
/// `qr`: query word `q` as [`CognateQuery::of`] reads it, once per query
/// word, not once per pair.
pub(crate) fn cognate_pair_of(
    qr: &CognateQuery,
    q: &str,
    a: &str,
    found: Option<(f64, Cost)>,
) -> Option<(f64, Cost)> {
    if found.is_some_and(|(s, _)| s >= COGNATE_SIM) {
        return found;
    }
    // (The catalogue word is looked up only when the query word is a
    // given name: the scorer asks this of many pairs.)
    let q_line = qr.line;
    let names = q_line.and_then(|x| Some((x, given_name_of(a)?)));
    let cognate = match names {
        Some((x, y)) => x == y,
        // A catalogue form with one slip (see `slipped_form_of`).
        None if q_line.is_some_and(|x| slipped_form_of(x, a)) => {
            let sim = COGNATE_SIM * score::token_sim(SLIP_COST, q.len(), a.len());
            return match found {
                Some((s, _)) if s >= sim => found,
                _ => Some((sim, COGNATE_COST + SLIP_COST)),
            };
        }
        // Both patronymics (asked first: cheap, and seldom true).
        None if qr.patronymic && patronymic_stem(a).is_some() => {
            matches!((patronymic_of(q), patronymic_of(a)), (Some(x), Some(y)) if x == y)
        }
        None => false,
    };
    if cognate {
        Some((COGNATE_SIM, found.map_or(COGNATE_COST, |f| f.1)))
    } else {
        found
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cost::{distance, UNIT};
    use crate::CostModel;

    // All names below are invented.

    #[test]
    fn akanye_and_fricative_g_meet_in_belarusian_words() {
        assert!(looks_belarusian("halabanau"));
        let m = akanye_model(&CostModel::default());
        // g/h, two a/o, -au/-ov.
        let d = distance(&m, "halabanau", "golobanov");
        assert!(d <= 35 + 2 * AKANYE_COST + 25, "{d}");
        // The default model keeps a/o an unrelated vowel.
        let plain = distance(&CostModel::default(), "halabanau", "golobanov");
        assert!(plain >= d + 2 * (70 - AKANYE_COST), "{plain} {d}");
        assert!(distance(&m, "marat", "morat") < distance(&m, "marat", "murat"));
    }

    #[test]
    fn the_russian_stressed_ending_meets_the_ukrainian_and_belarusian() {
        let m = CostModel::default();
        let d = |a: &str, b: &str| distance(&m, a, b);
        // Invented surnames: Russian -ой, Ukrainian -ий, Belarusian -ы
        // (the o left out costs 70 without the rule).
        assert!(d("hrebnovyi", "grebnovoy") <= 45 + ADJECTIVAL_ENDING_COST);
        assert!(d("grebnovoy", "hrebnovyi") <= 45 + ADJECTIVAL_ENDING_COST);
        for (q, a) in [
            ("lozovoi", "lozovyy"),
            ("lozovyj", "lozovoj"),
            ("lozovy", "lozovoy"),
            ("lozovoy", "lozovy"),
        ] {
            assert!(d(q, a) <= ADJECTIVAL_ENDING_COST, "{q} {a}: {}", d(q, a));
        }
        // Only at the word's end, after a consonant.
        assert!(d("boyan", "byan") >= 70, "{}", d("boyan", "byan"));
        assert!(d("kaoy", "kay") >= 70, "{}", d("kaoy", "kay"));
    }

    #[test]
    fn belarusian_words_are_told_by_their_spelling() {
        for w in [
            "karpenkau",
            "zhukau",
            "dzianis",
            "uladzimir",
            "yauhen",
            "kavaliou",
            "dzmitrok",
            "dziamid",
            "marhalouski",
            "barysavich",
            "pyatrauna",
            "aliaksei",
            "siarhei",
            "mikalai",
            "mikalaevich",
        ] {
            assert!(looks_belarusian(w), "{w}");
        }
        for w in [
            "moreau",
            "karpenkov",
            "denis",
            "paul",
            "strauss",
            "nau",
            "dmitry",
            "marhalovski",
            "borisovich",
            "petrovna",
            "aleksei",
            "sergei",
            "ski",
            "chanturidze",
            "dzidzava",
            "nikolai",
            "mykolaiovych",
            "mikalauskas",
        ] {
            assert!(!looks_belarusian(w), "{w}");
        }
    }

    #[test]
    fn belarusian_cyrillic_is_told_by_its_letters() {
        for w in ["Барысаў", "Мірашэвіч", "Грыніцкі"] {
            assert!(written_belarusian(w), "{w}");
        }
        // Ukrainian і alone, Russian ы and э without і.
        for w in ["Мірошевич", "Грыницкий", "Эрмолин", "Morozau"] {
            assert!(!written_belarusian(w), "{w}");
        }
    }

    #[test]
    fn belarusian_consonants_meet_in_belarusian_words() {
        assert!(looks_belarusian("dzmitrok"));
        let m = akanye_model(&CostModel::default());
        assert!(distance(&m, "dzmitrok", "dmitrok") <= 30);
        assert!(distance(&m, "tsimarei", "timarei") <= 40);
        assert!(distance(&m, "aliaksei", "aleksei") <= 30);
        assert!(distance(&m, "siarbei", "serbei") <= 30);
        // dz is still not an unrelated consonant cluster.
        assert!(distance(&m, "dzmitrok", "kmitrok") >= UNIT);
        // Outside the Belarusian reading these stay ordinary edits.
        let plain = CostModel::default();
        assert!(distance(&plain, "laurik", "lovrik") >= UNIT);
        assert!(distance(&plain, "dzmitrok", "dmitrok") >= UNIT);
    }

    /// The Russian, Ukrainian and Belarusian forms of one given name meet
    /// in any romanisation; two names do not (invented surnames).
    #[test]
    fn cognate_given_names_meet() {
        // Every form of the table is found, by the key it is filed under.
        for line in GIVEN_NAMES.lines().filter(|l| !l.starts_with('#')) {
            for form in line.split(' ').filter(|f| !f.is_empty()) {
                assert!(given_name_of(form).is_some(), "{form}");
            }
        }
        let c = |q: &str, a: &str| cognate_pair(q, a, None).is_some();
        assert!(c("dmitriy", "dzmitry"));
        assert!(c("dmitrij", "dmytro"));
        assert!(c("alexei", "oleksii"));
        assert!(c("vladimir", "uladzimir"));
        assert!(c("nikolai", "mykola"));
        assert!(c("sergej", "siarhei"));
        assert!(!c("nikolay", "mikhail"));
        assert!(!c("pavel", "petro"));
        assert!(!c("sarah", "sergei"));
        // Only the forms of the table, not every word of their skeleton.
        assert!(!c("faisal", "vasil"));
        assert!(!c("hannadi", "hennadiy"));
        use crate::{Catalog, Entity, Query, Resolver};
        let cat = Catalog::from_entities(vec![
            Entity::new("k", "Mykola KRAVTSIV").with_kind("person"),
            Entity::new("u", "Uladzimir ZHABRAU").with_kind("person"),
        ])
        .unwrap();
        let r = Resolver::build(&cat).unwrap();
        assert_eq!(r.resolve(&Query::new("Nikolay KRAVTSIV")).id(), Some("k"));
        assert_eq!(r.resolve(&Query::new("Vladimir ZHABRAU")).id(), Some("u"));
        // A surname is no given name.
        assert_eq!(r.resolve(&Query::new("Mykola NIKOLAEV")).id(), None);
    }

    /// The Belarusian folk forms that stand for a name in full (Алесь for
    /// Аляксандр, Зміцер for Дзмітрый, Янка for Іван) meet its forms in
    /// the three languages; each only its own (invented surnames).
    #[test]
    fn belarusian_folk_forms_meet_their_names() {
        let c = |q: &str, a: &str| cognate_pair(q, a, None).is_some();
        assert!(c("ales", "aleksandr"));
        assert!(c("oleksandr", "ales"));
        assert!(c("zmitser", "dmitriy"));
        assert!(c("dmytro", "zmicier"));
        assert!(c("kastus", "konstantin"));
        assert!(c("yanka", "ivan"));
        assert!(c("yazep", "iosif"));
        assert!(!c("ales", "aleksey"));
        assert!(!c("yanka", "yakov"));
        use crate::{Catalog, Entity, Query, Resolver};
        let cat = Catalog::from_entities(vec![
            Entity::new("d", "Dmitriy HARBUZAU").with_kind("person"),
            Entity::new("p", "Pavel HARBUZAU").with_kind("person"),
            Entity::new("i", "Ivan LESHCHYK").with_kind("person"),
            Entity::new("y", "Yuriy LESHCHYK").with_kind("person"),
        ])
        .unwrap();
        let r = Resolver::build(&cat).unwrap();
        assert_eq!(r.resolve(&Query::new("Zmitser HARBUZAU")).id(), Some("d"));
        assert_eq!(r.resolve(&Query::new("Yanka LESHCHYK")).id(), Some("i"));
    }

    /// The patronymics of the Russian, Ukrainian and Belarusian forms of
    /// one father's name meet, a son's with a son's and a daughter's with
    /// a daughter's; two fathers' do not (invented surnames).
    #[test]
    fn cognate_patronymics_meet() {
        let c = |q: &str, a: &str| cognate_pair(q, a, None).is_some();
        assert!(c("vladimirovich", "uladzimiravich"));
        assert!(c("volodymyrovych", "vladimirovich"));
        assert!(c("sergeyevich", "siarheevich"));
        assert!(c("nikolaevich", "mykolaiovych"));
        assert!(c("pavlovich", "paulavich"));
        assert!(c("vitalevna", "vitaliivna"));
        assert!(c("vladimirovna", "uladzimirauna"));
        assert!(!c("vladimirovich", "uladzimirauna"));
        assert!(!c("vladimirovich", "uladzislavavich"));
        assert!(!c("pavlovich", "piatrovich"));
        assert!(!c("ivanovich", "ivanov"));
        use crate::{Catalog, Entity, Query, Resolver};
        let cat = Catalog::from_entities(vec![
            Entity::new("z", "Viktar Uladzimiravich ZHARSKI").with_kind("person"),
            Entity::new("k", "Hanna Mikalaeuna KASTRYTSA").with_kind("person"),
        ])
        .unwrap();
        let r = Resolver::build(&cat).unwrap();
        assert_eq!(
            r.resolve(&Query::new("Viktor Vladimirovich ZHARSKI")).id(),
            Some("z")
        );
        assert_eq!(
            r.resolve(&Query::new("Anna Nikolaevna KASTRYTSA")).id(),
            Some("k")
        );
        // Another father's name is another person.
        assert_eq!(
            r.resolve(&Query::new("Viktor Borisovich ZHARSKI")).id(),
            None
        );
    }

    /// A catalogue form of a cognate given name with one slip (a letter
    /// replaced, added, left out or two swapped) still meets the name's
    /// other forms; two slips, or a slip in a short name, do not
    /// (invented names).
    #[test]
    fn a_cognate_form_with_one_slip_meets() {
        assert!(one_slip(b"aliaksei", b"akiaksei"));
        assert!(one_slip(b"siarhei", b"siarhi"));
        assert!(one_slip(b"siarhei", b"isarhei"));
        assert!(one_slip(b"dzmitri", b"dzmitrii"));
        assert!(!one_slip(b"siarhei", b"siarhei"));
        assert!(!one_slip(b"aliaksei", b"akiaksej"));
        assert!(!one_slip(b"siarhei", b"sairhie"));
        // A vowel for another is no slip.
        assert!(!one_slip(b"siarhei", b"siarhai"));
        let c = |q: &str, a: &str| cognate_pair(q, a, None);
        let (sim, cost) = c("alexei", "akiaksei").expect("one slip");
        assert!(sim < COGNATE_SIM && sim > 0.7, "{sim}");
        assert_eq!(cost, COGNATE_COST + SLIP_COST);
        assert!(c("vladimir", "uladzimit").is_some());
        assert!(c("vladimir", "uladzimot").is_none());
        assert!(c("sergei", "siarhie").is_some());
        // The Romanian transcription (`gh` before e, i), and with a slip.
        assert!(c("serhiy", "serghei").is_some());
        assert!(c("sergey", "serghiei").is_some());
        // Another name of the table, and a short one.
        assert!(c("aleksandr", "aleksandra").is_none());
        assert!(c("oleg", "olek").is_none());
        assert!(c("igor", "igot").is_none());
        // A vowel for another: another name.
        assert!(c("yelena", "alina").is_none());
        use crate::{Catalog, Entity, Query, Resolver};
        let cat = Catalog::from_entities(vec![
            Entity::new("d", "Akiaksei Paulavich DRAZDOUSKI").with_kind("person"),
            // Makes `Alexei` a word of the catalogue.
            Entity::new("m", "Alexei MARTSINOV").with_kind("person"),
        ])
        .unwrap();
        let r = Resolver::build(&cat).unwrap();
        for q in [
            "Alexei Pavlovich DROZDOVSKI",
            "Aleksey Pavlovich DROZDOVSKY",
        ] {
            assert_eq!(r.resolve(&Query::new(q)).id(), Some("d"), "{q}");
        }
        // Another given name is another person.
        assert_eq!(
            r.resolve(&Query::new("Anatoliy Pavlovich DROZDOVSKI")).id(),
            None
        );
    }

    #[test]
    fn east_slavic_endings_and_the_first_g() {
        // Invented names.
        for w in [
            "kolobanov",
            "kalabanau",
            "harbulevich",
            "losatskaya",
            "dremenko",
        ] {
            assert!(has_east_slavic_ending(w), "{w}");
        }
        // Too short, another language's ending, the Japanese -gawa.
        for w in ["kov", "marlin", "boreau", "imagava", "колобанов"] {
            assert!(!has_east_slavic_ending(w), "{w}");
        }
        assert_eq!(
            other_initial_g("harbulevich").as_deref(),
            Some("garbulevich")
        );
        assert_eq!(
            other_initial_g("garbulevich").as_deref(),
            Some("harbulevich")
        );
        assert_eq!(other_initial_g("ghorbanov"), None);
        assert_eq!(other_initial_g("kolobanov"), None);
    }
}
