//! The decision: resolved, or unknown (no candidate, below the
//! threshold, or two entities too close to call).

use super::candidates::Scored;
use super::readings::Reading;
use super::words::Words;
use super::Resolver;
use crate::outcome::{Decision, MatchKey, Query, Resolution, Unknown};
use crate::particles::ARTICLE;

impl Resolver {
    /// The decision for scored candidates (best first) of a query read as
    /// `reading`. A reading that guesses the spelling
    /// ([`Reading::guessed_margin`]) needs a wider gap to the runner-up,
    /// and its exact full name is only an exact guess.
    pub(super) fn decide(&self, scored: &[Scored], threshold: f64, reading: Reading) -> Decision {
        let (margin, exact_decides) = match reading.guessed_margin() {
            Some(m) => (self.margin.max(m), false),
            None => (self.margin, true),
        };
        match scored.first() {
            None => Decision::Unknown(Unknown::NoCandidate),
            Some(b) if b.score < threshold => {
                Decision::Unknown(Unknown::BelowThreshold { score: b.score })
            }
            Some(b) => match scored.get(1) {
                // An exact full name beats anything that is not one.
                Some(s) if exact_decides && b.key == MatchKey::Full && s.key != MatchKey::Full => {
                    Decision::Resolved
                }
                Some(s)
                    if b.score - s.score < margin
                        && !self.outranks(b, s)
                        && !self.article_agrees(b, s) =>
                {
                    self.ambiguous(b, s)
                }
                _ => match scored[1..]
                    .iter()
                    .take_while(|s| s.score >= threshold)
                    .find(|s| self.tail_against_head(b, s))
                {
                    Some(s) => self.ambiguous(b, s),
                    None => Decision::Resolved,
                },
            },
        }
    }

    /// Unknown: `b` and its rival `s` too close to call.
    fn ambiguous(&self, b: &Scored, s: &Scored) -> Decision {
        Decision::Unknown(Unknown::Ambiguous {
            runner_up: self
                .index
                .entity_id(self.index.entity_of(s.alias) as usize)
                .to_string(),
            gap: b.score - s.score,
        })
    }

    /// Is `s` a rival of `b` however far their scores: `b` pairs the
    /// query's words with words of its alias's tail, its last word among
    /// them, leaving its first (the name its bearer goes by) out: a
    /// father's, grandfather's or family name of a nasab chain; while `s`
    /// pairs the same query words, no worse and in their order, with the
    /// first words of its own alias, the name its bearer goes by (`Abdul
    /// Wahid` is the grandfather in `Samir Abdul Jalil ABDUL WAHID` and
    /// the man himself in `ABDUL WAHID Nadir HAMZA`). `b` scores higher
    /// only because the given name its alias leaves out weighs less than
    /// the trailing names `s` leaves out; a name that calls one person by
    /// the name they go by and another by a forebear's names either.
    fn tail_against_head(&self, b: &Scored, s: &Scored) -> bool {
        let n = self.index.alias_tokens(b.alias).len();
        let m = self.index.alias_tokens(s.alias).len();
        let k = b.pairs.len();
        k >= 2
            && s.pairs.len() == k
            && m > k
            && b.pairs.iter().all(|p| p.a > 0)
            && b.pairs.iter().any(|p| p.a + 1 == n)
            && s.pairs.iter().all(|p| p.a < k)
            && s.pairs
                .iter()
                .all(|x| s.pairs.iter().all(|y| (x.q < y.q) == (x.a < y.a)))
            && b.pairs
                .iter()
                .all(|p| s.pairs.iter().any(|r| r.q == p.q && r.cost <= p.cost))
    }

    /// Is `s` no rival of `b` however close their scores: all of `b`'s
    /// words are paired, and `s` pairs the same query words no better but
    /// has words of its own that the query does not mention
    /// (`Filip Ghazaryan` outranks `Filip Ter-Ghazaryan` for `Filip
    /// Gazaryan`).
    pub(super) fn outranks(&self, b: &Scored, s: &Scored) -> bool {
        let words = |x: &Scored| self.index.alias_tokens(x.alias).len();
        !b.pairs.is_empty()
            && b.pairs.len() == words(b)
            && s.pairs.len() == b.pairs.len()
            && words(s) > s.pairs.len()
            && b.pairs
                .iter()
                .all(|p| s.pairs.iter().any(|r| r.q == p.q && r.cost >= p.cost))
    }

