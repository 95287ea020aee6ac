//! [`Document`]: the per-document rules of text mode.

use crate::outcome::{Query, Resolution, DEFAULT_LIMIT};
use crate::resolve::Resolver;
use crate::text::mentions::mentions;

/// The threshold for mentions of two or more words when no threshold is
/// set with [`Document::with_threshold`] (lowered further to the
/// resolver's own threshold when that is lower). A capitalised full name in
/// running text that fits one catalogue entry closely, with the family
/// name required and no close rival, is far more often a garbled spelling
/// (`Mark Retty`) than another person.
///
/// # Example
/// ```
/// assert!(namefold::text::DEFAULT_FULL_NAME_THRESHOLD < namefold::DEFAULT_THRESHOLD);
/// ```
pub const DEFAULT_FULL_NAME_THRESHOLD: f64 = 0.62;

/// Entities a [`Document`] remembers for coreference by default (the most
/// recently named ones).
///
/// # Example
/// ```
/// assert_eq!(namefold::text::DEFAULT_MEMORY, 32);
/// ```
pub const DEFAULT_MEMORY: usize = 32;

/// The most entities a [`Document`] may remember: every short or unknown
/// mention is scored against each of them, so the memory bounds the work
/// per mention. [`Document::with_memory`] clamps to it.
///
/// # Example
/// ```
/// assert!(namefold::text::MAX_MEMORY >= namefold::text::DEFAULT_MEMORY);
/// ```
pub const MAX_MEMORY: usize = 1024;

/// One name found in a text, with its resolution.
///
/// # Example
/// ```
/// use namefold::{Catalog, Entity, Resolver};
/// let r = Resolver::build(&Catalog::from_entities(vec![Entity::new("merz", "Friedrich Merz")])?)?;
/// let found = namefold::text::Document::new(&r).resolve_text("Then Friedrich Mertz spoke.");
/// assert_eq!((found[0].start, found[0].end), (5, 20));
/// assert_eq!(found[0].surface, "Friedrich Mertz");
/// assert_eq!(found[0].id(), Some("merz"));
/// assert!(found[0].score() > 0.7);
/// # Ok::<(), namefold::Error>(())
/// ```
#[derive(Clone, Debug)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct NameMention {
    /// Byte offset of the mention's first byte from the start of the
    /// document (chunks of one document continue its offsets).
    pub start: usize,
    /// Byte offset just past the mention's last byte.
    pub end: usize,
    /// The mention as written.
    pub surface: String,
    /// Its resolution: the id (or unknown), the score and the explained
    /// candidates.
    #[cfg_attr(feature = "serde", serde(flatten))]
    pub resolution: Resolution,
}

impl NameMention {
    /// The resolved id, or `None` when the mention is unknown.
    ///
    /// # Example
    /// ```
    /// use namefold::{Catalog, Entity, Resolver};
    /// let r = Resolver::build(&Catalog::from_entities(vec![Entity::new("kyiv", "Kyiv")])?)?;
    /// let found = namefold::text::Document::new(&r).resolve_text("From Kyiv to Lorcanville.");
    /// assert_eq!(found[0].id(), Some("kyiv"));
    /// assert_eq!(found[1].id(), None);
    /// # Ok::<(), namefold::Error>(())
    /// ```
    pub fn id(&self) -> Option<&str> {
        self.resolution.id()
    }

    /// The best candidate's score (0 when there is none); never NaN.
    ///
    /// # Example
    /// ```
    /// use namefold::{Catalog, Entity, Resolver};
    /// let r = Resolver::build(&Catalog::from_entities(vec![Entity::new("kyiv", "Kyiv")])?)?;
    /// let found = namefold::text::Document::new(&r).resolve_text("In KYIV.");
    /// assert_eq!(found[0].score(), 1.0);
    /// # Ok::<(), namefold::Error>(())
    /// ```
    pub fn score(&self) -> f64 {
        self.resolution.score()
    }
}

