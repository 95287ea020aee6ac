//! Names written in a syllabic script (Japanese kana, Korean Hangul) as
//! edit costs.
//!
//! Both scripts fit a foreign name to their own syllables, so a name read
//! back from them differs from its Latin spelling in regular ways:
//!
//! - **epenthetic vowels**: a consonant without a vowel (a cluster, a final
//!   consonant) gets one: kana `u` (`o` after `t`/`d`), Hangul `eu`. The
//!   romanisers write these as the vowel slot `'` (`s'mis'`), which any
//!   vowel fills or which drops for next to nothing in every model.
//! - **r and l are one sound** in both: `r` (kana ラ行, Hangul ㄹ) writes
//!   either, and Hangul writes an l between vowels `ll` (ㄹㄹ); before a
//!   consonant or at the end Hangul tells them apart (l a final ㄹ, r 르).
//! - **sounds the script lacks** are written with the nearest it has:
//!   `th` as `s`/`z` (kana ス/ズ, Hangul ㅅ/ㄷ), `v` as `b` (ブ, ㅂ), Korean
//!   `f` as `p` (ㅍ) and `z` as `j` (ㅈ), `dg`/`j`/`g` before front vowels
//!   as `j` (ジ, 지), `x` as `ks` (クス, 크스), `tch` for `ch` (ッチ).
//! - **English r after a vowel** is not pronounced in the non-rhotic
//!   English that loanwords follow: katakana writes a long vowel (`ー`),
//!   Hangul nothing (`피터` for Peter) or `eo` (ㅓ, which also writes
//!   the schwa and the vowels of `u`, `o` and `a` in `but`, `not`,
//!   `about`).
//! - **long vowels and diphthongs**: katakana marks a long vowel with `ー`,
//!   which the romaniser writes as a doubled vowel (`oo`, `ii`): English
//!   `or` `oa` `ou` `aw`, `ee` `ea` `ie` `y`; `ei` writes English long
//!   `a` (`ay`), `ai` long `i`.
//!
//! Korean names in Latin letters follow several systems (Revised
//! Romanization, McCune–Reischauer and the spellings people choose): the
//! Hangul model makes the plain and aspirated stops meet (`g`/`k`,
//! `d`/`t`, `b`/`p`, `j`/`ch`: RR writes ㄱ g where MR and most passports
//! write k), `eo`/`o`/`u` (ㅓ), `eu`/`u` (ㅡ), `ui`/`ee`/`i` (ㅢ, `Hee`),
//! `ae`/`e`.
//!
//! These rules would make unrelated Latin names meet (`Kowal`/`Korab`):
//! they are for queries written in kana or Hangul ([`is_syllabic`]) only.
//! And since they let one native spelling fit many Latin names, every
//! cost of these readings is scaled up (`KANA_SCALE`, `HANGUL_SCALE`):
//! an inexact match under them is weaker evidence than one between two
//! Latin spellings, while an exact reading keeps its full score.

use crate::cost::{Context, CostModel, EditClass};

/// Greek digraph readings of the default model (`mp` for b, `nt` for d,
/// `nk` and `gk` for g): kana and Hangul write the nasal and the stop
/// both (`ン`+`ト`), so in their readings these spell nothing else.
const NOT_SYLLABIC: &[(&str, &str)] = &[
    ("mp", "b"),
    ("mp", "mb"),
    ("nt", "d"),
    ("nk", "g"),
    ("gk", "g"),
];

/// `base` without typing edits and the rules of [`NOT_SYLLABIC`].
fn syllabic_base(base: &CostModel) -> CostModel {
    base.without_typos().without_rules(NOT_SYLLABIC)
}

/// Rules shared by kana and Hangul (see the module docs).
fn common(m: &mut CostModel) {
    use EditClass::*;
    // Both scripts write every vowel they hear (the ones they add are
    // slots): a vowel or semivowel letter only one spelling has is a
    // full edit, as any other letter.
    for c in "iyjh".chars() {
        m.insertion(c, 70, Other);
    }
    // Nothing was typed: no swapped letters.
    m.doubled_and_transpose(25, 100);
    // A vowel for another outside the spellings below.
    for a in "aeiou".chars() {
        for b in "aeiou".chars() {
            if a != b && m.sub_cost(a, b).0 >= 70 {
                m.substitution(a, b, 90, Vowel);
            }
        }
    }
    for (a, b, c) in [
        ('l', 'r', 20),
        ('b', 'v', 20),
        ('j', 'z', 30),
        ('j', 'g', 35),
        // Spanish j (/x/) is written with the h row (ホ, 호).
        ('h', 'j', 50),
    ] {
        m.substitution(a, b, c, Phonetic);
    }
    for (a, b, c, class) in [
        ("th", "s", 25, Phonetic),
        ("th", "z", 35, Phonetic),
        ("sh", "s", 25, Phonetic),
        ("sh", "c", 30, Phonetic),
        ("tc", "c", 20, Phonetic),
        ("j", "dg", 25, Phonetic),
        ("rr", "l", 20, Phonetic),
        ("rr", "ll", 15, Phonetic),
        ("ll", "r", 30, Phonetic),
        // c before e and i is s.
        ("si", "ci", 20, Phonetic),
        ("se", "ce", 20, Phonetic),
        // A nasal before a labial is m (Hepburn writes ン n).
        ("nb", "mb", 15, Phonetic),
        ("np", "mp", 15, Phonetic),
        ("nm", "mm", 15, Phonetic),
        // English long a and i.
        ("ei", "a", 50, Vowel),
        ("ei", "ay", 20, Vowel),
        ("ei", "ai", 20, Vowel),
        ("ai", "i", 40, Vowel),
        ("ai", "y", 35, Vowel),
        // A final or pre-consonant i for English -y, -ey, -ie, -ee.
        ("i", "ey", 30, Vowel),
        ("i", "ee", 30, Vowel),
        ("i", "ie", 40, Vowel),
    ] {
        m.rule(a, b, c, class);
    }
}

