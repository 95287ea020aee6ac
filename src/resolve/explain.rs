//! Explanations: a scored alias becomes a [`Candidate`] with its token
//! alignment and, when the query asks ([`crate::Query::with_edits`]),
//! typed edit scripts.

use super::candidates::Scored;
use super::words::Words;
use super::Resolver;
use crate::cost::Cost;
use crate::index::Kind;
use crate::outcome::{Candidate, MatchKey, TokenMatch};
use crate::score::roles;

impl Resolver {
    pub(super) fn candidate(
        &self,
        toks: &[&str],
        s: &Scored,
        words: Option<&Words<'_>>,
        edits: bool,
    ) -> Candidate {
        let ent = self.index.entity_of(s.alias) as usize;
        let atoks = self.alias_token_strs(s.alias);
        let roles = roles(&atoks, self.index.kind_of(ent) == Kind::Person);
        let tokens = s
            .pairs
            .iter()
            .filter(|p| p.q < toks.len() && p.a < atoks.len())
            .map(|p| {
                let (q, a) = (toks[p.q], atoks[p.a]);
                let initial = q.len() == 1 || a.len() == 1;
                TokenMatch {
                    query: q.to_string(),
                    alias: a.to_string(),
                    role: roles[p.a],
                    similarity: p.sim,
                    cost: p.cost,
                    key: if initial { MatchKey::Initial } else { s.key },
                    edits: if initial || !edits {
                        Vec::new()
                    } else if s.key == MatchKey::Context {
                        self.context_model().edit_script(q, a)
                    } else {
                        // The word's automaton has the DP of the pair in
                        // its step tables: the same matrix, faster.
                        let word = words.and_then(|w| w.words.iter().find(|w| w.text == q));
                        match word {
                            Some(w) if q != a => {
                                let script = w.model.edit_script_from(q, a, &w.aut.matrix(a));
                                let sum = |s: &[crate::cost::EditOp]| {
                                    s.iter().map(|e| e.cost).sum::<Cost>()
                                };
                                let thai = || {
                                    (crate::thai_latin::looks_thai(q)
                                        || crate::thai_latin::looks_thai(a))
                                    .then(|| self.thai_model().edit_script(q, a))
                                    .filter(|t| sum(t) == p.cost)
                                };
                                if sum(&script) == p.cost {
                                    script
                                } else if let Some(t) = thai() {
                                    // Scored by the Thai reading of the
                                    // pair (`thai_latin`).
                                    t
                                } else {
                                    // Scored by the Belarusian reading of
                                    // the catalogue word (`readings`).
                                    self.model_for(super::readings::Reading::Belarusian)
                                        .edit_script(q, a)
                                }
                            }
                            Some(w) => w.model.edit_script(q, a),
                            _ => self.model.edit_script(q, a),
                        }
                    },
                }
            })
            .collect();
        Candidate {
            id: self.index.entity_id(ent).to_string(),
            name: self.index.entity_name(ent).to_string(),
            kind: self.index.entity_kind_text(ent).to_string(),
            score: if s.score.is_nan() {
                0.0
            } else {
                s.score.clamp(0.0, 1.0)
            },
            alias: self.index.alias_text(s.alias).to_string(),
            key: s.key,
            tokens,
        }
    }
}
