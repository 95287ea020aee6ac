//! Korean names written in Latin letters, in their several romanisations.
//!
//! A Korean name is written in Latin letters by Revised Romanization (RR,
//! `Jeong Hyeonu`), McCune–Reischauer (MR, `Chŏng Hyŏnu`, often without
//! its breves and apostrophes), or the spellings people choose for
//! themselves and passports (`Jung Hyun-woo`); German texts write the
//! glide `y` as `j` (`Kjong`). Every system spells the same syllables, so
//! the variants differ in regular ways:
//!
//! - **vowels**: ㅓ `eo`/`ŏ`/`o`/`u`, ㅡ `eu`/`ŭ`/`u`, ㅐ `ae`/`e`, ㅚ
//!   `oe`/`oi`/`we`, ㅢ `ui`/`ŭi`/`eui`/`ee`/`i`, ㅜ `u`/`oo` (`woo` for a
//!   syllable of its own), ㅣ `i`/`ee`; ㅖ after a consonant is said
//!   [e] as ㅔ and ㅐ are (`Hye`/`Hae`); a vowel none of these pair is a
//!   different syllable, as dear as any unexplained edit;
//! - **consonants**: the plain stops are `g d b j` in RR and `k t p ch` in
//!   MR (`Gim`/`Kim`), the aspirates MR `k' t' p' ch'` (RR `k t p ch`, some
//!   write `kh th ph`), the tense ones doubled (`kk`/`gg`, `jj`/`tch`),
//!   ㅅ before `i` `s` or `sh`, ㄹ `r` or `l` (and `n` at the start of a
//!   word);
//! - **syllable joins**: a given name's two syllables written together,
//!   hyphenated or apart (`Hee-yeol`, `Heeyeol`, `Hee Yeol`);
//! - **surnames** in their customary spellings: `Park`/`Pak`/`Bak`,
//!   `Choi`/`Choe`, `Lee`/`Yi`/`Rhee`, `Oh`/`O`, `Yoon`/`Yun`.
//!
//! A query is read so only when it *is* a Korean name by these systems
//! ([`is_korean_latin`]): every word is a sequence of romanised Korean
//! syllables, and something marks it as Korean (syllables joined by
//! hyphens, a vowel only Korean romanisation writes, a customary surname
//! with monosyllabic words, `gw`/`kw`/`hw` before `a`/`o` in a word of
//! two syllables or among monosyllabic words, monosyllabic words one of
//! which ends in a stop or `l`). Under this reading any edit the conventions
//! do not explain costs more than in the default model
//! ([`UNRELATED_COST`]): Korean names are short and built from a small
//! set of syllables, so two different names are often one letter apart
//! (`Gyeongho`/`Hyeongho`), and that letter is a different syllable.

use crate::cost::{Context, CostModel, EditClass};

/// Cost of an edit none of the conventions explains, against
/// [`crate::cost::UNIT`] in the default model.
pub(crate) const UNRELATED_COST: u32 = 130;

/// A vowel for another the conventions do not pair: another syllable
/// (`Sa`/`Su`), as dear as [`UNRELATED_COST`]. Measured (eval --no-scale,
/// 2026-11-30, nameparts right / false accepts / wrong ids): 100 4070 /
/// 147 / 90; 130 4068 / 145 / 89 (with the ㅖ rule: 4072 / 145 / 89).
const OTHER_VOWEL_COST: u32 = 130;

/// Syllable onsets: RR and MR consonants, tense doubled, aspirated with
/// an apostrophe.
const ONSETS: &[&str] = &[
    "tch", "ch'", "kk", "tt", "pp", "ss", "jj", "ch", "sh", "k'", "t'", "p'", "g", "k", "n", "d",
    "t", "r", "l", "m", "b", "p", "s", "j", "h",
];

/// Syllable nuclei: RR and MR vowels (MR's `ŏ` `ŭ` fold to `o` `u`, and
/// typed without the breve they are `o'` `u'`: `Cho'ng` for chŏng) and
/// the common variants (`ee`, `oo`, `oi`, `eui`, `you`).
const NUCLEI: &[&str] = &[
    "yeo", "yae", "wae", "weo", "eui", "you", "yoo", "woo", "yo'", "wo'", "u'i", "ae", "ya", "eo",
    "ye", "wa", "oe", "oi", "yo", "wo", "we", "wi", "yu", "eu", "ui", "ee", "oo", "yi", "o'", "u'",
    "a", "e", "o", "u", "i",
];

/// Syllable codas (`b` as people write a final ㅂ: `Seob`).
const CODAS: &[&str] = &["ng", "k", "n", "l", "m", "p", "b", "t", "r", "h"];