/// The model for a name written in kana: `base` without typing edits,
/// with the rules of the module docs.
pub(crate) fn kana_model(base: &CostModel) -> CostModel {
    use EditClass::*;
    let mut m = syllabic_base(base);
    common(&mut m);
    m.substitution('f', 'h', 45, Phonetic);
    // The added vowel is u (o after t, d): a Latin a, i or y in its
    // place is another vowel, as e and i are.
    for c in "aiy".chars() {
        m.substitution('\'', c, 60, Vowel);
    }
    m.substitution('e', 'i', 50, Vowel);
    // The normalizer drops a slot at the end of a word (`s'mis'` is
    // `s'mis`), and a kana word ends in a vowel or ン: a final consonant
    // stands for a dropped u (o after t and d), which a Latin spelling
    // may write (`Sokoto`) or leave a silent e in (`Cade`).
    let end = Context::new("", "$");
    for c in ["b", "f", "g", "k", "m", "p", "r", "s", "z", "h", "t", "d"] {
        let vowel = if c == "t" || c == "d" { "o" } else { "u" };
        m.query_rule(c, &format!("{c}{vowel}"), end, 25, Vowel);
        m.query_rule(c, &format!("{c}e"), end, 25, Vowel);
    }
    // English short u (/ʌ/) is written with the a row (ダ for the du of
    // `Dunn`).
    m.substitution('a', 'u', 45, Vowel);
    for (a, b, c, class) in [
        // ン is n and ng (Chinese, Korean and Vietnamese names); Hangul
        // has ㅇ. Measured on wdtr_katakana (dev, 2026-11-29): 30 finds
        // 67.2% at 2.9% false accepts, 45 66.8% at 2.9%.
        ("n", "ng", 30, Phonetic),
        // `aー` is read `ar`: English ar, er, ir, ur, or.
        ("ar", "er", 20, Vowel),
        ("ar", "ur", 25, Vowel),
        // The other long vowels, written doubled.
        ("oo", "o", 10, Vowel),
        ("oo", "or", 15, Vowel),
        ("oo", "ou", 15, Vowel),
        ("oo", "oa", 15, Vowel),
        ("oo", "aw", 25, Vowel),
        ("oo", "au", 25, Vowel),
        ("oo", "ow", 20, Vowel),
        ("oo", "oh", 15, Vowel),
        // Hepburn's long o written oh (hiragana おう, おお read `o`).
        ("o", "oh", 20, Vowel),
        ("ii", "i", 20, Vowel),
        ("ii", "ee", 10, Vowel),
        ("ii", "ea", 15, Vowel),
        ("ii", "ie", 15, Vowel),
        ("ii", "ey", 15, Vowel),
        ("ii", "y", 20, Vowel),
        ("uu", "u", 10, Vowel),
        ("uu", "ou", 10, Vowel),
        ("uu", "oo", 10, Vowel),
        ("uu", "ew", 20, Vowel),
        ("uu", "ue", 15, Vowel),
        ("ee", "e", 10, Vowel),
        ("ee", "a", 35, Vowel),
        ("ee", "ai", 25, Vowel),
        ("ee", "ay", 25, Vowel),
    ] {
        m.rule(a, b, c, class);
    }
    // One way, from the kana reading to the Latin spelling:
    let any = Context::new("", "");
    // `aー` writes English ir (/ɜː/) only before a consonant (`Bird`, a
    // final -ir is the ir of another language, `イル`), and or only where
    // it is unstressed, at the end (`-or`, `-ors` with ズ: Connor); a stressed or
    // is オー, but or after w before a consonant is /ɜː/ (`Work`, ワーク).
    // The a of a kana syllable before an r of the next (`カリ`) is no
    // such vowel.
    m.query_rule("ar", "ir", Context::new("", CONSONANTS), 40, Vowel);
    m.query_rule("ar", "or", Context::new("", "sz$"), 45, Vowel);
    m.query_rule("ar", "or", Context::new("w", CONSONANTS), 45, Vowel);
    // English e of an open stressed syllable is /iː/ (Peter): イー.
    m.query_rule("ii", "e", Context::new("", CONSONANTS), 25, Vowel);
    // The Gaelic Mc (/mək/) is written マク, マッ.
    m.query_rule("mak", "mc", Context::new("^", "k'"), MC, Vowel);
    for (a, b, c) in [
        // `aー` is also the long a of a language without English r
        // (Arabic, Hindi, German `ah`, Italian).
        ("ar", "a", 35),
        ("ar", "ah", 25),
        ("ar", "aa", 20),
        // ウ after o lengthens it (Hepburn ō): o, oh, English ow.
        ("ou", "o", 15),
        ("ou", "oh", 15),
        ("ou", "ow", 20),
        // Korean ㅓ (RR eo) is written with the o row (ヨン for yeong),
        // ㅐ (RR ae) with the e row (デ for dae): Japanese has one vowel
        // for each pair. ㅓ and ㅗ meet in every kana syllable (ソ, ヨ,
        // ジョ, ヒョ): measured on nameparts (2026-11-30), 20 finds six
        // more Korean names than 30 (63.8% -> 63.9%) at the same 4.9%
        // false accepts, wdtr_katakana and wdtr_korean unchanged.
        ("o", "eo", 20),
        ("e", "ae", 30),
    ] {
        m.query_rule(a, b, any, c, Vowel);
    }
    // Kunrei and Nihon-shiki spellings of a Japanese name (チ ti, ツ tu,
    // フ hu, ヅ du, ヂ di): the Hepburn reading meets them.
    for (a, b, c) in [
        ("chi", "ti", 20),
        ("tsu", "tu", 20),
        ("fu", "hu", 20),
        ("zu", "du", 20),
        ("ji", "di", 20),
    ] {
        m.query_rule(a, b, any, c, Phonetic);
    }
    // Rendaku: the second part of a Japanese name is read voiced or not
    // (Yamasaki, Yamazaki); only between vowels, where it happens.
    let medial = Context::new("aeiou", "aeiou");
    for (a, b) in [
        ("k", "g"),
        ("s", "z"),
        ("sh", "j"),
        ("ch", "j"),
        ("t", "d"),
        ("h", "b"),
        ("f", "b"),
        ("ts", "z"),
    ] {
        m.query_rule(a, b, medial, RENDAKU, Phonetic);
        m.query_rule(b, a, medial, RENDAKU, Phonetic);
    }
    // Russian initial е (ye) is written エ; Slavic final ć and č lose
    // their marks in Latin spellings (ッチ, チ for -ić).
    m.query_rule("e", "ye", Context::new("^", ""), 30, Vowel);
    // German s before a vowel is voiced (ザ行 for Sauer); Russian final
    // v is devoiced (フ for -ov); English long a is エイ.
    m.query_rule("z", "s", Context::new("", "aeiou"), 20, Phonetic);
    m.query_rule("f", "v", end, 20, Phonetic);
    // The same before a consonant (フ before ス in -ovsky, -evsky).
    let before_consonant = Context::new("", "'");
    m.query_rule("f", "v", before_consonant, 20, Phonetic);
    // An English final e after n is silent (ン for -ne: ストーン).
    m.query_rule("n", "ne", end, 40, Vowel);
    // The sokuon (ッ) doubles the consonant after a short vowel that a
    // foreign spelling writes single (レッド for Red, ボッブ for Bob).
    for (a, b) in [
        ("kk", "k"),
        ("tt", "t"),
        ("dd", "d"),
        ("pp", "p"),
        ("bb", "b"),
        ("gg", "g"),
        ("ss", "s"),
        ("zz", "z"),
    ] {
        m.query_rule(a, b, any, 20, Doubled);
    }
    // The same before a k sound that the spelling writes c or cc (English
    // -c-, Italian -cc-: ッカ for -ca-, -cca-): one edit, not a c for k
    // and a letter dropped.
    for b in ["c", "cc"] {
        m.query_rule("kk", b, any, 25, Doubled);
    }
    m.query_rule("ei", "a", any, 30, Vowel);
    m.query_rule("tch", "c", end, 30, Phonetic);
    m.query_rule("ch", "c", end, 35, Phonetic);
    // An English final s after a voiced sound is voiced (/z/), and katakana
    // writes it ズ (`-ms`, `-ls`, `-ns`: ジョーンズ for Jones).
    m.query_rule("z", "s", end, 25, Phonetic);
    // Italian writes /dʒ/ and /tʃ/ before a, o, u as gi and ci (`Gianni`,
    // `Luciano`), a silent i that katakana does not write (ジャ, チャ).
    let back = Context::new("", "aou");
    for (a, b) in [("j", "gi"), ("ch", "ci")] {
        m.query_rule(a, b, back, 20, Phonetic);
    }
    m.scaled(KANA_SCALE, 100)
}

