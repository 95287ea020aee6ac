//! Flat tables: growable buffers for building, and read-only views over
//! the bytes of a saved index for querying.
//!
//! A loaded index is one shared byte buffer; every table is a range of it,
//! read in place (`u32` little endian, unaligned reads), so loading does
//! not copy or allocate per entity. Views are only made from ranges the
//! loader has checked (offsets in order and in bounds, items in range,
//! strings valid UTF-8 on char boundaries).

use std::fmt;
use std::ops::Range;
use std::sync::{Arc, OnceLock};

use crate::codec::Writer;
use crate::error::{Error, Result};

/// The shared bytes of an index file: a `Vec`, or anything the caller
/// owns (a memory map).
pub(crate) type Shared = Arc<dyn AsRef<[u8]> + Send + Sync>;

/// A shared range of the index file.
#[derive(Clone)]
pub(crate) struct Bytes {
    data: Shared,
    range: Range<usize>,
}

impl Bytes {
    pub(crate) fn new(data: Shared) -> Bytes {
        let range = 0..(*data).as_ref().len();
        Bytes { data, range }
    }

    /// A sub-range; `range` is relative to the whole file and checked by
    /// the reader that produced it.
    pub(crate) fn sub(&self, range: Range<usize>) -> Bytes {
        Bytes {
            data: Arc::clone(&self.data),
            range,
        }
    }
}

impl AsRef<[u8]> for Bytes {
    fn as_ref(&self) -> &[u8] {
        &(*self.data).as_ref()[self.range.clone()]
    }
}

impl fmt::Debug for Bytes {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Bytes({} bytes)", self.range.len())
    }
}

/// A borrowed run of little-endian `u32`s.
#[derive(Clone, Copy, Debug)]
pub(crate) struct U32Slice<'a>(&'a [u8]);

impl<'a> U32Slice<'a> {
    pub(crate) fn len(&self) -> usize {
        self.0.len() / 4
    }

    pub(crate) fn is_empty(&self) -> bool {
        self.0.len() < 4
    }

    /// Item `i`, or 0 past the end (a table from a file that was not
    /// verified may hold any offsets; reading never panics).
    pub(crate) fn get(&self, i: usize) -> u32 {
        match i.checked_mul(4).and_then(|s| self.0.get(s..s + 4)) {
            Some(b) => u32::from_le_bytes([b[0], b[1], b[2], b[3]]),
            None => 0,
        }
    }

    pub(crate) fn iter(&self) -> impl Iterator<Item = u32> + 'a {
        self.0
            .chunks_exact(4)
            .map(|b| u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
    }

    /// Items `r`, or none when `r` is not a range of items.
    fn slice(&self, r: Range<usize>) -> U32Slice<'a> {
        let bytes = r
            .start
            .checked_mul(4)
            .zip(r.end.checked_mul(4))
            .and_then(|(s, e)| self.0.get(s..e));
        U32Slice(bytes.unwrap_or(&[]))
    }

    /// The first index whose item fails `pred` (items are sorted by it).
    pub(crate) fn partition_point(&self, pred: impl Fn(u32) -> bool) -> usize {
        let (mut lo, mut hi) = (0, self.len());
        while lo < hi {
            let mid = (lo + hi) / 2;
            if pred(self.get(mid)) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        lo
    }
}

/// An owned run of `u32`s inside the file.
#[derive(Clone, Debug)]
pub(crate) struct U32Table(Bytes);

impl U32Table {
    pub(crate) fn new(bytes: Bytes) -> Result<U32Table> {
        if bytes.as_ref().len() % 4 != 0 {
            return Err(Error::corrupt(
                "a u32 section's length is not a multiple of 4",
            ));
        }
        Ok(U32Table(bytes))
    }

    pub(crate) fn view(&self) -> U32Slice<'_> {
        U32Slice(self.0.as_ref())
    }

    pub(crate) fn len(&self) -> usize {
        self.view().len()
    }

    pub(crate) fn get(&self, i: usize) -> u32 {
        self.view().get(i)
    }

    /// Checks every item is `< bound`.
    pub(crate) fn check_bound(&self, bound: usize, what: &str) -> Result<()> {
        if self.view().iter().any(|x| x as usize >= bound) {
            return Err(Error::corrupt(format!("{what} out of range")));
        }
        Ok(())
    }
}

