//! Name-aware scoring: align query tokens with alias tokens and turn the
//! per-token similarities into one score in [0, 1].
//!
//! - Each query token is paired with at most one alias token (any order,
//!   so reordered names match); pairs are chosen greedily by weighted
//!   similarity.
//! - An alias token has a role: the family name carries the match (weight
//!   [`FAMILY_W`]); given names weigh 1; middle names and patronymics
//!   little. For people the family name must be matched, so a shared
//!   given name alone never resolves.
//! - An initial (`P.`) matches a given or middle name with that first
//!   letter, never a family name.
//! - Unmatched tokens lower the score: a query token that matches nothing
//!   by 1 (a patronymic-looking one by little), an alias given name the
//!   query left out by little (surname-only queries), a middle name by
//!   almost nothing.

use crate::cost::{Cost, UNIT};

mod conflicts;
mod pairing;
mod vocab;

use conflicts::*;
use pairing::*;
pub(crate) use vocab::*;

/// Weight of the family name.
pub(crate) const FAMILY_W: f64 = 1.3;
const GIVEN_W: f64 = 1.0;
const MIDDLE_W: f64 = 0.45;
const CORE_W: f64 = 1.0;
/// A pair below this similarity does not count as matched.
pub(crate) const PAIR_MIN: f64 = 0.45;
/// In a full name, the other name (given for family, family for given)
/// counts as shared when its pair costs at most this: equal or a close
/// variant.
const SHARED_COST: Cost = 35;
/// Exponent of a family or given name similarity when the other name is
/// not shared (2 when it is).
const UNSHARED_EXPONENT: f64 = 1.25;
/// The least similarity of every pair of a full prefix that lets a common
/// middle word take the family name's place (see
/// [`AliasShape::prefix_family`]): close spellings only.
const PREFIX_SIM: f64 = 0.85;
/// Similarity given to an initial that fits.
const INITIAL_SIM: f64 = 0.85;
/// Weight of an alias's given name that the query leaves out (`Merz` for
/// `Friedrich Merz`): little, the family name carries a person.
const GIVEN_MISSING_W: f64 = 0.2;
/// Weight of an alias's middle name or patronymic that the query leaves out.
const MIDDLE_MISSING_W: f64 = 0.05;
/// Weight of a word of a place or organisation name that the query leaves out.
const CORE_MISSING_W: f64 = 0.6;
/// Weight of a query patronymic that the alias lacks.
const PATRONYMIC_MISSING_W: f64 = 0.25;
/// Weight of a query initial that the alias lacks.
const INITIAL_MISSING_W: f64 = 0.5;
/// Weight of an alias's last word left out when the word before it took
/// the family name's place: a second surname (Spanish and Portuguese
/// `Given PATERNAL MATERNAL`, where the first surname is the one used
/// alone) or a trailing nisba or tribal name (`Given Father FAMILY Nisba`).
const SECOND_SURNAME_MISSING_W: f64 = 0.3;
/// Weight of each alias word after a rare middle word that took the family
/// name's place, when two or more follow it: the names that long Arabic,
/// Persian and Pashtun list entries add after the name a person goes by
/// (`Ism FAMILY Tribe Father`: a tribal name, a nisba, the father's and
/// grandfather's names), which a shorter form of the same name drops.
const TRAILING_MISSING_W: f64 = 0.3;
/// Weight of a query's middle name that the alias leaves out (see
/// `query_middle` in [`assign_and_score`]): a father's or grandfather's
/// name that a shorter form of a nasab chain drops, a Western middle name.
/// Less than an unknown word's 1, more than an alias middle name the query
/// leaves out: the query says more than the alias.
const QUERY_MIDDLE_MISSING_W: f64 = 0.4;
/// Weight of the query's own second surname when the alias's second
/// surname is left out and their first surnames pair (Spanish and
/// Portuguese `Given PATERNAL MATERNAL`): the paternal surname is the one
/// that carries the name, the maternal one is dropped or varies between
/// records (a married woman's `de` and husband's surname may take its
/// place). More than a surname left out, less than an unknown word.
const QUERY_SECOND_SURNAME_W: f64 = 0.6;
/// The least similarity of every pair for the query's own added surname
/// to weigh [`QUERY_SECOND_SURNAME_W`] (see `added_surname` in
/// [`assign_and_score`]): the names both give agree.
const ADDED_SURNAME_SIM: f64 = 0.85;
/// The fewest words a query shares with a nasab chain, its first word
/// among them, for its own last name to weigh [`QUERY_SECOND_SURNAME_W`]
/// (see `query_second` in [`assign_and_score`]).
const NASAB_SHARED: usize = 3;
/// The particle of a married woman's name in the Spanish custom (`PEREZ DE
/// SOTO`: née Perez, wife of Soto).
const MARRIED_PARTICLES: &[&str] = &["de"];
/// Weight of the query's Arabic article before a name of a person's
/// chain that the alias writes without it (before the family name it is
/// an optional particle's [`PARTICLE_MISSING_W`]).
const ARTICLE_MISSING_W: f64 = 0.15;
/// Weight of a query's title after a name (see [`is_title_after`]) that
/// the alias lacks: more than a leading honorific's, as a title after the
/// name is also the family name some lists give (`Akhund`); as much as
/// an alias's title after the name that the query lacks (an alias's
/// given name left out, see `title_last`), so a title weighs the same
/// whichever side gives it.
const TITLE_AFTER_MISSING_W: f64 = GIVEN_MISSING_W;
/// Weight of the query's `abdul` (the `ʿAbd al-` of a theophoric name,
/// as the normalizer writes it) that the alias leaves out before the
/// second part both share: `Abdul Rahman` is called Rahman in South and
/// Southeast Asia (`Abdur Rahman`, `Rochman`). As an alias's given name
/// left out.
const ABD_SHORT_MISSING_W: f64 = 0.2;
/// The least similarity of the second part's pair for
/// [`ABD_SHORT_MISSING_W`]: a spelling of the same name.
const ABD_SHORT_SIM: f64 = 0.75;
/// The first part of `ʿAbd al-X` as the normalizer writes it.
const ABDUL: &str = "abdul";
/// Extra weight of a conflict: a query patronymic and an alias patronymic
/// that both stand unmatched (`Ivanovich` against `Petrovich`). Two
/// different fathers' names are evidence of two people; a patronymic that
/// one side leaves out is not.
const CONFLICT_W: f64 = 1.0;
/// Weight of a query particle that the alias lacks, before the word that
/// pairs with the alias's family name (see [`is_optional_particle`]).
const PARTICLE_MISSING_W: f64 = 0.05;
/// Extra weight of a middle-name conflict (see [`middle_conflicts`]): a
/// query word and an alias middle name that both stand unpaired. Half a
/// patronymic conflict: a middle word may also be a second given name
/// that one list gives and another replaces.
const MIDDLE_CONFLICT_W: f64 = 0.5;