/// Surnames in their customary Latin spellings (one syllable each).
const SURNAMES: &[&str] = &[
    "kim", "gim", "lee", "yi", "rhee", "ri", "park", "pak", "bak", "choi", "choe", "jung", "jeong",
    "chung", "chong", "kang", "gang", "cho", "jo", "yoon", "yun", "shin", "sin", "oh", "han",
    "lim", "im", "song", "hwang", "ahn", "an", "jang", "chang", "seo", "suh", "so", "kwon", "gwon",
    "ryu", "yoo", "yu", "hong", "jeon", "chon", "chun", "ko", "go", "moon", "mun", "son", "sohn",
    "bae", "pae", "baek", "paek", "heo", "hur", "ho", "nam", "noh", "roh", "no", "ha", "kwak",
    "gwak", "sung", "seong", "cha", "ju", "joo", "chu", "min", "woo", "u",
];

/// The syllable counts (bit n for n syllables, up to 7) into which the
/// lowercase word `w` splits as romanised Korean syllables; 0 when it
/// does not. After an onset, `j` may write the glide `y` (`kjong`).
pub(crate) fn syllable_counts(w: &str) -> u8 {
    let b = w.as_bytes();
    let n = b.len();
    // A word with a letter no onset, nucleus or coda has does not split:
    // answered without the search (most words a query asks about).
    if n == 0 || n > MAX_WORD || b.iter().any(|&c| c >= 128 || LETTERS & (1 << c) == 0) {
        return 0;
    }
    // reach[i]: counts with which b[..i] is a whole number of syllables
    // (on the stack: asked of every word of a Latin query).
    let mut reach = [0u8; MAX_WORD + 1];
    reach[0] = 1;
    for i in 0..n {
        if reach[i] == 0 {
            continue;
        }
        let mut onsets = [i; ONSETS.len() + 1];
        let mut found = 1;
        for o in ONSETS {
            if has_at(b, i, o.as_bytes()) {
                onsets[found] = i + o.len();
                found += 1;
            }
        }
        for &j in &onsets[..found] {
            let glide_j = j > i && b.get(j) == Some(&b'j');
            for v in NUCLEI {
                let v = v.as_bytes();
                let fits = has_at(b, j, v)
                    || (glide_j
                        && v[0] == b'y'
                        && b.len() >= j + v.len()
                        && b[j + 1..j + v.len()] == v[1..]);
                if !fits {
                    continue;
                }
                let k = j + v.len();
                let next = reach[i] << 1;
                reach[k] |= next;
                for c in CODAS {
                    if has_at(b, k, c.as_bytes()) {
                        reach[k + c.len()] |= next;
                    }
                }
            }
        }
    }
    reach[n] & !1
}

/// Whether `b` has `part` at `i`: compared byte by byte (the parts are
/// one to three letters; a slice comparison calls `memcmp`).
fn has_at(b: &[u8], i: usize, part: &[u8]) -> bool {
    b.len() >= i + part.len() && part.iter().zip(&b[i..]).all(|(p, c)| p == c)
}

/// The longest word [`syllable_counts`] splits.
const MAX_WORD: usize = 24;

/// The ASCII letters of [`ONSETS`], [`NUCLEI`] and [`CODAS`] as bits.
const LETTERS: u128 = {
    let mut mask = 0u128;
    let lists: [&[&str]; 3] = [ONSETS, NUCLEI, CODAS];
    let mut l = 0;
    while l < lists.len() {
        let mut p = 0;
        while p < lists[l].len() {
            let bytes = lists[l][p].as_bytes();
            let mut k = 0;
            while k < bytes.len() {
                mask |= 1 << bytes[k];
                k += 1;
            }
            p += 1;
        }
        l += 1;
    }
    mask
};

