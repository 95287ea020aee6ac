//! Documented limits. Every one is enforced where input enters the crate.
//!
//! | limit | value | what happens past it |
//! |---|---|---|
//! | [`MAX_INPUT_BYTES`] | 4096 | a query or name is cut at the last char boundary before it |
//! | [`MAX_TOKENS`] | 16 | tokens after the 16th are dropped |
//! | [`MAX_TOKEN_CHARS`] | 48 | a longer token is cut to its first 48 chars |
//! | [`MAX_ALIASES`] | 512 | a catalogue entity with more names is refused |
//! | [`MAX_CANDIDATES`] | 4096 | at most this many aliases are scored per query |
//! | [`MAX_RETRY_CANDIDATES`] | 256 | a respaced retry scores at most this many aliases of a word it reaches alone |
//! | [`MAX_NEIGHBOUR_WORDS`] | 128 | words taken from one query word's skeleton neighbourhood |
//! | [`MAX_ALTERNATIVES`] | 8 | names of a `;`-separated query after the 8th are ignored |
//! | [`MAX_LIMIT`] | 1000 | `Query::with_limit` is clamped to it |
//! | [`MAX_ENTITIES`] | 2^31 − 1 | a larger catalogue is refused |
//!
//! # Example
//! ```
//! use namefold::limits;
//! assert!(limits::MAX_TOKENS >= 4);
//! ```

/// Bytes of a query or catalogue name that are looked at.
pub const MAX_INPUT_BYTES: usize = 4096;
/// Tokens of a normalized name that are kept.
pub const MAX_TOKENS: usize = 16;
/// Characters of one token that are kept.
pub const MAX_TOKEN_CHARS: usize = 48;
/// Names (canonical name plus aliases) one entity may have.
pub const MAX_ALIASES: usize = 512;
/// Aliases scored per query, at most (the rarest query tokens are
/// expanded first).
pub const MAX_CANDIDATES: usize = 4096;
/// Aliases a retry of a failed query with its words spaced otherwise
/// (`Michael Sei` read as `michaelsei`) scores of a word that no other
/// query word shares an alias with, at most: its closest catalogue words'
/// aliases first. A retry replaces the query's answer only when it scores
/// higher; the aliases it leaves out are those of the words furthest from
/// the respaced one.
pub const MAX_RETRY_CANDIDATES: usize = 256;
/// Catalogue words taken from one query word's skeleton neighbourhood,
/// at most (the equal skeleton first).
pub const MAX_NEIGHBOUR_WORDS: usize = 128;
/// Names of one query that lists a person's names separated by `;`
/// (`Husam Qudsi; Hussam Kudsi`) that are tried, each a full resolution;
/// the others are ignored.
pub const MAX_ALTERNATIVES: usize = 8;
/// The largest number of candidates a query may ask for.
pub const MAX_LIMIT: usize = 1000;
/// Entities in one catalogue.
pub const MAX_ENTITIES: usize = i32::MAX as usize;

/// Cuts `s` to at most `max` bytes at a char boundary.
pub(crate) fn truncate_str(s: &str, max: usize) -> &str {
    if s.len() <= max {
        return s;
    }
    let mut end = max;
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    &s[..end]
}
