//! Name-aware alignment of the query with one alias
//! ([`Resolver::align_alias`]): the pair values by the name rules, the
//! family names that must pair, and the alternative readings (a kunya,
//! two alias words joined) weighed by the name-structure rules.

use super::name_shape::{
    lone_common, names_someone, occupational, swapped_common, trailing_kunya, ABDUL,
    COMMON_ONLY_FACTOR, KUNYA_FACTOR, KUNYA_REST_SIM, LONE_COMMON_FACTOR, SWAPPED_COMMON_FACTOR,
};
use super::pair_rules::{
    arabic_naming, belarusian_word, known_apart, GivenRules, PairLookup, PairMemo, PairRules,
    VARIANT_COST,
};
use super::rarity::{share_limit, COMMON_GIVEN_SHARE};
use super::words::SPACING_PENALTY;
use super::Resolver;
use crate::cost::{Cost, UNIT};
use crate::index::Kind;
use crate::particles::ARTICLE;
use crate::score::{self, align, initial_sim, roles, roles_into, QTok, Role};
use crate::table::U32Slice;

/// Whether an alias of `n` words may be read with two of them joined.
fn n_words_ok(n: usize) -> bool {
    (2..=ALIAS_INLINE).contains(&n)
}

/// Words of an alias [`Resolver::align_alias`] keeps on the stack.
const ALIAS_INLINE: usize = 16;
/// Pair values (query words × alias words) [`Resolver::align_alias`]
/// keeps on the stack.
const SIM_INLINE: usize = 24;

/// A pair's value: its similarity and edit cost, or none when the two
/// words do not pair.
type PairValue = Option<(f64, Cost)>;

/// A query word that writes two adjacent alias words as one: the first of
/// the two alias words, the query word, and the pair's value (see
/// [`Resolver::joined_pair`]).
type Joined = Option<(usize, usize, (f64, Cost))>;

/// Whether one of two words is a title (`Mullah`, `Mawlawi`, see
/// `score::is_honorific`) and the other the theophoric second part of a
/// compound name (`ullah`, `uddin`, as the normalizer splits `Nadirullah`
/// or `Nasr al-Din`): a letter or two apart in writing (`mullah`,
/// `ullah`), they never pair, a title being no part of a name.
fn title_and_theophoric_part(q: &str, a: &str) -> bool {
    let part = |t: &str| matches!(t, "ullah" | "uddin");
    (part(a) && score::is_honorific(q)) || (part(q) && score::is_honorific(a))
}

/// Whether one of two different words is the Arabic article (`al`, as the
/// normalizer writes every form of it) and the other a name: a letter or
/// two apart in writing (`al`/`ali`, `al`/`hala`), they never pair, the
/// article naming no one (`Ali SALIM` is not `Abd al-Rahman ... SALIM`).
fn article_and_name(q: &str, a: &str) -> bool {
    q != a && (q == ARTICLE || a == ARTICLE)
}

