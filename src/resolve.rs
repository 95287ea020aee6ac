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

use std::cell::OnceCell;
use std::path::Path;
use std::rc::Rc;
use std::sync::Arc;

use crate::automaton::WeightedLevenshtein;
use crate::cost::{distance, Cost, CostModel, UNIT};
use crate::entity::Catalog;
use crate::error::{Error, ErrorKind, Result};
use crate::fxhash::{FxHashMap, FxHashSet};
use crate::index::{
    AliasIndex, IndexBuilder, Kind, ALIAS_CANONICAL, DEL, FULL, JOINED, SKEL, TOKEN,
};
use crate::limits::{self, MAX_CANDIDATES};
use crate::normalize::Normalizer;
use crate::outcome::{Candidate, Decision, MatchKey, Query, Resolution, TokenMatch, Unknown};
use crate::score::{self, align, initial_sim, roles, token_sim, QTok, Role};

/// Aliases scored, for the explanation only, when no alias shares two
/// words with the query.
const FEW_CANDIDATES: usize = 64;

/// Cost of any vowel for another when matching among a document's
/// entities (`Roti` for `Rutte`): few rivals, and mentions are often heard.
const CONTEXT_VOWEL_COST: Cost = 35;

/// Cost of putting back the first letter of a word that lost its capital.
const LOST_CAPITAL_COST: Cost = 30;

/// A winning word less similar than this is far: the exact/skeleton stage
/// does not decide on it (a nearer rival may need the fuzzy walk).
const FAR_SIM: f64 = 0.75;

/// A word with a match this similar skips the fuzzy walk.
const CLOSE_SIM: f64 = 0.85;

/// Edits up to this cost are spelling variants of one name (`Yuri`/`Yury`,
/// `Hanna`/`Ganna`).
const VARIANT_COST: Cost = 45;
/// Similarity factor for a query word that is a different catalogue word
/// more than a variant away...
const REAL_WORD_PENALTY: f64 = 0.7;
/// ...and for one a full edit or more away (`Angelina`/`Angelita`).
const REAL_WORD_FULL_PENALTY: f64 = 0.5;

/// Default decision threshold on the score.
pub const DEFAULT_THRESHOLD: f64 = 0.67;
/// Default minimum gap between the best and the second-best entity.
pub const DEFAULT_MARGIN: f64 = 0.04;
/// Default threshold for [`Resolver::resolve_among`].
pub const DEFAULT_CONTEXT_THRESHOLD: f64 = 0.55;

/// Configures and builds a [`Resolver`].
///
/// # Example
/// ```
/// use namefold::{Catalog, Entity, Resolver};
/// let cat = Catalog::from_entities(vec![Entity::new("kyiv", "Kyiv").with_kind("place")])?;
/// let r = Resolver::builder().threshold(0.8).margin(0.05).build(&cat)?;
/// assert_eq!(r.threshold(), 0.8);
/// # Ok::<(), namefold::Error>(())
/// ```
#[derive(Clone, Debug)]
pub struct ResolverBuilder {
    model: CostModel,
    threshold: f64,
    margin: f64,
    context_threshold: f64,
}

impl Default for ResolverBuilder {
    fn default() -> Self {
        ResolverBuilder {
            model: CostModel::default(),
            threshold: DEFAULT_THRESHOLD,
            margin: DEFAULT_MARGIN,
            context_threshold: DEFAULT_CONTEXT_THRESHOLD,
        }
    }
}

impl ResolverBuilder {
    /// Uses `model` for all edit costs.
    pub fn cost_model(&mut self, model: CostModel) -> &mut Self {
        self.model = model;
        self
    }

    /// Sets the decision threshold (default [`DEFAULT_THRESHOLD`]).
    pub fn threshold(&mut self, t: f64) -> &mut Self {
        self.threshold = if t.is_nan() {
            DEFAULT_THRESHOLD
        } else {
            t.clamp(0.0, 1.0)
        };
        self
    }

    /// Sets the minimum gap to the runner-up (default [`DEFAULT_MARGIN`]).
    pub fn margin(&mut self, m: f64) -> &mut Self {
        self.margin = if m.is_nan() {
            DEFAULT_MARGIN
        } else {
            m.clamp(0.0, 1.0)
        };
        self
    }

    /// Sets the threshold of [`Resolver::resolve_among`].
    pub fn context_threshold(&mut self, t: f64) -> &mut Self {
        self.context_threshold = if t.is_nan() {
            DEFAULT_CONTEXT_THRESHOLD
        } else {
            t.clamp(0.0, 1.0)
        };
        self
    }

    /// Builds the index from a catalogue: O(total name length · log).
    pub fn build(&self, catalog: &Catalog) -> Result<Resolver> {
        let norm = Normalizer::new();
        let mut order: Vec<usize> = (0..catalog.len()).collect();
        order.sort_by(|&a, &b| catalog.entities()[a].id.cmp(&catalog.entities()[b].id));
        let mut b = IndexBuilder::default();
        for &i in &order {
            let e = &catalog.entities()[i];
            let ent = b.add_entity(&e.id, &e.name, e.kind.as_deref());
            let mut seen: Vec<String> = Vec::new();
            let names = std::iter::once(&e.name).chain(e.aliases.iter());
            for (k, name) in names.enumerate() {
                let n = norm.normalize(name);
                if n.is_empty() || seen.contains(&n) {
                    continue;
                }
                let toks: Vec<&str> = n.split(' ').collect();
                b.add_alias(ent, name, &toks, if k == 0 { ALIAS_CANONICAL } else { 0 });
                seen.push(n);
            }
            if seen.is_empty() {
                return Err(Error::catalog(
                    catalog.line_of(i),
                    "name",
                    format!(
                        "entity {:?} has no name that normalizes to any letter",
                        e.id
                    ),
                ));
            }
        }
        if catalog.is_empty() {
            return Err(Error::new(ErrorKind::EmptyCatalog));
        }
        self.load_vec(b.finish()?)
    }

    /// Loads a saved index (see [`Resolver::to_bytes`]) with this
    /// builder's settings. The bytes are copied once; the tables are then
    /// read in place.
    pub fn load_bytes(&self, bytes: impl AsRef<[u8]>) -> Result<Resolver> {
        self.load_vec(bytes.as_ref().to_vec())
    }

    /// Loads an index file saved by [`Resolver::save`] with this builder's
    /// settings, reading it into memory once (no further copy).
    pub fn load_file(&self, path: impl AsRef<Path>) -> Result<Resolver> {
        self.load_vec(std::fs::read(path)?)
    }

