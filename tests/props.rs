//! Property tests: the fst automaton against the DP oracle, the distance,
//! the normalizer, index round-trips and resolution invariants.
//!
//! Case counts are chosen so the file runs in well under 30 s in release
//! and 90 s in debug; `PROPTEST_CASES` does not override them. Failure
//! persistence is off (no files are written); a shrunk failure is turned
//! into an explicit regression test at the bottom of this file.

use std::collections::{BTreeMap, BTreeSet, HashSet};

mod common;
use common::summary;

use fst::{IntoStreamer, Map, Streamer};
use namefold::cost::{self, Cost};
use namefold::{
    Catalog, CostModel, Decision, EditClass, Entity, Normalizer, Query, Resolver,
    WeightedLevenshtein,
};
use proptest::prelude::*;
use proptest::test_runner::Config;

fn config(release_cases: u32, debug_cases: u32) -> Config {
    Config {
        cases: if cfg!(debug_assertions) {
            debug_cases
        } else {
            release_cases
        },
        failure_persistence: None,
        ..Config::default()
    }
}

// ---------------------------------------------------------------------------
// Strategies
// ---------------------------------------------------------------------------

/// Strings over a small alphabet that hits the default model's rules,
/// doubled letters, transpositions and the cheap apostrophe.
fn small_alpha_word() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop::sample::select("abcfhkvwyiz'".chars().collect::<Vec<_>>()),
        0..9,
    )
    .prop_map(|v| v.into_iter().collect())
}

/// A richer small alphabet: every letter that appears in a default rule.
fn rule_alpha_word() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop::sample::select("acdefhijklmnopqrstuvwxyz".chars().collect::<Vec<_>>()),
        0..9,
    )
    .prop_map(|v| v.into_iter().collect())
}

fn ascii_word() -> impl Strategy<Value = String> {
    "[a-z]{0,10}"
}

fn unicode_word() -> impl Strategy<Value = String> {
    prop_oneof![
        prop::collection::vec(any::<char>(), 0..7).prop_map(|v| v.into_iter().collect()),
        // Normalized words of the scripts `translit` romanises (Arabic,
        // Hebrew, kana, Hangul, Han, Indic), with their vowel slots `'`.
        script_string().prop_map(|s| Normalizer::new().normalize(&s)),
        // Cyrillic, accented Latin and a few multi-byte neighbours, so that
        // keys share UTF-8 prefixes inside the fst.
        prop::collection::vec(
            prop::sample::select(
                "абвгдеёжзийклмнопрстуфхцчшщьъюяіїєéèêëüöäßłżźčšžåøæ€😀a"
                    .chars()
                    .collect::<Vec<_>>()
            ),
            0..7
        )
        .prop_map(|v| v.into_iter().collect()),
    ]
}

fn word() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => small_alpha_word(),
        2 => rule_alpha_word(),
        2 => ascii_word(),
        2 => unicode_word(),
    ]
}

fn budget() -> impl Strategy<Value = Cost> {
    prop_oneof![
        6 => 0u32..=400,
        2 => 0u32..=2000,
        1 => Just(0u32),
        1 => Just(u32::MAX / 2),
    ]
}

#[derive(Clone, Copy, Debug)]
enum Model {
    Default,
    Uniform,
    /// Uniform plus non-ASCII substitutions and rules, and a cheap
    /// insertion, so that the automaton's non-ASCII paths are exercised.
    Custom,
    /// The default model read for a name written in an abjad.
    Abjad,
    /// The precise reading of a name written in Hebrew script.
    Hebrew,
    /// The precise reading of a name written in Arabic script.
    Arabic,
    /// The default model with Belarusian akanye.
    Akanye,
    /// The reading of a name written in Cyrillic: one-way rules with
    /// context and query sides of up to four characters.
    Cyrillic,
    /// The default model read for a name written in kana.
    Kana,
    /// The default model read for a name written in Hangul.
    Hangul,
    /// The default model read for a foreign name transcribed in Han.
    HanForeign,
    /// The reading of a Korean name in Latin letters: one-way rules with
    /// context, raised unrelated costs.
    KoreanLatin,
    /// The reading of a Japanese name part in Latin letters (no typing
    /// edits, one-way rules with context).
    JapaneseLatin,
    /// The reading of one Latin name part alone: no typing edits, no
    /// transpositions.
    NamePart,
}

