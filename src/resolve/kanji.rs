//! A Japanese name written in kanji, tried when the Chinese readings of a
//! Han query find nothing (see `translit/kanji.rs`).

use super::readings::Reading;
use super::words::Words;
use super::{Resolver, CROSS_SCRIPT_FACTOR};
use crate::outcome::{Query, Resolution};

/// Factor on the score of a kanji name's best Japanese reading: the best
/// of up to 48 readings (`translit/kanji.rs`) is kept, so
/// an inexact match of one of them is weaker evidence than the same match
/// of a name's one reading (many readings, many chances to come close).
/// An exact reading keeps 0.92 × this, above the threshold.
const KANJI_READING_FACTOR: f64 = 0.88;

/// The score of an exact match of a kanji name's reading. A reading
/// that writes every kanji of the name by one of its readings and meets
/// a catalogue name letter for letter is stronger evidence than the
/// inexact match of the Chinese reading of the same characters (八村 read
/// `ba cun` against a Latin name one vowel off): the kanji readings are
/// also tried when that one resolves below this, and only an exact
/// reading then wins.
pub(super) fn exact_reading_score(query: &str) -> f64 {
    CROSS_SCRIPT_FACTOR * Reading::Kana.factor(query) * KANJI_READING_FACTOR
}

impl Resolver {
    /// Query `query`, written in kanji, resolved by the best of its
    /// Japanese readings (`translit::kanji_readings`), when one reaches
    /// `threshold` and scores better than `best` (the best score of the
    /// other readings, which did not resolve). Each reading is one word read as kana is
    /// ([`Reading::Kana`]) and looked up by exact and skeleton keys only:
    /// a walk per reading would multiply the cost of every unknown Han
    /// name by the number of readings.
    pub(super) fn kanji_alternative(
        &self,
        query: &Query<'_>,
        threshold: f64,
        best: f64,
    ) -> Option<Resolution> {
        let readings = crate::translit::kanji_readings(query.text)?;
        let cross = CROSS_SCRIPT_FACTOR * Reading::Kana.factor(query.text) * KANJI_READING_FACTOR;
        let mut words = Words {
            reading: Reading::Kana,
            ..Words::default()
        };
        self.best_alternative(query, readings, &mut words, threshold, best, |r, words| {
            let toks = [r];
            let mut scored = self.score_tokens(&toks, None, false, words);
            self.discount_cross_script(&mut scored, cross);
            scored
        })
    }
}

#[cfg(test)]
mod tests {
    use crate::{Catalog, Entity, Query, Resolver};

    #[test]
    fn a_kanji_name_finds_its_reading_and_only_a_close_one() {
        // Invented names: 成山 reads nari-yama (成 naru, continuative nari).
        let cat = Catalog::from_entities(vec![
            Entity::new("nariyama", "Nariyama").with_kind("person"),
            Entity::new("kobeta", "Kobeta").with_kind("person"),
        ])
        .expect("catalogue");
        let r = Resolver::build(&cat).expect("resolver");
        let res = r.resolve(&Query::new("成山"));
        assert_eq!(res.id(), Some("nariyama"));
        // The best of many readings: a near miss does not resolve (an
        // invented Naroyama, one vowel from nariyama).
        let cat =
            Catalog::from_entities(vec![Entity::new("naroyama", "Naroyama").with_kind("person")])
                .expect("catalogue");
        let r = Resolver::build(&cat).expect("resolver");
        assert_eq!(r.resolve(&Query::new("成山")).id(), None);
    }

    #[test]
    fn an_exact_kanji_reading_beats_an_inexact_chinese_one() {
        // Invented names: 成山 read as Chinese (`cheng shan`) comes close
        // to Chengshang and resolves to it alone...
        let chengshang = Entity::new("chengshang", "Chengshang").with_kind("person");
        let cat = Catalog::from_entities(vec![chengshang.clone()]).expect("catalogue");
        let r = Resolver::build(&cat).expect("resolver");
        assert_eq!(r.resolve(&Query::new("成山")).id(), Some("chengshang"));
        // ...but its kanji reading nari-yama meets Nariyama exactly.
        let cat = Catalog::from_entities(vec![
            chengshang,
            Entity::new("nariyama", "Nariyama").with_kind("person"),
        ])
        .expect("catalogue");
        let r = Resolver::build(&cat).expect("resolver");
        assert_eq!(r.resolve(&Query::new("成山")).id(), Some("nariyama"));
        // An exact Chinese reading keeps its name (an invented Chengshan).
        let cat = Catalog::from_entities(vec![
            Entity::new("chengshan", "Cheng Shan").with_kind("person"),
            Entity::new("nariyama", "Nariyama").with_kind("person"),
        ])
        .expect("catalogue");
        let r = Resolver::build(&cat).expect("resolver");
        assert_eq!(r.resolve(&Query::new("成山")).id(), Some("chengshan"));
    }
}