/// Whether the query `text`, whose normalized words are `words`, is a
/// Korean name in Latin letters (see the module docs): every word splits
/// into romanised syllables, and one of: a word of two or more parts
/// joined by hyphens, each one syllable (`Min-seo`); a `ŏ` or `ŭ` (MR),
/// or one typed `o'`, `u'` after a consonant (`Cho'ngsik`);
/// a word with `eo` or `eu` (RR) of two or more syllables; or two or more
/// words, each one syllable, one a customary surname (`Pak To Chun`); or
/// ㄱ, ㅋ, ㅎ before the glide w (`gw`, `kw`, `hw` before `a`, `o`: pinyin
/// writes `gu`, `ku`, `hu`, Japanese romanisation has no such syllable) in
/// a word of two or more syllables or among words of one syllable each
/// (`Gwangmo`, `Tok Hwan`); or words of one syllable each, one ending in
/// a stop or `l` after its vowel (`Jin Gap`, `Pom Sik`: codas pinyin and
/// Japanese romanisation do not write).
pub(crate) fn is_korean_latin(text: &str, words: &[&str]) -> bool {
    if words.is_empty() || !latin_letters(text) {
        return false;
    }
    // A typographic apostrophe as MR's breve only (`Cho’ng`): after an
    // aspirate alone it may be Wade–Giles (`Ch’ung-ch’ing`), as before.
    if !text.is_ascii() && text.contains(['’', '‘', 'ʼ']) && !words.iter().any(|w| typed_breve(w))
    {
        return false;
    }
    // A word is a surname or a given name: one to three syllables.
    if words
        .iter()
        .any(|w| w.is_empty() || syllable_counts(w) & 0b1110 == 0)
    {
        return false;
    }
    let one = |w: &str| syllable_counts(w) & 0b10 != 0;
    // (Only a word with a hyphen has parts to normalize.)
    let hyphenated = text.split_whitespace().any(|raw| {
        if !raw.contains('-') {
            return false;
        }
        let parts: Vec<String> = raw
            .split('-')
            .map(|p| crate::Normalizer::new().normalize(p))
            .collect();
        parts.len() >= 2
            && parts
                .iter()
                .all(|p| !p.is_empty() && !p.contains(' ') && one(p))
    });
    // (Esperanto writes ŭ after a vowel: `aŭ`, `eŭ`.)
    let chars: Vec<char> = if text.is_ascii() {
        Vec::new()
    } else {
        text.chars().collect()
    };
    let breve = chars.iter().enumerate().any(|(i, &c)| {
        "ŏŎ".contains(c) || "ŭŬ".contains(c) && (i == 0 || !"aeiouAEIOU".contains(chars[i - 1]))
    }) || words.iter().any(|w| typed_breve(w));
    let rr_vowel = words
        .iter()
        .any(|w| (w.contains("eo") || w.contains("eu")) && syllable_counts(w) & 0b1100 != 0);
    let surname = words.len() >= 2
        && words.iter().all(|w| one(w))
        && words.iter().any(|w| SURNAMES.contains(w));
    // ㄱ, ㅋ, ㅎ before the glide w (`Gwang`, `Kwon`, `Hwan`): a syllable
    // neither pinyin (`gua`, `hua`) nor Japanese romanisation writes.
    let glide = words
        .iter()
        .any(|w| labial_glide(w) && syllable_counts(w) & 0b1100 != 0)
        || (words.len() >= 2
            && words.iter().all(|w| one(w))
            && words
                .iter()
                .any(|w| labial_glide(w) || palatal_glide_coda(w) || stop_coda(w)));
    hyphenated || breve || rr_vowel || surname || glide
}

/// Whether `text` is written in ASCII, MR's breve letters and the
/// typographic apostrophes (`Cho’ng`).
fn latin_letters(text: &str) -> bool {
    text.is_ascii() || text.chars().all(|c| c.is_ascii() || "ŏŭŎŬ’‘ʼ".contains(c))
}

/// Whether the word writes MR's `ŏ` or `ŭ` as `o'`, `u'` after a
/// consonant (`Cho'ng`, `Hyo'n`, `Su'ng`): the apostrophe after a vowel
/// is no aspirate (MR writes those after `k`, `t`, `p`, `ch`). Not at the
/// start of a word, where Irish names write `O'`, nor before a vowel,
/// where Arabic and Persian spellings write hamza and ʿayn (`Ku'i`).
fn typed_breve(w: &str) -> bool {
    let b = w.as_bytes();
    let consonant = |c: u8| c == b'\'' || c.is_ascii_lowercase() && !b"aeiou".contains(&c);
    (2..b.len()).any(|i| {
        // `o'`/`u'` after a consonant or a glide (`yo'`, `wo'` also at
        // the start of a word: `Yo'ng`).
        b[i] == b'\''
            && b"ou".contains(&b[i - 1])
            && consonant(b[i - 2])
            && b.get(i + 1).map_or(true, |c| !b"aeiou".contains(c))
    })
}

/// The query words `words` with a solid Korean given name split into its
/// two syllables, every way it splits (`Cho Yongwon`: `cho yong won` and
/// `cho yon gwon`): a Korean given name is (almost always) two
/// syllables, written joined, hyphenated or apart, and a catalogue that
/// writes them apart shares no word with the solid spelling. Only for two
/// words of query `text` in Latin letters, one a customary surname and
/// the other a word of two syllables;
/// the split words are then read as Korean (a customary surname among
/// words of one syllable each: see [`is_korean_latin`]).
pub(crate) fn given_name_splits(text: &str, words: &[&str]) -> Vec<Vec<String>> {
    let mut out = Vec::new();
    let [a, b] = words else {
        return out;
    };
    // (A name in another script romanised by the normalizer is not.)
    if !latin_letters(text) {
        return out;
    }
    for (surname, given, first) in [(a, b, true), (b, a, false)] {
        if !SURNAMES.contains(surname) || syllable_counts(given) & 0b100 == 0 {
            continue;
        }
        for i in 1..given.len() {
            let (x, y) = given.split_at(i);
            if syllable_counts(x) & 0b10 == 0 || syllable_counts(y) & 0b10 == 0 {
                continue;
            }
            let mut split = vec![x.to_string(), y.to_string()];
            if first {
                split.insert(0, surname.to_string());
            } else {
                split.push(surname.to_string());
            }
            out.push(split);
        }
    }
    out
}

