//! [`ResolverBuilder`]: settings, then build from a catalogue or load a
//! saved index.

use std::path::Path;
use std::sync::Arc;

use super::{Resolver, DEFAULT_CONTEXT_THRESHOLD, DEFAULT_MARGIN, DEFAULT_THRESHOLD};
use crate::cost::{Cost, CostModel};
use crate::entity::Catalog;
use crate::error::{Error, ErrorKind, Result};
use crate::index::{AliasIndex, IndexBuilder, ALIAS_CANONICAL};
use crate::normalize::Normalizer;

/// Cost of any vowel for another when matching among a document's
/// entities (`Roti` for `Rutte`): few rivals, and mentions are often heard.
pub(super) const CONTEXT_VOWEL_COST: Cost = 35;

/// Configures and builds a [`Resolver`].
///
/// # Example
/// ```
/// use namefold::{Catalog, Entity, Resolver};
/// let cat = Catalog::from_entities(vec![Entity::new("kyiv", "Kyiv").with_kind("place")])?;
/// let r = Resolver::builder().threshold(0.8).margin(0.05).build(&cat)?;
/// assert_eq!(r.threshold(), 0.8);
/// # Ok::<(), namefold::Error>(())
/// ```
#[derive(Clone, Debug)]
pub struct ResolverBuilder {
    model: Arc<CostModel>,
    threshold: f64,
    margin: f64,
    context_threshold: f64,
    verify: bool,
}

impl Default for ResolverBuilder {
    fn default() -> Self {
        ResolverBuilder {
            model: Arc::new(CostModel::default()),
            threshold: DEFAULT_THRESHOLD,
            margin: DEFAULT_MARGIN,
            context_threshold: DEFAULT_CONTEXT_THRESHOLD,
            verify: false,
        }
    }
}

impl ResolverBuilder {
    /// Uses `model` for all edit costs.
    pub fn cost_model(&mut self, model: CostModel) -> &mut Self {
        self.model = Arc::new(model);
        self
    }

    /// Sets the decision threshold (default [`DEFAULT_THRESHOLD`]).
    pub fn threshold(&mut self, t: f64) -> &mut Self {
        self.threshold = if t.is_nan() {
            DEFAULT_THRESHOLD
        } else {
            t.clamp(0.0, 1.0)
        };
        self
    }

    /// Sets the minimum gap to the runner-up (default [`DEFAULT_MARGIN`]).
    pub fn margin(&mut self, m: f64) -> &mut Self {
        self.margin = if m.is_nan() {
            DEFAULT_MARGIN
        } else {
            m.clamp(0.0, 1.0)
        };
        self
    }

    /// Checks loaded indexes deeply (default off): for files from
    /// elsewhere (shared storage, another machine), which someone may have
    /// forged to pass the checksums.
    ///
    /// Every load checks the file's checksum (a file of 32 MiB or more with
    /// up to four scoped threads, as many as the machine has cores, each
    /// over its own 4 MiB chunks), the fst's own checksum and
    /// the sections' layout (so a damaged file is refused), and reads
    /// tables in bounds whatever their bytes. With `verify(true)` it also
    /// checks every table item by item (UTF-8, offsets in order, items in
    /// range of the tables they index, aliases grouped by entity), decodes
    /// every node of the fst as the `fst` crate would, with checked
    /// arithmetic (sizes, addresses, no cycle, key length, every value and
    /// partial sum in range of its table), and checks that every list
    /// lookups intersect is strictly increasing: after that, no query can
    /// panic or return an out-of-range id, whatever the bytes. It is a
    /// pass over the tables and the fst's nodes, with about 10 bytes of
    /// memory per fst node; see the README for its measured cost.
    ///
    /// # Example
    /// ```
    /// use namefold::{Catalog, Entity, Query, Resolver};
    /// let cat = Catalog::from_entities(vec![Entity::new("kyiv", "Kyiv").with_alias("Kiev")])?;
    /// let bytes = Resolver::build(&cat)?.to_bytes();
    /// let r = Resolver::builder().verify(true).load_bytes(&bytes)?;
    /// assert_eq!(r.resolve(&Query::new("Kiev")).id(), Some("kyiv"));
    /// # Ok::<(), namefold::Error>(())
    /// ```
    pub fn verify(&mut self, on: bool) -> &mut Self {
        self.verify = on;
        self
    }

