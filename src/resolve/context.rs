//! Resolution among given entities (a document's), with loose vowels
//! and the looser context threshold.

use super::candidates::Scored;
use super::Resolver;
use crate::cost::{distance, CostModel};
use crate::index::Kind;
use crate::outcome::{MatchKey, Query, Resolution};
use crate::score::{self, roles, token_sim, QTok, Role};

impl Resolver {
    /// The resolver's model with loose vowels, for mentions among a
    /// document's entities; made the first time it is needed.
    pub(super) fn context_model(&self) -> &CostModel {
        self.context_model.get_or_init(|| {
            CostModel::clone(&self.model).with_loose_vowels(super::builder::CONTEXT_VOWEL_COST)
        })
    }

    /// Resolves `query` against the given entities only, with the looser
    /// context threshold: for a short or noisy mention (`Retty`, `Roti`)
    /// once the document has named the entity in full. Unknown ids are
    /// ignored.
    ///
    /// # Example
    /// ```
    /// use namefold::{Catalog, Entity, Query, Resolver};
    /// let cat = Catalog::from_entities(vec![Entity::new("rutte", "Mark Rutte")])?;
    /// let r = Resolver::build(&cat)?;
    /// assert_eq!(r.resolve_among(&Query::new("Roti"), &["rutte"]).id(), Some("rutte"));
    /// assert_eq!(r.resolve_among(&Query::new("Macron"), &["rutte"]).id(), None);
    /// # Ok::<(), namefold::Error>(())
    /// ```
    pub fn resolve_among(&self, query: &Query<'_>, ids: &[&str]) -> Resolution {
        let normalized = self.normalizer.normalize(query.text);
        let toks: Vec<&str> = normalized.split(' ').filter(|t| !t.is_empty()).collect();
        let qt: Vec<QTok> = toks.iter().map(|t| QTok::new(t)).collect();
        let mut scored = Vec::new();
        let mut ents: Vec<usize> = ids
            .iter()
            .filter_map(|id| self.index.find_entity(id))
            .collect();
        ents.sort_unstable();
        ents.dedup();
        for ent in ents {
            for alias in self.index.aliases_of(ent) {
                let al = self.align_context(&qt, alias);
                scored.push(Scored {
                    alias,
                    score: al.score,
                    key: MatchKey::Context,
                    pairs: al.pairs,
                });
            }
        }
        let scored = self.best_per_entity(scored);
        let threshold = query.threshold.unwrap_or(self.context_threshold);
        self.finish(normalized.clone(), &toks, scored, query, threshold, None)
    }

    /// Context scoring: the plain DP against every alias token; a one-word
    /// mention fits when it fits the family name (or a one-word place
    /// name), with no squared family penalty; a longer one must align in
    /// full (`Anna Kutz` is not `Israel Katz` for sharing a near surname).
    pub(super) fn align_context(&self, qt: &[QTok<'_>], alias: usize) -> score::Alignment {
        if qt.len() > 1 {
            return self.align_alias(
                qt,
                alias,
                &mut |q, _, tok, _, _| {
                    let cost = distance(self.context_model(), qt[q].text, tok);
                    Some((score::word_sim(cost, qt[q].text, tok), cost))
                },
                &mut super::pair_rules::PairMemo::new(),
                &mut |tid, with| match with {
                    None => self.borne_by_many(tid),
                    Some(b) => self.pair_borne_by_many(tid, b),
                },
            );
        }
        let toks = self.alias_token_strs(alias);
        let ent = self.index.entity_of(alias) as usize;
        let person = self.index.kind_of(ent) == Kind::Person;
        let roles = roles(&toks, person);
        let mut best = score::Alignment::default();
        for (q, t) in qt.iter().enumerate() {
            for (a, at) in toks.iter().enumerate() {
                // One word fits a person by the family name only, and a
                // place or organisation only when its name is one word
                // (`Moscow` is not the `Moscow Kremlin`, `Mark` not Rubio).
                let fits = match roles[a] {
                    Role::Family => true,
                    Role::Core => toks.len() == 1,
                    _ => false,
                };
                if t.initial || !fits {
                    continue;
                }
                let cost = distance(self.context_model(), t.text, at);
                let sim = token_sim(cost, t.text.len(), at.len());
                if sim > best.score {
                    best = score::Alignment {
                        score: sim,
                        pairs: vec![score::Pair { q, a, sim, cost }],
                    };
                }
            }
        }
        best
    }

    pub(super) fn alias_token_strs(&self, alias: usize) -> Vec<&str> {
        self.index
            .alias_tokens(alias)
            .iter()
            .map(|t| self.index.token(t as usize))
            .collect()
    }
}