impl Resolver {
    /// Aligns the query with one alias; `lookup(q, token id, token)` gives
    /// the similarity and cost of a non-initial pair.
    ///
    /// The steps, in order (each a method of [`AliasAlignment`] that says
    /// what it decides): the alias's words and roles; a query word that
    /// writes two of them as one ([`Self::joined_pair`]); whether the
    /// first of two surnames stands for the name
    /// (`second_surname_stands`); a theophoric family name half paired
    /// (`theophoric_family_unpaired`); every family name paired, or a
    /// middle word in its place (`family_names_paired`); the alias's shape
    /// (`shape`); the alignment, then the kunya and joined readings
    /// (`kunya_reading`, `trailing_kunya_reading`, `joined_reading`); and the weight of common names
    /// (`weigh_common_names`).
    pub(super) fn align_alias(
        &self,
        qt: &[QTok<'_>],
        alias: usize,
        lookup: &mut PairLookup<'_>,
        memo: &mut PairMemo,
        many: &mut dyn FnMut(u32, Option<u32>) -> bool,
    ) -> score::Alignment {
        let ids = self.index.alias_tokens(alias);
        // (What the rules read of each query word, kept for the pass.)
        if memo.query_words.len() < qt.len() {
            memo.query_words.resize_with(qt.len(), Default::default);
        }
        // The alias's words and roles on the stack when few (almost
        // always): two allocations per alias showed in profiles.
        let mut toks_buf = [""; ALIAS_INLINE];
        let mut roles_buf = [Role::Core; ALIAS_INLINE];
        let (toks_heap, roles_heap): (Vec<&str>, Vec<Role>);
        let ent = self.index.entity_of(alias) as usize;
        let person = self.index.kind_of(ent) == Kind::Person;
        let (toks, roles): (&[&str], &[Role]) = if ids.len() <= ALIAS_INLINE {
            let toks = &mut toks_buf[..ids.len()];
            for (t, id) in toks.iter_mut().zip(ids.iter()) {
                *t = self.index.token(id as usize);
            }
            let roles = &mut roles_buf[..ids.len()];
            roles_into(toks, person, roles);
            (toks, roles)
        } else {
            toks_heap = ids.iter().map(|t| self.index.token(t as usize)).collect();
            roles_heap = roles(&toks_heap, person);
            (&toks_heap, &roles_heap)
        };
        // A query word that writes two adjacent alias words as one
        // (`Alireza` for `Ali Reza`, `Hasanpour` for `Hasan Pour`).
        let joined = if person && n_words_ok(ids.len()) {
            self.joined_pair(qt, toks, lookup)
        } else {
            None
        };
        // Each pair's value once per alias: the family-name check, `align`
        // and the joined reading ask for the same pairs.
        let cells = qt.len() * roles.len();
        let mut cache_buf = [None; SIM_INLINE];
        let mut cache_heap;
        let cache: &mut [Option<PairValue>] = if cells <= SIM_INLINE {
            &mut cache_buf[..cells]
        } else {
            cache_heap = vec![None; cells];
            &mut cache_heap
        };
        let mut steps = AliasAlignment {
            res: self,
            qt,
            alias,
            ids,
            toks,
            roles,
            person,
            lookup,
            memo,
            cache,
            arabic: None,
            belarusian: None,
            alike: None,
            written: None,
        };
        let second = steps.second_surname_stands();
        if steps.theophoric_family_unpaired() {
            return score::Alignment::default();
        }
        let Some((inner_family, prefix_family)) = steps.family_names_paired(joined, second) else {
            return score::Alignment::default();
        };
        let shape = steps.shape(second, inner_family, prefix_family, many);
        let mut al = align(qt, toks, roles, shape, |q, a| steps.sim(q, a));
        steps.kunya_reading(&mut al, shape);
        steps.trailing_kunya_reading(&mut al, shape);
        steps.joined_reading(&mut al, joined, shape);
        steps.weigh_common_names(&mut al, many);
        al
    }
}

/// The alignment of the query with one alias, in the named steps
/// [`Resolver::align_alias`] takes: the alias's words, the pass's memo,
/// and what is asked of the alias at most once.
struct AliasAlignment<'a, 'l> {
    res: &'a Resolver,
    qt: &'a [QTok<'a>],
    alias: usize,
    ids: U32Slice<'a>,
    toks: &'a [&'a str],
    roles: &'a [Role],
    /// Whether the alias names a person.
    person: bool,
    lookup: &'a mut PairLookup<'l>,
    memo: &'a mut PairMemo,
    /// Each pair's value once asked (query word `q`, alias word `a` at
    /// `q * toks.len() + a`).
    cache: &'a mut [Option<PairValue>],
    /// Whether the query or the alias has a word of Arabic naming.
    arabic: Option<bool>,
    /// Whether the alias has a word spelt the Belarusian way: a name is
    /// romanised by one system, so its other words are read alike (see
    /// `Resolver::catalogue_reading`).
    belarusian: Option<bool>,
    /// Whether the alias's first word writes the query's alike (see
    /// `PairMemo::given_alike`), asked once per alias.
    alike: Option<bool>,
    /// The surname block a person's alias writes in capitals (0: none),
    /// read from its text once, when first asked.
    written: Option<usize>,
}

impl AliasAlignment<'_, '_> {
    /// The value of pairing query word `q` with alias word `a`, decided
    /// once per alias (see [`Self::pair_value`]).
    #[inline(always)]
    fn sim(&mut self, q: usize, a: usize) -> PairValue {
        let i = q * self.toks.len() + a;
        match self.cache[i] {
            Some(v) => v,
            None => {
                let v = self.pair_value(q, a);
                self.cache[i] = Some(v);
                v
            }
        }
    }

