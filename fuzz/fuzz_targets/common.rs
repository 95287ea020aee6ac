//! Shared helpers of the fuzz targets.
#![allow(dead_code)]

use std::sync::OnceLock;

use namefold::{Catalog, Entity, Query, Resolution, Resolver};

/// A small fixed resolver: the seed articles' people and places.
pub fn resolver() -> &'static Resolver {
    static R: OnceLock<Resolver> = OnceLock::new();
    R.get_or_init(|| {
        let p = |id: &str, name: &str, aliases: &[&str]| {
            let mut e = Entity::new(id, name).with_kind("person");
            e.aliases = aliases.iter().map(|a| a.to_string()).collect();
            e
        };
        let ents = vec![
            p(
                "zelenskyy",
                "Volodymyr Zelenskyy",
                &["Zelensky", "Зеленський", "Володимир Зеленський"],
            ),
            p("witkoff", "Steve Witkoff", &["Steven Witkoff"]),
            p("rutte", "Mark Rutte", &[]),
            p("merz", "Friedrich Merz", &[]),
            p(
                "ushakov",
                "Yury Ushakov",
                &["Юрий Ушаков", "Ushakov Yury Viktorovich"],
            ),
            p("vance", "JD Vance", &["J. D. Vance"]),
            Entity::new("kyiv", "Kyiv")
                .with_alias("Kiev")
                .with_alias("Київ")
                .with_kind("place"),
            Entity::new("kursk", "Kursk")
                .with_alias("Курск")
                .with_alias("Kursk Oblast")
                .with_kind("place"),
            Entity::new("nato", "NATO")
                .with_alias("North Atlantic Treaty Organization")
                .with_kind("organization"),
        ];
        Resolver::build(&Catalog::from_entities(ents).expect("catalogue")).expect("build")
    })
}

/// Checks the invariants every resolution promises.
pub fn check(res: &Resolution, limit: usize) {
    let c = res.candidates();
    assert!(c.len() <= limit);
    for x in c {
        assert!(
            x.score.is_finite() && (0.0..=1.0).contains(&x.score),
            "score {}",
            x.score
        );
    }
    for w in c.windows(2) {
        assert!(w[0].score >= w[1].score, "not sorted");
    }
    if let Some(id) = res.id() {
        assert_eq!(Some(id), c.first().map(|x| x.id.as_str()));
    }
}

/// Resolves `text` in every mode against `r`.
pub fn resolve_all(r: &Resolver, text: &str) {
    check(&r.resolve(&Query::new(text)), 5);
    check(
        &r.resolve(&Query::new(text).with_limit(50).with_threshold(0.0)),
        50,
    );
    check(
        &r.resolve_among(&Query::new(text), &["rutte", "kyiv", "zelenskyy", "none"]),
        5,
    );
}

/// The index container's checksum (a copy of the documented format).
pub fn checksum(data: &[u8]) -> u64 {
    namefold::__test_api::index_checksum(data)
}

/// A file with a valid header and checksum around `body`.
pub fn seal(body: &[u8], version: u32) -> Vec<u8> {
    let mut out = b"NAMEFOLD".to_vec();
    out.extend_from_slice(&version.to_le_bytes());
    out.extend_from_slice(&(body.len() as u64).to_le_bytes());
    out.extend_from_slice(body);
    let sum = checksum(&out);
    out.extend_from_slice(&sum.to_le_bytes());
    out
}

/// The fst crate's own checksum: masked CRC32C of all but the fst's last 4
/// bytes, which hold it.
pub fn fst_crc(data: &[u8]) -> u32 {
    namefold::__test_api::fst_crc(data)
}
