//! The streaming index build: a catalogue of any size to an index file in
//! bounded memory.
//!
//! [`Resolver::build`](crate::Resolver::build) holds the catalogue, every
//! key and every posting in memory (about 1 GiB at 10^6 entities). An
//! [`IndexWriter`] takes entities one at a time and keeps in memory only
//! what grows with the number of distinct words (the vocabulary, its
//! skeletons and their deletion keys, one counter per word) plus buffers
//! of a set size:
//!
//! - entities are sorted by id in runs of at most [`IndexWriter::spill_bytes`]
//!   bytes, spilled to temporary files and merged;
//! - the per-entity and per-alias tables are appended to temporary files;
//! - the full-name keys (`f:`, `j:`) are sorted the same way and merged
//!   straight into the fst, which is written to a file as it grows;
//! - the postings are filled one range of words at a time, each range at
//!   most the spill size, in passes over the aliases' words;
//! - the index file is assembled from these pieces and its checksum
//!   computed as it is written.
//!
//! The file is byte for byte the one `Resolver::build(..).save(..)` writes
//! for the same entities (a test checks this with a tiny spill size).

use std::collections::BTreeMap;
use std::io::{BufRead, BufReader, BufWriter, Read, Write};
use std::path::{Path, PathBuf};
use std::time::Instant;

use fst::MapBuilder;

use crate::codec::{Checksum, Writer};
use crate::entity::{read_lines, Entity};
use crate::error::{Error, ErrorKind, Result};
use crate::index::{
    add_alternate_skeletons, skeleton_tables, Kind, WordIds, ALIAS_CANONICAL, DEL, FULL, JOINED,
    SKEL, TOKEN,
};
use crate::normalize::Normalizer;
use crate::spill::{read_u32, Sorter, Spool};
use crate::table::{ListsBuf, StrBuf};

/// Default size of each in-memory sort buffer: 256 MiB.
pub const DEFAULT_SPILL_BYTES: usize = 256 << 20;

/// Builds an index file from entities pushed one at a time, in bounded
/// memory (see the module docs of `stream.rs` in the source). The file
/// is the one [`Resolver::save`](crate::Resolver::save) writes for the
/// same catalogue, and loads with [`Resolver::load`](crate::Resolver::load)
/// or [`ResolverBuilder::load_shared`](crate::ResolverBuilder::load_shared).
///
/// Entities may come in any order; ids must be unique. Errors name the
/// entity's line (from [`IndexWriter::push_jsonl`] or
/// [`IndexWriter::push_at`]).
///
/// # Example
/// ```
/// use namefold::{Catalog, Entity, IndexWriter, Query, Resolver};
/// let dir = std::env::temp_dir().join(format!("namefold-doc-{}", std::process::id()));
/// std::fs::create_dir_all(&dir)?;
/// let path = dir.join("places.nf");
/// let mut w = IndexWriter::new();
/// w.spill_bytes(1 << 10).temp_dir(&dir);
/// w.push(Entity::new("kyiv", "Kyiv").with_alias("Kiev").with_kind("place"))?;
/// w.push(Entity::new("lviv", "Lviv").with_alias("Lwów").with_kind("place"))?;
/// let stats = w.finish(&path)?;
/// assert_eq!(stats.entities, 2);
/// let r = Resolver::load(&path)?;
/// assert_eq!(r.resolve(&Query::new("Kiev")).id(), Some("kyiv"));
/// # std::fs::remove_dir_all(&dir)?;
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub struct IndexWriter {
    spill: usize,
    dir: Option<PathBuf>,
    progress: bool,
    pushed: u64,
    entities: Option<Sorter>,
}

/// What a finished build wrote.
#[derive(Clone, Debug, Default)]
pub struct BuildStats {
    /// Entities in the index.
    pub entities: u64,
    /// Aliases (distinct normalized names) in the index.
    pub aliases: u64,
    /// Distinct words.
    pub words: u64,
    /// Bytes of the index file.
    pub bytes: u64,
    /// Sorted runs spilled to temporary files (entities and full names).
    pub runs: usize,
    /// Passes over the aliases' words to fill the postings.
    pub posting_passes: usize,
}

