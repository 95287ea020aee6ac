//! Per-word retrieval: one query word's exact, skeleton and weighted
//! fuzzy matches among the catalogue's words, and the aliases that
//! contain them.

use std::cell::OnceCell;
use std::rc::Rc;

use super::candidates::Scored;
use super::postings::{intersect_runs_into, union_all_of};
use super::readings::Reading;
use super::Resolver;
use crate::automaton::WeightedLevenshtein;
use crate::cost::Cost;
use crate::fxhash::{FxHashMap, FxHashSet};
use crate::index::{DEL, JOINED, SKEL, TOKEN};
use crate::limits::{self, MAX_CANDIDATES};
use crate::outcome::MatchKey;
use crate::score::{self, token_sim, QTok};

/// Cost of putting back the first letter of a word that lost its capital.
pub(super) const LOST_CAPITAL_COST: Cost = 30;

/// A word with a match this similar skips the fuzzy walk.
pub(super) const CLOSE_SIM: f64 = 0.85;

/// Per-query-token matches: token id → (similarity, cost, key).
pub(super) type TokenHits = FxHashMap<u32, (f64, Cost, MatchKey)>;

/// One query word's lookups. They depend on the word alone, so every
/// pass over a query (without and with the fuzzy walk, and the retries
/// with split words joined) shares them.
pub(super) struct Word<'m> {
    pub(super) text: String,
    /// The model that reads it (see `readings`).
    pub(super) model: &'m crate::cost::CostModel,
    /// Scores the word against catalogue words (budget: any pair that
    /// can still reach [`score::PAIR_MIN`]).
    pub(super) aut: WeightedLevenshtein<'m>,
    /// The word's own token id, when the catalogue has it.
    pub(super) known: Option<u32>,
    /// Exact and skeleton matches.
    pub(super) near: Option<Rc<Hits>>,
    /// `near` and the fuzzy walk's matches.
    pub(super) fuzzy: Option<Rc<Hits>>,
    /// The word's automaton under the Belarusian reading (no budget of
    /// its own), for catalogue words spelt the Belarusian way (see
    /// `catalogue_reading`); built when first asked.
    pub(super) belarusian: OnceCell<WeightedLevenshtein<'m>>,
}

/// One word's matches and the aliases that contain them.
pub(super) struct Hits {
    pub(super) map: TokenHits,
    /// `postings_runs(map, MAX_CANDIDATES)`: each sorted.
    pub(super) runs: Vec<Vec<u32>>,
    /// Their union, `postings_of(map, MAX_CANDIDATES)`, when needed.
    pub(super) merged: OnceCell<Vec<u32>>,
}

impl Hits {
    /// The aliases containing the word's matches (up to
    /// `MAX_CANDIDATES` taken), sorted, each once.
    pub(super) fn postings(&self) -> &[u32] {
        match &self.runs[..] {
            [] => &[],
            [one] => one,
            runs => self.merged.get_or_init(|| union_all_of(runs)),
        }
    }

    pub(super) fn postings_len(&self) -> usize {
        self.runs.iter().map(Vec::len).sum()
    }

    /// The aliases of both words, sorted. The larger set's runs are never
    /// merged: merging a common word's runs cost more than the
    /// intersections (by instruction counts on the scale queries). A large
    /// smaller set is marked in a bitset, run by run, and the larger set's
    /// runs looked up in it; a small one is merged (once per word) and
    /// intersected with each run (see [`intersect_runs_into`]).
    pub(super) fn common(&self, other: &Hits) -> Vec<u32> {
        let (small, big) = if self.postings_len() <= other.postings_len() {
            (self, other)
        } else {
            (other, self)
        };
        let mut out = Vec::new();
        intersect_runs_into(&small.runs, || small.postings(), &big.runs, &mut out);
        out
    }
}

