//! `namefold.Resolver`: build, load, save, pickle, resolve. Every call that
//! does real work runs with the GIL released (`Python::detach`), so Python
//! threads sharing one resolver run in parallel.

use std::fs::File;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use memmap2::Mmap;
use namefold::{Catalog, Query, Resolver as RsResolver, ResolverBuilder};
use pyo3::exceptions::PyTypeError;
use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyString, PyTuple};

use crate::catalog::{self, type_name};
use crate::errors::{to_py, NamefoldError};
use crate::outcome::{finite, Match, Resolution};
use crate::text::{self, Mention};

/// Where a resolver's index came from: pickling ships the path of a file
/// (re-mapped on unpickling) and the bytes of anything else.
#[derive(Clone, Debug)]
enum Origin {
    File(PathBuf),
    Memory,
}

/// A name resolver over an immutable index.
///
/// Build it with `from_jsonl` or `from_entities`, load a saved index with
/// `load` (memory-mapped) or `from_bytes`. Thread-safe; resolution releases
/// the GIL.
#[pyclass(module = "namefold", frozen)]
pub struct Resolver {
    inner: RsResolver,
    origin: Origin,
    /// The threshold given when it was built or loaded (None = default);
    /// kept so pickling restores it.
    threshold: Option<f64>,
}

/// `resolve_ids`' answer: ids and scores, None for a None name.
type IdsScores = (Vec<Option<String>>, Vec<Option<f64>>);

fn builder(threshold: Option<f64>) -> ResolverBuilder {
    let mut b = RsResolver::builder();
    if let Some(t) = threshold {
        b.threshold(t);
    }
    b
}

/// Checks a `threshold=` argument: a number in [0, 1].
pub fn check_threshold(t: Option<f64>) -> PyResult<Option<f64>> {
    match t {
        Some(x) if !(0.0..=1.0).contains(&x) => Err(NamefoldError::new_err(format!(
            "threshold must be a number in [0, 1], not {x}"
        ))),
        other => Ok(other),
    }
}

fn check_limit(limit: usize) -> PyResult<usize> {
    if (1..=namefold::limits::MAX_LIMIT).contains(&limit) {
        Ok(limit)
    } else {
        Err(NamefoldError::new_err(format!(
            "limit must be an integer in 1..={}, not {limit}",
            namefold::limits::MAX_LIMIT
        )))
    }
}

fn query(text: &str, limit: usize, threshold: Option<f64>) -> Query<'_> {
    // Python results always explain themselves: edit scripts included.
    let q = Query::new(text).with_limit(limit).with_edits(true);
    match threshold {
        Some(t) => q.with_threshold(t),
        None => q,
    }
}

/// Borrows the names of a Python iterable of `str` (no copy: Python
/// strings are immutable and stay alive in `objs`).
fn collect_names<'py>(
    names: &Bound<'py, PyAny>,
    what: &str,
    allow_none: bool,
) -> PyResult<Vec<Option<Bound<'py, PyString>>>> {
    if names.is_instance_of::<PyString>() {
        return Err(PyTypeError::new_err(format!(
            "{what}: expected a list of names, got a single str"
        )));
    }
    let mut out = Vec::with_capacity(names.len().unwrap_or(0));
    for (i, item) in names.try_iter()?.enumerate() {
        let item = item?;
        if allow_none && item.is_none() {
            out.push(None);
            continue;
        }
        match item.cast_into::<PyString>() {
            Ok(s) => out.push(Some(s)),
            Err(e) => {
                let obj = e.into_inner();
                return Err(PyTypeError::new_err(format!(
                    "{what}: names[{i}] is {}, not str",
                    type_name(&obj)
                )));
            }
        }
    }
    Ok(out)
}

fn as_strs<'a>(names: &'a [Option<Bound<'_, PyString>>]) -> PyResult<Vec<Option<&'a str>>> {
    names
        .iter()
        .map(|n| n.as_ref().map(|s| s.to_str()).transpose())
        .collect()
}

fn abs_path(path: &Path) -> PathBuf {
    std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf())
}

impl Resolver {
    pub fn rs(&self) -> &RsResolver {
        &self.inner
    }

    fn map_file(py: Python<'_>, path: PathBuf, threshold: Option<f64>) -> PyResult<Resolver> {
        let inner = py
            .detach(|| -> namefold::Result<RsResolver> {
                let file = File::open(&path)?;
                // SAFETY: the map is read-only and the library checks the
                // file's checksum and structure before reading it. The one
                // hazard of any file map is another process truncating or
                // rewriting the file in place while it is mapped;
                // `Resolver.save` never does (it renames a new file over
                // the old one, which leaves existing maps intact).
                let map = unsafe { Mmap::map(&file)? };
                builder(threshold).load_shared(Arc::new(map))
            })
            .map_err(|e| to_py(py, e, Some(&path)))?;
        Ok(Resolver {
            inner,
            origin: Origin::File(abs_path(&path)),
            threshold,
        })
    }

