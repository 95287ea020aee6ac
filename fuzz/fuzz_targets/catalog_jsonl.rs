#![no_main]
//! Parsing arbitrary bytes as a JSONL catalogue never panics; a small
//! catalogue that parses builds (or fails cleanly) and resolves its own
//! names.

use libfuzzer_sys::fuzz_target;
use namefold::{Catalog, Query, Resolver};

mod common;

fuzz_target!(|data: &[u8]| {
    let strict = Catalog::from_jsonl_reader(data);
    let lenient = Catalog::from_jsonl_reader_lenient(data, 4);
    let (cat, report) = lenient.expect("a byte slice has no i/o errors");
    assert!(report.errors.len() <= 4);
    if let Ok(strict) = &strict {
        assert_eq!(report.skipped, 0);
        assert_eq!(strict.len(), cat.len());
    } else {
        assert!(report.skipped > 0);
    }
    if cat.is_empty() || cat.len() > 32 {
        return;
    }
    if let Ok(r) = Resolver::build(&cat) {
        let back = Resolver::from_bytes(r.to_bytes()).expect("own bytes load");
        for e in cat.entities().iter().take(8) {
            for name in std::iter::once(&e.name).chain(e.aliases.iter().take(4)) {
                let res = r.resolve(&Query::new(name));
                common::check(&res, 5);
                assert_eq!(res.id(), back.resolve(&Query::new(name)).id());
            }
        }
    }
});