/// The role of a token within an alias (serialized in lowercase:
/// `family`, `given`, `middle`, `core`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "lowercase"))]
#[non_exhaustive]
pub enum Role {
    /// The family name (surname) of a person.
    Family,
    /// A given name.
    Given,
    /// A middle name or patronymic.
    Middle,
    /// A word of a place or organisation name.
    Core,
}

impl Role {
    fn weight(self) -> f64 {
        match self {
            Role::Family => FAMILY_W,
            Role::Given => GIVEN_W,
            Role::Middle => MIDDLE_W,
            Role::Core => CORE_W,
        }
    }

    /// Weight an alias token of this role costs when the query omits it.
    fn missing_weight(self) -> f64 {
        match self {
            Role::Family => FAMILY_W,
            Role::Given => GIVEN_MISSING_W,
            Role::Middle => MIDDLE_MISSING_W,
            Role::Core => CORE_MISSING_W,
        }
    }
}

/// Does this token look like an East Slavic patronymic?
pub(crate) fn is_patronymic(tok: &str) -> bool {
    const ENDS: &[&str] = &[
        "ovich", "evich", "ovych", "evych", "ivich", "ivych", "ich", "ych", "ovna", "evna", "ivna",
        "ichna", "ovitch", "evitch", "owitsch", "ewitsch", "ovic", "evic", "ovitj", "ovics",
        "ovyc", "evyc", "ivyc", "itch", "ovytch", "ovits", "evits",
    ];
    tok.len() >= 6 && ENDS.iter().any(|e| tok.ends_with(e))
}

/// Roles of an alias's tokens, given whether the entity is a person.
pub(crate) fn roles(tokens: &[&str], person: bool) -> Vec<Role> {
    let mut roles = vec![Role::Core; tokens.len()];
    roles_into(tokens, person, &mut roles);
    roles
}

/// [`roles`] written into `roles` (as long as `tokens`), without
/// allocating.
pub(crate) fn roles_into(tokens: &[&str], person: bool, roles: &mut [Role]) {
    let n = tokens.len();
    if n == 0 {
        return;
    }
    if !person {
        roles.fill(Role::Core);
        return;
    }
    if n == 1 {
        roles[0] = Role::Family;
        return;
    }
    roles.fill(Role::Middle);
    // "Family Given Patronymic" (Russian order) when the last looks like a
    // patronymic and the middle one does not.
    if n >= 3 && is_patronymic(tokens[n - 1]) && !is_patronymic(tokens[1]) {
        roles[0] = Role::Family;
        roles[1] = Role::Given;
        return;
    }
    // A generational suffix (`Jr`, `III`) after the family name names no
    // one: the word before it is the family name.
    let last = if n >= 3 && is_generational(tokens[n - 1]) {
        n - 2
    } else {
        n - 1
    };
    roles[0] = Role::Given;
    roles[last] = Role::Family;
}

/// Whether an alias of three words or more ends in a title after a name
/// ([`is_title_after`]) that follows a name of its own: not the second
/// part of a theophoric compound (`Qutb uddin AKHUND`) nor a particle or
/// filiation word.
fn title_last(alias: &[&str]) -> bool {
    let n = alias.len();
    n >= 3
        && is_title_after(alias[n - 1])
        && !matches!(alias[n - 2], "uddin" | "ullah")
        && !is_optional_particle(alias[n - 2])
        && !FILIATION.contains(&alias[n - 2])
}

/// The cost at which two words of `len` (the longer) bytes have
/// similarity 0.
fn zero_sim_cost(len: usize) -> f64 {
    (UNIT as f64) * 0.35 * (len as f64 + 2.5)
}

/// Similarity of two tokens from their weighted edit cost.
pub(crate) fn token_sim(cost: Cost, qlen: usize, alen: usize) -> f64 {
    if cost == 0 {
        return 1.0;
    }
    (1.0 - cost as f64 / zero_sim_cost(qlen.max(alen))).max(0.0)
}

/// Endings that many surnames share (Slavic, Armenian, Georgian, Greek):
/// two names with one are told apart by their stems.
const SURNAME_ENDINGS: &[&str] = &[
    "opoulos", "shvili", "poulos", "ovich", "evich", "owski", "ewski", "ovska", "evska", "ovski",
    "evski", "skaya", "enko", "chuk", "akis", "idze", "skiy", "skyi", "ova", "eva", "ina", "yna",
    "sky", "ski", "ska", "yan", "ian", "dze", "uk", "ov", "ev", "in", "yn",
];
/// Shortest stem measured on its own.
const MIN_STEM: usize = 3;

/// Similarity of query word `q` and catalogue word `a` at `cost`: as
/// [`token_sim`], but two words with the same common surname ending are
/// measured on their stems (`Fedosov`/`Fedotov` differ in one letter of
/// five, not of seven).
pub(crate) fn word_sim(cost: Cost, q: &str, a: &str) -> f64 {
    let factor = if onsets_apart(q, a) {
        ONSET_FACTOR
    } else {
        1.0
    };
    factor * stem_sim(cost, q, a)
}

/// Factor on the similarity of two words whose first letters write
/// unrelated sounds (see [`onsets_apart`]).
const ONSET_FACTOR: f64 = 0.85;

