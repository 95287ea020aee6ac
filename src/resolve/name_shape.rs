//! Name-structure rules an alignment is weighed by: a kunya, a family
//! name of trade, two common words swapped, a lone common name, common
//! words only, two alias words a query writes joined, two written
//! surnames.

use super::pair_rules::{PairLookup, JOINED_TOKEN};
use super::words::{CLOSE_SIM, JOINED_MIN_LEN};
use super::Resolver;
use crate::cost::Cost;
use crate::score::{self, QTok, Role};

/// Whether `tok` is a family name of trade: a noun with the occupational
/// suffix the Ottoman Arab cities took from Turkish `-cı`/`-çı` (the one who
/// makes, sells or keeps it), written `-ji` or `-chi` after a consonant
/// (`Qahwaji`, coffee-maker; `Sabunji`, soap-maker). Its final `i` is no
/// nisba's: the name names a family, not a place or tribe. A nisba of a
/// name ending in `j` (`Khazraji`, of Khazraj; `Faraji`) has a vowel
/// before the `j`, and the noun before the suffix has at least four
/// letters (`Burji`, of a tower, is a nisba).
pub(super) fn occupational(tok: &str) -> bool {
    let stem = tok
        .strip_suffix("chi")
        .or_else(|| tok.strip_suffix("ji"))
        .unwrap_or("");
    stem.len() >= 4
        && stem
            .chars()
            .last()
            .is_some_and(|c| c.is_ascii_alphabetic() && !"aeiouy".contains(c))
        && stem.chars().filter(|c| "aeiouy".contains(*c)).count() >= 1
}

/// Factor on the score of the rest of a query read without the kunya
/// that opens it (see `score::kunya_len`): a little below the rest alone.
pub(super) const KUNYA_FACTOR: f64 = 0.95;
/// The least similarity of each pair of the rest of a query read without
/// its kunya: a spelling of the same name.
pub(super) const KUNYA_REST_SIM: f64 = 0.9;
/// Factor on the score of an alignment that pairs only common words while
/// a query word stays unpaired (see `Resolver::common_only`).
pub(super) const COMMON_ONLY_FACTOR: f64 = 0.85;
/// Factor on the score of an alignment whose query names one word only,
/// paired with a word common in the catalogue (see
/// `Resolver::lone_common`).
pub(super) const LONE_COMMON_FACTOR: f64 = 0.75;

/// The factor on an alignment that pairs two query words with two alias
/// words in the other order, both common in the catalogue (see
/// [`swapped_common`]).
pub(super) const SWAPPED_COMMON_FACTOR: f64 = 0.65;

/// The fewest words of a name whose every word, reordered, still names
/// its bearer (see [`swapped_common`]): two common words swapped name two
/// people as often as one.
const MIN_FULL_REORDER: usize = 3;

