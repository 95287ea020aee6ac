//! The scoring pass: the staged reaches (exact and skeleton keys, then
//! the fuzzy walk), each candidate alias aligned with the query (the
//! candidates: `gather`; the alignment: `align`), best alias per entity.

use super::gather::Few;
use super::pair_rules::{known_word_factor, romanised_alike, PairLookup, PairMemo, JOINED_TOKEN};
use super::rarity::RARE_MIN_ALIASES;
use super::readings::Reading;
use super::words::{Hits, Word, Words};
use super::Resolver;
use crate::cost::Cost;
use crate::fxhash::FxHashMap;
use crate::index::FULL;
use crate::limits::{MAX_CANDIDATES, MAX_RETRY_CANDIDATES};
use crate::outcome::{Decision, MatchKey};
use crate::score::{self, QTok};
use crate::translit::is_guessed_script;

/// A winning word less similar than this is far: the exact/skeleton stage
/// does not decide on it (a nearer rival may need the fuzzy walk).
pub(super) const FAR_SIM: f64 = 0.75;

/// Factor on the score of a query written in a script whose romanisation
/// is a guess (Arabic, Hebrew, kana, Hangul, Han:
/// `translit::is_guessed_script`) against an alias written in another
/// script: the unwritten vowels and the sounds the script lacks make many
/// Latin names fit one native spelling, so such a match is weaker evidence
/// than the same similarity between two spellings that were read.
pub(crate) const CROSS_SCRIPT_FACTOR: f64 = 0.92;

/// The most new pairs a pass sizes the lookups' memo for at once (most
/// candidates of a large pass share their words with the query's matches:
/// no lookup).
const PAIRS_RESERVE: usize = 1024;

/// Scored alias (internal).
#[derive(Clone, Debug)]
pub(super) struct Scored {
    pub(super) alias: usize,
    pub(super) score: f64,
    pub(super) key: MatchKey,
    pub(super) pairs: Vec<score::Pair>,
}

