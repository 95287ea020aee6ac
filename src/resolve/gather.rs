//! Candidate gathering: which aliases a pass scores (those two or more
//! query words share, else each word's own postings, and the fallback of
//! a few aliases of each word when no alias shares two).

use super::postings::{union, union_all};
use super::words::{Hits, TokenHits};
use super::Resolver;
use crate::cost::Cost;
use crate::limits::MAX_CANDIDATES;
use crate::outcome::MatchKey;
use crate::score::QTok;

/// Aliases scored, for the explanation only, when no alias shares two
/// words with the query.
pub(super) const FEW_CANDIDATES: usize = 64;

/// What a pass does with the fallback of a query of two or more full
/// words that no alias shares two matched words with: the
/// [`FEW_CANDIDATES`] aliases of each word (see
/// [`Resolver::candidate_aliases`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Few {
    /// Score them.
    Score,
    /// Score nothing, and say that they were needed: the caller decides
    /// which pass scores them (see [`Resolver::score_staged`]).
    Defer,
    /// Score them without looking for aliases that share two words: the
    /// caller found none with the same words' matches.
    Known,
}

impl Resolver {
    /// Aliases to score. With two or more matched query tokens: the aliases
    /// that at least two of them hit (a right answer shares at least two
    /// words with the query), else the rarest token's postings; with one:
    /// its postings (at most `cap` of each word's when `cap` is below
    /// `MAX_CANDIDATES`, its best-matching tokens' first). At most
    /// `MAX_CANDIDATES`. A query of two or more full words that no alias
    /// shares two with takes [`FEW_CANDIDATES`] of each word's aliases, as
    /// `few` says; and whether it deferred them ([`Few::Defer`]).
    pub(super) fn candidate_aliases(
        &self,
        qt: &[QTok<'_>],
        hits: &[&Hits],
        cap: usize,
        few: Few,
    ) -> (Vec<usize>, bool) {
        let per_token: Vec<&Hits> = hits.iter().copied().filter(|h| !h.map.is_empty()).collect();
        let mut out: Vec<u32> = Vec::new();
        if per_token.len() >= 2 && few != Few::Known {
            // The aliases in two or more are the union of the pairwise
            // intersections.
            for (i, a) in per_token.iter().enumerate() {
                for b in &per_token[i + 1..] {
                    out = union(&out, &a.common(b));
                }
            }
        }
        if out.is_empty() {
            // An alias sharing one word with a query of two or more full
            // words cannot reach a useful score (the unmatched word weighs
            // 1): score only a few, for the explanation.
            let strong = qt.iter().filter(|t| !t.initial && !t.patronymic).count();
            if strong >= 2 && few == Few::Defer {
                return (Vec::new(), true);
            }
            // Every word's own aliases: the rarest word may be the garbled
            // one (`Riey` → `Riou`), the family name another.
            for h in hits.iter().filter(|h| !h.map.is_empty()) {
                if strong >= 2 {
                    out.extend(self.postings_of(&h.map, FEW_CANDIDATES));
                } else if cap < MAX_CANDIDATES {
                    out.extend(self.postings_of(&h.map, cap));
                } else {
                    out.extend_from_slice(h.postings());
                }
            }
            out.sort();
            out.dedup();
        }
        out.truncate(MAX_CANDIDATES);
        (out.into_iter().map(|a| a as usize).collect(), false)
    }

    /// The aliases containing any token of `hits`, each once, sorted;
    /// tokens are taken best-similarity first until `cap` aliases.
    pub(super) fn postings_of(&self, hits: &TokenHits, cap: usize) -> Vec<u32> {
        union_all(self.postings_runs(hits, cap))
    }

    /// The postings `postings_of` merges: each token's, best similarity
    /// first, until `cap` are taken.
    pub(super) fn postings_runs(&self, hits: &TokenHits, cap: usize) -> Vec<Vec<u32>> {
        let mut toks: Vec<(&u32, &(f64, Cost, MatchKey))> = hits.iter().collect();
        toks.sort_by(|a, b| b.1 .0.total_cmp(&a.1 .0).then(a.0.cmp(b.0)));
        // Postings are sorted and duplicate-free: merge them. Duplicates
        // count against `cap` as they are taken.
        let mut runs: Vec<Vec<u32>> = Vec::new();
        let mut taken = 0;
        for (&t, _) in toks {
            let post = self.index.token_postings(t as usize);
            let room = cap.saturating_sub(taken);
            let run: Vec<u32> = post.iter().take(room).collect();
            taken += run.len();
            runs.push(run);
            if taken >= cap {
                break;
            }
        }
        runs
    }
}
