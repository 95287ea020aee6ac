//! The conventional Latin spellings of common given names of Arabic
//! origin meet as spellings of one name: `Mohammed`, `Mohamed`,
//! `Muhammad`, `Mehmet` and `Magomed`.
//!
//! One Arabic name has many Latin spellings, because the script leaves
//! short vowels unwritten (`a`/`e`, `u`/`o`/`ou`), a doubled consonant may
//! be written once, and each romanisation has its letters (French `ou`,
//! `ch`, `dj` in the Maghreb; the Turkish forms; the Russian romanisation
//! of the Caucasian forms). For the commonest names these spellings are
//! conventional and name no one else, so two of them pair as a close
//! spelling variant ([`SPELLING_SIM`], at a cost that counts the name as
//! shared), in any role: the edit costs would read `Mohammed`/`Muhammad`
//! as two vowels apart. The same spelling still scores higher, so a
//! catalogue that holds both `Mehmet X` and `Mohamed X` tells them apart.
//! Rarer names are left to the edit costs.
//!
//! The table is `data/arabic_given_names.tsv` (written for namefold from
//! the romanisation conventions; see its header).

use std::sync::OnceLock;

use crate::cost::Cost;
use crate::fxhash::FxHashMap;

const TABLE: &str = include_str!("../data/arabic_given_names.tsv");

/// The similarity of two spellings of one name.
pub(crate) const SPELLING_SIM: f64 = 0.95;
/// The cost reported for two spellings of one name: low enough that the
/// name counts as shared (see `score::align`).
pub(crate) const SPELLING_COST: Cost = 20;

/// Spelling (the canonical form included) → canonical form.
fn table() -> &'static FxHashMap<&'static str, &'static str> {
    static MAP: OnceLock<FxHashMap<&'static str, &'static str>> = OnceLock::new();
    MAP.get_or_init(|| {
        let mut map = FxHashMap::default();
        for line in TABLE.lines() {
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            let Some((canonical, spellings)) = line.split_once('\t') else {
                continue;
            };
            map.insert(canonical, canonical);
            for s in spellings.split(' ').filter(|s| !s.is_empty()) {
                map.insert(s, canonical);
            }
        }
        // The Arabic-script spellings, as the reading of the script writes
        // them (`m'h'm'd`): the script's own spelling of the name.
        for (canonical, written) in SCRIPT_SPELLINGS {
            for w in written.split(' ') {
                let mut reading = String::new();
                crate::translit::transliterate_into(w, &mut reading);
                let reading: &'static str = reading.leak();
                map.entry(reading).or_insert(canonical);
            }
        }
        map
    })
}

/// The Arabic-script spellings (Arabic and Persian letters) of the
/// table's commonest names, whose reading (`m'h'm'd` for محمد) pairs with
/// the name's Latin spellings as one of them.
const SCRIPT_SPELLINGS: &[(&str, &str)] = &[
    ("muhammad", "محمد"),
    ("ahmad", "أحمد احمد"),
    ("mahmud", "محمود"),
    ("husayn", "حسين حسین"),
    ("hasan", "حسن"),
    ("mustafa", "مصطفى مصطفی"),
    ("yusuf", "يوسف یوسف"),
    ("ibrahim", "إبراهيم ابراهيم ابراهیم"),
    ("khalid", "خالد"),
    ("uthman", "عثمان"),
    ("salih", "صالح"),
    ("rashid", "راشد"),
    ("hamid", "حامد"),
    ("yahya", "يحيى یحیی"),
    ("tariq", "طارق"),
];

/// The longest word [`name_of`] reads: a spelling of the table (10
/// letters at most) in another orthography (a Somali one with its doubled
/// vowels).
const NAME_MAX: usize = 12;

/// The name spelt `token` (a normalized token), if the table has it.
pub(crate) fn name_of(token: &str) -> Option<&'static str> {
    // Every spelling in the table has 3 to 10 letters (a Somali one,
    // with its doubled vowels, up to 12).
    if !(3..=NAME_MAX).contains(&token.len()) {
        return None;
    }
    let direct = if token.len() <= 10 {
        table().get(token).copied()
    } else {
        None
    };
    // Most words spell neither orthography: they skip the readings and
    // their memo.
    if direct.is_some()
        || !(crate::somali_latin::may_spell(token) || crate::malay_latin::may_spell(token))
    {
        return direct;
    }
    other_orthography_memo(token)
}

/// Distinct tokens [`other_orthography_memo`] keeps per thread before it
/// starts afresh.
const ORTHOGRAPHY_MEMO: usize = 4096;

thread_local! {
    /// [`other_orthography`] of the tokens a thread asked for lately: the
    /// scorer asks for the same few words of a query and its candidate
    /// aliases many times, and reading a word in both other orthographies
    /// costs more than looking it up.
    static OTHER_NAMES: std::cell::RefCell<FxHashMap<Box<str>, Option<&'static str>>> =
        std::cell::RefCell::new(FxHashMap::default());
}

