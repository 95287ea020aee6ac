//! A query that lists several names of one person separated by
//! semicolons (`Husam Qudsi; Hussam Kudsi`), as sanctions lists and
//! case files write a person's a.k.a.s: each name is tried on its own and
//! the best kept.

use super::Resolver;
use crate::limits::MAX_ALTERNATIVES;
use crate::outcome::{Decision, Query, Resolution};

/// The alternative names of `text`: its parts between semicolons that
/// hold a letter, or nothing when it has fewer than two.
pub(super) fn alternatives(text: &str) -> Vec<&str> {
    if !text.contains(';') {
        return Vec::new();
    }
    let parts: Vec<&str> = text
        .split(';')
        .map(str::trim)
        .filter(|p| p.chars().any(char::is_alphabetic))
        .take(MAX_ALTERNATIVES)
        .collect();
    if parts.len() >= 2 {
        parts
    } else {
        Vec::new()
    }
}

impl Resolver {
    /// The resolution of a query that lists names separated by
    /// semicolons: each name resolved on its own; the one that resolves
    /// with the best score wins, or, when none resolves, the one with the
    /// best score, its candidates explaining that name (the normalized
    /// query stays the whole text's). Two names that resolve to different
    /// entities are no answer: the query is then ambiguous. `None` for a
    /// query of one name.
    pub(super) fn resolve_alternatives(&self, query: &Query<'_>) -> Option<Resolution> {
        let parts = alternatives(query.text);
        if parts.is_empty() {
            return None;
        }
        let mut all: Vec<Resolution> = parts
            .iter()
            .map(|p| {
                self.resolve(&Query {
                    text: p,
                    ..query.clone()
                })
            })
            .collect();
        let key = |r: &Resolution| (r.id().is_some(), r.score());
        all.sort_by(|a, b| {
            let (ka, kb) = (key(a), key(b));
            kb.0.cmp(&ka.0).then(kb.1.total_cmp(&ka.1))
        });
        let mut best = all.swap_remove(0);
        // The query as normalized is the whole text's, as for any query.
        best.normalized = self.normalizer.normalize(query.text);
        let rival = all
            .iter()
            .filter_map(|r| r.id())
            .find(|id| Some(*id) != best.id())
            .map(str::to_string);
        if let (Some(runner_up), Some(_)) = (rival, best.id()) {
            let gap = best.score() - all.iter().map(Resolution::score).fold(0.0, f64::max);
            best.decision = Decision::Unknown(crate::outcome::Unknown::Ambiguous {
                runner_up,
                gap: gap.max(0.0),
            });
        }
        Some(best)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Catalog, Entity};

    fn resolver() -> Resolver {
        let cat = Catalog::from_entities(vec![
            Entity::new("p1", "Tavik ORMUNDI"),
            Entity::new("p2", "Selwa KORADIN"),
        ])
        .unwrap();
        Resolver::build(&cat).unwrap()
    }

    /// Invented names: the second a.k.a. of a list finds its person; the
    /// whole list read as one name does not.
    #[test]
    fn each_name_of_a_list_is_tried() {
        let r = resolver();
        let res = r.resolve(&Query::new("Kwame Obuya; Tavik Ormundi; Jarle Fenstad"));
        assert_eq!(res.id(), Some("p1"));
        assert_eq!(res.best().map(|c| c.name.as_str()), Some("Tavik ORMUNDI"));
        assert_eq!(
            res.normalized(),
            r.normalizer()
                .normalize("Kwame Obuya; Tavik Ormundi; Jarle Fenstad")
        );
        // Two names of two people: no answer.
        let res = r.resolve(&Query::new("Tavik Ormundi; Selwa Koradin"));
        assert_eq!(res.id(), None);
        assert!(matches!(
            res.decision(),
            Decision::Unknown(crate::outcome::Unknown::Ambiguous { .. })
        ));
        // Nothing but separators is one name.
        assert!(alternatives("; ;").is_empty());
        assert!(alternatives("Tavik Ormundi;").is_empty());
        assert_eq!(alternatives(&"a;".repeat(20)).len(), MAX_ALTERNATIVES);
    }
}