/// The Mc of a Gaelic name read from kana (マク) or Hangul (맥).
const MC: u32 = 15;

/// The consonant letters of a reading.
const CONSONANTS: &str = "bcdfghjklmnpqrstvwxz";

/// Cost of a voiced consonant of a Japanese name for the voiceless one
/// between vowels (rendaku), or back.
const RENDAKU: u32 = 30;

/// The model for a name written in Hangul: `base` without typing edits,
/// with the rules of the module docs.
pub(crate) fn hangul_model(base: &CostModel) -> CostModel {
    use EditClass::*;
    let mut m = syllabic_base(base);
    common(&mut m);
    // ㄹ before a vowel writes r and l alike (at the start of a word, and
    // in the Latin spellings of Korean names: `Jaelim`, `Cheol-u`), but
    // the National Institute of Korean Language's rules for foreign words
    // write an l before a consonant or at the end with a final ㄹ (`l`),
    // an r there with 르 (`r'`, `r` at the end): a read r before a slot or
    // at the end is no l. English r before l is silent, leaving the ㄹㄹ
    // of l.
    m.substitution('l', 'r', HANGUL_CODA_RL, Phonetic);
    m.query_rule("r", "l", Context::new("^", ""), 20, Phonetic);
    m.query_rule("r", "l", Context::new("", "aeiouwy"), 20, Phonetic);
    m.query_rule("l", "r", Context::new("", ""), 20, Phonetic);
    m.query_rule("ll", "rl", Context::new("", ""), 20, Phonetic);
    // ㄴ then ㄹ is read by its letters (n r, `translit::hangul`); a
    // Korean word or name also meets the native sound change, ll.
    m.query_rule("nr", "ll", Context::new("", ""), 10, Phonetic);
    // ㅡ writes a schwa or nothing, ㅔ and ㅣ are distinct, and z is ㅈ.
    m.substitution('\'', 'a', 45, Vowel);
    m.substitution('e', 'i', 50, Vowel);
    m.substitution('s', 'z', 60, Phonetic);
    for (a, b, c) in [
        // Korean has no f and no z: ㅍ and ㅈ write them.
        ('p', 'f', 25),
        // Plain and aspirated stops: RR g d b j, MR and passports k t p ch.
        ('g', 'k', 45),
        ('d', 't', 45),
        ('b', 'p', 50),
    ] {
        m.substitution(a, b, c, Phonetic);
    }
    for (a, b, c, class) in [
        ("j", "ch", 35, Phonetic),
        // ㅊ (`ch`) writes German and Italian z, tz, zz.
        ("ch", "tz", 25, Phonetic),
        ("ch", "ts", 25, Phonetic),
        ("ch", "z", 35, Phonetic),
        // ㅇ writes n before k (`ngk` for nk, nc, nck).
        ("gk", "k", 20, Phonetic),
        ("gk", "ck", 20, Phonetic),
        ("gk", "c", 25, Phonetic),
        ("ll", "l", 10, Doubled),
        // ㅓ: schwa, English er/ur, and o, u, a.
        ("eo", "er", 15, Vowel),
        ("eo", "ur", 20, Vowel),
        ("eo", "ar", 25, Vowel),
        ("eo", "o", 30, Vowel),
        ("eo", "u", 25, Vowel),
        ("eo", "e", 35, Vowel),
        // ㅡ (a slot after a consonant: see `translit::hangul`).
        ("'", "eu", 10, Vowel),
        ("eu", "u", 25, Vowel),
        ("eu", "e", 30, Vowel),
        // ㅢ, ㅐ, ㅚ.
        ("ui", "ee", 20, Vowel),
        ("ui", "i", 25, Vowel),
        ("oe", "oi", 15, Vowel),
        // 워 for English wa, wo.
        ("wo", "wa", 20, Vowel),
        ("o", "oo", 25, Vowel),
        // English r after a vowel, not written.
        ("a", "ar", 30, Silent),
        ("o", "or", 30, Silent),
        ("e", "er", 30, Silent),
        ("u", "ur", 35, Silent),
        ("i", "ir", 35, Silent),
    ] {
        m.rule(a, b, c, class);
    }
    // The NIKL rules write English /æ/ ㅐ and /e/ ㅔ, and a stressed or
    // (/ɔː/) ㅗ: ㅓ (`eo`) writes or only unstressed, at the end (`-or`,
    // `-ors`), and the schwa of a, not a final a, which is ㅏ (`-a`);
    // ㅔ also writes German ä, spelt ae. The Sino-Korean reading of a
    // Chinese name writes Mandarin eng as 앵 (`생` for sheng).
    let any = Context::new("", "");
    m.query_rule("ae", "e", Context::new("", "n"), 35, Vowel);
    m.query_rule("eo", "or", Context::new("", "s$"), 25, Vowel);
    m.query_rule("eo", "a", Context::new("", CONSONANTS), 40, Vowel);
    m.query_rule("e", "ae", any, 35, Vowel);
    // English spelling marks the short /æ/ (ㅐ) of a stressed syllable
    // before one consonant sound by doubling the consonant letter
    // (`Tammy`, `Jarrow`); Hangul writes one consonant, as for every
    // English double letter: ㅐ then a consonant before a vowel (or the
    // slot) meets a then the doubled letter.
    let vowel_next = Context::new("a", "aeiouwy'");
    for (q, c) in [
        ("er", "rr"),
        ("el", "ll"),
        ("et", "tt"),
        ("en", "nn"),
        ("em", "mm"),
        ("es", "ss"),
        ("ed", "dd"),
        ("eb", "bb"),
        ("ep", "pp"),
        ("ep", "ff"),
        ("eg", "gg"),
        ("ek", "ck"),
    ] {
        m.query_rule(q, c, vowel_next, 20, Vowel);
    }
    // English e of an open stressed syllable is /iː/ (Peter): ㅣ.
    m.query_rule("i", "e", Context::new("", CONSONANTS), 30, Vowel);
    // The Gaelic Mc (/mək/) is written 맥, 매크.
    m.query_rule("maek", "mc", Context::new("^", ""), MC, Vowel);
    // One way, from the Hangul reading to the Latin spelling: a final
    // letter Hangul does not write — English silent e (`Nadine`), the h
    // ending an Arabic or Persian name (`Shah`), Portuguese and Italian
    // final o heard as u (우).
    let end = Context::new("", "$");
    for c in ["b", "d", "g", "k", "l", "m", "n", "p", "s", "t", "z"] {
        m.query_rule(c, &format!("{c}e"), end, 30, Silent);
    }
    for v in ["a", "e", "i", "o", "u"] {
        m.query_rule(v, &format!("{v}h"), end, 30, Silent);
    }
    m.query_rule("u", "o", end, 35, Vowel);
    // ㅍ writes ph; ㅊ pinyin q, 샤 셰 pinyin xia xie (Chinese names).
    m.rule("p", "ph", 20, Phonetic);
    m.rule("ch", "q", 25, Phonetic);
    m.rule("sh", "xi", 25, Phonetic);
    // The Korean transcription of Mandarin writes pinyin jia, jie, qia
    // without the i (자, 제, 차) and ü after j, q, x as 위 (쥔 for jun).
    m.query_rule("j", "ji", Context::new("", "aeo"), 25, Phonetic);
    m.query_rule("ch", "qi", Context::new("", "aeo"), 25, Phonetic);
    m.query_rule("wi", "u", Context::new("jhc", ""), 25, Vowel);
    m.scaled(HANGUL_SCALE, 100)
}