    /// Decides the value of pairing query word `q` with alias word `a` by
    /// the name rules: an initial against a word; the pass's lookup read
    /// with the Arabic, Thai and Belarusian spellings; two romanisations
    /// of one Arabic-script name; two Japanese names a mora apart (no
    /// pair); and for a person's given name, its nicknames and cognates.
    #[inline]
    fn pair_value(&mut self, q: usize, a: usize) -> PairValue {
        let Self {
            res,
            qt,
            alias,
            ids,
            toks,
            roles,
            person,
            lookup,
            memo,
            arabic,
            belarusian,
            alike,
            ..
        } = self;
        let (res, qt, toks, roles, person) = (*res, *qt, *toks, *roles, *person);
        let (qtok, atok) = (&qt[q], toks[a]);
        if qtok.initial {
            return initial_sim(qtok.text, atok, &res.model).map(|s| (s, 0));
        }
        if atok.len() == 1 {
            // The conjunction of two surnames is no initial.
            if person
                && matches!(atok, "y" | "e")
                && score::has_surname_conjunction(res.index.alias_text(*alias))
            {
                return None;
            }
            return initial_sim(atok, qtok.text, &res.model).map(|s| (s, 0));
        }
        if title_and_theophoric_part(qtok.text, atok) || article_and_name(qtok.text, atok) {
            return None;
        }
        let tid = ids.get(a);
        // The query's family name against the alias's, with the given name
        // both write alike or a variant apart (see `romanised_alike`).
        let family = (person
            && known_apart(&memo.known, q, tid)
            && a > 0
            && roles[a] == Role::Family
            && q > 0
            && q + 1 == qt.len()
            && (toks[0] == qt[0].text
                || (!qt[0].initial
                    && *alike.get_or_insert_with(|| {
                        let slot = memo.slots.first().copied().unwrap_or(0);
                        let tid = ids.get(0);
                        *memo.given_alike.entry((slot, tid)).or_insert_with(|| {
                            let bel = belarusian_word(&mut memo.belarusian_words, tid, toks[0]);
                            lookup(0, tid, toks[0], None, bel)
                                .is_some_and(|(_, c)| c <= VARIANT_COST)
                        })
                    }))))
        .then(|| {
            arabic_naming(
                arabic,
                &mut memo.arabic_query,
                &mut memo.arabic_words,
                qt,
                toks,
                ids,
            )
        });
        let slot = memo.slots.get(q).copied().unwrap_or(q);
        let bel = *belarusian.get_or_insert_with(|| {
            toks.iter()
                .enumerate()
                .any(|(a, t)| belarusian_word(&mut memo.belarusian_words, ids.get(a), t))
        });
        let entry = memo.map.entry((slot, tid, family, bel)).or_insert_with(|| {
            let found = lookup(q, tid, atok, family, bel);
            let (q_name, q_thai) = *memo.query_words[q].spelling.get_or_insert_with(|| {
                (
                    crate::arabic_names::name_of(qtok.text),
                    crate::thai_latin::looks_thai(qtok.text),
                )
            });
            let found = crate::arabic_names::spelling_pair_of(q_name, atok, found);
            let found = crate::thai_latin::thai_pair_of(q_thai, qtok.text, atok, found, || {
                res.thai_model()
            });
            PairRules {
                found,
                spelt: None,
                given: [None; 2],
                other_name: None,
            }
        });
        let found = entry.found;
        // Two romanisations of one Arabic-script name (see
        // `arabic_names::vowel_spelling`), in a full name of that naming
        // culture.
        let spelt = if qt.len() >= 2
            && found.map_or(true, |(s, _)| s < crate::arabic_names::VOWELS_SIM)
            && arabic_naming(
                arabic,
                &mut memo.arabic_query,
                &mut memo.arabic_words,
                qt,
                toks,
                ids,
            ) {
            entry
                .spelt
                .get_or_insert_with(|| crate::arabic_names::vowel_spelling(qtok.text, atok))
                .filter(|&v| found.map_or(true, |(s, _)| s < v))
        } else {
            None
        };
        let found = match spelt {
            Some(v) => Some((v, found.map_or(UNIT, |f| f.1))),
            None => found,
        };
        // Two Japanese names a mora apart are two names.
        if person
            && qtok.latin
            && *entry
                .other_name
                .get_or_insert_with(|| crate::japanese_latin::other_names(qtok.text, atok))
        {
            return None;
        }
        if person && roles[a] != Role::Family {
            // A given name may be a nickname of the query's, or another
            // East Slavic language's form of it.
            return *entry.given[usize::from(spelt.is_some())].get_or_insert_with(|| {
                let qr = memo.query_words[q]
                    .given
                    .get_or_insert_with(|| GivenRules::of(qtok.text));
                let found =
                    crate::east_slavic::cognate_pair_of(&qr.cognate, qtok.text, atok, found);
                let found = crate::turkic_names::suffixed_pair_of(
                    qr.suffixed,
                    qtok.text,
                    atok,
                    found,
                    &res.model,
                );
                crate::nicknames::given_name_pair_of(&qr.nickname, atok, found)
            });
        }
        found
    }

