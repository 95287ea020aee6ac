//! The crate's one error type.

use std::fmt;

/// A specialised `Result` for namefold operations.
pub type Result<T> = std::result::Result<T, Error>;

/// An error from building, loading or querying an index.
///
/// The kind is available through [`Error::kind`]; the `Display` form is a
/// one-line, lowercase message that names the location (line, field or
/// byte offset) when there is one.
///
/// # Example
/// ```
/// use namefold::{Catalog, ErrorKind};
/// let err = Catalog::from_jsonl_str("{\"id\": \"a\"}\n").unwrap_err();
/// assert!(matches!(err.kind(), ErrorKind::Catalog { line: 1, .. }));
/// assert!(err.to_string().starts_with("line 1:"));
/// ```
#[derive(Debug)]
pub struct Error(Box<ErrorKind>);

/// What went wrong.
#[derive(Debug)]
#[non_exhaustive]
pub enum ErrorKind {
    /// A catalogue record is malformed or invalid.
    Catalog {
        /// 1-based line number (0 when the entity came from Rust values).
        line: u64,
        /// The field at fault (`id`, `name`, `aliases`, `kind`) or `json`.
        field: &'static str,
        /// What is wrong.
        message: String,
    },
    /// Two entities share an id.
    DuplicateId {
        /// The id.
        id: String,
        /// Line of the first entity (0 when not from a file).
        first_line: u64,
        /// Line of the second entity.
        second_line: u64,
    },
    /// The catalogue has no entity with a usable name.
    EmptyCatalog,
    /// A saved index is truncated, corrupted or of another format.
    CorruptIndex {
        /// What check failed.
        message: String,
    },
    /// A saved index has another format version.
    IndexVersion {
        /// The version this build reads.
        expected: u32,
        /// The version found in the file.
        found: u32,
    },
    /// A limit documented in [`crate::limits`] was exceeded.
    TooLarge {
        /// What was too large.
        what: &'static str,
        /// The limit.
        limit: usize,
    },
    /// An error from the fst crate while building.
    Fst(fst::Error),
    /// An I/O error.
    Io(std::io::Error),
}

impl Error {
    pub(crate) fn new(kind: ErrorKind) -> Error {
        Error(Box::new(kind))
    }

    pub(crate) fn catalog(line: u64, field: &'static str, message: impl Into<String>) -> Error {
        Error::new(ErrorKind::Catalog {
            line,
            field,
            message: message.into(),
        })
    }

    pub(crate) fn corrupt(message: impl Into<String>) -> Error {
        Error::new(ErrorKind::CorruptIndex {
            message: message.into(),
        })
    }

    /// What went wrong.
    pub fn kind(&self) -> &ErrorKind {
        &self.0
    }

    /// Consumes the error, returning its kind.
    pub fn into_kind(self) -> ErrorKind {
        *self.0
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &*self.0 {
            ErrorKind::Catalog { line: 0, field, message } => {
                write!(f, "field {field}: {message}")
            }
            ErrorKind::Catalog { line, field, message } => {
                write!(f, "line {line}: field {field}: {message}")
            }
            ErrorKind::DuplicateId { id, first_line, second_line } => write!(
                f,
                "line {second_line}: field id: duplicate id {id:?} (first seen on line {first_line})"
            ),
            ErrorKind::EmptyCatalog => write!(f, "the catalogue has no entity with a usable name"),
            ErrorKind::CorruptIndex { message } => write!(f, "corrupt index: {message}"),
            ErrorKind::IndexVersion { expected, found } => {
                write!(f, "index format version {found}, this build reads version {expected}")
            }
            ErrorKind::TooLarge { what, limit } => write!(f, "{what} exceeds the limit of {limit}"),
            ErrorKind::Fst(e) => write!(f, "fst: {e}"),
            ErrorKind::Io(e) => write!(f, "i/o: {e}"),
        }
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match &*self.0 {
            ErrorKind::Fst(e) => Some(e),
            ErrorKind::Io(e) => Some(e),
            _ => None,
        }
    }
}

impl From<std::io::Error> for Error {
    fn from(e: std::io::Error) -> Error {
        Error::new(ErrorKind::Io(e))
    }
}

impl From<fst::Error> for Error {
    fn from(e: fst::Error) -> Error {
        Error::new(ErrorKind::Fst(e))
    }
}