/// The words of one query and their pair scores.
#[derive(Default)]
pub(super) struct Words<'m> {
    pub(super) words: Vec<Word<'m>>,
    /// `(word, token id)` → similarity and cost by the word's automaton.
    pub(super) pairs: FxHashMap<(usize, u32), Option<(f64, Cost)>>,
    /// Words that lost their capital letter (see `lost_capitals`).
    pub(super) lost: Vec<String>,
    /// The two parts of a double-barrelled family name the query writes
    /// last, in capitals, joined by a hyphen (see `compound_family`).
    pub(super) compound: Vec<String>,
    /// The two normalized halves of each word the query writes
    /// hyphenated (see `hyphen_halves`).
    pub(super) hyphened: Vec<(String, String)>,
    /// The normalized words of the family-name block the query writes
    /// last in capitals (see `capitals_tail`).
    pub(super) tail: Vec<String>,
    /// How the query is read (see `readings`).
    pub(super) reading: super::readings::Reading,
    /// The words are a respacing of the query's (two joined, or the
    /// article split off: see `respacings`), not the words it writes.
    pub(super) respaced: bool,
    /// The name rules' values of (word, alias token) pairs, shared by the
    /// passes over the query (see `PairMemo`).
    pub(super) rules: super::pair_rules::PairMemo,
}

