//! Outcome objects: `Match`, `Resolution` (with `Candidate`, `TokenMatch`,
//! `Edit`). Each copies what it needs out of the library's values, so it
//! outlives the resolver call; `to_dict()` gives the fields of the example
//! CLI's JSON (`examples/resolve.rs`), under the same names.

use namefold::{
    Candidate as RsCandidate, EditKind, EditOp, Resolution as RsResolution, Resolver,
    TokenMatch as RsTokenMatch,
};
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList};

/// A score that is always finite (the CLI prints 0.0 for a non-finite one).
pub fn finite(x: f64) -> f64 {
    if x.is_finite() {
        x
    } else {
        0.0
    }
}

/// The library's own name of a unit enum value (`family`, `phonetic`,
/// `substitute`, ...), as its `serde` serialization and the CLI spell it.
fn tag<T: serde::Serialize>(value: &T) -> String {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(s)) => s,
        _ => "other".to_string(),
    }
}

/// Python's repr of a string (quotes and escapes as `repr(str)`).
pub fn py_repr(py: Python<'_>, s: &str) -> String {
    pyo3::types::PyString::new(py, s)
        .repr()
        .map(|r| r.to_string())
        .unwrap_or_else(|_| format!("{s:?}"))
}

/// A resolved name: the entity's `id`, canonical `name` and the `score`.
#[pyclass(module = "namefold", frozen, eq)]
#[derive(Clone, Debug, PartialEq)]
pub struct Match {
    /// The entity id.
    #[pyo3(get)]
    pub id: String,
    /// The entity's canonical name.
    #[pyo3(get)]
    pub name: String,
    /// The score in [0, 1].
    #[pyo3(get)]
    pub score: f64,
}

impl Match {
    /// The answer of `res`, or `None` when it is unknown.
    pub fn of(resolver: &Resolver, res: &RsResolution) -> Option<Match> {
        let id = res.id()?;
        Some(Match {
            id: id.to_string(),
            name: resolver.name_of(id).unwrap_or_default().to_string(),
            score: finite(res.score()),
        })
    }
}

#[pymethods]
impl Match {
    #[new]
    fn py_new(id: String, name: String, score: f64) -> Match {
        Match { id, name, score }
    }

    /// Pickles as `Match(id, name, score)`, so a process pool can return
    /// matches.
    fn __getnewargs__(&self) -> (String, String, f64) {
        (self.id.clone(), self.name.clone(), self.score)
    }

    fn __repr__(&self, py: Python<'_>) -> String {
        format!(
            "Match(id={}, name={}, score={:.4})",
            py_repr(py, &self.id),
            py_repr(py, &self.name),
            self.score
        )
    }

    /// `{"id", "name", "score"}`.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let d = PyDict::new(py);
        d.set_item("id", &self.id)?;
        d.set_item("name", &self.name)?;
        d.set_item("score", self.score)?;
        Ok(d)
    }
}

/// One edit of a token's edit script (kept runs are left out, as in the CLI).
#[pyclass(module = "namefold", frozen, eq)]
#[derive(Clone, Debug, PartialEq)]
pub struct Edit {
    /// `substitute`, `insert`, `delete` or `transpose`.
    #[pyo3(get)]
    pub kind: String,
    /// The query side (`from` in `to_dict()`).
    #[pyo3(get)]
    pub from_: String,
    /// The alias side.
    #[pyo3(get)]
    pub to: String,
    /// `vowel`, `phonetic`, `doubled`, `silent`, `keyboard`,
    /// `transposition`, `match` or `other` (`class` in `to_dict()`).
    #[pyo3(get)]
    pub class_: String,
    /// The weighted cost.
    #[pyo3(get)]
    pub cost: u32,
}

impl Edit {
    fn new(e: &EditOp) -> Edit {
        Edit {
            kind: tag(&e.kind),
            from_: e.from.clone(),
            to: e.to.clone(),
            class_: tag(&e.class),
            cost: e.cost,
        }
    }

