//! What a query is and what resolving it returns: [`Query`],
//! [`Resolution`] with its [`Decision`], and the explained [`Candidate`]s.

use crate::cost::{Cost, EditOp};
use crate::limits;
use crate::score::Role;

/// Which index key produced a match. Serialized as [`MatchKey::as_str`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "lowercase"))]
#[non_exhaustive]
pub enum MatchKey {
    /// The whole normalized name matched exactly.
    Full,
    /// The query matched the alias written without spaces.
    Joined,
    /// A token matched exactly or through the weighted fuzzy search.
    Token,
    /// A token matched through its phonetic skeleton key.
    Skeleton,
    /// An initial matched the first letter of a name.
    Initial,
    /// Scored directly against an entity given as context.
    Context,
}

impl MatchKey {
    /// A short lowercase name (`full`, `joined`, `token`, `skeleton`,
    /// `initial`, `context`).
    pub fn as_str(self) -> &'static str {
        match self {
            MatchKey::Full => "full",
            MatchKey::Joined => "joined",
            MatchKey::Token => "token",
            MatchKey::Skeleton => "skeleton",
            MatchKey::Initial => "initial",
            MatchKey::Context => "context",
        }
    }
}

/// One query token aligned with one alias token.
///
/// Serialized (feature `serde`) as `query`, `alias`, `role`, `similarity`,
/// `cost` and `edits`, where `edits` leaves out the `Keep` steps (what the
/// two tokens share) and `key` is left out (the candidate has it).
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct TokenMatch {
    /// The normalized query token.
    pub query: String,
    /// The normalized alias token.
    pub alias: String,
    /// The alias token's role.
    pub role: Role,
    /// Similarity in [0, 1].
    #[cfg_attr(feature = "serde", serde(serialize_with = "crate::serial::finite"))]
    pub similarity: f64,
    /// Weighted edit cost.
    pub cost: Cost,
    /// Which key found it.
    #[cfg_attr(feature = "serde", serde(skip))]
    pub key: MatchKey,
    /// The typed edit script from query token to alias token; empty
    /// unless the query asked for it ([`Query::with_edits`]), and for a
    /// pair with an initial.
    #[cfg_attr(feature = "serde", serde(serialize_with = "crate::serial::edits"))]
    pub edits: Vec<EditOp>,
}

/// A scored entity with the explanation of its best alias.
///
/// Serialized (feature `serde`) as `id`, `name`, `score`, `alias`, `key`
/// and `tokens` (`kind` is left out).
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Candidate {
    /// The entity's id.
    pub id: String,
    /// Its canonical name.
    pub name: String,
    /// Its kind as given in the catalogue (empty when none).
    #[cfg_attr(feature = "serde", serde(skip))]
    pub kind: String,
    /// Score in [0, 1]; never NaN.
    #[cfg_attr(feature = "serde", serde(serialize_with = "crate::serial::finite"))]
    pub score: f64,
    /// The alias (as written in the catalogue) that matched best.
    pub alias: String,
    /// The key that brought the alias in.
    pub key: MatchKey,
    /// The token alignment.
    pub tokens: Vec<TokenMatch>,
}

/// Why a resolution is unknown. Serialized as `{"reason": "no_candidate"}`,
/// `{"reason": "below_threshold", "score": …}` or
/// `{"reason": "ambiguous", "runner_up": …, "gap": …}`.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(tag = "reason", rename_all = "snake_case"))]
#[non_exhaustive]
pub enum Unknown {
    /// Nothing in the index came close.
    NoCandidate,
    /// The best score is below the threshold.
    BelowThreshold {
        /// The best score.
        score: f64,
    },
    /// The best two entities are too close to call: their gap is under
    /// the resolver's margin, or under 0.09 for a foreign name written in
    /// Han characters, whose Latin spelling is a guess (see
    /// [`crate::DEFAULT_MARGIN`]).
    Ambiguous {
        /// The runner-up's id.
        runner_up: String,
        /// Best score minus runner-up score.
        gap: f64,
    },
}

/// The outcome of resolving one query. Serialized as
/// [`Decision::as_str`].
#[derive(Clone, Debug, PartialEq)]
pub enum Decision {
    /// The best candidate is the answer.
    Resolved,
    /// The name is not (confidently) in the catalogue.
    Unknown(Unknown),
}

impl Decision {
    /// A short name: `resolved`, or why not (`no_candidate`,
    /// `below_threshold`, `ambiguous`).
    ///
    /// # Example
    /// ```
    /// use namefold::{Decision, Unknown};
    /// assert_eq!(Decision::Resolved.as_str(), "resolved");
    /// assert_eq!(Decision::Unknown(Unknown::NoCandidate).as_str(), "no_candidate");
    /// ```
    pub fn as_str(&self) -> &'static str {
        match self {
            Decision::Resolved => "resolved",
            Decision::Unknown(Unknown::NoCandidate) => "no_candidate",
            Decision::Unknown(Unknown::BelowThreshold { .. }) => "below_threshold",
            Decision::Unknown(Unknown::Ambiguous { .. }) => "ambiguous",
        }
    }
}

