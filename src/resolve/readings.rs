//! Which cost model reads a query's words: a name written in an abjad
//! (Arabic, Persian, Urdu or Hebrew script, which leave short vowels
//! out) is read by [`CostModel::for_arabic`] or [`CostModel::for_hebrew`]
//! (the abjad reading made precise for each script); a name with a word spelt the
//! Belarusian way (`-au`, `dzi`: a name is romanised by one system, so
//! its other words are read alike, `Siarhei` with `Halavanau`) by
//! [`CostModel::with_akanye`]; a Latin name with an Arabic particle
//! (`al-`, `bin`, `Abd`, `-uddin`) by the Arabic reading, where `a`/`e`,
//! `u`/`o` and the diphthong spellings cost little; a foreign name
//! transcribed in Han characters (`translit/han_foreign.rs`) by
//! [`CostModel::for_han_transcription`], its score against a Latin alias
//! discounted a little more than other scripts'; any other by the
//! resolver's model; a name written in Cyrillic by
//! [`CostModel::for_cyrillic`] (the conventions by which Russian writes
//! foreign names, without typing edits); a Korean name in Latin letters
//! by [`CostModel::for_korean_latin`] (`crate::korean_latin`). A Han name read as Chinese (pinyin) whose characters
//! could also be a transcription is read both ways when the first does
//! not resolve.
//! Retrieval (skeleton neighbours, the fuzzy walk) and scoring use each
//! word's one automaton, so both read it alike.

use std::sync::OnceLock;

use super::candidates::CROSS_SCRIPT_FACTOR;
use super::words::{Word, Words};
use super::Resolver;
use crate::automaton::WeightedLevenshtein;
use crate::cost::{Cost, CostModel};
use crate::outcome::{Query, Resolution};
use crate::score;

/// The models derived from the resolver's model, each built the first
/// time a query needs it (a load stays as fast as before: most
/// catalogues never see an abjad or Belarusian query).
#[derive(Clone, Debug, Default)]
pub(super) struct Readings {
    abjad: OnceLock<CostModel>,
    hebrew: OnceLock<CostModel>,
    transcribed: OnceLock<CostModel>,
    akanye: OnceLock<CostModel>,
    arabic: OnceLock<CostModel>,
    cyrillic: OnceLock<CostModel>,
    kana: OnceLock<CostModel>,
    hangul: OnceLock<CostModel>,
    korean_latin: OnceLock<CostModel>,
    han_foreign: OnceLock<CostModel>,
    name_part: OnceLock<CostModel>,
    japanese_latin: OnceLock<CostModel>,
    hacek: OnceLock<CostModel>,
    thai: OnceLock<CostModel>,
}

/// How a query is read.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(super) enum Reading {
    /// By the resolver's model.
    #[default]
    Plain,
    /// Written in Arabic script (`crate::abjad`).
    Abjad,
    /// Written in Hebrew script (`crate::abjad`).
    Hebrew,
    /// Written in another script that is not Latin (Cyrillic, Greek, kana,
    /// Hangul, Han, Indic, …): romanised, never typed or scanned in Latin
    /// letters, so no typing or OCR edits.
    Transcribed,
    /// Romanised from Belarusian.
    Belarusian,
    /// An Arabic name in Latin letters.
    ArabicLatin,
    /// Written in Cyrillic: transcribed, and a foreign name written the
    /// way Russian transcribes it ([`CostModel::for_cyrillic`]).
    Cyrillic,
    /// Written in kana (see `crate::syllabic`).
    Kana,
    /// Written in Hangul (see `crate::syllabic`).
    Hangul,
    /// A foreign name transcribed in Han characters (`translit::han_foreign`).
    HanForeign,
    /// A Korean name in Latin letters (see `crate::korean_latin`).
    KoreanLatin,
    /// One Latin word alone that reads as Japanese morae
    /// (`crate::japanese_latin`): a name part, read as [`Reading::NamePart`]
    /// is, with the Hepburn, Kunrei-shiki and long-vowel spellings of one
    /// kana meeting.
    JapaneseLatin,
    /// One Latin word alone written with háček letters (`crate::hacek`):
    /// a name part, read as [`Reading::NamePart`] is, with its folded
    /// `s`, `c`, `z` meeting the digraphs other languages write.
    NamePartHacek,
    /// One Latin word alone: a name part (a given name or a surname).
    /// Nothing else in the query tells a keyboard slip from another real
    /// name one key away (`Dunaro`/`Dumaro`), and names given one part at
    /// a time are mostly copied or transcribed, not typed: read without
    /// typing edits ([`CostModel::without_typos`], as a transcribed name
    /// is, and [`CostModel::without_transpositions`]). A slip in a full name still meets it, the other words vouching
    /// for it.
    NamePart,
}

/// Factor on the score of a Han transcription of a foreign name against a
/// Latin name, on top of the cross-script factor: the syllable inventory
/// and the vowels written as heard let many Latin names fit one
/// transcription (`d't` is Dett, Dieter, Dot), so the same similarity is
/// weaker evidence. Measured on wdtr_chinese (dev, 2026-11-29): 0.86
/// finds 41.8% at 2.0% false accepts, 0.87 42.0% at 2.7%, 0.88 45.0% at
/// 3.8%; 0.86 keeps a margin under the 3% target.
const HAN_FOREIGN_FACTOR: f64 = 0.86;