/// An r read from Hangul before a slot or at the end for an l of the Latin
/// spelling (see [`hangul_model`]).
const HANGUL_CODA_RL: u32 = 60;

/// Every cost of the kana reading, in hundredths of the rules' costs.
///
/// The rules make many Latin names fit one native spelling, so an edit
/// under them is weaker evidence than the same edit between two Latin
/// spellings: measured on the dev suites with the rules at face value,
/// the kana reading accepted 5.6% of real names that are not in the
/// catalogue (wdtr_katakana), the Hangul reading 8.3% (wdtr_korean); at
/// these scales 2.7% and 3.3%. Exact readings keep their full score.
const KANA_SCALE: u32 = 135;
/// Every cost of the Hangul reading, in hundredths: more than kana's, as
/// it also merges the plain and aspirated stops of Korean names and drops
/// English r.
const HANGUL_SCALE: u32 = 150;

/// Whether `text` has a letter of a syllabic script read by these
/// models: hiragana, katakana (with the half-width forms) or Hangul.
///
/// # Example
/// ```
/// use namefold::is_syllabic;
/// assert!(is_syllabic("スミス"));
/// assert!(is_syllabic("스미스"));
/// assert!(!is_syllabic("Smith"));
/// ```
pub fn is_syllabic(text: &str) -> bool {
    is_kana(text) || is_hangul(text)
}