    /// Is `s` no rival of `b` because the query's Arabic article agrees
    /// with `b` alone: `b` pairs every word of its own, among them its
    /// article with the query's (`al`, as the normalizer writes every
    /// form of it), while `s` pairs only the same other query words and no
    /// better, leaving the query's article out (`Karim al-Nadir` is
    /// `Karim AL NADIR` before `Karim NADIR`). Lists write the article of
    /// a name or leave it out, so `s` stays a candidate; but where two
    /// people's names differ by the article only, a query that writes it
    /// names the one whose name has it.
    pub(super) fn article_agrees(&self, b: &Scored, s: &Scored) -> bool {
        let btoks = self.index.alias_tokens(b.alias);
        let article = |p: &crate::score::Pair| {
            p.cost == 0 && self.index.token(btoks.get(p.a) as usize) == ARTICLE
        };
        let mut agreeing = 0;
        for p in &b.pairs {
            match s.pairs.iter().find(|r| r.q == p.q) {
                Some(r) if r.cost >= p.cost => {}
                Some(_) => return false,
                None if article(p) => agreeing += 1,
                None => return false,
            }
        }
        agreeing > 0 && b.pairs.len() == btoks.len() && s.pairs.len() + agreeing == b.pairs.len()
    }

    /// The resolution of `query` by the best of `alternatives` (other
    /// one-word readings or forms of it, each scored by `score`), when
    /// that scores better than `best` (what the query as written
    /// reached) and reaches `threshold`: otherwise `None`, and the caller
    /// goes on as if no alternative had been tried.
    pub(super) fn best_alternative<'m>(
        &'m self,
        query: &Query<'_>,
        alternatives: impl IntoIterator<Item = String>,
        words: &mut Words<'m>,
        threshold: f64,
        best: f64,
        mut score: impl FnMut(&str, &mut Words<'m>) -> Vec<Scored>,
    ) -> Option<Resolution> {
        let mut found: Option<(String, Vec<Scored>)> = None;
        for alt in alternatives {
            let scored = score(&alt, words);
            let top = scored.first().map_or(0.0, |s| s.score);
            let current = found
                .as_ref()
                .and_then(|(_, v)| v.first())
                .map_or(best, |s| s.score);
            if top > current {
                found = Some((alt, scored));
            }
        }
        let (alt, scored) = found?;
        if scored.first().map_or(0.0, |s| s.score) < threshold {
            return None;
        }
        let toks = [alt.as_str()];
        // The query's own normalization, as every resolution reports it
        // (the alternative shows in the explained pairs).
        let normalized = self.normalizer.normalize(query.text);
        Some(self.finish(normalized, &toks, scored, query, threshold, Some(words)))
    }

    /// The resolution of `toks`; the words' automata in `words` (when
    /// the query was scored through them) explain the pairs. `scored` may
    /// be longer than the query's limit: the decision reads its best two,
    /// and only the first `query.limit` become candidates.
    pub(super) fn finish(
        &self,
        normalized: String,
        toks: &[&str],
        mut scored: Vec<Scored>,
        query: &Query<'_>,
        threshold: f64,
        words: Option<&Words<'_>>,
    ) -> Resolution {
        let reading = words.map_or(Reading::default(), |w| w.reading);
        let decision = self.decide(&scored, threshold, reading);
        scored.truncate(query.limit);
        let candidates = scored
            .iter()
            .map(|s| self.candidate(toks, s, words, query.edits))
            .collect();
        Resolution {
            normalized,
            candidates,
            decision,
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::Query;

    use crate::resolve::test_people as people;

    #[test]
    fn the_query_article_names_the_person_whose_name_has_it() {
        // Invented people whose names differ by the article only.
        let r = people(&[("with", "Kareem AL NADIR"), ("without", "Karim NADIR")]);
        // The query writes the article: the name with it.
        assert_eq!(r.resolve(&Query::new("Kerim al-Nadir")).id(), Some("with"));
        assert_eq!(r.resolve(&Query::new("Kerim el Nadir")).id(), Some("with"));
        // Without it, the name without it (see `outranks`).
        assert_eq!(r.resolve(&Query::new("Kerim Nadir")).id(), Some("without"));
        // The article agrees, but the other name spells the given name
        // as the query does: too close to call.
        let r = people(&[("with", "Kerim AL NADIR"), ("without", "Karim NADIR")]);
        assert_eq!(r.resolve(&Query::new("Karim al-Nadir")).id(), None);
    }

    #[test]
    fn a_forebears_name_is_no_better_than_the_name_one_goes_by() {
        // Invented people: one whose grandfather is Abd al-Wahid, one who
        // is Abd al-Wahid.
        let r = people(&[
            ("grandson", "SAMIR ABD AL-JALIL ABD AL-WAHID"),
            ("himself", "ABD AL-WAHID NADIR HAMZA QURAYSHI"),
        ]);
        assert_eq!(r.resolve(&Query::new("Abdul Wahid")).id(), None);
        assert_eq!(r.resolve(&Query::new("Abd al-Wahid")).id(), None);
        // The rest of either name decides.
        assert_eq!(
            r.resolve(&Query::new("Samir Abd al-Jalil Abd al-Wahid"))
                .id(),
            Some("grandson")
        );
        assert_eq!(
            r.resolve(&Query::new("Abd al-Wahid Nadir Hamza")).id(),
            Some("himself")
        );
    }
}