/// The state of one document in text mode: where it has got to, and the
/// entities it has named so far (its coreference memory).
///
/// Feed a document's text to [`resolve_text`](Self::resolve_text) whole or
/// in successive chunks (lines, say; cut chunks between words). Offsets
/// continue across chunks, and a later `Retty` resolves through an
/// earlier `Mark Retty`. Use one `Document` per document: the memory of
/// one article must not decide another's mentions.
///
/// The rules, in order, for each mention:
/// 1. Resolve it on its own, with [`DEFAULT_FULL_NAME_THRESHOLD`] for a
///    mention of two or more words.
/// 2. An unknown full name is re-read against its nearest candidates with
///    the loose vowels of heard speech ([`Resolver::resolve_among`]):
///    `Yuri Oshkov` for `Yury Ushakov`.
/// 3. An unknown full name whose given names are no catalogue word at all
///    is retried with them as initials (`Fredchic Mirz` as `F. Mirz`); a
///    real given name (`Anna`) is another person's, so it is not retried.
/// 4. An unknown mention, or a one-word mention whose answer is not yet
///    an entity of this document, is resolved against the entities the
///    document named last ([`DEFAULT_MEMORY`] of them); the better
///    answer wins.
///
/// # Example
/// ```
/// use namefold::{Catalog, Entity, Resolver};
/// use namefold::text::Document;
/// let catalog = Catalog::from_entities(vec![
///     Entity::new("witkoff", "Steve Witkoff"),
///     Entity::new("vitkova", "Olga Vitkova"),
/// ])?;
/// let r = Resolver::build(&catalog)?;
/// let mut doc = Document::new(&r).with_memory(8);
/// let first = doc.resolve_text("Steve Witkoff arrived.\n");
/// let later = doc.resolve_text("Vitkov said little.\n");
/// assert_eq!(later[0].id(), Some("witkoff"));
/// assert_eq!(later[0].start, first[0].end + " arrived.\n".len());
/// # Ok::<(), namefold::Error>(())
/// ```
#[derive(Clone, Debug)]
pub struct Document<'r> {
    resolver: &'r Resolver,
    threshold: Option<f64>,
    full_name_threshold: f64,
    memory: usize,
    limit: usize,
    /// Whether resolutions carry edit scripts ([`Query::with_edits`]).
    edits: bool,
    /// Entities named so far, most recent last.
    seen: Vec<String>,
    /// Bytes of the document read so far.
    offset: usize,
}

impl<'r> Document<'r> {
    /// A new document read with `resolver`, with the default rules.
    ///
    /// # Example
    /// ```
    /// use namefold::{Catalog, Entity, Resolver};
    /// let r = Resolver::build(&Catalog::from_entities(vec![Entity::new("kyiv", "Kyiv")])?)?;
    /// let doc = namefold::text::Document::new(&r);
    /// assert_eq!(doc.offset(), 0);
    /// # Ok::<(), namefold::Error>(())
    /// ```
    pub fn new(resolver: &'r Resolver) -> Document<'r> {
        Document {
            resolver,
            threshold: None,
            full_name_threshold: DEFAULT_FULL_NAME_THRESHOLD,
            memory: DEFAULT_MEMORY,
            limit: DEFAULT_LIMIT,
            edits: false,
            seen: Vec::new(),
            offset: 0,
        }
    }

    /// One threshold for every mention, full names included (NaN is
    /// ignored; clamped to [0, 1]).
    ///
    /// # Example
    /// ```
    /// use namefold::{Catalog, Entity, Resolver};
    /// let r = Resolver::build(&Catalog::from_entities(vec![Entity::new("rutte", "Mark Rutte")])?)?;
    /// let strict = namefold::text::Document::new(&r).with_threshold(0.9).resolve_text("Mark Retty");
    /// assert_eq!(strict[0].id(), None);
    /// # Ok::<(), namefold::Error>(())
    /// ```
    pub fn with_threshold(mut self, t: f64) -> Document<'r> {
        if !t.is_nan() {
            self.threshold = Some(t.clamp(0.0, 1.0));
        }
        self
    }

