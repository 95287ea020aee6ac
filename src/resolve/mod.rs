//! The resolver: build once from a catalogue, then resolve queries to
//! best-first candidates and a decision (an id, or unknown).
//!
//! Pipeline per query: normalize once → per query token, exact, skeleton
//! and weighted-fuzzy lookups in the fst (the fuzzy search runs the
//! [`WeightedLevenshtein`] automaton inside the fst) → candidate aliases
//! from the postings of the rarest tokens (at most
//! [`limits::MAX_CANDIDATES`]) → name-aware alignment and score → best
//! alias per entity → decision.
//!
//! Ties are broken by an exact full-name match first, then by entity id
//! (byte order), so answers never depend on the order of the catalogue.

mod align;
mod alternatives;
mod builder;
mod candidates;
mod context;
mod decide;
mod explain;
mod forms;
mod gather;
mod kanji;
mod korean_split;
mod name_shape;
mod pair_rules;
mod postings;
mod rarity;
mod readings;
mod words;

use std::path::Path;

use self::candidates::{Scored, CROSS_SCRIPT_FACTOR};
use self::words::SPACING_PENALTY;
use crate::cost::CostModel;
use crate::entity::Catalog;
use crate::error::Result;
use crate::index::{AliasIndex, FULL, TOKEN};
use crate::normalize::Normalizer;
use crate::outcome::{Query, Resolution};
use crate::translit::is_guessed_script;

pub use builder::ResolverBuilder;

/// Default decision threshold on the score.
pub const DEFAULT_THRESHOLD: f64 = 0.67;
/// Default minimum gap between the best and the second-best entity.
/// A foreign name written in Han characters needs a gap of at least 0.09
/// whatever the margin: its Latin spelling is a guess (the transcription
/// leaves out a final `-er` after d, t, k, unwritten vowels, a doubled
/// consonant), so an exact match of the guess is no exact match and a
/// close runner-up leaves the query unknown.
///
/// # Example
/// ```
/// use namefold::{Catalog, Entity, Query, Resolver};
/// // Invented names: 梅莉 is Meli or Melli (one l written for two).
/// let cat = Catalog::from_entities(vec![
///     Entity::new("meli", "Meli"),
///     Entity::new("melli", "Melli"),
/// ])?;
/// let r = Resolver::build(&cat)?;
/// assert_eq!(r.resolve(&Query::new("Meli")).id(), Some("meli"));
/// assert_eq!(r.resolve(&Query::new("梅莉")).id(), None);
/// # Ok::<(), namefold::Error>(())
/// ```
pub const DEFAULT_MARGIN: f64 = 0.04;
/// Default threshold for [`Resolver::resolve_among`].
pub const DEFAULT_CONTEXT_THRESHOLD: f64 = 0.55;

/// The immutable resolver. `Send + Sync`: share it across threads.
///
/// # Example
/// ```
/// use namefold::{Catalog, Entity, Query, Resolver};
/// let cat = Catalog::from_entities(vec![
///     Entity::new("zelenskyy", "Volodymyr Zelenskyy").with_alias("Зеленський"),
///     Entity::new("rutte", "Mark Rutte"),
/// ])?;
/// let r = Resolver::build(&cat)?;
/// assert_eq!(r.resolve(&Query::new("Volodimir Zelinski")).id(), Some("zelenskyy"));
/// assert_eq!(r.resolve(&Query::new("Mark Levin")).id(), None);
/// # Ok::<(), namefold::Error>(())
/// ```
#[derive(Clone, Debug)]
pub struct Resolver {
    index: AliasIndex,
    normalizer: Normalizer,
    model: std::sync::Arc<CostModel>,
    /// `model` with loose vowels, for mentions among a document's entities
    /// (made on first use: `Resolver::context_model`).
    context_model: std::sync::OnceLock<CostModel>,
    /// `model` for abjad and Belarusian words.
    readings: readings::Readings,
    threshold: f64,
    margin: f64,
    context_threshold: f64,
}

impl Resolver {
    /// A builder with default settings.
    pub fn builder() -> ResolverBuilder {
        ResolverBuilder::default()
    }

    /// Builds a resolver with default settings.
    pub fn build(catalog: &Catalog) -> Result<Resolver> {
        ResolverBuilder::default().build(catalog)
    }