/// The sound classes a word's first letter may write, as a bit set: the
/// romanisations of one name start with letters of a shared class
/// (`Yevgeniy`/`Evgeniy`, `Khalid`/`Halid`, `Xiaoping`/`Hsiao-p'ing`,
/// `Celsius`/`Tsel'siy`, `Vladimir`/`Wladimir`/`Uladzimir`,
/// `Dzhordzh`/`George`, `Juan`/`Huan`, Greek `Ntora`/`Dora`), while a
/// typo or a transcription seldom changes a word's first sound. 0 for a
/// letter outside `a-z`.
fn onset_classes(c: u8) -> u16 {
    const V: u16 = 1; // vowels, glides and h
    const K: u16 = 2; // velars and h/kh/x
    const S: u16 = 4; // sibilants and affricates
    const B: u16 = 8; // labials
    const T: u16 = 16; // dentals
    const L: u16 = 32; // liquids
    const M: u16 = 64; // m
    const N: u16 = 128; // n
    const Q: u16 = 256; // Georgian ყ, written `q'`, `q` or `y`
    const J: u16 = S | V | K | T;
    match c {
        b'a' | b'e' | b'i' | b'o' | b'u' => V,
        b'y' => V | S | Q,
        b'j' => J,
        b'h' => V | K,
        b'w' => V | B,
        b'g' => K | S | V,
        b'k' => K,
        b'q' => K | Q,
        b'c' | b'x' => K | S,
        b's' | b'z' => S,
        b't' => T | S,
        b'd' => T | S,
        b'b' | b'p' | b'f' => B,
        b'v' => B | V,
        b'l' | b'r' => L,
        // Greek writes initial b, d, g as `mp`, `nt`, `nk`/`gk`.
        b'm' => M | B,
        b'n' => N | T | K,
        _ => 0,
    }
}

/// Whether words `q` and `a` start with letters of no shared sound class
/// ([`onset_classes`]): `Koshihara`/`Yoshihara`, `Funa`/`Cunha`. Words
/// that start alike, where one starts with a letter before the other's
/// first (`Kmacedo`/`Macedo`), or with a letter outside `a-z` (an abjad's
/// vowel slot), are not apart.
pub(crate) fn onsets_apart(q: &str, a: &str) -> bool {
    match (q.as_bytes().first(), a.as_bytes().first()) {
        (Some(&x), Some(&y)) if x != y => {
            let (cx, cy) = (onset_classes(x), onset_classes(y));
            // A letter typed before the word (`Kmacedo`) keeps its onset,
            // and so does one left out before a vowel; the first of two
            // consonants is part of the onset (`Pressler` is not
            // `Ressler`).
            let cluster = !b"aeiouy".contains(&x) && onset_classes(y) & onset_classes(b'a') == 0;
            let extra =
                q.as_bytes().get(1) == Some(&y) || (a.as_bytes().get(1) == Some(&x) && !cluster);
            cx != 0 && cy != 0 && cx & cy == 0 && !extra
        }
        _ => false,
    }
}

/// [`token_sim`], measured on the stems of two words with the same common
/// surname ending.
fn stem_sim(cost: Cost, q: &str, a: &str) -> f64 {
    // Every ending is two bytes or more: most pairs differ there already.
    let (qb, ab) = (q.as_bytes(), a.as_bytes());
    if qb.len() < 2 || ab.len() < 2 || qb[qb.len() - 2..] != ab[ab.len() - 2..] {
        return token_sim(cost, q.len(), a.len());
    }
    let stem = |w: &str, e: &str| w.len() >= e.len() + MIN_STEM && w.ends_with(e);
    let shared = SURNAME_ENDINGS
        .iter()
        .find(|e| stem(q, e) && stem(a, e))
        .map_or(0, |e| e.len());
    token_sim(cost, q.len() - shared, a.len() - shared)
}

/// The largest cost at which a word of `len` bytes can still pair
/// (similarity ≥ [`PAIR_MIN`]) with a word of up to twice its length.
pub(crate) fn max_pair_cost(len: usize) -> Cost {
    let l = (2 * len).min(crate::limits::MAX_TOKEN_CHARS);
    ((1.0 - PAIR_MIN) * zero_sim_cost(l)).ceil() as Cost
}

/// A cost above which a pair of words of `qlen` and `alen` bytes has a
/// similarity below [`PAIR_MIN`] (one more than the largest cost that
/// reaches it, rounded down).
pub(crate) fn pair_budget(qlen: usize, alen: usize) -> Cost {
    ((1.0 - PAIR_MIN) * zero_sim_cost(qlen.max(alen))).floor() as Cost + 1
}

/// One query token as the scorer sees it.
#[derive(Clone, Debug)]
pub(crate) struct QTok<'a> {
    pub(crate) text: &'a str,
    pub(crate) initial: bool,
    pub(crate) patronymic: bool,
    /// Written lowercase inside a capitalised name: it has probably lost
    /// its capital letter (`Anne obles`).
    pub(crate) lost_capital: bool,
    /// Written in Latin letters by the query (not romanised from another
    /// script by the normalizer, nor read as Korean): a word that reads as
    /// Japanese morae is compared with a person's name mora by mora
    /// (`japanese_latin::other_names`).
    pub(crate) latin: bool,
    /// One of the two parts of a double-barrelled family name the query
    /// writes last (`TAVAKOLI-BARZANI`): a list that gives one part only
    /// names the same person (see `assign_and_score`).
    pub(crate) compound_family: bool,
    /// In the block of capitals the query ends with, after given names
    /// that are not (the list convention of a family name in capitals,
    /// see [`capitalised_tail`]): a word of the query's family name.
    pub(crate) family_block: bool,
    /// A word of the query read with other spacing than it writes (two
    /// words joined, the article split off): the query's words are not
    /// these (see `given_against_middle`).
    pub(crate) respaced: bool,
    /// The first half of a word the query writes hyphenated (`Chol-min`,
    /// `Jean-Luc`), the next word its second half: one name whose parts
    /// stand in a fixed order (see [`hyphen_crossed`]).
    pub(crate) hyphen_next: bool,
}

impl<'a> QTok<'a> {
    pub(crate) fn new(text: &'a str) -> QTok<'a> {
        QTok {
            text,
            initial: text.len() == 1,
            patronymic: is_patronymic(text),
            lost_capital: false,
            latin: false,
            compound_family: false,
            family_block: false,
            respaced: false,
            hyphen_next: false,
        }
    }

    fn missing_weight(&self) -> f64 {
        if self.patronymic {
            PATRONYMIC_MISSING_W
        } else if self.initial {
            INITIAL_MISSING_W
        } else {
            1.0
        }
    }
}

/// A scored pairing of query token `q` with alias token `a`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct Pair {
    pub(crate) q: usize,
    pub(crate) a: usize,
    pub(crate) sim: f64,
    pub(crate) cost: Cost,
}

/// The result of aligning one query with one alias.
#[derive(Clone, Debug, Default)]
pub(crate) struct Alignment {
    pub(crate) score: f64,
    pub(crate) pairs: Vec<Pair>,
}