    fn from_catalog(py: Python<'_>, cat: Catalog, threshold: Option<f64>) -> PyResult<Resolver> {
        let inner = py
            .detach(|| builder(threshold).build(&cat))
            .map_err(|e| to_py(py, e, None))?;
        Ok(Resolver {
            inner,
            origin: Origin::Memory,
            threshold,
        })
    }
}

#[pymethods]
impl Resolver {
    /// Builds a resolver from a JSON Lines catalogue (`.jsonl` or gzip).
    #[staticmethod]
    #[pyo3(signature = (path, *, threshold=None))]
    fn from_jsonl(py: Python<'_>, path: PathBuf, threshold: Option<f64>) -> PyResult<Resolver> {
        let threshold = check_threshold(threshold)?;
        let inner = py
            .detach(|| catalog::read_jsonl(&path).and_then(|c| builder(threshold).build(&c)))
            .map_err(|e| to_py(py, e, Some(&path)))?;
        Ok(Resolver {
            inner,
            origin: Origin::Memory,
            threshold,
        })
    }

    /// Builds a resolver from dicts with `id`, `name` and optional
    /// `aliases` (list of str) and `kind`.
    #[staticmethod]
    #[pyo3(signature = (entities, *, threshold=None))]
    fn from_entities(
        py: Python<'_>,
        entities: &Bound<'_, PyAny>,
        threshold: Option<f64>,
    ) -> PyResult<Resolver> {
        let threshold = check_threshold(threshold)?;
        let cat = catalog::from_dicts(py, entities)?;
        Resolver::from_catalog(py, cat, threshold)
    }

    /// Loads an index file written by `save` (memory-mapped, not copied).
    #[staticmethod]
    #[pyo3(signature = (path, *, threshold=None))]
    fn load(py: Python<'_>, path: PathBuf, threshold: Option<f64>) -> PyResult<Resolver> {
        let threshold = check_threshold(threshold)?;
        Resolver::map_file(py, path, threshold)
    }

    /// Loads an index from bytes (as returned by `to_bytes`).
    #[staticmethod]
    #[pyo3(signature = (data, *, threshold=None))]
    fn from_bytes(py: Python<'_>, data: &[u8], threshold: Option<f64>) -> PyResult<Resolver> {
        let threshold = check_threshold(threshold)?;
        let inner = py
            .detach(|| builder(threshold).load_bytes(data))
            .map_err(|e| to_py(py, e, None))?;
        Ok(Resolver {
            inner,
            origin: Origin::Memory,
            threshold,
        })
    }

