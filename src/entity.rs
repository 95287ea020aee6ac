//! Entities and catalogues: what the index is built from.
//!
//! A catalogue is read from JSON Lines, one entity per line:
//! `{"id": "rutte", "name": "Mark Rutte", "aliases": ["Марк Рютте"], "kind": "person"}`.
//! `aliases` and `kind` are optional and other fields are ignored; blank
//! lines are skipped.
//!
//! Outcomes, all tested:
//! - a line that is not a JSON object, an `id` or `name` that is missing,
//!   not a string, empty or all whitespace, an `aliases` that is not a
//!   list of strings, or a `kind` that is not a string: an error naming
//!   the line and the field;
//! - an id with leading or trailing whitespace: an error (ids are opaque and
//!   compared byte for byte, so `Rutte` and `rutte` are two entities);
//! - a repeated id: [`ErrorKind::DuplicateId`] naming both lines;
//! - more than [`MAX_ALIASES`] names for one entity: an error;
//! - a name or alias that normalizes to nothing (`"!!!"`): that name is not
//!   indexed; an entity none of whose names normalize to anything is
//!   refused when the index is built.
//!
//! [`Catalog::from_jsonl_reader`] is strict (the first error refuses the
//! whole catalogue); [`Catalog::from_jsonl_reader_lenient`] skips bad lines
//! and reports them.

use std::collections::HashMap;
use std::io::BufRead;

use serde_json::Value;

use crate::error::{Error, ErrorKind, Result};
use crate::limits::MAX_ALIASES;

/// One canonical entity: an opaque id, a canonical name and aliases.
///
/// # Example
/// ```
/// use namefold::Entity;
/// let e = Entity::new("kyiv", "Kyiv").with_alias("Kiev").with_alias("Київ").with_kind("place");
/// assert_eq!(e.aliases.len(), 2);
/// ```
///
/// With the `serde` feature an entity serializes to, and deserializes from,
/// the catalogue's JSON object (`aliases` and `kind` optional); validation
/// happens when a [`Catalog`] is made of it.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct Entity {
    /// The caller's id, returned by resolution.
    pub id: String,
    /// The canonical name.
    pub name: String,
    /// Other names: spellings, native-script forms, full forms.
    #[cfg_attr(feature = "serde", serde(default))]
    pub aliases: Vec<String>,
    /// Optional kind (`person`, `place`, …). Places and organisations are
    /// matched on all their words; people on their family name.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    pub kind: Option<String>,
}

impl Entity {
    /// An entity with no aliases and no kind.
    pub fn new(id: impl Into<String>, name: impl Into<String>) -> Entity {
        Entity {
            id: id.into(),
            name: name.into(),
            aliases: Vec::new(),
            kind: None,
        }
    }

    /// Adds an alias.
    pub fn with_alias(mut self, alias: impl Into<String>) -> Entity {
        self.aliases.push(alias.into());
        self
    }

    /// Sets the kind.
    pub fn with_kind(mut self, kind: impl Into<String>) -> Entity {
        self.kind = Some(kind.into());
        self
    }

    pub(crate) fn validate(&self, line: u64) -> Result<()> {
        if self.id.trim().is_empty() {
            return Err(Error::catalog(line, "id", "is empty"));
        }
        if self.id.trim() != self.id {
            return Err(Error::catalog(
                line,
                "id",
                "has leading or trailing whitespace",
            ));
        }
        if self.name.trim().is_empty() {
            return Err(Error::catalog(line, "name", "is empty"));
        }
        if self.aliases.len() + 1 > MAX_ALIASES {
            return Err(Error::new(ErrorKind::TooLarge {
                what: "names of one entity",
                limit: MAX_ALIASES,
            }));
        }
        if self.aliases.iter().any(|a| a.trim().is_empty()) {
            return Err(Error::catalog(line, "aliases", "contains an empty alias"));
        }
        Ok(())
    }
}

/// A validated set of entities with unique ids.
///
/// # Example
/// ```
/// use namefold::{Catalog, Entity};
/// let mut cat = Catalog::new();
/// cat.push(Entity::new("merz", "Friedrich Merz"))?;
/// assert!(cat.push(Entity::new("merz", "Someone Else")).is_err());
/// assert_eq!(cat.len(), 1);
/// # Ok::<(), namefold::Error>(())
/// ```
#[derive(Clone, Debug, Default)]
pub struct Catalog {
    entities: Vec<Entity>,
    lines: Vec<u64>,
    ids: HashMap<String, u64>,
}