/// Checks CSR end offsets: non-decreasing and at most `len`.
fn check_ends(ends: &U32Table, len: usize, what: &str) -> Result<()> {
    let mut prev = 0u32;
    for e in ends.view().iter() {
        if e < prev || e as usize > len {
            return Err(Error::corrupt(format!("{what}: offsets out of order")));
        }
        prev = e;
    }
    Ok(())
}

fn span(ends: U32Slice<'_>, i: usize) -> Range<usize> {
    let start = if i == 0 { 0 } else { ends.get(i - 1) as usize };
    start..ends.get(i) as usize
}

/// Strings in one blob with end offsets.
#[derive(Clone, Debug)]
pub(crate) struct StrTable {
    blob: Bytes,
    ends: U32Table,
    /// For a table read on every query ([`Self::cached`]): the blob as
    /// text once it was found to be UTF-8 (`None` inside when it is not).
    text: Option<OnceLock<Option<Text>>>,
}

/// A [`StrTable::cached`] table's blob as text and its end offsets, read
/// from the file once.
#[derive(Clone, Debug)]
struct Text {
    text: Box<str>,
    ends: Box<[u32]>,
}

impl StrTable {
    /// A view, unchecked: [`Self::get`] never panics whatever the bytes.
    pub(crate) fn new(blob: Bytes, ends: U32Table) -> StrTable {
        StrTable {
            blob,
            ends,
            text: None,
        }
    }

    /// [`Self::new`] for a small table read on every query (the
    /// catalogue's words): its first [`Self::get`] checks the whole blob
    /// is UTF-8 once and keeps a copy of it as text, and of the end
    /// offsets as numbers, so that a string is then a slice of that text
    /// (two char-boundary tests) instead of being checked again at every
    /// read, between offsets read from memory instead of decoded from the
    /// file's bytes. Loading does no more work.
    pub(crate) fn cached(blob: Bytes, ends: U32Table) -> StrTable {
        StrTable {
            text: Some(OnceLock::new()),
            ..StrTable::new(blob, ends)
        }
    }

    /// Checks UTF-8, order of offsets and char boundaries.
    pub(crate) fn check(&self, what: &str) -> Result<()> {
        let text = std::str::from_utf8(self.blob.as_ref())
            .map_err(|_| Error::corrupt(format!("{what}: not UTF-8")))?;
        check_ends(&self.ends, text.len(), what)?;
        if self
            .ends
            .view()
            .iter()
            .any(|e| !text.is_char_boundary(e as usize))
        {
            return Err(Error::corrupt(format!("{what}: offset inside a character")));
        }
        Ok(())
    }

    /// String `i`; empty when its offsets or bytes are not a string (only
    /// in a file that was not verified).
    pub(crate) fn get(&self, i: usize) -> &str {
        let text = self.text.as_ref().and_then(|t| {
            t.get_or_init(|| {
                let text = std::str::from_utf8(self.blob.as_ref()).ok()?;
                Some(Text {
                    text: Box::from(text),
                    ends: self.ends.view().iter().collect(),
                })
            })
            .as_ref()
        });
        if let Some(Text { text, ends }) = text {
            // The offsets as `span` reads them (0 past the end). A slice
            // of valid UTF-8 is valid exactly when both its ends are char
            // boundaries: the same answer as checking its bytes.
            let end = |i: usize| ends.get(i).copied().unwrap_or(0) as usize;
            let start = if i == 0 { 0 } else { end(i - 1) };
            return text.get(start..end(i)).unwrap_or("");
        }
        let range = span(self.ends.view(), i);
        let bytes = self.blob.as_ref().get(range);
        bytes
            .and_then(|b| std::str::from_utf8(b).ok())
            .unwrap_or("")
    }

    pub(crate) fn len(&self) -> usize {
        self.ends.len()
    }
}

/// Lists of `u32` in CSR form.
#[derive(Clone, Debug)]
pub(crate) struct Lists {
    ends: U32Table,
    items: U32Table,
}

impl Lists {
    /// A view, unchecked: [`Self::get`] never panics whatever the bytes.
    pub(crate) fn new(ends: U32Table, items: U32Table) -> Lists {
        Lists { ends, items }
    }

    /// Checks offsets and that every item is `< bound`.
    pub(crate) fn check(&self, bound: usize, what: &str) -> Result<()> {
        check_ends(&self.ends, self.items.len(), what)?;
        self.items.check_bound(bound, what)
    }