/// [`HAN_FOREIGN_FACTOR`] for a transcription of [`LONG_TRANSCRIPTION`]
/// syllables or more: each syllable the charts write narrows the Latin
/// names that fit it, so a long transcription that matches is stronger
/// evidence than a short one (the false accepts of the short factor are
/// names of two or three syllables: `布托` Beto, `罗德` Lord). Measured
/// (dev, 2026-11-30; accuracy / false accepts / wrong ids): 0.86 nameparts
/// 61.2 / 5.7 / 1.7, wdtr_chinese 47.0 / 2.2 / 1.7; 0.88 61.5 / 5.7 /
/// 1.7, 47.8 / 2.4 / 1.9; 0.90 61.7 / 5.7 / 1.7, 48.9 / 2.9 / 1.9.
const HAN_FOREIGN_LONG_FACTOR: f64 = 0.88;

/// Syllables (Han characters) from which a transcription takes
/// [`HAN_FOREIGN_LONG_FACTOR`].
const LONG_TRANSCRIPTION: usize = 4;

/// [`HAN_FOREIGN_FACTOR`] for a transcription of [`VERY_LONG_TRANSCRIPTION`]
/// syllables or more, by the same reasoning: five syllables that the
/// charts write, each in the order heard, fit few Latin names besides the
/// one transcribed: of the queries of five or more syllables scoring
/// 0.50-0.67, all but one were right matches (nameparts, wdtr_chinese).
/// Measured (eval --no-scale, 2026-11-30; right / false accepts / wrong
/// ids): the 0.88 of four syllables nameparts 3965 / 147 / 99,
/// wdtr_chinese 232 / 12 / 8; 0.94 nameparts 3980 / 147 / 99,
/// wdtr_chinese 232 / 12 / 8 (it has few names that long).
const HAN_FOREIGN_VERY_LONG_FACTOR: f64 = 0.94;

/// Syllables (Han characters) from which a transcription takes
/// [`HAN_FOREIGN_VERY_LONG_FACTOR`].
const VERY_LONG_TRANSCRIPTION: usize = 5;

/// Factor on the score of a name written in Hebrew script against a
/// Latin name, on top of the cross-script factor: Hebrew leaves most
/// vowels out and one letter writes several sounds (ב, פ, ו, ש), so one
/// spelling fits many Latin names (`k'r'n` is Karin and Keren) and the
/// same similarity is weaker evidence. Measured on wdtr_hebrew (dev,
/// 2026-11-29, with the Hebrew reading scaled 115/100): 1.0 finds 72.7%
/// at 6.6% false accepts, 0.93 61.2% at 3.4%, 0.92 57.3% at 3.4%.
const HEBREW_FACTOR: f64 = 0.93;

/// The least gap between the best and the second-best entity for a Han
/// transcription of a foreign name. The transcription writes a syllable
/// for what it hears and leaves out what it does not: a final `-er`/`-re`
/// is `尔` or nothing after d, t, k (`德` is -d and -der), an unwritten
/// vowel slot is any vowel or none, so two catalogue names that differ
/// only there (`Hardt`/`Harder`, `Merin`/`Marin`) read alike and the
/// nearer spelling of the guess is no evidence for it: a close runner-up
/// leaves the query unknown. Measured on wdtr_chinese (dev, 2026-11-29;
/// accuracy / false accepts / wrong ids): 0.04 (the default margin)
/// 45.0% / 2.0% / 2.6%, 0.07 44.2% / 1.8% / 1.9%, 0.09 43.8% / 1.8% /
/// 1.7%, 0.10 42.2% / 1.8% / 1.7%, 0.12 41.6% / 1.5% / 1.3%.
const HAN_FOREIGN_MARGIN: f64 = 0.09;

impl Reading {
    /// The least gap to the runner-up for a reading that guesses the
    /// Latin spelling (a Han transcription of a foreign name), where an
    /// exact match of the guess is no exact match; `None` for readings
    /// that keep the resolver's margin.
    pub(super) fn guessed_margin(self) -> Option<f64> {
        match self {
            Reading::HanForeign => Some(HAN_FOREIGN_MARGIN),
            _ => None,
        }
    }

    /// Whether a winner found by the exact and skeleton keys alone may
    /// decide the query, and a word with a close skeleton neighbour may
    /// skip the fuzzy walk. Not for kana and Hangul: their vowel slots
    /// (`s'tor'`) read as vowels in the skeleton where the Latin spelling
    /// has none (`stoller`), so the right word is often only in reach of
    /// the walk while a wrong one shares the skeleton. Nor for Arabic
    /// script, whose slots do the same (measured on wdtr_arabic, dev,
    /// 2026-11-29: 64.9% / 2.4% false accepts / 1.9% wrong ids with the
    /// skeleton deciding, 65.1% / 2.2% / 1.5% without).
    pub(super) fn skeleton_decides(self) -> bool {
        !matches!(self, Reading::Kana | Reading::Hangul | Reading::Abjad)
    }

    /// The factor on the score of a match of query `text`, read this way,
    /// against an alias in another script (besides the cross-script one).
    pub(super) fn factor(self, text: &str) -> f64 {
        match self {
            Reading::HanForeign => match crate::translit::han_syllables(text) {
                n if n >= VERY_LONG_TRANSCRIPTION => HAN_FOREIGN_VERY_LONG_FACTOR,
                n if n >= LONG_TRANSCRIPTION => HAN_FOREIGN_LONG_FACTOR,
                _ => HAN_FOREIGN_FACTOR,
            },
            Reading::Hebrew => HEBREW_FACTOR,
            _ => 1.0,
        }
    }

    /// Whether the query's words spaced otherwise (adjacent words joined)
    /// are tried even when its words as written resolve: a Korean given
    /// name's syllables are written joined, hyphenated or apart
    /// (`Hee-yeol`, `Heeyeol`), so a name written apart may meet another
    /// two-word name above the threshold and its own, joined, better.
    pub(super) fn respaces_always(self) -> bool {
        self == Reading::KoreanLatin
    }

