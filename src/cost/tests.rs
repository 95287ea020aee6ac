//! Tests of the cost model and the DP distance.

use super::defaults::{BURMESE_E_COST, GREEK_B_COST, SOFT_E_COST};
use super::dp::{fast_matrix, matrix};
use super::*;

#[test]
fn korean_eo_written_u_before_n_meets_it() {
    let m = CostModel::default();
    // Invented names: RR eo and the customary u before n, ng (Korean
    // ㅓ), both ways round.
    for (a, b) in [
        ("pyunghu", "pyeonghu"),
        ("tahyun", "tahyeon"),
        ("jungsik", "jeongsik"),
    ] {
        assert!(distance(&m, a, b) <= 25, "{a} {b}");
        assert!(distance(&m, b, a) <= 25, "{b} {a}");
    }
    // Not before another letter.
    assert!(distance(&m, "pyuko", "pyeoko") > 25);
}

#[test]
fn uniform_is_levenshtein() {
    let m = CostModel::uniform();
    for (a, b) in [
        ("", "abc"),
        ("kitten", "sitting"),
        ("flaw", "lawn"),
        ("ab", "ba"),
    ] {
        assert_eq!(
            distance(&m, a, b),
            strsim::levenshtein(a, b) as Cost * UNIT,
            "{a} {b}"
        );
    }
}

/// Words for the matrix tests: Latin and Cyrillic, rules of one and
/// two characters, doubled letters, apostrophes.
const WORDS: &[&str] = &[
    "",
    "a",
    "ab",
    "ba",
    "witkoff",
    "vitkov",
    "zellinski",
    "zelenskyy",
    "oshkov",
    "ushakov",
    "shcherbakov",
    "scerbakov",
    "abc",
    "cab",
    "шчука",
    "щука",
    "café",
    "cafe",
    "mertz",
    "merz",
    "o'neill",
    "oneil",
    "zhuk",
    "жук",
    "khh",
    "kh",
    "kharkiv",
    "harkov",
    "gkionis",
    "ngionis",
    "mueller",
    "muller",
    "зеленский",
    "tsoi",
    "cz",
];

/// The default and uniform models, and one with custom rules.
fn models() -> [CostModel; 3] {
    let mut custom = CostModel::uniform();
    custom
        .rule("шч", "щ", 20, EditClass::Phonetic)
        .rule("ab", "c", 30, EditClass::Phonetic)
        .rule("zh", "ж", 15, EditClass::Phonetic)
        .substitution('é', 'e', 10, EditClass::Vowel)
        .insertion('h', 0, EditClass::Silent);
    [CostModel::default(), CostModel::uniform(), custom]
}

#[test]
fn fast_matrix_equals_matrix() {
    for m in models() {
        for a in WORDS {
            for b in WORDS {
                let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
                assert_eq!(fast_matrix(&m, &a, &b), matrix(&m, &a, &b), "{a:?} {b:?}");
            }
        }
    }
}

#[test]
fn automaton_matrix_is_the_dp_matrix() {
    for m in models() {
        for a in WORDS {
            let aut = crate::WeightedLevenshtein::new(&m, a, 0);
            for b in WORDS {
                let (ac, bc): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
                assert_eq!(aut.matrix(b), fast_matrix(&m, &ac, &bc), "{a:?} {b:?}");
                assert_eq!(
                    m.edit_script_from(a, b, &aut.matrix(b)),
                    m.edit_script(a, b)
                );
            }
        }
    }
}

#[test]
fn equal_strings_script_is_the_backtrace() {
    let m = CostModel::default();
    for w in ["", "kyle", "zelenskyy", "o'brien", "ŝerbina"] {
        let chars: Vec<char> = w.chars().collect();
        let d = fast_matrix(&m, &chars, &chars);
        assert_eq!(
            m.edit_script(w, w),
            backtrace(&m, &chars, &chars, &d),
            "{w}"
        );
    }
}

#[test]
fn keyboard_neighbours_follow_the_staggered_rows() {
    let m = CostModel::default();
    let cost = |a, b| m.sub_cost(a, b).0;
    // `s` touches `w` and `e` above it and `z` and `x` below it.
    for n in ['w', 'e', 'a', 'd', 'z', 'x'] {
        assert!(cost('s', n) <= 50, "s/{n}");
    }
    for far in ['q', 'r', 'f'] {
        assert_eq!(cost('s', far), UNIT, "s/{far}");
    }
    // OCR look-alikes.
    assert_eq!(m.sub_cost('i', 'l').1, EditClass::Keyboard);
    assert!(distance(&m, "rnorris", "morris") <= 40);
}