impl Resolver {
    /// The words of a query written `text`, read as `reading`, before any
    /// scoring: the capitals' evidence (`lost_capitals`, `compound_family`,
    /// `capitals_tail`) taken from how it is written.
    pub(super) fn query_words(&self, text: &str, reading: super::readings::Reading) -> Words<'_> {
        Words {
            lost: self.lost_capitals(text),
            compound: self.compound_family(text),
            hyphened: self.hyphen_halves(text),
            tail: self.capitals_tail(text),
            reading,
            ..Words::default()
        }
    }

    /// Words written lowercase in a name that has capitals elsewhere, other
    /// than particles (`van`, `de`): probably a word that lost its first,
    /// capital letter (`Anne obles`). Normalized, as the query's tokens.
    pub(super) fn lost_capitals(&self, text: &str) -> Vec<String> {
        let first_letter = |w: &str| w.chars().find(|c| c.is_alphabetic());
        let words: Vec<&str> = text.split_whitespace().collect();
        if !words
            .iter()
            .any(|w| first_letter(w).is_some_and(char::is_uppercase))
        {
            return Vec::new();
        }
        words
            .iter()
            .filter(|w| first_letter(w).is_some_and(char::is_lowercase))
            .filter_map(|w| self.normalizer.tokens(w).into_iter().next())
            .filter(|t| t.len() >= 2 && !crate::normalize::PARTICLES.contains(&t.as_str()))
            .collect()
    }

    /// The normalized parts of a double-barrelled family name that `text`
    /// writes last, by the list convention of a family name in capitals
    /// ([`crate::score::capitalised_tail`])
    /// after given names that are not (`Reza TAVAKOLI-BARZANI`): two
    /// parts of three letters or more, neither a particle, filiation word
    /// nor the `Abd` of a theophoric name (`AL-BARZANI`, `ABD-AL-KARIM`
    /// are one name). Empty otherwise.
    pub(super) fn compound_family(&self, text: &str) -> Vec<String> {
        let Some(last) = text.split_whitespace().last() else {
            return Vec::new();
        };
        if !last.contains('-') || crate::score::capitalised_tail_len(text) == 0 {
            return Vec::new();
        }
        let parts = self.normalizer.tokens(last);
        let link = |t: &str| {
            crate::score::is_optional_particle(t)
                || crate::score::is_filiation(t)
                || matches!(t, "abdul" | "uddin" | "ullah")
        };
        if parts.len() == 2 && parts.iter().all(|t| t.len() >= 3 && !link(t)) {
            parts
        } else {
            Vec::new()
        }
    }

    /// The normalized halves of each word `text` writes with one hyphen
    /// between two names (`Chol-min`, `Jean-Luc`): two parts of two
    /// letters or more, neither a particle, filiation word nor the `Abd`
    /// or second part of a theophoric name (`al-Rashid`, `Abd-al-Karim`,
    /// `Nasr-uddin` are an article or link and a name, not two names).
    pub(super) fn hyphen_halves(&self, text: &str) -> Vec<(String, String)> {
        let link = |t: &str| {
            crate::score::is_optional_particle(t)
                || crate::score::is_filiation(t)
                || matches!(t, "abdul" | "uddin" | "ullah")
        };
        text.split_whitespace()
            .filter(|w| w.matches('-').count() == 1)
            .filter_map(|w| match &self.normalizer.tokens(w)[..] {
                [a, b] if [a, b].iter().all(|t| t.len() >= 2 && !link(t)) => {
                    Some((a.clone(), b.clone()))
                }
                _ => None,
            })
            .collect()
    }

    /// The normalized words of the block of capitals that `text` ends
    /// with, by the list convention of a family name in capitals
    /// ([`crate::score::capitalised_tail`]) after given names that are
    /// not (`Omar JAFARI NOURI`: `jafari nouri`). Empty otherwise.
    pub(super) fn capitals_tail(&self, text: &str) -> Vec<String> {
        crate::score::capitalised_tail(text)
            .iter()
            .flat_map(|w| self.normalizer.tokens(w))
            .collect()
    }

    /// The index of `text` in `words`, added (with its automaton and
    /// token id) if new.
    pub(super) fn word<'m>(&'m self, words: &mut Words<'m>, text: &str) -> usize {
        if let Some(w) = words.words.iter().position(|w| w.text == text) {
            return w;
        }
        let model = self.model_for(words.reading);
        words.words.push(Word {
            text: text.to_string(),
            model,
            aut: WeightedLevenshtein::new(model, text, score::max_pair_cost(text.len())),
            known: self.index.get(TOKEN, text).map(|v| v as u32),
            near: None,
            fuzzy: None,
            belarusian: OnceCell::new(),
        });
        words.words.len() - 1
    }

    /// Single-word queries against aliases written without spaces
    /// (`alisherusmanov`).
    /// An exact lookup, then (with `fuzzy`, and only when that found
    /// nothing) the weighted walk of the joined keys, by the resolver's
    /// model, or for a Hangul or kana query by its reading's (whose word
    /// is the script's romanisation: `r` for l, the vowel slot). The
    /// similarity counts twice (squared: one word stands for two or
    /// more), except for a Hangul or kana query: the script writes a
    /// Korean given name's syllables as one word, which a catalogue
    /// spaces or hyphenates (`Soon-Sil`), so the spacing says nothing.
    pub(super) fn joined_hits(&self, tok: &str, fuzzy: bool, reading: Reading) -> Vec<Scored> {
        let syllabic = matches!(reading, Reading::Hangul | Reading::Kana);
        let model = if syllabic {
            self.model_for(reading)
        } else {
            &self.model
        };
        let found: Vec<(usize, Cost)> = match self.index.get(JOINED, tok) {
            Some(v) => vec![(v, 0)],
            None if fuzzy => {
                let aut = WeightedLevenshtein::new(model, tok, fuzzy_budget(tok.len()))
                    .with_prefix(JOINED);
                self.index.search(&aut, MAX_JOINED_KEYS)
            }
            None => Vec::new(),
        };
        let mut out = Vec::new();
        for (v, cost) in found {
            for alias in self.index.full_aliases(v).iter() {
                let alias = alias as usize;
                let alen = self.alias_token_strs(alias).iter().map(|t| t.len()).sum();
                let sim = token_sim(cost, tok.len(), alen) * SPACING_PENALTY;
                out.push(Scored {
                    alias,
                    score: if syllabic { sim } else { sim * sim },
                    key: MatchKey::Joined,
                    pairs: Vec::new(),
                });
            }
        }
        out
    }

    /// Matches of one query word (`words[w]`, as `t`): the exact token,
    /// tokens whose skeleton is equal or one deletion away (both ways),
    /// and with `fuzzy` the weighted automaton walk of the token keys.
    /// Each is computed once per word.
    pub(super) fn fill_hits(&self, t: &QTok<'_>, w: usize, fuzzy: bool, words: &mut Words<'_>) {
        let skeleton_decides = words.reading.skeleton_decides();
        let walks = words.reading.walks_unless_exact();
        let word = &mut words.words[w];
        let near = match &word.near {
            Some(near) => Rc::clone(near),
            None => {
                let map = self.near_hits(t, word);
                let near = Rc::new(self.hits(map));
                word.near = Some(Rc::clone(&near));
                near
            }
        };
        if !fuzzy || word.fuzzy.is_some() {
            return;
        }
        let exact = |hits: &TokenHits| hits.values().any(|h| h.1 == 0);
        if t.initial || (skeleton_decides && close(&near.map) && (!walks || exact(&near.map))) {
            word.fuzzy = Some(near);
            return;
        }
        let mut map = near.map.clone();
        // The word's own automaton (of `t.text`, by `word.model`) with the
        // walk's budget.
        let aut = word
            .aut
            .with_budget(fuzzy_budget(t.text.len()))
            .with_prefix(TOKEN);
        for (v, cost) in self.index.search(&aut, MAX_FUZZY_WORDS) {
            // A cheaper way to the same word (a lost capital) stays.
            if map.get(&(v as u32)).is_some_and(|h| h.1 < cost) {
                continue;
            }
            map.remove(&(v as u32));
            self.add_hit(t, v as u32, cost, MatchKey::Token, &mut map);
        }
        word.fuzzy = Some(Rc::new(self.hits(map)));
    }

    /// The query words of `toks` as the scorer sees them, their indices
    /// in `words`, each with its matches filled (with the fuzzy walk when
    /// `fuzzy`).
    pub(super) fn fill_words<'t, 'm>(
        &'m self,
        toks: &[&'t str],
        fuzzy: bool,
        words: &mut Words<'m>,
    ) -> (Vec<QTok<'t>>, Vec<usize>) {
        let latin = words.reading.latin_words_of(toks);
        // The compound family name's parts, when they end the tokens.
        let n = toks.len();
        let compound = n >= 3 && words.compound.len() == 2 && toks[n - 2..] == words.compound[..];
        // The capitals block, when it ends the tokens (and is not all of them).
        let tail = n > words.tail.len() && toks[n - words.tail.len()..] == words.tail[..];
        let tail_from = if tail { n - words.tail.len() } else { n };
        let qt: Vec<QTok> = toks
            .iter()
            .enumerate()
            .map(|(i, t)| QTok {
                lost_capital: words.lost.iter().any(|l| l == t),
                latin,
                compound_family: compound && i + 2 >= n,
                family_block: i >= tail_from,
                respaced: words.respaced,
                // (Not the double-barrelled family name the query writes
                // last in capitals: lists give its two parts in either
                // order, `LARIJANI-AMOLI` / `Amoli LARIJANI`.)
                hyphen_next: !(compound && i + 2 >= n)
                    && toks
                        .get(i + 1)
                        .is_some_and(|u| words.hyphened.iter().any(|(a, b)| a == t && b == u)),
                ..QTok::new(t)
            })
            .collect();
        let ids: Vec<usize> = toks.iter().map(|t| self.word(words, t)).collect();
        for (t, &w) in qt.iter().zip(&ids) {
            self.fill_hits(t, w, fuzzy, words);
        }
        (qt, ids)
    }

    /// Whether the fuzzy pass over `toks` would score exactly what the
    /// pass without it scored: no word's matches change (none walks: each
    /// is an initial, or its exact and skeleton matches decide it, see
    /// [`Self::fill_hits`]), so the candidates and every pair value are the
    /// same; and the query is not one long word, whose joined-name lookup
    /// walks too. Fills the words' fuzzy matches, as that pass would.
    pub(super) fn walk_adds_nothing<'m>(&'m self, toks: &[&str], words: &mut Words<'m>) -> bool {
        if toks.is_empty() || (toks.len() == 1 && toks[0].len() >= words.reading.joined_min_len()) {
            return false;
        }
        let (_, ids) = self.fill_words(toks, true, words);
        ids.iter().all(|&w| {
            let word = &words.words[w];
            match (&word.near, &word.fuzzy) {
                (Some(near), Some(fuzzy)) => Rc::ptr_eq(near, fuzzy),
                _ => false,
            }
        })
    }

    pub(super) fn hits(&self, map: TokenHits) -> Hits {
        let runs = self.postings_runs(&map, MAX_CANDIDATES);
        Hits {
            map,
            runs,
            merged: OnceCell::new(),
        }
    }

    /// Adds token `tid` to `hits` at `cost` unless there already, if
    /// similar enough.
    pub(super) fn add_hit(
        &self,
        t: &QTok<'_>,
        tid: u32,
        cost: Cost,
        key: MatchKey,
        hits: &mut TokenHits,
    ) {
        if hits.contains_key(&tid) || tid as usize >= self.index.token_count() {
            return;
        }
        insert_hit(t, tid, self.index.token(tid as usize), cost, key, hits);
    }

    /// The exact and skeleton matches of one word.
    pub(super) fn near_hits(&self, t: &QTok<'_>, word: &Word<'_>) -> TokenHits {
        let mut hits = TokenHits::default();
        if t.initial {
            return hits;
        }
        if let Some(v) = word.known {
            self.add_hit(t, v, 0, MatchKey::Token, &mut hits);
        }
        if t.lost_capital {
            // The word with its lost first letter put back.
            let mut key = String::with_capacity(t.text.len() + 1);
            for c in 'a'..='z' {
                key.clear();
                key.push(c);
                key.push_str(t.text);
                if let Some(v) = self.index.get(TOKEN, &key) {
                    self.add_hit(t, v as u32, LOST_CAPITAL_COST, MatchKey::Token, &mut hits);
                }
            }
        }
        // Wider reaches are for words the narrower ones found no close
        // match for: a word with one gains little from them.
        let skel = crate::skeleton::skeleton(t.text);
        let mut budget = limits::MAX_NEIGHBOUR_WORDS;
        let skel_path = self.index.path(SKEL, skel.as_bytes());
        let equal = skel_path
            .get(skel.len())
            .and_then(|&at| self.index.get_from(at, b""));
        if let Some(sid) = equal {
            let list = self.index.skeleton_tokens(sid);
            let tids: Vec<u32> = list.iter().take(budget).collect();
            budget -= tids.len();
            self.add_skeleton_hits(t, word, &tids, &mut hits);
        }
        // A Dutch-era `ch` (`Rochman`) is also read as the h spelling's
        // (the catalogue lists such words under both keys).
        if let Some(sid) = crate::malay_latin::dutch_era_skeleton(t.text)
            .and_then(|alt| self.index.get(SKEL, &alt))
        {
            let list = self.index.skeleton_tokens(sid);
            let tids: Vec<u32> = list.iter().take(budget).collect();
            budget -= tids.len();
            self.add_skeleton_hits(t, word, &tids, &mut hits);
        }
        if !close(&hits) {
            // The first words of the neighbourhood, up to the budget,
            // scored in sorted order.
            let mut tids: Vec<u32> = Vec::with_capacity(budget);
            for sid in self.skeleton_neighbours(&skel, &skel_path, equal) {
                let list = self.index.skeleton_tokens(sid);
                tids.extend(list.iter().take(budget - tids.len()));
                if tids.len() == budget {
                    break;
                }
            }
            tids.sort_unstable();
            self.add_skeleton_hits(t, word, &tids, &mut hits);
        }
        hits
    }

    /// [`Self::add_hit`] at the word automaton's cost for each of `tids`
    /// (sorted ids: the words of one skeleton in spelling order, so the
    /// automaton reuses the DP rows of the spelling each shares with the
    /// one before).
    pub(super) fn add_skeleton_hits(
        &self,
        t: &QTok<'_>,
        word: &Word<'_>,
        tids: &[u32],
        hits: &mut TokenHits,
    ) {
        let n = self.index.token_count();
        let new: Vec<(u32, &str)> = tids
            .iter()
            .filter(|&&tid| (tid as usize) < n && !hits.contains_key(&tid))
            .map(|&tid| (tid, self.index.token(tid as usize)))
            .collect();
        let keys: Vec<(&str, Cost)> = new
            .iter()
            .map(|&(_, tok)| (tok, score::pair_budget(t.text.len(), tok.len())))
            .collect();
        for ((tid, tok), cost) in new.into_iter().zip(word.aut.eval_sorted(&keys)) {
            if let Some(cost) = cost {
                insert_hit(t, tid, tok, cost, MatchKey::Skeleton, hits);
            }
        }
    }

    /// Ids of the skeletons one deletion away from `skel` in either string
    /// (which covers one substitution too), without `skel`'s own id.
    /// `skel_path` is the fst walk of `skel` in the skeleton key space: the
    /// lookups of its deletions continue from it, as those of the deletion
    /// keys continue from the walk of `skel` in their key space.
    pub(super) fn skeleton_neighbours(
        &self,
        skel: &str,
        skel_path: &[crate::index::At<'_>],
        own: Option<usize>,
    ) -> Vec<usize> {
        let b = skel.as_bytes();
        let del_path = self.index.path(DEL, b);
        let lookup = |path: &[crate::index::At<'_>], p: usize, rest: &[u8]| {
            path.get(p).and_then(|&at| self.index.get_from(at, rest))
        };
        let mut out = Vec::new();
        let longer_by_one = |v: Option<usize>, out: &mut Vec<usize>| {
            if let Some(v) = v {
                out.extend(self.index.deletion_skeletons(v).iter().map(|s| s as usize));
            }
        };
        longer_by_one(lookup(&del_path, b.len(), b""), &mut out);
        // The deletions of `crate::index::deletions`, in its order: of a
        // skeleton of 4 bytes or more, one per run of equal bytes, and
        // only of whole (ASCII) characters.
        for p in 0..b.len() {
            if b.len() < 4 || (p > 0 && b[p] == b[p - 1]) || !b[p].is_ascii() {
                continue;
            }
            let rest = &b[p + 1..];
            out.extend(lookup(skel_path, p, rest));
            longer_by_one(lookup(&del_path, p, rest), &mut out);
        }
        let mut seen: FxHashSet<usize> = own.into_iter().collect();
        out.retain(|s| seen.insert(*s));
        out
    }
}