fn model(which: Model) -> CostModel {
    match which {
        Model::Default => CostModel::default(),
        Model::Abjad => CostModel::default().for_abjad(),
        Model::Hebrew => CostModel::default().for_hebrew(),
        Model::Arabic => CostModel::default().for_arabic(),
        Model::Akanye => CostModel::default().with_akanye(),
        Model::Cyrillic => CostModel::default().without_typos().for_cyrillic(),
        Model::Kana => CostModel::default().for_kana(),
        Model::Hangul => CostModel::default().for_hangul(),
        Model::HanForeign => CostModel::default().for_han_transcription(),
        Model::KoreanLatin => CostModel::default().for_korean_latin(),
        Model::JapaneseLatin => CostModel::default()
            .without_typos()
            .without_transpositions()
            .for_japanese_latin(),
        Model::NamePart => CostModel::default()
            .without_typos()
            .without_transpositions(),
        Model::Uniform => CostModel::uniform(),
        Model::Custom => {
            let mut m = CostModel::uniform();
            m.substitution('é', 'e', 10, EditClass::Vowel)
                .substitution('ж', 'z', 30, EditClass::Phonetic)
                .substitution('a', 'b', 40, EditClass::Other)
                .insertion('h', 20, EditClass::Silent)
                .rule("шч", "щ", 20, EditClass::Phonetic)
                .rule("zh", "ж", 15, EditClass::Phonetic)
                .rule("ab", "c", 30, EditClass::Phonetic)
                .rule("ü", "ue", 10, EditClass::Vowel)
                .doubled_and_transpose(30, 50);
            m
        }
    }
}

fn any_model() -> impl Strategy<Value = Model> {
    prop_oneof![
        3 => Just(Model::Default),
        1 => Just(Model::Uniform),
        1 => Just(Model::Custom),
        1 => Just(Model::Abjad),
        1 => Just(Model::Hebrew),
        1 => Just(Model::Arabic),
        1 => Just(Model::Akanye),
        2 => Just(Model::Cyrillic),
        1 => Just(Model::Kana),
        1 => Just(Model::Hangul),
        1 => Just(Model::HanForeign),
        1 => Just(Model::KoreanLatin),
        1 => Just(Model::JapaneseLatin),
        1 => Just(Model::NamePart),
    ]
}

/// Keys (sorted, deduped) and a query that is either fresh or one of the
/// keys slightly edited, so that near hits are common.
fn keys_and_query() -> impl Strategy<Value = (Vec<String>, String)> {
    (
        prop::collection::vec(word(), 0..40),
        word(),
        any::<prop::sample::Index>(),
        0u8..4,
    )
        .prop_map(|(mut keys, fresh, idx, how)| {
            keys.sort();
            keys.dedup();
            let query = if keys.is_empty() || how == 0 {
                fresh
            } else {
                let k: Vec<char> = idx.get(&keys).chars().collect();
                match how {
                    1 => k.iter().collect(),
                    2 if k.len() > 1 => {
                        // drop one char, swap a neighbouring pair
                        let mut k = k.clone();
                        k.remove(idx.index(k.len()));
                        if k.len() > 1 {
                            let i = idx.index(k.len() - 1);
                            k.swap(i, i + 1);
                        }
                        k.into_iter().collect()
                    }
                    _ => {
                        let mut s: String = k.iter().collect();
                        s.push_str(&fresh.chars().take(2).collect::<String>());
                        s
                    }
                }
            };
            (keys, query)
        })
}

// ---------------------------------------------------------------------------
// Automaton ≡ oracle
// ---------------------------------------------------------------------------

fn search_hits(map: &Map<Vec<u8>>, aut: &WeightedLevenshtein<'_>) -> BTreeMap<String, Cost> {
    let mut stream = map.search_with_state(aut).into_stream();
    let mut hits = BTreeMap::new();
    while let Some((key, _, state)) = stream.next() {
        let key = String::from_utf8(key.to_vec()).expect("keys are UTF-8");
        let cost = aut
            .cost(&state)
            .unwrap_or_else(|| panic!("stream yielded {key:?} whose state is not a match"));
        assert!(hits.insert(key, cost).is_none(), "key yielded twice");
    }
    hits
}

