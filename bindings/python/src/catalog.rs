//! Catalogues from Python: a JSON Lines file (plain or gzip) or a list of
//! dicts. Every bad record raises `CatalogError` with its line (the 1-based
//! item number for a list) and field.

use std::collections::HashMap;
use std::fs::File;
use std::io::{BufRead, BufReader};
use std::path::Path;

use namefold::{Catalog, Entity};
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyString};

use crate::errors::catalog_error;

/// Reads a JSON Lines catalogue; a file starting with the gzip magic
/// bytes is decompressed whatever its name. Runs without the GIL.
pub fn read_jsonl(path: &Path) -> namefold::Result<Catalog> {
    let mut rdr = BufReader::with_capacity(1 << 16, File::open(path)?);
    let gzip = rdr.fill_buf()?.starts_with(&[0x1f, 0x8b]);
    if gzip {
        let gz = flate2::bufread::MultiGzDecoder::new(rdr);
        Catalog::from_jsonl_reader(BufReader::with_capacity(1 << 16, gz))
    } else {
        Catalog::from_jsonl_reader(rdr)
    }
}

/// Converts an iterable of dicts (`id`, `name`, optional `aliases` and
/// `kind`; other keys ignored, as in JSON Lines) to a catalogue.
pub fn from_dicts(py: Python<'_>, entities: &Bound<'_, PyAny>) -> PyResult<Catalog> {
    let mut catalog = Catalog::new();
    let mut first_seen: HashMap<String, u64> = HashMap::new();
    for (i, item) in entities.try_iter()?.enumerate() {
        let item = item?;
        let line = i as u64 + 1;
        let bad = |field: &str, msg: String| {
            catalog_error(
                py,
                format!("entity {line}: field {field}: {msg}"),
                Some(line),
                Some(field),
            )
        };
        let dict = item
            .cast::<PyDict>()
            .map_err(|_| bad("json", format!("is {}, not a dict", type_name(&item))))?;
        let text = |field: &'static str| -> PyResult<Option<String>> {
            match dict.get_item(field)? {
                None => Ok(None),
                Some(v) if v.is_none() => Ok(None),
                Some(v) => match v.cast::<PyString>() {
                    Ok(s) => Ok(Some(s.to_str()?.to_string())),
                    Err(_) => Err(bad(field, format!("is {}, not a string", type_name(&v)))),
                },
            }
        };
        let id = text("id")?.ok_or_else(|| bad("id", "is missing".into()))?;
        let name = text("name")?.ok_or_else(|| bad("name", "is missing".into()))?;
        let mut entity = Entity::new(id, name);
        if let Some(kind) = text("kind")? {
            entity = entity.with_kind(kind);
        }
        if let Some(aliases) = dict.get_item("aliases")? {
            if !aliases.is_none() {
                if aliases.is_instance_of::<PyString>() {
                    return Err(bad("aliases", "is a string, not a list of strings".into()));
                }
                let iter = aliases.try_iter().map_err(|_| {
                    bad("aliases", format!("is {}, not a list", type_name(&aliases)))
                })?;
                for (k, a) in iter.enumerate() {
                    let a = a?;
                    let s = a.cast::<PyString>().map_err(|_| {
                        bad(
                            "aliases",
                            format!("item {k} is {}, not a string", type_name(&a)),
                        )
                    })?;
                    entity = entity.with_alias(s.to_str()?.to_string());
                }
            }
        }
        if let Some(first) = first_seen.get(&entity.id) {
            return Err(bad(
                "id",
                format!(
                    "duplicate id {:?} (first seen at entity {first})",
                    entity.id
                ),
            ));
        }
        first_seen.insert(entity.id.clone(), line);
        catalog.push(entity).map_err(|e| {
            // The library numbers entities given as values 0; the item
            // number is the useful location here.
            let field = match e.kind() {
                namefold::ErrorKind::Catalog { field, .. } => field,
                _ => "aliases",
            };
            let msg = e.to_string();
            let msg = msg
                .strip_prefix(&format!("field {field}: "))
                .unwrap_or(&msg);
            bad(field, msg.to_string())
        })?;
    }
    Ok(catalog)
}

/// `int`, `NoneType`, ... for messages.
pub fn type_name(obj: &Bound<'_, PyAny>) -> String {
    obj.get_type()
        .name()
        .map(|n| n.to_string())
        .unwrap_or_else(|_| "?".into())
}
