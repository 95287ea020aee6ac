//! `namefold._namefold`: the PyO3 extension behind the `namefold` Python
//! package (`python/namefold/`). The library does the work; this crate
//! converts arguments, releases the GIL around real work and maps errors
//! to Python exceptions.

use pyo3::prelude::*;

mod catalog;
mod errors;
mod outcome;
mod resolver;
mod text;

/// Resolve noisy spellings of entity names to canonical ids.
#[pymodule]
fn _namefold(m: &Bound<'_, PyModule>) -> PyResult<()> {
    let py = m.py();
    m.add("NamefoldError", py.get_type::<errors::NamefoldError>())?;
    let catalog_error = py.get_type::<errors::CatalogError>();
    // Class defaults, so every CatalogError has both attributes.
    catalog_error.setattr("line", py.None())?;
    catalog_error.setattr("field", py.None())?;
    m.add("CatalogError", catalog_error)?;
    m.add_class::<resolver::Resolver>()?;
    m.add_class::<outcome::Match>()?;
    m.add_class::<outcome::Resolution>()?;
    m.add_class::<outcome::Candidate>()?;
    m.add_class::<outcome::TokenMatch>()?;
    m.add_class::<outcome::Edit>()?;
    m.add_class::<text::Mention>()?;
    m.add_class::<text::Comparison>()?;
    m.add_function(wrap_pyfunction!(text::compare, m)?)?;
    m.add_function(wrap_pyfunction!(resolver::_unpickle_resolver, m)?)?;
    m.add_function(wrap_pyfunction!(resolver::_check_threshold, m)?)?;
    m.add("DEFAULT_THRESHOLD", namefold::DEFAULT_THRESHOLD)?;
    Ok(())
}