/// Candidates (best first) and the decision for one query.
///
/// Serialized (feature `serde`) as `id` (or `null`), `name` (the resolved
/// entity's canonical name, or `null`), `score`, `decision`
/// ([`Decision::as_str`]), `normalized` and `candidates`: the fields of
/// the example CLI's JSON lines.
///
/// # Example
/// ```
/// use namefold::{Catalog, Entity, Query, Resolver};
/// let cat = Catalog::from_entities(vec![Entity::new("merz", "Friedrich Merz")])?;
/// let r = Resolver::build(&cat)?;
/// let res = r.resolve(&Query::new("Fridrich Mertz"));
/// assert_eq!(res.id(), Some("merz"));
/// assert!(res.best().unwrap().score > 0.75);
/// # Ok::<(), namefold::Error>(())
/// ```
#[derive(Clone, Debug)]
pub struct Resolution {
    pub(crate) normalized: String,
    pub(crate) candidates: Vec<Candidate>,
    pub(crate) decision: Decision,
}

impl Resolution {
    /// The resolved id, or `None` when unknown.
    pub fn id(&self) -> Option<&str> {
        match self.decision {
            Decision::Resolved => self.candidates.first().map(|c| c.id.as_str()),
            Decision::Unknown(_) => None,
        }
    }

    /// The best candidate, whatever the decision.
    pub fn best(&self) -> Option<&Candidate> {
        self.candidates.first()
    }

    /// All candidates, best first.
    pub fn candidates(&self) -> &[Candidate] {
        &self.candidates
    }

    /// The decision.
    pub fn decision(&self) -> &Decision {
        &self.decision
    }

    /// The query as normalized.
    pub fn normalized(&self) -> &str {
        &self.normalized
    }

    /// The best score (0 when there is no candidate).
    pub fn score(&self) -> f64 {
        self.best().map_or(0.0, |c| c.score)
    }
}

/// Candidates kept per query unless [`Query::with_limit`] says otherwise.
///
/// # Example
/// ```
/// assert_eq!(namefold::DEFAULT_LIMIT, 5);
/// ```
pub const DEFAULT_LIMIT: usize = 5;

/// A query: text plus per-call options.
///
/// # Example
/// ```
/// use namefold::Query;
/// let q = Query::new("Zelinski").with_limit(3).with_threshold(0.8);
/// assert_eq!(q.text(), "Zelinski");
/// ```
#[derive(Clone, Debug)]
pub struct Query<'a> {
    pub(crate) text: &'a str,
    pub(crate) limit: usize,
    pub(crate) threshold: Option<f64>,
    pub(crate) edits: bool,
}

impl<'a> Query<'a> {
    /// A query with the default limit ([`DEFAULT_LIMIT`]) and the
    /// resolver's threshold.
    pub fn new(text: &'a str) -> Query<'a> {
        Query {
            text,
            limit: DEFAULT_LIMIT,
            threshold: None,
            edits: false,
        }
    }

    /// Builds the typed edit script of every token pair of the returned
    /// candidates ([`TokenMatch::edits`]); without it the scripts stay
    /// empty. Off by default: a script is a backtrace through the pair's
    /// edit matrix, about 3% of a resolve's instructions at 1M entities
    /// (callgrind over the scale queries, 2026-11-30), paid for every
    /// candidate whether or not anyone reads it. Everything else in a
    /// candidate (tokens, roles, similarities, costs, keys) is there
    /// either way, and no decision depends on it.
    ///
    /// # Example
    /// ```
    /// use namefold::{Catalog, Entity, Query, Resolver};
    /// let r = Resolver::build(&Catalog::from_entities(vec![Entity::new("w", "Steve Witkoff")])?)?;
    /// let token = |q: &Query| {
    ///     let res = r.resolve(q);
    ///     res.best().unwrap().tokens.iter().find(|t| t.alias == "witkoff").unwrap().clone()
    /// };
    /// let plain = token(&Query::new("Steve Vitkov"));
    /// let explained = token(&Query::new("Steve Vitkov").with_edits(true));
    /// assert!(plain.edits.is_empty() && !explained.edits.is_empty());
    /// assert_eq!(explained.edits.iter().map(|e| e.cost).sum::<u32>(), explained.cost);
    /// # Ok::<(), namefold::Error>(())
    /// ```
    pub fn with_edits(mut self, on: bool) -> Query<'a> {
        self.edits = on;
        self
    }

    /// Returns at most `k` candidates (clamped to 1..=[`limits::MAX_LIMIT`]).
    pub fn with_limit(mut self, k: usize) -> Query<'a> {
        self.limit = k.clamp(1, limits::MAX_LIMIT);
        self
    }

    /// Overrides the decision threshold for this query (NaN is ignored).
    pub fn with_threshold(mut self, t: f64) -> Query<'a> {
        if !t.is_nan() {
            self.threshold = Some(t.clamp(0.0, 1.0));
        }
        self
    }

    /// The query text.
    pub fn text(&self) -> &str {
        self.text
    }
}