fn check_automaton(
    which: Model,
    keys: &[String],
    query: &str,
    budget: Cost,
) -> Result<(), TestCaseError> {
    let m = model(which);
    let map = Map::from_iter(keys.iter().enumerate().map(|(i, k)| (k.as_str(), i as u64)))
        .expect("sorted unique keys");
    let aut = WeightedLevenshtein::new(&m, query, budget);
    let got = search_hits(&map, &aut);
    let walked: BTreeMap<String, Cost> = aut
        .search(&map, usize::MAX)
        .into_iter()
        .map(|(v, c)| (keys[v as usize].clone(), c))
        .collect();
    prop_assert_eq!(
        &walked,
        &got,
        "walk vs stream: query {:?}, budget {}",
        query,
        budget
    );
    let mut want = BTreeMap::new();
    for k in keys {
        let d = cost::distance(&m, query, k);
        if d <= budget {
            want.insert(k.clone(), d);
        }
        let e = aut.eval(k);
        prop_assert_eq!(
            e,
            (d <= budget).then_some(d),
            "eval({:?}) vs distance({:?}, {:?}) = {} at budget {} ({:?})",
            k,
            query,
            k,
            d,
            budget,
            which
        );
    }
    prop_assert_eq!(
        &got,
        &want,
        "search hits differ: query {:?}, budget {}, model {:?}",
        query,
        budget,
        which
    );
    Ok(())
}

proptest! {
    #![proptest_config(config(600, 120))]

    #[test]
    fn automaton_search_equals_oracle(
        (keys, query) in keys_and_query(),
        budget in budget(),
        which in any_model(),
    ) {
        check_automaton(which, &keys, &query, budget)?;
    }

    #[test]
    fn automaton_eval_equals_oracle_on_all_pairs(
        words in prop::collection::vec(word(), 1..8),
        which in any_model(),
    ) {
        let m = model(which);
        for q in &words {
            let aut = WeightedLevenshtein::new(&m, q, Cost::MAX / 2);
            for k in &words {
                prop_assert_eq!(aut.eval(k), Some(cost::distance(&m, q, k)), "{:?} vs {:?} ({:?})", q, k, which);
            }
        }
    }

    #[test]
    fn automaton_with_prefix_equals_oracle(
        (keys, query) in keys_and_query(),
        budget in 0u32..400,
    ) {
        // The index stores keys as `t:<token>` beside other key spaces;
        // a prefixed search must see exactly the oracle's hits in its space.
        let m = CostModel::default();
        let mut all: Vec<String> = keys.iter().map(|k| format!("t:{k}")).collect();
        all.extend(keys.iter().map(|k| format!("s:{k}")));
        all.extend(keys.iter().map(|k| format!("u{k}")));
        all.sort();
        all.dedup();
        let map = Map::from_iter(all.iter().map(|k| (k.as_str(), 0u64))).unwrap();
        let aut = WeightedLevenshtein::new(&m, &query, budget).with_prefix(b"t:");
        let got = search_hits(&map, &aut);
        let map = Map::from_iter(all.iter().enumerate().map(|(i, k)| (k.as_str(), i as u64))).unwrap();
        let walked: BTreeMap<String, Cost> = aut
            .search(&map, usize::MAX)
            .into_iter()
            .map(|(v, c)| (all[v as usize].clone(), c))
            .collect();
        prop_assert_eq!(&walked, &got);
        // The first `max` matches, in key order.
        let first: Vec<(u64, Cost)> = aut.search(&map, 2);
        let all_hits = aut.search(&map, usize::MAX);
        prop_assert_eq!(&first[..], &all_hits[..all_hits.len().min(2)]);
        let want: BTreeMap<String, Cost> = keys
            .iter()
            .map(|k| (format!("t:{k}"), cost::distance(&m, &query, k)))
            .filter(|(_, d)| *d <= budget)
            .collect();
        prop_assert_eq!(got, want);
    }
}

// ---------------------------------------------------------------------------
// Distance
// ---------------------------------------------------------------------------

proptest! {
    #![proptest_config(config(1500, 300))]

    #[test]
    fn distance_is_symmetric_for_default_model(a in word(), b in word()) {
        // The default model's one-way rules (query-side spellings such as
        // German `tsch`) are asymmetric by design; every other edit costs
        // the same both ways.
        let m = CostModel::default().two_way();
        prop_assert_eq!(cost::distance(&m, &a, &b), cost::distance(&m, &b, &a));
    }

    #[test]
    fn distance_to_self_is_zero(a in word(), which in any_model()) {
        prop_assert_eq!(cost::distance(&model(which), &a, &a), 0);
    }

    #[test]
    fn edit_script_adds_up_to_distance(a in word(), b in word(), which in any_model()) {
        let m = model(which);
        let script = m.edit_script(&a, &b);
        prop_assert_eq!(script.iter().map(|e| e.cost).sum::<Cost>(), cost::distance(&m, &a, &b));
        let from: String = script.iter().map(|e| e.from.as_str()).collect();
        let to: String = script.iter().map(|e| e.to.as_str()).collect();
        prop_assert_eq!((from.as_str(), to.as_str()), (a.as_str(), b.as_str()));
        // A run of kept characters is one step.
        let keep = |e: &namefold::EditOp| e.kind == namefold::EditKind::Keep;
        prop_assert!(!script.windows(2).any(|w| keep(&w[0]) && keep(&w[1])));
        prop_assert!(script.iter().all(|e| !e.from.is_empty() || !e.to.is_empty()));
    }
}

