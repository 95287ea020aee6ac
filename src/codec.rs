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

/// A 64-bit checksum: four independent multiply-rotate lanes over 8-byte
/// words (so it runs at memory speed), folded together with the length.
/// Every single bit flip changes it.
pub(crate) fn checksum(data: &[u8]) -> u64 {
    let mut c = Checksum::new();
    c.update(data);
    c.finish()
}

const K: u64 = 0x9E37_79B9_7F4A_7C15;

fn mix(h: u64, w: u64) -> u64 {
    (h ^ w).wrapping_mul(K).rotate_left(29)
}

/// [`checksum`] over bytes that arrive in pieces (a file written section
/// by section): the same value as over their concatenation.
pub(crate) struct Checksum {
    lanes: [u64; 4],
    block: [u8; 32],
    filled: usize,
    len: u64,
}

impl Checksum {
    pub(crate) fn new() -> Checksum {
        Checksum {
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

    pub(crate) fn update(&mut self, mut data: &[u8]) {
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

    pub(crate) fn finish(&self) -> u64 {
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