    /// Whether a query word (no initial) pairs with alias word `a`.
    /// `align` scores 0 unless every family name is paired (or, for the
    /// last word of three or more, the word before it): a family name no
    /// query word can pair with decides it before the other words are
    /// looked up.
    #[inline(always)]
    fn pairs(&mut self, a: usize) -> bool {
        (0..self.qt.len()).any(|q| {
            !self.qt[q].initial && self.sim(q, a).is_some_and(|(s, _)| s >= score::PAIR_MIN)
        })
    }

    /// The surname block a person's alias writes in capitals (0: none).
    #[inline(always)]
    fn written_tail(&mut self) -> usize {
        let (res, alias, person) = (self.res, self.alias, self.person);
        *self.written.get_or_insert_with(|| {
            if person {
                score::capitalised_tail_len(res.index.alias_text(alias))
            } else {
                0
            }
        })
    }

    /// Decides whether the first of two surnames (the alias's word before
    /// last) stands for the name: when it is rare in the catalogue, or
    /// when the list writes both surnames as one block in capitals and the
    /// query keeps the first given name (a query that leaves out both the
    /// first given name and the second surname keeps too little of the
    /// name): several people sharing the name then tie, and the margin
    /// leaves it unknown.
    #[inline(always)]
    fn second_surname_stands(&mut self) -> bool {
        let n = self.toks.len();
        n >= 3
            && score::can_be_first_surname(self.toks, self.roles, n - 2)
            && (self.res.is_rare(self.ids.get(n - 2))
                || (self.roles[0] == Role::Given
                    && self.written_tail() == 2
                    && self.pairs(0)
                    && self.res.written_two_surnames(self.alias, self.toks)))
    }

    /// Decides whether a person's family name ending in a theophoric
    /// second part (`uddin`, `ullah`, as the normalizer splits
    /// `Salamuddin` or `Nasr al-Din`) is left half paired: that part names
    /// no one alone, so such a family name is paired only with its first
    /// part too (`Jawad Nuruddin` is not `Abu Salamuddin`).
    #[inline(always)]
    fn theophoric_family_unpaired(&mut self) -> bool {
        let n = self.toks.len();
        self.person
            && n >= 3
            && self.roles[n - 1] == Role::Family
            && matches!(self.toks[n - 1], "uddin" | "ullah")
            && !(self.pairs(n - 1) && self.pairs(n - 2))
    }

    /// Decides whether every family name of the alias pairs with a query
    /// word (or is part of the `joined` reading, or is the second of two
    /// surnames whose first stands for the name: `second`), and when the
    /// last does not, which middle words may take its place: rare inner
    /// words (`inner_family`, see `score::AliasShape::inner_family`) and,
    /// in a name of Muslim naming, the words a full prefix of the name may
    /// end at (`prefix_family`). None when a family name stays unpaired.
    #[inline(always)]
    fn family_names_paired(&mut self, joined: Joined, second: bool) -> Option<(u32, u32)> {
        let n = self.toks.len();
        // Rare middle words that may take the family name's place in a
        // long name, asked only when the last word pairs with no query
        // word.
        let (mut inner_family, mut prefix_family) = (0u32, 0u32);
        // Whether the query or the alias has a word of Muslim naming.
        let mut muslim: Option<bool> = None;
        for a in 0..n {
            if self.roles[a] != Role::Family {
                continue;
            }
            let in_joined = joined.is_some_and(|(j, _, _)| j == a || j + 1 == a);
            if in_joined || self.pairs(a) || (second && a == n - 1 && self.pairs(n - 2)) {
                continue;
            }
            if a + 1 == n {
                for k in 1..(n - 1).min(32) {
                    let form = if k + 2 < n {
                        score::can_be_inner_family(self.toks, self.roles, k)
                    } else {
                        score::can_be_first_surname(self.toks, self.roles, k)
                    };
                    if !form || !self.pairs(k) {
                        continue;
                    }
                    if k + 2 < n && self.res.is_rare(self.ids.get(k)) {
                        inner_family |= 1 << k;
                    } else if *muslim.get_or_insert_with(|| {
                        self.qt.iter().any(|t| score::of_muslim_naming(t.text))
                            || self.toks.iter().any(|t| score::of_muslim_naming(t))
                    }) {
                        prefix_family |= 1 << k;
                    }
                }
            }
            if inner_family == 0 && prefix_family == 0 {
                return None;
            }
        }
        Some((inner_family, prefix_family))
    }