// ---------------------------------------------------------------------------
// Normalization
// ---------------------------------------------------------------------------

const TRICKY: &[&str] = &[
    // combining marks (alone, stacked, after letters and after spaces)
    "\u{301}",
    "\u{308}",
    "\u{327}",
    "\u{20DD}",
    "e\u{301}",
    " \u{301}",
    "\u{300}\u{301}\u{302}",
    // RTL text and controls, bidi marks
    "שלום",
    "مرحبا",
    "\u{200F}",
    "\u{200E}",
    "\u{202E}",
    "\u{2067}",
    // zero-width characters, soft hyphen, BOM, word joiner
    "\u{200B}",
    "\u{200C}",
    "\u{200D}",
    "\u{2060}",
    "\u{FEFF}",
    "\u{AD}",
    // control characters and odd whitespace
    "\0",
    "\t",
    "\n",
    "\r",
    "\u{7F}",
    "\u{85}",
    "\u{A0}",
    "\u{2028}",
    "\u{3000}",
    "\u{1}",
    // emoji, ZWJ sequences, flags, skin tones
    "😀",
    "👩\u{200D}👩\u{200D}👧",
    "🇺🇦",
    "👍🏽",
    "🤷\u{200D}♂\u{FE0F}",
    // Cyrillic (incl. Ukrainian, signs), Greek, Armenian, Georgian
    "Зеленський",
    "Київ",
    "ЪЬъь",
    "Щ",
    "ЇЄІҐ",
    "Ђ",
    "Ўў",
    "Αθήνα",
    "Ω",
    "ΐ",
    "Երևան",
    "Տ",
    "თბილისი",
    "Ⴀ",
    // CJK, Hangul, kana, fullwidth Latin
    "北京",
    "習近平",
    "이재명",
    "カタカナ",
    "ＡＢＣ",
    "ｶ",
    // apostrophes and primes of all kinds
    "'",
    "’",
    "‘",
    "ʼ",
    "ʹ",
    "ʺ",
    "ʻ",
    "ʽ",
    "`",
    "´",
    "′",
    "″",
    "ˈ",
    "O'Brien",
    "d’Artagnan",
    // digits, digit words, other numerals
    "0",
    "1",
    "5",
    "2025",
    "a1b2",
    "٣",
    "Ⅻ",
    "½",
    "²",
    "①",
    // titles, punctuation, ligatures, special cases
    "President ",
    "Dr. ",
    "Sir ",
    "Mr",
    "ﬁ",
    "ß",
    "ẞ",
    "İ",
    "ı",
    "Ǆ",
    "ŉ",
    "ﷺ",
    "Ꭰ",
    "-",
    ".",
    ",",
    "!!!",
    // plain Latin with diacritics
    "Łódź",
    "Erdoğan",
    "Matoušek",
    "Øresund",
    "Æ",
    "Þ",
    " ",
    "  ",
    "a",
    "Zelensky",
    "KYIV",
];

fn tricky_string() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(TRICKY), 0..14).prop_map(|v| v.concat())
}

/// Names made of Arabic particles and the words they bind to (the
/// Arabic compound and article folds of the normalizer), hyphenated or
/// not.
fn particle_name() -> impl Strategy<Value = String> {
    const WORDS: &[&str] = &[
        "abd",
        "abdul",
        "abdel",
        "abdur",
        "abdu",
        "abdi",
        "al",
        "el",
        "ul",
        "ad",
        "ar",
        "as",
        "ash",
        "an",
        "din",
        "deen",
        "uddin",
        "eddine",
        "allah",
        "ullah",
        "ulla",
        "ibn",
        "ben",
        "bin",
        "bint",
        "binti",
        "rahman",
        "shams",
        "nasr",
        "taqi",
        "zia",
        "dawud",
        "a",
        "l",
        "abd'",
        "abdallah",
        "abdurrahman",
        "nasreddine",
        "hidayatullah",
        "x",
        "mr",
        "president",
    ];
    prop::collection::vec(
        (
            prop::sample::select(WORDS),
            prop::sample::select(&[" ", "-", "", "'"][..]),
        ),
        0..8,
    )
    .prop_map(|v| v.into_iter().map(|(w, sep)| format!("{w}{sep}")).collect())
}