    /// Loads a saved index with default settings. Accepts any bytes
    /// (`Vec<u8>`, `&[u8]`, a memory map; they are copied once — see
    /// [`ResolverBuilder::load_shared`] to read them in place). A
    /// truncated, corrupted or other-version file is an error, never a
    /// panic: the file checksum, the fst's own CRC and the sections' layout
    /// are checked, and tables are read in bounds whatever their bytes. A
    /// file deliberately forged to pass both checksums is trusted (its
    /// answers may be wrong, and a forged fst node can panic): load files
    /// from elsewhere with [`ResolverBuilder::verify`]`(true)`, which checks
    /// every table and every fst node.
    ///
    /// # Example
    /// ```
    /// use namefold::{Catalog, Entity, Query, Resolver};
    /// let cat = Catalog::from_entities(vec![Entity::new("kyiv", "Kyiv").with_alias("Kiev")])?;
    /// let bytes = Resolver::build(&cat)?.to_bytes();
    /// let r = Resolver::from_bytes(&bytes)?;
    /// assert_eq!(r.resolve(&Query::new("KIEV")).id(), Some("kyiv"));
    /// assert!(Resolver::from_bytes(&bytes[..bytes.len() - 1]).is_err());
    /// # Ok::<(), namefold::Error>(())
    /// ```
    pub fn from_bytes(bytes: impl AsRef<[u8]>) -> Result<Resolver> {
        ResolverBuilder::default().load_bytes(bytes)
    }

    /// The index as bytes (deterministic for a given catalogue).
    pub fn to_bytes(&self) -> Vec<u8> {
        self.index.file().to_vec()
    }

    /// Writes the index to `path` atomically (a temporary file in the same
    /// directory, synced, then renamed over `path`).
    pub fn save(&self, path: impl AsRef<Path>) -> Result<()> {
        crate::io::write_atomic(path.as_ref(), self.index.file())
    }

    /// Reads an index saved by [`Resolver::save`].
    pub fn load(path: impl AsRef<Path>) -> Result<Resolver> {
        ResolverBuilder::default().load_file(path)
    }

    /// The decision threshold.
    pub fn threshold(&self) -> f64 {
        self.threshold
    }

    /// Number of entities.
    pub fn len(&self) -> usize {
        self.index.entity_count()
    }

    /// True when the resolver has no entity (never, once built).
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Number of indexed aliases (names after normalization and dedup).
    pub fn alias_count(&self) -> usize {
        self.index.alias_count()
    }

    /// The canonical name of entity `id`.
    pub fn name_of(&self, id: &str) -> Option<&str> {
        self.index
            .find_entity(id)
            .map(|e| self.index.entity_name(e))
    }

    /// Is `word` (normalized as a query is) a word of some catalogue name?
    ///
    /// # Example
    /// ```
    /// use namefold::{Catalog, Entity, Resolver};
    /// let cat = Catalog::from_entities(vec![Entity::new("merz", "Friedrich Merz")])?;
    /// let r = Resolver::build(&cat)?;
    /// assert!(r.is_catalogue_word("FRIEDRICH"));
    /// assert!(!r.is_catalogue_word("Fredchic"));
    /// # Ok::<(), namefold::Error>(())
    /// ```
    pub fn is_catalogue_word(&self, word: &str) -> bool {
        let normalized = self.normalizer.normalize(word);
        !normalized.is_empty()
            && !normalized.contains(' ')
            && self.index.get(TOKEN, &normalized).is_some()
    }

    /// The normalizer used for aliases and queries.
    pub fn normalizer(&self) -> &Normalizer {
        &self.normalizer
    }

    /// Resolves one query.
    ///
    /// A query that lists names separated by semicolons (a person's
    /// a.k.a.s) tries each, up to the first eight, and keeps the best;
    /// two that resolve to different entities leave it ambiguous.
    ///
    /// # Example
    /// ```
    /// use namefold::{Catalog, Entity, Query, Resolver};
    /// let cat = Catalog::from_entities(vec![Entity::new("merz", "Friedrich Merz")])?;
    /// let r = Resolver::build(&cat)?;
    /// assert_eq!(r.resolve(&Query::new("F. Mertz")).id(), Some("merz"));
    /// assert_eq!(r.resolve(&Query::new("Olaf Scholz; Fridrich Merz")).id(), Some("merz"));
    /// # Ok::<(), namefold::Error>(())
    /// ```
    pub fn resolve(&self, query: &Query<'_>) -> Resolution {
        if let Some(res) = self.resolve_alternatives(query) {
            return res;
        }
        let res = self.resolve_name(query);
        let res = self.persian_gaf_alternative(query, &res).unwrap_or(res);
        self.resolve_written_order(query, &res).unwrap_or(res)
    }

