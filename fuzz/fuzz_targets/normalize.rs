#![no_main]
//! Normalization is total and idempotent, and its output is tokens of
//! `[a-z]` with single in-word apostrophes, joined by single spaces.

use libfuzzer_sys::fuzz_target;
use namefold::Normalizer;

fuzz_target!(|data: &[u8]| {
    let s = String::from_utf8_lossy(data);
    let n = Normalizer::new();
    let once = n.normalize(&s);
    if !once.is_empty() {
        for t in once.split(' ') {
            assert!(
                !t.is_empty()
                    && t.split('\'')
                        .all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_lowercase())),
                "bad token {t:?} in {once:?}"
            );
        }
    }
    assert!(once.split(' ').count() <= namefold::limits::MAX_TOKENS);
    assert_eq!(n.normalize(&once), once, "not idempotent");
});