impl Resolver {
    /// Candidate aliases scored, best per entity, best first.
    /// Exact keys and the skeleton neighbourhood first; the weighted fuzzy
    /// walk of the fst only when that does not already decide the query.
    pub(super) fn score_staged<'m>(
        &'m self,
        toks: &[&str],
        threshold: f64,
        words: &mut Words<'m>,
    ) -> Vec<Scored> {
        // A name that is exactly one entity's alias is decided: an exact
        // full-name match beats anything that is not one (see `decide`),
        // unless the reading guesses the spelling.
        let full = self.index.get(FULL, &toks.join(" "));
        if let Some(v) = full.filter(|_| words.reading.guessed_margin().is_none()) {
            let aliases = self.index.full_aliases(v);
            let first = aliases
                .iter()
                .next()
                .map(|a| self.index.entity_of(a as usize));
            if first.is_some()
                && aliases
                    .iter()
                    .all(|a| Some(self.index.entity_of(a as usize)) == first)
            {
                let exact = aliases
                    .iter()
                    .map(|a| Scored {
                        alias: a as usize,
                        score: 1.0,
                        key: MatchKey::Full,
                        pairs: self.identity_pairs(toks.len()),
                    })
                    .collect();
                return self.best_per_entity(exact);
            }
        }
        // A reading whose skeleton never decides (kana, Hangul, Arabic
        // script) always ends with the fuzzy pass: its words always walk
        // (unless initials, whose matches the walk leaves as they are), so
        // the pass without the walk could only be returned as what the
        // fuzzy pass gives anyway. It goes to the fuzzy pass directly.
        if !words.reading.skeleton_decides() {
            return self.score_tokens_with(toks, full, true, words, None);
        }
        // The fuzzy pass re-scores the quick pass's aliases with the same
        // pair values (see `Aligned`), so it takes their alignments.
        let mut aligned = Aligned::for_words(toks, words);
        let (quick, deferred) = self.score_tokens_capped(
            toks,
            full,
            false,
            words,
            aligned.as_mut(),
            MAX_CANDIDATES,
            Few::Defer,
        );
        if deferred {
            // No alias shares two matched words: the few aliases of each
            // word are scored by the pass that decides. While a word still
            // walks, that is the fuzzy pass: a winner among them pairs a
            // query word the exact and skeleton keys did not match, and an
            // alias that shares two words with the query may be one walk
            // away (the doubt `close` has of any far winner). Otherwise
            // the pass without the walk, which is all the fuzzy pass
            // would score.
            // (The quick pass aligned nothing: no alignments to take.)
            let fuzzy = !self.walk_adds_nothing(toks, words);
            let few = if fuzzy { Few::Score } else { Few::Known };
            return self
                .score_tokens_capped(toks, full, fuzzy, words, None, MAX_CANDIDATES, few)
                .0;
        }
        // Trusted only when none of the winner's words is far: a far one
        // may have a closer rival that only the fuzzy walk reaches.
        let close = |s: &Scored| s.pairs.iter().all(|p| p.sim >= FAR_SIM);
        if matches!(
            self.decide(&quick, threshold, words.reading),
            Decision::Resolved
        ) && quick.first().is_some_and(close)
            && words.reading.skeleton_decides()
            && (!words.reading.walks_unless_exact()
                || quick
                    .first()
                    .is_some_and(|s| s.pairs.iter().all(|p| p.cost == 0)))
        {
            return quick;
        }
        if self.walk_adds_nothing(toks, words) {
            return quick;
        }
        self.score_tokens_with(toks, full, true, words, aligned.as_mut())
    }

    /// `toks` (whose full name has the id `full`) scored against the
    /// candidate aliases, best per entity.
    pub(super) fn score_tokens<'m>(
        &'m self,
        toks: &[&str],
        full: Option<usize>,
        fuzzy: bool,
        words: &mut Words<'m>,
    ) -> Vec<Scored> {
        self.score_tokens_with(toks, full, fuzzy, words, None)
    }

    /// [`Self::score_tokens`], taking and keeping alignments in `aligned`.
    pub(super) fn score_tokens_with<'m>(
        &'m self,
        toks: &[&str],
        full: Option<usize>,
        fuzzy: bool,
        words: &mut Words<'m>,
        aligned: Option<&mut Aligned>,
    ) -> Vec<Scored> {
        self.score_tokens_capped(
            toks,
            full,
            fuzzy,
            words,
            aligned,
            MAX_CANDIDATES,
            Few::Score,
        )
        .0
    }

    /// [`Self::score_tokens`] for a retry of the query's words spaced
    /// otherwise (see `respacings`): a word reached alone scores at most
    /// [`MAX_RETRY_CANDIDATES`] of its aliases, its closest catalogue
    /// words' first.
    pub(super) fn score_retry<'m>(
        &'m self,
        toks: &[&str],
        full: Option<usize>,
        fuzzy: bool,
        words: &mut Words<'m>,
    ) -> Vec<Scored> {
        self.score_tokens_capped(
            toks,
            full,
            fuzzy,
            words,
            None,
            MAX_RETRY_CANDIDATES,
            Few::Score,
        )
        .0
    }

    /// [`Self::score_tokens_with`], a word reached alone scoring at most
    /// `cap` of its aliases (see [`Self::candidate_aliases`]), the few
    /// aliases of a query no alias shares two words with as `few` says;
    /// and whether it deferred them ([`Few::Defer`]).
    #[allow(clippy::too_many_arguments)]
    fn score_tokens_capped<'m>(
        &'m self,
        toks: &[&str],
        full: Option<usize>,
        fuzzy: bool,
        words: &mut Words<'m>,
        aligned: Option<&mut Aligned>,
        cap: usize,
        few: Few,
    ) -> (Vec<Scored>, bool) {
        if toks.is_empty() {
            return (Vec::new(), false);
        }
        let (qt, ids) = self.fill_words(toks, fuzzy, words);
        let reading = words.reading;
        let (mut rules, shared) = pass_memo(toks, &ids, words, cap < MAX_CANDIDATES);
        let Words {
            words,
            pairs,
            rules: kept,
            ..
        } = words;
        let words = &*words;
        let hits: Vec<&Hits> = ids
            .iter()
            .map(|&w| {
                let word = &words[w];
                let h = if fuzzy { &word.fuzzy } else { &word.near };
                &**h.as_ref().expect("filled above")
            })
            .collect();
        let (mut candidates, deferred) = self.candidate_aliases(&qt, &hits, cap, few);
        self.add_rare_words_aliases(qt.len(), &ids, words, &mut candidates);
        // About two new words an alias, and two new pairs: each memo grown
        // once, not step by step (the pairs' up to `PAIRS_RESERVE`).
        rules.belarusian_words.reserve(2 * candidates.len());
        pairs.reserve((2 * candidates.len()).min(PAIRS_RESERVE));
        // Pairs the fuzzy search did not reach are scored by the same
        // automaton run over the one token, once per (query word, token).
        // A query word that is itself a word of the catalogue is probably
        // that other name, not a misspelling of this one (`Bryce` is not a
        // typo of `Bruce` when the catalogue knows a Bryce).
        // The same pair comes up in many aliases (a common given name):
        // its value is kept for this pass (`hits` differ between passes),
        // in `rules` with the values the name rules give it (see
        // `PairMemo`).
        let mut lookup =
            |q: usize, tid, tok: &str, family: Option<bool>, bel: bool| -> Option<(f64, Cost)> {
                if tid == JOINED_TOKEN {
                    // Two alias words read as one: no token of the catalogue,
                    // measured each time by the word's automaton.
                    let budget = score::pair_budget(qt[q].text.len(), tok.len());
                    let cost = words[ids[q]].aut.eval_within(tok, budget)?;
                    return Some((score::word_sim(cost, qt[q].text, tok), cost));
                }
                let word = &words[ids[q]];
                let found = match hits[q].map.get(&tid) {
                    Some(&(s, c, _)) => Some((s, c)),
                    None => *pairs.entry((ids[q], tid)).or_insert_with(|| {
                        let budget = score::pair_budget(qt[q].text.len(), tok.len());
                        let cost = word.aut.eval_within(tok, budget)?;
                        Some((score::word_sim(cost, qt[q].text, tok), cost))
                    }),
                };
                // (`catalogue_reading` leaves the pair as found unless the
                // token or its alias is spelt the Belarusian way.)
                let (sim, cost) = if bel {
                    self.catalogue_reading(reading, word, tok, bel, found)?
                } else {
                    found?
                };
                match word.known {
                    Some(k)
                        if k != tid
                            && !family.is_some_and(|abjad| {
                                romanised_alike(word.model, qt[q].text, tok, abjad)
                            }) =>
                    {
                        Some((sim * known_word_factor(cost, qt[q].text, tok), cost))
                    }
                    _ => Some((sim, cost)),
                }
            };
        // Whether a token (or two together, see `Self::pair_borne_by_many`)
        // is borne by many entities, once per token.
        let mut borne: FxHashMap<(u32, Option<u32>), bool> = FxHashMap::default();
        let mut many = |tid: u32, with: Option<u32>| {
            *borne.entry((tid, with)).or_insert_with(|| match with {
                None => self.borne_by_many(tid),
                Some(b) => self.pair_borne_by_many(tid, b),
            })
        };
        self.warm_candidates(&candidates, aligned.as_deref());
        let mut scored = self.align_candidates(
            &qt,
            candidates,
            fuzzy,
            aligned,
            &mut lookup,
            &mut rules,
            &mut many,
        );
        self.add_exact_and_joined(toks, full, fuzzy, reading, &mut scored);
        if shared {
            *kept = rules;
        }
        (self.best_per_entity(scored), deferred)
    }

    /// Step of [`Self::score_tokens_capped`]: adds to `candidates` the
    /// aliases of each query word (of `n_query` words, `ids` into `words`)
    /// that is a rare word of the catalogue, though they share no second
    /// word with the query: two common words it also shares with many
    /// (`Abdul Rahman`) would otherwise hide the one alias that writes the
    /// other word another way (`Rochman`). At most [`RARE_MIN_ALIASES`] a
    /// word; only when the gathering found some, and fewer than
    /// [`MAX_CANDIDATES`].
    fn add_rare_words_aliases(
        &self,
        n_query: usize,
        ids: &[usize],
        words: &[Word<'_>],
        candidates: &mut Vec<usize>,
    ) {
        if n_query >= 2 && !candidates.is_empty() && candidates.len() < MAX_CANDIDATES {
            for &w in ids {
                let Some(t) = words[w].known else { continue };
                let post = self.index.token_postings(t as usize);
                if post.len() > RARE_MIN_ALIASES {
                    continue;
                }
                for a in post.iter() {
                    if !candidates.contains(&(a as usize)) {
                        candidates.push(a as usize);
                    }
                }
            }
        }
    }

    /// Step of [`Self::score_tokens_capped`]: brings in the index data of
    /// the candidates about to be aligned (those `aligned` does not
    /// already hold).
    fn warm_candidates(&self, candidates: &[usize], aligned: Option<&Aligned>) {
        match aligned {
            Some(memo) => {
                let new: Vec<usize> = candidates
                    .iter()
                    .copied()
                    .filter(|a| !memo.0.contains_key(a))
                    .collect();
                self.index.warm_aliases(&new);
            }
            None => self.index.warm_aliases(candidates),
        }
    }

    /// Step of [`Self::score_tokens_capped`]: aligns the query with each
    /// candidate alias (see [`Self::align_alias`]) and keeps those that
    /// score. The quick pass keeps its alignments in `aligned` (see
    /// [`Aligned`]); the fuzzy pass takes them from there instead of
    /// aligning again, and keeps none of its own.
    #[allow(clippy::too_many_arguments)]
    fn align_candidates(
        &self,
        qt: &[QTok<'_>],
        candidates: Vec<usize>,
        fuzzy: bool,
        mut aligned: Option<&mut Aligned>,
        lookup: &mut PairLookup<'_>,
        rules: &mut PairMemo,
        many: &mut dyn FnMut(u32, Option<u32>) -> bool,
    ) -> Vec<Scored> {
        let mut scored = Vec::new();
        for alias in candidates {
            let al = match aligned.as_deref_mut() {
                // The fuzzy pass is the last to use the quick pass's
                // alignments: it takes them, and keeps none of its own.
                Some(memo) if fuzzy => match memo.0.remove(&alias) {
                    Some(al) if al.score > 0.0 => al,
                    Some(_) => continue,
                    None => self.align_alias(qt, alias, lookup, rules, many),
                },
                Some(memo) => {
                    let al = memo
                        .0
                        .entry(alias)
                        .or_insert_with(|| self.align_alias(qt, alias, lookup, rules, many));
                    // Copied only when it scores (most do not).
                    if al.score > 0.0 {
                        al.clone()
                    } else {
                        continue;
                    }
                }
                None => self.align_alias(qt, alias, lookup, rules, many),
            };
            if al.score > 0.0 {
                scored.push(Scored {
                    alias,
                    score: al.score,
                    key: MatchKey::Token,
                    pairs: al.pairs,
                });
            }
        }
        scored
    }

    /// Step of [`Self::score_tokens_capped`]: adds the aliases the query's
    /// whole name is exactly (its full-name id `full`), at score 1, and for
    /// a one-word query long enough to be a name written joined
    /// ([`super::readings::Reading::joined_min_len`]), the aliases it
    /// writes joined (see [`Self::joined_hits`]).
    fn add_exact_and_joined(
        &self,
        toks: &[&str],
        full: Option<usize>,
        fuzzy: bool,
        reading: Reading,
        scored: &mut Vec<Scored>,
    ) {
        if let Some(v) = full {
            for alias in self.index.full_aliases(v).iter() {
                scored.push(Scored {
                    alias: alias as usize,
                    score: 1.0,
                    key: MatchKey::Full,
                    pairs: self.identity_pairs(toks.len()),
                });
            }
        }
        if toks.len() == 1 && toks[0].len() >= reading.joined_min_len() {
            scored.extend(self.joined_hits(toks[0], fuzzy, reading));
        }
    }

    pub(super) fn identity_pairs(&self, n: usize) -> Vec<score::Pair> {
        (0..n)
            .map(|i| score::Pair {
                q: i,
                a: i,
                sim: 1.0,
                cost: 0,
            })
            .collect()
    }

    /// Applies `factor` ([`CROSS_SCRIPT_FACTOR`] and the reading's own, see
    /// `readings`) to the candidates whose alias is not itself written in a
    /// guessed script, and sorts best first again (as
    /// [`Self::best_per_entity`] does).
    pub(super) fn discount_cross_script(&self, scored: &mut [Scored], factor: f64) {
        for s in scored.iter_mut() {
            if !is_guessed_script(self.index.alias_text(s.alias)) {
                s.score *= factor;
            }
        }
        scored.sort_by(|a, b| self.rank(a, b));
    }

    /// Best first: score, then an exact full-name match, then entity id.
    fn rank(&self, a: &Scored, b: &Scored) -> std::cmp::Ordering {
        b.score
            .total_cmp(&a.score)
            .then((b.key == MatchKey::Full).cmp(&(a.key == MatchKey::Full)))
            .then_with(|| {
                self.index
                    .entity_of(a.alias)
                    .cmp(&self.index.entity_of(b.alias))
            })
    }

    /// Keeps each entity's best alias (ties: an exact full-name match
    /// first, then the canonical name, then alias order) and sorts best first, ties by entity id.
    pub(super) fn best_per_entity(&self, scored: Vec<Scored>) -> Vec<Scored> {
        let full = |x: &Scored| x.key == MatchKey::Full;
        // By entity, each entity's best first; the sort is stable, so of
        // two equal the first scored stays (as a map kept the first).
        let mut keyed: Vec<(u32, Scored)> = scored
            .into_iter()
            .map(|s| (self.index.entity_of(s.alias), s))
            .collect();
        keyed.sort_by(|(ea, a), (eb, b)| {
            ea.cmp(eb)
                .then(b.score.total_cmp(&a.score))
                .then(full(b).cmp(&full(a)))
                .then_with(|| self.alias_rank(a.alias).cmp(&self.alias_rank(b.alias)))
        });
        keyed.dedup_by_key(|(e, _)| *e);
        // Sorted as `rank` sorts, with the entities at hand (one each).
        keyed.sort_by(|(ea, a), (eb, b)| {
            b.score
                .total_cmp(&a.score)
                .then(full(b).cmp(&full(a)))
                .then(ea.cmp(eb))
        });
        keyed.into_iter().map(|(_, s)| s).collect()
    }

    pub(super) fn alias_rank(&self, alias: usize) -> (u8, usize) {
        let canonical = self.index.is_canonical(alias);
        (u8::from(!canonical), alias)
    }
}

/// Alignments of one query's aliases, kept from the quick pass for the
/// fuzzy pass. An alignment depends on the query words and on the pair
/// lookups; those give the same values in both passes: a pair the fuzzy
/// walk adds is one the quick pass scored with the same automaton (same
/// model and word, exact cost within either budget, and the walk keeps
/// only pairs within the pair budget that `eval_within` uses), and a pair
/// both have keeps the cheaper cost, which is the same exact cost. The
/// one exception is a word that lost its capital, whose put-back word has
/// a fixed cost the walk may undercut: no memo then. The fuzzy pass takes
/// the alignments it uses out of the memo (no pass comes after it).
pub(super) struct Aligned(FxHashMap<usize, score::Alignment>);

impl Aligned {
    pub(super) fn for_words(toks: &[&str], words: &Words<'_>) -> Option<Aligned> {
        let lost = toks.iter().any(|t| words.lost.iter().any(|l| l == t));
        (!lost).then(|| Aligned(FxHashMap::default()))
    }
}

/// Step of [`Resolver::score_tokens_capped`]: the pass's memo of pair
/// values (see [`PairMemo`]), set for the query words `ids` (of `toks`):
/// the query's own memo, kept from its earlier passes, unless a word lost
/// its capital (a fresh one then); and whether it is the query's (to be
/// given back after the pass). `respaced`: the pass retries the query's
/// words spaced otherwise.
fn pass_memo(
    toks: &[&str],
    ids: &[usize],
    words: &mut Words<'_>,
    respaced: bool,
) -> (PairMemo, bool) {
    // The query's memo, unless a word lost its capital (see `PairMemo`).
    let shared = !toks.iter().any(|t| words.lost.iter().any(|l| l == t));
    let mut rules = if shared {
        std::mem::take(&mut words.rules)
    } else {
        PairMemo::new()
    };
    ids.clone_into(&mut rules.slots);
    rules.arabic_query = None;
    rules.someone = None;
    rules.kunya = None;
    rules.known.clear();
    rules
        .known
        .extend(ids.iter().map(|&w| words.words[w].known));
    rules.respaced = respaced;
    rules.query_words.clear();
    (rules, shared)
}

/// A scored candidate exactly: (alias, score bits, pairs as (query word,
/// alias word, sim bits)).
#[cfg(test)]
pub(super) type ScoredKey = (usize, u64, Vec<(usize, usize, u64)>);

/// Scored candidates exactly, for tests that compare two ways of scoring.
#[cfg(test)]
pub(super) fn scored_key(v: &[Scored]) -> Vec<ScoredKey> {
    v.iter()
        .map(|s| {
            let pairs = s
                .pairs
                .iter()
                .map(|p| (p.q, p.a, p.sim.to_bits()))
                .collect();
            (s.alias, s.score.to_bits(), pairs)
        })
        .collect()
}

#[cfg(test)]
mod tests;

#[cfg(test)]
mod family_romanisations;