    /// Decides the alias's shape for `align` (see `score::AliasShape`):
    /// whether its first word is a common given name, the two-surname
    /// readings, the middle words that may take the family name's place,
    /// and, when a prefix of the name may, which of its words are borne by
    /// few entities (`many` says which are borne by many).
    #[inline(always)]
    fn shape(
        &mut self,
        second: bool,
        inner_family: u32,
        prefix_family: u32,
        many: &mut dyn FnMut(u32, Option<u32>) -> bool,
    ) -> score::AliasShape {
        let (res, ids, toks, n) = (self.res, self.ids, self.toks, self.toks.len());
        score::AliasShape {
            // (Asked only where a query middle name can be, three words, or
            // where a middle word may take the family name's place.)
            common_given: self.person
                && n >= 2
                && (self.qt.len() >= 3 || inner_family != 0)
                && res.index.token_postings(ids.get(0) as usize).len() as f64
                    > share_limit(res.index.alias_count(), COMMON_GIVEN_SHARE),
            second_surname: second,
            two_surnames: n >= 3 && self.written_tail() >= 2,
            inner_family,
            prefix_family,
            distinct: if prefix_family == 0 {
                0
            } else {
                let mut d = (0..n.min(32))
                    .filter(|&a| !many(ids.get(a), None))
                    .fold(0, |m, a| m | (1 << a));
                // A theophoric compound given name (`Hamid ullah`, as the
                // normalizer splits `Hamidullah`; `abdul Karim`, as it
                // writes `ʿAbd al-Karim`; `Ahmad Jan`, see
                // `score::is_endearing_part`) is one name: borne by few when
                // few entities bear both its parts, however common each
                // part is.
                for a in 0..n.saturating_sub(1).min(31) {
                    if (matches!(toks[a + 1], "ullah" | "uddin")
                        || score::is_endearing_part(toks[a + 1])
                        || toks[a] == ABDUL)
                        && d & (0b11 << a) == 0
                        && !many(ids.get(a), Some(ids.get(a + 1)))
                    {
                        d |= 0b11 << a;
                    }
                }
                d
            },
        }
    }

    /// Decides whether the query read without the kunya that opens it
    /// (`Abu X`, father of X), the alias having none, aligns better than
    /// `al`, and then takes that reading. A kunya is a name of address the
    /// lists give apart, that says nothing either way; the rest of the
    /// query is read alone. Only a family name that names a family: a
    /// nisba (`al-X-i`, of a place or tribe) or a given name is borne by
    /// too many unrelated people to stand for one with a kunya, and every
    /// word of the rest pairs closely.
    #[inline(always)]
    fn kunya_reading(&mut self, al: &mut score::Alignment, shape: score::AliasShape) {
        let (qt, toks, roles) = (self.qt, self.toks, self.roles);
        let kunya = self
            .memo
            .kunya
            .get_or_insert_with(|| score::kunya_len(qt))
            .filter(|_| self.person && !self.memo.respaced && al.score < 1.0);
        let Some(off) = kunya else { return };
        if toks.iter().any(|t| score::is_kunya(t)) {
            return;
        }
        let mut alt = align(&qt[off..], toks, roles, shape, |q, a| self.sim(q + off, a));
        let family = |a: usize| {
            roles[a] == Role::Family
                && (!toks[a].ends_with('i') || occupational(toks[a]))
                && !crate::arabic_names::is_given_name(toks[a])
        };
        let close = (off..qt.len()).all(|q| {
            score::is_optional_particle(qt[q].text)
                || alt
                    .pairs
                    .iter()
                    .any(|p| p.q + off == q && p.sim >= KUNYA_REST_SIM)
        });
        if close && alt.pairs.iter().any(|p| family(p.a)) {
            alt.score *= KUNYA_FACTOR;
            for p in &mut alt.pairs {
                p.q += off;
            }
            if alt.score > al.score {
                *al = alt;
            }
        }
    }