/// Code point ranges of the scripts `translit` romanises, with their marks,
/// and of the characters that must vanish or split words around them.
const SCRIPT_RANGES: &[(u32, u32)] = &[
    (0x0600, 0x06FF),   // Arabic, Persian, Urdu letters, harakat, digits
    (0x0750, 0x077F),   // Arabic Supplement
    (0x08A0, 0x08FF),   // Arabic Extended-A
    (0xFB50, 0xFDFF),   // Arabic presentation forms A
    (0xFE70, 0xFEFF),   // Arabic presentation forms B
    (0x0590, 0x05FF),   // Hebrew, niqqud, geresh
    (0xFB1D, 0xFB4F),   // Hebrew presentation forms
    (0x3040, 0x30FF),   // hiragana, katakana, long-vowel mark
    (0x31F0, 0x31FF),   // small katakana
    (0xFF61, 0xFF9F),   // half-width katakana
    (0xAC00, 0xD7A3),   // Hangul syllables
    (0x1100, 0x11FF),   // Hangul jamo
    (0x3130, 0x318F),   // Hangul compatibility jamo
    (0x4E00, 0x9FFF),   // Han
    (0x3400, 0x4DBF),   // Han extension A
    (0x0900, 0x0DFF),   // Devanagari to Malayalam, Sinhala
    (0x0E00, 0x0E7F),   // Thai
    (0x0E80, 0x0EFF),   // Lao
    (0x1000, 0x109F),   // Myanmar
    (0x1200, 0x137F),   // Ethiopic
    (0x1780, 0x17FF),   // Khmer
    (0x0700, 0x074F),   // Syriac
    (0x13A0, 0x13FF),   // Cherokee
    (0x0F00, 0x0FFF),   // Tibetan
    (0x07C0, 0x07FF),   // N'Ko
    (0xAB70, 0xABBF),   // Cherokee lowercase
    (0x11100, 0x1114F), // Chakma
    (0x0300, 0x036F),   // combining marks
    (0x200B, 0x200F),   // zero-width, ZWNJ, ZWJ, LRM, RLM
    (0x202A, 0x202E),   // bidi embeddings
    (0x2066, 0x2069),   // bidi isolates
    (0xFF01, 0xFF5E),   // full-width forms
    (0x1F300, 0x1F64F), // emoji
    (0x0041, 0x007A),   // ASCII letters
];

fn script_char() -> impl Strategy<Value = char> {
    prop::sample::select(SCRIPT_RANGES.to_vec())
        .prop_flat_map(|(lo, hi)| lo..=hi)
        .prop_map(|u| char::from_u32(u).unwrap_or(' '))
}

/// Strings from one script (words of its letters and marks), or mixed.
fn script_string() -> impl Strategy<Value = String> {
    prop_oneof![
        prop::sample::select(SCRIPT_RANGES.to_vec()).prop_flat_map(|(lo, hi)| {
            prop::collection::vec(prop_oneof![9 => (lo..=hi).prop_map(|u| char::from_u32(u).unwrap_or(' ')), 1 => Just(' ')], 0..16)
                .prop_map(|v| v.into_iter().collect::<String>())
        }),
        prop::collection::vec(script_char(), 0..24).prop_map(|v| v.into_iter().collect()),
    ]
}

fn normalize_input() -> impl Strategy<Value = String> {
    prop_oneof![
        2 => particle_name(),
        2 => any::<String>(),
        3 => script_string(),
        3 => tricky_string(),
        1 => prop::collection::vec(prop_oneof![tricky_string(), any::<String>(), "[a-zA-Z0-9 .'-]{0,20}".prop_map(String::from)], 1..4)
            .prop_map(|v| v.join(" ")),
    ]
}

/// One token as the module docs describe it: lowercase ASCII letters, with
/// apostrophes only inside the word and never two in a row
/// (`[a-z]+('[a-z]+)*`).
fn is_token(t: &str) -> bool {
    !t.is_empty()
        && t.split('\'')
            .all(|part| !part.is_empty() && part.bytes().all(|b| b.is_ascii_lowercase()))
}

