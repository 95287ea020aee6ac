//! What one (query word, alias word) pair is worth: the lookup a pass
//! gives the alignment, the per-pass memo of the pair rules
//! ([`PairMemo`], [`PairRules`]), and the rules on a query word that is
//! itself another catalogue word (variants, relatives' romanisations).

use super::words::CLOSE_SIM;
use crate::cost::{Cost, UNIT};
use crate::fxhash::FxHashMap;
use crate::score::{token_sim, QTok};

/// Edits up to this cost are spelling variants of one name (`Yuri`/`Yury`,
/// `Hanna`/`Ganna`).
pub(super) const VARIANT_COST: Cost = 45;
/// Similarity factor for a query word that is a different catalogue word
/// more than a variant away...
pub(super) const REAL_WORD_PENALTY: f64 = 0.7;
/// ...and for one a full edit or more away (`Angelina`/`Angelita`).
pub(super) const REAL_WORD_FULL_PENALTY: f64 = 0.5;

/// The token id [`PairLookup`] is asked with for two alias words read as
/// one (see [`Resolver::joined_pair`](super::Resolver::joined_pair)): no
/// word of the catalogue.
pub(super) const JOINED_TOKEN: u32 = u32::MAX;

/// Similarity and cost of (query token index, token id, token text,
/// for a person's family name that may be a relative's romanisation of
/// the query's, whether the names are of Arabic naming: see
/// [`romanised_alike`]; whether the token or its alias is spelt the
/// Belarusian way: see `Resolver::catalogue_reading`, which is asked only
/// then: the caller knows the token's own spelling, see
/// [`PairMemo::belarusian_words`]).
pub(super) type PairLookup<'l> =
    dyn FnMut(usize, u32, &str, Option<bool>, bool) -> Option<(f64, Cost)> + 'l;

/// What the name rules that read a (query word, alias word) pair alone
/// make of it, kept for one pass: the same pair comes up in many aliases
/// (a common given name). Only values that depend on the two words (and
/// the pass's lookup) belong here; what depends on the alias (its roles,
/// whether it names a person, its other words) is applied on top.
#[derive(Clone, Copy)]
pub(super) struct PairRules {
    /// The lookup, then `arabic_names::spelling_pair`.
    pub(super) found: Option<(f64, Cost)>,
    /// The value `arabic_names::vowel_spelling` would raise it to (when
    /// the query or the alias is an Arabic name): computed on first use,
    /// by an alias where that raise applies (most pairs never need it).
    pub(super) spelt: Option<Option<f64>>,
    /// A given name's value by `east_slavic::cognate_pair`,
    /// `turkic_names::suffixed_pair` and `nicknames::given_name_pair`,
    /// from `found` without and with the
    /// raise: computed on first use.
    pub(super) given: [Option<Option<(f64, Cost)>>; 2],
    /// Whether `japanese_latin::other_names` reads the two as two
    /// Japanese names: computed on first use.
    pub(super) other_name: Option<bool>,
}

