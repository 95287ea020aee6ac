#![no_main]
//! Resolving any `&str` never panics and gives well-formed answers.

use libfuzzer_sys::fuzz_target;

mod common;

fuzz_target!(|data: &[u8]| {
    let s = String::from_utf8_lossy(data);
    common::resolve_all(common::resolver(), &s);
});