/// [`other_orthography`], kept per thread (at most [`ORTHOGRAPHY_MEMO`]
/// tokens).
fn other_orthography_memo(token: &str) -> Option<&'static str> {
    OTHER_NAMES.with(|m| {
        if let Some(&c) = m.borrow().get(token) {
            return c;
        }
        let c = other_orthography(token);
        let mut m = m.borrow_mut();
        if m.len() >= ORTHOGRAPHY_MEMO {
            m.clear();
        }
        m.insert(token.into(), c);
        c
    })
}

/// The table's name `token` spells in another Latin orthography of
/// Arabic names (not the table's own spellings).
fn other_orthography(token: &str) -> Option<&'static str> {
    // The readings on the stack: no longer than the word, and `name_of`
    // asks for none of more than `NAME_MAX` letters.
    let mut buf = [0u8; NAME_MAX];
    let out = buf.get_mut(..token.len())?;
    // A spelling of another Latin orthography (`Xasan`, `Cumar`): its
    // common spelling's name.
    if let Some(n) = crate::somali_latin::arabic_reading_into(token, out) {
        let c = std::str::from_utf8(&out[..n])
            .ok()
            .and_then(|r| table().get(r));
        if let Some(c) = c {
            return Some(*c);
        }
    }
    // `Rasyid`, `Jusuf`: the Indonesian and old Malay spellings.
    let (n, j) = crate::malay_latin::arabic_reading_into(token, out)?;
    let read = &mut out[..n];
    if let Some(c) = std::str::from_utf8(read).ok().and_then(|r| table().get(r)) {
        return Some(*c);
    }
    if !j {
        return None;
    }
    // The old `j` read as y.
    read.iter_mut()
        .filter(|b| **b == b'j')
        .for_each(|b| *b = b'y');
    std::str::from_utf8(read)
        .ok()
        .and_then(|r| table().get(r))
        .copied()
}

/// Whether `token` is one of the table's own spellings (not read from
/// another orthography).
pub(crate) fn is_given_name_spelt(token: &str) -> bool {
    (3..=10).contains(&token.len()) && table().contains_key(token)
}

/// Whether `token` spells an Arabic given name that a person bearing it
/// first goes by: any of the table but `Muhammad`, which South Asian and
/// Arab naming put before the name used (`Muhammad Karim` is called
/// Karim), and `Ali`, the first part of Persian compound names (`Ali Reza`,
/// `Ali Asghar`). The word after it in a nasab is the father's name.
pub(crate) fn goes_by_first(token: &str) -> bool {
    name_of(token).is_some_and(|c| c != "muhammad" && c != "ali")
}

/// Whether `token` spells the first part of a compound given name that
/// its bearer is often called by the second part alone: `Muhammad`
/// (`Mohammad Reza` called Reza), `Ali` (`Ali Asghar` called Asghar) and
/// `Ghulam`, "servant of" (`Gholam Hossein` called Hossein), as Persian,
/// Afghan and South Asian naming compounds them.
pub(crate) fn compound_first(token: &str) -> bool {
    name_of(token).is_some_and(|c| matches!(c, "muhammad" | "ali" | "ghulam"))
}

/// Whether `token` spells `Muhammad` or `Ahmad`, the second part of
/// Afghan, Persian and South Asian compound given names written as two
/// words (`Wali Mohammad`, `Gul Ahmad`, `Nisar Ahmad`).
pub(crate) fn compound_second(token: &str) -> bool {
    name_of(token).is_some_and(|c| matches!(c, "muhammad" | "ahmad"))
}

/// Whether `token` spells a given name of the table (of any spelling).
pub(crate) fn is_given_name(token: &str) -> bool {
    name_of(token).is_some()
}

/// [`spelling_pair_of`], reading the query word itself (tests).
#[cfg(test)]
pub(crate) fn spelling_pair(q: &str, a: &str, found: Option<(f64, Cost)>) -> Option<(f64, Cost)> {
    spelling_pair_of(name_of(q), a, found)
}

/// The pair `(similarity, cost)` of query word `q` and catalogue word `a`
/// whose spelling match is `found`: the pair of two spellings of one name
/// when that is better.
///
/// Two spellings of one name pair at [`SPELLING_SIM`]; any other pair as
/// `found`.
/// `q_name`: the query word's name ([`name_of`]), which the scorer reads
/// once per query word, not once per pair.
pub(crate) fn spelling_pair_of(
    q_name: Option<&str>,
    a: &str,
    found: Option<(f64, Cost)>,
) -> Option<(f64, Cost)> {
    if found.is_some_and(|(s, _)| s >= SPELLING_SIM) {
        return found;
    }
    // (The catalogue word is looked up only when the query word is in
    // the table: the scorer asks this of many pairs.)
    match q_name.and_then(|x| Some((x, name_of(a)?))) {
        Some((x, y)) if x == y => Some((SPELLING_SIM, SPELLING_COST)),
        _ => found,
    }
}