/// Whether the word ends in a vowel and a stop or `l` (`Gap`, `Tuk`,
/// `Chul`): a syllable coda neither pinyin nor Japanese writes.
fn stop_coda(w: &str) -> bool {
    let b = w.as_bytes();
    b.len() >= 2 && b"kptl".contains(&b[b.len() - 1]) && b"aeiou".contains(&b[b.len() - 2])
}

/// Whether the word has a consonant, the glide `y`, a vowel and a coda
/// other than `n` (`Hyong`, `Pyeol`, `Myok`: ㅕ, ㅛ, ㅑ, ㅠ after a
/// consonant, closed by ㅇ, ㄱ, ㄹ, ㅁ, ㅂ): a syllable neither pinyin
/// (no y after a consonant) nor Japanese romanisation (no coda but `n`)
/// writes. (`n` left out: `Ryan`, `Lyon`.) A mark among words of one
/// syllable each only: in a longer word the letters may straddle two
/// syllables of another language (`Kyikago`, `Ryoumei`).
fn palatal_glide_coda(w: &str) -> bool {
    let b = w.as_bytes();
    (0..b.len().saturating_sub(3)).any(|i| {
        let onset = b[i].is_ascii_lowercase() && !b"aeiouwy".contains(&b[i]);
        if !onset || b[i + 1] != b'y' {
            return false;
        }
        let mut j = i + 2;
        while j < b.len() && b"aeiou".contains(&b[j]) {
            j += 1;
        }
        j > i + 2 && (b[j..].starts_with(b"ng") || b.get(j).is_some_and(|c| b"klmpb".contains(c)))
    })
}

/// Whether the word has `gw`, `kw` or `hw` before `a` or `o` (ㅘ, ㅝ:
/// `Gwang`, `Hwan`, `Gwon`). Not before `e` or `i` (ㅞ, ㅟ are rare in
/// names, and Akan and other languages write `Kwesi`, `Kweku`).
fn labial_glide(w: &str) -> bool {
    w.as_bytes()
        .windows(3)
        .any(|t| matches!(t[0], b'g' | b'k' | b'h') && t[1] == b'w' && b"ao".contains(&t[2]))
}

