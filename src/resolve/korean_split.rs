//! A Korean name whose given name is written solid (`Cho Yongwon`)
//! against a catalogue that writes its syllables apart or hyphenated
//! (`JO YONG-WON`): the solid word shares no word with the catalogue's, so
//! no candidate is found; the query is retried with the given name split
//! into its syllables (`crate::korean_latin::given_name_splits`), read
//! as Korean. (The other way round, a query written apart against a
//! solid catalogue name, the retry that joins adjacent words finds it.)

use super::readings::Reading;
use super::words::{Words, SPACING_PENALTY};
use super::Resolver;
use crate::{Query, Resolution};

impl Resolver {
    /// The resolution of `query` (normalized words `toks`) with a solid
    /// Korean given name split into its syllables, when that scores
    /// better than `best` (the other readings' best) and resolves; every
    /// way the word splits is tried, the split's score discounted as any
    /// respacing's ([`SPACING_PENALTY`]).
    pub(super) fn korean_split_alternative(
        &self,
        query: &Query<'_>,
        toks: &[&str],
        threshold: f64,
        best: f64,
    ) -> Option<Resolution> {
        let splits = crate::korean_latin::given_name_splits(query.text, toks);
        let mut won: Option<(Vec<String>, Vec<super::candidates::Scored>, Words<'_>)> = None;
        let mut top = best;
        for split in splits {
            let refs: Vec<&str> = split.iter().map(String::as_str).collect();
            let mut words = self.query_words(query.text, Reading::KoreanLatin);
            let mut scored =
                self.score_staged(&refs, (threshold / SPACING_PENALTY).min(1.0), &mut words);
            scored.iter_mut().for_each(|s| s.score *= SPACING_PENALTY);
            let score = scored.first().map_or(0.0, |s| s.score);
            if score > top && score >= threshold {
                top = score;
                won = Some((split, scored, words));
            }
        }
        let (split, scored, words) = won?;
        let refs: Vec<&str> = split.iter().map(String::as_str).collect();
        Some(self.finish(
            refs.join(" "),
            &refs,
            scored,
            query,
            threshold,
            Some(&words),
        ))
    }
}

#[cfg(test)]
mod tests {
    use crate::resolve::test_people;
    use crate::Query;

    // All names below are invented.

    #[test]
    fn a_solid_given_name_meets_its_syllables_apart() {
        let r = test_people(&[
            ("a", "JO TAE-SUNG"),
            ("b", "PAK MIN CHOL"),
            ("c", "Hyeonmin KANG"),
        ]);
        // Solid against hyphenated or spaced syllables, MR/RR surname.
        assert_eq!(r.resolve(&Query::new("Cho Taesung")).id(), Some("a"));
        assert_eq!(r.resolve(&Query::new("Pak Minchol")).id(), Some("b"));
        assert_eq!(r.resolve(&Query::new("Minchol PAK")).id(), Some("b"));
        // Apart against solid: the joining retry.
        assert_eq!(r.resolve(&Query::new("Hyeon Min Kang")).id(), Some("c"));
        // Another syllable is another name.
        assert_eq!(r.resolve(&Query::new("Cho Taesang")).id(), None);
        assert_eq!(r.resolve(&Query::new("Pak Minsol")).id(), None);
    }
}