/// The similarity of two romanisations of one Arabic-script name that
/// differ only in their vowels: the script leaves short vowels unwritten
/// and long ones are spelt `i`/`ee`/`ei`, `u`/`ou`/`oo`/`o`, `a`/`e`, so
/// the vowel letters of a romanised Arabic or Persian name are the
/// transcriber's choice (`Saqib`/`Saqeb`, `Rahmun`/`Rahmoon`). A close
/// variant, below a cognate given name (0.85) and the table's spellings.
/// Measured with [`SYNCOPE_SIM`] 0.04 below it (dev, 2026-11-30, accuracy
/// on ofac / ofac2025 / un, false accepts unchanged at 2.7 / 1.5 / 2.5%):
/// 0.7 60.2 / 50.5 / 38.2%, 0.75 61.2 / 50.8 / 38.5%, 0.8 61.1 / 51.1 /
/// 38.9%, 0.85 61.2 / 51.2 / 38.9% (two runners-up that share the
/// surname then come within the margin).
pub(crate) const VOWELS_SIM: f64 = 0.8;

/// The vowel classes a vowel letter may write in a romanised Arabic name:
/// `a` (fatha, alif), `i` (kasra, ya: `i`, `y`, `ee`), `u` (damma, waw:
/// `u`, `o`, `ou`, `oo`); `e` writes a or i, and `o` a as well: the long
/// ā said and written `o` in Dari, Tajik and Uzbek (`Olim` for ʿAlīm) and
/// the a written `o` in the Dutch-era Indonesian and Javanese spellings
/// (`Rohman` for Rahman). 0 for a consonant.
fn vowel_classes(b: u8) -> u8 {
    const A: u8 = 1;
    const I: u8 = 2;
    const U: u8 = 4;
    match b {
        b'a' => A,
        b'e' => A | I,
        b'i' | b'y' => I,
        b'o' => U | A,
        b'u' => U,
        _ => 0,
    }
}

/// The vowel classes a run of vowel letters may write: each letter's
/// ([`vowel_classes`]), but English `ee` and `oo` write a long i and u,
/// and French `ou` writes u only.
fn run_classes(run: &[u8]) -> u8 {
    let u = vowel_classes(b'u');
    match run {
        b"ee" => vowel_classes(b'i'),
        b"oo" => u,
        _ => {
            let (mut classes, mut k) = (0, 0);
            while k < run.len() {
                if run[k..].starts_with(b"ou") {
                    classes |= u;
                    k += 2;
                } else {
                    classes |= vowel_classes(run[k]);
                    k += 1;
                }
            }
            classes
        }
    }
}

/// The similarity of two romanisations of one Arabic-script name that
/// differ in their vowels and in one short vowel that one of them leaves
/// out between two consonants (see [`vowel_spelling`]).
pub(crate) const SYNCOPE_SIM: f64 = 0.76;

/// The similarity of two romanisations of one Arabic-script name of
/// [`SHIFT_CONSONANTS`] consonants or more that differ in their vowels
/// and in two short vowels left out (see [`vowel_spelling`]), one of them
/// at most a reduced vowel of a closed syllable: Maghrebi Arabic drops the
/// short vowels of a word and says a helping vowel elsewhere in the
/// cluster that leaves, so that French and English spellings of one
/// Algerian or Moroccan name place a vowel on either side of a consonant
/// (`Bourkdani`/`Broukdani`, `Dirkoumi`/`Drekmi`).
pub(crate) const SHIFT_SIM: f64 = 0.72;

/// The fewest consonants of a word for [`SHIFT_SIM`]: in shorter words two
/// vowels are too much of the name.
const SHIFT_CONSONANTS: usize = 5;

/// The consonant classes of the longest consonant spelling at the start
/// of `s`, and its length in bytes: one bit a letter, and a spelling that
/// may write two Arabic letters has both bits. The romanisations of the
/// Arabic consonants: `q`/`k` for ق, `g` for ق (Gulf, Libyan) or ج
/// (Egyptian), `gh` for غ and, in Persian, ق (`Ghasem`/`Qasim`), `j`/`dj`
/// (French)/`dzh` and `zh` (Russian) for ج, `dh` for ذ (said d or z),
/// `th` for ث (said t or s), `sh`/`ch` (French)/`sy` (Indonesian, before
/// a vowel) for ش, `kh`/`ch` (Dutch and German, in Indonesian and
/// Malaysian names) for خ, and the Dutch-era Indonesian `ch` for ح too
/// (`Rachman`, `Achmad`), `ph` for f.
fn consonant(s: &[u8]) -> (u32, usize) {
    let bit = |b: u8| 1u32 << (b - b'a');
    const SH: u32 = 1 << 26;
    const KH: u32 = 1 << 27;
    const GH: u32 = 1 << 28;
    let k = bit(b'k');
    let j = bit(b'j');
    let vowel = |b: Option<&u8>| b.is_some_and(|&b| vowel_classes(b) != 0);
    match s {
        [b'd', b'z', b'h', ..] => (j, 3),
        [b'd', b'h', ..] => (bit(b'd') | bit(b'z'), 2),
        [b't', b'h', ..] => (bit(b't') | bit(b's'), 2),
        [b's', b'h', ..] => (SH, 2),
        [b'c', b'h', ..] => (SH | KH | bit(b'h'), 2),
        [b's', b'y', ..] if vowel(s.get(2)) => (SH, 2),
        [b'k', b'h', ..] => (KH, 2),
        [b'g', b'h', ..] => (GH | k, 2),
        [b'z', b'h', ..] => (j | bit(b'z'), 2),
        [b'd', b'j', ..] => (j, 2),
        [b'p', b'h', ..] => (bit(b'f'), 2),
        [b'c', b'k', ..] => (k, 2),
        [b'q' | b'k', ..] => (k, 1),
        [b'c', ..] => (k | bit(b's'), 1),
        [b'g', ..] => (k | j, 1),
        [b, ..] => (bit(*b), 1),
        [] => (0, 0),
    }
}

