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
        let mut forms = crate::name_forms::other_forms(word, query.text);
        // A foreign name written in Greek letters, read by Greek's
        // conventions for foreign names (`μπ` `b`, `ντ` `d`, `ου` `u`).
        if let Some(f) = crate::greek_foreign::foreign_reading(query.text) {
            if f != word && !forms.contains(&f) {
                forms.push(f);
            }
        }
        let guessed = crate::translit::is_guessed_script(query.text);
        let cross = CROSS_SCRIPT_FACTOR * reading.factor(query.text);
        let factor = if guessed {
            FORM_FACTOR * cross
        } else {
            FORM_FACTOR
        };
        let staged = (threshold / factor).min(1.0);
        if !forms.is_empty() {
            let mut words = Words {
                reading,
                ..Words::default()
            };
            let res =
                self.best_alternative(query, forms.clone(), &mut words, threshold, best, |f, w| {
                    self.score_form(f, staged, factor, w)
                });
            if res.is_some() {
                return res;
            }
        }
        // An East Slavic name romanised by Polish, German, Dutch or
        // French orthography, spelt back as Cyrillic is romanised and
        // read as Cyrillic (`Miroszniczenko` as `miroshnichenko`).
        // And a Russian-looking spelling (or a Cyrillic query's) in each
        // of those orthographies, which the catalogue may have used.
        let latin = matches!(
            reading,
            Reading::Plain | Reading::NamePart | Reading::NamePartHacek
        );
        let mut pivots = if latin {
            crate::slavic_latin::pivot_forms(word)
        } else {
            Vec::new()
        };
        if latin || reading == Reading::Cyrillic {
            for f in crate::slavic_latin::system_forms(word) {
                if !pivots.contains(&f) {
                    pivots.push(f);
                }
            }
        }
        if !pivots.is_empty() {
            let mut words = Words {
                reading: Reading::Cyrillic,
                ..Words::default()
            };
            let res = self.best_alternative(
                query,
                pivots.clone(),
                &mut words,
                threshold,
                best,
                |f, w| self.score_form(f, staged, factor, w),
            );
            if res.is_some() {
                return res;
            }
        }
        // The word and its forms in another East Slavic language's
        // spelling: read the Belarusian way (akanye, г as `h`, ў), which
        // meets the Russian spelling of the name from the Belarusian one
        // and back (`Vinogradova`, a `Vinahradau`). A match counts only
        // where that reading is what brings it closer (not where the
        // Belarusian model, built on the plain one, is merely looser than
        // the query's own reading, as the plain one is than the Cyrillic).
        let read = matches!(
            reading,
            Reading::Plain | Reading::NamePart | Reading::NamePartHacek | Reading::Cyrillic
        );
        let slavic = crate::east_slavic::has_east_slavic_ending(word) || !pivots.is_empty();
        if !read || !slavic || crate::name_forms::czech_feminine(query.text) {
            return None;
        }
        let mut all = vec![word.to_string()];
        all.extend(forms);
        all.extend(pivots);
        // A first г (`h`/`g`) is spelt out: the walk keeps a word's first
        // letter.
        let swapped: Vec<String> = all
            .iter()
            .filter_map(|w| crate::east_slavic::other_initial_g(w))
            .collect();
        all.extend(swapped);
        // (The Belarusian model is the plain one with its correspondences.)
        let own = self.model_for(Reading::Plain);
        let akanye = self.model_for(Reading::Belarusian);
        let mut words = Words {
            reading: Reading::Belarusian,
            ..Words::default()
        };
        self.best_alternative(query, all, &mut words, threshold, best, |f, w| {
            let mut scored = self.score_form(f, staged, factor, w);
            scored.retain(|s| {
                let toks = self.alias_token_strs(s.alias);
                s.pairs.iter().all(|p| {
                    toks.get(p.a).is_some_and(|t| {
                        crate::cost::distance(akanye, f, t) < crate::cost::distance(own, f, t)
                    })
                })
            });
            scored
        })
    }

    /// One form `f` of the query word scored as the query (looking as far
    /// as `staged`), each score times `factor`.
    fn score_form<'m>(
        &'m self,
        f: &str,
        staged: f64,
        factor: f64,
        words: &mut Words<'m>,
    ) -> Vec<super::candidates::Scored> {
        let mut scored = self.score_staged(&[f], staged, words);
        scored.iter_mut().for_each(|s| s.score *= factor);
        scored
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
            let res = r.resolve(&Query::new(q));
            assert_eq!(res.id(), Some(id), "{q}");
            // It reports the query's own normalization, not the form tried.
            assert_eq!(res.normalized(), r.normalizer().normalize(q), "{q}");
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

    #[test]
    fn an_east_slavic_name_meets_its_spelling_in_another_of_the_languages() {
        // Invented names: a catalogue that writes them the Belarusian way
        // (akanye, ў) or the Russian way (г as `g`).
        let cat = Catalog::from_entities(vec![
            Entity::new("kalabanau", "Kalabanau"),
            Entity::new("velikanau", "Velikanau"),
            Entity::new("gorbulevich", "Gorbulevich"),
            Entity::new("murlova", "Murlova"),
        ])
        .expect("catalogue");
        let r = Resolver::build(&cat).expect("resolver");
        for (q, id) in [
            // Russian spelling, a woman's form too.
            ("Колобанов", "kalabanau"),
            ("Колобанова", "kalabanau"),
            ("Kolobanova", "kalabanau"),
            ("Великанова", "velikanau"),
            // Belarusian spelling (г as `h` first, akanye).
            ("Harbulevich", "gorbulevich"),
            ("Гарбулевіч", "gorbulevich"),
        ] {
            let res = r.resolve(&Query::new(q));
            assert_eq!(res.id(), Some(id), "{q}");
            assert!(res.candidates()[0].score < 1.0, "{q}");
            assert_eq!(res.normalized(), r.normalizer().normalize(q), "{q}");
        }
        // A vowel the Belarusian reading does not change stays an edit
        // (`-ev` is not `-ova`), and a word without an East Slavic ending
        // is not read so.
        assert_eq!(r.resolve(&Query::new("мурлев")).id(), None);
        assert_eq!(r.resolve(&Query::new("Holobanu")).id(), None);
    }

    #[test]
    fn a_slavic_name_meets_its_spelling_by_another_orthography() {
        // Invented name: a catalogue that writes it the Dutch way.
        let cat = Catalog::from_entities(vec![Entity::new("z", "Zjoekalev")]).expect("catalogue");
        let r = Resolver::build(&cat).expect("resolver");
        for (q, id) in [("Жукалев", "z"), ("Zhukalev", "z")] {
            let res = r.resolve(&Query::new(q));
            assert_eq!(res.id(), Some(id), "{q}");
            assert!(res.candidates()[0].score < 1.0, "{q}");
        }
    }
}