    /// Decides whether the query read without the kunya that ends it
    /// (`Given Father FAMILY Abu X`, see `trailing_kunya`), the alias
    /// having none, aligns better than `al`, and then takes that reading,
    /// at [`KUNYA_FACTOR`]: the kunya after a full name is a name of
    /// address, as a title after it, that says nothing either way. Only
    /// where the rest is a full name of the alias, written in its order:
    /// its first word pairs the alias's first (the name its bearer goes
    /// by) and its last the alias's family name or nisba, each closely.
    #[inline(always)]
    fn trailing_kunya_reading(&mut self, al: &mut score::Alignment, shape: score::AliasShape) {
        let (qt, toks, roles) = (self.qt, self.toks, self.roles);
        if !self.person || self.memo.respaced || al.score >= 1.0 || qt.len() < 4 {
            return;
        }
        // (A kunya in the query's family-name block in capitals is its
        // family name: `Karim ABU TARIQ`.)
        let Some(end) = trailing_kunya(qt).filter(|&k| !qt[k].family_block) else {
            return;
        };
        if toks.iter().any(|t| score::is_kunya(t)) {
            return;
        }
        let mut alt = align(&qt[..end], toks, roles, shape, |q, a| self.sim(q, a));
        let close = |q: usize, a: usize| {
            alt.pairs
                .iter()
                .any(|p| p.q == q && p.a == a && p.sim >= KUNYA_REST_SIM)
        };
        let family = (0..toks.len()).any(|a| roles[a] == Role::Family && close(end - 1, a));
        if close(0, 0) && family {
            alt.score *= KUNYA_FACTOR;
            if alt.score > al.score {
                *al = alt;
            }
        }
    }

    /// Decides whether the alias read with the two words a query word
    /// writes as one (`joined`, see [`Resolver::joined_pair`]) aligns
    /// better than `al` (unless `al` scores 1), at the spacing penalty, and
    /// then takes that reading.
    #[inline(always)]
    fn joined_reading(
        &mut self,
        al: &mut score::Alignment,
        joined: Joined,
        shape: score::AliasShape,
    ) {
        let Some((a, q, pair)) = joined.filter(|_| al.score < 1.0) else {
            return;
        };
        // The alias read with words `a` and `a + 1` as one.
        let mut merged: Vec<String> = self.toks.iter().map(|t| t.to_string()).collect();
        let second = merged.remove(a + 1);
        merged[a].push_str(&second);
        let mtoks: Vec<&str> = merged.iter().map(String::as_str).collect();
        let mroles = score::roles(&mtoks, self.person);
        let orig = |m: usize| if m > a { m + 1 } else { m };
        let mshape = score::AliasShape {
            common_given: shape.common_given,
            two_surnames: shape.two_surnames,
            ..score::AliasShape::default()
        };
        let mut alt = align(self.qt, &mtoks, &mroles, mshape, |i, m| {
            if m == a {
                (i == q).then_some(pair)
            } else {
                self.sim(i, orig(m))
            }
        });
        alt.score *= SPACING_PENALTY;
        for p in &mut alt.pairs {
            p.a = orig(p.a);
        }
        if alt.score > al.score {
            *al = alt;
        }
    }

    /// Decides how much common names weigh on `al`: less when the query
    /// names a person's two common words in the other order of an alias
    /// that writes its family name in capitals (`SWAPPED_COMMON_FACTOR`,
    /// see `swapped_common`), when only common words pair and a query word
    /// that names someone stays unpaired (`COMMON_ONLY_FACTOR`, see
    /// `Resolver::common_only`), or when the query names one word only and
    /// it pairs only with words `many` entities bear (`LONE_COMMON_FACTOR`,
    /// see `lone_common`).
    #[inline(always)]
    fn weigh_common_names(
        &mut self,
        al: &mut score::Alignment,
        many: &mut dyn FnMut(u32, Option<u32>) -> bool,
    ) {
        let (res, qt, ids, toks, roles) = (self.res, self.qt, self.ids, self.toks, self.roles);
        let n = toks.len();
        if al.score > 0.0
            && self.person
            && n >= 2
            && swapped_common(al, qt, toks, roles, |a| res.is_rare(ids.get(a)))
            && self.written_tail() >= 1
        {
            al.score *= SWAPPED_COMMON_FACTOR;
        }
        if al.score <= 0.0 {
            return;
        }
        let someone = self
            .memo
            .someone
            .get_or_insert_with(|| (0..qt.len()).map(|q| names_someone(qt, q)).collect());
        if res.common_only(qt, someone, al, &ids) {
            al.score *= COMMON_ONLY_FACTOR;
        } else if n >= 2 && lone_common(someone, al, toks, &ids, many) {
            al.score *= LONE_COMMON_FACTOR;
        }
    }
}