/// What the module docs promise: tokens (see [`is_token`]) separated by
/// single spaces, at most `MAX_TOKENS` of them, each at most
/// `MAX_TOKEN_CHARS` chars.
fn assert_normal_form(out: &str, input: &str) -> Result<(), TestCaseError> {
    prop_assert!(
        out.is_empty() || out.split(' ').all(is_token),
        "normalize({:?}) = {:?} is not `[a-z]+('[a-z]+)*` tokens joined by single spaces",
        input,
        out
    );
    let toks: Vec<&str> = if out.is_empty() {
        vec![]
    } else {
        out.split(' ').collect()
    };
    prop_assert!(
        toks.len() <= namefold::limits::MAX_TOKENS,
        "{:?}: {} tokens",
        input,
        toks.len()
    );
    prop_assert!(toks
        .iter()
        .all(|t| t.chars().count() <= namefold::limits::MAX_TOKEN_CHARS));
    Ok(())
}

proptest! {
    #![proptest_config(config(3000, 600))]

    #[test]
    fn normalize_is_total_idempotent_and_in_normal_form(s in normalize_input()) {
        let n = Normalizer::new();
        let once = n.normalize(&s);
        assert_normal_form(&once, &s)?;
        let twice = n.normalize(&once);
        prop_assert_eq!(&twice, &once, "not idempotent for input {:?}", s);
        let toks = n.tokens(&s);
        prop_assert_eq!(toks.join(" "), once);
    }

    #[test]
    fn normalize_of_long_input_is_bounded(s in tricky_string(), reps in 1usize..400) {
        let n = Normalizer::new();
        let long = s.repeat(reps);
        let out = n.normalize(&long);
        assert_normal_form(&out, &long)?;
        prop_assert_eq!(n.normalize(&out), out);
    }
}

// ---------------------------------------------------------------------------
// Catalogues from syllables
// ---------------------------------------------------------------------------

const SYLLABLES: &[&str] = &[
    "ka", "rin", "lo", "ve", "mi", "sha", "ko", "dan", "el", "vi", "tor", "ya", "nov", "ski",
    "per", "gu", "li", "an", "zel", "en", "wit", "kof", "ru", "te", "mer", "tz", "ov", "ich", "yu",
    "ri",
];

fn token() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(SYLLABLES), 1..4).prop_map(|v| {
        let s = v.concat();
        let mut c = s.chars();
        match c.next() {
            Some(f) => f.to_uppercase().chain(c).collect(),
            None => s,
        }
    })
}

fn two_token_name() -> impl Strategy<Value = String> {
    (token(), token()).prop_map(|(a, b)| format!("{a} {b}"))
}

fn any_name() -> impl Strategy<Value = String> {
    prop::collection::vec(token(), 1..4).prop_map(|v| v.join(" "))
}

fn kind() -> impl Strategy<Value = Option<&'static str>> {
    prop_oneof![
        3 => Just(Some("person")),
        1 => Just(Some("place")),
        1 => Just(Some("organization")),
        1 => Just(None),
    ]
}

/// A small catalogue: unique ids, names and aliases from syllables.
fn catalogue() -> impl Strategy<Value = Vec<Entity>> {
    prop::collection::vec(
        (any_name(), prop::collection::vec(any_name(), 0..3), kind()),
        1..12,
    )
    .prop_map(|ents| {
        ents.into_iter()
            .enumerate()
            .map(|(i, (name, aliases, kind))| {
                let mut e = Entity::new(format!("e{i:02}"), name);
                e.aliases = aliases;
                e.kind = kind.map(String::from);
                e
            })
            .collect()
    })
}

/// The set of tokens of a normalized name: two names with the same key
/// are the same words in another order (`Rin Per` / `Per Rin`).
fn token_key(n: &Normalizer, name: &str) -> Vec<String> {
    let mut t = n.tokens(name);
    t.sort();
    t
}

/// A catalogue whose names and aliases are all distinct after
/// normalization (two tokens each), also up to word order (an exact alias
/// against a reordered alias of another entity is tested separately, see
/// `exact_alias_beats_reordered_alias_of_another_entity`).
fn distinct_catalogue() -> impl Strategy<Value = Vec<Entity>> {
    prop::collection::vec(
        (
            two_token_name(),
            prop::collection::vec(two_token_name(), 0..2),
            kind(),
        ),
        1..14,
    )
    .prop_map(|ents| {
        let n = Normalizer::new();
        let mut seen = HashSet::new();
        let mut out = Vec::new();
        for (name, aliases, kind) in ents {
            if !seen.insert(token_key(&n, &name)) {
                continue;
            }
            let i = out.len();
            let mut e = Entity::new(format!("e{i:02}"), name);
            for a in aliases {
                if seen.insert(token_key(&n, &a)) {
                    e.aliases.push(a);
                }
            }
            e.kind = kind.map(String::from);
            out.push(e);
        }
        out
    })
}