impl Default for IndexWriter {
    fn default() -> Self {
        IndexWriter::new()
    }
}

impl IndexWriter {
    /// A writer with the default spill size, temporary files in the
    /// system's temporary directory, no progress bar.
    pub fn new() -> IndexWriter {
        IndexWriter {
            spill: DEFAULT_SPILL_BYTES,
            dir: None,
            progress: false,
            pushed: 0,
            entities: None,
        }
    }

    /// Bytes each sort buffer holds before it is spilled (default
    /// [`DEFAULT_SPILL_BYTES`]; at least 1). Peak memory is about three
    /// of these plus the vocabulary's tables. Takes effect for entities
    /// pushed after it.
    pub fn spill_bytes(&mut self, bytes: usize) -> &mut Self {
        self.spill = bytes.max(1);
        self
    }

    /// Directory for temporary files (default: `std::env::temp_dir()`).
    /// Set it before the first push.
    pub fn temp_dir(&mut self, dir: impl AsRef<Path>) -> &mut Self {
        self.dir = Some(dir.as_ref().to_path_buf());
        self
    }

    /// Draws a progress line on standard error when it is a terminal
    /// (default off).
    pub fn progress(&mut self, on: bool) -> &mut Self {
        self.progress = on;
        self
    }

    fn sorter(&mut self) -> &mut Sorter {
        let dir = self.dir.clone().unwrap_or_else(std::env::temp_dir);
        let spill = self.spill;
        self.entities
            .get_or_insert_with(|| Sorter::new(&dir, "entities", spill))
    }

    /// Adds an entity (line 0 in errors).
    pub fn push(&mut self, entity: Entity) -> Result<()> {
        self.push_at(entity, 0)
    }

    /// Adds an entity read from line `line` of a file.
    pub fn push_at(&mut self, entity: Entity, line: u64) -> Result<()> {
        entity.validate(line)?;
        let rec = encode(&entity, line);
        self.pushed += 1;
        self.sorter().push(entity.id.as_bytes(), &rec)
    }

    /// Adds every entity of a JSON Lines catalogue (the format of
    /// [`Catalog::from_jsonl_reader`](crate::Catalog::from_jsonl_reader)),
    /// refusing the first bad line with its line number and field.
    pub fn push_jsonl<R: BufRead>(&mut self, rdr: R) -> Result<()> {
        let mut bar = Progress::new(self.progress, "reading");
        read_lines(rdr, |line, res| {
            self.push_at(res?, line)?;
            bar.tick(self.pushed);
            Ok(())
        })?;
        bar.done(self.pushed);
        Ok(())
    }

    /// Sorts, builds and writes the index file to `path` atomically (a
    /// temporary file beside it, renamed over it). Temporary files are
    /// removed, also on error.
    pub fn finish(mut self, path: impl AsRef<Path>) -> Result<BuildStats> {
        let path = path.as_ref();
        let dir = self.dir.clone().unwrap_or_else(std::env::temp_dir);
        let entities = self
            .entities
            .take()
            .ok_or_else(|| Error::new(ErrorKind::EmptyCatalog))?;
        let build = Build::new(&dir, self.spill, self.progress)?;
        build.run(entities, self.pushed, path)
    }
}

/// An entity as a sort record's payload: line, name, kind, aliases.
fn encode(e: &Entity, line: u64) -> Vec<u8> {
    let mut out = Vec::with_capacity(16 + e.name.len() + 8 * e.aliases.len());
    out.extend_from_slice(&line.to_be_bytes());
    let mut s = |s: &str| {
        out.extend_from_slice(&(s.len() as u32).to_le_bytes());
        out.extend_from_slice(s.as_bytes());
    };
    s(&e.name);
    match &e.kind {
        Some(k) => {
            s("1");
            s(k);
        }
        None => s("0"),
    }
    for a in &e.aliases {
        s(a);
    }
    out
}