    fn dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let d = PyDict::new(py);
        d.set_item("kind", &self.kind)?;
        d.set_item("from", &self.from_)?;
        d.set_item("to", &self.to)?;
        d.set_item("class", &self.class_)?;
        d.set_item("cost", self.cost)?;
        Ok(d)
    }
}

#[pymethods]
impl Edit {
    fn __repr__(&self, py: Python<'_>) -> String {
        format!(
            "Edit({} {} -> {}, {}, cost={})",
            self.kind,
            py_repr(py, &self.from_),
            py_repr(py, &self.to),
            self.class_,
            self.cost
        )
    }

    /// `{"kind", "from", "to", "class", "cost"}`.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        self.dict(py)
    }
}

/// One query token aligned with one alias token.
#[pyclass(module = "namefold", frozen, eq)]
#[derive(Clone, Debug, PartialEq)]
pub struct TokenMatch {
    /// The normalized query token.
    #[pyo3(get)]
    pub query: String,
    /// The normalized alias token.
    #[pyo3(get)]
    pub alias: String,
    /// `family`, `given`, `middle`, `core` or `other`.
    #[pyo3(get)]
    pub role: String,
    /// Similarity in [0, 1].
    #[pyo3(get)]
    pub similarity: f64,
    /// Weighted edit cost.
    #[pyo3(get)]
    pub cost: u32,
    /// The typed edits (kept runs left out).
    #[pyo3(get)]
    pub edits: Vec<Edit>,
}

impl TokenMatch {
    pub fn new(t: &RsTokenMatch) -> TokenMatch {
        TokenMatch {
            query: t.query.clone(),
            alias: t.alias.clone(),
            role: tag(&t.role),
            similarity: finite(t.similarity),
            cost: t.cost,
            edits: t
                .edits
                .iter()
                .filter(|e| e.kind != EditKind::Keep)
                .map(Edit::new)
                .collect(),
        }
    }

    pub fn dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let d = PyDict::new(py);
        d.set_item("query", &self.query)?;
        d.set_item("alias", &self.alias)?;
        d.set_item("role", &self.role)?;
        d.set_item("similarity", self.similarity)?;
        d.set_item("cost", self.cost)?;
        let edits = PyList::empty(py);
        for e in &self.edits {
            edits.append(e.dict(py)?)?;
        }
        d.set_item("edits", edits)?;
        Ok(d)
    }
}

#[pymethods]
impl TokenMatch {
    fn __repr__(&self, py: Python<'_>) -> String {
        format!(
            "TokenMatch({} -> {}, role={}, similarity={:.4}, cost={}, edits={})",
            py_repr(py, &self.query),
            py_repr(py, &self.alias),
            self.role,
            self.similarity,
            self.cost,
            self.edits.len()
        )
    }

    /// `{"query", "alias", "role", "similarity", "cost", "edits"}`.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        self.dict(py)
    }
}

/// A scored entity with the explanation of its best alias.
#[pyclass(module = "namefold", frozen, eq)]
#[derive(Clone, Debug, PartialEq)]
pub struct Candidate {
    /// The entity id.
    #[pyo3(get)]
    pub id: String,
    /// Its canonical name.
    #[pyo3(get)]
    pub name: String,
    /// Its kind from the catalogue ("" when none; not in `to_dict()`,
    /// as in the CLI).
    #[pyo3(get)]
    pub kind: String,
    /// Score in [0, 1].
    #[pyo3(get)]
    pub score: f64,
    /// The alias (as written in the catalogue) that matched best.
    #[pyo3(get)]
    pub alias: String,
    /// The index key that found it: `full`, `joined`, `token`,
    /// `skeleton`, `initial` or `context`.
    #[pyo3(get)]
    pub key: &'static str,
    /// The token alignment.
    #[pyo3(get)]
    pub tokens: Vec<TokenMatch>,
}