/// The model for a Korean name in Latin letters (see the module docs):
/// its own table, not `base`'s rules (whose cheap Slavic, Greek and
/// typing edits would make different Korean syllables meet), with `base`'s
/// unit costs. Every edit the conventions do not explain costs
/// [`UNRELATED_COST`].
pub(crate) fn korean_latin_model(_base: &CostModel) -> CostModel {
    use EditClass::*;
    let mut m = CostModel::uniform().with_unrelated_cost(UNRELATED_COST);
    // A doubled consonant is a tense one (ㄲ, ㄸ, ㅃ, ㅆ, ㅉ) in RR and
    // MR alike, or two syllables' consonants (`ngg`): another sound.
    m.doubled_and_transpose(70, 2 * UNRELATED_COST);
    for a in "aeiouy".chars() {
        for b in "aeiouy".chars() {
            if a != b {
                m.substitution(a, b, OTHER_VOWEL_COST, Vowel);
            }
        }
    }
    // An apostrophe marks an MR aspirate (or a syllable break): the RR
    // spelling leaves it out.
    m.insertion('\'', 10, Silent);
    // `woo`, `wu` for ㅜ as a syllable of its own (`Seong-woo`).
    let anywhere = Context::new("", "");
    m.query_rule("woo", "u", anywhere, 15, Vowel);
    m.query_rule("wu", "u", anywhere, 15, Vowel);
    // German j for the glide y after a consonant (`Kjong`).
    let after_consonant = Context::new("gkhpbmtdnrlsc", "");
    m.query_rule("j", "y", after_consonant, 40, Phonetic);
    m.query_rule("y", "j", after_consonant, 40, Phonetic);
    // And at the start of a word (`Jong` for 영), where it is also the
    // consonant j: dearer.
    // ㅖ after a consonant other than ㄹ is said [e] (the standard
    // pronunciation, 표준 발음법 5항), as ㅔ and ㅐ are in Seoul speech:
    // `Hye` and `Hae` write one sound. (Not before `o`: `yeo`, `eo` are
    // ㅕ, ㅓ.)
    let after_plain = Context::new("gkhpbmtdnsj", "$gkhpbmtdnsjlr'");
    for (a, b) in [("ye", "ae"), ("ae", "ye"), ("ye", "e"), ("e", "ye")] {
        m.query_rule(a, b, after_plain, 40, Vowel);
    }
    let start = Context::new("^", "");
    m.query_rule("j", "y", start, 80, Phonetic);
    m.query_rule("y", "j", start, 80, Phonetic);
    // ㄹ written n at the start of a word (the initial sound law, 두음
    // 법칙: `Ryu`/`Yu`, `Ri`/`Li`/`Yi`, `Rodong`/`Nodong`), ㄴ and ㄹ
    // that meet across syllables, said [ll] (`Sinla`/`Silla`), and ㄹ
    // after another coda, said [n] (비음화: `Jongro`/`Jongno`,
    // `Simri`/`Simni`), which RR writes as said: elsewhere `n` and `l`
    // are other codas and onsets (`Chun`/`Chul`, 춘/출).
    let after_coda = Context::new("lnrgmkpt", "");
    for ctx in [start, after_coda, Context::new("", "lnr")] {
        for (a, b) in [("r", "n"), ("n", "r"), ("l", "n"), ("n", "l")] {
            m.query_rule(a, b, ctx, 50, Phonetic);
        }
    }
    // Plain stops: RR g d b j, MR k t p ch; MR's aspirates are written
    // with an apostrophe (`k'`, `t'`, `p'`, `ch'`: RR k t p ch), so a
    // query's `k'` is no RR g (ㅋ is not ㄱ). (A query's RR g against a
    // catalogue's MR `k'` cannot see the apostrophe: it stays cheap.)
    let unaspirated = Context::new("", "abcdefghijklmnopqrstuvwxyz$");
    for (rr, mr) in [("g", "k"), ("d", "t"), ("b", "p"), ("j", "ch")] {
        m.query_rule(rr, mr, anywhere, 30, Phonetic);
        m.query_rule(mr, rr, unaspirated, 30, Phonetic);
    }
    for (a, b, c) in [
        // ㄹ: r or l.
        ('r', 'l', 20),
        // ㅓ is `o` (MR without its breve) and `u` (customary spelling).
        ('o', 'u', 45),
    ] {
        m.substitution(a, b, c, Phonetic);
    }
    for (a, b, c, class) in [
        ("ch", "tc", 30, Phonetic),
        ("jj", "tc", 25, Phonetic),
        // Hungarian cs for ch, j.
        ("cs", "ch", 20, Phonetic),
        ("cs", "j", 35, Phonetic),
        // Aspirates written with h.
        ("kh", "k", 20, Phonetic),
        ("th", "t", 20, Phonetic),
        ("ph", "p", 20, Phonetic),
        // ㅅ before i.
        ("sh", "s", 20, Phonetic),
        // ㅓ, ㅡ, ㅐ, ㅚ, ㅢ, ㅜ, ㅣ.
        ("eo", "o", 20, Vowel),
        ("eo", "u", 20, Vowel),
        ("eo", "e", 40, Vowel),
        ("eo", "ou", 25, Vowel),
        ("eu", "u", 20, Vowel),
        ("eu", "e", 35, Vowel),
        // MR ŏ and ŭ typed `o'`, `u'`: RR `eo`, `eu` (and `u` for ㅓ as
        // above).
        ("o'", "eo", 10, Vowel),
        ("u'", "eu", 10, Vowel),
        ("o'", "u", 25, Vowel),
        // MR ŭ and ŏ without breves are u and o; customary `u` for both.
        ("eu", "eo", 40, Vowel),
        ("ae", "e", 25, Vowel),
        ("ae", "ai", 25, Vowel),
        // ㅐ written a in customary English-language spellings (`Pak`
        // for `Paek`): a full vowel apart in RR and MR, so dearer.
        ("ae", "a", 50, Vowel),
        ("oe", "oi", 15, Vowel),
        ("oe", "we", 20, Vowel),
        ("ui", "i", 25, Vowel),
        ("ui", "ee", 20, Vowel),
        ("ee", "i", 20, Vowel),
        ("oo", "u", 10, Vowel),
        ("yi", "i", 20, Vowel),
        // Surname spellings: `Park`, `Oh`, `Ahn`.
        ("ar", "a", 25, Silent),
        ("ah", "a", 20, Silent),
        ("oh", "o", 15, Silent),
    ] {
        m.rule(a, b, c, class);
    }
    m
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cost::distance;
    use crate::Normalizer;

    // All names below are invented.

    fn korean(text: &str) -> bool {
        let n = Normalizer::new().normalize(text);
        is_korean_latin(text, &n.split(' ').collect::<Vec<_>>())
    }

    #[test]
    fn syllables_are_counted() {
        assert!(syllable_counts("hyeon") & 0b10 != 0);
        assert!(syllable_counts("minseo") & 0b100 != 0);
        assert!(syllable_counts("kjong") & 0b10 != 0);
        assert!(syllable_counts("yeob") & 0b10 != 0);
        assert_eq!(syllable_counts("stravinsky"), 0);
        assert_eq!(syllable_counts("clarke"), 0);
    }

    #[test]
    fn korean_names_are_told_from_others() {
        assert!(korean("Dae-Hyeol"));
        assert!(korean("Ha Seul-gi"));
        assert!(korean("Pŏmsŏk"));
        assert!(korean("Seongmin"));
        assert!(korean("Pak Tal Sun"));
        // Not Korean: clusters, multi-syllable hyphen parts, no marker.
        assert!(!korean("Anne-Marie"));
        assert!(!korean("Tomasz Kral"));
        assert!(!korean("Mandel"));
        assert!(!korean("Sato Ken"));
        // Esperanto ŭ after a vowel; four syllables or more.
        assert!(!korean("Paŭlo"));
        assert!(!korean("Lŭomangado"));
    }

    #[test]
    fn romanisations_meet() {
        let m = korean_latin_model(&CostModel::default());
        // MR/RR: ŏ as o, k/g, t'/t, ㅢ as ee.
        assert!(distance(&m, "tonghyon", "donghyeon") <= 50);
        assert!(distance(&m, "t'aeman", "taeman") <= 10);
        assert!(distance(&m, "heeyong", "huiyeong") <= 40);
        assert!(distance(&m, "kjongsu", "gyeongsu") <= 90);
        assert!(distance(&m, "seokwoo", "seogu") <= 90);
        // Surnames.
        assert!(distance(&m, "park", "bak") <= 55);
        assert!(distance(&m, "choi", "choe") <= 15);
        assert!(distance(&m, "jung", "jeong") <= 20);
        assert!(distance(&m, "yoon", "yun") <= 10);
    }

    #[test]
    fn more_romanisations_meet() {
        let m = korean_latin_model(&CostModel::default());
        let base = CostModel::default();
        // `woo` for ㅜ as its own syllable; German j for y after a
        // consonant and (dearer) at the start; Hungarian cs for ch.
        for (a, b, most) in [
            ("minwoo", "minu", 15),
            ("kjongdo", "gyeongdo", 90),
            ("csongsu", "chongsu", 20),
            // ㅓ as o or u, ㅡ/ㅓ without breves, MR ŭi for ㅢ.
            ("tachun", "dacheon", 50),
            ("keunbae", "geonbae", 70),
            ("hŭiman", "heeman", 20),
        ] {
            let q = crate::Normalizer::new().normalize(a);
            assert!(
                distance(&m, &q, b) <= most,
                "{a} {b} {}",
                distance(&m, &q, b)
            );
            assert!(distance(&m, &q, b) < distance(&base, &q, b), "{a} {b}");
        }
        assert!(distance(&m, "jongmi", "yeongmi") <= 100);
        assert!(distance(&m, "paek", "pak") <= 50);
        // A tense consonant is not its plain one; j at the start is dear.
        assert!(distance(&m, "dongkkeon", "dongkeon") >= 70);
        assert!(distance(&m, "jumin", "yumin") > distance(&m, "kjumin", "kyumin"));
    }

    #[test]
    fn a_korean_query_resolves_by_its_romanisation() {
        use crate::{Catalog, Entity, Query, Resolver};
        let cat = Catalog::from_entities(vec![
            Entity::new("taeyeol", "Taeyeol").with_kind("person"),
            Entity::new("dokhwan", "Do-Khwan").with_kind("person"),
            Entity::new("gyeongmo", "Gyeongmo").with_kind("person"),
            Entity::new("pak", "Pak Sun Dol").with_kind("person"),
        ])
        .expect("catalogue");
        let r = Resolver::build(&cat).expect("resolver");
        // MR with the apostrophe and breve, hyphenated: joined and read.
        assert_eq!(r.resolve(&Query::new("T'ae-Yŏl")).id(), Some("taeyeol"));
        // Another syllable is another name.
        assert_eq!(r.resolve(&Query::new("Hyeong-Mo")).id(), None);
        // RR surname and given names apart.
        assert_eq!(r.resolve(&Query::new("Bak Seon Dol")).id(), Some("pak"));
        // Written apart, a name also meets its joined spelling.
        assert_eq!(r.resolve(&Query::new("Tae-Yeol")).id(), Some("taeyeol"));
    }

    #[test]
    fn a_typographic_apostrophe_marks_korean_only_as_a_breve() {
        assert!(korean("Tak Cho’ng-min"));
        // Wade–Giles aspirates, typeset.
        assert!(!korean("Ch’ang-ch’un"));
    }

    #[test]
    fn mr_breves_typed_as_apostrophes() {
        use crate::{Catalog, Entity, Query, Resolver};
        // ŏ and ŭ typed `o'`, `u'`: syllables, and a mark of MR.
        assert!(syllable_counts("cho'ng") & 0b10 != 0);
        assert!(syllable_counts("yo'nsu'k") & 0b100 != 0);
        assert!(korean("Cho'ngmin"));
        assert!(korean("Tak Yo'ngsu"));
        assert!(korean("Pu'm-so'k"));
        // Irish O' at the start of a word is no breve, nor an apostrophe
        // before a vowel (hamza, ʿayn).
        assert!(!korean("O'Hara"));
        assert!(!korean("Ma Haku'i"));
        let m = korean_latin_model(&CostModel::default());
        // MR unaspirated ch with ŏ is RR j with eo.
        assert!(distance(&m, "cho'ngmin", "jeongmin") <= 45);
        assert!(distance(&m, "su'ngho", "seungho") <= 15);
        let cat = Catalog::from_entities(vec![
            Entity::new("a", "Tak Jeong-Min").with_kind("person"),
            Entity::new("b", "HAN JONG TAL").with_kind("person"),
        ])
        .expect("catalogue");
        let r = Resolver::build(&cat).expect("resolver");
        assert_eq!(r.resolve(&Query::new("T'ak Cho'ng-min")).id(), Some("a"));
        assert_eq!(r.resolve(&Query::new("Han Cho’ng-tal")).id(), Some("b"));
        // Another syllable is another name.
        assert_eq!(r.resolve(&Query::new("Han Cho’ng-sal")).id(), None);
    }

    #[test]
    fn rieul_is_n_only_at_the_start_or_beside_n_and_l() {
        let m = korean_latin_model(&CostModel::default());
        // The initial sound law, and ㄴ/ㄹ said [ll] across syllables.
        assert!(distance(&m, "ryangsu", "nyangsu") <= 50);
        assert!(distance(&m, "nodal", "rodal") <= 50);
        assert!(distance(&m, "sinla", "silla") <= 50);
        // ㄹ after another coda is said n.
        assert!(distance(&m, "pyongro", "byeongno") <= 110);
        assert!(distance(&m, "kamro", "gamno") <= 80);
        // A coda or an onset elsewhere: another syllable.
        assert!(distance(&m, "tachun", "tachul") >= UNRELATED_COST);
        assert!(distance(&m, "sunam", "sulam") >= UNRELATED_COST);
    }

    #[test]
    fn a_palatal_glide_before_a_coda_marks_a_korean_name() {
        assert!(korean("Hyong Tal"));
        assert!(korean("Pyeol Su"));
        assert!(korean("Myong Chu"));
        // Pinyin, Hepburn, English: no such syllable.
        assert!(!korean("Lyon Tan"));
        assert!(!korean("Kyo Tanaka"));
        assert!(!korean("Xiong Ming"));
        assert!(!korean("Hyong"));
        assert!(!korean("Pionyang"));
        assert!(!korean("Ryoumei"));
    }

    #[test]
    fn a_hyphenated_korean_name_is_not_read_as_belarusian() {
        use crate::{Catalog, Entity, Query, Resolver};
        let cat = Catalog::from_entities(vec![
            Entity::new("a", "Yeong-Tap").with_kind("person"),
            Entity::new("b", "Seokbeom").with_kind("person"),
        ])
        .expect("catalogue");
        let r = Resolver::build(&cat).expect("resolver");
        // `Young` for 영, `Tab` for 탑 (b for the final ㅂ).
        assert_eq!(r.resolve(&Query::new("Young-Tab")).id(), Some("a"));
        // MR for RR, written apart.
        assert_eq!(r.resolve(&Query::new("Sok Bom")).id(), Some("b"));
    }

    #[test]
    fn an_mr_aspirate_is_not_the_rr_plain_stop() {
        let m = korean_latin_model(&CostModel::default());
        // MR's unaspirated k t p ch are RR's g d b j ...
        assert!(distance(&m, "kangsu", "gangsu") <= 30);
        assert!(distance(&m, "chongmi", "jeongmi") <= 50);
        assert!(distance(&m, "tal", "dal") <= 30);
        // ... and the aspirated k' t' p' ch' are RR's k t p ch.
        assert!(distance(&m, "k'angsu", "kangsu") <= 10);
        assert!(distance(&m, "ch'ongmi", "cheongmi") <= 30);
        assert!(distance(&m, "k'angsu", "gangsu") >= UNRELATED_COST);
        assert!(distance(&m, "ch'ongmi", "jeongmi") >= UNRELATED_COST);
        assert!(distance(&m, "t'al", "dal") >= UNRELATED_COST);
    }

    #[test]
    fn a_solid_given_name_splits_into_its_syllables() {
        let splits = given_name_splits("Kim Sangwon", &["kim", "sangwon"]);
        assert!(splits.contains(&vec!["kim".into(), "sang".into(), "won".into()]));
        assert!(splits.contains(&vec!["kim".into(), "san".into(), "gwon".into()]));
        assert_eq!(
            given_name_splits("Minsu PAK", &["minsu", "pak"]),
            vec![vec!["min".to_string(), "su".into(), "pak".into()]]
        );
        // No customary surname, or not two syllables: nothing to split.
        assert!(given_name_splits("Dorn Sangwon", &["dorn", "sangwon"]).is_empty());
        assert!(given_name_splits("Kim Strand", &["kim", "strand"]).is_empty());
        assert!(given_name_splits("x", &["kim", "sangwon", "pak"]).is_empty());
        // A name the normalizer romanised from another script.
        assert!(given_name_splits("金相元", &["kim", "sangwon"]).is_empty());
    }

    #[test]
    fn a_labial_glide_marks_a_korean_name() {
        // ㄱ/ㅋ/ㅎ before w: in a word of two syllables or more, or in
        // words of one syllable each.
        assert!(korean("Gwangmo"));
        assert!(korean("Sohwan"));
        assert!(korean("Bok Hwan"));
        assert!(korean("Kwon Tal"));
        // One syllable alone is no marker; pinyin writes the glide u.
        assert!(!korean("Hwang"));
        assert!(!korean("Guang Ming"));
        assert!(!korean("Huan Li"));
        assert!(!korean("Kweso"));
    }

    #[test]
    fn a_name_with_a_labial_glide_is_read_as_korean() {
        use crate::{Catalog, Entity, Query, Resolver};
        let cat = Catalog::from_entities(vec![
            Entity::new("gwangmo", "Gwangmo").with_kind("person"),
            Entity::new("dokhwan", "Dokhwan").with_kind("person"),
        ])
        .expect("catalogue");
        let r = Resolver::build(&cat).expect("resolver");
        // ㄴ is not ㅁ, ㄷ is not ㄱ: other syllables, other names.
        assert_eq!(r.resolve(&Query::new("Gwangno")).id(), None);
        assert_eq!(r.resolve(&Query::new("Gok Hwan")).id(), None);
        // MR for RR: the same name.
        assert_eq!(r.resolve(&Query::new("Kwangmo")).id(), Some("gwangmo"));
        assert_eq!(r.resolve(&Query::new("Tok Hwan")).id(), Some("dokhwan"));
    }

    #[test]
    fn a_stop_coda_among_one_syllable_words_marks_a_korean_name() {
        use crate::{Catalog, Entity, Query, Resolver};
        assert!(korean("Pom Sik"));
        assert!(korean("Tal Ho"));
        assert!(!korean("Li Ming"));
        assert!(!korean("Kento"));
        let cat = Catalog::from_entities(vec![
            Entity::new("unsik", "Unsik").with_kind("person"),
            Entity::new("dalho", "Dalho").with_kind("person"),
        ])
        .expect("catalogue");
        let r = Resolver::build(&cat).expect("resolver");
        // 준식 is not 운식: a syllable's onset is no silent letter.
        assert_eq!(r.resolve(&Query::new("Jun Sik")).id(), None);
        assert_eq!(r.resolve(&Query::new("Tal Ho")).id(), Some("dalho"));
    }

    #[test]
    fn another_vowel_is_another_syllable() {
        use crate::{Catalog, Entity, Query, Resolver};
        let cat = Catalog::from_entities(vec![
            Entity::new("sumyeong", "Sumyeong").with_kind("person"),
            Entity::new("tahye", "Tahye").with_kind("person"),
        ])
        .expect("catalogue");
        let r = Resolver::build(&cat).expect("resolver");
        // 사명 is not 수명: a vowel the conventions do not pair is a
        // different syllable, as dear as any other unexplained edit.
        assert_eq!(r.resolve(&Query::new("Sa-Myeong")).id(), None);
        assert_eq!(r.resolve(&Query::new("Su-Myeong")).id(), Some("sumyeong"));
        // ㅖ after a consonant is said as ㅐ is: `Hae` for `Hye`.
        assert_eq!(r.resolve(&Query::new("Ta-Hae")).id(), Some("tahye"));
    }

    #[test]
    fn ye_meets_ae_only_where_it_is_said_e() {
        let m = korean_latin_model(&CostModel::default());
        assert!(distance(&m, "minhye", "minhae") <= 40);
        assert!(distance(&m, "minhae", "minhye") <= 40);
        assert!(distance(&m, "sohye", "sohe") <= 40);
        // Not ㅕ (`yeo`) for ㅓ (`eo`), nor ㅖ at the start of a word.
        assert!(distance(&m, "hyeon", "heon") >= 100);
        assert!(distance(&m, "heon", "hyeon") >= 100);
        assert!(distance(&m, "yesol", "aesol") >= 100);
    }

    #[test]
    fn other_syllables_stay_apart() {
        let m = korean_latin_model(&CostModel::default());
        let base = CostModel::default();
        // A different onset or glide is a different syllable.
        for (a, b) in [
            ("gyeongmo", "hyeongmo"),
            ("yonghyeon", "yongheon"),
            ("sangil", "sangjil"),
        ] {
            assert!(distance(&m, a, b) > distance(&base, a, b), "{a} {b}");
            assert!(distance(&m, a, b) >= crate::cost::UNIT, "{a} {b}");
        }
    }
}