/// The payload back: (line, name, kind, aliases).
fn decode(mut p: &[u8]) -> (u64, Vec<&str>) {
    let line = u64::from_be_bytes(p[..8].try_into().expect("8 bytes"));
    p = &p[8..];
    let mut parts = Vec::new();
    while p.len() >= 4 {
        let n = u32::from_le_bytes(p[..4].try_into().expect("4 bytes")) as usize;
        // Written from `&str`s by `encode`.
        parts.push(std::str::from_utf8(&p[4..4 + n]).unwrap_or(""));
        p = &p[4 + n..];
    }
    (line, parts)
}

/// A string table appended to two spools (blob, end offsets).
struct StrSpool {
    blob: Spool,
    ends: Spool,
}

impl StrSpool {
    fn new(dir: &Path, what: &str) -> Result<StrSpool> {
        Ok(StrSpool {
            blob: Spool::new(dir, what)?,
            ends: Spool::new(dir, what)?,
        })
    }

    fn push(&mut self, s: &str) -> Result<()> {
        self.blob.write(s.as_bytes())?;
        let end = u32::try_from(self.blob.len()).map_err(|_| {
            Error::new(ErrorKind::TooLarge {
                what: "bytes of one string table",
                limit: u32::MAX as usize,
            })
        })?;
        self.ends.u32(end)
    }
}

/// CSR lists appended to two spools.
struct ListSpool {
    ends: Spool,
    items: Spool,
    n: u64,
}

impl ListSpool {
    fn new(dir: &Path, what: &str) -> Result<ListSpool> {
        Ok(ListSpool {
            ends: Spool::new(dir, what)?,
            items: Spool::new(dir, what)?,
            n: 0,
        })
    }

    fn push(&mut self, list: &[u32]) -> Result<()> {
        for &x in list {
            self.items.u32(x)?;
        }
        self.n += list.len() as u64;
        let end = u32::try_from(self.n).map_err(|_| {
            Error::new(ErrorKind::TooLarge {
                what: "items of one list table",
                limit: u32::MAX as usize,
            })
        })?;
        self.ends.u32(end)
    }
}

/// One section of the output file.
enum Section<'a> {
    Mem(Vec<u8>),
    File(&'a mut Spool),
    /// u32s read from a spool and mapped through a table.
    Remap(&'a mut Spool, &'a [u32]),
}

/// The state of one build.
struct Build {
    dir: PathBuf,
    spill: usize,
    progress: bool,
    ent_ids: StrSpool,
    ent_names: StrSpool,
    ent_kinds: StrSpool,
    ent_kind: Spool,
    alias_entity: Spool,
    alias_flags: Spool,
    alias_text: StrSpool,
    alias_tokens: ListSpool,
    words: WordIds,
    /// Aliases per word (by first-seen id).
    counts: Vec<u32>,
    full: Sorter,
}

impl Build {
    fn new(dir: &Path, spill: usize, progress: bool) -> Result<Build> {
        Ok(Build {
            dir: dir.to_path_buf(),
            spill,
            progress,
            ent_ids: StrSpool::new(dir, "ids")?,
            ent_names: StrSpool::new(dir, "names")?,
            ent_kinds: StrSpool::new(dir, "kinds")?,
            ent_kind: Spool::new(dir, "kind")?,
            alias_entity: Spool::new(dir, "alias-entity")?,
            alias_flags: Spool::new(dir, "alias-flags")?,
            alias_text: StrSpool::new(dir, "alias-text")?,
            alias_tokens: ListSpool::new(dir, "alias-tokens")?,
            words: WordIds::default(),
            counts: Vec::new(),
            full: Sorter::new(dir, "full-names", spill),
        })
    }