#[test]
fn default_classes_are_cheap() {
    let m = CostModel::default();
    let d = |a, b| distance(&m, a, b);
    assert!(d("witkoff", "vitkov") <= 50);
    assert!(d("zelenskyy", "zelensky") <= 25);
    assert!(d("kharkiv", "harkiv") <= 35);
    assert!(d("mertz", "merz") <= 20);
    assert!(d("yuriy", "iurii") <= 60);
    assert_eq!(d("merz", "merk"), UNIT);
    assert_eq!(d("abc", "abc"), 0);
}

#[test]
fn slavic_names_meet_in_the_latin_spellings_of_their_languages() {
    let m = CostModel::default();
    // Invented surnames: Polish, Dutch, Hungarian, German and French
    // spellings of one Cyrillic name against the English one, each
    // pair one convention apart, both ways round where the rule allows.
    for (a, b, max) in [
        ("sztolin", "shtolin", 20),
        ("czerkan", "cherkan", 20),
        ("sjarkov", "sharkov", 20),
        ("tjernik", "chernik", 20),
        ("zjemlin", "zhemlin", 20),
        ("xudarev", "chudarev", 30),
        ("csorba", "chorba", 25),
        ("zsemlin", "zhemlin", 20),
        ("schalkin", "shalkin", 30),
        ("shalkin", "schalkin", 30),
        ("schalkin", "chalkin", 25),
        ("chalkin", "schalkin", 25),
        ("tschernik", "chernik", 20),
        ("tsjernik", "chernik", 20),
        ("tchernik", "chernik", 20),
        ("chernik", "tchernik", 20),
        ("dschalin", "jalin", 20),
    ] {
        assert!(distance(&m, a, b) <= max, "{a} {b} {}", distance(&m, a, b));
    }
    // Elsewhere the letters stay apart: sch is not s before a vowel.
    assert!(distance(&m, "scalin", "salin") >= 50);
}

#[test]
fn soft_e_of_ei_meets_the_english_e() {
    let m = CostModel::default();
    // Invented given names ending in Cyrillic -ей: the Polish/Romanian
    // `ie` against the English `e`, both ways round, with the Romanian
    // `gh` on top still a variant spelling's cost.
    for (a, b, max) in [
        ("timofei", "timofiei", SOFT_E_COST),
        ("timofiei", "timofei", SOFT_E_COST),
        ("borvej", "borviej", SOFT_E_COST),
        ("dorgei", "dorghiei", 45),
        ("dorghiei", "dorgei", 45),
    ] {
        assert_eq!(distance(&m, a, b), max, "{a} {b}");
    }
    // Elsewhere an `ie` stays a letter more: not before the й, not
    // after a vowel.
    assert!(distance(&m, "sevra", "sievra") > SOFT_E_COST);
    assert!(distance(&m, "toviel", "tovel") > SOFT_E_COST);
    assert!(distance(&m, "aei", "aiei") > SOFT_E_COST);
}

#[test]
fn a_romanian_soft_ei_is_not_another_name() {
    use crate::{Catalog, Entity, Query, Resolver};
    // Invented names. The catalogue knows a `Dorgei`, so the query's
    // `Dorgei` is a word of its own; the Romanian `Dorghiei` still
    // writes that name.
    let cat = Catalog::from_entities(vec![
        Entity::new("a", "Dorghiei Vantuleac"),
        Entity::new("b", "Dorgei Palamarciuc"),
    ])
    .unwrap();
    let r = Resolver::build(&cat).unwrap();
    assert_eq!(r.resolve(&Query::new("Dorgei Vantuleak")).id(), Some("a"));
}

#[test]
fn burmese_final_ay_meets_e() {
    let m = CostModel::default();
    // Invented Burmese syllables: `ay` and `e` at a word's end, both
    // ways round.
    for (a, b) in [("thway", "thwe"), ("mye", "myay"), ("khay", "khe")] {
        assert_eq!(distance(&m, a, b), BURMESE_E_COST, "{a} {b}");
    }
    // Not inside a word.
    assert!(distance(&m, "thwayn", "thwen") > BURMESE_E_COST);
    assert!(distance(&m, "mayla", "mela") > BURMESE_E_COST);
}

#[test]
fn greek_mp_is_b_before_a_vowel_or_liquid_only() {
    let m = CostModel::default();
    // Invented names: Greek μπ for b at the start, inside a word and
    // before ρ, both ways round.
    for (a, b) in [
        ("mparlos", "barlos"),
        ("kolompa", "koloba"),
        ("mprenis", "brenis"),
        ("tabeli", "tampeli"),
    ] {
        assert_eq!(distance(&m, a, b), GREEK_B_COST, "{a} {b}");
    }
    // A Greek word does not end in μπ: a final `mp` is no `b`, either way.
    for (a, b) in [("tramp", "trab"), ("krob", "kromp")] {
        assert!(distance(&m, a, b) >= 70, "{a} {b}");
    }
}