/// Whether alignment `al` pairs two query words (not initials) with two
/// alias words in the other order (the earlier query word with the later
/// alias word), neither alias word rare (`is_rare(alias word)`), in an
/// alias written `Given ... FAMILY` (by its `roles`; the caller asks that
/// it write its family name in capitals). Lists write a name in one order:
/// given name, the father's and grandfather's names of a nasab chain, then
/// the FAMILY name in capitals. A query that needs its words swapped to
/// match, when both are common (`Karim Hasan` and `Hasan KARIM` are names
/// of two people: Arabic, Persian, Turkic and many other given names are
/// also family names; `Karim Salim` is Salim's son, `Salim Karim`
/// Karim's), names another person as likely as this one. A swap of a rare
/// word stays a match, and so does one of two same words (`Chang-ha
/// CHANG`: the pairing is then no swap), and a full name of
/// [`MIN_FULL_REORDER`] words or more all paired on both sides.
pub(super) fn swapped_common(
    al: &score::Alignment,
    qt: &[QTok<'_>],
    toks: &[&str],
    roles: &[Role],
    is_rare: impl Fn(usize) -> bool,
) -> bool {
    if roles.first() != Some(&Role::Given) || roles.last() != Some(&Role::Family) {
        return false;
    }
    // Every word of a name of three or more, on both sides: the same
    // full name, reordered as lists do (`Abdul Hir bin ZULKIFLI`,
    // `Zulkifli bin Abdul HIR`; two surnames in either order).
    let full = al.pairs.len() >= MIN_FULL_REORDER
        && al.pairs.len() == qt.len()
        && al.pairs.len() == toks.len();
    if full {
        return false;
    }
    let word = |p: &score::Pair| !qt[p.q].initial && toks[p.a].chars().count() >= 2;
    al.pairs.iter().any(|x| {
        al.pairs.iter().any(|y| {
            x.q < y.q
                && x.a > y.a
                && word(x)
                && word(y)
                && toks[x.a] != toks[y.a]
                && !is_rare(x.a)
                && !is_rare(y.a)
        })
    })
}

/// The most bytes the two joined alias words and the query word may differ
/// in length (see [`Resolver::joined_pair`]).
const JOINED_LEN_SLACK: usize = 2;
/// The shortest query word read as an article and a name joined
/// (`Alamin`, `Elhadi`).
const JOINED_ARTICLE_MIN_LEN: usize = 5;
/// The bytes of the first alias word the query word must start with.
const JOINED_PREFIX: usize = 3;

/// Whether query word `q` names someone: not a patronymic, a particle or
/// a leading honorific (`Sheikh`, `Haji` before a name), which say whose
/// child, which family or which rank, not who; nor the `abdul` of a
/// theophoric name before its second part (`Abdul Rahman` is one name).
pub(super) fn names_someone(qt: &[QTok<'_>], q: usize) -> bool {
    let t = &qt[q];
    !t.patronymic
        && !score::is_optional_particle(t.text)
        && (q + 1 == qt.len() || (!score::is_honorific(t.text) && t.text != ABDUL))
        && (q == 0 || !score::is_title_after(t.text))
}

/// The first part of `ʿAbd al-X` as the normalizer writes it (see
/// `particles`).
pub(super) const ABDUL: &str = "abdul";

/// The fewest words of a name before a kunya that ends the query (see
/// [`trailing_kunya`]): a given name and a family name or nisba.
const NAME_BEFORE_KUNYA: usize = 2;

/// Where the kunya that ends the query starts (`Abu X`, `Abu al-X`, `Abu
/// Abd al-X`, `Umm X`), after a name of [`NAME_BEFORE_KUNYA`] words or
/// more that opens with no kunya of its own: the lists' `Given Father
/// FAMILY Abu X`, a full name with the name of address by the first
/// child's name added, as an honorific after a name is.
pub(super) fn trailing_kunya(qt: &[QTok<'_>]) -> Option<usize> {
    let n = qt.len();
    let named = |t: &QTok<'_>| !t.initial && t.text.len() >= 2 && !score::is_kunya(t.text);
    if n < NAME_BEFORE_KUNYA + 2 || !named(&qt[n - 1]) {
        return None;
    }
    // The word before the name: an article (`Abu al-X`) or `abdul` (`Abu
    // Abd al-X`) may stand between.
    let mut k = n - 2;
    if k > NAME_BEFORE_KUNYA && (score::is_optional_particle(qt[k].text) || qt[k].text == ABDUL) {
        k -= 1;
    }
    let name = &qt[..k];
    (score::is_kunya(qt[k].text)
        && name.len() >= NAME_BEFORE_KUNYA
        && name.iter().all(|t| !score::is_kunya(t.text)))
    .then_some(k)
}

/// Whether the query names one word only (beside particles, a patronymic
/// and a leading honorific: `Sheikh Karim`; an initial is a word: `K.
/// Haddad` says which Haddad), and alignment `al` with the alias of tokens
/// `ids` pairs it only with words `many` entities bear: a common name
/// alone (`Muhammad`, `Hassan`, `Kim`) is shared by too many people to
/// name the alias's one. The second part of `ʿAbd al-X` paired after
/// the `abdul` the alias opens with, also paired, is the whole of the name
/// the person goes by: common when many bear both parts (`Abdul Rahman`),
/// not when many bear each (a father's `Abdul X` later in the alias is
/// no name of the person's). (`someone[q]`:
/// whether query word `q` names someone, see [`names_someone`]; `toks`:
/// the alias's words.)
pub(super) fn lone_common(
    someone: &[bool],
    al: &score::Alignment,
    toks: &[&str],
    ids: &crate::table::U32Slice<'_>,
    many: &mut dyn FnMut(u32, Option<u32>) -> bool,
) -> bool {
    let abd = |a: usize| a == 1 && toks[0] == ABDUL && al.pairs.iter().any(|p| p.a == 0);
    someone.iter().filter(|&&s| s).count() == 1
        && !al.pairs.is_empty()
        && al.pairs.iter().all(|p| {
            if abd(p.a) {
                many(ids.get(p.a - 1), Some(ids.get(p.a)))
            } else {
                many(ids.get(p.a), None)
            }
        })
}

impl Resolver {
    /// The first query word (`q`, of [`JOINED_MIN_LEN`] letters or more,
    /// [`JOINED_ARTICLE_MIN_LEN`] when the alias has an article)
    /// that writes alias words `a` and `a + 1` as one word, as
    /// `(a, q, its similarity and cost)`: close ([`CLOSE_SIM`]) to the two
    /// joined. Persian and Arabic compound
    /// names (`Mohammad Reza`, `Gholam Ali`, `Abdol Karim`) and surnames
    /// with `-pour`, `-zadeh`, `-nejad`, `-far` are written joined, hyphenated
    /// or apart. Only pairs whose joined text starts as the query word does
    /// and has about its length are measured.
    pub(super) fn joined_pair(
        &self,
        qt: &[QTok<'_>],
        toks: &[&str],
        lookup: &mut PairLookup<'_>,
    ) -> Option<(usize, usize, (f64, Cost))> {
        // (Shorter with an article: `Alamin` for `al-Amin`.)
        let article = toks.iter().any(|t| score::is_optional_particle(t));
        let min_len = if article {
            JOINED_ARTICLE_MIN_LEN
        } else {
            JOINED_MIN_LEN
        };
        for (q, t) in qt.iter().enumerate() {
            let w = t.text;
            if t.initial || w.len() < min_len {
                continue;
            }
            for a in 0..toks.len().saturating_sub(1) {
                let (x, y) = (toks[a], toks[a + 1]);
                let len = x.len() + y.len();
                if x.len() < 2
                    || y.len() < 2
                    || len.abs_diff(w.len()) > JOINED_LEN_SLACK
                    || !w.starts_with(&x[..x.len().min(JOINED_PREFIX)])
                {
                    continue;
                }
                let joined = format!("{x}{y}");
                let Some(pair) = lookup(q, JOINED_TOKEN, &joined, None, false) else {
                    continue;
                };
                if pair.0 >= CLOSE_SIM {
                    return Some((a, q, pair));
                }
            }
        }
        None
    }

    /// Whether alignment `al` of the query with the alias of tokens `ids`
    /// pairs only words common in the catalogue while a query word of
    /// three or more letters, not a patronymic or particle, stays unpaired: the shared
    /// words (`Muhammad`, `Ali`) say nothing of who is meant, and the
    /// unpaired word says it is someone else.
    /// (`someone[q]`: whether query word `q` names someone, see
    /// [`names_someone`].)
    pub(super) fn common_only(
        &self,
        qt: &[QTok<'_>],
        someone: &[bool],
        al: &score::Alignment,
        ids: &crate::table::U32Slice<'_>,
    ) -> bool {
        let paired_q = |q: usize| al.pairs.iter().any(|p| p.q == q);
        let unpaired = (0..qt.len()).any(|q| qt[q].text.len() >= 3 && someone[q] && !paired_q(q));
        unpaired && al.pairs.iter().all(|p| !self.is_rare(ids.get(p.a)))
    }

    /// Whether alias `alias` (normalized into `toks`) writes its last two
    /// words, and only those, as one surname block in capitals
    /// ([`score::capitalised_tail`]): `Given Given PATERNAL MATERNAL`, the
    /// Spanish and Portuguese custom, where the first surname is the one
    /// used alone and the second is routinely dropped.
    pub(super) fn written_two_surnames(&self, alias: usize, toks: &[&str]) -> bool {
        let tail = score::capitalised_tail(self.index.alias_text(alias));
        let n = toks.len();
        tail.len() == 2
            && n >= 3
            && tail
                .iter()
                .zip(&toks[n - 2..])
                .all(|(w, t)| self.normalizer.normalize(w) == *t)
    }
}