    /// The index as bytes (identical for the same catalogue).
    fn to_bytes<'py>(&self, py: Python<'py>) -> Bound<'py, PyBytes> {
        PyBytes::new(py, &py.detach(|| self.inner.to_bytes()))
    }

    /// Writes the index to `path` atomically (temporary file, sync, rename).
    fn save(&self, py: Python<'_>, path: PathBuf) -> PyResult<()> {
        py.detach(|| self.inner.save(&path))
            .map_err(|e| to_py(py, e, Some(&path)))
    }

    /// The file this resolver was loaded from (None when built or loaded
    /// from bytes).
    #[getter]
    fn path(&self) -> Option<PathBuf> {
        match &self.origin {
            Origin::File(p) => Some(p.clone()),
            Origin::Memory => None,
        }
    }

    /// The decision threshold.
    #[getter]
    fn threshold(&self) -> f64 {
        self.inner.threshold()
    }

    /// The canonical name of entity `id`, or None.
    fn name_of(&self, id: &str) -> Option<String> {
        self.inner.name_of(id).map(str::to_string)
    }

    /// Number of entities.
    fn __len__(&self) -> usize {
        self.inner.len()
    }

    fn __repr__(&self) -> String {
        let from = match &self.origin {
            Origin::File(p) => format!(", path={:?}", p.display().to_string()),
            Origin::Memory => String::new(),
        };
        format!(
            "Resolver(entities={}, aliases={}, threshold={}{from})",
            self.inner.len(),
            self.inner.alias_count(),
            self.inner.threshold()
        )
    }

    /// Pickles by path when loaded from a file, else by the index bytes.
    fn __reduce__<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        let unpickle = py
            .import("namefold._namefold")?
            .getattr("_unpickle_resolver")?;
        let payload: Bound<'py, PyAny> = match &self.origin {
            Origin::File(p) => p.as_os_str().into_pyobject(py)?.into_any(),
            Origin::Memory => self.to_bytes(py).into_any(),
        };
        let args = PyTuple::new(py, [payload, self.threshold.into_pyobject(py)?.into_any()])?;
        PyTuple::new(py, [unpickle, args.into_any()])
    }

    /// Resolves one name: a `Match`, or None when it is unknown.
    #[pyo3(signature = (name, *, threshold=None))]
    fn resolve(
        &self,
        py: Python<'_>,
        name: &str,
        threshold: Option<f64>,
    ) -> PyResult<Option<Match>> {
        let threshold = check_threshold(threshold)?;
        let r = &self.inner;
        Ok(py.detach(|| {
            let res = r.resolve(&query(name, 2, threshold));
            Match::of(r, &res)
        }))
    }

    /// Resolves one name with the decision and up to `limit` explained
    /// candidates.
    #[pyo3(signature = (name, *, limit=5, threshold=None))]
    fn explain(
        &self,
        py: Python<'_>,
        name: &str,
        limit: usize,
        threshold: Option<f64>,
    ) -> PyResult<Resolution> {
        let threshold = check_threshold(threshold)?;
        let limit = check_limit(limit)?;
        let r = &self.inner;
        Ok(py.detach(|| {
            let res = r.resolve(&query(name, limit, threshold));
            Resolution::new(r, name, &res)
        }))
    }

    /// Resolves many names on `threads` threads (0 = all cores): a list of
    /// `Match | None` in input order, the same answers as `resolve`.
    #[pyo3(signature = (names, *, threads=0, threshold=None))]
    fn resolve_many(
        &self,
        py: Python<'_>,
        names: &Bound<'_, PyAny>,
        threads: usize,
        threshold: Option<f64>,
    ) -> PyResult<Vec<Option<Match>>> {
        let threshold = check_threshold(threshold)?;
        let objs = collect_names(names, "resolve_many", false)?;
        let strs = as_strs(&objs)?;
        let r = &self.inner;
        Ok(py.detach(|| {
            let queries: Vec<Query> = strs
                .iter()
                .map(|s| query(s.unwrap_or(""), 2, threshold))
                .collect();
            r.resolve_many(&queries, threads)
                .iter()
                .map(|res| Match::of(r, res))
                .collect()
        }))
    }

    /// Finds the names in `text` and resolves them as one document (a
    /// full name may pass a lower threshold than a lone word; a later
    /// short mention resolves through an earlier full one). Mentions come
    /// in text order with `start`/`end` as str indices. `threshold` sets
    /// one threshold for every mention; `memory` bounds the entities
    /// remembered for coreference (0 turns it off).
    #[pyo3(signature = (text, *, threshold=None, limit=5, memory=None))]
    fn resolve_text(
        &self,
        py: Python<'_>,
        text: &str,
        threshold: Option<f64>,
        limit: usize,
        memory: Option<usize>,
    ) -> PyResult<Vec<Mention>> {
        let threshold = check_threshold(threshold)?;
        let limit = check_limit(limit)?;
        if let Some(m) = memory {
            if m > namefold::text::MAX_MEMORY {
                return Err(NamefoldError::new_err(format!(
                    "memory must be at most {}, not {m}",
                    namefold::text::MAX_MEMORY
                )));
            }
        }
        let r = &self.inner;
        Ok(py.detach(|| text::resolve_text(r, text, threshold, limit, memory)))
    }

    /// Column form of `resolve_many` for data frames and SQL engines:
    /// `(ids, scores)`, two lists as long as `names`. An unknown name has
    /// id None and its best candidate's score (0.0 when none); a None
    /// name gives None in both.
    #[pyo3(signature = (names, *, threads=0, threshold=None))]
    fn resolve_ids(
        &self,
        py: Python<'_>,
        names: &Bound<'_, PyAny>,
        threads: usize,
        threshold: Option<f64>,
    ) -> PyResult<IdsScores> {
        let threshold = check_threshold(threshold)?;
        let objs = collect_names(names, "resolve_ids", true)?;
        let strs = as_strs(&objs)?;
        let r = &self.inner;
        Ok(py.detach(|| {
            let present: Vec<&str> = strs.iter().flatten().copied().collect();
            let queries: Vec<Query> = present.iter().map(|s| query(s, 2, threshold)).collect();
            let mut results = r.resolve_many(&queries, threads).into_iter();
            let mut ids = Vec::with_capacity(strs.len());
            let mut scores = Vec::with_capacity(strs.len());
            for s in &strs {
                match s.and_then(|_| results.next()) {
                    Some(res) => {
                        ids.push(res.id().map(str::to_string));
                        scores.push(Some(finite(res.score())));
                    }
                    None => {
                        ids.push(None);
                        scores.push(None);
                    }
                }
            }
            (ids, scores)
        }))
    }
}

/// Checks a `threshold=` argument for the Python helpers (one rule for
/// every entry point): returns it, or raises `NamefoldError`.
#[pyfunction]
pub fn _check_threshold(threshold: Option<f64>) -> PyResult<Option<f64>> {
    check_threshold(threshold)
}

/// Rebuilds a pickled resolver: a path is mapped again, bytes are loaded.
#[pyfunction]
pub fn _unpickle_resolver(
    py: Python<'_>,
    payload: &Bound<'_, PyAny>,
    threshold: Option<f64>,
) -> PyResult<Resolver> {
    if let Ok(bytes) = payload.cast::<PyBytes>() {
        let data = bytes.as_bytes();
        let inner = py
            .detach(|| builder(threshold).load_bytes(data))
            .map_err(|e| to_py(py, e, None))?;
        return Ok(Resolver {
            inner,
            origin: Origin::Memory,
            threshold,
        });
    }
    let path: PathBuf = payload.extract()?;
    Resolver::map_file(py, path, threshold)
}