    /// Whether a word of a query read so takes the fuzzy walk unless it
    /// has an exact match (not just a close one): the conventions of a
    /// Cyrillic reading reach words whose skeleton differs (к for Latin c,
    /// х for Spanish j), and a close neighbour in the skeleton may hide a
    /// closer one (`Конен`: `Koenen` by the skeleton, `Conen` by the walk).
    /// So do a Hebrew reading's: its letters stand for sounds the skeleton
    /// keeps apart (פ p or f), and a close neighbour in the skeleton may
    /// hide a closer one by the other sound.
    pub(super) fn walks_unless_exact(self) -> bool {
        matches!(self, Reading::Cyrillic | Reading::Hebrew)
    }

    /// Shortest one-word query of this reading that is also looked up
    /// among the names written without spaces (see `words`).
    pub(super) fn joined_min_len(self) -> usize {
        match self {
            Reading::Hangul | Reading::Kana => super::words::SYLLABIC_JOINED_MIN_LEN,
            _ => super::words::JOINED_MIN_LEN,
        }
    }

    /// Whether the query is one name part as it writes it in Latin letters
    /// (not romanised from another script by the normalizer), not read as
    /// a Korean or Arabic name nor written with háček letters (a Slavic
    /// `ž` folds to the `z` of a Japanese syllable). (Words of a longer
    /// query may be syllables of a name written apart: `Pong Ui`.)
    pub(super) fn latin_words(self) -> bool {
        matches!(self, Reading::NamePart | Reading::JapaneseLatin)
    }

    /// [`Self::latin_words`] for the query words `toks`; and a one-word
    /// query read as Belarusian for its final `-ou` (ў), which is also a
    /// Japanese long o written `ou` (`-tarou`, `-saburou`): a word of
    /// Japanese morae a mora away from a Japanese name is another name
    /// either way (a Belarusian `-ou` name's other spellings, `-ov`, are
    /// no morae, so it keeps its matches).
    pub(super) fn latin_words_of(self, toks: &[&str]) -> bool {
        self.latin_words()
            || (self == Reading::Belarusian && matches!(toks, [w] if w.ends_with("ou")))
    }

    /// The reading of query `text`, whose normalized words are `words`.
    pub(super) fn of(text: &str, words: &[&str]) -> Reading {
        // An ASCII text (most queries) has no letter of the other scripts
        // and every letter Latin: those tests are skipped (each reads the
        // whole text; together they showed in profiles).
        let ascii = text.is_ascii();
        if !ascii && crate::abjad::is_hebrew(text) {
            Reading::Hebrew
        } else if !ascii && crate::abjad::is_abjad(text) {
            Reading::Abjad
        } else if !ascii && crate::syllabic::is_hangul(text) {
            Reading::Hangul
        } else if !ascii && crate::syllabic::is_kana(text) {
            Reading::Kana
        } else if (ascii || latin_or_cyrillic(text))
            && ((!ascii && crate::east_slavic::written_belarusian(text))
                || words
                    .iter()
                    .any(|w| crate::east_slavic::looks_belarusian(w)))
            // (Korean `Young` writes 영 with the `ou` of Belarusian ў.)
            && !crate::korean_latin::is_korean_latin(text, words)
        {
            Reading::Belarusian
        } else if crate::abjad::has_arabic_particles(text)
            || crate::somali_latin::reads_somali(words)
            || crate::malay_latin::reads_malay(words)
        {
            Reading::ArabicLatin
        } else if (ascii || latin(text)) && crate::korean_latin::is_korean_latin(text, words) {
            Reading::KoreanLatin
        } else if !ascii && cyrillic(text) {
            Reading::Cyrillic
        } else if !ascii && crate::translit::reads_han_foreign(text) {
            Reading::HanForeign
        } else if !ascii && !latin(text) {
            Reading::Transcribed
        } else if let [word] = words {
            if crate::hacek::has_hacek(text) {
                Reading::NamePartHacek
            } else if crate::japanese_latin::looks_japanese(word) {
                Reading::JapaneseLatin
            } else {
                Reading::NamePart
            }
        } else {
            Reading::Plain
        }
    }
}

/// Whether every letter of `text` is Latin (with its diacritics and
/// full-width forms).
fn latin(text: &str) -> bool {
    text.chars().filter(|c| c.is_alphabetic()).all(|c| {
        c.is_ascii()
            || ('\u{00C0}'..='\u{024F}').contains(&c)
            || ('\u{1E00}'..='\u{1EFF}').contains(&c)
            || ('\u{FF21}'..='\u{FF5A}').contains(&c)
    })
}

/// Whether `text` has letters and every one is Cyrillic.
fn cyrillic(text: &str) -> bool {
    let mut letters = text.chars().filter(|c| c.is_alphabetic()).peekable();
    letters.peek().is_some() && letters.all(|c| ('\u{0400}'..='\u{04FF}').contains(&c))
}

/// Whether every letter of `text` is Latin or Cyrillic: the scripts a
/// Belarusian name is written in. (A kana name romanised `-ou` is not
/// Belarusian.)
fn latin_or_cyrillic(text: &str) -> bool {
    text.chars().filter(|c| c.is_alphabetic()).all(|c| {
        c.is_ascii()
            || ('\u{00C0}'..='\u{024F}').contains(&c)
            || ('\u{0400}'..='\u{04FF}').contains(&c)
    })
}

/// Factor on the score of a Han transcription read with a final -er
/// restored ([`Resolver::final_er_alternative`]): the charts write -t and
/// -ter alike, so the restored spelling is a guess.
const FINAL_ER_FACTOR: f64 = 0.97;

