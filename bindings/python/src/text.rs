//! Text mode (`Resolver.resolve_text` -> `Mention`) and `compare` ->
//! `Comparison`, on the library's `namefold::text::Document` and
//! `namefold::compare`.

use namefold::text::{Document, NameMention};
use namefold::Resolver as RsResolver;
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList};

use crate::outcome::{finite, py_repr, Resolution, TokenMatch};

/// One name found in a text: `text[start:end] == surface`.
#[pyclass(module = "namefold", frozen, eq)]
#[derive(Clone, Debug, PartialEq)]
pub struct Mention {
    /// Index (in characters, as Python slices a str) of the first character.
    #[pyo3(get)]
    pub start: usize,
    /// Index just past the last character.
    #[pyo3(get)]
    pub end: usize,
    /// The mention as written.
    #[pyo3(get)]
    pub surface: String,
    /// The resolved id, or None when unknown.
    #[pyo3(get)]
    pub id: Option<String>,
    /// The resolved entity's canonical name, or None.
    #[pyo3(get)]
    pub name: Option<String>,
    /// The best candidate's score (0.0 when none), also when unknown.
    #[pyo3(get)]
    pub score: f64,
    /// The full resolution (decision, explained candidates).
    #[pyo3(get)]
    pub resolution: Resolution,
}

#[pymethods]
impl Mention {
    fn __repr__(&self, py: Python<'_>) -> String {
        format!(
            "Mention({}..{} {}, id={}, score={:.4})",
            self.start,
            self.end,
            py_repr(py, &self.surface),
            self.id
                .as_deref()
                .map_or("None".to_string(), |i| py_repr(py, i)),
            self.score
        )
    }

    /// `{"start", "end", "surface", "id", "name", "score"}`: the CLI's text
    /// mode record without `file`; `start`/`end` are str indices here
    /// where the CLI prints byte offsets.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let d = PyDict::new(py);
        d.set_item("start", self.start)?;
        d.set_item("end", self.end)?;
        d.set_item("surface", &self.surface)?;
        d.set_item("id", &self.id)?;
        d.set_item("name", &self.name)?;
        d.set_item("score", self.score)?;
        Ok(d)
    }
}

/// Resolves the names in `text` as one document and converts byte offsets
/// to character indices (one pass over the text: mentions come in order).
pub fn resolve_text(
    resolver: &RsResolver,
    text: &str,
    threshold: Option<f64>,
    limit: usize,
    memory: Option<usize>,
) -> Vec<Mention> {
    let mut doc = Document::new(resolver).with_limit(limit).with_edits(true);
    if let Some(t) = threshold {
        doc = doc.with_threshold(t);
    }
    if let Some(m) = memory {
        doc = doc.with_memory(m);
    }
    let found: Vec<NameMention> = doc.resolve_text(text);
    let mut chars = CharIndex::new(text);
    found
        .into_iter()
        .map(|m| {
            let res = &m.resolution;
            let id = res.id().map(str::to_string);
            Mention {
                start: chars.at(m.start),
                end: chars.at(m.end),
                name: id
                    .as_deref()
                    .and_then(|i| resolver.name_of(i))
                    .map(str::to_string),
                id,
                score: finite(res.score()),
                resolution: Resolution::new(resolver, &m.surface, res),
                surface: m.surface,
            }
        })
        .collect()
}

/// Byte offset -> character index, for offsets asked in (mostly)
/// increasing order: it walks forward and restarts only when asked for an
/// earlier offset.
struct CharIndex<'t> {
    text: &'t str,
    byte: usize,
    chars: usize,
}

impl<'t> CharIndex<'t> {
    fn new(text: &'t str) -> CharIndex<'t> {
        CharIndex {
            text,
            byte: 0,
            chars: 0,
        }
    }

    fn at(&mut self, offset: usize) -> usize {
        let offset = offset.min(self.text.len());
        if offset < self.byte {
            self.byte = 0;
            self.chars = 0;
        }
        // Offsets are char boundaries (the library slices the text with
        // them); counting chars of the gap is exact.
        let gap = self.text.get(self.byte..offset).unwrap_or("");
        self.chars += gap.chars().count();
        self.byte = offset;
        self.chars
    }
}

/// How well one name matches another (`namefold.compare`).
#[pyclass(module = "namefold", frozen, eq)]
#[derive(Clone, Debug, PartialEq)]
pub struct Comparison {
    /// The score in [0, 1]: what `a` scores as a query against a catalogue
    /// holding only `b` (0.0 when it would find no candidate).
    #[pyo3(get)]
    pub score: f64,
    /// Whether `a` resolves to `b` at the default threshold.
    #[pyo3(get)]
    pub is_match: bool,
    /// The index key through which `a` found `b`, or None.
    #[pyo3(get)]
    pub key: Option<&'static str>,
    /// The token alignment with edit scripts.
    #[pyo3(get)]
    pub tokens: Vec<TokenMatch>,
}

#[pymethods]
impl Comparison {
    /// Whether the score reaches `threshold` (a stricter or looser cut).
    fn is_match_at(&self, threshold: f64) -> bool {
        self.score > 0.0 && self.score >= threshold
    }

    fn __bool__(&self) -> bool {
        self.is_match
    }

    fn __repr__(&self) -> String {
        format!(
            "Comparison(score={:.4}, is_match={}, key={}, tokens={})",
            self.score,
            if self.is_match { "True" } else { "False" },
            self.key.map_or("None".to_string(), |k| format!("'{k}'")),
            self.tokens.len()
        )
    }

    /// `{"score", "is_match", "key", "tokens"}` (`key` left out when
    /// None, as the library serializes it).
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let d = PyDict::new(py);
        d.set_item("score", self.score)?;
        d.set_item("is_match", self.is_match)?;
        if let Some(k) = self.key {
            d.set_item("key", k)?;
        }
        let tokens = PyList::empty(py);
        for t in &self.tokens {
            tokens.append(t.dict(py)?)?;
        }
        d.set_item("tokens", tokens)?;
        Ok(d)
    }
}

/// Compares name `a` (the noisy side) with name `b` (the reference), as
/// resolving `a` against a catalogue holding only `b`. Releases the GIL.
#[pyfunction]
pub fn compare(py: Python<'_>, a: &str, b: &str) -> Comparison {
    py.detach(|| {
        let c = namefold::compare(a, b);
        Comparison {
            score: finite(c.score()),
            is_match: c.is_match(),
            key: c.key().map(|k| k.as_str()),
            tokens: c.tokens().iter().map(TokenMatch::new).collect(),
        }
    })
}