/// What a lenient load skipped.
#[derive(Debug, Default)]
#[non_exhaustive]
pub struct LoadReport {
    /// Number of lines skipped.
    pub skipped: u64,
    /// The first errors (at most the number asked for), in line order.
    pub errors: Vec<Error>,
}

impl Catalog {
    /// An empty catalogue.
    pub fn new() -> Catalog {
        Catalog::default()
    }

    /// Adds an entity after validating it.
    pub fn push(&mut self, entity: Entity) -> Result<()> {
        self.push_at(entity, 0)
    }

    fn push_at(&mut self, entity: Entity, line: u64) -> Result<()> {
        entity.validate(line)?;
        if let Some(&first_line) = self.ids.get(&entity.id) {
            return Err(Error::new(ErrorKind::DuplicateId {
                id: entity.id,
                first_line,
                second_line: line,
            }));
        }
        self.ids.insert(entity.id.clone(), line);
        self.entities.push(entity);
        self.lines.push(line);
        Ok(())
    }

    /// Builds a catalogue from entities, refusing the first invalid one.
    ///
    /// # Example
    /// ```
    /// use namefold::{Catalog, Entity};
    /// let cat = Catalog::from_entities(vec![Entity::new("a", "Ann Lee")])?;
    /// assert_eq!(cat.len(), 1);
    /// # Ok::<(), namefold::Error>(())
    /// ```
    pub fn from_entities(entities: impl IntoIterator<Item = Entity>) -> Result<Catalog> {
        let mut cat = Catalog::new();
        for e in entities {
            cat.push(e)?;
        }
        Ok(cat)
    }

    /// Parses JSON Lines from a string (strict).
    ///
    /// # Example
    /// ```
    /// use namefold::Catalog;
    /// let cat = Catalog::from_jsonl_str(r#"{"id": "kyiv", "name": "Kyiv", "aliases": ["Kiev"]}"#)?;
    /// assert_eq!(cat.entities()[0].aliases, vec!["Kiev"]);
    /// # Ok::<(), namefold::Error>(())
    /// ```
    pub fn from_jsonl_str(s: &str) -> Result<Catalog> {
        Catalog::from_jsonl_reader(s.as_bytes())
    }

    /// Parses JSON Lines from a reader; the first bad line refuses the
    /// whole catalogue with an error naming its line and field.
    pub fn from_jsonl_reader<R: BufRead>(rdr: R) -> Result<Catalog> {
        let mut cat = Catalog::new();
        read_lines(rdr, |line, res| {
            let entity = res?;
            cat.push_at(entity, line)
        })?;
        Ok(cat)
    }

    /// Parses JSON Lines, skipping bad lines; keeps the first `max_errors`
    /// errors in the report. I/O errors still fail.
    ///
    /// # Example
    /// ```
    /// use namefold::Catalog;
    /// let text = "{\"id\": \"a\", \"name\": \"Ann Lee\"}\nnot json\n{\"id\": \"b\", \"name\": \"Bo Li\"}\n";
    /// let (cat, report) = Catalog::from_jsonl_reader_lenient(text.as_bytes(), 10)?;
    /// assert_eq!(cat.len(), 2);
    /// assert_eq!(report.skipped, 1);
    /// assert!(report.errors[0].to_string().starts_with("line 2:"));
    /// # Ok::<(), namefold::Error>(())
    /// ```
    pub fn from_jsonl_reader_lenient<R: BufRead>(
        rdr: R,
        max_errors: usize,
    ) -> Result<(Catalog, LoadReport)> {
        let mut cat = Catalog::new();
        let mut report = LoadReport::default();
        read_lines(rdr, |line, res| {
            if let Err(e) = res.and_then(|entity| cat.push_at(entity, line)) {
                if matches!(e.kind(), ErrorKind::Io(_)) {
                    return Err(e);
                }
                report.skipped += 1;
                if report.errors.len() < max_errors {
                    report.errors.push(e);
                }
            }
            Ok(())
        })?;
        Ok((cat, report))
    }

    /// The entities, in insertion order.
    pub fn entities(&self) -> &[Entity] {
        &self.entities
    }

    /// The source line of entity `i` (0 when not read from a file).
    pub fn line_of(&self, i: usize) -> u64 {
        self.lines.get(i).copied().unwrap_or(0)
    }

    /// Number of entities.
    pub fn len(&self) -> usize {
        self.entities.len()
    }

    /// True when there is no entity.
    pub fn is_empty(&self) -> bool {
        self.entities.is_empty()
    }
}