    fn run(mut self, entities: Sorter, total: u64, path: &Path) -> Result<BuildStats> {
        let mut stats = BuildStats {
            runs: entities.spilled(),
            ..BuildStats::default()
        };
        let norm = Normalizer::new();
        let mut prev: Option<(Vec<u8>, u64)> = None;
        let mut bar = Progress::new(self.progress, "indexing");
        let mut ids: Vec<u32> = Vec::new();
        entities.for_each(|id, payload| {
            let (line, parts) = decode(payload);
            if let Some((prev_id, first_line)) = &prev {
                if prev_id.as_slice() == id {
                    return Err(Error::new(ErrorKind::DuplicateId {
                        id: String::from_utf8_lossy(id).into_owned(),
                        first_line: *first_line,
                        second_line: line,
                    }));
                }
            }
            prev = Some((id.to_vec(), line));
            let id = std::str::from_utf8(id).unwrap_or("");
            let (name, kind, aliases) = match parts[1] {
                "1" => (parts[0], Some(parts[2]), &parts[3..]),
                _ => (parts[0], None, &parts[2..]),
            };
            let ent = u32::try_from(stats.entities).map_err(|_| {
                Error::new(ErrorKind::TooLarge {
                    what: "entities",
                    limit: crate::limits::MAX_ENTITIES,
                })
            })?;
            self.ent_ids.push(id)?;
            self.ent_names.push(name)?;
            self.ent_kinds.push(kind.unwrap_or(""))?;
            self.ent_kind.write(&[Kind::parse(kind) as u8])?;
            let mut seen: Vec<String> = Vec::new();
            for (k, name) in std::iter::once(&name).chain(aliases.iter()).enumerate() {
                let n = norm.normalize(name);
                if n.is_empty() || seen.contains(&n) {
                    continue;
                }
                let toks: Vec<&str> = n.split(' ').collect();
                let flags = if k == 0 { ALIAS_CANONICAL } else { 0 };
                self.add_alias(ent, stats.aliases, name, &toks, flags, &mut ids)?;
                stats.aliases += 1;
                seen.push(n);
            }
            if seen.is_empty() {
                return Err(Error::catalog(
                    line,
                    "name",
                    format!("entity {id:?} has no name that normalizes to any letter"),
                ));
            }
            stats.entities += 1;
            bar.tick_of(stats.entities, total);
            Ok(())
        })?;
        bar.done(stats.entities);
        if stats.entities == 0 {
            return Err(Error::new(ErrorKind::EmptyCatalog));
        }
        stats.words = self.words.len() as u64;
        self.finish(path, stats)
    }

    fn add_alias(
        &mut self,
        ent: u32,
        alias: u64,
        text: &str,
        tokens: &[&str],
        flags: u8,
        ids: &mut Vec<u32>,
    ) -> Result<()> {
        let alias = u32::try_from(alias).map_err(|_| {
            Error::new(ErrorKind::TooLarge {
                what: "aliases",
                limit: u32::MAX as usize,
            })
        })?;
        self.alias_entity.u32(ent)?;
        self.alias_flags.write(&[flags])?;
        self.alias_text.push(text)?;
        ids.clear();
        for t in tokens {
            let (id, new) = self.words.intern(t);
            if new {
                self.counts.push(0);
            }
            // A word twice in one alias is one posting.
            if !ids.contains(&id) {
                self.counts[id as usize] += 1;
            }
            ids.push(id);
        }
        self.alias_tokens.push(ids)?;
        let key = |prefix: &[u8], words: &str| [prefix, words.as_bytes()].concat();
        let a = alias.to_be_bytes();
        self.full.push(&key(FULL, &tokens.join(" ")), &a)?;
        if tokens.len() > 1 {
            self.full.push(&key(JOINED, &tokens.concat()), &a)?;
        }
        Ok(())
    }

