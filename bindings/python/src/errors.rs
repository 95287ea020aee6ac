//! Python exceptions and the one mapping from `namefold::Error` to them.

use std::path::Path;

use namefold::{Error, ErrorKind};
use pyo3::exceptions::{PyOSError, PyValueError};
use pyo3::prelude::*;

pyo3::create_exception!(
    namefold,
    NamefoldError,
    PyValueError,
    "Any error namefold reports: a bad catalogue, a corrupt or other-version index, a bad argument."
);
pyo3::create_exception!(
    namefold,
    CatalogError,
    NamefoldError,
    "A bad catalogue record: `.line` is its 1-based line (the item number for \
     `from_entities`; None when no single record is at fault) and `.field` the field at fault."
);

/// Converts a library error. `source` (a file path) prefixes the message
/// when the error came from reading that file.
pub fn to_py(py: Python<'_>, err: Error, source: Option<&Path>) -> PyErr {
    let prefix = source.map_or(String::new(), |p| format!("{}: ", p.display()));
    match err.kind() {
        ErrorKind::Catalog { line, field, .. } => {
            catalog_error(py, format!("{prefix}{err}"), nonzero(*line), Some(field))
        }
        ErrorKind::DuplicateId { second_line, .. } => catalog_error(
            py,
            format!("{prefix}{err}"),
            nonzero(*second_line),
            Some("id"),
        ),
        ErrorKind::EmptyCatalog => catalog_error(py, format!("{prefix}{err}"), None, None),
        ErrorKind::IndexVersion { .. } => NamefoldError::new_err(format!(
            "{prefix}{err}: rebuild the index with this version of namefold"
        )),
        ErrorKind::Io(e) => match (e.raw_os_error(), source) {
            // Python shows the errno itself: drop Rust's " (os error N)".
            // OSError(errno, strerror, filename) becomes the matching
            // subclass (FileNotFoundError, PermissionError, ...).
            (Some(errno), Some(path)) => {
                PyOSError::new_err((errno, strerror(e), path.display().to_string()))
            }
            (Some(errno), None) => PyOSError::new_err((errno, strerror(e))),
            (None, _) => NamefoldError::new_err(format!("{prefix}{err}")),
        },
        _ => NamefoldError::new_err(format!("{prefix}{err}")),
    }
}

fn strerror(e: &std::io::Error) -> String {
    let s = e.to_string();
    match s.rfind(" (os error ") {
        Some(i) => s[..i].to_string(),
        None => s,
    }
}

fn nonzero(line: u64) -> Option<u64> {
    (line != 0).then_some(line)
}

/// Raised with `.line` and `.field` set.
pub fn catalog_error(
    py: Python<'_>,
    message: String,
    line: Option<u64>,
    field: Option<&str>,
) -> PyErr {
    let err = CatalogError::new_err(message);
    let value = err.value(py);
    // Setting attributes on a fresh exception instance cannot fail short
    // of memory exhaustion; if it does, that error is the one raised.
    if let Err(e) = value
        .setattr("line", line)
        .and_then(|_| value.setattr("field", field))
    {
        return e;
    }
    err
}