/// One vowel or consonant spelling of a word: `(true, classes)` for a
/// vowel, `(false, classes)` for a consonant.
type Unit = (bool, u32);

/// The most units [`read_units`] reads.
const MAX_UNITS: usize = 32;

/// Reads a normalized Latin token into `out` as a sequence of vowel and
/// consonant spellings, each as the classes it may write: a run of vowel
/// letters is one vowel (see [`vowel_classes`]), a consonant
/// ([`consonant`]) doubled (shadda) is written once. The apostrophe of
/// ʿayn and hamza is dropped. A diphthong `aw`/`ow` before a consonant or
/// the end is one vowel of the a and u classes (it is said and often
/// written `o`/`u`: `Mawlawi`/`Moulavi`); French `ou` before a vowel is
/// the consonant w (`Oualid`/`Walid`). A final `h` after a vowel is left
/// out (`Zakiyyah`/`Zakia`). The number of units, or `None` at a
/// byte outside `a-z'` or for a word of more than [`MAX_UNITS`].
fn read_units(w: &str, out: &mut [Unit; MAX_UNITS]) -> Option<usize> {
    let b = w.as_bytes();
    let w_bit = 1u32 << (b'w' - b'a');
    let is_vowel = |i: usize| b.get(i).is_some_and(|&x| vowel_classes(x) != 0);
    let mut i = 0;
    let mut n = 0;
    let mut last: Option<Unit> = None;
    loop {
        while i < b.len() && b[i] == b'\'' {
            i += 1;
        }
        if i >= b.len() {
            // A final h after a vowel is unwritten in speech: the ta
            // marbuta of a feminine or nisba ending (`-iyya`, `-ieh`,
            // `-ah`) and a final ه.
            let h = (false, 1u32 << (b'h' - b'a'));
            if n >= 2 && out[n - 1] == h && out[n - 2].0 {
                n -= 1;
            }
            return Some(n);
        }
        if !b[i].is_ascii_lowercase() {
            return None;
        }
        let unit = if b[i..].starts_with(b"ou") && matches!(b.get(i + 2), Some(b'a' | b'e' | b'i'))
        {
            i += 2;
            (false, w_bit)
        } else if vowel_classes(b[i]) != 0 {
            let start = i;
            while i < b.len() && (vowel_classes(b[i]) != 0 || b[i] == b'\'') {
                i += 1;
            }
            let run = &b[start..i];
            let mut classes = run_classes(run);
            if matches!(run.last(), Some(b'a' | b'o'))
                && b.get(i) == Some(&b'w')
                && !is_vowel(i + 1)
            {
                classes |= vowel_classes(b'a') | vowel_classes(b'u');
                i += 1;
            }
            (true, u32::from(classes))
        } else {
            let (classes, used) = consonant(&b[i..]);
            i += used;
            (false, classes)
        };
        if last == Some(unit) && !unit.0 {
            continue;
        }
        last = Some(unit);
        *out.get_mut(n)? = unit;
        n += 1;
    }
}

/// The i and u vowel classes (see [`vowel_classes`]).
const HIGH_VOWELS: u32 = 2 | 4;

/// Whether unit sequences `x` and `y` spell one name: unit for unit of a
/// shared class, after leaving out at most `drops` vowels of either that
/// stand between two consonants while the other has a consonant there,
/// or reading a short i against a short u in a closed syllable (once at
/// most, and only while `reduce`).
fn units_meet(x: &[Unit], y: &[Unit], drops: usize, reduce: bool) -> bool {
    let interior =
        |s: &[Unit], i: usize| i > 0 && !s[i - 1].0 && s.get(i + 1).is_some_and(|u| !u.0);
    let mut i = 0;
    while i < x.len() && i < y.len() {
        let (g, h) = (x[i], y[i]);
        if g.0 == h.0 && g.1 & h.1 != 0 {
            i += 1;
            continue;
        }
        // A short i or u in a closed syllable (before two consonants),
        // which Levantine and Iraqi speech says as one reduced vowel (ə)
        // and transcribers write `i`, `e`, `u` or `ou` at will
        // (`Hilmi`/`Houlmi`): one use of the budget.
        let closed = |s: &[Unit]| {
            i > 0 && s.get(i + 1).is_some_and(|u| !u.0) && s.get(i + 2).is_some_and(|u| !u.0)
        };
        let high = |u: Unit| u.1 & HIGH_VOWELS != 0;
        if reduce && drops > 0 && g.0 && h.0 && high(g) && high(h) && closed(x) && closed(y) {
            return units_meet(&x[i + 1..], &y[i + 1..], drops - 1, false);
        }
        if drops == 0 || g.0 == h.0 {
            return false;
        }
        // One is a vowel and the other a consonant: the vowel may be the
        // one the other spelling leaves out.
        return if g.0 {
            interior(x, i) && units_meet(&x[i + 1..], &y[i..], drops - 1, reduce)
        } else {
            interior(y, i) && units_meet(&x[i..], &y[i + 1..], drops - 1, reduce)
        };
    }
    x.len() == y.len()
}