/// Similarity of an initial with a name: the first letters must be equal
/// or a cheap transliteration variant (`j`/`y`/`i`, `c`/`k`).
pub(crate) fn initial_sim(initial: &str, name: &str, model: &crate::CostModel) -> Option<f64> {
    let (Some(a), Some(b)) = (initial.chars().next(), name.chars().next()) else {
        return None;
    };
    let c = model.sub_cost(a, b).0;
    if c == 0 {
        Some(INITIAL_SIM)
    } else if c <= 35 {
        Some(INITIAL_SIM - 0.1)
    } else {
        None
    }
}

/// What the caller knows of an alias's structure beyond its words' roles.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct AliasShape {
    /// The word before the last may take the family name's place (see
    /// [`align`]).
    pub(crate) second_surname: bool,
    /// The alias writes two surnames as one block in capitals, the Spanish
    /// and Portuguese `Given Given PATERNAL MATERNAL`: its middle words are
    /// given names of the person's own, not a father's or grandfather's,
    /// and lists often vary the second one (a different one is then no
    /// conflict, see [`middle_conflicts`]); in the second-surname reading
    /// the query's own second surname weighs [`QUERY_SECOND_SURNAME_W`].
    pub(crate) two_surnames: bool,
    /// The alias's first word is a given name common in the catalogue
    /// (see `candidates::COMMON_GIVEN_SHARE`).
    pub(crate) common_given: bool,
    /// Bit `k` set: alias word `k`, a middle word before the last two, may
    /// take the family name's place when the last word is left unpaired,
    /// the words after it then costing [`TRAILING_MISSING_W`] each (see
    /// [`align`]).
    pub(crate) inner_family: u32,
    /// Bit `k` set: alias word `k`, a middle word, may take the family
    /// name's place when the last word is left unpaired and the query is
    /// a full prefix of the alias up to it (see [`align`]): the name a
    /// person goes by, of common words (`Gul Agha`), before the tribal
    /// name or the father's name that a long list entry adds. The caller
    /// sets it only for names of that custom ([`of_muslim_naming`]): in the
    /// Spanish custom a common first surname does not carry a name alone.
    pub(crate) prefix_family: u32,
    /// Bit `a` set: alias word `a` is borne by few entities of the
    /// catalogue (the two parts of a theophoric compound, `X ullah`,
    /// counted together); a full prefix (see `prefix_family`) must pair one.
    pub(crate) distinct: u32,
}

