//! How common a word of the catalogue is: rare enough to carry a match
//! alone, or borne by many entities (alone or with its compound's other
//! part).

use super::Resolver;

/// A word in at most this share of the aliases is rare (see
/// [`Resolver::is_rare`]): one in two thousand.
pub(super) const RARE_SHARE: f64 = 0.0005;
/// ...and a word in at most this many aliases always is.
pub(super) const RARE_MIN_ALIASES: usize = 3;
/// A given name in more than this share of the aliases is common (one in
/// two hundred: `Muhammad`, `Abdul`, `John` in most catalogues): a query
/// middle name the alias leaves out is then no mere father's name (see
/// `score::AliasShape::common_given`).
pub(super) const COMMON_GIVEN_SHARE: f64 = 0.005;

/// `share` of `count` (aliases or entities), never fewer than
/// [`RARE_MIN_ALIASES`]: how many a word may be in and still count as rare
/// at that share.
pub(super) fn share_limit(count: usize, share: f64) -> f64 {
    (count as f64 * share).max(RARE_MIN_ALIASES as f64)
}

impl Resolver {
    /// Whether token `tid` is in the names of more entities than a rare
    /// word's ([`RARE_SHARE`] of the entities, never fewer than
    /// [`RARE_MIN_ALIASES`]). Counted in entities, not aliases: one person's
    /// many aliases (`Putin`) do not make a name common.
    pub(super) fn borne_by_many(&self, tid: u32) -> bool {
        let limit = share_limit(self.index.entity_count(), RARE_SHARE);
        let post = self.index.token_postings(tid as usize);
        if post.len() as f64 <= limit {
            return false;
        }
        let mut seen = crate::fxhash::FxHashSet::default();
        for a in post.iter() {
            if seen.insert(self.index.entity_of(a as usize)) && seen.len() as f64 > limit {
                return true;
            }
        }
        false
    }

    /// Whether tokens `a` and `b` are both in the names of more entities
    /// than a rare word's (see [`Self::borne_by_many`]): the two parts of
    /// a compound name counted together.
    pub(super) fn pair_borne_by_many(&self, a: u32, b: u32) -> bool {
        let limit = share_limit(self.index.entity_count(), RARE_SHARE);
        let (x, y) = (
            self.index.token_postings(a as usize),
            self.index.token_postings(b as usize),
        );
        let (short, long) = if x.len() <= y.len() { (x, y) } else { (y, x) };
        if (short.len() as f64) <= limit {
            return false;
        }
        // Postings are sorted: each of the shorter list's aliases is
        // looked up in the longer one, until more than `limit` entities.
        let mut seen = crate::fxhash::FxHashSet::default();
        short.iter().any(|al| {
            let at = long.partition_point(|v| v < al);
            at < long.len()
                && long.get(at) == al
                && seen.insert(self.index.entity_of(al as usize))
                && seen.len() as f64 > limit
        })
    }

    /// Whether token `tid` is rare enough in the catalogue to carry a
    /// match alone: in at most [`RARE_SHARE`] of the aliases, and never
    /// fewer than [`RARE_MIN_ALIASES`].
    pub(super) fn is_rare(&self, tid: u32) -> bool {
        (self.index.token_postings(tid as usize).len() as f64)
            <= share_limit(self.index.alias_count(), RARE_SHARE)
    }
}