/// The similarity of two Latin words of four letters or more that are two
/// romanisations of one Arabic-script name, if they are: the same
/// consonants in the same order (each as [`consonant`] reads its
/// spellings: `Qasimi`/`Kasimi`/`Gasimi`), a vowel wherever the other has
/// one, and each such vowel of a class the other's may write
/// (`Nadim`/`Nadeem`, `Harun`/`Haroun`, `Hilal`/`Helal`,
/// `Rustam`/`Rostam`): [`VOWELS_SIM`]. Romanised Arabic also drops or
/// adds a short vowel between two consonants (syncope and epenthesis:
/// `Barakat`/`Barkat`, `Fahad`/`Fahd`, a colloquial form against the
/// classical one): with one such vowel, in a word of three consonants or
/// more, [`SYNCOPE_SIM`]. Names of one root that the script tells apart by
/// a written long vowel or their pattern stay apart (`Hasan`/`Husayn`,
/// `Muhammad`/`Mahmud`, `Hamid`/`Hamad`, `Bashar`/`Bushra`). A Russian or
/// Greek name writes its vowels, so the caller asks for a name of Arabic
/// naming ([`is_arabic_name_word`]) as well. A clan's name and its nisba
/// (see [`clan_nisba`]) meet at [`SHIFT_SIM`].
pub(crate) fn vowel_spelling(q: &str, a: &str) -> Option<f64> {
    if q.len() < 4 || a.len() < 4 || q == a {
        return None;
    }
    let (mut xs, mut ys) = ([(false, 0); MAX_UNITS], [(false, 0); MAX_UNITS]);
    let (nx, ny) = (read_units(q, &mut xs)?, read_units(a, &mut ys)?);
    let (x, y) = (&xs[..nx], &ys[..ny]);
    let consonants = |s: &[Unit]| s.iter().filter(|u| !u.0).count();
    let (cx, cy) = (consonants(x), consonants(y));
    if cx != cy || cx < 2 {
        return None;
    }
    if units_meet(x, y, 0, true) {
        Some(VOWELS_SIM)
    } else if cx >= 3 && units_meet(x, y, 1, true) {
        Some(SYNCOPE_SIM)
    } else if (cx >= SHIFT_CONSONANTS && units_meet(x, y, 2, true))
        || (cx >= NISBA_CONSONANTS && (clan_nisba(x, y) || clan_nisba(y, x)))
    {
        Some(SHIFT_SIM)
    } else {
        None
    }
}

/// The fewest consonants of a clan's name for [`clan_nisba`]: a stem of
/// three (`Karima`/`Karimi`) is a given name and another's nisba.
const NISBA_CONSONANTS: usize = 4;

/// Whether unit sequences `nisba` and `clan` (see [`read_units`]) are the
/// nisba (relational adjective) of a clan or place and its name: the
/// clan's name ends in the tāʾ marbūṭa (`-a`, `-ah`, `-eh`), which the
/// nisba's `-ī` replaces, after the same consonants in the same order
/// (`al-Jalāhima` / `al-Jalhamī`, `Mansoura` / `Mansouri`). A clan's
/// name in a broken plural (the quadriliteral `faʿālila`) forms its nisba
/// from the singular, so the vowels between the consonants differ.
fn clan_nisba(nisba: &[Unit], clan: &[Unit]) -> bool {
    let (i, a) = (
        u32::from(vowel_classes(b'i')),
        u32::from(vowel_classes(b'a')),
    );
    let ends = |s: &[Unit], class: u32| matches!(s, [.., c, v] if !c.0 && v.0 && v.1 & class != 0 && v.1 & !(i | a) == 0);
    fn consonants(s: &[Unit]) -> impl Iterator<Item = u32> + '_ {
        s.iter().filter(|u| !u.0).map(|u| u.1)
    }
    ends(nisba, i)
        && nisba.last().is_some_and(|v| v.1 == i)
        && ends(clan, a)
        && consonants(nisba)
            .zip(consonants(clan))
            .all(|(x, y)| x & y != 0)
}

/// Whether two Latin words are two romanisations of one Arabic-script
/// name that differ in their vowel letters only (see [`vowel_spelling`]).
#[cfg(test)]
pub(crate) fn same_consonants(q: &str, a: &str) -> bool {
    vowel_spelling(q, a) == Some(VOWELS_SIM)
}