    /// The threshold for mentions of two or more words when no single
    /// threshold is set (default [`DEFAULT_FULL_NAME_THRESHOLD`]; never
    /// above the resolver's own threshold; NaN is ignored).
    ///
    /// # Example
    /// ```
    /// use namefold::{Catalog, Entity, Resolver};
    /// let r = Resolver::build(&Catalog::from_entities(vec![Entity::new("rutte", "Mark Rutte")])?)?;
    /// let doc = namefold::text::Document::new(&r).with_full_name_threshold(0.67);
    /// assert_eq!(doc.full_name_threshold(), 0.67);
    /// # Ok::<(), namefold::Error>(())
    /// ```
    pub fn with_full_name_threshold(mut self, t: f64) -> Document<'r> {
        if !t.is_nan() {
            self.full_name_threshold = t.clamp(0.0, 1.0);
        }
        self
    }

    /// Remember at most `n` entities for coreference (clamped to
    /// [`MAX_MEMORY`]; 0 turns coreference off).
    ///
    /// # Example
    /// ```
    /// use namefold::{Catalog, Entity, Resolver};
    /// let r = Resolver::build(&Catalog::from_entities(vec![Entity::new("rutte", "Mark Rutte")])?)?;
    /// let mut doc = namefold::text::Document::new(&r).with_memory(0);
    /// assert_eq!(doc.resolve_text("Mark Rutte met Retty.")[1].id(), None);
    /// # Ok::<(), namefold::Error>(())
    /// ```
    pub fn with_memory(mut self, n: usize) -> Document<'r> {
        self.memory = n.min(MAX_MEMORY);
        self
    }

    /// Keep at most `k` candidates per mention (clamped like
    /// [`Query::with_limit`]; default 5).
    ///
    /// # Example
    /// ```
    /// use namefold::{Catalog, Entity, Resolver};
    /// let r = Resolver::build(&Catalog::from_entities(vec![
    ///     Entity::new("a", "Anna Kovac"), Entity::new("b", "Anna Kovic"),
    /// ])?)?;
    /// let found = namefold::text::Document::new(&r).with_limit(1).resolve_text("Anna Kovuc");
    /// assert!(found[0].resolution.candidates().len() <= 1);
    /// # Ok::<(), namefold::Error>(())
    /// ```
    pub fn with_limit(mut self, k: usize) -> Document<'r> {
        self.limit = Query::new("").with_limit(k).limit;
        self
    }

    /// Builds the typed edit scripts of the mentions' candidates (see
    /// [`Query::with_edits`]; off by default).
    ///
    /// # Example
    /// ```
    /// use namefold::{Catalog, Entity, Resolver};
    /// let r = Resolver::build(&Catalog::from_entities(vec![Entity::new("rutte", "Mark Rutte")])?)?;
    /// let found = namefold::text::Document::new(&r).with_edits(true).resolve_text("Mark Retty spoke.");
    /// let best = found[0].resolution.best().unwrap();
    /// assert!(best.tokens.iter().any(|t| !t.edits.is_empty()));
    /// # Ok::<(), namefold::Error>(())
    /// ```
    pub fn with_edits(mut self, on: bool) -> Document<'r> {
        self.edits = on;
        self
    }

    /// The threshold used for mentions of two or more words.
    ///
    /// # Example
    /// ```
    /// use namefold::{Catalog, Entity, Resolver};
    /// let r = Resolver::build(&Catalog::from_entities(vec![Entity::new("kyiv", "Kyiv")])?)?;
    /// assert_eq!(namefold::text::Document::new(&r).full_name_threshold(), 0.62);
    /// # Ok::<(), namefold::Error>(())
    /// ```
    pub fn full_name_threshold(&self) -> f64 {
        match self.threshold {
            Some(t) => t,
            None => self.full_name_threshold.min(self.resolver.threshold()),
        }
    }

    /// Bytes of the document read so far: the offset the next chunk starts
    /// at.
    ///
    /// # Example
    /// ```
    /// use namefold::{Catalog, Entity, Resolver};
    /// let r = Resolver::build(&Catalog::from_entities(vec![Entity::new("kyiv", "Kyiv")])?)?;
    /// let mut doc = namefold::text::Document::new(&r);
    /// doc.resolve_text("First line.\n");
    /// assert_eq!(doc.offset(), 12);
    /// # Ok::<(), namefold::Error>(())
    /// ```
    pub fn offset(&self) -> usize {
        self.offset
    }

    /// The entities remembered for coreference, most recent last.
    ///
    /// # Example
    /// ```
    /// use namefold::{Catalog, Entity, Resolver};
    /// let r = Resolver::build(&Catalog::from_entities(vec![Entity::new("kyiv", "Kyiv")])?)?;
    /// let mut doc = namefold::text::Document::new(&r);
    /// doc.resolve_text("In Kyiv.");
    /// assert_eq!(doc.remembered(), ["kyiv"]);
    /// # Ok::<(), namefold::Error>(())
    /// ```
    pub fn remembered(&self) -> &[String] {
        &self.seen
    }

    /// Finds the name mentions in the next `chunk` of the document and
    /// resolves each with the document's rules, in text order. Offsets are
    /// from the start of the document.
    ///
    /// # Example
    /// ```
    /// use namefold::{Catalog, Entity, Resolver};
    /// let r = Resolver::build(&Catalog::from_entities(vec![Entity::new("kyiv", "Kyiv")])?)?;
    /// let mut doc = namefold::text::Document::new(&r);
    /// doc.resolve_text("Nothing here.\n");
    /// let found = doc.resolve_text("Then KIEV.");
    /// assert_eq!((found[0].start, found[0].id()), (19, Some("kyiv")));
    /// # Ok::<(), namefold::Error>(())
    /// ```
    pub fn resolve_text(&mut self, chunk: &str) -> Vec<NameMention> {
        let base = self.offset;
        let found = mentions(chunk)
            .into_iter()
            .map(|m| NameMention {
                start: base + m.start,
                end: base + m.end,
                resolution: self.resolve_mention(&m.surface),
                surface: m.surface,
            })
            .collect();
        self.offset += chunk.len();
        found
    }

    /// Resolves one mention found by other means (a named-entity tagger,
    /// say) with the document's rules, and remembers its entity. It does
    /// not move [`offset`](Self::offset).
    ///
    /// # Example
    /// ```
    /// use namefold::{Catalog, Entity, Resolver};
    /// let r = Resolver::build(&Catalog::from_entities(vec![Entity::new("rutte", "Mark Rutte")])?)?;
    /// let mut doc = namefold::text::Document::new(&r);
    /// assert_eq!(doc.resolve_mention("Mark Rutte").id(), Some("rutte"));
    /// assert_eq!(doc.resolve_mention("Roti").id(), Some("rutte"));
    /// # Ok::<(), namefold::Error>(())
    /// ```
    pub fn resolve_mention(&mut self, surface: &str) -> Resolution {
        let r = self.resolver;
        let words = r.normalizer().tokens(surface);
        let mut query = Query::new(surface)
            .with_limit(self.limit)
            .with_edits(self.edits);
        if let Some(t) = self.threshold {
            query = query.with_threshold(t);
        } else if words.len() >= 2 {
            query = query.with_threshold(self.full_name_threshold());
        }
        let mut res = r.resolve(&query);
        if res.id().is_none() && words.len() >= 2 {
            let heard = self.heard(&query, &res);
            if heard.id().is_some() {
                res = heard;
            }
        }
        if res.id().is_none() {
            if let Some(retry) = self.initials(&words) {
                res = retry;
            }
        }
        if self.try_context(words.len(), &res) {
            let ids: Vec<&str> = self.seen.iter().map(String::as_str).collect();
            let local = r.resolve_among(&query, &ids);
            if local.id().is_some() && (res.id().is_none() || local.score() > res.score()) {
                res = local;
            }
        }
        if let Some(id) = res.id() {
            self.remember(id);
        }
        res
    }

    /// Rule 2: a full name in running text is often heard speech written
    /// down; re-read it against its nearest candidates with the loose
    /// vowels of context scoring.
    fn heard(&self, query: &Query<'_>, res: &Resolution) -> Resolution {
        let near: Vec<&str> = res.candidates().iter().map(|c| c.id.as_str()).collect();
        self.resolver.resolve_among(query, &near)
    }

    /// Rule 3: given names that are no catalogue word at all are garbled;
    /// they still tell their first letter. Returns the retry's resolution
    /// when it resolves.
    fn initials(&self, words: &[String]) -> Option<Resolution> {
        let (family, given) = words.split_last()?;
        let garbled = !given.is_empty()
            && given
                .iter()
                .all(|g| g.len() > 1 && !self.resolver.is_catalogue_word(g));
        if !garbled {
            return None;
        }
        let mut text = String::new();
        for c in given.iter().filter_map(|g| g.chars().next()) {
            text.push(c);
            text.push_str(". ");
        }
        text.push_str(family);
        let mut q = Query::new(&text)
            .with_limit(self.limit)
            .with_edits(self.edits);
        if let Some(t) = self.threshold {
            q = q.with_threshold(t);
        }
        let retry = self.resolver.resolve(&q);
        retry.id().is_some().then_some(retry)
    }

    /// Rule 4: context can help an unknown mention, or a one-word mention
    /// whose answer is not already an entity of this document.
    fn try_context(&self, words: usize, global: &Resolution) -> bool {
        if self.seen.is_empty() {
            return false;
        }
        match global.id() {
            None => true,
            Some(id) => words == 1 && !self.seen.iter().any(|s| s == id),
        }
    }

    fn remember(&mut self, id: &str) {
        if self.memory == 0 {
            return;
        }
        if let Some(i) = self.seen.iter().position(|s| s == id) {
            let s = self.seen.remove(i);
            self.seen.push(s);
        } else {
            if self.seen.len() >= self.memory {
                self.seen.remove(0);
            }
            self.seen.push(id.to_string());
        }
    }
}