/// Calls `f` with each non-blank line's number and parsed entity.
pub(crate) fn read_lines<R: BufRead>(
    mut rdr: R,
    mut f: impl FnMut(u64, Result<Entity>) -> Result<()>,
) -> Result<()> {
    let mut buf = Vec::new();
    let mut line = 0u64;
    loop {
        buf.clear();
        if rdr.read_until(b'\n', &mut buf)? == 0 {
            return Ok(());
        }
        line += 1;
        let parsed = match std::str::from_utf8(&buf) {
            Ok(text) if text.trim().is_empty() => continue,
            Ok(text) => parse_line(text, line),
            Err(e) => Err(Error::catalog(
                line,
                "json",
                format!("invalid UTF-8 at byte {} of the line", e.valid_up_to()),
            )),
        };
        f(line, parsed)?;
    }
}

fn parse_line(text: &str, line: u64) -> Result<Entity> {
    let value: Value =
        serde_json::from_str(text).map_err(|e| Error::catalog(line, "json", format!("{e}")))?;
    let Value::Object(map) = value else {
        return Err(Error::catalog(line, "json", "not a JSON object"));
    };
    let string = |field: &'static str| -> Result<Option<String>> {
        match map.get(field) {
            None | Some(Value::Null) => Ok(None),
            Some(Value::String(s)) => Ok(Some(s.clone())),
            Some(_) => Err(Error::catalog(line, field, "is not a string")),
        }
    };
    let id = string("id")?.ok_or_else(|| Error::catalog(line, "id", "is missing"))?;
    let name = string("name")?.ok_or_else(|| Error::catalog(line, "name", "is missing"))?;
    let kind = string("kind")?;
    let aliases = match map.get("aliases") {
        None | Some(Value::Null) => Vec::new(),
        Some(Value::Array(items)) => items
            .iter()
            .map(|v| match v {
                Value::String(s) => Ok(s.clone()),
                _ => Err(Error::catalog(
                    line,
                    "aliases",
                    "contains a value that is not a string",
                )),
            })
            .collect::<Result<Vec<_>>>()?,
        Some(_) => return Err(Error::catalog(line, "aliases", "is not a list of strings")),
    };
    let entity = Entity {
        id,
        name,
        aliases,
        kind,
    };
    entity.validate(line)?;
    Ok(entity)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn err(text: &str) -> String {
        Catalog::from_jsonl_str(text).unwrap_err().to_string()
    }

    #[test]
    fn errors_name_line_and_field() {
        let good = "{\"id\": \"a\", \"name\": \"Ann\"}\n";
        assert_eq!(
            err(&format!("{good}\n{{\"id\": \"\", \"name\": \"x\"}}")),
            "line 3: field id: is empty"
        );
        assert_eq!(err("{\"id\": \"a\"}"), "line 1: field name: is missing");
        assert_eq!(
            err("{\"id\": 3, \"name\": \"x\"}"),
            "line 1: field id: is not a string"
        );
        assert_eq!(
            err("{\"id\": \"a\", \"name\": \"x\", \"aliases\": \"y\"}"),
            "line 1: field aliases: is not a list of strings"
        );
        assert_eq!(err("[1]"), "line 1: field json: not a JSON object");
        assert!(err("{oops").starts_with("line 1: field json:"));
        assert_eq!(
            err(&format!("{good}{good}")),
            "line 2: field id: duplicate id \"a\" (first seen on line 1)"
        );
        assert_eq!(
            err("{\"id\": \" a\", \"name\": \"x\"}"),
            "line 1: field id: has leading or trailing whitespace"
        );
    }

    #[test]
    fn ids_are_case_sensitive() {
        let cat = Catalog::from_jsonl_str(
            "{\"id\": \"a\", \"name\": \"Ann\"}\n{\"id\": \"A\", \"name\": \"Ann\"}",
        )
        .unwrap();
        assert_eq!(cat.len(), 2);
    }

    #[test]
    fn invalid_utf8_is_located() {
        let mut bytes =
            b"{\"id\": \"a\", \"name\": \"Ann\"}\n{\"id\": \"b\", \"name\": \"".to_vec();
        bytes.extend_from_slice(&[0xff, b'"', b'}', b'\n']);
        let e = Catalog::from_jsonl_reader(&bytes[..]).unwrap_err();
        assert!(
            e.to_string()
                .starts_with("line 2: field json: invalid UTF-8"),
            "{e}"
        );
    }
}
