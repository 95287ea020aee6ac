//! A structural check of fst bytes, for indexes from untrusted places.
//!
//! `fst::Map::new` and `Fst::verify` check the header and the CRC only;
//! the nodes are decoded lazily, and a node whose sizes or addresses are
//! forged makes the `fst` crate index out of bounds (a panic) when a
//! search reaches it. This module decodes every node of the file the way
//! fst 0.4 does (format version 3), with checked arithmetic, and accepts
//! the bytes only if:
//!
//! - the nodes tile the node area exactly (from the root backwards to the
//!   16-byte header), and each one's reads stay inside it;
//! - every packed integer is 1 to 8 bytes wide;
//! - every transition leads to the empty final node or to the start of
//!   another node at a lower address (so the graph has no cycle);
//! - the longest key is at most `max_key_bytes` bytes;
//! - under the root, each two-byte key prefix is one the caller allows,
//!   and the largest output sum on any path below it (final or not) is
//!   below that prefix's bound: every value a lookup can return, and
//!   every partial sum a walk adds up, is in range (no overflow either).
//!
//! Once these hold, every `fst::raw::Node` the resolver can reach decodes
//! inside the bytes. Work and memory are linear in the fst's size: two
//! passes over its nodes, about 10 bytes per node plus 3 bits per byte.

use fst::raw::Fst;

use crate::error::{Error, Result};

const HEADER: usize = 16;
/// Bytes after the last node: key count, root address, CRC.
const TRAILER: usize = 8 + 8 + 4;

fn bad(what: impl std::fmt::Display) -> Error {
    Error::corrupt(format!("fst structure: {what}"))
}

/// One decoded node: where its bytes start, how its transitions are
/// packed. Only what the checks need.
struct Shape {
    /// First byte of the node (the node's address is its last byte).
    end: usize,
    ntrans: usize,
    /// Width of a packed address delta (0 for "next node" transitions).
    tsize: usize,
    /// Where transition `i`'s address delta starts: `deltas - i * tsize`.
    deltas: usize,
    next_node: bool,
}

fn sub(a: usize, b: usize, addr: usize) -> Result<usize> {
    a.checked_sub(b)
        .ok_or_else(|| bad(format!("node at {addr} runs before the start")))
}

fn uint(data: &[u8], at: usize, n: usize) -> u64 {
    data[at..at + n]
        .iter()
        .enumerate()
        .fold(0u64, |v, (i, &b)| v | (b as u64) << (8 * i))
}

/// Decodes the node whose last byte is `addr` (> 0, inside `data`).
fn shape(data: &[u8], addr: usize) -> Result<Shape> {
    let v = data[addr];
    let width = |n: usize, what: &str| -> Result<usize> {
        if (1..=8).contains(&n) {
            Ok(n)
        } else {
            Err(bad(format!("node at {addr}: {what} width {n}")))
        }
    };
    match v >> 6 {
        // One transition to the node written just before.
        0b11 => {
            let input_len = usize::from(v & 0x3F == 0);
            let end = sub(addr, input_len, addr)?;
            if end == 0 {
                return Err(bad(format!("node at {addr} runs before the start")));
            }
            Ok(Shape {
                end,
                ntrans: 1,
                tsize: 0,
                deltas: 0,
                next_node: true,
            })
        }
        // One transition with an output.
        0b10 => {
            let input_len = usize::from(v & 0x3F == 0);
            let sizes_at = sub(addr, input_len + 1, addr)?;
            let sizes = data[sizes_at] as usize;
            let (tsize, osize) = (sizes >> 4, sizes & 0x0F);
            let tsize = width(tsize, "address")?;
            if osize != 0 {
                width(osize, "output")?;
            }
            let end = sub(sizes_at, tsize + osize, addr)?;
            Ok(Shape {
                end,
                ntrans: 1,
                tsize,
                deltas: sizes_at - tsize,
                next_node: false,
            })
        }
        // Any number of transitions (0 to 256), maybe final.
        _ => {
            let is_final = v & 0x40 != 0;
            let small = (v & 0x3F) as usize;
            let (ntrans_len, ntrans) = if small != 0 {
                (0, small)
            } else {
                let n = data[sub(addr, 1, addr)?] as usize;
                (1, if n == 1 { 256 } else { n })
            };
            let sizes_at = sub(addr, ntrans_len + 1, addr)?;
            let sizes = data[sizes_at] as usize;
            let (tsize, osize) = (sizes >> 4, sizes & 0x0F);
            if ntrans > 0 {
                width(tsize, "address")?;
            }
            if osize != 0 {
                width(osize, "output")?;
            }
            let index = if ntrans > 32 { 256 } else { 0 };
            let inputs_at = sub(sizes_at, index + ntrans, addr)?;
            let outs = ntrans * osize + if is_final { osize } else { 0 };
            let end = sub(inputs_at, ntrans * tsize + outs, addr)?;
            Ok(Shape {
                end,
                ntrans,
                tsize,
                deltas: inputs_at.wrapping_sub(tsize),
                next_node: false,
            })
        }
    }
}

