//! The saved-index container: magic, format version, length-prefixed
//! sections and a checksum, decoded with bounds checks everywhere.
//!
//! Layout (little endian): `NAMEFOLD` magic (8 bytes), version (u32),
//! body length (u64), body, checksum of magic+version+length+body (u64).
//! Each body section is a u64 byte length followed by the bytes, padded to
//! a multiple of 4.

use std::ops::Range;

use crate::error::{Error, ErrorKind, Result};

pub(crate) const MAGIC: &[u8; 8] = b"NAMEFOLD";
/// The format version. Raised whenever the keys an index holds would be
/// spelled differently (the normalizer changed) or its tables read
/// differently, so an index saved by another namefold is refused, not
/// misread. 4: ISO 9 `â`/`ê` read as я/є; tokens numbered by skeleton.
/// 5: `FAMILY, Given` read as `Given FAMILY`.
/// 6: with 5, Arabic, Hebrew, kana, Hangul, Han, Indic and Thai romanised
/// by `translit` (vowel slots `'`), Arabic name compounds read as one
/// structure, and `'` counted as a vowel in skeleton keys.
/// 7: with 6, Arabic compounds folded until nothing changes.
/// 8: with 7, ʿAbd Allāh with its final i read as `abdul lah` (Somali
/// `Cabdilaahi`, `Abdullahi`), and a word with the old Malay syllable-final
/// `ch` also filed under the skeleton of its `kh` reading; Khmer, Syriac,
/// Cherokee and Chakma romanised by `translit`, and Myanmar's rhymes spelled
/// as BGN/PCGN does.
pub(crate) const VERSION: u32 = 8;
const HEADER: usize = 8 + 4 + 8;

/// A 64-bit checksum of a file: the file cut into [`CHUNK`]-byte chunks
/// (the last one shorter), each chunk's digest by four independent
/// multiply-rotate lanes over 8-byte words (so it runs at memory speed),
/// and the chunks' digests in order digested the same way, folded with the
/// length. Every single bit flip changes it. The chunks make it parallel:
/// a file of [`PARALLEL_FROM`] bytes or more is checked by up to
/// [`MAX_THREADS`] scoped threads (fewer when the machine has fewer cores,
/// none when a thread cannot be started), with the same value as one
/// thread's.
pub(crate) fn checksum(data: &[u8]) -> u64 {
    let threads = if data.len() >= PARALLEL_FROM {
        std::thread::available_parallelism().map_or(1, |n| n.get().min(MAX_THREADS))
    } else {
        1
    };
    checksum_with_threads(data, threads)
}

/// Bytes per chunk of [`checksum`].
pub(crate) const CHUNK: usize = 4 << 20;
/// The size from which [`checksum`] uses more than one thread.
pub(crate) const PARALLEL_FROM: usize = 32 << 20;
/// The most threads [`checksum`] uses.
pub(crate) const MAX_THREADS: usize = 4;

/// [`checksum`] with the chunk digests computed by `threads` threads (the
/// calling one among them).
pub(crate) fn checksum_with_threads(data: &[u8], threads: usize) -> u64 {
    if threads <= 1 || data.len() <= CHUNK {
        let mut c = Checksum::new();
        c.update(data);
        return c.finish();
    }
    let chunks: Vec<&[u8]> = data.chunks(CHUNK).collect();
    let per = chunks.len().div_ceil(threads);
    let digests: Vec<u64> = std::thread::scope(|s| {
        let mut parts = chunks.chunks(per);
        let own = parts.next().unwrap_or_default();
        let handles: Vec<_> = parts
            .map(|part| {
                let thread =
                    std::thread::Builder::new().spawn_scoped(s, move || digest_chunks(part));
                (part, thread)
            })
            .collect();
        let mut out = digest_chunks(own);
        for (part, thread) in handles {
            // A thread that could not be started (or failed) leaves its
            // part to this one.
            match thread.map(|t| t.join()) {
                Ok(Ok(d)) => out.extend(d),
                _ => out.extend(digest_chunks(part)),
            }
        }
        out
    });
    let mut outer = Lanes::new();
    for d in digests {
        outer.update(&d.to_le_bytes());
    }
    mix(outer.finish(), data.len() as u64)
}

fn digest_chunks(chunks: &[&[u8]]) -> Vec<u64> {
    chunks
        .iter()
        .map(|c| {
            let mut l = Lanes::new();
            l.update(c);
            l.finish()
        })
        .collect()
}

const K: u64 = 0x9E37_79B9_7F4A_7C15;

fn mix(h: u64, w: u64) -> u64 {
    (h ^ w).wrapping_mul(K).rotate_left(29)
}

/// [`checksum`] over bytes that arrive in pieces (a file written section
/// by section): the same value as over their concatenation.
pub(crate) struct Checksum {
    chunk: Lanes,
    in_chunk: usize,
    outer: Lanes,
    len: u64,
}