/// Aligns query tokens with alias tokens (`alias`, with their `roles`).
/// `sim(q, a)` gives the similarity and cost of a pair, or `None` if they
/// are unrelated; it may be asked more than once for a pair.
///
/// The family name must be matched. With `second_surname` (the caller
/// found the word before the last fit by [`can_be_first_surname`] and rare
/// in the catalogue), when the last word (the family name by position) is
/// left unmatched, the word before it may take the family name's place and
/// the last word then costs [`SECOND_SURNAME_MISSING_W`] (see there): the
/// better reading wins.
pub(crate) fn align(
    query: &[QTok<'_>],
    alias: &[&str],
    roles: &[Role],
    shape: AliasShape,
    mut sim: impl FnMut(usize, usize) -> Option<(f64, Cost)>,
) -> Alignment {
    let second_surname = shape.second_surname;
    // A similarity is at most 1 (the bound `greedy` visits pairs by). The
    // second reading asks for pairs again: a caller whose `sim` is costly
    // keeps each pair's value (the resolver does, once per alias).
    let mut get = |q: usize, a: usize| sim(q, a).map(|(s, c)| (s.min(1.0), c));
    let mut best = assign_and_score(query, alias, roles, &mut get, None, shape);
    let n = roles.len();
    let last_unmatched = n >= 3 && !best.pairs.iter().any(|p| p.a == n - 1);
    if !last_unmatched {
        return best;
    }
    // A title after a name that ends the alias (`X Y AKHUND`), left out
    // by the query: the word before it may be the family name (lists also
    // give the title as a person's by-name, the reading above).
    if title_last(alias) && roles[n - 1] == Role::Family && roles[n - 2] == Role::Middle {
        let mut other = roles.to_vec();
        other[n - 2] = Role::Family;
        other[n - 1] = Role::Middle;
        let alt = assign_and_score(query, alias, &other, &mut get, None, shape);
        if alt.score > best.score {
            best = alt;
        }
    }
    // The family name's place taken by word `k`, the words after it left
    // out.
    let mut reading = |k: usize, prefix: bool| {
        if !(0..query.len()).any(|q| get(q, k).is_some_and(|(s, _)| s >= PAIR_MIN)) {
            return;
        }
        let mut other = roles.to_vec();
        other[k] = Role::Family;
        for r in &mut other[k + 1..] {
            *r = Role::Middle;
        }
        let alt = assign_and_score(query, alias, &other, &mut get, Some(k + 1), shape);
        // A shorter form of a long name drops words and keeps the order of
        // the rest, and the name the person goes by: the first word, unless
        // that is a common given name (`Muhammad X`, read as X).
        let in_order = alt.pairs.iter().all(|x| {
            alt.pairs
                .iter()
                .all(|y| (x.q < y.q) == (x.a < y.a) || x.q == y.q)
        });
        // (After a leading honorific: `Haji X Y`.)
        let first = alias.iter().take_while(|t| is_honorific(t)).count();
        let first_kept = shape.common_given || alt.pairs.iter().any(|p| p.a == first);
        let inner = k + 2 < n;
        // A common word takes the place only in a full prefix: every word
        // of the query that names someone paired, closely, with every alias
        // word up to `k` (link words apart), in order, two or more, one of
        // them borne by few.
        let full_prefix = || {
            let a_paired = |a: usize| alt.pairs.iter().any(|p| p.a == a);
            let q_paired = |q: usize| alt.pairs.iter().any(|p| p.q == q);
            alt.pairs.len() >= 2
                && alt.pairs.iter().all(|p| p.sim >= PREFIX_SIM)
                && alt.pairs.iter().any(|p| shape.distinct & (1 << p.a) != 0)
                && (0..query.len()).all(|q| {
                    q_paired(q)
                        || is_optional_particle(query[q].text)
                        || (q + 1 < query.len() && is_honorific(query[q].text))
                        || (q > 0 && is_title_after(query[q].text))
                })
                && (0..=k).all(|a| {
                    a_paired(a)
                        || is_optional_particle(alias[a])
                        || is_honorific(alias[a])
                        || FILIATION.contains(&alias[a])
                })
        };
        let kept = if prefix {
            in_order && full_prefix()
        } else {
            !inner || (in_order && first_kept)
        };
        if kept && alt.score > best.score {
            best = alt;
        }
    };
    if second_surname {
        reading(n - 2, false);
    }
    for k in 1..n.saturating_sub(2).min(32) {
        if shape.inner_family & (1 << k) != 0 {
            reading(k, false);
        }
    }
    for k in 1..(n - 1).min(32) {
        let tried = shape.inner_family & (1 << k) != 0 || (second_surname && k == n - 2);
        if shape.prefix_family & (1 << k) != 0 && !tried {
            reading(k, true);
        }
    }
    best
}

/// Whether alias word `a`, before the last, may stand for the family name
/// (see [`align`]) by its form: a middle word that is neither an initial, a
/// particle nor a patronymic. (The caller also asks that it be rare: a
/// common word such as `Muhammad` or `Lopez` never carries a match alone.)
pub(crate) fn can_be_first_surname(alias: &[&str], roles: &[Role], a: usize) -> bool {
    roles.get(a + 1) == Some(&Role::Family)
        && roles[a] == Role::Middle
        && (alias[a].len() > 3 || is_endearing_part(alias[a]))
        && !is_patronymic(alias[a])
}

/// Whether `tok` is `jan` (Persian and Pashto جان, dear), the second part
/// of Afghan and Persian compound given names (`Ahmad Jan`, `Gul Jan`):
/// short, but a part of the name the person goes by, which may take the
/// family name's place as a longer word does.
pub(crate) fn is_endearing_part(tok: &str) -> bool {
    tok == "jan"
}

/// Whether `tok` is the second part of an Afghan, Persian or South Asian
/// compound given name written as a word of its own after the first
/// (`Wali Mohammad`, `Gul Ahmad`, `Fateh Khan`, `Gul Jan`): `Muhammad` and
/// `Ahmad` (see `arabic_names::compound_second`), `Khan` and `Jan` (see
/// [`is_endearing_part`]). With the word before it, one name.
pub(crate) fn is_compound_second(tok: &str) -> bool {
    tok == "khan" || is_endearing_part(tok) || crate::arabic_names::compound_second(tok)
}

/// Whether alias word `k`, a middle word before the last two, may stand
/// for the family name (see [`AliasShape::inner_family`]) by its form: a
/// full word that is neither a patronymic, a particle, an honorific nor a
/// filiation word. (The caller also asks that it be rare.)
pub(crate) fn can_be_inner_family(alias: &[&str], roles: &[Role], k: usize) -> bool {
    let t = alias[k];
    k >= 1
        && k + 2 < alias.len()
        && roles[k] == Role::Middle
        && roles[alias.len() - 1] == Role::Family
        && (t.len() > 3 || is_endearing_part(t))
        && !is_patronymic(t)
        && !is_optional_particle(t)
        && !is_honorific(t)
        && !FILIATION.contains(&t)
}

/// Whether alias word `a` is the theophoric second part (`uddin`,
/// `ullah`, as the normalizer splits `Nasruddin`, `Hamidullah`) of a
/// compound given name whose first part is paired (`a_used`): the clipped
/// form of the name (`Nasr` for `Nasr al-Din`, `Ghias` for `Ghiyas
/// ud-Din`), by which South Asian and Afghan bearers are commonly called.
/// It is a part of a name the query gave, not a word after the name the
/// person goes by, and costs as a middle name left out wherever the
/// family name's place was taken.
fn clipped_compound(alias: &[&str], a: usize, a_used: &[bool]) -> bool {
    a > 0 && matches!(alias[a], "uddin" | "ullah") && a_used[a - 1]
}

/// The pair of a two-word query's given name with a middle name of the
/// alias that it resembles only loosely (below [`LOOSE_MIDDLE_SIM`]),
/// where the query's other word pairs the alias's family name and the
/// alias's own given name stands unpaired. A query of two words is
/// `Given FAMILY`: its first word is the given name the person goes by,
/// against the alias's own; a loose likeness to a middle name (a father's
/// or grandfather's name in a nasab chain, a second given name) is then
/// no support for it (`Kamoud TAVARI` is not `Rasul Kamed Hassan TAVARI`).
/// A close spelling of the middle name is: a shorter form names a person
/// by the name after a title or a first given name he is not called by
/// (`Mohammad Shafi ARMAR` is `Shafi ARMAR`).
fn given_against_middle<'p>(
    query: &[QTok<'_>],
    alias: &[&str],
    roles: &[Role],
    pairs: &'p [Pair],
    a_used: &[bool],
) -> Option<&'p Pair> {
    if query.len() != 2 || pairs.len() != 2 || query.iter().any(|t| t.initial || t.respaced) {
        return None;
    }
    let family = pairs.iter().any(|p| roles[p.a] == Role::Family);
    let loose = pairs
        .iter()
        .find(|p| roles[p.a] == Role::Middle && p.sim < LOOSE_MIDDLE_SIM)?;
    // (A query word that starts with the alias's given name writes it
    // joined to the middle name: `Tarasolehovych`.)
    let given_free = (0..roles.len()).any(|a| {
        roles[a] == Role::Given && !a_used[a] && !query[loose.q].text.starts_with(alias[a])
    });
    (given_free && family).then_some(loose)
}

/// Below this similarity a two-word query's given name paired with an
/// alias's middle name is no support (see [`given_against_middle`]).
const LOOSE_MIDDLE_SIM: f64 = 0.7;

