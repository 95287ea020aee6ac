//! Temporary files for the streaming build: append-only spools, and
//! records sorted in bounded memory (sorted runs spilled to files, then
//! merged).

use std::cmp::Reverse;
use std::collections::BinaryHeap;
use std::fs::File;
use std::io::{BufReader, BufWriter, Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

use crate::error::{Error, ErrorKind, Result};

/// A temporary file, removed when dropped.
pub(crate) struct TempFile {
    path: PathBuf,
    file: File,
}

impl TempFile {
    pub(crate) fn new(dir: &Path, what: &str) -> Result<TempFile> {
        static COUNTER: AtomicU64 = AtomicU64::new(0);
        let n = COUNTER.fetch_add(1, Ordering::Relaxed);
        let path = dir.join(format!(".namefold-{what}-{}-{n}.tmp", std::process::id()));
        let file = std::fs::OpenOptions::new()
            .read(true)
            .write(true)
            .create_new(true)
            .open(&path)?;
        Ok(TempFile { path, file })
    }

    /// A reader from the start (the file is shared, not reopened).
    pub(crate) fn reader(&self) -> Result<BufReader<&File>> {
        let mut f = &self.file;
        f.seek(SeekFrom::Start(0))?;
        Ok(BufReader::with_capacity(1 << 16, f))
    }
}

impl Drop for TempFile {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.path);
    }
}

/// Bytes appended to a temporary file.
pub(crate) struct Spool {
    file: TempFile,
    out: Option<BufWriter<File>>,
    len: u64,
}

impl Spool {
    pub(crate) fn new(dir: &Path, what: &str) -> Result<Spool> {
        let file = TempFile::new(dir, what)?;
        let out = BufWriter::with_capacity(1 << 16, file.file.try_clone()?);
        Ok(Spool {
            file,
            out: Some(out),
            len: 0,
        })
    }

    pub(crate) fn write(&mut self, b: &[u8]) -> Result<()> {
        self.len += b.len() as u64;
        self.out
            .as_mut()
            .expect("spool written after reading")
            .write_all(b)?;
        Ok(())
    }

    pub(crate) fn u32(&mut self, x: u32) -> Result<()> {
        self.write(&x.to_le_bytes())
    }

    pub(crate) fn len(&self) -> u64 {
        self.len
    }

    /// Flushes and reads the spool from its start.
    pub(crate) fn reader(&mut self) -> Result<BufReader<&File>> {
        if let Some(mut out) = self.out.take() {
            out.flush()?;
        }
        self.file.reader()
    }
}

/// Reads one little-endian `u32`, or `None` at the end.
pub(crate) fn read_u32(r: &mut impl Read) -> Result<Option<u32>> {
    let mut b = [0u8; 4];
    match r.read_exact(&mut b) {
        Ok(()) => Ok(Some(u32::from_le_bytes(b))),
        Err(e) if e.kind() == std::io::ErrorKind::UnexpectedEof => Ok(None),
        Err(e) => Err(e.into()),
    }
}

/// Records of a sort key and a payload, sorted by (key, payload) bytes in
/// memory up to `limit` bytes, then spilled as sorted runs and merged.
pub(crate) struct Sorter {
    dir: PathBuf,
    what: &'static str,
    limit: usize,
    arena: Vec<u8>,
    /// (start in the arena, key length, payload length)
    recs: Vec<(usize, u32, u32)>,
    runs: Vec<TempFile>,
}

/// Bookkeeping bytes counted per record on top of its bytes.
const PER_RECORD: usize = 24;

impl Sorter {
    pub(crate) fn new(dir: &Path, what: &'static str, limit: usize) -> Sorter {
        Sorter {
            dir: dir.to_path_buf(),
            what,
            limit: limit.max(1),
            arena: Vec::new(),
            recs: Vec::new(),
            runs: Vec::new(),
        }
    }

    pub(crate) fn push(&mut self, key: &[u8], payload: &[u8]) -> Result<()> {
        let too_long = |_| {
            Error::new(ErrorKind::TooLarge {
                what: "a sorted record",
                limit: u32::MAX as usize,
            })
        };
        let k = u32::try_from(key.len()).map_err(too_long)?;
        let p = u32::try_from(payload.len()).map_err(too_long)?;
        self.recs.push((self.arena.len(), k, p));
        self.arena.extend_from_slice(key);
        self.arena.extend_from_slice(payload);
        if self.arena.len() + PER_RECORD * self.recs.len() >= self.limit {
            self.spill()?;
        }
        Ok(())
    }

    fn sort(&mut self) {
        let arena = &self.arena;
        let part = |&(s, k, p): &(usize, u32, u32)| {
            let (k, p) = (k as usize, p as usize);
            (&arena[s..s + k], &arena[s + k..s + k + p])
        };
        self.recs.sort_unstable_by(|a, b| part(a).cmp(&part(b)));
    }

    fn spill(&mut self) -> Result<()> {
        self.sort();
        let run = TempFile::new(&self.dir, self.what)?;
        let mut w = BufWriter::with_capacity(1 << 16, &run.file);
        for &(s, k, p) in &self.recs {
            w.write_all(&k.to_le_bytes())?;
            w.write_all(&p.to_le_bytes())?;
            w.write_all(&self.arena[s..s + k as usize + p as usize])?;
        }
        w.flush()?;
        drop(w);
        self.runs.push(run);
        self.arena.clear();
        self.recs.clear();
        Ok(())
    }

    /// Number of runs spilled to files so far.
    pub(crate) fn spilled(&self) -> usize {
        self.runs.len()
    }

    /// Calls `f` with every record in (key, payload) order.
    pub(crate) fn for_each(mut self, mut f: impl FnMut(&[u8], &[u8]) -> Result<()>) -> Result<()> {
        if self.runs.is_empty() {
            self.sort();
            for &(s, k, p) in &self.recs {
                let (k, p) = (k as usize, p as usize);
                f(&self.arena[s..s + k], &self.arena[s + k..s + k + p])?;
            }
            return Ok(());
        }
        if !self.recs.is_empty() {
            self.spill()?;
        }
        self.arena = Vec::new();
        self.recs = Vec::new();
        let mut readers = Vec::with_capacity(self.runs.len());
        for run in &self.runs {
            readers.push(run.reader()?);
        }
        let next = |r: &mut BufReader<&File>| -> Result<Option<(Vec<u8>, Vec<u8>)>> {
            let Some(k) = read_u32(r)? else {
                return Ok(None);
            };
            let p = read_u32(r)?.ok_or_else(|| Error::corrupt("temporary run truncated"))?;
            let mut key = vec![0; k as usize];
            let mut payload = vec![0; p as usize];
            r.read_exact(&mut key)?;
            r.read_exact(&mut payload)?;
            Ok(Some((key, payload)))
        };
        let mut heap = BinaryHeap::with_capacity(readers.len());
        for (i, r) in readers.iter_mut().enumerate() {
            if let Some((k, p)) = next(r)? {
                heap.push(Reverse((k, p, i)));
            }
        }
        while let Some(Reverse((k, p, i))) = heap.pop() {
            f(&k, &p)?;
            if let Some((k, p)) = next(&mut readers[i])? {
                heap.push(Reverse((k, p, i)));
            }
        }
        Ok(())
    }
}