/// Records token `tid` (`tok`) as a hit of `t` at `cost`, if similar
/// enough to pair.
pub(super) fn insert_hit(
    t: &QTok<'_>,
    tid: u32,
    tok: &str,
    cost: Cost,
    key: MatchKey,
    hits: &mut TokenHits,
) {
    let sim = score::word_sim(cost, t.text, tok);
    if sim >= score::PAIR_MIN {
        hits.insert(tid, (sim, cost, key));
    }
}

/// Whether a word has a match this close: wider reaches gain it little.
pub(super) fn close(hits: &TokenHits) -> bool {
    hits.values().any(|&(sim, _, _)| sim >= CLOSE_SIM)
}

/// Shortest one-word query that is also looked up among the names
/// written without spaces (`joined_hits`).
pub(super) const JOINED_MIN_LEN: usize = 7;

/// [`JOINED_MIN_LEN`] for a query written in Hangul or kana: a Korean
/// given name is two syllables that a catalogue writes hyphenated or
/// apart (`Soon-Sil`, `In Hoe`) and the script writes as one word, often
/// of fewer letters (`sunsil`).
pub(super) const SYLLABIC_JOINED_MIN_LEN: usize = 4;

/// Joined-name keys (`j:`) one fuzzy walk may return.
const MAX_JOINED_KEYS: usize = 64;

