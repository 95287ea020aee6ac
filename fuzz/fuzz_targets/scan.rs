#![no_main]
//! `text::mentions` never panics; every mention is an in-order,
//! non-overlapping span of the text whose surface is the text there.

use libfuzzer_sys::fuzz_target;
use namefold::text::{mentions, MAX_MENTION_WORDS};

mod common;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let mut last_end = 0;
    for m in mentions(&text) {
        assert!(
            m.start < m.end && m.end <= text.len(),
            "bad span {}..{}",
            m.start,
            m.end
        );
        assert!(m.start >= last_end, "overlapping or out of order");
        assert!(text.is_char_boundary(m.start) && text.is_char_boundary(m.end));
        assert_eq!(&text[m.start..m.end], m.surface);
        assert!(
            m.surface.split_whitespace().count() <= MAX_MENTION_WORDS,
            "{:?}",
            m.surface
        );
        last_end = m.end;
        // What a caller does next: resolve the mention.
        common::check(
            &common::resolver().resolve(&namefold::Query::new(&m.surface)),
            5,
        );
    }
});
