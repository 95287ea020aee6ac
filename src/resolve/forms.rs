//! A one-word query in another grammatical form of a catalogue name
//! (`crate::name_forms`: a woman's or a daughter's form, a Latvian or
//! Greek ending), tried when the word as written does not resolve.

use super::readings::Reading;
use super::words::Words;
use super::{Resolver, CROSS_SCRIPT_FACTOR};
use crate::outcome::{Query, Resolution};

/// Factor on the score of a match found through another form of the
/// query word: the same name, but a catalogue may list the forms as
/// different names (a woman's surname on its own entry), which the word
/// as written then matches exactly and first. Measured on nameparts (dev,
/// 2026-11-29): 0.85 finds 58.1% at 5.6% false accepts, 0.9 58.2% at
/// 5.7%, 0.95 58.2% at 5.8% (and wdtr_russian 3.6% -> 3.8%).
pub(super) const FORM_FACTOR: f64 = 0.9;

impl Resolver {
    /// One-word query `query` (normalized `word`, read as `reading`)
    /// resolved by another form of its word, when one reaches `threshold`
    /// and scores better than `best` (the word as written, which did not
    /// resolve).
    pub(super) fn form_alternative(
        &self,
        query: &Query<'_>,
        word: &str,
        reading: Reading,
        threshold: f64,
        best: f64,
    ) -> Option<Resolution> {
        let forms = crate::name_forms::other_forms(word, query.text);
        if forms.is_empty() {
            return None;
        }
        let guessed = crate::translit::is_guessed_script(query.text);
        let cross = CROSS_SCRIPT_FACTOR * reading.factor(query.text);
        let factor = if guessed {
            FORM_FACTOR * cross
        } else {
            FORM_FACTOR
        };
        let mut words = Words {
            reading,
            ..Words::default()
        };
        self.best_alternative(query, forms, &mut words, threshold, best, |form, words| {
            let toks = [form];
            let mut scored = self.score_staged(&toks, (threshold / factor).min(1.0), words);
            scored.iter_mut().for_each(|s| s.score *= factor);
            scored
        })
    }
}

#[cfg(test)]
mod tests {
    use crate::{Catalog, Entity, Query, Resolver};

    #[test]
    fn a_name_part_meets_its_other_grammatical_form() {
        // Invented names.
        let cat = Catalog::from_entities(vec![
            Entity::new("velimirovich", "Velimirovich"),
            Entity::new("gorbatov", "Gorbatov"),
            Entity::new("lesnitskaya", "Lesnitskaya"),
            Entity::new("sztykel", "Sztykel"),
            Entity::new("brant", "Brant"),
        ])
        .expect("catalogue");
        let r = Resolver::build(&cat).expect("resolver");
        for (q, id) in [
            ("Velimirovna", "velimirovich"),
            ("Gorbatova", "gorbatov"),
            ("Лесницкий", "lesnitskaya"),
            ("Sztyklówna", "sztykel"),
            ("Brantová", "brant"),
        ] {
            assert_eq!(r.resolve(&Query::new(q)).id(), Some(id), "{q}");
        }
        // Below a match of the word as written.
        let res = r.resolve(&Query::new("Gorbatova"));
        assert!(res.candidates()[0].score < 1.0);
        // An unrelated name with such an ending stays unknown.
        assert_eq!(r.resolve(&Query::new("Mardovna")).id(), None);
    }

    #[test]
    fn the_form_as_written_wins_over_another_form() {
        // Invented: the catalogue lists both forms as different names.
        let cat = Catalog::from_entities(vec![
            Entity::new("m", "Gorbatov"),
            Entity::new("f", "Gorbatova"),
        ])
        .expect("catalogue");
        let r = Resolver::build(&cat).expect("resolver");
        assert_eq!(r.resolve(&Query::new("Gorbatova")).id(), Some("f"));
        assert_eq!(r.resolve(&Query::new("Gorbatov")).id(), Some("m"));
    }
}