impl Resolver {
    /// A Han transcription of a foreign name whose words end in a lone
    /// stop (`特`, `德`, `克`, `格`, `伯`, `普`) or in `默` (see
    /// `translit::final_er_runs`), read with the -er those characters
    /// also write after a consonant restored (`莫特` mot, Motter), when it
    /// scores better than `best` (the reading as written, which did not
    /// resolve).
    pub(super) fn final_er_alternative(
        &self,
        query: &Query<'_>,
        toks: &[&str],
        threshold: f64,
        best: f64,
    ) -> Option<Resolution> {
        let ends = crate::translit::final_er_runs(query.text);
        if ends.len() != toks.len() || ends.iter().all(Option::is_none) {
            return None;
        }
        let alt: Vec<String> = toks
            .iter()
            .zip(&ends)
            .map(|(t, end)| match end {
                Some((from, to)) if t.ends_with(from) => {
                    format!("{}{to}", &t[..t.len() - from.len()])
                }
                _ => t.to_string(),
            })
            .collect();
        let alt: Vec<&str> = alt.iter().map(String::as_str).collect();
        let mut words = Words {
            reading: Reading::HanForeign,
            ..Words::default()
        };
        let cross = CROSS_SCRIPT_FACTOR * Reading::HanForeign.factor(query.text) * FINAL_ER_FACTOR;
        let mut scored = self.score_staged(&alt, (threshold / cross).min(1.0), &mut words);
        self.discount_cross_script(&mut scored, cross);
        let top = scored.first().map_or(0.0, |s| s.score);
        if top <= best || top < threshold {
            return None;
        }
        Some(self.finish(
            self.normalizer.normalize(query.text),
            &alt,
            scored,
            query,
            threshold,
            Some(&words),
        ))
    }

    /// A Han query the normalizer read as a Chinese name that could be a
    /// transcribed foreign one (`translit::han_foreign_alternative`),
    /// resolved by that reading, when it scores better than `best` (the
    /// best score of the Chinese reading, which did not resolve).
    pub(super) fn han_foreign_alternative(
        &self,
        query: &Query<'_>,
        threshold: f64,
        best: f64,
    ) -> Option<Resolution> {
        let alt = crate::translit::han_foreign_alternative(query.text)?;
        let toks: Vec<&str> = alt
            .iter()
            .map(String::as_str)
            .filter(|t| !t.is_empty())
            .collect();
        if toks.is_empty() {
            return None;
        }
        let mut words = Words {
            reading: Reading::HanForeign,
            ..Words::default()
        };
        let cross = CROSS_SCRIPT_FACTOR * Reading::HanForeign.factor(query.text);
        let mut scored = self.score_staged(&toks, (threshold / cross).min(1.0), &mut words);
        self.discount_cross_script(&mut scored, cross);
        if scored.first().map_or(0.0, |s| s.score) <= best {
            return None;
        }
        Some(self.finish(
            toks.join(" "),
            &toks,
            scored,
            query,
            threshold,
            Some(&words),
        ))
    }

    /// A Persian query that did not resolve (`unresolved`), resolved with
    /// one or all of its Arabic kāfs `ك` read as gāf `گ`
    /// (`translit::persian_gaf_readings`): the reading that resolves with
    /// the best score, its normalized text the one it read. `None` when
    /// none resolves, or `unresolved` did. Only a query in Arabic script
    /// with a `ك` and a Persian letter does this work.
    pub(super) fn persian_gaf_alternative(
        &self,
        query: &Query<'_>,
        unresolved: &Resolution,
    ) -> Option<Resolution> {
        if unresolved.id().is_some() {
            return None;
        }
        crate::translit::persian_gaf_readings(query.text)
            .iter()
            .map(|text| {
                self.resolve_name(&Query {
                    text,
                    ..query.clone()
                })
            })
            .filter(|r| r.id().is_some())
            .max_by(|a, b| a.score().total_cmp(&b.score()))
    }

