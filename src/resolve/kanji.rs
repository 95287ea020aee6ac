//! A Japanese name written in kanji, tried when the Chinese readings of a
//! Han query find nothing (see `translit/kanji.rs`).

use super::readings::Reading;
use super::words::Words;
use super::{Resolver, CROSS_SCRIPT_FACTOR};
use crate::outcome::{Query, Resolution};

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
        let cross = CROSS_SCRIPT_FACTOR * Reading::Kana.factor();
        let mut words = Words {
            reading: Reading::Kana,
            ..Words::default()
        };
        let mut found: Option<(String, Vec<super::Scored>)> = None;
        for r in readings {
            let toks = [r.as_str()];
            let mut scored = self.score_tokens(&toks, None, false, &mut words);
            self.discount_cross_script(&mut scored, cross);
            let top = scored.first().map_or(0.0, |s| s.score);
            let current = found
                .as_ref()
                .and_then(|(_, v)| v.first())
                .map_or(best, |s| s.score);
            if top > current {
                found = Some((r, scored));
            }
        }
        let (reading, mut scored) = found?;
        // Only a reading that reaches the threshold answers: otherwise the
        // query goes on to be respaced, as other Han queries are.
        if scored.first().map_or(0.0, |s| s.score) < threshold {
            return None;
        }
        scored.truncate(query.limit.max(2));
        let toks = [reading.as_str()];
        Some(self.finish(
            reading.clone(),
            &toks,
            scored,
            query,
            threshold,
            Some(&words),
        ))
    }
}