    /// Sets the threshold of [`Resolver::resolve_among`].
    pub fn context_threshold(&mut self, t: f64) -> &mut Self {
        self.context_threshold = if t.is_nan() {
            DEFAULT_CONTEXT_THRESHOLD
        } else {
            t.clamp(0.0, 1.0)
        };
        self
    }

    /// Builds the index from a catalogue: O(total name length · log).
    pub fn build(&self, catalog: &Catalog) -> Result<Resolver> {
        let norm = Normalizer::new();
        let mut order: Vec<usize> = (0..catalog.len()).collect();
        order.sort_by(|&a, &b| catalog.entities()[a].id.cmp(&catalog.entities()[b].id));
        let mut b = IndexBuilder::default();
        for &i in &order {
            let e = &catalog.entities()[i];
            let ent = b.add_entity(&e.id, &e.name, e.kind.as_deref());
            let mut seen: Vec<String> = Vec::new();
            let names = std::iter::once(&e.name).chain(e.aliases.iter());
            for (k, name) in names.enumerate() {
                let n = norm.normalize(name);
                if n.is_empty() || seen.contains(&n) {
                    continue;
                }
                let toks: Vec<&str> = n.split(' ').collect();
                b.add_alias(ent, name, &toks, if k == 0 { ALIAS_CANONICAL } else { 0 });
                seen.push(n);
            }
            if seen.is_empty() {
                return Err(Error::catalog(
                    catalog.line_of(i),
                    "name",
                    format!(
                        "entity {:?} has no name that normalizes to any letter",
                        e.id
                    ),
                ));
            }
        }
        if catalog.is_empty() {
            return Err(Error::new(ErrorKind::EmptyCatalog));
        }
        self.load_vec(b.finish()?)
    }

    /// Loads a saved index (see [`Resolver::to_bytes`]) with this
    /// builder's settings. The bytes are copied once; the tables are then
    /// read in place.
    pub fn load_bytes(&self, bytes: impl AsRef<[u8]>) -> Result<Resolver> {
        self.load_vec(bytes.as_ref().to_vec())
    }

    /// Loads an index file saved by [`Resolver::save`] with this builder's
    /// settings, reading it into memory once (no further copy).
    pub fn load_file(&self, path: impl AsRef<Path>) -> Result<Resolver> {
        self.load_vec(std::fs::read(path)?)
    }

    /// Loads an index from bytes the caller shares, without copying them:
    /// a memory map (`Arc<memmap2::Mmap>`), an `Arc<Vec<u8>>`, a static
    /// slice. They are checked once (checksums, layout; see
    /// [`Self::verify`] for more) and then read
    /// in place.
    ///
    /// # Example
    /// ```
    /// use std::sync::Arc;
    /// use namefold::{Catalog, Entity, Query, Resolver};
    /// let cat = Catalog::from_entities(vec![Entity::new("kyiv", "Kyiv").with_alias("Kiev")])?;
    /// let shared = Arc::new(Resolver::build(&cat)?.to_bytes());
    /// let r = Resolver::builder().load_shared(shared)?;
    /// assert_eq!(r.resolve(&Query::new("Kiev")).id(), Some("kyiv"));
    /// # Ok::<(), namefold::Error>(())
    /// ```
    pub fn load_shared<T: AsRef<[u8]> + Send + Sync + 'static>(
        &self,
        bytes: Arc<T>,
    ) -> Result<Resolver> {
        let index = AliasIndex::read(bytes)?;
        if self.verify {
            index.verify()?;
        }
        Ok(self.with_index(index))
    }

    pub(super) fn load_vec(&self, bytes: Vec<u8>) -> Result<Resolver> {
        self.load_shared(Arc::new(bytes))
    }

    pub(super) fn with_index(&self, index: AliasIndex) -> Resolver {
        Resolver {
            index,
            normalizer: Normalizer::new(),
            model: Arc::clone(&self.model),
            context_model: std::sync::OnceLock::new(),
            readings: super::readings::Readings::default(),
            threshold: self.threshold,
            margin: self.margin,
            context_threshold: self.context_threshold,
        }
    }
}