impl Candidate {
    fn new(c: &RsCandidate) -> Candidate {
        Candidate {
            id: c.id.clone(),
            name: c.name.clone(),
            kind: c.kind.clone(),
            score: finite(c.score),
            alias: c.alias.clone(),
            key: c.key.as_str(),
            tokens: c.tokens.iter().map(TokenMatch::new).collect(),
        }
    }

    fn dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let d = PyDict::new(py);
        d.set_item("id", &self.id)?;
        d.set_item("name", &self.name)?;
        d.set_item("score", self.score)?;
        d.set_item("alias", &self.alias)?;
        d.set_item("key", self.key)?;
        let tokens = PyList::empty(py);
        for t in &self.tokens {
            tokens.append(t.dict(py)?)?;
        }
        d.set_item("tokens", tokens)?;
        Ok(d)
    }
}

#[pymethods]
impl Candidate {
    fn __repr__(&self, py: Python<'_>) -> String {
        format!(
            "Candidate(id={}, name={}, score={:.4}, alias={}, key={})",
            py_repr(py, &self.id),
            py_repr(py, &self.name),
            self.score,
            py_repr(py, &self.alias),
            self.key
        )
    }

    /// `{"id", "name", "score", "alias", "key", "tokens"}`.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        self.dict(py)
    }
}

/// A query's full outcome: the decision and the candidates, best first.
#[pyclass(module = "namefold", frozen, eq)]
#[derive(Clone, Debug, PartialEq)]
pub struct Resolution {
    /// The query as given.
    #[pyo3(get)]
    pub query: String,
    /// The resolved id, or None when unknown.
    #[pyo3(get)]
    pub id: Option<String>,
    /// The resolved entity's canonical name, or None.
    #[pyo3(get)]
    pub name: Option<String>,
    /// The best candidate's score (0.0 when there is none), also when unknown.
    #[pyo3(get)]
    pub score: f64,
    /// `resolved`, `no_candidate`, `below_threshold` or `ambiguous`.
    #[pyo3(get)]
    pub decision: String,
    /// The query as normalized.
    #[pyo3(get)]
    pub normalized: String,
    /// The candidates, best first.
    #[pyo3(get)]
    pub candidates: Vec<Candidate>,
}

impl Resolution {
    pub fn new(resolver: &Resolver, query: &str, res: &RsResolution) -> Resolution {
        let id = res.id();
        Resolution {
            query: query.to_string(),
            id: id.map(str::to_string),
            name: id.and_then(|i| resolver.name_of(i)).map(str::to_string),
            score: finite(res.score()),
            decision: res.decision().as_str().to_string(),
            normalized: res.normalized().to_string(),
            candidates: res.candidates().iter().map(Candidate::new).collect(),
        }
    }
}

#[pymethods]
impl Resolution {
    fn __repr__(&self, py: Python<'_>) -> String {
        format!(
            "Resolution(query={}, id={}, score={:.4}, decision={}, candidates={})",
            py_repr(py, &self.query),
            self.id
                .as_deref()
                .map_or("None".to_string(), |i| py_repr(py, i)),
            self.score,
            self.decision,
            self.candidates.len()
        )
    }

    /// True when the query resolved to an id.
    fn __bool__(&self) -> bool {
        self.id.is_some()
    }

    /// The CLI's `--names --explain` record: `{"query", "id", "name",
    /// "score", "decision", "normalized", "candidates"}`.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let d = PyDict::new(py);
        d.set_item("query", &self.query)?;
        d.set_item("id", &self.id)?;
        d.set_item("name", &self.name)?;
        d.set_item("score", self.score)?;
        d.set_item("decision", &self.decision)?;
        d.set_item("normalized", &self.normalized)?;
        let cands = PyList::empty(py);
        for c in &self.candidates {
            cands.append(c.dict(py)?)?;
        }
        d.set_item("candidates", cands)?;
        Ok(d)
    }
}