/// The address transition `i` of a checked node leads to.
fn target(data: &[u8], s: &Shape, i: usize, addr: usize) -> Result<usize> {
    if s.next_node {
        return Ok(s.end - 1);
    }
    let delta = uint(data, s.deltas - i * s.tsize, s.tsize);
    if delta == 0 {
        return Ok(0);
    }
    usize::try_from(delta)
        .ok()
        .and_then(|d| s.end.checked_sub(d))
        .ok_or_else(|| {
            bad(format!(
                "node at {addr}: transition {i} leads before the start"
            ))
        })
}

/// Node starts as a bitmap with a rank directory: node address → ordinal.
struct NodeSet {
    bits: Vec<u64>,
    rank: Vec<u32>,
}

impl NodeSet {
    fn contains(&self, addr: usize) -> bool {
        self.bits[addr / 64] >> (addr % 64) & 1 == 1
    }

    fn ordinal(&self, addr: usize) -> usize {
        let below = self.bits[addr / 64] & ((1u64 << (addr % 64)) - 1);
        self.rank[addr / 64] as usize + below.count_ones() as usize
    }
}

/// Checks fst bytes (already accepted by `fst::Map::new`) as described in
/// the module doc. `bounds` maps each allowed two-byte key prefix to the
/// number of values its keys may take (values `0..bound`).
pub(crate) fn check(
    fst: &Fst<impl AsRef<[u8]>>,
    bounds: &[(&[u8], usize)],
    max_key_bytes: usize,
) -> Result<()> {
    let data = fst.as_bytes();
    let version = u64::from_le_bytes(data[..8].try_into().expect("Map::new checked 36 bytes"));
    if version != 3 {
        return Err(bad(format!("format version {version}, expected 3")));
    }
    let n = data.len();
    let root = u64::from_le_bytes(data[n - 12..n - 4].try_into().expect("8 bytes"));
    let root = usize::try_from(root).unwrap_or(usize::MAX);
    if root == 0 {
        // The empty fst: no keys at all.
        return if data.len() == HEADER + TRAILER {
            Ok(())
        } else {
            Err(bad("empty fst with nodes"))
        };
    }
    if root < HEADER || root + 1 + TRAILER != data.len() {
        return Err(bad(format!("root at {root} is not the last node")));
    }
    // Pass 1, from the root down: the nodes must tile [HEADER, root].
    let words = data.len() / 64 + 1;
    let mut bits = vec![0u64; words];
    let mut addr = root;
    loop {
        let s = shape(data, addr)?;
        if s.end < HEADER {
            return Err(bad(format!("node at {addr} runs into the header")));
        }
        bits[addr / 64] |= 1 << (addr % 64);
        if s.end == HEADER {
            break;
        }
        addr = s.end - 1;
    }
    let mut rank = Vec::with_capacity(words);
    let mut n = 0u32;
    for w in &bits {
        rank.push(n);
        n += w.count_ones();
    }
    let nodes = NodeSet { bits, rank };
    // Pass 2, from the lowest address up (children before parents): each
    // node's largest output sum below it and its longest path.
    let mut most = vec![0u64; n as usize];
    let mut depth = vec![0u16; n as usize];
    let cap = max_key_bytes.min(u16::MAX as usize - 1);
    for (w, &word) in nodes.bits.iter().enumerate() {
        let mut word = word;
        while word != 0 {
            let addr = w * 64 + word.trailing_zeros() as usize;
            word &= word - 1;
            let s = shape(data, addr)?;
            let node = fst.node(addr);
            let mut m = node.final_output().value();
            let mut d = 0u16;
            for i in 0..s.ntrans {
                let to = target(data, &s, i, addr)?;
                if to != 0 && (to >= addr || !nodes.contains(to)) {
                    return Err(bad(format!(
                        "node at {addr}: transition {i} leads to no node"
                    )));
                }
                let t = node.transition(i);
                debug_assert_eq!(t.addr, to);
                let (cm, cd) = if to == 0 {
                    (0, 0)
                } else {
                    let k = nodes.ordinal(to);
                    (most[k], depth[k])
                };
                m = m.max(t.out.value().saturating_add(cm));
                d = d.max(cd + 1);
            }
            if d as usize > cap {
                return Err(bad(format!("a key longer than {max_key_bytes} bytes")));
            }
            let k = nodes.ordinal(addr);
            most[k] = m;
            depth[k] = d;
        }
    }
    // Key spaces: every two-byte prefix under the root is allowed, and
    // every output sum below it is in its range.
    let root_node = fst.root();
    if root_node.is_final() {
        return Err(bad("an empty key"));
    }
    for t1 in root_node.transitions() {
        let n1 = fst.node(t1.addr);
        if n1.is_final() {
            return Err(bad("a one-byte key"));
        }
        for t2 in n1.transitions() {
            let prefix = [t1.inp, t2.inp];
            let Some(&(_, bound)) = bounds.iter().find(|(p, _)| *p == prefix) else {
                return Err(bad(format!(
                    "a key outside the key spaces ({:?})",
                    String::from_utf8_lossy(&prefix)
                )));
            };
            let below = if t2.addr == 0 {
                0
            } else {
                most[nodes.ordinal(t2.addr)]
            };
            let max = t1
                .out
                .value()
                .saturating_add(t2.out.value())
                .saturating_add(below);
            if max >= bound as u64 {
                return Err(bad(format!(
                    "a value of {:?} keys out of range ({max} >= {bound})",
                    String::from_utf8_lossy(&prefix)
                )));
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use fst::{IntoStreamer, Map, Streamer};

    const BOUNDS: [(&[u8], usize); 2] = [(b"a:", 40), (b"b:", 300)];

    fn sample() -> Vec<u8> {
        // Invented keys: a node with more than 32 transitions (indexed),
        // shared suffixes, outputs of one and two bytes.
        let mut keys: Vec<(Vec<u8>, u64)> = Vec::new();
        for (i, w) in ["mora", "morava", "moravka", "tisa", "tisza", "ulm"]
            .iter()
            .enumerate()
        {
            keys.push((format!("a:{w}").into_bytes(), i as u64));
        }
        for i in 0..40u64 {
            let c = (b'!' + i as u8) as char;
            keys.push((format!("b:{c}ena").into_bytes(), 7 * i));
        }
        keys.sort();
        Map::from_iter(keys).unwrap().into_fst().into_inner()
    }

    /// Every key and value through the fst crate's own walks.
    fn read_all(bytes: &[u8]) -> Vec<(Vec<u8>, u64)> {
        let map = Map::new(bytes).unwrap();
        let mut out = Vec::new();
        let mut s = map.stream();
        while let Some((k, v)) = s.next() {
            out.push((k.to_vec(), v));
        }
        // A forged file may list a key that a lookup misses (inputs out
        // of order): wrong, but neither a panic nor out of range.
        let lookups: Vec<(Vec<u8>, u64)> = out
            .iter()
            .filter_map(|(k, _)| Some((k.clone(), map.get(k)?)))
            .collect();
        out.extend(lookups);
        let mut range = map.range().ge("b:").into_stream();
        while range.next().is_some() {}
        out
    }

    #[test]
    fn builder_output_passes_and_limits_bite() {
        let bytes = sample();
        let fst = Fst::new(&bytes[..]).unwrap();
        check(&fst, &BOUNDS, 64).unwrap();
        // A bound one too small, a missing key space, a short key limit.
        assert!(check(&fst, &[(b"a:", 40), (b"b:", 273)], 64).is_err());
        check(&fst, &[(b"a:", 40), (b"b:", 274)], 64).unwrap();
        assert!(check(&fst, &[(b"b:", 300)], 64).is_err());
        assert!(check(&fst, &BOUNDS, 8).is_err());
        check(&fst, &BOUNDS, 9).unwrap();
    }

    /// Any byte of the node area changed (with the CRC fixed, as a forger
    /// would): either the check refuses the file, or every key can be read
    /// back through the fst crate without a panic and with values in range.
    #[test]
    fn forged_nodes_are_refused_or_harmless() {
        let bytes = sample();
        let n = bytes.len();
        let mut accepted = 0;
        for pos in 16..n - 4 {
            for v in [
                bytes[pos] ^ 0x01,
                bytes[pos] ^ 0x40,
                bytes[pos] ^ 0x80,
                0x00,
                0xFF,
            ] {
                let mut b = bytes.clone();
                b[pos] = v;
                let crc = crate::__test_api::fst_crc(&b[..n - 4]);
                b[n - 4..].copy_from_slice(&crc.to_le_bytes());
                let Ok(fst) = Fst::new(&b[..]) else { continue };
                if check(&fst, &BOUNDS, 64).is_err() {
                    continue;
                }
                accepted += 1;
                for (key, value) in read_all(&b) {
                    let bound = BOUNDS.iter().find(|(p, _)| key.starts_with(p)).unwrap().1;
                    assert!(value < bound as u64, "byte {pos} = {v:#x}");
                }
            }
        }
        // Some changes are harmless (an output or input byte within range).
        assert!(accepted > 0);
    }
}