#[test]
fn script_costs_add_up() {
    let m = CostModel::default();
    for (a, b) in [
        ("witkoff", "vitkov"),
        ("zellinski", "zelenskyy"),
        ("", "ab"),
        ("oshkov", "ushakov"),
    ] {
        let s = m.edit_script(a, b);
        assert_eq!(s.iter().map(|e| e.cost).sum::<Cost>(), distance(&m, a, b));
        let from: String = s.iter().map(|e| e.from.as_str()).collect();
        let to: String = s.iter().map(|e| e.to.as_str()).collect();
        assert_eq!((from.as_str(), to.as_str()), (a, b));
    }
}

#[test]
fn distance_is_symmetric_for_default_model() {
    let m = CostModel::default();
    for (a, b) in [
        ("witkoff", "vitkov"),
        ("shcherbakov", "scerbakov"),
        ("ab", "ba"),
    ] {
        assert_eq!(distance(&m, a, b), distance(&m, b, a));
    }
}

/// The or of every cost, from scratch: what `cost_bits` caches.
fn bits_of(m: &CostModel) -> Cost {
    let mut bits = m.indel | m.sub | m.transpose | m.doubled;
    for a in 0..128u8 {
        for b in 0..128u8 {
            bits |= m.sub_cost(a as char, b as char).0;
        }
        bits |= m.indel_cost(a as char, None).0;
    }
    bits |= m.other_sub.values().fold(0, |x, &(c, _)| x | c);
    m.rules.iter().fold(bits, |x, r| x | r.cost)
}

/// The substitution buckets, from scratch: what `ascii_sub_buckets`
/// caches.
fn buckets_of(m: &CostModel, a: u8) -> [u128; SUB_BUCKETS] {
    let mut out = [0u128; SUB_BUCKETS];
    for (k, bucket) in out.iter_mut().enumerate() {
        for b in 0..128u8 {
            if sub_bucket(m.sub_cost(a as char, b as char).0) <= k {
                *bucket |= 1u128 << b;
            }
        }
    }
    out
}

#[test]
fn ascii_sub_buckets_follow_every_change() {
    let mut m = CostModel::default();
    let before = m.ascii_sub_buckets()[b'q' as usize];
    assert_eq!(before, buckets_of(&m, b'q'));
    // A change after a first use is seen.
    m.substitution('q', 'k', 9, EditClass::Phonetic);
    assert_ne!(m.ascii_sub_buckets()[b'q' as usize], before);
    let base = CostModel::default();
    for model in [
        m,
        base.without_typos(),
        base.with_unrelated_cost(300),
        base.for_kana(),
    ] {
        for a in 0..128u8 {
            assert_eq!(
                model.ascii_sub_buckets()[a as usize],
                buckets_of(&model, a),
                "{a}"
            );
        }
    }
}

#[test]
fn cost_bits_follow_every_change() {
    let mut m = CostModel::uniform();
    assert_eq!(m.cost_bits(), bits_of(&m));
    // Each change after a first use is seen; a clone changed is too.
    m.substitution('q', 'k', 1 << 12, EditClass::Phonetic);
    assert_eq!(m.cost_bits(), bits_of(&m));
    assert!(m.cost_bits() >= 1 << 12);
    m.insertion('h', 1 << 13, EditClass::Silent);
    assert_eq!(m.cost_bits(), bits_of(&m));
    m.rule("ph", "f", 1 << 14, EditClass::Phonetic);
    assert_eq!(m.cost_bits(), bits_of(&m));
    m.doubled_and_transpose(1 << 15, 1 << 16);
    assert_eq!(m.cost_bits(), bits_of(&m));
    m.substitution('é', 'e', 1 << 17, EditClass::Vowel);
    assert_eq!(m.cost_bits(), bits_of(&m));
    let scaled = m.scaled(3, 1);
    assert_eq!(scaled.cost_bits(), bits_of(&scaled));
    assert_ne!(scaled.cost_bits(), m.cost_bits());
    let base = CostModel::default();
    for model in [
        base.clone(),
        base.without_typos(),
        base.with_unrelated_cost(300),
        base.for_abjad(),
        base.for_kana(),
        base.clone().with_loose_vowels(35),
    ] {
        assert_eq!(model.cost_bits(), bits_of(&model));
    }
}
