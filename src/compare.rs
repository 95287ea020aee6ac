//! [`compare`]: two names, no catalogue.

use crate::entity::{Catalog, Entity};
use crate::outcome::{MatchKey, Query, TokenMatch};
use crate::resolve::{Resolver, ResolverBuilder};

/// How well one name matches another: the score, the decision at the
/// default threshold and the explained token alignment.
///
/// # Example
/// ```
/// let c = namefold::compare("Wladimir Putin", "Vladimir Putin");
/// assert!(c.is_match());
/// assert!(c.score() > 0.9 && c.score() < 1.0);
/// let given = c.tokens().iter().find(|t| t.alias == "vladimir").unwrap();
/// assert_eq!(given.query, "wladimir");
/// ```
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Comparison {
    score: f64,
    is_match: bool,
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    key: Option<MatchKey>,
    tokens: Vec<TokenMatch>,
}

impl Comparison {
    /// The score in [0, 1], never NaN: the score `a` would get as a query
    /// against a catalogue holding only `b` (0 when resolution would find
    /// no candidate at all).
    ///
    /// # Example
    /// ```
    /// assert_eq!(namefold::compare("KYIV", "Kyiv").score(), 1.0);
    /// assert_eq!(namefold::compare("Kyiv", "Lorcan Brightwater").score(), 0.0);
    /// ```
    pub fn score(&self) -> f64 {
        self.score
    }

    /// Whether `a` resolves to `b` at [`DEFAULT_THRESHOLD`](crate::DEFAULT_THRESHOLD), as it would
    /// in a one-entity catalogue (a shared given name alone never does).
    ///
    /// # Example
    /// ```
    /// assert!(namefold::compare("Fridrich Mertz", "Friedrich Merz").is_match());
    /// assert!(!namefold::compare("Mark Levin", "Mark Rutte").is_match());
    /// ```
    pub fn is_match(&self) -> bool {
        self.is_match
    }

    /// Whether the score reaches `threshold` (a stricter or looser cut than
    /// the default).
    ///
    /// # Example
    /// ```
    /// let c = namefold::compare("Zelinski", "Zelensky");
    /// assert!(c.is_match_at(0.5));
    /// assert!(!c.is_match_at(0.99));
    /// ```
    pub fn is_match_at(&self, threshold: f64) -> bool {
        self.score > 0.0 && self.score >= threshold
    }

    /// The index key through which `a` found `b` (`None` when it did not).
    ///
    /// # Example
    /// ```
    /// use namefold::MatchKey;
    /// assert_eq!(namefold::compare("Merz Friedrich", "Friedrich Merz").key(), Some(MatchKey::Token));
    /// assert_eq!(namefold::compare("Friedrich Merz", "friedrich  MERZ").key(), Some(MatchKey::Full));
    /// ```
    pub fn key(&self) -> Option<MatchKey> {
        self.key
    }

    /// The token alignment with edit scripts, as in a
    /// [`Candidate`](crate::Candidate): which word of `a` met which word of
    /// `b`, at what cost, through which edits.
    ///
    /// # Example
    /// ```
    /// let c = namefold::compare("Steve Vitkov", "Steve Witkoff");
    /// let t = c.tokens().iter().find(|t| t.alias == "witkoff").unwrap();
    /// assert_eq!(t.query, "vitkov");
    /// assert!(t.cost > 0 && !t.edits.is_empty());
    /// ```
    pub fn tokens(&self) -> &[TokenMatch] {
        &self.tokens
    }
}

/// Compares two names with the resolver's normalization, weighted edit
/// distance and name-aware scoring, without a catalogue: for deduplication
/// and record linkage. `b` is read as a person's name (family name last),
/// as a catalogue entry without a kind is; the result is exactly what
/// resolving `a` against a catalogue holding only `b` gives (so it is not
/// symmetric: `a` is the noisy side, `b` the reference).
///
/// Each call builds a one-entry index; to compare one name against many,
/// build a [`Resolver`] once and use [`Resolver::resolve`].
///
/// # Example
/// ```
/// let c = namefold::compare("Wladimir Putin", "Vladimir Putin");
/// assert!(c.is_match());
/// assert!(!namefold::compare("Anna Kutz", "Israel Katz").is_match());
/// assert!(namefold::compare("Зеленський", "Zelenskyy").score() > 0.8);
/// ```
pub fn compare(a: &str, b: &str) -> Comparison {
    let none = Comparison {
        score: 0.0,
        is_match: false,
        key: None,
        tokens: Vec::new(),
    };
    let Ok(catalog) = Catalog::from_entities(vec![Entity::new("b", b)]) else {
        return none;
    };
    // The default settings, made once: their cost model is shared by every
    // one-entry resolver (an `Arc`), not rebuilt per call.
    static DEFAULTS: std::sync::OnceLock<ResolverBuilder> = std::sync::OnceLock::new();
    let Ok(resolver) = DEFAULTS.get_or_init(Resolver::builder).build(&catalog) else {
        return none;
    };
    let res = resolver.resolve(&Query::new(a).with_limit(1).with_edits(true));
    match res.best() {
        None => none,
        Some(c) => Comparison {
            score: c.score,
            is_match: res.id().is_some(),
            key: Some(c.key),
            tokens: c.tokens.clone(),
        },
    }
}