    /// Loads an index from bytes the caller shares, without copying them:
    /// a memory map (`Arc<memmap2::Mmap>`), an `Arc<Vec<u8>>`, a static
    /// slice. They are checked once (checksums, structure) and then read
    /// in place.
    ///
    /// # Example
    /// ```
    /// use std::sync::Arc;
    /// use namefold::{Catalog, Entity, Query, Resolver};
    /// let cat = Catalog::from_entities(vec![Entity::new("kyiv", "Kyiv").with_alias("Kiev")])?;
    /// let shared = Arc::new(Resolver::build(&cat)?.to_bytes());
    /// let r = Resolver::builder().load_shared(shared)?;
    /// assert_eq!(r.resolve(&Query::new("Kiev")).id(), Some("kyiv"));
    /// # Ok::<(), namefold::Error>(())
    /// ```
    pub fn load_shared<T: AsRef<[u8]> + Send + Sync + 'static>(
        &self,
        bytes: Arc<T>,
    ) -> Result<Resolver> {
        Ok(self.with_index(AliasIndex::read(bytes)?))
    }

    fn load_vec(&self, bytes: Vec<u8>) -> Result<Resolver> {
        self.load_shared(Arc::new(bytes))
    }

    fn with_index(&self, index: AliasIndex) -> Resolver {
        Resolver {
            index,
            normalizer: Normalizer::new(),
            model: self.model.clone(),
            context_model: self.model.clone().with_loose_vowels(CONTEXT_VOWEL_COST),
            threshold: self.threshold,
            margin: self.margin,
            context_threshold: self.context_threshold,
        }
    }
}

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
    model: CostModel,
    /// `model` with loose vowels, for mentions among a document's entities.
    context_model: CostModel,
    threshold: f64,
    margin: f64,
    context_threshold: f64,
}

/// Similarity and cost of (query token index, token id, token text).
type PairLookup<'l> = dyn FnMut(usize, u32, &str) -> Option<(f64, Cost)> + 'l;

/// Per-query-token matches: token id → (similarity, cost, key).
type TokenHits = FxHashMap<u32, (f64, Cost, MatchKey)>;

/// One query word's lookups. They depend on the word alone, so every
/// pass over a query (without and with the fuzzy walk, and the retries
/// with split words joined) shares them.
struct Word<'m> {
    text: String,
    /// Scores the word against catalogue words (budget: any pair that
    /// can still reach [`score::PAIR_MIN`]).
    aut: WeightedLevenshtein<'m>,
    /// The word's own token id, when the catalogue has it.
    known: Option<u32>,
    /// Exact and skeleton matches.
    near: Option<Rc<Hits>>,
    /// `near` and the fuzzy walk's matches.
    fuzzy: Option<Rc<Hits>>,
}

/// One word's matches and the aliases that contain them.
struct Hits {
    map: TokenHits,
    /// `postings_runs(map, MAX_CANDIDATES)`: each sorted.
    runs: Vec<Vec<u32>>,
    /// Their union, `postings_of(map, MAX_CANDIDATES)`, when needed.
    merged: OnceCell<Vec<u32>>,
}

impl Hits {
    /// The aliases containing the word's matches (up to
    /// `MAX_CANDIDATES` taken), sorted, each once.
    fn postings(&self) -> &[u32] {
        match &self.runs[..] {
            [] => &[],
            [one] => one,
            runs => self.merged.get_or_init(|| union_all(runs.to_vec())),
        }
    }

    fn postings_len(&self) -> usize {
        self.runs.iter().map(Vec::len).sum()
    }

    /// The aliases of both words, sorted. The smaller set is merged (once
    /// per word) and intersected with each of the larger set's runs, which
    /// are never merged: merging a common word's runs cost more than the
    /// intersections (by instruction counts on the scale queries).
    fn common(&self, other: &Hits) -> Vec<u32> {
        let (small, big) = if self.postings_len() <= other.postings_len() {
            (self, other)
        } else {
            (other, self)
        };
        let xs = small.postings();
        let mut out = Vec::new();
        for run in &big.runs {
            intersect_into(run, xs, &mut out);
        }
        if big.runs.len() > 1 {
            out.sort_unstable();
            out.dedup();
        }
        out
    }
}

/// The words of one query and their pair scores.
#[derive(Default)]
struct Words<'m> {
    words: Vec<Word<'m>>,
    /// `(word, token id)` → similarity and cost by the word's automaton.
    pairs: FxHashMap<(usize, u32), Option<(f64, Cost)>>,
    /// Words that lost their capital letter (see `lost_capitals`).
    lost: Vec<String>,
}

/// Scored alias (internal).
#[derive(Clone, Debug)]
struct Scored {
    alias: usize,
    score: f64,
    key: MatchKey,
    pairs: Vec<score::Pair>,
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
    /// panic: the file checksum, the fst's own CRC and every table's
    /// offsets and ranges are checked. The one thing not checked is the
    /// inner structure of fst nodes, so a file deliberately forged to pass
    /// both checksums is trusted.
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
        crate::io::write_atomic(path.as_ref(), &self.to_bytes())
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
        self.entity_index(id).map(|e| self.index.ent_names.get(e))
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

    fn entity_index(&self, id: &str) -> Option<usize> {
        let ids = &self.index.ent_ids;
        let (mut lo, mut hi) = (0, ids.len());
        while lo < hi {
            let mid = (lo + hi) / 2;
            match ids.get(mid).cmp(id) {
                std::cmp::Ordering::Less => lo = mid + 1,
                std::cmp::Ordering::Greater => hi = mid,
                std::cmp::Ordering::Equal => return Some(mid),
            }
        }
        None
    }