    pub(crate) fn get(&self, i: usize) -> U32Slice<'_> {
        self.items.view().slice(span(self.ends.view(), i))
    }

    /// The list at `i`, or an empty one when `i` is out of range (values
    /// read from the fst are not trusted to be in range).
    pub(crate) fn get_or_empty(&self, i: usize) -> U32Slice<'_> {
        if i < self.len() {
            self.get(i)
        } else {
            U32Slice(&[])
        }
    }

    pub(crate) fn len(&self) -> usize {
        self.ends.len()
    }

    /// Checks every list is strictly increasing.
    pub(crate) fn check_increasing(&self, what: &str) -> Result<()> {
        for i in 0..self.len() {
            let l = self.get(i);
            if l.iter().zip(l.iter().skip(1)).any(|(a, b)| a >= b) {
                return Err(Error::corrupt(format!(
                    "{what}: list {i} not in increasing order"
                )));
            }
        }
        Ok(())
    }
}

/// A growable string table for building.
#[derive(Default)]
pub(crate) struct StrBuf {
    blob: String,
    ends: Vec<u32>,
}

impl StrBuf {
    pub(crate) fn push(&mut self, s: &str) {
        self.blob.push_str(s);
        self.ends.push(self.blob.len() as u32);
    }

    pub(crate) fn len(&self) -> usize {
        self.ends.len()
    }

    pub(crate) fn write(&self, w: &mut Writer) {
        w.bytes(self.blob.as_bytes());
        w.u32s(&self.ends);
    }

    /// The blob and the end offsets.
    pub(crate) fn into_parts(self) -> (String, Vec<u32>) {
        (self.blob, self.ends)
    }
}

/// Growable CSR lists for building.
#[derive(Default)]
pub(crate) struct ListsBuf {
    ends: Vec<u32>,
    items: Vec<u32>,
}

impl ListsBuf {
    pub(crate) fn push(&mut self, list: &[u32]) {
        self.items.extend_from_slice(list);
        self.ends.push(self.items.len() as u32);
    }

    pub(crate) fn get(&self, i: usize) -> &[u32] {
        let start = if i == 0 { 0 } else { self.ends[i - 1] as usize };
        &self.items[start..self.ends[i] as usize]
    }

    pub(crate) fn len(&self) -> usize {
        self.ends.len()
    }

    pub(crate) fn write(&self, w: &mut Writer) {
        w.u32s(&self.ends);
        w.u32s(&self.items);
    }

    /// The end offsets and the items.
    pub(crate) fn into_parts(self) -> (Vec<u32>, Vec<u32>) {
        (self.ends, self.items)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bytes(b: &[u8]) -> Bytes {
        Bytes::new(Arc::new(b.to_vec()))
    }

    fn ends(e: &[u32]) -> U32Table {
        let le: Vec<u8> = e.iter().flat_map(|x| x.to_le_bytes()).collect();
        U32Table::new(bytes(&le)).unwrap()
    }

    /// A cached table reads the same strings as a plain one, for every
    /// index (past the end too), whatever the offsets: in order or not,
    /// inside a character, past the blob.
    #[test]
    fn cached_reads_what_plain_reads() {
        let blob = "kaéжx日b".as_bytes();
        let offsets: [&[u32]; 5] = [
            &[2, 4, 6, 7, 10, 11],
            &[3, 4, 11],
            &[5, 2, 11, 40],
            &[],
            &[0, 0, 11],
        ];
        let mut read = 0;
        for e in offsets {
            let plain = StrTable::new(bytes(blob), ends(e));
            let cached = StrTable::cached(bytes(blob), ends(e));
            for i in 0..e.len() + 3 {
                assert_eq!(cached.get(i), plain.get(i), "{e:?} {i}");
                read += plain.get(i).len();
            }
        }
        assert!(read > 10, "{read}");
        // Not UTF-8: both read per string.
        let bad = [b'a', 0xff, b'b'];
        let plain = StrTable::new(bytes(&bad), ends(&[1, 2, 3]));
        let cached = StrTable::cached(bytes(&bad), ends(&[1, 2, 3]));
        for i in 0..5 {
            assert_eq!(cached.get(i), plain.get(i), "{i}");
        }
        assert_eq!(cached.get(2), "b");
    }
}