proptest! {
    #![proptest_config(config(200, 40))]

    #[test]
    fn index_round_trip(ents in catalogue(), extra in prop::collection::vec(any_name(), 0..6)) {
        let cat = Catalog::from_entities(ents.clone()).unwrap();
        let r = Resolver::build(&cat).unwrap();
        let bytes = r.to_bytes();
        let back = Resolver::from_bytes(&bytes).unwrap();
        prop_assert_eq!(&back.to_bytes(), &bytes);
        prop_assert_eq!(back.len(), r.len());
        prop_assert_eq!(back.alias_count(), r.alias_count());
        let mut queries: Vec<String> = ents.iter().flat_map(|e| std::iter::once(e.name.clone()).chain(e.aliases.iter().cloned())).collect();
        queries.extend(extra);
        queries.extend(ents.iter().filter_map(|e| e.name.split(' ').next_back().map(String::from)));
        for q in &queries {
            let q = Query::new(q).with_limit(10);
            prop_assert_eq!(summary(&r.resolve(&q)), summary(&back.resolve(&q)), "query {:?}", q.text());
        }
        for e in &ents {
            prop_assert_eq!(back.name_of(&e.id), Some(e.name.as_str()));
        }
    }

    #[test]
    fn every_exact_alias_resolves_to_its_entity(ents in distinct_catalogue()) {
        let cat = Catalog::from_entities(ents.clone()).unwrap();
        let r = Resolver::build(&cat).unwrap();
        let n = Normalizer::new();
        // normalized name -> entities having it (names are distinct by
        // construction, but keep the check honest)
        let mut owners: BTreeMap<String, BTreeSet<&str>> = BTreeMap::new();
        for e in &ents {
            for a in std::iter::once(&e.name).chain(&e.aliases) {
                owners.entry(n.normalize(a)).or_default().insert(&e.id);
            }
        }
        for e in &ents {
            for a in std::iter::once(&e.name).chain(&e.aliases) {
                let res = r.resolve(&Query::new(a));
                let best = res.best();
                prop_assert!(best.is_some(), "{:?} ({}) has no candidate", a, e.id);
                prop_assert_eq!(&best.unwrap().id, &e.id, "exact alias {:?}: best is {:?}; catalogue {:?}", a, res.candidates().iter().map(|c| (&c.id, &c.alias, c.score)).collect::<Vec<_>>(), ents);
                if owners[&n.normalize(a)].len() == 1 {
                    prop_assert_eq!(res.id(), Some(e.id.as_str()), "exact alias {:?} of {} undecided: {:?}; candidates {:?}", a, e.id, res.decision(), res.candidates().iter().map(|c| (&c.id, &c.alias, c.score)).collect::<Vec<_>>());
                }
            }
        }
    }
}

// ---------------------------------------------------------------------------
// Resolution invariants on arbitrary input
// ---------------------------------------------------------------------------

fn bundled() -> &'static Resolver {
    common::bundled_resolver()
}

const CONTEXT_IDS: &[&str] = &[
    "rutte",
    "zelenskyy",
    "kyiv",
    "witkoff",
    "nope",
    "",
    "merz",
    "merz",
];

fn query_text() -> impl Strategy<Value = String> {
    prop_oneof![
        2 => any::<String>(),
        2 => tricky_string(),
        2 => prop::collection::vec(token(), 1..5).prop_map(|v| v.join(" ")),
        1 => prop::sample::select(vec!["Zelinski", "Steve Vitkov", "Mark", "Retty", "KYIV", "", " ", "J.D.", "President", "Putin Putin Putin"]).prop_map(String::from),
    ]
}

