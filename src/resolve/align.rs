//! Name-aware alignment of the query with one alias
//! ([`Resolver::align_alias`]): the pair values by the name rules, the
//! family names that must pair, and the alternative readings (a kunya,
//! two alias words joined) weighed by the name-structure rules.

use super::name_shape::{
    lone_common, names_someone, occupational, swapped_common, ABDUL, COMMON_ONLY_FACTOR,
    KUNYA_FACTOR, KUNYA_REST_SIM, LONE_COMMON_FACTOR, SWAPPED_COMMON_FACTOR,
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
use crate::score::{self, align, initial_sim, roles, roles_into, QTok, Role};

/// Whether an alias of `n` words may be read with two of them joined.
fn n_words_ok(n: usize) -> bool {
    (2..=ALIAS_INLINE).contains(&n)
}

/// Words of an alias [`Resolver::align_alias`] keeps on the stack.
const ALIAS_INLINE: usize = 16;
/// Pair values (query words × alias words) [`Resolver::align_alias`]
/// keeps on the stack.
const SIM_INLINE: usize = 24;

impl Resolver {
    /// Aligns the query with one alias; `lookup(q, token id, token)` gives
    /// the similarity and cost of a non-initial pair.
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
        // Whether the query or the alias has a word of Arabic naming.
        let mut arabic: Option<bool> = None;
        // Whether the alias has a word spelt the Belarusian way: a name is
        // romanised by one system, so its other words are read alike
        // (see `Resolver::catalogue_reading`).
        let mut belarusian: Option<bool> = None;
        // Whether the alias's first word writes the query's alike (see
        // `PairMemo::given_alike`), asked once per alias.
        let mut alike: Option<bool> = None;
        let mut sim_of = |q: usize, a: usize| {
            let (qtok, atok) = (&qt[q], toks[a]);
            if qtok.initial {
                return initial_sim(qtok.text, atok, &self.model).map(|s| (s, 0));
            }
            if atok.len() == 1 {
                // The conjunction of two surnames is no initial.
                if person
                    && matches!(atok, "y" | "e")
                    && score::has_surname_conjunction(self.index.alias_text(alias))
                {
                    return None;
                }
                return initial_sim(atok, qtok.text, &self.model).map(|s| (s, 0));
            }
            let tid = ids.get(a);
            // The query's family name against the alias's, with the
            // given name both write alike or a variant apart (see
            // `romanised_alike`).
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
                    &mut arabic,
                    &mut memo.arabic_query,
                    &mut memo.arabic_words,
                    qt,
                    toks,
                    &ids,
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
                    self.thai_model()
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
            // `arabic_names::vowel_spelling`), in a full name of that
            // naming culture.
            let spelt = if qt.len() >= 2
                && found.map_or(true, |(s, _)| s < crate::arabic_names::VOWELS_SIM)
                && arabic_naming(
                    &mut arabic,
                    &mut memo.arabic_query,
                    &mut memo.arabic_words,
                    qt,
                    toks,
                    &ids,
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
                // A given name may be a nickname of the query's, or
                // another East Slavic language's form of it.
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
                        &self.model,
                    );
                    crate::nicknames::given_name_pair_of(&qr.nickname, atok, found)
                });
            }
            found
        };
        // Each pair's value once per alias: the family-name check below,
        // `align` and the joined reading ask for the same pairs.
        let n = roles.len();
        let cells = qt.len() * n;
        let mut cache_buf = [None; SIM_INLINE];
        let mut cache_heap;
        let cache: &mut [Option<Option<(f64, Cost)>>] = if cells <= SIM_INLINE {
            &mut cache_buf[..cells]
        } else {
            cache_heap = vec![None; cells];
            &mut cache_heap
        };
        let mut sim = |q: usize, a: usize| *cache[q * n + a].get_or_insert_with(|| sim_of(q, a));
        // `align` scores 0 unless every family name is paired (or, for the
        // last word of three or more, the word before it): a family name no
        // query word can pair with decides it before the other words are
        // looked up.
        let mut pairs = |a: usize| {
            (0..qt.len())
                .any(|q| !qt[q].initial && sim(q, a).is_some_and(|(s, _)| s >= score::PAIR_MIN))
        };
        // The first of two surnames stands for the name when it is rare in
        // the catalogue, or when the list writes both surnames as one block
        // in capitals and the query keeps the first given name (a query
        // that leaves out both the first given name and the second surname
        // keeps too little of the name): several people sharing the name
        // then tie, and the margin leaves it unknown.
        // The surname block a person's alias writes in capitals (0: none),
        // read from its text once, when first asked.
        let written = std::cell::OnceCell::new();
        let written_tail = || {
            *written.get_or_init(|| {
                if person {
                    score::capitalised_tail_len(self.index.alias_text(alias))
                } else {
                    0
                }
            })
        };
        let second = n >= 3
            && score::can_be_first_surname(toks, roles, n - 2)
            && (self.is_rare(ids.get(n - 2))
                || (roles[0] == Role::Given
                    && written_tail() == 2
                    && pairs(0)
                    && self.written_two_surnames(alias, toks)));
        // A theophoric second part (`uddin`, `ullah`, as the normalizer
        // splits `Salamuddin` or `Nasr al-Din`) names no one alone: a
        // family name ending in one is paired only with its first part
        // (`Jawad Nuruddin` is not `Abu Salamuddin`).
        if person
            && n >= 3
            && roles[n - 1] == Role::Family
            && matches!(toks[n - 1], "uddin" | "ullah")
            && !(pairs(n - 1) && pairs(n - 2))
        {
            return score::Alignment::default();
        }
        // Rare middle words that may take the family name's place in a
        // long name (see `score::AliasShape::inner_family`), asked only
        // when the last word pairs with no query word.
        let (mut inner_family, mut prefix_family) = (0u32, 0u32);
        // Whether the query or the alias has a word of Muslim naming.
        let mut muslim: Option<bool> = None;
        for (a, _) in roles
            .iter()
            .enumerate()
            .filter(|(_, r)| **r == Role::Family)
        {
            let in_joined = joined.is_some_and(|(j, _, _)| j == a || j + 1 == a);
            if in_joined || pairs(a) || (second && a == n - 1 && pairs(n - 2)) {
                continue;
            }
            if a + 1 == n {
                for k in 1..(n - 1).min(32) {
                    let form = if k + 2 < n {
                        score::can_be_inner_family(toks, roles, k)
                    } else {
                        score::can_be_first_surname(toks, roles, k)
                    };
                    if !form || !pairs(k) {
                        continue;
                    }
                    if k + 2 < n && self.is_rare(ids.get(k)) {
                        inner_family |= 1 << k;
                    } else if *muslim.get_or_insert_with(|| {
                        qt.iter().any(|t| score::of_muslim_naming(t.text))
                            || toks.iter().any(|t| score::of_muslim_naming(t))
                    }) {
                        prefix_family |= 1 << k;
                    }
                }
            }
            if inner_family == 0 && prefix_family == 0 {
                return score::Alignment::default();
            }
        }
        let shape = score::AliasShape {
            // (Asked only where a query middle name can be, three words, or
            // where a middle word may take the family name's place.)
            common_given: person
                && n >= 2
                && (qt.len() >= 3 || inner_family != 0)
                && self.index.token_postings(ids.get(0) as usize).len() as f64
                    > share_limit(self.index.alias_count(), COMMON_GIVEN_SHARE),
            second_surname: second,
            two_surnames: n >= 3 && written_tail() >= 2,
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
        };
        let mut al = align(qt, toks, roles, shape, &mut sim);
        // A kunya (`Abu X`, father of X) opening the query, the alias
        // without one: a name of address the lists give apart, that says
        // nothing either way; the rest of the query is read alone.
        // Only a family name that names a family: a nisba (`al-X-i`, of a
        // place or tribe) or a given name is borne by too many unrelated
        // people to stand for one with a kunya, and every word of the rest
        // pairs closely.
        let kunya = memo
            .kunya
            .get_or_insert_with(|| score::kunya_len(qt))
            .filter(|_| person && !memo.respaced && al.score < 1.0);
        if let Some(off) = kunya {
            if !toks.iter().any(|t| score::is_kunya(t)) {
                let mut alt = align(&qt[off..], toks, roles, shape, |q, a| sim(q + off, a));
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
                        al = alt;
                    }
                }
            }
        }
        if let Some((a, q, pair)) = joined.filter(|_| al.score < 1.0) {
            // The alias read with words `a` and `a + 1` as one.
            let mut merged: Vec<String> = toks.iter().map(|t| t.to_string()).collect();
            let second = merged.remove(a + 1);
            merged[a].push_str(&second);
            let mtoks: Vec<&str> = merged.iter().map(String::as_str).collect();
            let mroles = score::roles(&mtoks, person);
            let orig = |m: usize| if m > a { m + 1 } else { m };
            let mshape = score::AliasShape {
                common_given: shape.common_given,
                two_surnames: shape.two_surnames,
                ..score::AliasShape::default()
            };
            let mut alt = align(qt, &mtoks, &mroles, mshape, |i, m| {
                if m == a {
                    (i == q).then_some(pair)
                } else {
                    sim(i, orig(m))
                }
            });
            alt.score *= SPACING_PENALTY;
            for p in &mut alt.pairs {
                p.a = orig(p.a);
            }
            if alt.score > al.score {
                al = alt;
            }
        }
        if al.score > 0.0
            && person
            && n >= 2
            && swapped_common(&al, qt, toks, roles, |a| self.is_rare(ids.get(a)))
            && written_tail() >= 1
        {
            al.score *= SWAPPED_COMMON_FACTOR;
        }
        if al.score <= 0.0 {
            return al;
        }
        let someone = memo
            .someone
            .get_or_insert_with(|| (0..qt.len()).map(|q| names_someone(qt, q)).collect());
        if self.common_only(qt, someone, &al, &ids) {
            al.score *= COMMON_ONLY_FACTOR;
        } else if n >= 2 && lone_common(someone, &al, toks, &ids, many) {
            al.score *= LONE_COMMON_FACTOR;
        }
        al
    }
}