    /// Resolves one query.
    pub fn resolve(&self, query: &Query<'_>) -> Resolution {
        let normalized = self.normalizer.normalize(query.text);
        let toks: Vec<&str> = normalized.split(' ').filter(|t| !t.is_empty()).collect();
        let threshold = query.threshold.unwrap_or(self.threshold);
        let mut words = Words {
            lost: self.lost_capitals(query.text),
            ..Words::default()
        };
        let mut scored = self.score_staged(&toks, threshold, &mut words);
        let best = scored.first().map_or(0.0, |s| s.score);
        if best < threshold && (2..=6).contains(&toks.len()) {
            // Split words (`Matou šek`, `J.D.`): retry with each adjacent
            // pair joined, at a small penalty; keep the best.
            let mut best_alt: Option<(Vec<String>, Vec<Scored>)> = None;
            for i in 0..toks.len() - 1 {
                let mut merged: Vec<String> = toks[..i].iter().map(|t| t.to_string()).collect();
                merged.push(format!("{}{}", toks[i], toks[i + 1]));
                merged.extend(toks[i + 2..].iter().map(|t| t.to_string()));
                let refs: Vec<&str> = merged.iter().map(|t| t.as_str()).collect();
                // The joined word is looked up by exact and skeleton keys
                // only: a second fuzzy walk per pair would dominate the
                // cost of every unknown name.
                let full = self.index.get(FULL, &refs.join(" "));
                let mut alt = self.score_tokens(&refs, full, false, &mut words);
                alt.iter_mut().for_each(|s| s.score *= 0.97);
                let top = |v: &[Scored]| v.first().map_or(0.0, |s| s.score);
                let current = best_alt.as_ref().map_or(top(&scored), |(_, v)| top(v));
                if top(&alt) > current {
                    best_alt = Some((merged, alt));
                }
            }
            if let Some((merged, mut alt)) = best_alt {
                let refs: Vec<&str> = merged.iter().map(|t| t.as_str()).collect();
                alt.truncate(query.limit.max(2));
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
        scored.truncate(query.limit.max(2));
        self.finish(
            normalized.clone(),
            &toks,
            scored,
            query,
            threshold,
            Some(&words),
        )
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

    /// Resolves `query` against the given entities only, with the looser
    /// context threshold: for a short or noisy mention (`Retty`, `Roti`)
    /// once the document has named the entity in full. Unknown ids are
    /// ignored.
    ///
    /// # Example
    /// ```
    /// use namefold::{Catalog, Entity, Query, Resolver};
    /// let cat = Catalog::from_entities(vec![Entity::new("rutte", "Mark Rutte")])?;
    /// let r = Resolver::build(&cat)?;
    /// assert_eq!(r.resolve_among(&Query::new("Roti"), &["rutte"]).id(), Some("rutte"));
    /// assert_eq!(r.resolve_among(&Query::new("Macron"), &["rutte"]).id(), None);
    /// # Ok::<(), namefold::Error>(())
    /// ```
    pub fn resolve_among(&self, query: &Query<'_>, ids: &[&str]) -> Resolution {
        let normalized = self.normalizer.normalize(query.text);
        let toks: Vec<&str> = normalized.split(' ').filter(|t| !t.is_empty()).collect();
        let qt: Vec<QTok> = toks.iter().map(|t| QTok::new(t)).collect();
        let mut scored = Vec::new();
        let mut ents: Vec<usize> = ids.iter().filter_map(|id| self.entity_index(id)).collect();
        ents.sort_unstable();
        ents.dedup();
        for ent in ents {
            for alias in self.aliases_of(ent) {
                let al = self.align_context(&qt, alias);
                scored.push(Scored {
                    alias,
                    score: al.score,
                    key: MatchKey::Context,
                    pairs: al.pairs,
                });
            }
        }
        let scored = self.best_per_entity(scored);
        let threshold = query.threshold.unwrap_or(self.context_threshold);
        self.finish(normalized.clone(), &toks, scored, query, threshold, None)
    }

    fn aliases_of(&self, ent: usize) -> std::ops::Range<usize> {
        let ae = &self.index.alias_entity;
        let start = ae.view().partition_point(|e| (e as usize) < ent);
        let end = ae.view().partition_point(|e| (e as usize) <= ent);
        start..end
    }

    /// Context scoring: the plain DP against every alias token; a one-word
    /// mention fits when it fits the family name (or a one-word place
    /// name), with no squared family penalty; a longer one must align in
    /// full (`Anna Kutz` is not `Israel Katz` for sharing a near surname).
    fn align_context(&self, qt: &[QTok<'_>], alias: usize) -> score::Alignment {
        if qt.len() > 1 {
            return self.align_alias(qt, alias, &mut |q, _, tok| {
                let cost = distance(&self.context_model, qt[q].text, tok);
                Some((score::word_sim(cost, qt[q].text, tok), cost))
            });
        }
        let toks = self.alias_token_strs(alias);
        let ent = self.index.alias_entity.get(alias) as usize;
        let person = self.index.kind_of(ent) == Kind::Person;
        let roles = roles(&toks, person);
        let mut best = score::Alignment::default();
        for (q, t) in qt.iter().enumerate() {
            for (a, at) in toks.iter().enumerate() {
                // One word fits a person by the family name only, and a
                // place or organisation only when its name is one word
                // (`Moscow` is not the `Moscow Kremlin`, `Mark` not Rubio).
                let fits = match roles[a] {
                    Role::Family => true,
                    Role::Core => toks.len() == 1,
                    _ => false,
                };
                if t.initial || !fits {
                    continue;
                }
                let cost = distance(&self.context_model, t.text, at);
                let sim = token_sim(cost, t.text.len(), at.len());
                if sim > best.score {
                    best = score::Alignment {
                        score: sim,
                        pairs: vec![score::Pair { q, a, sim, cost }],
                    };
                }
            }
        }
        best
    }

    fn alias_token_strs(&self, alias: usize) -> Vec<&str> {
        self.index
            .alias_tokens
            .get(alias)
            .iter()
            .map(|t| self.index.tokens.get(t as usize))
            .collect()
    }

    /// Candidate aliases scored, best per entity, best first.
    /// Exact keys and the skeleton neighbourhood first; the weighted fuzzy
    /// walk of the fst only when that does not already decide the query.
    fn score_staged<'m>(
        &'m self,
        toks: &[&str],
        threshold: f64,
        words: &mut Words<'m>,
    ) -> Vec<Scored> {
        // A name that is exactly one entity's alias is decided: an exact
        // full-name match beats anything that is not one (see `decide`).
        let full = self.index.get(FULL, &toks.join(" "));
        if let Some(v) = full {
            let aliases = self.index.full_aliases.get_or_empty(v);
            let first = aliases
                .iter()
                .next()
                .map(|a| self.index.alias_entity.get(a as usize));
            if first.is_some()
                && aliases
                    .iter()
                    .all(|a| Some(self.index.alias_entity.get(a as usize)) == first)
            {
                let exact = aliases
                    .iter()
                    .map(|a| Scored {
                        alias: a as usize,
                        score: 1.0,
                        key: MatchKey::Full,
                        pairs: self.identity_pairs(toks.len()),
                    })
                    .collect();
                return self.best_per_entity(exact);
            }
        }
        let quick = self.score_tokens(toks, full, false, words);
        // Trusted only when none of the winner's words is far: a far one
        // may have a closer rival that only the fuzzy walk reaches.
        let close = |s: &Scored| s.pairs.iter().all(|p| p.sim >= FAR_SIM);
        if matches!(self.decide(&quick, threshold), Decision::Resolved)
            && quick.first().is_some_and(close)
        {
            return quick;
        }
        self.score_tokens(toks, full, true, words)
    }

    /// Words written lowercase in a name that has capitals elsewhere, other
    /// than particles (`van`, `de`): probably a word that lost its first,
    /// capital letter (`Anne obles`). Normalized, as the query's tokens.
    fn lost_capitals(&self, text: &str) -> Vec<String> {
        let first_letter = |w: &str| w.chars().find(|c| c.is_alphabetic());
        let words: Vec<&str> = text.split_whitespace().collect();
        if !words
            .iter()
            .any(|w| first_letter(w).is_some_and(char::is_uppercase))
        {
            return Vec::new();
        }
        words
            .iter()
            .filter(|w| first_letter(w).is_some_and(char::is_lowercase))
            .filter_map(|w| self.normalizer.tokens(w).into_iter().next())
            .filter(|t| t.len() >= 2 && !crate::normalize::PARTICLES.contains(&t.as_str()))
            .collect()
    }

    /// The index of `text` in `words`, added (with its automaton and
    /// token id) if new.
    fn word<'m>(&'m self, words: &mut Words<'m>, text: &str) -> usize {
        if let Some(w) = words.words.iter().position(|w| w.text == text) {
            return w;
        }
        words.words.push(Word {
            text: text.to_string(),
            aut: WeightedLevenshtein::new(&self.model, text, score::max_pair_cost(text.len())),
            known: self.index.get(TOKEN, text).map(|v| v as u32),
            near: None,
            fuzzy: None,
        });
        words.words.len() - 1
    }

    /// `toks` (whose full name has the id `full`) scored against the
    /// candidate aliases, best per entity.
    fn score_tokens<'m>(
        &'m self,
        toks: &[&str],
        full: Option<usize>,
        fuzzy: bool,
        words: &mut Words<'m>,
    ) -> Vec<Scored> {
        if toks.is_empty() {
            return Vec::new();
        }
        let qt: Vec<QTok> = toks
            .iter()
            .map(|t| QTok {
                lost_capital: words.lost.iter().any(|l| l == t),
                ..QTok::new(t)
            })
            .collect();
        let ids: Vec<usize> = toks.iter().map(|t| self.word(words, t)).collect();
        for (t, &w) in qt.iter().zip(&ids) {
            self.fill_hits(t, w, fuzzy, words);
        }
        let Words { words, pairs, .. } = words;
        let words = &*words;
        let hits: Vec<&Hits> = ids
            .iter()
            .map(|&w| {
                let word = &words[w];
                let h = if fuzzy { &word.fuzzy } else { &word.near };
                &**h.as_ref().expect("filled above")
            })
            .collect();
        // Pairs the fuzzy search did not reach are scored by the same
        // automaton run over the one token, once per (query word, token).
        // A query word that is itself a word of the catalogue is probably
        // that other name, not a misspelling of this one (`Bryce` is not a
        // typo of `Bruce` when the catalogue knows a Bryce).
        let mut lookup = |q: usize, tid: u32, tok: &str| -> Option<(f64, Cost)> {
            let word = &words[ids[q]];
            let (sim, cost) = match hits[q].map.get(&tid) {
                Some(&(s, c, _)) => (s, c),
                None => {
                    (*pairs.entry((ids[q], tid)).or_insert_with(|| {
                        let budget = score::pair_budget(qt[q].text.len(), tok.len());
                        let cost = word.aut.eval_within(tok, budget)?;
                        Some((score::word_sim(cost, qt[q].text, tok), cost))
                    }))?
                }
            };
            match word.known {
                Some(k) if k != tid => Some((sim * known_word_factor(cost, qt[q].text, tok), cost)),
                _ => Some((sim, cost)),
            }
        };
        let mut scored = Vec::new();
        for alias in self.candidate_aliases(&qt, &hits) {
            let al = self.align_alias(&qt, alias, &mut lookup);
            if al.score > 0.0 {
                scored.push(Scored {
                    alias,
                    score: al.score,
                    key: MatchKey::Token,
                    pairs: al.pairs,
                });
            }
        }
        if let Some(v) = full {
            for alias in self.index.full_aliases.get_or_empty(v).iter() {
                scored.push(Scored {
                    alias: alias as usize,
                    score: 1.0,
                    key: MatchKey::Full,
                    pairs: self.identity_pairs(toks.len()),
                });
            }
        }
        if toks.len() == 1 && toks[0].len() >= 7 {
            scored.extend(self.joined_hits(toks[0], fuzzy));
        }
        self.best_per_entity(scored)
    }

    fn identity_pairs(&self, n: usize) -> Vec<score::Pair> {
        (0..n)
            .map(|i| score::Pair {
                q: i,
                a: i,
                sim: 1.0,
                cost: 0,
            })
            .collect()
    }

    /// Single-word queries against aliases written without spaces
    /// (`alisherusmanov`).
    /// An exact lookup, then (with `fuzzy`, and only when that found
    /// nothing) the weighted walk of the joined keys.
    fn joined_hits(&self, tok: &str, fuzzy: bool) -> Vec<Scored> {
        let found: Vec<(usize, Cost)> = match self.index.get(JOINED, tok) {
            Some(v) => vec![(v, 0)],
            None if fuzzy => {
                let aut = WeightedLevenshtein::new(&self.model, tok, fuzzy_budget(tok.len()))
                    .with_prefix(JOINED);
                self.index.search(&aut, 64)
            }
            None => Vec::new(),
        };
        let mut out = Vec::new();
        for (v, cost) in found {
            for alias in self.index.full_aliases.get_or_empty(v).iter() {
                let alias = alias as usize;
                let alen = self.alias_token_strs(alias).iter().map(|t| t.len()).sum();
                let sim = token_sim(cost, tok.len(), alen) * 0.97;
                out.push(Scored {
                    alias,
                    score: sim * sim,
                    key: MatchKey::Joined,
                    pairs: Vec::new(),
                });
            }
        }
        out
    }

    /// Matches of one query word (`words[w]`, as `t`): the exact token,
    /// tokens whose skeleton is equal or one deletion away (both ways),
    /// and with `fuzzy` the weighted automaton walk of the token keys.
    /// Each is computed once per word.
    fn fill_hits(&self, t: &QTok<'_>, w: usize, fuzzy: bool, words: &mut Words<'_>) {
        let word = &mut words.words[w];
        let near = match &word.near {
            Some(near) => Rc::clone(near),
            None => {
                let map = self.near_hits(t, word);
                let near = Rc::new(self.hits(map));
                word.near = Some(Rc::clone(&near));
                near
            }
        };
        if !fuzzy || word.fuzzy.is_some() {
            return;
        }
        if t.initial || close(&near.map) {
            word.fuzzy = Some(near);
            return;
        }
        let mut map = near.map.clone();
        let aut = WeightedLevenshtein::new(&self.model, t.text, fuzzy_budget(t.text.len()))
            .with_prefix(TOKEN);
        for (v, cost) in self.index.search(&aut, 4096) {
            // A cheaper way to the same word (a lost capital) stays.
            if map.get(&(v as u32)).is_some_and(|h| h.1 < cost) {
                continue;
            }
            map.remove(&(v as u32));
            self.add_hit(t, v as u32, cost, MatchKey::Token, &mut map);
        }
        word.fuzzy = Some(Rc::new(self.hits(map)));
    }

    fn hits(&self, map: TokenHits) -> Hits {
        let runs = self.postings_runs(&map, MAX_CANDIDATES);
        Hits {
            map,
            runs,
            merged: OnceCell::new(),
        }
    }

    /// Adds token `tid` to `hits` at `cost` unless there already, if
    /// similar enough.
    fn add_hit(&self, t: &QTok<'_>, tid: u32, cost: Cost, key: MatchKey, hits: &mut TokenHits) {
        if hits.contains_key(&tid) || tid as usize >= self.index.tokens.len() {
            return;
        }
        insert_hit(t, tid, self.index.tokens.get(tid as usize), cost, key, hits);
    }

    /// The exact and skeleton matches of one word.
    fn near_hits(&self, t: &QTok<'_>, word: &Word<'_>) -> TokenHits {
        let mut hits = TokenHits::default();
        if t.initial {
            return hits;
        }
        if let Some(v) = word.known {
            self.add_hit(t, v, 0, MatchKey::Token, &mut hits);
        }
        if t.lost_capital {
            // The word with its lost first letter put back.
            let mut key = String::with_capacity(t.text.len() + 1);
            for c in 'a'..='z' {
                key.clear();
                key.push(c);
                key.push_str(t.text);
                if let Some(v) = self.index.get(TOKEN, &key) {
                    self.add_hit(t, v as u32, LOST_CAPITAL_COST, MatchKey::Token, &mut hits);
                }
            }
        }
        // Wider reaches are for words the narrower ones found no close
        // match for: a word with one gains little from them.
        let skel = crate::skeleton::skeleton(t.text);
        let mut budget = limits::MAX_NEIGHBOUR_WORDS;
        let skel_path = self.index.path(SKEL, skel.as_bytes());
        let equal = skel_path
            .get(skel.len())
            .and_then(|&at| self.index.get_from(at, b""));
        if let Some(sid) = equal {
            let list = self.index.skel_tokens.get_or_empty(sid);
            let tids: Vec<u32> = list.iter().take(budget).collect();
            budget -= tids.len();
            self.add_skeleton_hits(t, word, &tids, &mut hits);
        }
        if !close(&hits) {
            // The first words of the neighbourhood, up to the budget,
            // scored in sorted order.
            let mut tids: Vec<u32> = Vec::with_capacity(budget);
            for sid in self.skeleton_neighbours(&skel, &skel_path, equal) {
                let list = self.index.skel_tokens.get_or_empty(sid);
                tids.extend(list.iter().take(budget - tids.len()));
                if tids.len() == budget {
                    break;
                }
            }
            tids.sort_unstable();
            self.add_skeleton_hits(t, word, &tids, &mut hits);
        }
        hits
    }

    /// [`Self::add_hit`] at the word automaton's cost for each of `tids`
    /// (sorted ids: the words of one skeleton in spelling order, so the
    /// automaton reuses the DP rows of the spelling each shares with the
    /// one before).
    fn add_skeleton_hits(&self, t: &QTok<'_>, word: &Word<'_>, tids: &[u32], hits: &mut TokenHits) {
        let n = self.index.tokens.len();
        let new: Vec<(u32, &str)> = tids
            .iter()
            .filter(|&&tid| (tid as usize) < n && !hits.contains_key(&tid))
            .map(|&tid| (tid, self.index.tokens.get(tid as usize)))
            .collect();
        let keys: Vec<(&str, Cost)> = new
            .iter()
            .map(|&(_, tok)| (tok, score::pair_budget(t.text.len(), tok.len())))
            .collect();
        for ((tid, tok), cost) in new.into_iter().zip(word.aut.eval_sorted(&keys)) {
            if let Some(cost) = cost {
                insert_hit(t, tid, tok, cost, MatchKey::Skeleton, hits);
            }
        }
    }

    /// Ids of the skeletons one deletion away from `skel` in either string
    /// (which covers one substitution too), without `skel`'s own id.
    /// `skel_path` is the fst walk of `skel` in the skeleton key space: the
    /// lookups of its deletions continue from it, as those of the deletion
    /// keys continue from the walk of `skel` in their key space.
    fn skeleton_neighbours(
        &self,
        skel: &str,
        skel_path: &[crate::index::At<'_>],
        own: Option<usize>,
    ) -> Vec<usize> {
        let b = skel.as_bytes();
        let del_path = self.index.path(DEL, b);
        let lookup = |path: &[crate::index::At<'_>], p: usize, rest: &[u8]| {
            path.get(p).and_then(|&at| self.index.get_from(at, rest))
        };
        let mut out = Vec::new();
        let longer_by_one = |v: Option<usize>, out: &mut Vec<usize>| {
            if let Some(v) = v {
                out.extend(
                    self.index
                        .del_skels
                        .get_or_empty(v)
                        .iter()
                        .map(|s| s as usize),
                );
            }
        };
        longer_by_one(lookup(&del_path, b.len(), b""), &mut out);
        // The deletions of `crate::index::deletions`, in its order: of a
        // skeleton of 4 bytes or more, one per run of equal bytes, and
        // only of whole (ASCII) characters.
        for p in 0..b.len() {
            if b.len() < 4 || (p > 0 && b[p] == b[p - 1]) || !b[p].is_ascii() {
                continue;
            }
            let rest = &b[p + 1..];
            out.extend(lookup(skel_path, p, rest));
            longer_by_one(lookup(&del_path, p, rest), &mut out);
        }
        let mut seen: FxHashSet<usize> = own.into_iter().collect();
        out.retain(|s| seen.insert(*s));
        out
    }

    /// Aliases to score. With two or more matched query tokens: the aliases
    /// that at least two of them hit (a right answer shares at least two
    /// words with the query), else the rarest token's postings; with one:
    /// its postings. Best-matching tokens first, at most `MAX_CANDIDATES`.
    fn candidate_aliases(&self, qt: &[QTok<'_>], hits: &[&Hits]) -> Vec<usize> {
        let per_token: Vec<&Hits> = hits.iter().copied().filter(|h| !h.map.is_empty()).collect();
        let mut out: Vec<u32> = Vec::new();
        if per_token.len() >= 2 {
            // The aliases in two or more are the union of the pairwise
            // intersections.
            for (i, a) in per_token.iter().enumerate() {
                for b in &per_token[i + 1..] {
                    out = union(&out, &a.common(b));
                }
            }
        }
        if out.is_empty() {
            // An alias sharing one word with a query of two or more full
            // words cannot reach a useful score (the unmatched word weighs
            // 1): score only a few, for the explanation.
            let strong = qt.iter().filter(|t| !t.initial && !t.patronymic).count();
            // Every word's own aliases: the rarest word may be the garbled
            // one (`Riey` → `Riou`), the family name another.
            for h in hits.iter().filter(|h| !h.map.is_empty()) {
                if strong >= 2 {
                    out.extend(self.postings_of(&h.map, FEW_CANDIDATES));
                } else {
                    out.extend_from_slice(h.postings());
                }
            }
            out.sort();
            out.dedup();
        }
        out.truncate(MAX_CANDIDATES);
        out.into_iter().map(|a| a as usize).collect()
    }

    /// The aliases containing any token of `hits`, each once, sorted;
    /// tokens are taken best-similarity first until `cap` aliases.
    fn postings_of(&self, hits: &TokenHits, cap: usize) -> Vec<u32> {
        union_all(self.postings_runs(hits, cap))
    }

    /// The postings `postings_of` merges: each token's, best similarity
    /// first, until `cap` are taken.
    fn postings_runs(&self, hits: &TokenHits, cap: usize) -> Vec<Vec<u32>> {
        let mut toks: Vec<(&u32, &(f64, Cost, MatchKey))> = hits.iter().collect();
        toks.sort_by(|a, b| b.1 .0.total_cmp(&a.1 .0).then(a.0.cmp(b.0)));
        // Postings are sorted and duplicate-free: merge them. Duplicates
        // count against `cap` as they are taken.
        let mut runs: Vec<Vec<u32>> = Vec::new();
        let mut taken = 0;
        for (&t, _) in toks {
            let post = self.index.token_postings.get(t as usize);
            let room = cap.saturating_sub(taken);
            let run: Vec<u32> = post.iter().take(room).collect();
            taken += run.len();
            runs.push(run);
            if taken >= cap {
                break;
            }
        }
        runs
    }

    /// Aligns the query with one alias; `lookup(q, token id, token)` gives
    /// the similarity and cost of a non-initial pair.
    fn align_alias(
        &self,
        qt: &[QTok<'_>],
        alias: usize,
        lookup: &mut PairLookup<'_>,
    ) -> score::Alignment {
        let ids = self.index.alias_tokens.get(alias);
        let toks: Vec<&str> = ids
            .iter()
            .map(|t| self.index.tokens.get(t as usize))
            .collect();
        let ent = self.index.alias_entity.get(alias) as usize;
        let person = self.index.kind_of(ent) == Kind::Person;
        let roles = roles(&toks, person);
        let mut sim = |q: usize, a: usize| {
            let (qtok, atok) = (&qt[q], toks[a]);
            if qtok.initial {
                return initial_sim(qtok.text, atok, &self.model).map(|s| (s, 0));
            }
            if atok.len() == 1 {
                return initial_sim(atok, qtok.text, &self.model).map(|s| (s, 0));
            }
            lookup(q, ids.get(a), atok)
        };
        // `align` scores 0 unless every family name is paired: a family
        // name no query word can pair with decides it before the other
        // words are looked up.
        for (a, _) in roles
            .iter()
            .enumerate()
            .filter(|(_, r)| **r == Role::Family)
        {
            let pairs =
                |q: usize| !qt[q].initial && sim(q, a).is_some_and(|(s, _)| s >= score::PAIR_MIN);
            if !(0..qt.len()).any(pairs) {
                return score::Alignment::default();
            }
        }
        align(qt, &roles, sim)
    }

    /// Similarity of query token `q` and `tok` by the plain DP.
    /// Keeps each entity's best alias (ties: an exact full-name match
    /// first, then the canonical name, then alias order) and sorts best first, ties by entity id.
    fn best_per_entity(&self, scored: Vec<Scored>) -> Vec<Scored> {
        let mut best: FxHashMap<u32, Scored> = FxHashMap::default();
        for s in scored {
            let ent = self.index.alias_entity.get(s.alias);
            let better = match best.get(&ent) {
                None => true,
                Some(b) => {
                    let full = |x: &Scored| x.key == MatchKey::Full;
                    s.score > b.score
                        || (s.score == b.score && full(&s) && !full(b))
                        || (s.score == b.score
                            && full(&s) == full(b)
                            && self.alias_rank(s.alias) < self.alias_rank(b.alias))
                }
            };
            if better {
                best.insert(ent, s);
            }
        }
        let mut out: Vec<Scored> = best.into_values().collect();
        out.sort_by(|a, b| {
            b.score
                .total_cmp(&a.score)
                .then((b.key == MatchKey::Full).cmp(&(a.key == MatchKey::Full)))
                .then(
                    self.index
                        .alias_entity
                        .get(a.alias)
                        .cmp(&self.index.alias_entity.get(b.alias)),
                )
        });
        out
    }

    fn alias_rank(&self, alias: usize) -> (u8, usize) {
        let canonical = self.index.is_canonical(alias);
        (u8::from(!canonical), alias)
    }

    /// The decision for scored candidates (best first).
    fn decide(&self, scored: &[Scored], threshold: f64) -> Decision {
        match scored.first() {
            None => Decision::Unknown(Unknown::NoCandidate),
            Some(b) if b.score < threshold => {
                Decision::Unknown(Unknown::BelowThreshold { score: b.score })
            }
            Some(b) => match scored.get(1) {
                // An exact full name beats anything that is not one.
                Some(s) if b.key == MatchKey::Full && s.key != MatchKey::Full => Decision::Resolved,
                Some(s) if b.score - s.score < self.margin && !self.outranks(b, s) => {
                    Decision::Unknown(Unknown::Ambiguous {
                        runner_up: self
                            .index
                            .ent_ids
                            .get(self.index.alias_entity.get(s.alias) as usize)
                            .to_string(),
                        gap: b.score - s.score,
                    })
                }
                _ => Decision::Resolved,
            },
        }
    }

    /// Is `s` no rival of `b` however close their scores: all of `b`'s
    /// words are paired, and `s` pairs the same query words no better but
    /// has words of its own that the query does not mention
    /// (`Filip Ghazaryan` outranks `Filip Ter-Ghazaryan` for `Filip
    /// Gazaryan`).
    fn outranks(&self, b: &Scored, s: &Scored) -> bool {
        let words = |x: &Scored| self.index.alias_tokens.get(x.alias).len();
        !b.pairs.is_empty()
            && b.pairs.len() == words(b)
            && s.pairs.len() == b.pairs.len()
            && words(s) > s.pairs.len()
            && b.pairs
                .iter()
                .all(|p| s.pairs.iter().any(|r| r.q == p.q && r.cost >= p.cost))
    }

    /// The resolution of `toks`; the words' automata in `words` (when
    /// the query was scored through them) explain the pairs.
    fn finish(
        &self,
        normalized: String,
        toks: &[&str],
        mut scored: Vec<Scored>,
        query: &Query<'_>,
        threshold: f64,
        words: Option<&Words<'_>>,
    ) -> Resolution {
        let decision = self.decide(&scored, threshold);
        scored.truncate(query.limit);
        let candidates = scored
            .iter()
            .map(|s| self.candidate(toks, s, words))
            .collect();
        Resolution {
            normalized,
            candidates,
            decision,
        }
    }

    fn candidate(&self, toks: &[&str], s: &Scored, words: Option<&Words<'_>>) -> Candidate {
        let ent = self.index.alias_entity.get(s.alias) as usize;
        let atoks = self.alias_token_strs(s.alias);
        let roles = roles(&atoks, self.index.kind_of(ent) == Kind::Person);
        let tokens = s
            .pairs
            .iter()
            .filter(|p| p.q < toks.len() && p.a < atoks.len())
            .map(|p| {
                let (q, a) = (toks[p.q], atoks[p.a]);
                let initial = q.len() == 1 || a.len() == 1;
                TokenMatch {
                    query: q.to_string(),
                    alias: a.to_string(),
                    role: roles[p.a],
                    similarity: p.sim,
                    cost: p.cost,
                    key: if initial { MatchKey::Initial } else { s.key },
                    edits: if initial {
                        Vec::new()
                    } else if s.key == MatchKey::Context {
                        self.context_model.edit_script(q, a)
                    } else {
                        // The word's automaton has the DP of the pair in
                        // its step tables: the same matrix, faster.
                        let word = words.and_then(|w| w.words.iter().find(|w| w.text == q));
                        match word {
                            Some(w) if q != a => {
                                self.model.edit_script_from(q, a, &w.aut.matrix(a))
                            }
                            _ => self.model.edit_script(q, a),
                        }
                    },
                }
            })
            .collect();
        Candidate {
            id: self.index.ent_ids.get(ent).to_string(),
            name: self.index.ent_names.get(ent).to_string(),
            kind: self.index.ent_kinds.get(ent).to_string(),
            score: if s.score.is_nan() {
                0.0
            } else {
                s.score.clamp(0.0, 1.0)
            },
            alias: self.index.alias_text.get(s.alias).to_string(),
            key: s.key,
            tokens,
        }
    }
}

/// The union of two sorted, duplicate-free lists. The shorter one is
/// placed into the longer by galloping search, which copies the longer in
/// runs: the postings of a rare word merged into those of a common one.
fn union(a: &[u32], b: &[u32]) -> Vec<u32> {
    let (long, short) = if a.len() >= b.len() { (a, b) } else { (b, a) };
    let mut out = Vec::with_capacity(long.len() + short.len());
    if short.len() * 8 > long.len() {
        // Similar lengths: a plain merge, without data-dependent branches.
        out.resize(long.len() + short.len(), 0);
        let (mut i, mut j, mut k) = (0, 0, 0);
        while i < long.len() && j < short.len() {
            let (x, y) = (long[i], short[j]);
            out[k] = x.min(y);
            k += 1;
            i += usize::from(x <= y);
            j += usize::from(y <= x);
        }
        out.truncate(k);
        out.extend_from_slice(&long[i..]);
        out.extend_from_slice(&short[j..]);
        return out;
    }
    let mut from = 0;
    for &x in short {
        let at = gallop(long, from, x);
        out.extend_from_slice(&long[from..at]);
        out.push(x);
        from = if long.get(at) == Some(&x) { at + 1 } else { at };
    }
    out.extend_from_slice(&long[from..]);
    out
}

/// The union of sorted, duplicate-free lists: the two shortest merged
/// first, so the longest lists are copied least often.
fn union_all(runs: Vec<Vec<u32>>) -> Vec<u32> {
    use std::cmp::Reverse;
    use std::collections::BinaryHeap;
    let mut runs: Vec<Option<Vec<u32>>> = runs.into_iter().map(Some).collect();
    let mut heap: BinaryHeap<Reverse<(usize, usize)>> = runs
        .iter()
        .enumerate()
        .map(|(i, r)| Reverse((r.as_ref().map_or(0, Vec::len), i)))
        .collect();
    while let Some(Reverse((_, i))) = heap.pop() {
        let Some(Reverse((_, j))) = heap.pop() else {
            return runs[i].take().unwrap_or_default();
        };
        let (a, b) = (runs[i].take(), runs[j].take());
        let merged = union(a.as_deref().unwrap_or(&[]), b.as_deref().unwrap_or(&[]));
        heap.push(Reverse((merged.len(), runs.len())));
        runs.push(Some(merged));
    }
    Vec::new()
}

/// Appends the values in both sorted, duplicate-free lists, sorted. Of
/// lists of similar lengths, a merge that skips runs of either list by
/// comparing a block of items at a time; the items of a much shorter list
/// are looked up in the longer by galloping search.
fn intersect_into(a: &[u32], b: &[u32], out: &mut Vec<u32>) {
    let (long, short) = if a.len() >= b.len() { (a, b) } else { (b, a) };
    if short.len() * 32 < long.len() {
        let mut from = 0;
        for &x in short {
            from = gallop(long, from, x);
            if long.get(from) == Some(&x) {
                out.push(x);
                from += 1;
            }
        }
        return;
    }
    let (mut i, mut j) = (0, 0);
    while i < a.len() && j < b.len() {
        let y = b[j];
        // Skip the items of `a` below `y` eight at a time.
        while i + 8 <= a.len() && a[i + 7] < y {
            i += 8;
        }
        while i < a.len() && a[i] < y {
            i += 1;
        }
        if i == a.len() {
            break;
        }
        let x = a[i];
        if x == y {
            out.push(x);
            i += 1;
            j += 1;
            continue;
        }
        // Skip the items of `b` below `x` likewise.
        while j + 8 <= b.len() && b[j + 7] < x {
            j += 8;
        }
        while j < b.len() && b[j] < x {
            j += 1;
        }
    }
}

/// The values in both sorted, duplicate-free lists, sorted.
#[cfg(test)]
fn intersection(a: &[u32], b: &[u32]) -> Vec<u32> {
    let mut out = Vec::new();
    intersect_into(a, b, &mut out);
    out
}

/// The first index at or after `from` whose value in the sorted `v` is not
/// below `x`: doubling steps from `from`, then a binary search, so a near
/// position costs few comparisons.
fn gallop(v: &[u32], from: usize, x: u32) -> usize {
    let mut lo = from;
    let mut step = 1;
    while lo + step < v.len() && v[lo + step] < x {
        lo += step;
        step *= 2;
    }
    if lo < v.len() && v[lo] < x {
        lo += 1;
    }
    let hi = (lo + step).min(v.len());
    lo + v[lo..hi].partition_point(|&y| y < x)
}

/// Records token `tid` (`tok`) as a hit of `t` at `cost`, if similar
/// enough to pair.
fn insert_hit(t: &QTok<'_>, tid: u32, tok: &str, cost: Cost, key: MatchKey, hits: &mut TokenHits) {
    let sim = score::word_sim(cost, t.text, tok);
    if sim >= score::PAIR_MIN {
        hits.insert(tid, (sim, cost, key));
    }
}

/// Whether a word has a match this close: wider reaches gain it little.
fn close(hits: &TokenHits) -> bool {
    hits.values().any(|&(sim, _, _)| sim >= CLOSE_SIM)
}

/// The fuzzy-search budget for a token of `len` bytes.
/// Candidate generation only: pairs beyond it are still scored exactly
/// when their alias is a candidate through another token.
/// How much to trust a pair whose query word is itself another word of
/// the catalogue: a variant spelling (a cheap edit, or a close one in a
/// long word: `Gjorgjievski`/`Gorgievski`) fully, anything further less.
fn known_word_factor(cost: Cost, q: &str, tok: &str) -> f64 {
    if cost <= VARIANT_COST || token_sim(cost, q.len(), tok.len()) >= CLOSE_SIM {
        1.0
    } else if cost < UNIT {
        REAL_WORD_PENALTY
    } else {
        REAL_WORD_FULL_PENALTY
    }
}

fn fuzzy_budget(len: usize) -> Cost {
    match len {
        0..=2 => 20,
        3 => 50,
        4..=5 => 100,
        6..=7 => 115,
        _ => 130,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lists(seed: &mut u64) -> Vec<u32> {
        let len = (*seed % 300) as usize;
        let mut v: Vec<u32> = (0..len)
            .map(|_| {
                *seed = seed
                    .wrapping_mul(6364136223846793005)
                    .wrapping_add(1442695040888963407);
                ((*seed >> 33) % 500) as u32
            })
            .collect();
        v.sort();
        v.dedup();
        v
    }

    #[test]
    fn union_and_intersection_of_sorted_lists() {
        let mut seed = 7u64;
        for _ in 0..500 {
            let (a, b) = (lists(&mut seed), lists(&mut seed));
            let mut want: Vec<u32> = a.iter().chain(&b).copied().collect();
            want.sort();
            want.dedup();
            assert_eq!(union(&a, &b), want);
            let c = lists(&mut seed);
            let mut all: Vec<u32> = want.iter().chain(&c).copied().collect();
            all.sort();
            all.dedup();
            assert_eq!(union_all(vec![a.clone(), b.clone(), c.clone()]), all);
            assert_eq!(union_all(vec![c.clone()]), c);
            assert!(union_all(vec![]).is_empty());
            let both: Vec<u32> = a.iter().copied().filter(|x| b.contains(x)).collect();
            assert_eq!(intersection(&a, &b), both);
            let mut out = vec![u32::MAX];
            intersect_into(&a, &b, &mut out);
            assert_eq!(out[1..], both[..]);
            // Sparse against dense: every k-th item of one, spread out.
            let k = (seed % 13) as usize + 1;
            let sparse: Vec<u32> = a.iter().step_by(k).map(|x| x * 3).collect();
            let dense: Vec<u32> = (0..1600).filter(|x| x % 5 != 0).collect();
            let both: Vec<u32> = sparse
                .iter()
                .copied()
                .filter(|x| dense.contains(x))
                .collect();
            for (x, y) in [(&sparse, &dense), (&dense, &sparse)] {
                let mut out = Vec::new();
                intersect_into(x, y, &mut out);
                assert_eq!(out, both);
                assert_eq!(intersection(x, y), both);
            }
        }
    }

    /// The neighbour lookups that continue from shared fst walks find
    /// what looking up every deletion key in full finds, in the same order.
    #[test]
    fn skeleton_neighbours_match_full_lookups() {
        use crate::entity::Entity;
        let names = [
            "Zelensky",
            "Zelenskyy",
            "Zelinski",
            "Selensky",
            "Zlensky",
            "Witkoff",
            "Vitkov",
            "Witkov",
            "Merz",
            "Mertz",
            "Mirz",
            "Marz",
            "Rutte",
            "Retty",
            "Ushakov",
            "Oshkov",
            "Shakov",
            "Kharkiv",
            "Harkov",
            "Charkiw",
            "Kyiv",
            "Kiev",
            "Kiyv",
            "Lvov",
            "Lviv",
            "Odessa",
            "Odesa",
            "Dnipro",
            "Dnepr",
            "Khorozi",
            "Chorozi",
            "Korozi",
        ];
        let entities: Vec<Entity> = names
            .iter()
            .enumerate()
            .map(|(i, n)| Entity::new(format!("e{i}"), *n))
            .collect();
        let r = Resolver::build(&Catalog::from_entities(entities).unwrap()).unwrap();
        let full = |skel: &str, own: Option<usize>| {
            let mut out = Vec::new();
            let del = |key: &str, out: &mut Vec<usize>| {
                if let Some(v) = r.index.get(DEL, key) {
                    out.extend(r.index.del_skels.get_or_empty(v).iter().map(|s| s as usize));
                }
            };
            del(skel, &mut out);
            for d in crate::index::deletions(skel) {
                let Ok(d) = std::str::from_utf8(&d) else {
                    continue;
                };
                out.extend(r.index.get(SKEL, d));
                del(d, &mut out);
            }
            let mut seen: FxHashSet<usize> = own.into_iter().collect();
            out.retain(|s| seen.insert(*s));
            out
        };
        let mut checked = 0;
        for q in names
            .iter()
            .chain(&["zelenskiy", "vitkoff", "harkiv", "xyz", "ab", "žlensky"])
        {
            let q = r.normalizer().normalize(q);
            let skel = crate::skeleton::skeleton(&q);
            let path = r.index.path(SKEL, skel.as_bytes());
            let own = r.index.get(SKEL, &skel);
            let got = r.skeleton_neighbours(&skel, &path, own);
            assert_eq!(got, full(&skel, own), "{q} ({skel})");
            checked += usize::from(!got.is_empty());
        }
        assert!(checked >= 20, "only {checked} words had neighbours");
    }
}
