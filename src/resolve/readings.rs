//! Which cost model reads a query word: a name written in an abjad
//! (Arabic, Persian, Urdu or Hebrew script, which leave short vowels
//! out) is read by [`CostModel::for_abjad`]; a word spelt the Belarusian
//! way (`-au`, `dzi`) by [`CostModel::with_akanye`]; any other by the
//! resolver's model. Retrieval (skeleton neighbours, the fuzzy walk) and
//! scoring use the word's one automaton, so both read it alike.

use super::Resolver;
use crate::cost::CostModel;

/// The models derived from the resolver's model, built once.
#[derive(Clone, Debug)]
pub(super) struct Readings {
    abjad: CostModel,
    akanye: CostModel,
}

impl Readings {
    pub(super) fn new(model: &CostModel) -> Readings {
        Readings {
            abjad: model.for_abjad(),
            akanye: model.with_akanye(),
        }
    }
}

impl Resolver {
    /// The model for query word `word` of a query written in an abjad
    /// (`abjad`) or not.
    pub(super) fn model_for(&self, word: &str, abjad: bool) -> &CostModel {
        if abjad {
            &self.readings.abjad
        } else if crate::east_slavic::looks_belarusian(word) {
            &self.readings.akanye
        } else {
            &self.model
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::{Catalog, Entity, Query, Resolver};

    fn resolver() -> Resolver {
        // Invented people.
        let cat = Catalog::from_entities(vec![
            Entity::new("salaman", "Karim Salaman").with_kind("person"),
            Entity::new("sulimov", "Kirill Sulimov").with_kind("person"),
            Entity::new("gorodanov", "Pavel Gorodanov").with_kind("person"),
            Entity::new("garadin", "Pavel Garadin").with_kind("person"),
        ])
        .expect("catalogue");
        Resolver::build(&cat).expect("resolver")
    }

    #[test]
    fn a_name_written_in_an_abjad_gets_its_vowels_back() {
        let r = resolver();
        let abjad = r.resolve(&Query::new("كريم سلمن"));
        let latin = r.resolve(&Query::new(&r.normalizer().normalize("كريم سلمن")));
        let top = |res: &crate::Resolution| {
            res.candidates().first().map(|c| (c.id.clone(), c.score))
        };
        // The unwritten vowels cost little: the name is the best
        // candidate (near the threshold: two short words, one vowel each
        // left out, are weak evidence on their own).
        let (id, score) = top(&abjad).expect("a candidate");
        assert_eq!(id, "salaman");
        assert!(score > 0.55, "{score}");
        // The same letters typed in Latin are not read so.
        assert!(top(&latin).map_or(true, |(_, s)| s < score - 0.2), "{:?}", top(&latin));
    }

    #[test]
    fn a_belarusian_spelling_meets_the_russian_one() {
        let r = resolver();
        assert_eq!(r.resolve(&Query::new("Paval HARADANAU")).id(), Some("gorodanov"));
        let plain = r.resolve(&Query::new("Paval Haradanov"));
        let bel = r.resolve(&Query::new("Paval Haradanau"));
        let score = |res: &crate::Resolution| res.candidates().first().map_or(0.0, |c| c.score);
        // -au marks the word Belarusian: its a/o cost less than in a word
        // without the mark.
        assert!(score(&bel) > score(&plain), "{} {}", score(&bel), score(&plain));
    }
}