impl Checksum {
    pub(crate) fn new() -> Checksum {
        Checksum {
            chunk: Lanes::new(),
            in_chunk: 0,
            outer: Lanes::new(),
            len: 0,
        }
    }

    pub(crate) fn update(&mut self, mut data: &[u8]) {
        self.len += data.len() as u64;
        while !data.is_empty() {
            let take = (CHUNK - self.in_chunk).min(data.len());
            self.chunk.update(&data[..take]);
            self.in_chunk += take;
            data = &data[take..];
            if self.in_chunk == CHUNK {
                self.outer.update(&self.chunk.finish().to_le_bytes());
                self.chunk = Lanes::new();
                self.in_chunk = 0;
            }
        }
    }

    pub(crate) fn finish(&self) -> u64 {
        let mut outer = self.outer.clone();
        // The last, shorter chunk (or the one empty chunk of no bytes).
        if self.in_chunk > 0 || self.len == 0 {
            outer.update(&self.chunk.finish().to_le_bytes());
        }
        mix(outer.finish(), self.len)
    }
}

/// The four lanes over bytes that arrive in pieces.
#[derive(Clone)]
struct Lanes {
    lanes: [u64; 4],
    block: [u8; 32],
    filled: usize,
    len: u64,
}

impl Lanes {
    fn new() -> Lanes {
        Lanes {
            lanes: [
                0x243F_6A88_85A3_08D3,
                0x1319_8A2E_0370_7344,
                0xA409_3822_299F_31D0,
                0x082E_FA98_EC4E_6C89,
            ],
            block: [0; 32],
            filled: 0,
            len: 0,
        }
    }

    fn eat(lanes: &mut [u64; 4], b: &[u8]) {
        let word = |c: &[u8]| u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]);
        for (l, lane) in lanes.iter_mut().enumerate() {
            *lane = mix(*lane, word(&b[8 * l..8 * l + 8]));
        }
    }

    fn update(&mut self, mut data: &[u8]) {
        self.len += data.len() as u64;
        if self.filled > 0 {
            let take = (32 - self.filled).min(data.len());
            self.block[self.filled..self.filled + take].copy_from_slice(&data[..take]);
            self.filled += take;
            data = &data[take..];
            if self.filled < 32 {
                return;
            }
            let block = self.block;
            Self::eat(&mut self.lanes, &block);
            self.filled = 0;
        }
        let mut blocks = data.chunks_exact(32);
        for b in &mut blocks {
            Self::eat(&mut self.lanes, b);
        }
        let rest = blocks.remainder();
        self.block[..rest.len()].copy_from_slice(rest);
        self.filled = rest.len();
    }

    fn finish(&self) -> u64 {
        let mut h = self.len.wrapping_mul(K);
        for lane in self.lanes {
            h = mix(h, lane);
        }
        for &b in &self.block[..self.filled] {
            h = mix(h, b as u64);
        }
        h ^ (h >> 32)
    }
}

/// Writes sections into a body.
#[derive(Default)]
pub(crate) struct Writer {
    body: Vec<u8>,
}

impl Writer {
    pub(crate) fn bytes(&mut self, b: &[u8]) {
        self.body.extend_from_slice(&(b.len() as u64).to_le_bytes());
        self.body.extend_from_slice(b);
        while self.body.len() % 4 != 0 {
            self.body.push(0);
        }
    }

    pub(crate) fn u32s(&mut self, v: &[u32]) {
        self.body
            .extend_from_slice(&((v.len() * 4) as u64).to_le_bytes());
        self.body.reserve(v.len() * 4);
        for x in v {
            self.body.extend_from_slice(&x.to_le_bytes());
        }
    }

    /// The bytes of a file header for a body of `len` bytes.
    pub(crate) fn header(len: u64) -> Vec<u8> {
        let mut out = Vec::with_capacity(HEADER);
        out.extend_from_slice(MAGIC);
        out.extend_from_slice(&VERSION.to_le_bytes());
        out.extend_from_slice(&len.to_le_bytes());
        out
    }

    /// The complete file: header, body, checksum.
    pub(crate) fn into_file(self) -> Vec<u8> {
        let mut out = Vec::with_capacity(HEADER + self.body.len() + 8);
        out.extend_from_slice(MAGIC);
        out.extend_from_slice(&VERSION.to_le_bytes());
        out.extend_from_slice(&(self.body.len() as u64).to_le_bytes());
        out.extend_from_slice(&self.body);
        let sum = checksum(&out);
        out.extend_from_slice(&sum.to_le_bytes());
        out
    }
}

/// Reads section ranges (in file coordinates) from a verified file.
pub(crate) struct Reader<'a> {
    file: &'a [u8],
    pos: usize,
    end: usize,
}

