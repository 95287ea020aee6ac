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

impl Resolver {
    /// The resolution of a query written `X, Y` (read `Y X`, the list
    /// order `FAMILY, Given`: see `normalize`) read in its written order
    /// `X Y`, when that resolves with a better score than the `reordered`
    /// reading. A name without a family name (Arabic, Pashtun and South
    /// Asian names: a given name, the father's, a nisba or tribal name) is
    /// put in the list order by a clerk who takes some word for the
    /// surname, often its first: the comma then says nothing of the order
    /// the catalogue writes it in. `None` when the query has no such
    /// comma, or the written order does no better.
    pub(super) fn resolve_written_order(
        &self,
        query: &Query<'_>,
        reordered: &Resolution,
    ) -> Option<Resolution> {
        if reordered.score() >= 1.0 || !query.text.contains(is_comma) {
            return None;
        }
        let written = query.text.replace(is_comma, " ");
        if self.normalizer.normalize(&written) == reordered.normalized {
            return None;
        }
        let mut res = self.resolve(&Query {
            text: &written,
            ..query.clone()
        });
        res.id()?;
        if reordered.id().is_some() && res.score() <= reordered.score() {
            return None;
        }
        res.normalized = reordered.normalized.clone();
        Some(res)
    }
}

/// The commas `normalize` reads `FAMILY, Given` by.
fn is_comma(c: char) -> bool {
    matches!(c, ',' | '\u{060C}' | '\u{FF0C}')
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

    /// Invented names: a name without a family name, listed as `NASRAT
    /// ABDUL KOLVARI`, given as `Nasrat, Abdul` (its first word taken for
    /// the surname) is found in its written order; a query that resolves
    /// read `Given FAMILY` keeps that reading.
    #[test]
    fn a_comma_query_is_also_read_in_its_written_order() {
        let cat = Catalog::from_entities(vec![
            Entity::new("p1", "NASRAT ABDUL KOLVARI").with_kind("person"),
            Entity::new("p2", "Tavik ORMUNDI").with_kind("person"),
        ])
        .unwrap();
        let r = Resolver::build(&cat).unwrap();
        let res = r.resolve(&Query::new("Nasrat, Abdul"));
        assert_eq!(res.id(), Some("p1"), "{res:?}");
        assert_eq!(res.normalized(), "abdul nasrat");
        assert_eq!(r.resolve(&Query::new("ORMUNDI, Tavik")).id(), Some("p2"));
        assert_eq!(r.resolve(&Query::new("KOLVARI, Nasrat")).id(), Some("p1"));
        assert_eq!(r.resolve(&Query::new("Selwa, Koradin")).id(), None);
    }
}