/// Catalogue words one query word's fuzzy walk may return.
const MAX_FUZZY_WORDS: usize = 4096;

/// Similarity factor of a match that needed words joined or split: a query
/// word against an alias written without spaces, or two query words joined
/// (`Matou šek`, `J.D.`).
pub(super) const SPACING_PENALTY: f64 = 0.97;

/// The fuzzy-search budget for a token of `len` bytes, as `(shortest
/// length, budget)` steps: a two-letter word may lose a vowel, a long one
/// about one and a third full edits.
/// Candidate generation only: pairs beyond it are still scored exactly
/// when their alias is a candidate through another token.
const FUZZY_BUDGETS: [(usize, Cost); 5] = [(0, 20), (3, 50), (4, 100), (6, 115), (8, 130)];

/// The fuzzy-search budget for a token of `len` bytes ([`FUZZY_BUDGETS`]).
pub(super) fn fuzzy_budget(len: usize) -> Cost {
    FUZZY_BUDGETS
        .iter()
        .rev()
        .find(|&&(min, _)| len >= min)
        .map_or(FUZZY_BUDGETS[0].1, |&(_, b)| b)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Where `walk_adds_nothing` lets the quick pass stand, the fuzzy pass
    /// scores exactly what it scored (the same aliases, scores and pairs,
    /// in the same order), over invented queries: given names and family
    /// names of the bundled catalogue recombined, misspelt (which makes
    /// words walk), initials, single long words. Fails if the check lets
    /// a query skip a pass that would change its candidates.
    #[test]
    fn skipped_fuzzy_pass_scores_what_the_quick_pass_scored() {
        use super::super::candidates::Aligned;
        use crate::entity::Catalog;
        use crate::index::FULL;
        let text =
            std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/data/entities.jsonl"))
                .unwrap();
        let cat = Catalog::from_jsonl_str(&text).unwrap();
        let r = Resolver::build(&cat).unwrap();
        let names: Vec<Vec<String>> = cat
            .entities()
            .iter()
            .map(|e| e.name.split_whitespace().map(str::to_string).collect())
            .filter(|w: &Vec<String>| w.len() >= 2 && w.iter().all(|w| w.is_ascii()))
            .collect();
        let mut queries: Vec<String> = Vec::new();
        for (i, a) in names.iter().enumerate().step_by(3) {
            let b = &names[(i * 7 + 5) % names.len()];
            let (given, family) = (&a[0], &b[b.len() - 1]);
            queries.push(format!("{given} {family}"));
            // A letter dropped from the family name, or doubled.
            let cut: String = family
                .chars()
                .enumerate()
                .filter(|&(k, _)| k != 2)
                .map(|(_, c)| c)
                .collect();
            queries.push(format!("{given} {cut}"));
            queries.push(format!("{given} {family}{}", &family[family.len() - 1..]));
            queries.push(format!("{}. {family}", &given[..1]));
            queries.push(format!("{family} {given}"));
            queries.push(family.to_string());
            queries.push(format!("{given}{family}"));
        }
        let (mut skipped, mut walked, mut changed) = (0, 0, 0);
        let key = crate::resolve::candidates::scored_key;
        for q in &queries {
            let norm = r.normalizer().normalize(q);
            let toks: Vec<&str> = norm.split(' ').filter(|t| !t.is_empty()).collect();
            if toks.is_empty() {
                continue;
            }
            let full = r.index.get(FULL, &toks.join(" "));
            let mut words = Words {
                lost: r.lost_capitals(q),
                reading: super::super::readings::Reading::of(q, &toks),
                ..Words::default()
            };
            let mut memo = Aligned::for_words(&toks, &words);
            let quick = r.score_tokens_with(&toks, full, false, &mut words, memo.as_mut());
            let skip = r.walk_adds_nothing(&toks, &mut words);
            let fuzzy = r.score_tokens_with(&toks, full, true, &mut words, memo.as_mut());
            if skip {
                assert_eq!(key(&quick), key(&fuzzy), "{q}");
                skipped += 1;
            } else {
                walked += 1;
                changed += usize::from(key(&quick) != key(&fuzzy));
            }
        }
        // Both kinds occur, and a pass the check keeps does change results.
        assert!(
            skipped >= 200 && walked >= 100,
            "{skipped} skipped, {walked} walked"
        );
        assert!(
            changed >= 20,
            "only {changed} fuzzy passes changed anything"
        );
    }

    /// The neighbour lookups that continue from shared fst walks find
    /// what looking up every deletion key in full finds, in the same order.
    #[test]
    fn skeleton_neighbours_match_full_lookups() {
        use crate::entity::{Catalog, Entity};
        let names = [
            "Zelensky",
            "Zelenskyy",
            "Zelinski",
            "Selensky",
            "Zlensky",
            "Witkoff",
            "Vitkov",
            "Witkov",
            "Merz",
            "Mertz",
            "Mirz",
            "Marz",
            "Rutte",
            "Retty",
            "Ushakov",
            "Oshkov",
            "Shakov",
            "Kharkiv",
            "Harkov",
            "Charkiw",
            "Kyiv",
            "Kiev",
            "Kiyv",
            "Lvov",
            "Lviv",
            "Odessa",
            "Odesa",
            "Dnipro",
            "Dnepr",
            "Khorozi",
            "Chorozi",
            "Korozi",
        ];
        let entities: Vec<Entity> = names
            .iter()
            .enumerate()
            .map(|(i, n)| Entity::new(format!("e{i}"), *n))
            .collect();
        let r = Resolver::build(&Catalog::from_entities(entities).unwrap()).unwrap();
        let full = |skel: &str, own: Option<usize>| {
            let mut out = Vec::new();
            let del = |key: &str, out: &mut Vec<usize>| {
                if let Some(v) = r.index.get(DEL, key) {
                    out.extend(r.index.deletion_skeletons(v).iter().map(|s| s as usize));
                }
            };
            del(skel, &mut out);
            for d in crate::index::deletions(skel) {
                let Ok(d) = std::str::from_utf8(&d) else {
                    continue;
                };
                out.extend(r.index.get(SKEL, d));
                del(d, &mut out);
            }
            let mut seen: FxHashSet<usize> = own.into_iter().collect();
            out.retain(|s| seen.insert(*s));
            out
        };
        let mut checked = 0;
        for q in names
            .iter()
            .chain(&["zelenskiy", "vitkoff", "harkiv", "xyz", "ab", "žlensky"])
        {
            let q = r.normalizer().normalize(q);
            let skel = crate::skeleton::skeleton(&q);
            let path = r.index.path(SKEL, skel.as_bytes());
            let own = r.index.get(SKEL, &skel);
            let got = r.skeleton_neighbours(&skel, &path, own);
            assert_eq!(got, full(&skel, own), "{q} ({skel})");
            checked += usize::from(!got.is_empty());
        }
        assert!(checked >= 20, "only {checked} words had neighbours");
    }

    /// Invented names: the parts of a double-barrelled family name the
    /// query writes last in capitals; an Arabic compound with the article
    /// is one name, and a query without the capitals convention has none.
    #[test]
    fn the_parts_of_a_double_barrelled_family_name() {
        use crate::{Catalog, Entity};
        let cat =
            Catalog::from_entities(vec![Entity::new("k", "Dariush KARVANI").with_kind("person")])
                .unwrap();
        let r = Resolver::build(&cat).unwrap();
        assert_eq!(
            r.compound_family("Dariush KARVANI-TALESHI"),
            ["karvani", "taleshi"]
        );
        for q in [
            "Dariush AL-KARVANI",
            "Dariush KARVANI TALESHI",
            "dariush karvani-taleshi",
            "Dariush Karvani-Taleshi",
            "DARIUSH KARVANI-TALESHI",
        ] {
            assert!(r.compound_family(q).is_empty(), "{q}");
        }
    }
}
