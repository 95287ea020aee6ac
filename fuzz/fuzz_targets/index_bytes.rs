#![no_main]
//! Loading arbitrary bytes as an index is an error or a working resolver,
//! never a panic. The first byte picks a mode, so that the fuzzer also gets
//! past the checksum:
//! - 0: the bytes as they are;
//! - 1: the rest wrapped as a body in a valid header and checksum;
//! - 2: a valid index with the rest XORed in at an offset given by the
//!   next two bytes, then resealed;
//! - 3: as 2, and the fst's own CRC32C forged as well (reaches the fst
//!   structure itself; a known limitation, documented on
//!   `Resolver::from_bytes`, so only with `NAMEFOLD_FUZZ_FORGE_FST=1`).

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use namefold::Resolver;

mod common;

fn valid() -> &'static [u8] {
    static B: OnceLock<Vec<u8>> = OnceLock::new();
    B.get_or_init(|| common::resolver().to_bytes())
}

fuzz_target!(|data: &[u8]| {
    let Some((&mode, rest)) = data.split_first() else {
        return;
    };
    let version = u32::from_le_bytes(valid()[8..12].try_into().unwrap());
    static MODES: OnceLock<u8> = OnceLock::new();
    let modes = *MODES.get_or_init(|| if std::env::var_os("NAMEFOLD_FUZZ_FORGE_FST").is_some() { 4 } else { 3 });
    let file = match mode % modes {
        0 => rest.to_vec(),
        1 => common::seal(rest, version),
        m => {
            if rest.len() < 2 {
                return;
            }
            let v = valid();
            let at = u16::from_le_bytes([rest[0], rest[1]]) as usize % (v.len() - 28);
            let mut body = v[20..v.len() - 8].to_vec();
            for (i, &x) in rest[2..].iter().enumerate() {
                if let Some(b) = body.get_mut(at + i) {
                    *b ^= x;
                }
            }
            if m == 3 {
                // Also forge the fst's own CRC32C (the fst is the first
                // body section: u64 length, then its bytes).
                let n = u64::from_le_bytes(body[..8].try_into().unwrap()) as usize;
                if n >= 4 && 8 + n <= body.len() {
                    let crc = common::fst_crc(&body[8..8 + n - 4]);
                    body[8 + n - 4..8 + n].copy_from_slice(&crc.to_le_bytes());
                }
            }
            common::seal(&body, version)
        }
    };
    if let Ok(r) = Resolver::from_bytes(&file) {
        for q in [
            "Zelinski",
            "Steve Vitkov",
            "Kiev",
            "Mark",
            "Retty",
            "nato",
            "Kursk Oblast",
            "J.D.",
        ] {
            common::resolve_all(&r, q);
        }
        let _ = r.to_bytes();
    }
});