/// What the pair rules read of one query word alone, read once per pass
/// when first needed (the rules are asked of many pairs of one query
/// word: see [`PairMemo::query_words`]).
#[derive(Default)]
pub(super) struct QueryWordRules {
    /// The word's Arabic given name (`arabic_names::name_of`) and whether
    /// it looks Thai (`thai_latin::looks_thai`): asked of every pair.
    pub(super) spelling: Option<(Option<&'static str>, bool)>,
    /// What the given-name rules read of it: asked of a person's given
    /// names only.
    pub(super) given: Option<GivenRules>,
}

/// What the given-name rules read of a query word (see
/// [`QueryWordRules::given`]).
pub(super) struct GivenRules {
    /// `east_slavic::CognateQuery::of`.
    pub(super) cognate: crate::east_slavic::CognateQuery,
    /// `turkic_names::has_suffix`.
    pub(super) suffixed: bool,
    /// `nicknames::NicknameQuery::of`.
    pub(super) nickname: crate::nicknames::NicknameQuery,
}

impl GivenRules {
    /// Query word `q`'s.
    pub(super) fn of(q: &str) -> GivenRules {
        GivenRules {
            cognate: crate::east_slavic::CognateQuery::of(q),
            suffixed: crate::turkic_names::has_suffix(q),
            nickname: crate::nicknames::NicknameQuery::of(q),
        }
    }
}

/// The pairs by (query word, alias token id, the family-name case of
/// `romanised_alike`, whether the alias is spelt the Belarusian way). One
/// memo serves every pass
/// over a query (quick, fuzzy, respaced) whose words are keyed by their
/// place in `Words` (`slots`): a pair's lookup gives the same value in each
/// (see [`Aligned`](super::candidates::Aligned)), and the rules read only
/// the two words. (A word that lost its capital is the exception: a fresh
/// memo per pass then.)
pub(super) struct PairMemo {
    pub(super) map: FxHashMap<(usize, u32, Option<bool>, bool), PairRules>,
    /// The key of query word `q`: `slots[q]`, or `q` itself past its end.
    pub(super) slots: Vec<usize>,
    /// Whether a query word is a word of Arabic naming (asked once).
    pub(super) arabic_query: Option<bool>,
    /// Which query words name someone (see
    /// [`names_someone`](super::name_shape::names_someone); asked once
    /// per pass, not per alias).
    pub(super) someone: Option<Vec<bool>>,
    /// The token id of each query word that is itself a catalogue word
    /// (`Word::known`), by query word, for the pass (empty: not known).
    pub(super) known: Vec<Option<u32>>,
    /// Where the pass's query opens with a kunya, the rest's first word
    /// (`score::kunya_len`, of the query alone: asked once per pass, not
    /// per alias).
    pub(super) kunya: Option<Option<usize>>,
    /// The pass retries the query's words spaced otherwise (see
    /// `respacings`): a kunya is then not read apart (`Abu Bakr Yunis`
    /// joined as `abu bakryunis` is no kunya).
    pub(super) respaced: bool,
    /// Whether an alias whose first word is token `tid` writes the
    /// query's first word (of slot `slot`) alike or a variant apart, by
    /// `(slot, tid)`: the condition of `romanised_alike`'s family-name
    /// case, asked of every alias with a family name (many share a given
    /// name).
    pub(super) given_alike: FxHashMap<(usize, u32), bool>,
    /// Whether token `tid` is a word of Arabic naming
    /// (`arabic_names::is_arabic_name_word`), by token id.
    pub(super) arabic_words: FxHashMap<u32, bool>,
    /// Whether token `tid` is spelt the Belarusian way
    /// (`east_slavic::looks_belarusian`), by token id: asked of every word
    /// of every alias (many share a given name).
    pub(super) belarusian_words: FxHashMap<u32, bool>,
    /// What the rules read of each query word of the pass alone, by query
    /// word (see [`QueryWordRules`]).
    pub(super) query_words: Vec<QueryWordRules>,
}

impl Default for PairMemo {
    fn default() -> PairMemo {
        PairMemo::new()
    }
}

impl PairMemo {
    /// Sized for a typical pass: growing it pair by pair showed in
    /// profiles (rehashes).
    pub(super) fn new() -> PairMemo {
        PairMemo {
            map: FxHashMap::with_capacity_and_hasher(256, Default::default()),
            slots: Vec::new(),
            arabic_query: None,
            someone: None,
            known: Vec::new(),
            kunya: None,
            respaced: false,
            given_alike: FxHashMap::default(),
            arabic_words: FxHashMap::default(),
            belarusian_words: FxHashMap::default(),
            query_words: Vec::new(),
        }
    }
}

/// Whether the query or the alias (its words `toks`, token ids `ids`) has
/// a word of Arabic naming (see `arabic_names::is_arabic_name_word`): kept
/// in `alias` for one alias, the query's part in `query` for the pass, each
/// token's in `words`.
pub(super) fn arabic_naming(
    alias: &mut Option<bool>,
    query: &mut Option<bool>,
    words: &mut FxHashMap<u32, bool>,
    qt: &[QTok<'_>],
    toks: &[&str],
    ids: &crate::table::U32Slice<'_>,
) -> bool {
    *alias.get_or_insert_with(|| {
        *query.get_or_insert_with(|| {
            qt.iter()
                .any(|t| crate::arabic_names::is_arabic_name_word(t.text))
        }) || toks.iter().enumerate().any(|(a, t)| {
            *words
                .entry(ids.get(a))
                .or_insert_with(|| crate::arabic_names::is_arabic_name_word(t))
        })
    })
}

/// Whether query word `q` may be another catalogue word than token `tid`
/// (`known`: see [`PairMemo::known`]): only then does the lookup ask
/// whether the two are one family name romanised alike (the `family`
/// argument of [`PairLookup`]), and only then need the caller work that
/// argument out (a pair's value is the same without it). True when the
/// pass did not say.
pub(super) fn known_apart(known: &[Option<u32>], q: usize, tid: u32) -> bool {
    known.get(q).map_or(true, |k| k.is_some_and(|k| k != tid))
}

/// Whether token `tid` (`tok`) is spelt the Belarusian way
/// (`east_slavic::looks_belarusian`), kept by token id in `words`.
pub(super) fn belarusian_word(words: &mut FxHashMap<u32, bool>, tid: u32, tok: &str) -> bool {
    *words
        .entry(tid)
        .or_insert_with(|| crate::east_slavic::looks_belarusian(tok))
}

/// How much to trust a pair whose query word is itself another word of
/// the catalogue: a variant spelling (a cheap edit, or a close one in a
/// long word: `Gjorgjievski`/`Gorgievski`) fully, anything further less.
pub(super) fn known_word_factor(cost: Cost, q: &str, tok: &str) -> f64 {
    if cost <= VARIANT_COST || token_sim(cost, q.len(), tok.len()) >= CLOSE_SIM {
        1.0
    } else if cost < UNIT {
        REAL_WORD_PENALTY
    } else {
        REAL_WORD_FULL_PENALTY
    }
}

/// Whether `tok` writes the name `q` writes, differing only where
/// romanisations of one name differ: a vowel for another, consonants of
/// one sound class (`q`/`g`, `dh`/`dd`) and doubled letters
/// (`Qadhafi`/`Gaddafi`), and in a name of Arabic naming (`abjad`: the
/// script writes no short vowels) a vowel left out or added
/// (`Barakat`/`Barkat`); a Russian name writes its vowels
/// (`Dobrovin`/`Doborovin` are two names). A family name is
/// written by as many hands as its bearers met clerks: a catalogue that
/// lists one relative as `Gaddafi` does not make `Gaddafi` another name
/// than another relative's `Qadhafi`; a dropped or mistyped letter
/// (`Vaziri`/`Wazir`) still may.
pub(super) fn romanised_alike(
    model: &crate::cost::CostModel,
    q: &str,
    tok: &str,
    abjad: bool,
) -> bool {
    use crate::cost::EditClass::{Doubled, Match, Phonetic, Vowel};
    model.edit_script(q, tok).iter().all(|e| match e.class {
        Match | Phonetic | Doubled => true,
        Vowel => abjad || e.kind == crate::cost::EditKind::Substitute,
        _ => false,
    })
}
