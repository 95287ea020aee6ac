/*!
namefold resolves noisy spellings of entity names — transliterations,
sound-alike spellings, typos, reordered or partial names — to canonical ids,
and says "unknown" when a name is not in the catalogue.

It builds an immutable finite-state alias index (the [`fst`] crate) from a
catalogue and searches it with a weighted edit-distance automaton whose
costs know about transliteration (`w`↔`v`, `ff`↔`v`, `y`↔`i`↔`j`, doubled
letters, `kh`↔`h`, `ts`↔`tz`↔`z`…).

# Example
```
use namefold::{Catalog, Entity, Query, Resolver};

let catalog = Catalog::from_entities(vec![
    Entity::new("zelenskyy", "Volodymyr Zelenskyy").with_alias("Володимир Зеленський"),
    Entity::new("witkoff", "Steve Witkoff"),
    Entity::new("rutte", "Mark Rutte"),
    Entity::new("kyiv", "Kyiv").with_alias("Kiev").with_kind("place"),
])?;
let resolver = Resolver::build(&catalog)?;

assert_eq!(resolver.resolve(&Query::new("Volodimir Zellinski")).id(), Some("zelenskyy"));
assert_eq!(resolver.resolve(&Query::new("Steve Vitkov")).id(), Some("witkoff"));
assert_eq!(resolver.resolve(&Query::new("KYIV")).id(), Some("kyiv"));
// A shared given name alone never resolves.
assert_eq!(resolver.resolve(&Query::new("Mark Levin")).id(), None);

// Every candidate explains itself.
let res = resolver.resolve(&Query::new("Steve Vitkov"));
let best = res.best().unwrap();
assert_eq!(best.name, "Steve Witkoff");
assert!(best.tokens.iter().any(|t| t.alias == "witkoff" && t.cost > 0));
# Ok::<(), namefold::Error>(())
```

# Overview
- [`Catalog`] / [`Entity`]: the input, from Rust values or JSON Lines, with
  errors that name the line and field.
- [`Normalizer`]: the one normalization applied to aliases and queries.
- [`CostModel`], [`cost::distance`]: class-based edit costs and the plain DP.
- [`WeightedLevenshtein`]: the same distance as an [`fst::Automaton`].
- [`Resolver`] / [`ResolverBuilder`] / [`Query`] / [`Resolution`]: build,
  save/load, resolve with a decision and explanations.
- [`IndexWriter`]: the same index file built in bounded memory (sorted runs
  spilled to temporary files), for catalogues of tens of millions.
- [`compare`] / [`Comparison`]: two names, no catalogue (deduplication,
  record linkage).
- [`text`]: finds name mentions in running text and resolves them with a
  document's rules ([`text::Document`]: full-name threshold, heard-speech
  re-read, initials, coreference).
- [`limits`]: every size limit, enforced.

# Guarantees and warnings
- Normalization is total and idempotent; resolution never panics on any
  `&str` and its cost is bounded by [`limits`].
- A saved index carries a magic number, a format version and a checksum;
  a damaged file is refused. [`ResolverBuilder::verify`] also checks the
  fst's inner structure, so that even a file forged to pass the checksums
  cannot make a query panic.
- Scores are in [0, 1] and never NaN. They rank and threshold well (see the
  README's calibration table) but are not probabilities.
- Latin, Cyrillic, Greek, Armenian, Georgian, Arabic (with Persian and
  Urdu letters), Hebrew, kana, Hangul, Han, the Indic scripts, Sinhala,
  Thai, Lao, Myanmar and Ethiopic are romanised by namefold's own tables;
  other scripts by `deunicode`, a rough reading. Japanese kanji get their
  Mandarin readings. A name from a script that leaves vowels out or fits
  foreign sounds to its syllables matches a Latin spelling with less
  certainty, and scores less (README, "How it works").
*/
#![deny(missing_docs)]
#![forbid(unsafe_code)]

mod abjad;
mod arabic_names;
mod automaton;
mod codec;
mod compare;
pub mod cost;
mod cyrillic_foreign;
mod dutch_spelling;
mod east_slavic;
mod entity;
mod error;
mod fstcheck;
mod fxhash;
mod german_spelling;
mod greek_foreign;
mod hacek;
mod index;
mod io;
mod japanese_latin;
mod korean_latin;
pub mod limits;
mod malay_latin;
mod name_forms;
mod nicknames;
mod normalize;
mod outcome;
mod palatal_n;
mod particles;
mod resolve;
mod score;
#[cfg(feature = "serde")]
mod serial;
mod skeleton;
mod slavic_latin;
mod somali_latin;
mod spill;
mod stream;
mod syllabic;
mod table;
pub mod text;
mod thai_latin;
mod translit;
mod turkic_names;

pub use abjad::is_abjad;
pub use automaton::{State as AutomatonState, WeightedLevenshtein};
pub use compare::{compare, Comparison};
pub use cost::{Cost, CostModel, EditClass, EditKind, EditOp};
pub use entity::{Catalog, Entity, LoadReport};
pub use error::{Error, ErrorKind, Result};
pub use normalize::Normalizer;
pub use outcome::{
    Candidate, Decision, MatchKey, Query, Resolution, TokenMatch, Unknown, DEFAULT_LIMIT,
};
pub use resolve::{
    Resolver, ResolverBuilder, DEFAULT_CONTEXT_THRESHOLD, DEFAULT_MARGIN, DEFAULT_THRESHOLD,
};
pub use score::Role;
pub use skeleton::skeleton;
pub use stream::{BuildStats, IndexWriter, DEFAULT_SPILL_BYTES};
pub use syllabic::is_syllabic;

#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;

/// Internals exposed for the crate's own tests and fuzz targets (to forge
/// files whose checksum is right but whose body is not). Not part of the
/// API: may change in any release.
#[doc(hidden)]
pub mod __test_api {
    /// The index file checksum over everything before its last 8 bytes.
    pub fn index_checksum(data: &[u8]) -> u64 {
        crate::codec::checksum(data)
    }

    /// The fst crate's own checksum of fst bytes (masked CRC32C of all but
    /// the last 4 bytes, which hold it), so a test can forge it too.
    pub fn fst_crc(data: &[u8]) -> u32 {
        let mut crc = !0u32;
        for &b in data {
            crc ^= b as u32;
            for _ in 0..8 {
                crc = if crc & 1 == 1 {
                    (crc >> 1) ^ 0x82F6_3B78
                } else {
                    crc >> 1
                };
            }
        }
        let sum = !crc;
        (sum.wrapping_shr(15) | sum.wrapping_shl(17)).wrapping_add(0xA282_EAD8)
    }
}