    /// Words renumbered, keys merged into the fst, postings filled, file
    /// written: the same steps and order as `IndexBuilder::finish`.
    fn finish(mut self, path: &Path, mut stats: BuildStats) -> Result<BuildStats> {
        let mut bar = Progress::new(self.progress, "writing");
        let words = std::mem::take(&mut self.words);
        let order = words.skeleton_order();
        let mut remap = vec![0u32; words.len()];
        let mut tokens = StrBuf::default();
        let mut posting_ends: Vec<u32> = Vec::with_capacity(order.len());
        let mut n_postings = 0u64;
        let mut token_keys: Vec<(&str, u32)> = Vec::with_capacity(order.len());
        let mut skels: BTreeMap<String, Vec<u32>> = BTreeMap::new();
        let mut alternates = Vec::new();
        for (new, (skel, tok, old)) in order.into_iter().enumerate() {
            remap[old as usize] = new as u32;
            tokens.push(tok);
            n_postings += self.counts[old as usize] as u64;
            posting_ends.push(u32::try_from(n_postings).map_err(|_| {
                Error::new(ErrorKind::TooLarge {
                    what: "postings",
                    limit: u32::MAX as usize,
                })
            })?);
            token_keys.push((tok, new as u32));
            skels.entry(skel).or_default().push(new as u32);
            if let Some(alt) = crate::malay_latin::dutch_era_skeleton(tok) {
                alternates.push((alt, new as u32));
            }
        }
        add_alternate_skeletons(&mut skels, alternates);
        token_keys.sort_unstable();
        let (skel_tokens, dels) = skeleton_tables(&skels);
        let mut del_skels = ListsBuf::default();
        for list in dels.values() {
            del_skels.push(list);
        }
        bar.phase("fst");
        // The fst, in key order: d: < f: < j: < s: < t:.
        let mut fst_file = Spool::new(&self.dir, "fst")?;
        let mut full_aliases = ListSpool::new(&self.dir, "full-aliases")?;
        {
            let out = FstOut(&mut fst_file);
            let mut fst = MapBuilder::new(BufWriter::with_capacity(1 << 16, out))?;
            for (i, v) in dels.keys().enumerate() {
                fst.insert([DEL, v.as_slice()].concat(), i as u64)?;
            }
            drop(dels);
            stats.runs += self.full.spilled();
            let full = std::mem::replace(&mut self.full, Sorter::new(&self.dir, "unused", 1));
            let mut key: Vec<u8> = Vec::new();
            let mut list: Vec<u32> = Vec::new();
            let mut n = 0u64;
            let mut flush =
                |key: &[u8], list: &mut Vec<u32>, fst: &mut MapBuilder<_>| -> Result<()> {
                    fst.insert(key, n)?;
                    n += 1;
                    full_aliases.push(list)?;
                    list.clear();
                    Ok(())
                };
            full.for_each(|k, a| {
                if k != key.as_slice() && !list.is_empty() {
                    flush(&key, &mut list, &mut fst)?;
                }
                if k != key.as_slice() {
                    key.clear();
                    key.extend_from_slice(k);
                }
                list.push(u32::from_be_bytes(a.try_into().expect("4 bytes")));
                Ok(())
            })?;
            if !list.is_empty() {
                flush(&key, &mut list, &mut fst)?;
            }
            for (i, skel) in skels.keys().enumerate() {
                fst.insert([SKEL, skel.as_bytes()].concat(), i as u64)?;
            }
            for (tok, new) in &token_keys {
                fst.insert([TOKEN, tok.as_bytes()].concat(), *new as u64)?;
            }
            let mut w = fst.into_inner()?;
            w.flush()?;
        }
        drop(skels);
        drop(token_keys);
        bar.phase("postings");
        let postings = self.fill_postings(&remap, &posting_ends, &mut stats)?;
        bar.phase("file");
        let mut sections: Vec<Section<'_>> = Vec::new();
        sections.push(Section::File(&mut fst_file));
        for t in [&mut self.ent_ids, &mut self.ent_names, &mut self.ent_kinds] {
            sections.push(Section::File(&mut t.blob));
            sections.push(Section::File(&mut t.ends));
        }
        sections.push(Section::File(&mut self.ent_kind));
        sections.push(Section::File(&mut self.alias_entity));
        sections.push(Section::File(&mut self.alias_flags));
        sections.push(Section::File(&mut self.alias_text.blob));
        sections.push(Section::File(&mut self.alias_text.ends));
        sections.push(Section::File(&mut self.alias_tokens.ends));
        sections.push(Section::Remap(&mut self.alias_tokens.items, &remap));
        let (blob, ends) = tokens.into_parts();
        sections.push(Section::Mem(blob.into_bytes()));
        sections.push(Section::Mem(u32_bytes(&ends)));
        drop(ends);
        sections.push(Section::Mem(u32_bytes(&posting_ends)));
        let mut postings = postings;
        sections.push(Section::File(&mut postings));
        for l in [skel_tokens, del_skels] {
            let (ends, items) = l.into_parts();
            sections.push(Section::Mem(u32_bytes(&ends)));
            sections.push(Section::Mem(u32_bytes(&items)));
        }
        sections.push(Section::File(&mut full_aliases.ends));
        sections.push(Section::File(&mut full_aliases.items));
        stats.bytes = write_file(path, sections)?;
        bar.done(stats.entities);
        Ok(stats)
    }