impl<'a> Reader<'a> {
    /// Checks magic, version, length and checksum of a whole file.
    pub(crate) fn open(file: &'a [u8]) -> Result<Reader<'a>> {
        if file.len() < 8 || &file[..8] != MAGIC {
            return Err(Error::corrupt("not a namefold index (bad magic number)"));
        }
        if file.len() < HEADER + 8 {
            return Err(Error::corrupt(format!("truncated: {} bytes", file.len())));
        }
        let version = u32::from_le_bytes([file[8], file[9], file[10], file[11]]);
        if version != VERSION {
            return Err(Error::new(ErrorKind::IndexVersion {
                expected: VERSION,
                found: version,
            }));
        }
        let len = u64::from_le_bytes(file[12..20].try_into().expect("8 bytes"));
        let expected = (HEADER as u64)
            .checked_add(len)
            .and_then(|n| n.checked_add(8));
        if expected != Some(file.len() as u64) {
            return Err(Error::corrupt(format!(
                "truncated or padded: {} bytes, header says {}",
                file.len(),
                expected.map_or("too many".to_string(), |n| n.to_string())
            )));
        }
        let (data, sum) = file.split_at(file.len() - 8);
        let sum = u64::from_le_bytes(sum.try_into().expect("8 bytes"));
        if checksum(data) != sum {
            return Err(Error::corrupt("checksum mismatch"));
        }
        Ok(Reader {
            file,
            pos: HEADER,
            end: data.len(),
        })
    }

    /// The next section's byte range in the file.
    pub(crate) fn bytes(&mut self) -> Result<Range<usize>> {
        let at = self.pos;
        let len = self.take(8)?;
        let len = u64::from_le_bytes(self.file[len].try_into().expect("8 bytes"));
        let len = usize::try_from(len)
            .map_err(|_| Error::corrupt(format!("section at {at} too long")))?;
        let data = self.take(len)?;
        let pad = (4 - (self.pos - HEADER) % 4) % 4;
        self.take(pad)?;
        Ok(data)
    }

    fn take(&mut self, n: usize) -> Result<Range<usize>> {
        let end = self.pos.checked_add(n).filter(|&e| e <= self.end);
        let end = end.ok_or_else(|| {
            Error::corrupt(format!("section at byte {} runs past the end", self.pos))
        })?;
        let out = self.pos..end;
        self.pos = end;
        Ok(out)
    }

    pub(crate) fn finish(&self) -> Result<()> {
        if self.pos != self.end {
            return Err(Error::corrupt("trailing bytes after the last section"));
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bytes(n: usize) -> Vec<u8> {
        let mut x = 0x1234_5678_9abc_def0u64;
        (0..n)
            .map(|_| {
                x ^= x << 13;
                x ^= x >> 7;
                x ^= x << 17;
                x as u8
            })
            .collect()
    }

    /// One thread, several, and pieces of any size give one value, over
    /// files of no chunk, one, several and a last shorter one.
    #[test]
    fn checksum_is_the_same_by_threads_and_pieces() {
        let data = bytes(3 * CHUNK + 12_345);
        for n in [
            0,
            1,
            31,
            32,
            CHUNK - 1,
            CHUNK,
            CHUNK + 1,
            2 * CHUNK,
            data.len(),
        ] {
            let d = &data[..n];
            let one = checksum_with_threads(d, 1);
            for threads in [2, 3, 4, 7] {
                assert_eq!(
                    checksum_with_threads(d, threads),
                    one,
                    "{n} bytes, {threads}"
                );
            }
            assert_eq!(checksum(d), one, "{n}");
            for piece in [1usize, 7, 4096, CHUNK + 3] {
                let mut c = Checksum::new();
                for p in d.chunks(piece) {
                    c.update(p);
                }
                assert_eq!(c.finish(), one, "{n} bytes in pieces of {piece}");
            }
        }
    }

    /// A flipped bit in any chunk, a byte more or less, chunks swapped:
    /// each changes the checksum.
    #[test]
    fn checksum_sees_flips_lengths_and_order() {
        let data = bytes(2 * CHUNK + 100);
        let base = checksum_with_threads(&data, 2);
        for at in [0, 5, CHUNK - 1, CHUNK, 2 * CHUNK + 99] {
            let mut d = data.clone();
            d[at] ^= 0x10;
            assert_ne!(checksum_with_threads(&d, 2), base, "{at}");
        }
        assert_ne!(checksum_with_threads(&data[..data.len() - 1], 2), base);
        let mut swapped = data[CHUNK..2 * CHUNK].to_vec();
        swapped.extend_from_slice(&data[..CHUNK]);
        swapped.extend_from_slice(&data[2 * CHUNK..]);
        assert_ne!(checksum_with_threads(&swapped, 2), base);
        assert_ne!(checksum(&[]), checksum(&[0]));
    }
}