    /// [`Self::resolve`] for one name, read as the normalizer reads it.
    fn resolve_name(&self, query: &Query<'_>) -> Resolution {
        let normalized = self.normalizer.normalize(query.text);
        let toks: Vec<&str> = normalized.split(' ').filter(|t| !t.is_empty()).collect();
        let threshold = query.threshold.unwrap_or(self.threshold);
        let mut words = self.query_words(query.text, readings::Reading::of(query.text, &toks));
        // A query in a script whose romanisation is a guess scores less
        // against a name the catalogue writes in another script: the
        // staged search looks as far as the undiscounted score needs.
        let guessed = is_guessed_script(query.text);
        let cross = CROSS_SCRIPT_FACTOR * words.reading.factor(query.text);
        let staged = if guessed {
            (threshold / cross).min(1.0)
        } else {
            threshold
        };
        let mut scored = self.score_staged(&toks, staged, &mut words);
        if guessed {
            self.discount_cross_script(&mut scored, cross);
        }
        let best = scored.first().map_or(0.0, |s| s.score);
        let mut kanji_tried = false;
        if best < threshold || words.reading.respaces_always() {
            // Han read as a Chinese name may be a transcribed foreign one.
            if let Some(res) = self.han_foreign_alternative(query, threshold, best) {
                return res;
            }
            // A transcription's final lone stop may write -ter, -der, -ker.
            if words.reading == readings::Reading::HanForeign {
                if let Some(res) = self.final_er_alternative(query, &toks, threshold, best) {
                    return res;
                }
            }
            // A woman's or a daughter's form of a name part (`-ovna`).
            if let [word] = toks[..] {
                if let Some(res) =
                    self.form_alternative(query, word, words.reading, threshold, best)
                {
                    return res;
                }
            }
            // Words spaced otherwise (`Matou šek`, `J.D.`, `Alzahrani`):
            // retry each respacing at a small penalty; keep the best.
            let mut best_alt: Option<(Vec<String>, Vec<Scored>)> = None;
            words.respaced = true;
            for merged in respacings(&toks) {
                let refs: Vec<&str> = merged.iter().map(|t| t.as_str()).collect();
                // A new word is looked up by exact and skeleton keys only:
                // a second fuzzy walk per respacing would dominate the
                // cost of every unknown name.
                let full = self.index.get(FULL, &refs.join(" "));
                // (A Korean name's joined syllables do take the walk: its
                // other romanisation seldom shares the skeleton.)
                let fuzzy = words.reading.respaces_always();
                let mut alt = self.score_retry(&refs, full, fuzzy, &mut words);
                alt.iter_mut().for_each(|s| s.score *= SPACING_PENALTY);
                if guessed {
                    self.discount_cross_script(&mut alt, cross);
                }
                let top = |v: &[Scored]| v.first().map_or(0.0, |s| s.score);
                let current = best_alt.as_ref().map_or(top(&scored), |(_, v)| top(v));
                if top(&alt) > current {
                    best_alt = Some((merged, alt));
                }
            }
            words.respaced = false;
            // Han may be a Japanese name in kanji: tried when no respacing
            // resolves (joined pinyin syllables read a Chinese name first).
            let respaced = best_alt
                .as_ref()
                .and_then(|(_, v)| v.first())
                .map_or(best, |s| s.score);
            // A Korean given name written solid, its syllables apart in
            // the catalogue.
            if let Some(res) = self.korean_split_alternative(query, &toks, threshold, respaced) {
                return res;
            }
            kanji_tried = true;
            if let Some(res) = self.kanji_override(query, threshold, respaced) {
                return res;
            }
            if let Some((merged, alt)) = best_alt {
                let refs: Vec<&str> = merged.iter().map(|t| t.as_str()).collect();
                return self.finish(
                    normalized.clone(),
                    &refs,
                    alt,
                    query,
                    threshold,
                    Some(&words),
                );
            }
        }
        // A Chinese reading's inexact match may still lose to a kanji
        // name's exact reading.
        if !kanji_tried {
            if let Some(res) = self.kanji_override(query, threshold, best) {
                return res;
            }
        }
        self.finish(
            normalized.clone(),
            &toks,
            scored,
            query,
            threshold,
            Some(&words),
        )
    }

