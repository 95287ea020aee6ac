//! Text mode: find the names in running text and resolve them, with the
//! rules of a document.
//!
//! - [`mentions`] finds the spans that look like names of people, places
//!   and organisations (capitalised runs, ALL-CAPS words, runs of other
//!   scripts), skipping titles, roles and common words.
//! - [`Document`] resolves them one document at a time: a full name may
//!   pass a lower threshold than a lone word, an unknown full name is
//!   re-read as heard speech and with garbled given names as initials, and
//!   a short or unknown mention is resolved against the entities the
//!   document has already named (coreference).
//!
//! # Example
//! ```
//! use namefold::{Catalog, Entity, Resolver};
//! use namefold::text::Document;
//!
//! let catalog = Catalog::from_entities(vec![
//!     Entity::new("rutte", "Mark Rutte"),
//!     Entity::new("kyiv", "Kyiv").with_alias("Kiev"),
//! ])?;
//! let resolver = Resolver::build(&catalog)?;
//! let mut doc = Document::new(&resolver);
//! let text = "Mark Retty flew to Kiev. Later, Retty spoke.";
//! let found = doc.resolve_text(text);
//! let ids: Vec<_> = found.iter().map(|m| (m.surface.as_str(), m.id())).collect();
//! assert_eq!(ids, [("Mark Retty", Some("rutte")), ("Kiev", Some("kyiv")), ("Retty", Some("rutte"))]);
//! assert_eq!(&text[found[1].start..found[1].end], "Kiev");
//! # Ok::<(), namefold::Error>(())
//! ```

mod document;
mod mentions;

pub use document::{
    Document, NameMention, DEFAULT_FULL_NAME_THRESHOLD, DEFAULT_MEMORY, MAX_MEMORY,
};
pub use mentions::{mentions, Mention, MAX_MENTION_WORDS};