fn check_resolution(
    res: &namefold::Resolution,
    limit: usize,
    threshold: Option<f64>,
) -> Result<(), TestCaseError> {
    let cands = res.candidates();
    prop_assert!(
        cands.len() <= limit,
        "{} candidates > limit {}",
        cands.len(),
        limit
    );
    for c in cands {
        prop_assert!(
            c.score.is_finite() && (0.0..=1.0).contains(&c.score),
            "score {} of {}",
            c.score,
            c.id
        );
        for t in &c.tokens {
            prop_assert!(
                t.similarity.is_finite() && (0.0..=1.0).contains(&t.similarity),
                "token similarity {}",
                t.similarity
            );
        }
    }
    for w in cands.windows(2) {
        prop_assert!(
            w[0].score >= w[1].score,
            "not sorted best-first: {} ({}) before {} ({})",
            w[0].id,
            w[0].score,
            w[1].id,
            w[1].score
        );
    }
    let ids: HashSet<&str> = cands.iter().map(|c| c.id.as_str()).collect();
    prop_assert_eq!(ids.len(), cands.len(), "an entity appears twice");
    let score = res.score();
    prop_assert!(score.is_finite() && (0.0..=1.0).contains(&score));
    match res.id() {
        None => prop_assert!(!matches!(res.decision(), Decision::Resolved) || cands.is_empty()),
        Some(id) => {
            prop_assert_eq!(Some(id), res.best().map(|c| c.id.as_str()));
            prop_assert_eq!(res.decision(), &Decision::Resolved);
            if let Some(t) = threshold {
                prop_assert!(score >= t, "resolved at {} below threshold {}", score, t);
            }
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(config(1500, 150))]

    #[test]
    fn arbitrary_queries_never_panic_and_are_well_formed(
        text in query_text(),
        limit in prop_oneof![Just(None), (0usize..2000).prop_map(Some)],
        threshold in prop_oneof![Just(None), (0.0f64..=1.0).prop_map(Some), Just(Some(f64::NAN)), Just(Some(-3.0)), Just(Some(7.0))],
    ) {
        let r = bundled();
        let mut q = Query::new(&text);
        let mut max = 5;
        if let Some(k) = limit {
            q = q.with_limit(k);
            max = k.clamp(1, namefold::limits::MAX_LIMIT);
        }
        let mut t_eff = Some(r.threshold());
        if let Some(t) = threshold {
            q = q.with_threshold(t);
            if !t.is_nan() {
                t_eff = Some(t.clamp(0.0, 1.0));
            }
        }
        let res = r.resolve(&q);
        check_resolution(&res, max, t_eff)?;
        prop_assert_eq!(res.normalized(), r.normalizer().normalize(&text));
        let among = r.resolve_among(&q, CONTEXT_IDS);
        check_resolution(&among, max, None)?;
        for c in among.candidates() {
            prop_assert!(CONTEXT_IDS.contains(&c.id.as_str()), "context candidate {} not among the ids", c.id);
        }
    }
}

// ---------------------------------------------------------------------------
// Regression cases found by the properties above
// ---------------------------------------------------------------------------

#[test]
fn automaton_examples() {
    let keys: Vec<String> = {
        let mut k: Vec<String> = [
            "", "a", "ab", "ba", "ff", "v", "kh", "h", "iy", "y", "zz", "z'", "ёж", "€",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        k.sort();
        k.dedup();
        k
    };
    for which in [
        Model::Default,
        Model::Uniform,
        Model::Custom,
        Model::Abjad,
        Model::Hebrew,
        Model::Arabic,
        Model::Akanye,
    ] {
        for q in ["", "a", "ba", "v", "h", "yi", "z", "ж", "€a"] {
            for budget in [0, 15, 50, 100, 250, 1000] {
                check_automaton(which, &keys, q, budget).unwrap();
            }
        }
    }
}

/// Found by `every_exact_alias_resolves_to_its_entity`: an entity's exact
/// alias ties (score 1.0, gap 0) with another entity whose name is the same
/// words in the other order, so the exact name is `Ambiguous`.
#[test]

fn exact_alias_beats_reordered_alias_of_another_entity() {
    let cat = Catalog::from_entities(vec![
        Entity::new("e00", "Ka Ka")
            .with_alias("Rin Per")
            .with_kind("person"),
        Entity::new("e01", "Per Rin").with_kind("person"),
    ])
    .unwrap();
    let r = Resolver::build(&cat).unwrap();
    assert_eq!(r.resolve(&Query::new("Per Rin")).id(), Some("e01"));
    let res = r.resolve(&Query::new("Rin Per"));
    assert_eq!(
        res.id(),
        Some("e00"),
        "{:?} {:?}",
        res.decision(),
        res.candidates()
            .iter()
            .map(|c| (&c.id, &c.alias, c.score))
            .collect::<Vec<_>>()
    );
}