    /// The resolution of `query` by a Japanese reading of its kanji, when
    /// the other readings' best score `best` did not resolve (then any
    /// reading that beats it), or resolved below an exact reading's score
    /// (then only an exact reading).
    fn kanji_override(&self, query: &Query<'_>, threshold: f64, best: f64) -> Option<Resolution> {
        if crate::translit::han_syllables(query.text) < 2 {
            return None;
        }
        let exact = kanji::exact_reading_score(query.text);
        if best < threshold {
            self.kanji_alternative(query, threshold, best)
        } else if best < exact - 1e-9 {
            self.kanji_alternative(query, threshold, exact - 1e-9)
        } else {
            None
        }
    }

    /// Resolves many queries on `threads` threads (0 = all cores); the
    /// answers are in input order and identical to one-by-one resolution.
    ///
    /// # Example
    /// ```
    /// use namefold::{Catalog, Entity, Query, Resolver};
    /// let cat = Catalog::from_entities(vec![Entity::new("kyiv", "Kyiv").with_alias("Kiev")])?;
    /// let r = Resolver::build(&cat)?;
    /// let qs = vec![Query::new("Kiev"), Query::new("Lviv")];
    /// let out = r.resolve_many(&qs, 2);
    /// assert_eq!(out[0].id(), Some("kyiv"));
    /// assert_eq!(out[1].id(), None);
    /// # Ok::<(), namefold::Error>(())
    /// ```
    pub fn resolve_many(&self, queries: &[Query<'_>], threads: usize) -> Vec<Resolution> {
        let threads = match threads {
            0 => std::thread::available_parallelism().map_or(1, |n| n.get()),
            n => n,
        }
        .min(queries.len().max(1));
        let chunk = queries.len().div_ceil(threads).max(1);
        std::thread::scope(|s| {
            let handles: Vec<_> = queries
                .chunks(chunk)
                .map(|part| {
                    s.spawn(move || part.iter().map(|q| self.resolve(q)).collect::<Vec<_>>())
                })
                .collect();
            handles
                .into_iter()
                .flat_map(|h| h.join().expect("resolver thread panicked"))
                .collect()
        })
    }
}

/// Shortest word after the article that [`respacings`] splits off.
const MIN_AFTER_ARTICLE: usize = 4;

/// The other spacings of query words `toks` that a failed query retries:
/// each adjacent pair joined (for two to six words: a name split by a
/// space or dots), and a word that starts with the Arabic article written
/// joined (`Alzahrani`, `Elrashidi`) as the article and the name, as the
/// normalizer writes `al-Zahrani`. The article is split only before a
/// consonant and a name of [`MIN_AFTER_ARTICLE`] letters or more, and only
/// as a retry: `Alvarez` or `Elmore` is read whole first.
fn respacings(toks: &[&str]) -> Vec<Vec<String>> {
    let mut out = Vec::new();
    if (2..=6).contains(&toks.len()) {
        for i in 0..toks.len() - 1 {
            let mut merged: Vec<String> = toks[..i].iter().map(|t| t.to_string()).collect();
            merged.push(format!("{}{}", toks[i], toks[i + 1]));
            merged.extend(toks[i + 2..].iter().map(|t| t.to_string()));
            out.push(merged);
        }
    }
    if toks.len() < crate::limits::MAX_TOKENS {
        for (i, t) in toks.iter().enumerate() {
            let Some(rest) = t.strip_prefix("al").or_else(|| t.strip_prefix("el")) else {
                continue;
            };
            let consonant = rest
                .chars()
                .next()
                .is_some_and(|c| c.is_ascii_lowercase() && !"aeiouy".contains(c));
            if !consonant || rest.len() < MIN_AFTER_ARTICLE {
                continue;
            }
            let mut split: Vec<String> = toks[..i].iter().map(|t| t.to_string()).collect();
            split.push("al".to_string());
            split.push(rest.to_string());
            split.extend(toks[i + 1..].iter().map(|t| t.to_string()));
            out.push(split);
        }
    }
    out
}

/// A resolver over invented people, given as `(id, name)`: the catalogue
/// the resolver's unit tests build.
#[cfg(test)]
pub(crate) fn test_people(list: &[(&str, &str)]) -> Resolver {
    let cat = crate::Catalog::from_entities(
        list.iter()
            .map(|(id, name)| crate::Entity::new(*id, *name).with_kind("person")),
    )
    .expect("catalogue");
    Resolver::build(&cat).expect("resolver")
}