/// Whether `token` is a Pashtun tribal name (the *qawm*: `-zai`/`-zay`,
/// sons of; `-khel`/`-khail`, clan of) of three letters or more before
/// the ending. Pashtun custom gives a person one or two personal names;
/// the tribe's name is added after them or left out (the two forms of
/// one person's name in a list), so it is no family name.
pub(crate) fn is_tribal_name(token: &str) -> bool {
    const TRIBAL: &[&str] = &["zai", "zay", "khel", "khail"];
    TRIBAL
        .iter()
        .any(|e| token.len() >= e.len() + 3 && token.ends_with(e))
}

/// Whether `token` is a word of Arabic naming: a common given name of the
/// table, a particle of its structure (the article, filiation, the
/// kunya's `Abu`, the `Abd` of theophoric names, the second parts `uddin`
/// and `ullah` as the normalizer writes them), or a family name built the
/// Persian or Pashto way, which writes its names in the Arabic script
/// too: `-zada`/`-zadeh` and `-pour` (son of), `-nejad` (of the stock of),
/// the Pashtun tribal `-zai` and `-khel`.
pub(crate) fn is_arabic_name_word(token: &str) -> bool {
    const WORDS: &[&str] = &[
        "al", "el", "bin", "ibn", "bint", "ould", "abu", "abou", "abd", "abdul", "abdel", "ali",
        "uddin", "ullah",
    ];
    const ENDINGS: &[&str] = &[
        "zada", "zadeh", "zade", "pour", "nejad", "nezhad", "zai", "zay", "khel",
    ];
    WORDS.contains(&token)
        || name_of(token).is_some()
        || ENDINGS
            .iter()
            .any(|e| token.len() >= e.len() + 3 && token.ends_with(e))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Normalizer;

    #[test]
    fn somali_spellings_pair_with_the_common_ones() {
        // ʿayn as c, ḥ as x, long vowels doubled, in either direction.
        for (q, a) in [
            ("xamiid", "hamed"),
            ("cumar", "omar"),
            ("yaasiin", "yassine"),
            ("hashem", "xaashim"),
        ] {
            assert_eq!(
                spelling_pair(q, a, None),
                Some((SPELLING_SIM, SPELLING_COST)),
                "{q} {a}"
            );
        }
        // The Indonesian and old Malay spellings (sy, oe, j for y).
        for (q, a) in [
            ("rasyid", "rachid"),
            ("joenoes", "younes"),
            ("hasjim", "hashem"),
        ] {
            assert_eq!(
                spelling_pair(q, a, None),
                Some((SPELLING_SIM, SPELLING_COST)),
                "{q} {a}"
            );
        }
        // x and c of other languages name no Arabic name.
        assert_eq!(spelling_pair("xamid", "hamad", None), None);
        assert!(!is_given_name("cassim"));
    }

    #[test]
    fn every_spelling_is_in_normal_form_and_names_one_name() {
        let n = Normalizer::new();
        let mut seen = std::collections::HashSet::new();
        for line in TABLE
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        {
            let (c, rest) = line.split_once('\t').expect("two fields");
            for s in std::iter::once(c).chain(rest.split(' ')) {
                assert!(seen.insert(s), "{s} listed twice");
                assert_eq!(n.normalize(s), s, "{s} is not in normal form");
                assert!((3..=10).contains(&s.len()), "{s}");
            }
        }
    }

    #[test]
    fn spellings_of_one_name_pair_and_others_do_not() {
        let n = Normalizer::new();
        let pair = |a: &str, b: &str| spelling_pair(&n.normalize(a), &n.normalize(b), None);
        assert_eq!(
            pair("Mohammed", "Muhammad"),
            Some((SPELLING_SIM, SPELLING_COST))
        );
        assert_eq!(pair("Ahmet", "Ahmed"), Some((SPELLING_SIM, SPELLING_COST)));
        assert_eq!(
            pair("Магомед", "Mehmet"),
            Some((SPELLING_SIM, SPELLING_COST))
        );
        assert_eq!(
            pair("Hossein", "Husayn"),
            Some((SPELLING_SIM, SPELLING_COST))
        );
        assert_eq!(pair("Mehdi", "Mahdi"), Some((SPELLING_SIM, SPELLING_COST)));
        assert_eq!(pair("Younes", "Yunus"), Some((SPELLING_SIM, SPELLING_COST)));
        // ʿAmr with its silent final waw read (`Amrou`) or a final e.
        assert_eq!(pair("Amre", "Amrou"), Some((SPELLING_SIM, SPELLING_COST)));
        // The script's own spelling, as the reading writes it.
        assert_eq!(
            pair("محمد", "Mohammed"),
            Some((SPELLING_SIM, SPELLING_COST))
        );
        assert_eq!(pair("حسین", "Hussein"), Some((SPELLING_SIM, SPELLING_COST)));
        assert_eq!(pair("محمود", "Muhammad"), None);
        // Two names, and a name outside the table.
        assert_eq!(pair("Mahmud", "Muhammad"), None);
        assert_eq!(pair("Hamid", "Ahmad"), None);
        assert_eq!(pair("Mohan", "Mohamed"), None);
        // A better spelling match is kept.
        assert_eq!(
            spelling_pair("ahmad", "ahmad", Some((1.0, 0))),
            Some((1.0, 0))
        );
    }

    /// Invented names: two romanisations of one Arabic-script name differ
    /// in vowel letters only; names of one root whose written long vowel
    /// or pattern differs do not meet.
    #[test]
    fn same_consonants_meets_vowel_spellings_not_other_patterns() {
        assert!(same_consonants("nashid", "nasheed"));
        assert!(same_consonants("qaruni", "qarouni"));
        assert!(same_consonants("zubeiri", "zubairi"));
        assert!(same_consonants("hillal", "helal"));
        assert!(same_consonants("rustam", "rostam"));
        // Another pattern, another long vowel, another consonant.
        assert!(!same_consonants("bashar", "bushra"));
        assert!(!same_consonants("hamid", "hamad"));
        assert!(!same_consonants("aman", "ameen"));
        assert!(!same_consonants("hasan", "husayn"));
        assert!(!same_consonants("muhammad", "mahmud"));
        assert!(!same_consonants("nashid", "nashit"));
        // The spellings of one Arabic consonant meet; others do not.
        assert!(same_consonants("qadhami", "gaddami"));
        assert!(same_consonants("djamiri", "jamiri"));
        assert!(same_consonants("chakrun", "shakrun"));
        assert!(!same_consonants("qadhami", "qatami"));
        assert!(!same_consonants("khalami", "halami"));
        // Short words and non-Latin words are left to the edit costs.
        assert!(!same_consonants("amr", "omar"));
        assert!(!same_consonants("نشيد", "nashid"));
    }

    /// Invented names: the spellings of one Arabic consonant in the
    /// romanisations that write it otherwise (Indonesian `sy`, Dutch `ch`
    /// for خ, Persian `gh` for ق, Russian `dzh`/`zh` for ج, French `ou` for
    /// w) and the diphthong `aw` said `o`/`u` meet.
    #[test]
    fn other_romanisations_of_one_consonant_meet() {
        assert!(same_consonants("rasyuri", "rashuri"));
        assert!(same_consonants("achdari", "akhdari"));
        // Dutch-era Indonesian ch for ḥ too (`Rachman`).
        assert!(same_consonants("tachmali", "tahmali"));
        assert!(same_consonants("ghadiri", "qadiri"));
        assert!(same_consonants("dzhabiri", "jabiri"));
        assert!(same_consonants("zhabiri", "jabiri"));
        assert!(same_consonants("ouazani", "wazani"));
        assert!(same_consonants("mawlafi", "moulafi"));
        // `sy` before a consonant is s and a vowel; `ou` before one a vowel.
        assert!(!same_consonants("rasyd", "rashd"));
        assert!(!same_consonants("touzani", "twzani"));
        // Another consonant is another name.
        assert!(!same_consonants("achdari", "asdari"));
        // o for a (Dari, Tajik, Uzbek ā; Dutch-era Indonesian a), not ou.
        assert!(same_consonants("olimzoda", "alimzada"));
        assert!(same_consonants("rohmani", "rahmani"));
        assert!(!same_consonants("hamoudi", "hamedi"));
        assert!(!same_consonants("rouhmani", "rahmani"));
        // The ta marbuta of a feminine or nisba ending, written or not.
        assert!(same_consonants("qariyyah", "qarieh"));
        assert!(same_consonants("qariya", "qarieh"));
        assert!(same_consonants("qariyyah", "qaria"));
        assert!(!same_consonants("qariyyah", "qarib"));
        assert!(!same_consonants("qarihi", "qari"));
    }

    /// Invented names: a short vowel one spelling leaves out between two
    /// consonants (`CaCaC`/`CaCC`) meets, a little below a vowel spelling;
    /// not a vowel at either end, not two, not in a word of two consonants.
    #[test]
    fn one_vowel_left_out_between_consonants_meets() {
        assert_eq!(vowel_spelling("barakazi", "barkazi"), Some(SYNCOPE_SIM));
        assert_eq!(vowel_spelling("zurayqi", "zreiqi"), Some(SYNCOPE_SIM));
        assert_eq!(vowel_spelling("tafadh", "tafdh"), Some(SYNCOPE_SIM));
        assert_eq!(vowel_spelling("barakazi", "barekazi"), Some(VOWELS_SIM));
        assert_eq!(vowel_spelling("barakazi", "brkazi"), None);
        assert_eq!(vowel_spelling("abrak", "brak"), None);
        assert_eq!(vowel_spelling("salmi", "salm"), None);
        assert_eq!(vowel_spelling("nasir", "nasr"), Some(SYNCOPE_SIM));
        assert_eq!(vowel_spelling("amir", "amr"), None);
        assert_eq!(vowel_spelling("barakazi", "barkuzi"), None);
    }

    /// Invented names: a vowel placed on the other side of a consonant, as
    /// Maghrebi names are spelt, in a word of five consonants or more; not
    /// in a shorter word, not three vowels, not another consonant, not
    /// two reduced vowels.
    #[test]
    fn a_vowel_moved_in_a_long_maghrebi_name_meets() {
        assert_eq!(vowel_spelling("bourkdani", "broukdani"), Some(SHIFT_SIM));
        assert_eq!(vowel_spelling("burikdani", "broukdani"), Some(SHIFT_SIM));
        assert_eq!(vowel_spelling("bourkan", "broukan"), None);
        assert_eq!(vowel_spelling("bourkadani", "broukdni"), None);
        assert_eq!(vowel_spelling("bourkdani", "broukdami"), None);
        assert_eq!(vowel_spelling("dirkhimsi", "durkhumsi"), None);
    }

    /// Invented names: the nisba of a clan named with the tāʾ marbūṭa,
    /// its vowels those of the singular (`al-Qatarimah` / `al-Qatrami`),
    /// of four consonants or more; not a stem of three (a given name and
    /// a nisba), not other consonants, not two nisbas or two clans.
    #[test]
    fn the_nisba_of_a_clans_name_meets_it() {
        assert_eq!(vowel_spelling("qatrami", "qatarimah"), Some(SHIFT_SIM));
        assert_eq!(vowel_spelling("qatarmeh", "qatrami"), Some(SHIFT_SIM));
        assert_eq!(vowel_spelling("qatrami", "qatarima"), Some(SHIFT_SIM));
        assert_eq!(vowel_spelling("zahiri", "zahira"), None);
        assert_eq!(vowel_spelling("qatrabi", "qatarimah"), None);
        assert_eq!(vowel_spelling("qatrami", "qatarimu"), None);
        assert_eq!(vowel_spelling("qatarima", "qatrama"), None);
    }

    /// Invented names: a short i against a short u (or e against ou) in a
    /// closed syllable, the Levantine reduced vowel, meets like a vowel
    /// left out; not in an open syllable, not a against u, not twice.
    #[test]
    fn short_i_u_in_a_closed_syllable_meets() {
        assert_eq!(vowel_spelling("dirkhem", "dourkhem"), Some(SYNCOPE_SIM));
        assert_eq!(vowel_spelling("derkhem", "durkhem"), Some(SYNCOPE_SIM));
        assert_eq!(vowel_spelling("dirakem", "durakem"), None);
        assert_eq!(vowel_spelling("darkhem", "durkhem"), None);
        assert_eq!(vowel_spelling("dirkhimsi", "durkhumsi"), None);
    }

    /// Vowel spellings of one name meet in a full name of Arabic naming,
    /// not in a Russian one, whose vowels are written (invented names).
    #[test]
    fn vowel_spellings_meet_in_arabic_names_only() {
        use crate::entity::{Catalog, Entity};
        use crate::outcome::Query;
        use crate::Resolver;
        let cat = Catalog::from_entities(vec![
            Entity::new("n", "Faisal QARIMI").with_kind("person"),
            Entity::new("r", "Oleg BALAKIREV").with_kind("person"),
        ])
        .unwrap();
        let r = Resolver::build(&cat).unwrap();
        assert_eq!(r.resolve(&Query::new("Faisal QEREEMI")).id(), Some("n"));
        assert_eq!(r.resolve(&Query::new("Oleg BELEKIRIV")).id(), None);
    }

    /// Words of Arabic, Persian and Pashto naming; not other words.
    #[test]
    fn words_of_arabic_script_naming() {
        for w in [
            "abdul",
            "uddin",
            "karimzada",
            "tavakolpour",
            "sarvinejad",
            "hamidzai",
            "nasirkhel",
        ] {
            assert!(is_arabic_name_word(w), "{w}");
        }
        for w in ["zai", "khel", "gonzalez", "petrov", "haidt", "pourri"] {
            assert!(!is_arabic_name_word(w), "{w}");
        }
    }

    /// A surname spelt with a short vowel the catalogue's spelling leaves
    /// out meets it in a name of Arabic naming, even where the query's
    /// spelling is another person's surname (invented names).
    #[test]
    fn a_vowel_left_out_meets_in_arabic_names() {
        use crate::entity::{Catalog, Entity};
        use crate::outcome::Query;
        use crate::Resolver;
        let cat = Catalog::from_entities(vec![
            Entity::new("n", "Nassir BARKAZI").with_kind("person"),
            Entity::new("h", "Tawil BARAKAZI").with_kind("person"),
            Entity::new("r", "Oleg DOBROVIN").with_kind("person"),
            Entity::new("i", "Ivan DOBOROVIN").with_kind("person"),
        ])
        .unwrap();
        let r = Resolver::build(&cat).unwrap();
        assert_eq!(r.resolve(&Query::new("Nassir BARAKAZI")).id(), Some("n"));
        assert_eq!(r.resolve(&Query::new("Tawil BARAKAZI")).id(), Some("h"));
        // Not in a Russian name, whose vowels are written: the query's
        // spelling is another person's surname.
        assert_eq!(r.resolve(&Query::new("Oleg DOBOROVIN")).id(), None);
    }
}