    /// The pair of query word `q` (of a query read as `reading`) and
    /// catalogue word `tok`, whose match by the query's reading is
    /// `found`: when the query is read plainly and `tok` is spelt the
    /// Belarusian way, or is a word of an alias that has such a word
    /// (`belarusian`: a name is romanised by one system, so `Verabei`
    /// beside `Mikalai` is read as `Siarhei` beside `Halavanau` is), the
    /// better of that and the pair under the Belarusian reading. A
    /// catalogue that writes a name the Belarusian way so meets a query
    /// that writes it the Russian way. Close pairs are kept as found.
    pub(super) fn catalogue_reading<'m>(
        &'m self,
        reading: Reading,
        word: &Word<'m>,
        tok: &str,
        belarusian: bool,
        found: Option<(f64, Cost)>,
    ) -> Option<(f64, Cost)> {
        let q = word.text.as_str();
        if !matches!(
            reading,
            Reading::Plain | Reading::NamePart | Reading::JapaneseLatin | Reading::NamePartHacek
        ) || found.is_some_and(|(s, _)| s >= super::words::CLOSE_SIM)
            || !(belarusian || crate::east_slavic::looks_belarusian(tok))
        {
            return found;
        }
        // The word's automaton under the Belarusian model (built once per
        // word), bounded: a cost above the pair budget is a similarity
        // below `PAIR_MIN`, which leaves the pair as found. (A full
        // `cost::distance` matrix per pair showed in profiles.)
        let aut = word.belarusian.get_or_init(|| {
            WeightedLevenshtein::new(self.model_for(Reading::Belarusian), q, Cost::MAX)
        });
        let Some(cost) = aut.eval_within(tok, score::pair_budget(q.len(), tok.len())) else {
            return found;
        };
        let sim = score::word_sim(cost, q, tok);
        if sim >= score::PAIR_MIN && found.map_or(true, |(s, _)| sim > s) {
            Some((sim, cost))
        } else {
            found
        }
    }

    /// The model of the Thai reading of a pair (`crate::thai_latin`).
    pub(super) fn thai_model(&self) -> &CostModel {
        self.readings
            .thai
            .get_or_init(|| crate::thai_latin::thai_model(&self.model))
    }

    /// The model for the words of a query read as `reading`.
    pub(super) fn model_for(&self, reading: Reading) -> &CostModel {
        match reading {
            Reading::Plain => &self.model,
            Reading::Abjad => self.readings.abjad.get_or_init(|| self.model.for_arabic()),
            Reading::Hebrew => self.readings.hebrew.get_or_init(|| self.model.for_hebrew()),
            Reading::Transcribed => self
                .readings
                .transcribed
                .get_or_init(|| self.model.without_typos()),
            Reading::Belarusian => self
                .readings
                .akanye
                .get_or_init(|| self.model.with_akanye()),
            Reading::ArabicLatin => self.readings.arabic.get_or_init(|| {
                let mut m = crate::abjad::arabic_latin_model(&self.model);
                crate::somali_latin::add_query_rules(&mut m);
                crate::malay_latin::add_query_rules(&mut m);
                m
            }),
            Reading::Cyrillic => self
                .readings
                .cyrillic
                .get_or_init(|| self.model.without_typos().for_cyrillic()),
            Reading::Kana => self.readings.kana.get_or_init(|| self.model.for_kana()),
            Reading::Hangul => self.readings.hangul.get_or_init(|| self.model.for_hangul()),
            Reading::HanForeign => self
                .readings
                .han_foreign
                .get_or_init(|| self.model.for_han_transcription()),
            Reading::JapaneseLatin => self
                .readings
                .japanese_latin
                .get_or_init(|| self.model_for(Reading::NamePart).for_japanese_latin()),
            Reading::NamePartHacek => self
                .readings
                .hacek
                .get_or_init(|| crate::hacek::hacek_model(self.model_for(Reading::NamePart))),
            Reading::NamePart => self
                .readings
                .name_part
                .get_or_init(|| self.model.without_typos().without_transpositions()),
            Reading::KoreanLatin => self
                .readings
                .korean_latin
                .get_or_init(|| self.model.for_korean_latin()),
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::{Catalog, CostModel, Entity, Query, Resolver};

    use crate::resolve::test_people as people;

    fn resolver() -> Resolver {
        // Invented people.
        people(&[
            ("salaman", "Karim Salaman"),
            ("sulimov", "Kirill Sulimov"),
            ("gorodanov", "Pavel Gorodanov"),
            ("garadin", "Pavel Garadin"),
        ])
    }

    #[test]
    fn a_hebrew_word_walks_past_a_close_skeleton_neighbour() {
        // Invented surnames. פליש is Flisch with פ read f; Felis is its
        // skeleton neighbour by the p reading, close but farther.
        let r = people(&[("flisch", "Flisch"), ("felis", "Felis")]);
        let got = r.resolve(&Query::new("פליש"));
        assert_eq!(got.id(), Some("flisch"), "{got:?}");
        assert!(got.candidates.iter().any(|c| c.id == "felis"), "{got:?}");
    }

    #[test]
    fn a_persian_kaf_may_write_gaf() {
        // Invented people. A Persian text typed with the Arabic kāf (and
        // Farsi yeh ی): its ك may be the g of گ.
        let r = people(&[("gu", "Gulnawaz Sherdili"), ("ka", "Karim Dastani")]);
        let got = r.resolve(&Query::new("كلنواز شیردلی"));
        assert_eq!(got.id(), Some("gu"), "{got:?}");
        assert_eq!(r.resolve(&Query::new("گلنواز شیردلی")).id(), Some("gu"));
        // Its ك is still k where k is meant.
        assert_eq!(r.resolve(&Query::new("كریم دستانی")).id(), Some("ka"));
        // The Arabic spelling (ي, no Persian letter) reads ك as k only.
        assert_eq!(r.resolve(&Query::new("كلنواز شيردلي")).id(), None);
    }

    #[test]
    fn a_somali_spelling_meets_the_common_one() {
        // Invented people: ʿayn as c, ḥ as x, long vowels doubled.
        let r = people(&[
            ("ha", "Hasan Rahiman Gudali"),
            ("ab", "Abdihakim Ibrahim Dalmar"),
        ]);
        let got = r.resolve(&Query::new("Xasan Raxiimaan Gudali"));
        assert_eq!(got.id(), Some("ha"));
        assert!(got.score() > 0.9, "{}", got.score());
        assert_eq!(
            r.resolve(&Query::new("Cabdixakiim Ibraahim Dalmar")).id(),
            Some("ab")
        );
    }

    #[test]
    fn an_indonesian_spelling_meets_the_common_one() {
        // Invented people: sy (and the old sj) for sh, ts for th, the
        // old j for y, oe for u, ch for kh: read as spellings of one
        // letter, the name meets as closely as its common spelling would.
        let r = people(&[
            ("yu", "Yusuf Shakirin Tirtawan"),
            ("ra", "Rashid Thamiran"),
            ("ha", "Hashim Khudrani"),
        ]);
        for (q, id) in [
            ("Jusuf Syakirin Tirtawan", "yu"),
            ("Rasyid Tsamiran", "ra"),
            ("Rasjid Tsamiran", "ra"),
            ("Hasjim Choedrani", "ha"),
        ] {
            let got = r.resolve(&Query::new(q));
            assert_eq!(got.id(), Some(id), "{q}");
            assert!(got.score() > 0.85, "{q}: {}", got.score());
        }
    }

    #[test]
    fn a_short_syllabic_name_meets_its_syllables_written_apart() {
        // Invented given names, catalogued hyphenated or apart: the Hangul
        // and katakana names are one short word.
        let r = people(&[
            ("bo", "Bo-Ram"),
            ("ha", "Ha Sol"),
            ("ch", "Chul-Soo"),
            ("my", "Myung Sook"),
        ]);
        assert_eq!(r.resolve(&Query::new("보람")).id(), Some("bo"));
        assert_eq!(r.resolve(&Query::new("하솔")).id(), Some("ha"));
        assert_eq!(r.resolve(&Query::new("ハソル")).id(), Some("ha"));
        // Another romanisation of the syllables (ㅓ written u): scored
        // as one word against one, not as one of two words.
        assert_eq!(r.resolve(&Query::new("철수")).id(), Some("ch"));
        assert_eq!(r.resolve(&Query::new("명숙")).id(), Some("my"));
        assert_eq!(r.resolve(&Query::new("도람")).id(), None);
    }

    #[test]
    fn a_query_is_read_by_its_script_and_spelling() {
        use super::Reading;
        let of = |t: &str| {
            let n = crate::Normalizer::new().normalize(t);
            Reading::of(t, &n.split(' ').collect::<Vec<_>>())
        };
        // Invented names.
        assert_eq!(of("كريم سلمن"), Reading::Abjad);
        assert_eq!(of("כרים סלמן"), Reading::Hebrew);
        assert_eq!(of("Barys Zalatau"), Reading::Belarusian);
        assert_eq!(of("Zubaydan al-Harim"), Reading::ArabicLatin);
        assert_eq!(of("Cabdixakiim Gudleey"), Reading::ArabicLatin);
        assert_eq!(of("Carlomex Maxilo"), Reading::Plain);
        assert_eq!(of("Rasyid Gunawiran"), Reading::ArabicLatin);
        assert_eq!(of("Ivan Kurilenko"), Reading::Plain);
        assert_eq!(of("Nona Chanturidze"), Reading::Plain);
        // Korean in Latin letters: hyphenated syllables, MR breves, a
        // surname with monosyllables; not a name that merely parses.
        assert_eq!(of("Da-Hyeol"), Reading::KoreanLatin);
        assert_eq!(of("Chŏngsu"), Reading::KoreanLatin);
        assert_eq!(of("Choe Tal Bong"), Reading::KoreanLatin);
        assert_eq!(of("Mandel"), Reading::NamePart);
        assert_eq!(of("Ida Mandel"), Reading::Plain);
        assert_eq!(of("Kotimura"), Reading::JapaneseLatin);
        assert_eq!(of("Višněvec"), Reading::NamePartHacek);
        // Kana romanised with a final -ou is not Belarusian: it is
        // transcribed, as Cyrillic that is not Belarusian is.
        assert_eq!(of("サトウ"), Reading::Kana);
        assert_eq!(of("스미스"), Reading::Hangul);
        assert_eq!(of("Ιβαν Κουριλένκο"), Reading::Transcribed);
        assert_eq!(of("Иван Курыленко"), Reading::Cyrillic);
        // Han: a transcribed foreign name, or a Chinese name in pinyin.
        assert_eq!(of("塔维斯"), Reading::HanForeign);
        assert_eq!(of("王小明"), Reading::Transcribed);
    }

    #[test]
    fn a_japanese_long_o_written_ou_is_still_read_mora_by_mora() {
        use super::Reading;
        // Invented names. A final -ou reads as Belarusian ў, and is the
        // long o of a Japanese name too: a mora apart is another name.
        let toks = ["yomatarou"];
        assert_eq!(Reading::of("Yomatarou", &toks), Reading::Belarusian);
        assert!(Reading::Belarusian.latin_words_of(&toks));
        assert!(!Reading::Belarusian.latin_words_of(&["kenau"]));
        assert!(!Reading::Belarusian.latin_words_of(&["yomatarou", "ida"]));
        let r = people(&[("y", "Yamataro"), ("s", "Sakalov")]);
        assert_eq!(r.resolve(&Query::new("Yomatarou")).id(), None);
        assert_eq!(r.resolve(&Query::new("Yamatarou")).id(), Some("y"));
        // A Belarusian -ou name still meets its -ov spelling.
        assert_eq!(r.resolve(&Query::new("Sakalou")).id(), Some("s"));
    }

    #[test]
    fn a_name_part_alone_is_read_without_typing_edits() {
        // Invented names one key apart (m/n): another name, not a slip.
        let r = people(&[("ravenko", "Ravenko"), ("dumaro", "Dumaro")]);
        assert_eq!(r.resolve(&Query::new("Dunaro")).id(), None);
        // Nor two letters swapped (a typing slip too).
        assert_eq!(r.resolve(&Query::new("Ravneko")).id(), None);
        // A spelling variant of the part alone still meets it.
        assert_eq!(r.resolve(&Query::new("Rawenko")).id(), Some("ravenko"));
        // In a full name, the other word vouches for the slip.
        let r = people(&[("dumaro", "Ilse Dumaro")]);
        assert_eq!(r.resolve(&Query::new("Ilse Dunaro")).id(), Some("dumaro"));
    }

    #[test]
    fn a_foreign_name_written_in_cyrillic_meets_its_original() {
        // Invented names, each written in Cyrillic by a Russian
        // transcription convention: Polivanov ти for chi, English дж for j
        // and ей for a long a, French silent -t, Latin -ий for -ius.
        let r = people(&[
            ("hakuchi", "Hakuchi"),
            ("jorbake", "Jorbake"),
            ("lavaret", "Lavaret"),
            ("tarnius", "Tarnius"),
            ("koenel", "Koenel"),
            ("conel", "Conel"),
        ]);
        for (q, id) in [
            ("Хакути", "hakuchi"),
            ("Джорбейк", "jorbake"),
            ("Лаваре", "lavaret"),
            ("Тарний", "tarnius"),
        ] {
            assert_eq!(r.resolve(&Query::new(q)).id(), Some(id), "{q}");
        }
        // к is Latin c: the walk finds `Conel`, whose skeleton differs,
        // though `Koenel` is a close skeleton neighbour; the two are too
        // close to call, but `Conel` ranks first.
        let res = r.resolve(&Query::new("Конел"));
        assert_eq!(
            res.candidates().first().map(|c| c.id.as_str()),
            Some("conel")
        );
        assert_ne!(res.id(), Some("koenel"));
        // A Latin query is not read by the Cyrillic conventions (English
        // j written дж, long a ей). (`Hakuti` is Kunrei-shiki for
        // Hakuchi: `crate::japanese_latin`.)
        let latin = r.resolve(&Query::new("Dzhorbeyk"));
        let cyrillic = r.resolve(&Query::new("Джорбейк"));
        let score = |res: &crate::Resolution| res.candidates().first().map_or(0.0, |c| c.score);
        assert!(
            score(&cyrillic) > score(&latin),
            "{} {}",
            score(&cyrillic),
            score(&latin)
        );
    }

    #[test]
    fn a_han_transcription_meets_the_latin_name() {
        use super::Reading;
        // Invented names. 塔维斯 is ta-vi-s: the r of Tarvis is dropped
        // after a vowel, as in the charts; 德 is a lone d, 尔 l or r.
        let r = people(&[
            ("tarvis", "Tarvis"),
            ("dolman", "Dolman"),
            ("kober", "Kober"),
        ]);
        assert_eq!(r.resolve(&Query::new("塔维斯")).id(), Some("tarvis"));
        assert_eq!(r.resolve(&Query::new("多尔曼")).id(), Some("dolman"));
        // A name the catalogue does not have stays unknown.
        assert_eq!(r.resolve(&Query::new("米兰达")).id(), None);
        // Read as a Chinese name first (`da li`), 达丽 could be either: the
        // transcription reading is tried too, and finds the invented Dalie.
        let r2 = people(&[("dalie", "Dalie"), ("dolman", "Dolman")]);
        assert_eq!(r2.normalizer().normalize("达丽"), "da li");
        assert_eq!(r2.resolve(&Query::new("达丽")).id(), Some("dalie"));
        // The reading's model is what lets them meet.
        let d = |m: &CostModel| crate::cost::distance(m, "tavis", "tarvis");
        assert!(d(r.model_for(Reading::HanForeign)) < d(r.model_for(Reading::Transcribed)));
    }

    #[test]
    fn a_long_han_transcription_is_stronger_evidence() {
        use super::Reading;
        // Invented transcriptions: four syllables fit fewer Latin names
        // than two.
        let long = Reading::HanForeign.factor("塔维斯卡");
        let short = Reading::HanForeign.factor("塔维");
        assert!(long > short, "{long} {short}");
        assert_eq!(Reading::HanForeign.factor("塔维斯"), short);
        // Five fit fewer still (an invented Tavislaka).
        let five = Reading::HanForeign.factor("塔维斯拉卡");
        assert!(five > long, "{five} {long}");
        // Other readings keep theirs.
        assert_eq!(Reading::Kana.factor("タビスカ"), 1.0);
    }

    #[test]
    fn a_final_lone_stop_may_write_er() {
        // Invented names: 达尔贝克 dar-be-k is Darbecker as the charts write
        // a final -er after a consonant (贝克 Becker); 达尔贝 is not.
        let r = people(&[("darbecker", "Darbecker"), ("dolman", "Dolman")]);
        assert_eq!(r.resolve(&Query::new("达尔贝克")).id(), Some("darbecker"));
        assert_eq!(r.resolve(&Query::new("达尔贝")).id(), None);
        // A -k name written so is still found as written (invented Darbek).
        let r = people(&[("darbek", "Darbek"), ("dolman", "Dolman")]);
        assert_eq!(r.resolve(&Query::new("达尔贝克")).id(), Some("darbek"));
    }

    #[test]
    fn a_han_transcription_needs_a_wider_margin() {
        use crate::{Decision, Unknown};
        // Invented names. 梅莉 is me-li: a doubled consonant is written
        // once, so Melli reads as Meli does; the exact match of the guess
        // is no exact match, and the close runner-up leaves it unknown.
        let r = people(&[("meli", "Meli"), ("melli", "Melli"), ("dolman", "Dolman")]);
        let res = r.resolve(&Query::new("梅莉"));
        assert_eq!(res.id(), None);
        assert!(matches!(
            res.decision,
            Decision::Unknown(Unknown::Ambiguous { ref runner_up, .. }) if runner_up == "melli"
        ));
        // Alone, either is found.
        let r = people(&[("melli", "Melli"), ("dolman", "Dolman")]);
        assert_eq!(r.resolve(&Query::new("梅莉")).id(), Some("melli"));
        // The same gap in a Latin query is a decision: Meli is Meli.
        let r = people(&[("meli", "Meli"), ("melli", "Melli")]);
        assert_eq!(r.resolve(&Query::new("Meli")).id(), Some("meli"));
    }

    #[test]
    fn a_belarusian_catalogue_name_meets_a_russian_query() {
        // Invented: the catalogue writes the name the Belarusian way.
        let r = people(&[
            ("marhalouski", "Siarhei Marhalouski"),
            ("other", "Stepan Margolin"),
        ]);
        let res = r.resolve(&Query::new("Sergei MARGALOVSKY").with_edits(true));
        assert_eq!(res.id(), Some("marhalouski"));
        // The explanation adds up to each pair's cost.
        for t in &res.candidates()[0].tokens {
            let sum: u32 = t.edits.iter().map(|e| e.cost).sum();
            assert_eq!(sum, t.cost, "{} / {}", t.query, t.alias);
        }
        // Read plainly, the surname pair would cost more.
        let plain = crate::cost::distance(&CostModel::default(), "margalovsky", "marhalouski");
        let tok = res.candidates()[0]
            .tokens
            .iter()
            .find(|t| t.alias == "marhalouski")
            .expect("pair");
        assert!(tok.cost < plain, "{} {plain}", tok.cost);
    }

    #[test]
    fn a_name_written_in_an_abjad_is_read_as_one() {
        use super::Reading;
        // Invented: Hebrew פ is p or f, Arabic and Hebrew write long vowels
        // with y/w (vav also as v).
        let r = people(&[("filora", "Filora Davun"), ("salaman", "Karim Salaman")]);
        let top =
            |res: &crate::Resolution| res.candidates().first().map(|c| (c.id.clone(), c.score));
        for (script, id) in [("פילורה דבון", "filora"), ("كريم سلمن", "salaman")]
        {
            let (got, _) = top(&r.resolve(&Query::new(script))).expect("a candidate");
            assert_eq!(got, id, "{script}");
        }
        // The abjad reading is what makes the foreign p/f and the long
        // vowel letters cheap.
        let m = r.model_for(Reading::Abjad);
        let plain = r.model_for(Reading::Plain);
        let d = |m: &CostModel| crate::cost::distance(m, "byl'r", "pilar");
        assert!(d(m) < d(plain));
    }

    #[test]
    fn a_name_in_belarusian_cyrillic_is_read_the_belarusian_way() {
        use super::Reading;
        // Invented: akanye (а for о) and ў in Belarusian letters.
        let cat = Catalog::from_entities(vec![
            Entity::new("golobanov", "Golobanov"),
            Entity::new("marozevich", "Marozevich"),
        ])
        .expect("catalogue");
        let r = Resolver::build(&cat).expect("resolver");
        assert_eq!(r.resolve(&Query::new("Галабанаў")).id(), Some("golobanov"));
        assert_eq!(r.resolve(&Query::new("Маразэвіч")).id(), Some("marozevich"));
        // Written in Russian letters, the a for o stays an unrelated vowel.
        let n = crate::Normalizer::new().normalize("Маразевич");
        assert_eq!(Reading::of("Маразевич", &[n.as_str()]), Reading::Cyrillic);
    }

    /// A catalogue name with one word spelt the Belarusian way has its
    /// other words read alike: a query that writes them all the Russian
    /// way meets it (invented names).
    #[test]
    fn a_belarusian_catalogue_name_is_read_the_belarusian_way_throughout() {
        let r = people(&[
            ("k", "Siarhei KARABEL"),
            ("m", "Ivan Mikalaevich DRAHALEV"),
            ("r", "Sergei TAMARIN"),
        ]);
        assert_eq!(r.resolve(&Query::new("Sergei KOROBEL")).id(), Some("k"));
        assert_eq!(
            r.resolve(&Query::new("Ivan Nikolaevich DROGOLEV")).id(),
            Some("m")
        );
        // A name without a Belarusian word keeps a/o unrelated vowels.
        assert_eq!(r.resolve(&Query::new("Sergei TOMORIN")).id(), None);
    }

    #[test]
    fn a_belarusian_spelling_meets_the_russian_one() {
        let r = resolver();
        assert_eq!(
            r.resolve(&Query::new("Pavel HARADANAU")).id(),
            Some("gorodanov")
        );
        let plain = r.resolve(&Query::new("Pavel Haradanov"));
        let bel = r.resolve(&Query::new("Pavel Haradanau"));
        let score = |res: &crate::Resolution| res.candidates().first().map_or(0.0, |c| c.score);
        // -au marks the name Belarusian: its a/o cost less than in a name
        // without the mark.
        assert!(
            score(&bel) > score(&plain),
            "{} {}",
            score(&bel),
            score(&plain)
        );
        // The other words of the name are read alike: `Zalatau` gives the
        // reading to `Barys` (Boris), which has no mark of its own.
        let r = people(&[("zolotov", "Boris Zolotov")]);
        assert_eq!(
            r.resolve(&Query::new("Barys Zalatau")).id(),
            Some("zolotov")
        );
        // (Barys and Boris are also one name of `east_slavic`'s table,
        // which pairs them alike either way: Kandrat/Kondrat is not.)
        let r = people(&[("zolotov", "Kondrat Zolotov")]);
        let both = r.resolve(&Query::new("Kandrat Zalatau"));
        let given_only = r.resolve(&Query::new("Kandrat Zolotov"));
        let given_sim = |res: &crate::Resolution| {
            res.candidates()[0]
                .tokens
                .iter()
                .find(|t| t.query == "kandrat")
                .map(|t| t.similarity)
        };
        assert!(given_sim(&given_only).is_some());
        assert!(
            given_sim(&both) > given_sim(&given_only),
            "{:?} {:?}",
            given_sim(&both),
            given_sim(&given_only)
        );
    }
}