/// The greedy alignment of the pairs `sim` gives under `roles` and its score;
/// `trailing`: the first of the alias words after the one that took the
/// family name's place, whose absence costs [`SECOND_SURNAME_MISSING_W`]
/// (the last word alone) or [`TRAILING_MISSING_W`] (each of two or more).
fn assign_and_score(
    query: &[QTok<'_>],
    alias: &[&str],
    roles: &[Role],
    sim: &mut dyn FnMut(usize, usize) -> Option<(f64, Cost)>,
    trailing: Option<usize>,
    shape: AliasShape,
) -> Alignment {
    let n = alias.len();
    // A married woman's `de` and husband's surname after the word that
    // took the family name's place (`Lucia PEREZ DE SOTO`, née Perez): they
    // stand where her second surname stood, which the query may give.
    let married = trailing.filter(|&t| t + 2 == n && MARRIED_PARTICLES.contains(&alias[t]));
    let second_surname = trailing.filter(|&t| t + 1 == n).or(married.map(|t| t + 1));
    // On the stack for the usual few words.
    let mut used_buf = [false; 32];
    let mut used_heap;
    let used: &mut [bool] = if query.len() + roles.len() <= used_buf.len() {
        &mut used_buf[..query.len() + roles.len()]
    } else {
        used_heap = vec![false; query.len() + roles.len()];
        &mut used_heap
    };
    let (q_used, a_used) = used.split_at_mut(query.len());
    let pairs = greedy(query, roles, sim, q_used, a_used);
    let (q_used, a_used) = (&*q_used, &*a_used);
    let family_ok = roles
        .iter()
        .enumerate()
        .all(|(a, r)| *r != Role::Family || a_used[a]);
    if !family_ok || pairs.is_empty() {
        return Alignment { score: 0.0, pairs };
    }
    let mut num = 0.0;
    let mut den = 0.0;
    // The cheapest pair of each of the two name roles.
    let cheapest = |role: Role| {
        pairs
            .iter()
            .filter(|p| roles[p.a] == role)
            .map(|p| p.cost)
            .min()
    };
    let (family_cost, given_cost) = (cheapest(Role::Family), cheapest(Role::Given));
    // The halves of a hyphenated word paired crosswise: another name than
    // the alias's, whose words they match in no order it has.
    let crossed = hyphen_crossed(query, |q| pairs.iter().find(|p| p.q == q).map(|p| p.a));
    // A two-word query's given name loosely like a middle name of the
    // alias, whose own given name stands unpaired: no support either.
    let loose = given_against_middle(query, alias, roles, &pairs, a_used).map(|p| p.q);
    for p in &pairs {
        let w = roles[p.a].weight();
        if crossed.is_some_and(|c| p.q == c || p.q == c + 1) || loose == Some(p.q) {
            den += w;
            continue;
        }
        let other = match roles[p.a] {
            Role::Family => given_cost,
            Role::Given => family_cost,
            _ => None,
        };
        let shared_other = other.map_or(true, |c| c <= SHARED_COST);
        // In a full name whose other name is shared, the family or given
        // name's similarity counts twice: a wrong letter in it is strong
        // evidence of another person who shares the other name (`Bryce
        // Bates` is not `Bruce Bates`). When both names are misspelt that
        // rival is no likelier than noise, so less; a surname alone has no
        // such rival (an ambiguous one is caught by the margin): once.
        let s = if matches!(roles[p.a], Role::Family | Role::Given) && query.len() > 1 {
            if shared_other {
                p.sim * p.sim
            } else {
                p.sim.powf(UNSHARED_EXPONENT)
            }
        } else {
            p.sim
        };
        num += w * s;
        den += w;
    }
    for (a, r) in roles.iter().enumerate() {
        if !a_used[a] {
            den += if (is_generational(alias[a]) && *r != Role::Family) || married == Some(a) {
                PARTICLE_MISSING_W
            } else if clipped_compound(alias, a, a_used) {
                MIDDLE_MISSING_W
            } else if second_surname == Some(a) {
                SECOND_SURNAME_MISSING_W
            } else if trailing.is_some_and(|t| a > t)
                && !a_used[a - 1]
                && is_compound_second(alias[a])
            {
                // The second part of a compound name among the names a
                // long entry adds (the father's `Wali Mohammad`): one
                // name left out, which its first part weighs.
                MIDDLE_MISSING_W
            } else if trailing.is_some_and(|t| a >= t)
                && a + 1 < n
                && is_optional_particle(alias[a])
            {
                // The article of a trailing nisba (`al-Turki`): one name
                // with it, which the word after it weighs.
                PARTICLE_MISSING_W
            } else if trailing.is_some_and(|t| a >= t) {
                TRAILING_MISSING_W
            } else if *r == Role::Middle && a + 1 == n && title_last(alias) {
                // The alias's title after the name: no name, it costs no
                // more than a given name the query leaves out.
                GIVEN_MISSING_W
            } else {
                r.missing_weight()
            };
        }
    }
    let mut query_patronymics = 0;
    // The alias word each query word pairs with.
    let paired_with = |q: usize| pairs.iter().find(|p| p.q == q).map(|p| p.a);
    // In the second-surname reading, the query's own words after the one
    // that pairs with the first surname: its second surname, or a married
    // woman's `de` and husband's surname (`Lucia PEREZ DE SOTO`).
    // Likewise, where a rare word of a long nasab chain took the family
    // name's place and the query shares the chain's first words
    // ([`NASAB_SHARED`] or more, the first among them): the query's own
    // last name after it is another nisba or laqab of the same person
    // (`... al-Tikriti` / `... al-Majid`: Arabic names carry several).
    let nasab = trailing.is_some() && pairs.len() >= NASAB_SHARED && a_used[0];
    let query_second = (second_surname.is_some() && shape.two_surnames || nasab)
        .then(|| {
            let first = pairs.iter().find(|p| roles[p.a] == Role::Family)?.q;
            let rest = &query[first + 1..];
            let own = match rest {
                [w] => !w.initial,
                [de, w] => {
                    (MARRIED_PARTICLES.contains(&de.text)
                        || (nasab && is_optional_particle(de.text)))
                        && !w.initial
                }
                _ => false,
            };
            let last_own = !q_used[query.len() - 1];
            let rest_own = (first + 1..query.len())
                .all(|q| !q_used[q] || (nasab && is_optional_particle(query[q].text)));
            (own && last_own && rest_own).then_some(first + 1)
        })
        .flatten();
    // A query word between two paired ones, where the alias has no middle
    // name left unpaired: a middle name (a father's or grandfather's in a
    // nasab chain) that the alias leaves out. Not when the alias's given
    // name is a common one (`Muhammad`, `Abdul`): the query's middle word
    // is then as likely the name the person goes by (`Muhammad Karim X` is
    // Karim X, and another person than Muhammad X). Nor for a filiation
    // word: `X ibn Y` names Y's son. An Arabic given name that is no such
    // prefix (`Ahmad`, `Khalid`, not `Muhammad` nor the `Ali` of Persian
    // compound names) is the name the person goes by however common: the
    // query's middle word after it is the father's (see
    // `arabic_names::goes_by_first`), unless the alias's family name is a
    // given name too: `Ahmad ALI` is Ahmad son of Ali, and the query's
    // `Ahmad Karim ALI` names another father.
    // (The article of the alias's family name, `X al-FAMILY`, is no
    // middle name.)
    let alias_middle_free = (0..alias.len())
        .any(|a| !a_used[a] && roles[a] == Role::Middle && !is_optional_particle(alias[a]));
    // An alias middle word left unpaired that is a name (not the article
    // or a filiation word, which name no one): a father's name of the
    // alias's own, against which the query's is a conflict.
    let alias_name_free = || {
        (0..alias.len()).any(|a| {
            !a_used[a]
                && roles[a] == Role::Middle
                && !is_optional_particle(alias[a])
                && !FILIATION.contains(&alias[a])
        })
    };
    // A name of the query's nasab chain, after its filiation word (`X ben
    // Y ben Z FAMILY`, the Tunisian and Algerian civil form; `bin`,
    // `ibn`, `ould`), past an article (`ben al-Z`), between names the two
    // share (the last the family name: a chain's last name is the
    // family's), where the alias has no name of its own left unpaired: a
    // father's or grandfather's name that a shorter form leaves out, which
    // is no evidence against, as an East Slavic patronymic the alias lacks
    // is none. (Against the alias's own father's name it is a conflict,
    // see [`middle_conflicts`].)
    let nasab_name = |q: usize| {
        let link = match q.checked_sub(1).map(|p| query[p].text) {
            Some("al") => q.checked_sub(2).map(|p| query[p].text),
            other => other,
        };
        link.is_some_and(|l| SON_OF.contains(&l))
            && !query[q].initial
            && !alias_name_free()
            && (0..q).any(|p| q_used[p])
            && (q + 1..query.len()).any(|p| q_used[p])
    };
    let first_goes_by = || {
        a_used[0]
            && roles[0] == Role::Given
            && crate::arabic_names::goes_by_first(alias[0])
            && roles
                .iter()
                .zip(alias)
                .all(|(r, t)| *r != Role::Family || !crate::arabic_names::is_given_name(t))
    };
    // The father's name is a given name (`Abd` + a name among them).
    let fathers = |q: usize| {
        let t = query[q].text;
        crate::arabic_names::is_given_name(t)
            || t.starts_with("abd")
            || t.starts_with("abed")
            || (q > 0 && query[q - 1].text == ABDUL)
    };
    let query_middle = |q: usize| {
        (!shape.common_given || (fathers(q) && first_goes_by()))
            && !alias_middle_free
            && !FILIATION.contains(&query[q].text)
            && !query[q].initial
            && !query[q].patronymic
            && (0..q).any(|p| q_used[p])
            && (q + 1..query.len()).any(|p| q_used[p])
    };
    // The query word that pairs with the alias's family name.
    let family_q = pairs
        .iter()
        .find(|p| roles[p.a] == Role::Family)
        .map(|p| p.q);
    // A word of the query's family-name block in capitals after the one
    // that pairs with the alias's family name, itself in the block, when
    // every other query word pairs with a close spelling (`Given FAMILY1
    // FAMILY2` for `Given FAMILY1`): a second surname, nisba or laqab the
    // query adds to the name the alias gives, as a second surname the
    // alias leaves out.
    let added_surname = |q: usize| {
        let after = |p: usize| family_q.is_some_and(|f| p > f && query[f].family_block);
        query[q].family_block
            && !query[q].initial
            && after(q)
            && (0..query.len()).all(|p| q_used[p] || (query[p].family_block && after(p)))
            && pairs.iter().all(|p| p.sim >= ADDED_SURNAME_SIM)
    };
    for (q, t) in query.iter().enumerate() {
        if !q_used[q] {
            let before_family = paired_with(q + 1).is_some_and(|a| roles[a] == Role::Family);
            // The Arabic article before any name of the chain is written
            // or left out as the family name's is (`ben al-Taher` /
            // `ben Taher`, `al-Sayyid` / `Sayed`).
            let chain_article =
                t.text == "al" && paired_with(q + 1).is_some_and(|a| roles[a] != Role::Core);
            // (A title that is also a by-name only where the rest of the
            // name carries the match, two words or more paired.)
            let honorific = q + 1 < query.len()
                && (is_honorific(t.text) || (pairs.len() >= 2 && is_title_or_name(t.text)));
            // A Pashtun tribal name the query adds after the name, where
            // the alias has no word of its own left unpaired (a tribal name
            // of the alias's against the query's would be two tribes).
            let tribe = q > 0
                && q + 1 == query.len()
                && crate::arabic_names::is_tribal_name(t.text)
                && (0..q).any(|p| q_used[p])
                && (0..alias.len())
                    .all(|a| a_used[a] || !crate::arabic_names::is_tribal_name(alias[a]));
            let title_after = (q > 0 && is_title_after(t.text)) || tribe;
            // The `Abd al-` of a theophoric name before the second part
            // that pairs alone: the short form (`Abdul Rahman` called
            // Rahman, the custom of South and Southeast Asia).
            let abd_short =
                t.text == ABDUL && pairs.iter().any(|p| p.q == q + 1 && p.sim >= ABD_SHORT_SIM);
            // Likewise the second part `ullah` or `uddin` of the query's
            // theophoric given name whose first part pairs alone with the
            // alias's given name: the short form of Afghan and South Asian
            // usage (`Hamidullah` called Hamid, `Nasiruddin` Nasir). (A
            // family name is not shortened so: `FATEHULLAH` is not Fateh.)
            let second_short = matches!(t.text, "ullah" | "uddin")
                && q > 0
                && pairs
                    .iter()
                    .any(|p| p.q == q - 1 && roles[p.a] == Role::Given && p.sim >= ABD_SHORT_SIM);
            // Likewise the first part of a Persian or South Asian compound
            // given name (`Ali Asghar`, `Mohammad Reza`, `Gholam Hossein`)
            // or of a Spanish or Portuguese one (`María Guadalupe`, `José
            // Arnoldo`) the query opens with (after honorifics), whose
            // second part pairs with the alias's given name: the alias
            // gives the name the person is called by.
            let compound_short = (0..q).all(|p| is_honorific(query[p].text))
                && (crate::arabic_names::compound_first(t.text)
                    || is_hispanic_compound_first(t.text))
                && pairs.iter().any(|p| {
                    p.q == q + 1 && p.a == 0 && roles[0] == Role::Given && p.sim >= ABD_SHORT_SIM
                });
            // A generational suffix, or a link word before a name the alias
            // leaves out (`ben X`, `al-X` of a grandfather's name or a nisba),
            // after a name the two share (not `X bin Y` with X unpaired: a
            // child's name): no name of its own, the name after it costs
            // what it costs.
            // (The name after it, past an article: `ben al-X`.)
            let next_unpaired = (q + 1..query.len())
                .find(|&n| !is_optional_particle(query[n].text))
                .is_some_and(|n| !q_used[n]);
            let link = q > 0
                && (is_generational(t.text)
                    || (next_unpaired
                        && (0..q).any(|p| q_used[p])
                        && (FILIATION.contains(&t.text) || is_optional_particle(t.text))));
            // The Arabic article of a nisba or laqab that the alias writes
            // bare, wherever the name stands (`al-Tuhami` / `Tuhami`).
            let article =
                t.text == "al" && paired_with(q + 1).is_some_and(|a| roles[a] == Role::Given);
            // `X bin Y` of a nasab the alias writes without the filiation
            // word (`X Y Z FAMILY`): both names paired, in their order, Y
            // with a middle name of the alias (not `X bin Y` for the
            // alias's `X Y`, with the query's own family name after it).
            let son_of = q > 0
                && SON_OF.contains(&t.text)
                && matches!((paired_with(q - 1), paired_with(q + 1)),
                    (Some(p), Some(n)) if n > p && roles[n] == Role::Middle);
            // One part of the query's double-barrelled family name, the
            // other paired with the alias's family name: the alias gives
            // one part only. (An honorific hyphened to the family name,
            // `MIR-TAVANGAR`, is an honorific.)
            let other_part = t.compound_family
                && !honorific
                && [q.wrapping_sub(1), q + 1].iter().any(|&o| {
                    query.get(o).is_some_and(|w| w.compound_family)
                        && paired_with(o).is_some_and(|a| roles[a] == Role::Family)
                });
            den += if other_part {
                QUERY_SECOND_SURNAME_W
            } else if honorific
                || link
                || article
                || son_of
                || (before_family && is_optional_particle(t.text))
            {
                PARTICLE_MISSING_W
            } else if chain_article {
                ARTICLE_MISSING_W
            } else if title_after {
                TITLE_AFTER_MISSING_W
            } else if abd_short || compound_short || second_short {
                ABD_SHORT_MISSING_W
            } else if nasab_name(q) {
                PATRONYMIC_MISSING_W
            } else if query_middle(q) {
                // An Arabic given name there, between names the alias
                // has in the same order, the last of them its family
                // name, is the father's name of a nasab chain
                // (`Ism Father FAMILY`): as the father's name a shorter
                // form drops after the name the person goes by.
                let before = (0..q).rev().find_map(paired_with);
                let after = (q + 1..query.len()).find_map(paired_with);
                let chain = matches!((before, after),
                    (Some(b), Some(f)) if b < f && roles[f] == Role::Family);
                if fathers(q) && chain {
                    // `ʿAbd al-X` is one name, which the normalizer
                    // writes as two words: it weighs once, with its X.
                    if t.text == ABDUL && q + 1 < query.len() && !q_used[q + 1] {
                        PARTICLE_MISSING_W
                    } else {
                        TRAILING_MISSING_W
                    }
                } else {
                    QUERY_MIDDLE_MISSING_W
                }
            } else if query_second.is_some_and(|f| q >= f) {
                if q + 1 < query.len() {
                    PARTICLE_MISSING_W
                } else {
                    QUERY_SECOND_SURNAME_W
                }
            } else if added_surname(q) {
                QUERY_SECOND_SURNAME_W
            } else {
                t.missing_weight()
            };
            query_patronymics += usize::from(t.patronymic);
        }
    }
    let alias_patronymics = (0..alias.len())
        .filter(|&a| !a_used[a] && is_patronymic(alias[a]))
        .count();
    den += CONFLICT_W * query_patronymics.min(alias_patronymics) as f64;
    if joined_given_conflict(query, alias, roles, &pairs, a_used) {
        den += CONFLICT_W;
    }
    // In the nasab reading, the query's own nisba or laqab after the
    // chain (see `query_second`) against the alias's trailing names when
    // each of those is a nisba too, written with the article (`al-X`: a
    // father's or grandfather's name of the chain is written bare): an
    // Arabic name carries several nisbas (of a place, a tribe, a school)
    // and lists give one or another, so two different ones are no
    // conflict. Against a bare trailing name they may be two fathers.
    let own_nisba = query_second.filter(|_| {
        nasab
            && (trailing.unwrap_or(n)..n).all(|a| {
                a_used[a]
                    || is_optional_particle(alias[a])
                    || (a > 0 && is_optional_particle(alias[a - 1]))
            })
    });
    if !shape.two_surnames {
        den += MIDDLE_CONFLICT_W
            * middle_conflicts(query, alias, roles, q_used, a_used, family_q, own_nisba) as f64;
        if child_of(query, alias, q_used, paired_with) || chain_crossed(query, alias, paired_with) {
            den += CONFLICT_W;
        }
    }
    let score = if den > 0.0 {
        (num / den).clamp(0.0, 1.0)
    } else {
        0.0
    };
    Alignment { score, pairs }
}

/// The first half of a word the query writes hyphenated whose two halves
/// pair with alias words in the other order: the second half with a word
/// before the first half's. A hyphenated given name is one name with its
/// syllables or parts in a fixed order (the Korean given name in
/// McCune-Reischauer and Revised Romanization, `Chol-min`; `Jean-Luc`),
/// so its halves crossed against an alias (`Min Chol`) are another name,
/// which no full reordering of the words excuses (lists reorder names, not
/// the parts of one): the two pairs count as a name that differs (no
/// similarity, their weight kept, see `assign_and_score`).
pub(super) fn hyphen_crossed(
    query: &[QTok<'_>],
    paired_with: impl Fn(usize) -> Option<usize>,
) -> Option<usize> {
    (0..query.len().saturating_sub(1)).find(|&q| {
        query[q].hyphen_next
            && matches!((paired_with(q), paired_with(q + 1)), (Some(a), Some(b)) if b < a)
    })
}

#[cfg(test)]
mod tests;