    /// The postings, by new word id, in passes over the aliases' words:
    /// each pass fills a range of words whose postings fit the spill size.
    fn fill_postings(
        &mut self,
        remap: &[u32],
        ends: &[u32],
        stats: &mut BuildStats,
    ) -> Result<Spool> {
        let mut out = Spool::new(&self.dir, "postings")?;
        let per_pass = (self.spill / 4).max(1) as u64;
        let mut lo = 0usize;
        while lo < ends.len() {
            let base = if lo == 0 { 0 } else { ends[lo - 1] as u64 };
            // At least one word per pass.
            let mut hi = lo + 1;
            while hi < ends.len() && ends[hi] as u64 - base <= per_pass {
                hi += 1;
            }
            let mut items = vec![0u32; (ends[hi - 1] as u64 - base) as usize];
            let mut cursor: Vec<u32> = (lo..hi)
                .map(|w| {
                    if w == 0 {
                        0
                    } else {
                        (ends[w - 1] as u64 - base) as u32
                    }
                })
                .collect();
            let start = cursor.clone();
            let mut alias_ends = self.alias_tokens.ends.reader()?;
            let mut words = BufReader::new(self.alias_tokens.items.reader()?);
            let (mut done, mut alias) = (0u32, 0u32);
            while let Some(end) = read_u32(&mut alias_ends)? {
                for _ in done..end {
                    let old = read_u32(&mut words)?
                        .ok_or_else(|| Error::corrupt("temporary alias words truncated"))?;
                    let new = remap[old as usize] as usize;
                    if (lo..hi).contains(&new) {
                        let c = &mut cursor[new - lo];
                        if *c > start[new - lo] && items[*c as usize - 1] == alias {
                            continue;
                        }
                        items[*c as usize] = alias;
                        *c += 1;
                    }
                }
                done = end;
                alias += 1;
            }
            for x in items {
                out.u32(x)?;
            }
            stats.posting_passes += 1;
            lo = hi;
        }
        Ok(out)
    }
}

/// The fst builder writes into a spool.
struct FstOut<'a>(&'a mut Spool);