/// Whether `text` has a kana letter.
pub(crate) fn is_kana(text: &str) -> bool {
    text.chars()
        .any(|c| matches!(c as u32, 0x3041..=0x30FA | 0x31F0..=0x31FF | 0xFF66..=0xFF9D))
}

/// Whether `text` has a Hangul letter.
pub(crate) fn is_hangul(text: &str) -> bool {
    text.chars().any(|c| {
        matches!(c as u32, 0x1100..=0x11FF | 0x3131..=0x318E | 0xAC00..=0xD7A3 | 0xFFA0..=0xFFDC)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cost::{distance, Cost, UNIT};
    use crate::{Catalog, Entity, Normalizer, Query, Resolver};

    // All names below are invented.

    fn read(s: &str) -> String {
        Normalizer::new().normalize(s)
    }

    /// A sum of rule costs under the kana and Hangul readings' scales.
    fn kana(c: Cost) -> Cost {
        c * KANA_SCALE / 100 + 1
    }
    fn hangul(c: Cost) -> Cost {
        c * HANGUL_SCALE / 100 + 1
    }

    #[test]
    fn kana_r_meets_l_and_added_vowels_drop() {
        let base = CostModel::default();
        let m = kana_model(&base);
        let q = read("ベルモン");
        assert_eq!(q, "ber'mon");
        // r/l and the slot dropped.
        assert!(distance(&m, &q, "belmon") <= kana(20 + 5));
        assert!(distance(&m, &q, "belmon") < distance(&base, &q, "belmon"));
        // The plain model keeps r and l apart.
        assert_eq!(distance(&base, "kowar", "kowal"), 80);
    }

    #[test]
    fn kana_long_vowels_meet_english_spellings() {
        let base = CostModel::default();
        let m = kana_model(&base);
        // ー after o: English or; the slot after d dropped.
        let q = read("ゴーフォード");
        assert_eq!(q, "goofood");
        assert!(distance(&m, &q, "gorford") <= kana(15 + 15));
        assert!(distance(&m, &q, "gorford") < distance(&base, &q, "gorford"));
        // ー after i: English ee, ea.
        assert!(distance(&m, &read("ミーナ"), "meana") <= kana(15));
        // A nasal before a labial; a for English short u.
        assert!(distance(&m, &read("カンベ"), "kambe") <= kana(15));
        assert!(distance(&m, &read("ダンソン"), "dunson") <= kana(45));
        assert!(distance(&base, &read("ダンソン"), "dunson") > kana(45));
    }

    #[test]
    fn kana_o_row_writes_korean_eo_in_every_syllable() {
        let m = kana_model(&CostModel::default());
        // An invented Korean given name, RR `Gyeonseo`.
        let q = read("ギョンソ");
        assert_eq!(q, "gyonso");
        assert!(distance(&m, &q, "gyeonseo") <= kana(20 + 20));
        // One way: a Latin eo is not read into a kana o.
        assert!(distance(&m, "gyeonseo", "gyonso") > kana(20 + 20));
    }

    #[test]
    fn kana_final_z_is_an_english_voiced_s() {
        let m = kana_model(&CostModel::default());
        let q = read("ベルムズ");
        assert_eq!(q, "ber'm'z");
        assert!(distance(&m, &q, "belms") <= kana(20 + 5 + 5 + 25));
        assert!(distance(&CostModel::default(), &q, "belms") > kana(20 + 5 + 5 + 25));
        // Not at the start of a word: a z there is written so.
        assert!(distance(&m, "kazdan", "kasdan") > kana(25));
    }

    #[test]
    fn kana_italian_gi_and_ci_before_a_back_vowel() {
        let m = kana_model(&CostModel::default());
        // Invented Italian names.
        let q = read("ジャルビーニ");
        assert_eq!(q, "jar'biini");
        assert!(distance(&m, &q, "giarbini") <= kana(20 + 5 + 20));
        let q = read("ミチャノ");
        assert_eq!(q, "michano");
        assert!(distance(&m, &q, "miciano") <= kana(20));
        assert!(distance(&CostModel::default(), &q, "miciano") > kana(20));
        // Before e and i Italian writes the plain letter: no i is added.
        assert!(distance(&m, "jelsi", "gielsi") > kana(20));
    }

    #[test]
    fn kana_long_a_and_o_meet_spellings_without_r() {
        let m = kana_model(&CostModel::default());
        // `aー` of a name without English r: a long a, German ah.
        let q = read("タミーラーン");
        assert_eq!(q, "tamiirarn");
        assert!(distance(&m, &q, "tamiran") <= kana(20 + 35));
        assert!(distance(&m, &read("ダーメル"), "dahmel") <= kana(25 + 20));
        // ウ after o is a long o.
        assert!(distance(&m, &read("ホウラン"), "horan") <= kana(15));
        assert!(distance(&m, &read("ホウラン"), "howran") <= kana(20));
        // One way: a Latin ou is not read into a kana o.
        assert!(distance(&m, "horan", "houran") > kana(15));
        // Korean ㅓ written with the o row.
        assert!(distance(&m, &read("ヒョンソ"), "hyeonseo") <= kana(30 + 30));
    }

    #[test]
    fn kana_japanese_and_slavic_spellings_meet() {
        let m = kana_model(&CostModel::default());
        // Rendaku between vowels, both ways; not at the start.
        assert!(distance(&m, &read("ヤマサキ"), "yamazaki") <= kana(RENDAKU));
        assert!(distance(&m, &read("ハタガワ"), "hatakawa") <= kana(RENDAKU));
        assert!(distance(&m, "kama", "gama") >= UNIT);
        // Kunrei and Nihon-shiki.
        assert!(distance(&m, &read("つちだ"), "tutida") <= kana(40));
        assert!(distance(&m, &read("みづの"), "miduno") <= kana(20));
        assert!(distance(&m, "mizno", "midno") >= UNIT);
        // Russian initial ye; Slavic -ić without its mark.
        assert!(distance(&m, "emin", "yemin") <= kana(30));
        assert!(distance(&m, "remin", "reymin") > kana(30));
        assert!(distance(&m, &read("ミロヴィッチ"), "mirovic") <= kana(30));
        // ン for the ng of Chinese and Korean names.
        assert!(distance(&m, &read("ミン"), "ming") <= kana(30));
        // The sokuon before a k the spelling writes c or cc (invented
        // Tacaro, Roccan).
        assert!(distance(&m, &read("タッカロ"), "tacaro") <= kana(25));
        assert!(distance(&m, &read("ロッカン"), "roccan") <= kana(25));
        // German voiced s, Russian devoiced final v, English long a.
        assert!(distance(&m, &read("ザウメル"), "saumer") <= kana(20));
        assert!(distance(&m, "sauz", "saus") > kana(20));
        assert!(distance(&m, &read("パノフ"), "panov") <= kana(20));
        assert!(distance(&m, &read("ケイト"), "kate") <= kana(30 + 25));
    }

    #[test]
    fn hangul_loanword_spellings_meet() {
        let base = CostModel::default();
        let m = hangul_model(&base);
        let q = read("배클리");
        assert_eq!(q, "baek'lli");
        // ae/a, k/ck, the slot, ll/l, i/ey.
        assert!(distance(&m, &q, "backley") <= hangul(15 + 20 + 5 + 10 + 30));
        assert!(distance(&m, &q, "backley") < distance(&base, &q, "backley"));
        // ㅓ for a final -er, ㅍ for f, ㅊ for tz.
        assert!(distance(&m, &read("포더"), "foder") <= hangul(25 + 15));
        assert!(distance(&m, &read("크로츠"), "krotz") <= hangul(5 + 25 + 5));
    }

    #[test]
    fn hangul_final_letters_it_does_not_write() {
        let m = hangul_model(&CostModel::default());
        // English silent e, a final h, Portuguese final o as u.
        assert!(distance(&m, &read("코린"), "korine") <= hangul(30 + 20));
        assert!(distance(&m, &read("바라"), "barah") <= hangul(30));
        assert!(distance(&m, &read("타누"), "tano") <= hangul(35));
        // Only at the end, and one way.
        assert!(distance(&m, "tanul", "tanol") > hangul(35));
        assert!(distance(&m, "korine", "korin") > hangul(30));
        // ㅍ ph; ㅊ and ㅅ for pinyin q and x.
        assert!(distance(&m, &read("필"), "phil") <= hangul(20));
        assert!(distance(&m, &read("친샤"), "qinxia") <= hangul(25 + 25));
        // Pinyin jia, jie, qia without the i; ü after j as 위 (invented).
        assert!(distance(&m, &read("자밍"), "jiaming") <= hangul(25));
        assert!(distance(&m, &read("차밍"), "qiaming") <= hangul(25));
        assert!(distance(&m, &read("쥔밍"), "junming") <= hangul(25));
        assert!(distance(&m, "jalin", "jilain") > hangul(25));
    }

    #[test]
    fn hangul_n_then_r_keeps_its_letters() {
        let m = hangul_model(&CostModel::default());
        // ㄴ+ㄹ: n r in a foreign name (NIKL), ll by the native sound
        // change; ㄹ+ㄹ is still only l (invented names).
        assert_eq!(read("텐리마"), "tenrima");
        assert!(distance(&m, &read("텐리마"), "tenrima") == 0);
        assert!(distance(&m, &read("텐리마"), "tenlima") <= hangul(20));
        assert!(distance(&m, &read("텐리마"), "tellima") <= hangul(10));
        assert!(distance(&m, &read("텔리마"), "tenrima") > hangul(40));
        let cat = Catalog::from_entities(vec![Entity::new("t", "Tenry Vobal").with_kind("person")])
            .expect("catalogue");
        let r = Resolver::build(&cat).expect("resolver");
        assert_eq!(r.resolve(&Query::new("텐리 보발")).id(), Some("t"));
    }

    #[test]
    fn hangul_ae_meets_a_before_a_doubled_consonant() {
        let m = hangul_model(&CostModel::default());
        // ㅐ is English /æ/, which English spelling marks by doubling
        // the next consonant; Hangul writes one (invented names).
        assert_eq!(read("새리나"), "saerina");
        assert!(distance(&m, &read("새리나"), "sarrina") <= hangul(20));
        assert!(distance(&m, &read("대텐"), "datten") <= hangul(20 + 35));
        assert!(distance(&m, &read("캐미"), "kammy") <= hangul(20 + 30));
        // Not ㅔ (/e/), and not before a consonant.
        assert!(distance(&m, &read("세리나"), "sarrina") > hangul(40));
        assert!(distance(&m, &read("새르나"), "sarrna") > hangul(20));
        let cat = Catalog::from_entities(vec![Entity::new("s", "Sarrina").with_kind("person")])
            .expect("catalogue");
        let r = Resolver::build(&cat).expect("resolver");
        assert_eq!(r.resolve(&Query::new("새리나")).id(), Some("s"));
    }

    #[test]
    fn hangul_r_before_a_consonant_is_no_l() {
        let m = hangul_model(&CostModel::default());
        // 르 writes an r before a consonant, a final ㄹ an l (invented).
        assert_eq!(read("타르멘"), "tar'men");
        assert_eq!(read("탈멘"), "talmen");
        assert!(distance(&m, &read("타르멘"), "tarmen") <= hangul(10));
        assert!(distance(&m, &read("타르멘"), "talmen") > hangul(40));
        assert!(distance(&m, &read("노바르"), "nobal") > hangul(40));
        // ㄹ before a vowel is r or l: at the start, and inside Korean
        // given names spelt with l.
        assert!(distance(&m, &read("라멘"), "lamen") <= hangul(20));
        assert!(distance(&m, &read("르포바"), "lepoba") <= hangul(20 + 45));
        assert!(distance(&m, &read("소리나"), "solina") <= hangul(20));
        // English r before l is silent: ㄹㄹ.
        assert!(distance(&m, &read("말로나"), "marlona") <= hangul(20));
        // A whole resolve: the catalogue's l-name is not the 르 query.
        let cat = Catalog::from_entities(vec![Entity::new("t", "Talmen").with_kind("person")])
            .expect("catalogue");
        let r = Resolver::build(&cat).expect("resolver");
        assert_eq!(r.resolve(&Query::new("탈멘")).id(), Some("t"));
        assert_eq!(r.resolve(&Query::new("타르멘")).id(), None);
    }

    #[test]
    fn hangul_vowels_keep_the_nikl_distinctions() {
        let m = hangul_model(&CostModel::default());
        // Invented names. ㅔ writes e and German ä (ae); ㅐ is /æ/, no e,
        // but 앵 is the Sino-Korean reading of Mandarin eng.
        assert!(distance(&m, &read("헤비나"), "haebina") <= hangul(35));
        assert!(distance(&m, &read("해비나"), "hebina") > hangul(45));
        assert!(distance(&m, &read("맹민"), "mengmin") <= hangul(35));
        // ㅓ writes an unstressed final -or, not a stressed or (ㅗ).
        assert!(distance(&m, &read("코버"), "kobor") <= hangul(25));
        assert!(distance(&m, &read("코버스"), "kobors") <= hangul(25));
        assert!(distance(&m, &read("버크"), "bork") > hangul(45));
        // ㅓ writes the schwa of a, but a final a is ㅏ.
        assert!(distance(&m, &read("베러니"), "berani") <= hangul(40));
        assert!(distance(&m, &read("모델러"), "modella") > hangul(40 + 10));
    }

    #[test]
    fn kana_long_a_writes_or_and_ir_where_english_has_them() {
        let m = kana_model(&CostModel::default());
        // Invented names. aー for a final unstressed -or, and or after w.
        assert!(distance(&m, &read("ノナー"), "nonor") <= kana(45));
        assert!(distance(&m, &read("ノナーズ"), "nonors") <= kana(45 + 25));
        assert!(distance(&m, &read("ワーケン"), "worken") <= kana(45));
        // A stressed or is オー; the a of カ before リ is no long vowel.
        assert!(distance(&m, &read("ダーケン"), "dorken") > kana(45));
        assert!(distance(&m, &read("タリナ"), "torina") > kana(45));
        // aー for ir before a consonant (English /ɜː/), not at the end.
        assert!(distance(&m, &read("バーデン"), "birden") <= kana(40));
        assert!(distance(&m, &read("コナー"), "konir") > kana(40));
    }

    #[test]
    fn gaelic_mc_is_read_from_kana_and_hangul() {
        let base = CostModel::default();
        let (k, h) = (kana_model(&base), hangul_model(&base));
        // Invented names: マク, マッ and 맥 for Mc.
        assert_eq!(read("マクノビン"), "mak'nobin");
        assert!(distance(&k, &read("マクノビン"), "mcnobin") <= kana(MC + 5));
        assert!(distance(&k, &read("マッコビン"), "mckobin") <= kana(MC));
        assert!(distance(&h, &read("맥도빈"), "mcdobin") <= hangul(MC));
        // Only at the start of a word.
        assert!(distance(&k, "tomak'nobin", "tomcnobin") > kana(MC + 5));
        let cat = Catalog::from_entities(vec![
            Entity::new("n", "McNobin").with_kind("person"),
            Entity::new("d", "McDobin").with_kind("person"),
        ])
        .expect("catalogue");
        let r = Resolver::build(&cat).expect("resolver");
        assert_eq!(r.resolve(&Query::new("マクノビン")).id(), Some("n"));
        assert_eq!(r.resolve(&Query::new("맥도빈")).id(), Some("d"));
    }

    #[test]
    fn english_long_e_is_read_as_i() {
        let base = CostModel::default();
        let (k, h) = (kana_model(&base), hangul_model(&base));
        // Invented names: the e of an open syllable (/iː/) is イー, ㅣ.
        assert_eq!(read("ピーナ"), "piina");
        assert!(distance(&k, &read("ピーナ"), "pena") <= kana(25));
        assert!(distance(&h, &read("피나"), "pena") <= hangul(30));
        // Before a consonant only: a final e is no /iː/.
        assert!(distance(&k, &read("トピー"), "tope") > kana(25));
        assert!(distance(&h, &read("토피"), "tope") > hangul(30));
    }

    #[test]
    fn korean_romanisations_meet() {
        let m = hangul_model(&CostModel::default());
        // RR g/b/d/j for MR k/p/t/ch.
        assert!(distance(&m, &read("박"), "pak") <= hangul(50));
        assert!(distance(&m, &read("김"), "kim") <= hangul(45));
        // ㅓ as eo, o or u; ㅚ oe/oi; ㅢ ui/ee; ㅡ eu.
        assert!(distance(&m, &read("정"), "jung") <= hangul(25));
        assert!(distance(&m, &read("최"), "choi") <= hangul(15));
        assert!(distance(&m, &read("희"), "hee") <= hangul(20));
        assert!(distance(&m, &read("승민"), "sungmin") <= hangul(25));
        // Other consonants stay apart.
        assert!(distance(&m, &read("박"), "mak") >= UNIT);
    }

    #[test]
    fn a_kana_or_hangul_query_finds_its_latin_name() {
        let cat = Catalog::from_entities(vec![
            Entity::new("marten", "Ilse Marten").with_kind("person"),
            Entity::new("backley", "Tovan Backley").with_kind("person"),
            Entity::new("other", "Oskar Wendel").with_kind("person"),
        ])
        .expect("catalogue");
        let r = Resolver::build(&cat).expect("resolver");
        assert_eq!(
            r.resolve(&Query::new("イルゼ・マルテン")).id(),
            Some("marten")
        );
        // Found and first (`baek'lli`/`backley` needs five edits: a
        // candidate, below the threshold on its own).
        let res = r.resolve(&Query::new("토반 배클리"));
        assert_eq!(
            res.candidates().first().map(|c| c.id.as_str()),
            Some("backley")
        );
        // A name the catalogue does not have.
        assert_eq!(r.resolve(&Query::new("ガブリエル・サントス")).id(), None);
    }

    #[test]
    fn a_slotted_word_gets_the_fuzzy_walk() {
        // `s't'b'ro` shares its skeleton with `Setaburo`, a fair match,
        // and not with the right `Stabro`, which only the fuzzy walk
        // reaches: the skeleton stage must not decide alone.
        let cat = Catalog::from_entities(vec![
            Entity::new("stabro", "Stabro").with_kind("person"),
            Entity::new("setaburo", "Setaburo").with_kind("person"),
        ])
        .expect("catalogue");
        let r = Resolver::build(&cat).expect("resolver");
        let q = read("スタブロ");
        assert_eq!(q, "s'tab'ro");
        let skel = crate::skeleton::skeleton;
        assert_eq!(skel(&q), skel("setaburo"));
        assert_ne!(skel(&q), skel("stabro"));
        assert_eq!(r.resolve(&Query::new("スタブロ")).id(), Some("stabro"));
    }

    #[test]
    fn a_dropped_final_slot_is_a_cheap_vowel() {
        let base = CostModel::default();
        let m = kana_model(&base);
        // `ボコト` is `bokot'`, normalized `bokot`: the o of `Bokoto`, or
        // the silent e of `Bokote`, costs what a slot filled would.
        let q = read("ボコト");
        assert_eq!(q, "bokot");
        assert!(distance(&m, &q, "bokoto") <= kana(25));
        assert!(distance(&m, &q, "bokote") <= kana(25));
        assert!(distance(&base, &q, "bokoto") >= 70);
        // Only at the end, and not another vowel.
        assert!(distance(&m, "bokotma", "bokotoma") > kana(25));
        assert!(distance(&m, &q, "bokota") > kana(25));
    }

    #[test]
    fn greek_digraphs_are_not_kana_or_hangul_readings() {
        let base = CostModel::default();
        // `nt` for d and `nk` for g are Greek spellings: kana and Hangul
        // write the nasal (`カンテ` is kante, never kade).
        for m in [kana_model(&base), hangul_model(&base)] {
            assert!(distance(&m, "kante", "kade") >= UNIT);
            assert!(distance(&m, "danko", "dago") >= UNIT);
        }
        assert!(distance(&base, "kante", "kade") < UNIT);
        // Hangul writes n and ng apart (ㄴ, ㅇ); kana's ン is both.
        assert!(distance(&hangul_model(&base), "rolin", "roling") >= UNIT);
        assert!(distance(&kana_model(&base), "rolin", "roling") <= kana(45));
        // ㅇ before k writes n: `ngk` for nk.
        assert!(distance(&hangul_model(&base), &read("랑크"), "rank") <= hangul(20));
    }

    #[test]
    fn scripts_are_told() {
        assert!(is_kana("ｶﾅ"));
        assert!(is_hangul("ㄱ"));
        assert!(!is_kana("漢字"));
        assert!(!is_hangul("Kim"));
    }

    #[test]
    fn kana_foreign_name_conventions_meet_their_latin_spellings() {
        // Invented names, each read back from katakana.
        let cat = Catalog::from_entities(vec![
            Entity::new("tob", "Tobrovsky").with_kind("person"),
            Entity::new("bre", "Bredstone").with_kind("person"),
            Entity::new("dae", "Daegeon").with_kind("person"),
            Entity::new("mur", "Murtov").with_kind("person"),
        ])
        .expect("catalogue");
        let r = Resolver::build(&cat).expect("resolver");
        for (q, id) in [
            // Russian v devoiced before a consonant: フ.
            ("トブロフスキー", "tob"),
            // The sokuon before a short vowel's consonant, an English
            // final e after n silent.
            ("ブレッドストーン", "bre"),
            // Korean ㅐ and ㅓ written with the e and o rows.
            ("デゴン", "dae"),
        ] {
            assert_eq!(r.resolve(&Query::new(q)).id(), Some(id), "{q}");
        }
        // Another name stays unknown.
        assert_eq!(r.resolve(&Query::new("ムルタフスキー")).id(), None);
        // ン for a final -ne: the silent e costs less than another vowel.
        let m = kana_model(&CostModel::default());
        let q = read("グローン");
        let e = distance(&m, &q, "glone") - distance(&m, &q, "glon");
        assert!(e <= kana(40), "{e}");
        assert!(distance(&m, &q, "glona") - distance(&m, &q, "glon") > e);
    }
}