impl Write for FstOut<'_> {
    fn write(&mut self, b: &[u8]) -> std::io::Result<usize> {
        self.0.write(b).map_err(std::io::Error::other)?;
        Ok(b.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

fn u32_bytes(v: &[u32]) -> Vec<u8> {
    v.iter().flat_map(|x| x.to_le_bytes()).collect()
}

/// Writes the index file: header, sections as `codec::Writer` lays them
/// out (u64 length, bytes, zero padding to 4), checksum.
fn write_file(path: &Path, mut sections: Vec<Section<'_>>) -> Result<u64> {
    let mut body = 0u64;
    for s in &sections {
        let len = match s {
            Section::Mem(v) => v.len() as u64,
            Section::File(f) | Section::Remap(f, _) => f.len(),
        };
        body += 8 + len;
        body += (4 - body % 4) % 4;
    }
    let mut written = 0u64;
    crate::io::write_atomic_with(path, |f| {
        let mut out = Out {
            w: BufWriter::with_capacity(1 << 20, f),
            sum: Checksum::new(),
            n: 0,
        };
        out.put(&Writer::header(body))?;
        let mut buf = vec![0u8; 1 << 16];
        for s in sections.iter_mut() {
            match s {
                Section::Mem(v) => {
                    out.put(&(v.len() as u64).to_le_bytes())?;
                    out.put(v)?;
                }
                Section::File(f) => {
                    out.put(&f.len().to_le_bytes())?;
                    let mut r = f.reader()?;
                    loop {
                        let n = r.read(&mut buf)?;
                        if n == 0 {
                            break;
                        }
                        out.put(&buf[..n])?;
                    }
                }
                Section::Remap(f, map) => {
                    out.put(&f.len().to_le_bytes())?;
                    let mut r = f.reader()?;
                    while let Some(x) = read_u32(&mut r)? {
                        let y = map
                            .get(x as usize)
                            .copied()
                            .ok_or_else(|| Error::corrupt("temporary word id out of range"))?;
                        out.put(&y.to_le_bytes())?;
                    }
                }
            }
            let pad = (4 - (out.n - 20) % 4) % 4;
            out.put(&[0u8; 3][..pad as usize])?;
        }
        let sum = out.sum.finish();
        out.w.write_all(&sum.to_le_bytes())?;
        out.w.flush()?;
        written = out.n + 8;
        Ok(())
    })?;
    Ok(written)
}

struct Out<W: Write> {
    w: W,
    sum: Checksum,
    n: u64,
}

impl<W: Write> Out<W> {
    fn put(&mut self, b: &[u8]) -> Result<()> {
        self.w.write_all(b)?;
        self.sum.update(b);
        self.n += b.len() as u64;
        Ok(())
    }
}

/// A progress line on standard error, when asked for and a terminal.
struct Progress {
    on: bool,
    what: &'static str,
    last: Instant,
    start: Instant,
}

impl Progress {
    fn new(on: bool, what: &'static str) -> Progress {
        use std::io::IsTerminal;
        let now = Instant::now();
        Progress {
            on: on && std::io::stderr().is_terminal(),
            what,
            last: now,
            start: now,
        }
    }

    fn tick(&mut self, n: u64) {
        if self.on && n % 4096 == 0 && self.last.elapsed().as_millis() >= 200 {
            self.last = Instant::now();
            eprint!(
                "\rnamefold: {} {n} entities, {:.0} s ",
                self.what,
                self.start.elapsed().as_secs_f64()
            );
        }
    }

    fn tick_of(&mut self, n: u64, total: u64) {
        if self.on && n % 4096 == 0 && self.last.elapsed().as_millis() >= 200 {
            self.last = Instant::now();
            let done = (n as f64 / total.max(1) as f64).min(1.0);
            let bar = (done * 30.0) as usize;
            eprint!(
                "\rnamefold: {} [{}{}] {n}/{total} entities, {:.0} s ",
                self.what,
                "#".repeat(bar),
                " ".repeat(30 - bar),
                self.start.elapsed().as_secs_f64()
            );
        }
    }

    fn phase(&mut self, what: &'static str) {
        if self.on {
            eprint!(
                "\rnamefold: {what}, {:.0} s{:40}",
                self.start.elapsed().as_secs_f64(),
                ""
            );
        }
    }

    fn done(&mut self, n: u64) {
        if self.on {
            eprintln!(
                "\rnamefold: {} done, {n} entities, {:.1} s{:30}",
                self.what,
                self.start.elapsed().as_secs_f64(),
                ""
            );
        }
    }
}
