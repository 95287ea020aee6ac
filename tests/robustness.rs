//! Robustness: damaged index files, atomic saves, threads, determinism,
//! bounded cost on huge inputs, and catalogue errors.

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::time::{Duration, Instant};

use namefold::{Catalog, Decision, Entity, ErrorKind, Query, Resolution, Resolver};

mod common;
use common::{summary, Scratch, Summary};

// ---------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------

fn small_entities() -> Vec<Entity> {
    vec![
        Entity::new("zelenskyy", "Volodymyr Zelenskyy")
            .with_alias("Zelensky")
            .with_alias("Володимир Зеленський")
            .with_kind("person"),
        Entity::new("witkoff", "Steve Witkoff")
            .with_alias("Steven Witkoff")
            .with_kind("person"),
        Entity::new("rutte", "Mark Rutte").with_kind("person"),
        Entity::new("merz", "Friedrich Merz").with_kind("person"),
        Entity::new("ushakov", "Yury Ushakov")
            .with_alias("Юрий Ушаков")
            .with_kind("person"),
        Entity::new("kyiv", "Kyiv")
            .with_alias("Kiev")
            .with_alias("Київ")
            .with_kind("place"),
        Entity::new("kursk", "Kursk")
            .with_alias("Курск")
            .with_kind("place"),
        Entity::new("nato", "NATO")
            .with_alias("North Atlantic Treaty Organization")
            .with_kind("organization"),
    ]
}

fn small_resolver() -> Resolver {
    Resolver::build(&Catalog::from_entities(small_entities()).unwrap()).unwrap()
}

fn bundled_resolver() -> &'static Resolver {
    common::bundled_resolver()
}

/// A tiny deterministic PRNG (xorshift64*), so the tests need no `rand`.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn shuffle<T>(&mut self, v: &mut [T]) {
        for i in (1..v.len()).rev() {
            v.swap(i, self.below(i + 1));
        }
    }
}

// ---------------------------------------------------------------------------
// Index integrity
// ---------------------------------------------------------------------------

/// `Resolver::from_bytes` must refuse `bytes`, without panicking.
fn refused(bytes: &[u8]) -> Result<namefold::Error, String> {
    match catch_unwind(AssertUnwindSafe(|| Resolver::from_bytes(bytes))) {
        Ok(Err(e)) => Ok(e),
        Ok(Ok(_)) => Err("accepted".to_string()),
        Err(_) => Err("panicked".to_string()),
    }
}

#[test]
fn every_single_bit_flip_is_refused() {
    let bytes = small_resolver().to_bytes();
    assert!(bytes.len() > 100);
    let mut failures = Vec::new();
    for pos in 0..bytes.len() {
        for bit in 0..8 {
            let mut b = bytes.clone();
            b[pos] ^= 1 << bit;
            if let Err(why) = refused(&b) {
                failures.push(format!("byte {pos} bit {bit}: {why}"));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} flips not refused: {:?}",
        failures.len(),
        bytes.len() * 8,
        &failures[..failures.len().min(20)]
    );
}

#[test]
fn every_byte_set_to_ff_is_refused() {
    let bytes = small_resolver().to_bytes();
    let mut failures = Vec::new();
    let mut tried = 0;
    for pos in 0..bytes.len() {
        if bytes[pos] == 0xFF {
            continue; // unchanged file
        }
        tried += 1;
        let mut b = bytes.clone();
        b[pos] = 0xFF;
        if let Err(why) = refused(&b) {
            failures.push(format!("byte {pos}: {why}"));
        }
    }
    assert!(tried > bytes.len() / 2);
    assert!(
        failures.is_empty(),
        "{} not refused: {:?}",
        failures.len(),
        &failures[..failures.len().min(20)]
    );
}

#[test]
fn every_truncation_and_any_padding_is_refused() {
    let bytes = small_resolver().to_bytes();
    let mut failures = Vec::new();
    for len in 0..bytes.len() {
        if let Err(why) = refused(&bytes[..len]) {
            failures.push(format!("length {len}: {why}"));
        }
    }
    for extra in [&[0u8][..], &[0; 8], &[0xFF; 3], b"NAMEFOLD"] {
        let mut b = bytes.clone();
        b.extend_from_slice(extra);
        if let Err(why) = refused(&b) {
            failures.push(format!("padded by {extra:?}: {why}"));
        }
    }
    assert!(
        failures.is_empty(),
        "{} not refused: {:?}",
        failures.len(),
        &failures[..failures.len().min(20)]
    );
    assert!(Resolver::from_bytes(&bytes).is_ok());
}

#[test]
fn other_version_is_index_version_error() {
    let bytes = small_resolver().to_bytes();
    assert_eq!(&bytes[..8], b"NAMEFOLD");
    let current = u32::from_le_bytes(bytes[8..12].try_into().unwrap());
    for found in [0u32, current + 1, 2, 1000, u32::MAX] {
        if found == current {
            continue;
        }
        let mut b = bytes.clone();
        b[8..12].copy_from_slice(&found.to_le_bytes());
        let err = Resolver::from_bytes(&b)
            .err()
            .unwrap_or_else(|| panic!("version {found} accepted"));
        match err.kind() {
            ErrorKind::IndexVersion { expected, found: f } => {
                assert_eq!(*expected, current);
                assert_eq!(*f, found);
            }
            other => panic!("version {found}: expected IndexVersion, got {other:?}"),
        }
        assert!(err.to_string().contains(&found.to_string()), "{err}");
    }
}

/// The container's checksum, so the test can forge a file whose checksum
/// is right but whose body is not.
fn checksum(data: &[u8]) -> u64 {
    namefold::__test_api::index_checksum(data)
}

/// The fst crate's own checksum of an fst (masked CRC32C of all but its
/// last 4 bytes, stored in them), so a test can forge it as well.
fn fst_crc(data: &[u8]) -> u32 {
    namefold::__test_api::fst_crc(data)
}

fn reseal(mut file: Vec<u8>) -> Vec<u8> {
    let n = file.len() - 8;
    let sum = checksum(&file[..n]);
    file[n..].copy_from_slice(&sum.to_le_bytes());
    file
}

/// Loads `bytes` and, if accepted, resolves a few queries: `Ok(accepted)`,
/// or `Err` naming the stage that panicked and the panic message.
fn load_and_query(bytes: &[u8], verify: bool) -> Result<bool, String> {
    let queries = [
        "Zelinski",
        "Steve Vitkov",
        "Kiev",
        "Mark",
        "",
        "Kursk Oblast",
    ];
    let msg = |p: Box<dyn std::any::Any + Send>| {
        p.downcast_ref::<String>()
            .cloned()
            .or_else(|| p.downcast_ref::<&str>().map(|s| s.to_string()))
            .unwrap_or_default()
    };
    let load = || Resolver::builder().verify(verify).load_bytes(bytes);
    let r = match catch_unwind(AssertUnwindSafe(load)) {
        Ok(Err(_)) => return Ok(false),
        Ok(Ok(r)) => r,
        Err(p) => return Err(format!("from_bytes panicked: {}", msg(p))),
    };
    for q in queries {
        catch_unwind(AssertUnwindSafe(|| {
            let res = r.resolve(&Query::new(q).with_limit(10));
            for c in res.candidates() {
                assert!(c.score.is_finite() && (0.0..=1.0).contains(&c.score));
            }
        }))
        .map_err(|p| format!("resolve({q:?}) panicked: {}", msg(p)))?;
        if q.len() > 5 {
            catch_unwind(AssertUnwindSafe(|| {
                r.resolve_among(&Query::new(q), &["rutte", "kyiv", "zelenskyy"])
            }))
            .map_err(|p| format!("resolve_among({q:?}) panicked: {}", msg(p)))?;
        }
    }
    catch_unwind(AssertUnwindSafe(|| r.to_bytes()))
        .map_err(|p| format!("to_bytes panicked: {}", msg(p)))?;
    Ok(true)
}

/// Damages every byte in `range` of a valid index in a few ways, fixes the
/// checksum, and returns the panics (a file damaged by someone who also
/// fixed the checksum, or a checksum collision, must still never make the
/// crate panic: `from_bytes` is documented as "any bytes … an error, never
/// a panic").
fn forged_panics(which: &str, verify: bool) -> Vec<String> {
    let bytes = small_resolver().to_bytes();
    let n = bytes.len();
    assert_eq!(
        checksum(&bytes[..n - 8]).to_le_bytes(),
        bytes[n - 8..],
        "checksum copy is out of date"
    );
    // Body: sections of (u64 length, bytes, padding to 4); the fst is first.
    let fst_len = u64::from_le_bytes(bytes[20..28].try_into().unwrap()) as usize;
    let fst_end = 28 + fst_len + (4 - (28 + fst_len) % 4) % 4;
    let range: Vec<usize> = match which {
        "fst" => (20..fst_end).collect(),
        // Inside the fst only, with the fst's own CRC32C fixed too.
        "fst-deep" => (28..28 + fst_len - 4).collect(),
        // The header's length field, then the tables after the fst.
        _ => (12..20).chain(fst_end..n - 8).collect(),
    };
    let hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(|_| {}));
    let mut panics = Vec::new();
    let mut accepted = 0;
    // Every byte in release; every third byte in debug (time).
    let step = if cfg!(debug_assertions) { 3 } else { 1 };
    for pos in range.into_iter().step_by(step) {
        for v in [bytes[pos] ^ 0x01, bytes[pos] ^ 0x80, 0x00, 0xFF] {
            if v == bytes[pos] {
                continue;
            }
            let mut b = bytes.clone();
            b[pos] = v;
            if which == "fst-deep" {
                let crc = fst_crc(&b[28..28 + fst_len - 4]);
                b[28 + fst_len - 4..28 + fst_len].copy_from_slice(&crc.to_le_bytes());
            }
            match load_and_query(&reseal(b), verify) {
                Ok(true) => accepted += 1,
                Ok(false) => {}
                Err(msg) => panics.push(format!("byte {pos} = {v:#04x}: {msg}")),
            }
        }
    }
    std::panic::set_hook(hook);
    if !panics.is_empty() {
        eprintln!("{} damaged files accepted without panic", accepted);
    }
    panics
}

#[test]
fn forged_checksum_with_damaged_tables_never_panics() {
    assert_no_panics(forged_panics("tables", false));
}

/// A file whose checksum was forged after damaging the fst's header or
/// nodes never makes the crate panic when loaded with `verify(true)`. (A
/// default load trusts the file checksum: the fst's own CRC is read only
/// by `verify`, since whoever forges one checksum forges the other.)
#[test]
fn forged_checksum_with_damaged_fst_never_panics_with_verify() {
    assert_no_panics(forged_panics("fst", true));
}

fn assert_no_panics(panics: Vec<String>) {
    assert!(
        panics.is_empty(),
        "{} damaged files made the crate panic; first: {:#?}",
        panics.len(),
        &panics[..panics.len().min(10)]
    );
}

/// Someone who forges both the file checksum and the fst's own CRC: the
/// fst structure itself is then damaged, which only the structural check
/// of `ResolverBuilder::verify(true)` catches. Without it, some of these
/// files load and then panic inside the fst crate (the documented reason
/// to turn it on for files from elsewhere).
#[test]
fn forged_checksums_with_damaged_fst_structure_never_panic_with_verify() {
    let bytes = small_resolver().to_bytes();
    let fst_len = u64::from_le_bytes(bytes[20..28].try_into().unwrap()) as usize;
    let fst = &bytes[28..28 + fst_len];
    assert_eq!(
        fst_crc(&fst[..fst_len - 4]).to_le_bytes(),
        fst[fst_len - 4..],
        "fst_crc does not reproduce the fst crate's checksum"
    );
    assert_no_panics(forged_panics("fst-deep", true));
    assert!(
        !forged_panics("fst-deep", false).is_empty(),
        "no forged fst panics without verify: is the test still forging?"
    );
}

// ---------------------------------------------------------------------------
// Atomic save
// ---------------------------------------------------------------------------

#[test]
fn save_replaces_atomically_and_leaves_no_temp_files() {
    let dir = Scratch::new("save");
    let path = dir.path().join("index.nf");
    let old = small_resolver();
    old.save(&path).unwrap();
    assert_eq!(dir.listing(), vec!["index.nf"]);
    assert_eq!(std::fs::read(&path).unwrap(), old.to_bytes());

    // Overwrite with another index.
    let new = Resolver::build(&Catalog::from_entities(vec![Entity::new("kyiv", "Kyiv")]).unwrap())
        .unwrap();
    new.save(&path).unwrap();
    assert_eq!(dir.listing(), vec!["index.nf"], "temp files left behind");
    let loaded = Resolver::load(&path).unwrap();
    assert_eq!(loaded.to_bytes(), new.to_bytes());
    assert_eq!(loaded.len(), 1);

    // A failing save (parent directory missing) is an error and leaves the
    // existing index elsewhere untouched.
    let err = old
        .save(dir.path().join("missing").join("sub").join("index.nf"))
        .unwrap_err();
    assert!(matches!(err.kind(), ErrorKind::Io(_)), "{err:?}");
    assert_eq!(std::fs::read(&path).unwrap(), new.to_bytes());
    assert_eq!(dir.listing(), vec!["index.nf"]);

    // A save whose final rename fails (the target is a directory) cleans up
    // its temporary file.
    let sub = dir.path().join("adir");
    std::fs::create_dir(&sub).unwrap();
    std::fs::write(sub.join("keep"), b"x").unwrap();
    assert!(old.save(&sub).is_err());
    assert_eq!(
        dir.listing(),
        vec!["adir", "index.nf"],
        "temp file left behind after a failed rename"
    );
    assert_eq!(std::fs::read(sub.join("keep")).unwrap(), b"x");

    // Loading a missing file is an i/o error.
    assert!(matches!(
        Resolver::load(dir.path().join("nope")).unwrap_err().kind(),
        ErrorKind::Io(_)
    ));
}

/// Two threads of one process saving to the same path: every save should
/// succeed and the file should always be one whole index.
#[test]
fn concurrent_saves_to_one_path_from_one_process() {
    let dir = Scratch::new("concurrent-save");
    let path = dir.path().join("index.nf");
    let a = small_resolver();
    let b = bundled_resolver();
    let (ab, bb) = (a.to_bytes(), b.to_bytes());
    a.save(&path).unwrap();
    let errors = std::sync::Mutex::new(Vec::new());
    std::thread::scope(|s| {
        for r in [&a, b] {
            let (path, errors) = (&path, &errors);
            s.spawn(move || {
                for _ in 0..50 {
                    if let Err(e) = r.save(path) {
                        errors.lock().unwrap().push(e.to_string());
                    }
                }
            });
        }
        s.spawn(|| {
            for _ in 0..200 {
                let now = std::fs::read(&path).unwrap();
                assert!(
                    now == ab || now == bb,
                    "a reader saw a torn file of {} bytes",
                    now.len()
                );
            }
        });
    });
    let errors = errors.into_inner().unwrap();
    assert!(
        errors.is_empty(),
        "{} saves failed: {:?}",
        errors.len(),
        &errors[..errors.len().min(3)]
    );
    let now = std::fs::read(&path).unwrap();
    assert!(now == ab || now == bb);
    assert_eq!(dir.listing(), vec!["index.nf"]);
}

// ---------------------------------------------------------------------------
// Thread safety
// ---------------------------------------------------------------------------

fn assert_send_sync<T: Send + Sync>() {}

#[test]
fn resolver_is_send_and_sync() {
    assert_send_sync::<Resolver>();
    assert_send_sync::<Resolution>();
    assert_send_sync::<Catalog>();
    assert_send_sync::<namefold::Error>();
}

/// 200 queries: exact names, noisy variants of them, and unknown names.
fn mixed_queries() -> Vec<String> {
    let cat = common::bundled_catalog();
    let mut rng = Rng(0x5EED_1234_ABCD_0001);
    let mut out = Vec::new();
    while out.len() < 200 {
        let e = &cat.entities()[rng.below(cat.len())];
        let name: Vec<char> = e.name.chars().collect();
        let q: String = match out.len() % 4 {
            0 => e.name.clone(),
            1 if name.len() > 3 => {
                // drop one char and double another
                let mut v = name.clone();
                v.remove(rng.below(v.len()));
                let i = rng.below(v.len());
                v.insert(i, v[i]);
                v.into_iter().collect()
            }
            2 => e.name.split_whitespace().last().unwrap_or("").to_string(),
            _ => {
                const SYL: &[&str] = &["ka", "vo", "lin", "ster", "ma", "rek", "du", " po", "zi"];
                (0..2 + rng.below(3))
                    .map(|_| SYL[rng.below(SYL.len())])
                    .collect::<Vec<_>>()
                    .join("")
                    + " "
                    + SYL[rng.below(SYL.len())]
            }
        };
        out.push(q);
    }
    out
}

#[test]
fn threads_give_exactly_the_single_thread_answers() {
    let r = bundled_resolver();
    let texts = mixed_queries();
    let qs: Vec<Query> = texts.iter().map(|t| Query::new(t).with_limit(8)).collect();
    let single: Vec<Summary> = qs.iter().map(|q| summary(&r.resolve(q))).collect();
    assert!(
        single.iter().filter(|s| s.0.is_some()).count() > 50,
        "too few resolved queries to be a test"
    );
    assert!(
        single.iter().filter(|s| s.0.is_none()).count() > 10,
        "too few unknown queries to be a test"
    );

    // Four threads, each resolving every query (in a different order).
    let per_thread: Vec<Vec<Summary>> = std::thread::scope(|s| {
        let handles: Vec<_> = (0..4)
            .map(|t| {
                let (r, qs) = (&r, &qs);
                s.spawn(move || {
                    let mut order: Vec<usize> = (0..qs.len()).collect();
                    Rng(t as u64 + 1).shuffle(&mut order);
                    let mut out = vec![None; qs.len()];
                    for i in order {
                        out[i] = Some(summary(&r.resolve(&qs[i])));
                    }
                    out.into_iter().map(Option::unwrap).collect()
                })
            })
            .collect();
        handles.into_iter().map(|h| h.join().unwrap()).collect()
    });
    for (t, answers) in per_thread.iter().enumerate() {
        for (i, a) in answers.iter().enumerate() {
            assert_eq!(a, &single[i], "thread {t}, query {:?}", texts[i]);
        }
    }

    for threads in [4, 0, 1, 3, 1000] {
        let many: Vec<Summary> = r.resolve_many(&qs, threads).iter().map(summary).collect();
        assert_eq!(many.len(), qs.len());
        for (i, a) in many.iter().enumerate() {
            assert_eq!(
                a, &single[i],
                "resolve_many(.., {threads}), query {:?}",
                texts[i]
            );
        }
    }
    assert!(r.resolve_many(&[], 4).is_empty());

    // The same through a shared Arc across plain threads.
    let shared = std::sync::Arc::new(r);
    let handles: Vec<_> = (0..4)
        .map(|t| {
            let r = shared.clone();
            let texts = texts.clone();
            std::thread::spawn(move || {
                texts
                    .iter()
                    .skip(t)
                    .step_by(4)
                    .map(|q| summary(&r.resolve(&Query::new(q).with_limit(8))))
                    .collect::<Vec<_>>()
            })
        })
        .collect();
    for (t, h) in handles.into_iter().enumerate() {
        for (k, a) in h.join().unwrap().iter().enumerate() {
            assert_eq!(a, &single[t + 4 * k]);
        }
    }
}

// ---------------------------------------------------------------------------
// Determinism
// ---------------------------------------------------------------------------

#[test]
fn entity_order_does_not_change_the_index_or_the_answers() {
    let base: Vec<Entity> = common::bundled_catalog().entities().to_vec();
    let first = Resolver::build(&Catalog::from_entities(base.clone()).unwrap()).unwrap();
    let bytes = first.to_bytes();
    let texts = mixed_queries();
    let answers: Vec<Summary> = texts
        .iter()
        .map(|t| summary(&first.resolve(&Query::new(t).with_limit(8))))
        .collect();
    let mut rng = Rng(42);
    let rounds = if cfg!(debug_assertions) { 2 } else { 4 };
    for round in 0..rounds {
        let mut ents = base.clone();
        if round == 0 {
            ents.reverse();
        } else {
            rng.shuffle(&mut ents);
        }
        let r = Resolver::build(&Catalog::from_entities(ents).unwrap()).unwrap();
        assert!(r.to_bytes() == bytes, "round {round}: index bytes differ");
        for (t, a) in texts.iter().zip(&answers) {
            assert_eq!(
                &summary(&r.resolve(&Query::new(t).with_limit(8))),
                a,
                "round {round}: {t:?}"
            );
        }
    }
    // Building twice from the same catalogue is also byte-identical.
    let again = Resolver::build(&Catalog::from_entities(base).unwrap()).unwrap();
    assert!(again.to_bytes() == bytes);
}

#[test]
fn small_catalogue_order_does_not_matter() {
    let base = small_entities();
    let bytes = small_resolver().to_bytes();
    let mut rng = Rng(7);
    for _ in 0..20 {
        let mut ents = base.clone();
        rng.shuffle(&mut ents);
        let r = Resolver::build(&Catalog::from_entities(ents).unwrap()).unwrap();
        assert!(r.to_bytes() == bytes);
    }
}

// ---------------------------------------------------------------------------
// Bounded cost on huge inputs
// ---------------------------------------------------------------------------

/// Speed is measured by the benches; these bounds are deliberately
/// generous and only guard against blow-ups (quadratic or worse work on
/// input the limits should have cut).
const BOUND: Duration = Duration::from_secs(5);

fn timed<T>(what: &str, f: impl FnOnce() -> T) -> T {
    let t = Instant::now();
    let out = f();
    let took = t.elapsed();
    assert!(took < BOUND, "{what} took {took:?}");
    out
}

fn huge_inputs() -> Vec<(&'static str, String)> {
    let mut line = String::new();
    while line.len() < 1 << 20 {
        line.push_str(
            "Volodymyr Zelensky met Steve Witkoff in Kyiv, said Kremlin aide Yuri Ushakov; ",
        );
    }
    let tokens: String = (0..10_000)
        .map(|i| format!("Zelenskyy{} ", i % 97))
        .collect();
    let distinct: String = (0..10_000u32)
        .map(|i| {
            let s: String = [
                b'a' + (i % 26) as u8,
                b'a' + (i / 26 % 26) as u8,
                b'a' + (i / 676 % 26) as u8,
            ]
            .iter()
            .map(|&b| b as char)
            .collect();
            s + " "
        })
        .collect();
    vec![
        ("1 MiB single-line query", line),
        ("10,000-token name", tokens),
        ("10,000 distinct tokens", distinct),
        ("10,000 repeats of one letter", "a".repeat(10_000)),
        ("10,000 repeats of one letter, spaced", "z ".repeat(10_000)),
        ("100,000 combining marks", "\u{301}".repeat(100_000)),
        (
            "a letter and 100,000 combining marks",
            format!("Z{}elensky", "\u{308}".repeat(100_000)),
        ),
        (
            "100,000 apostrophes in a word",
            format!("Zel{}ensky", "'".repeat(100_000)),
        ),
        ("100,000 zero-width joiners", "k\u{200D}".repeat(100_000)),
        ("50,000 Cyrillic words", "Зеленський ".repeat(50_000)),
        ("CJK", "北京習近平".repeat(20_000)),
    ]
}

#[test]
fn huge_queries_resolve_in_bounded_time() {
    let r = bundled_resolver();
    for (what, q) in huge_inputs() {
        let res = timed(what, || r.resolve(&Query::new(&q).with_limit(1000)));
        assert!(res.score().is_finite());
        assert!(
            res.normalized().len() <= 16 * 49,
            "{what}: normalized to {} bytes",
            res.normalized().len()
        );
        timed(what, || {
            r.resolve_among(&Query::new(&q), &["zelenskyy", "kyiv", "witkoff"])
        });
        timed(what, || r.normalizer().normalize(&q));
    }
}

#[test]
fn huge_names_in_the_catalogue_build_in_bounded_time() {
    let mut ents = small_entities();
    for (i, (what, name)) in huge_inputs().into_iter().enumerate() {
        let name = if name.trim().is_empty() {
            format!("filler{i}")
        } else {
            name
        };
        let _ = what;
        ents.push(
            Entity::new(format!("huge{i}"), name.clone())
                .with_alias(name)
                .with_kind("person"),
        );
    }
    // Some of these names normalize to nothing (only marks): drop those
    // entities, as `build` rightly refuses them.
    let n = namefold::Normalizer::new();
    ents.retain(|e| !n.normalize(&e.name).is_empty());
    let cat = Catalog::from_entities(ents).unwrap();
    let r = timed("build with huge names", || Resolver::build(&cat).unwrap());
    let bytes = timed("to_bytes", || r.to_bytes());
    let back = timed("from_bytes", || Resolver::from_bytes(&bytes).unwrap());
    for q in ["Zelensky", "Zelenskyy0 Zelenskyy1", "aaa", "Kiev"] {
        let a = timed(q, || r.resolve(&Query::new(q)));
        assert_eq!(summary(&a), summary(&back.resolve(&Query::new(q))));
    }
    assert_eq!(r.resolve(&Query::new("Kiev")).id(), Some("kyiv"));
}

// ---------------------------------------------------------------------------
// Catalogue errors
// ---------------------------------------------------------------------------

const BAD_LINE: u64 = 54_321;

/// 100,000 good lines with one bad line (a numeric name) at `BAD_LINE`.
fn big_jsonl() -> String {
    let mut s = String::with_capacity(100_001 * 60);
    let mut good = 0;
    for line in 1..=100_001u64 {
        if line == BAD_LINE {
            s.push_str("{\"id\": \"bad\", \"name\": 5}\n");
        } else {
            s.push_str(&format!("{{\"id\": \"e{good}\", \"name\": \"Person{good} Family\", \"kind\": \"person\"}}\n"));
            good += 1;
        }
    }
    s
}

#[test]
fn one_bad_line_among_100k_is_located() {
    let text = big_jsonl();
    let err = Catalog::from_jsonl_reader(text.as_bytes()).unwrap_err();
    match err.kind() {
        ErrorKind::Catalog { line, field, .. } => {
            assert_eq!((*line, *field), (BAD_LINE, "name"), "{err}");
        }
        other => panic!("{other:?}"),
    }
    assert!(
        err.to_string()
            .starts_with(&format!("line {BAD_LINE}: field name:")),
        "{err}"
    );

    let (cat, report) = Catalog::from_jsonl_reader_lenient(text.as_bytes(), 10).unwrap();
    assert_eq!(cat.len(), 100_000);
    assert_eq!(report.skipped, 1);
    assert_eq!(report.errors.len(), 1);
    assert!(
        matches!(
            report.errors[0].kind(),
            ErrorKind::Catalog { line: BAD_LINE, .. }
        ),
        "{}",
        report.errors[0]
    );
    // Lines after the bad one keep their own numbers.
    assert_eq!(cat.line_of(BAD_LINE as usize - 1), BAD_LINE + 1);
    assert_eq!(cat.line_of(99_999), 100_001);

    // Lenient with max_errors = 0 still counts the skip.
    let (_, report) = Catalog::from_jsonl_reader_lenient(text.as_bytes(), 0).unwrap();
    assert_eq!((report.skipped, report.errors.len()), (1, 0));
}

#[test]
fn duplicate_ids_name_both_lines() {
    let text = "{\"id\": \"a\", \"name\": \"Ann Lee\"}\n\n{\"id\": \"b\", \"name\": \"Bo Li\"}\n{\"id\": \"a\", \"name\": \"Ann Other\"}\n";
    let err = Catalog::from_jsonl_str(text).unwrap_err();
    match err.kind() {
        ErrorKind::DuplicateId {
            id,
            first_line,
            second_line,
        } => {
            assert_eq!((id.as_str(), *first_line, *second_line), ("a", 1, 4));
        }
        other => panic!("{other:?}"),
    }
    let (cat, report) = Catalog::from_jsonl_reader_lenient(text.as_bytes(), 5).unwrap();
    assert_eq!((cat.len(), report.skipped), (2, 1));
    assert_eq!(
        cat.entities()[0].name,
        "Ann Lee",
        "the first of two duplicates is kept"
    );
    assert!(
        Catalog::from_entities(vec![Entity::new("x", "X Y"), Entity::new("x", "Z W")]).is_err()
    );
}

#[test]
fn ids_differing_only_by_case_are_two_entities() {
    let cat = Catalog::from_jsonl_str(
        "{\"id\": \"rutte\", \"name\": \"Mark Rutte\"}\n{\"id\": \"Rutte\", \"name\": \"Mark Rutte Sr\"}\n{\"id\": \"RUTTE\", \"name\": \"Mark Rutte\"}\n",
    )
    .unwrap();
    assert_eq!(cat.len(), 3);
    let r = Resolver::build(&cat).unwrap();
    assert_eq!(r.len(), 3);
    assert_eq!(r.name_of("Rutte"), Some("Mark Rutte Sr"));
    assert_eq!(r.name_of("rutte"), Some("Mark Rutte"));
    assert_eq!(r.name_of("rUTTE"), None);
    let res = r.resolve(&Query::new("Mark Rutte Sr"));
    assert_eq!(res.best().map(|c| c.id.as_str()), Some("Rutte"));
}

#[test]
fn ids_with_surrounding_whitespace_are_errors() {
    for id in [" a", "a ", "\ta", "a\n", "\u{A0}a", "a\u{3000}"] {
        let line = format!(
            "{{\"id\": {}, \"name\": \"Ann Lee\"}}\n",
            serde_json_string(id)
        );
        let text = format!("{{\"id\": \"ok\", \"name\": \"Ok\"}}\n{line}");
        let err = Catalog::from_jsonl_str(&text).unwrap_err();
        assert!(
            matches!(
                err.kind(),
                ErrorKind::Catalog {
                    line: 2,
                    field: "id",
                    ..
                }
            ),
            "{id:?}: {err}"
        );
        assert!(
            Catalog::from_entities(vec![Entity::new(id, "Ann Lee")]).is_err(),
            "{id:?} via from_entities"
        );
    }
    // Inner whitespace is fine: ids are opaque.
    assert!(Catalog::from_entities(vec![Entity::new("a b", "Ann Lee")]).is_ok());
}

fn serde_json_string(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

#[test]
fn entity_whose_only_name_normalizes_to_nothing_fails_build_naming_the_line() {
    let text = "{\"id\": \"a\", \"name\": \"Ann Lee\"}\n\n{\"id\": \"bang\", \"name\": \"!!!\", \"aliases\": [\"...\", \"42\"]}\n";
    let cat = Catalog::from_jsonl_str(text).unwrap();
    let err = Resolver::build(&cat).unwrap_err();
    match err.kind() {
        ErrorKind::Catalog {
            line,
            field,
            message,
        } => {
            assert_eq!((*line, *field), (3, "name"), "{err}");
            assert!(message.contains("bang"), "{message}");
        }
        other => panic!("{other:?}"),
    }
    assert!(err.to_string().starts_with("line 3:"), "{err}");
}

#[test]
fn alias_that_normalizes_to_nothing_is_not_indexed() {
    let cat = Catalog::from_jsonl_str(
        "{\"id\": \"kyiv\", \"name\": \"Kyiv\", \"aliases\": [\"!!!\", \"2022\", \"\u{301}\u{301}\", \"Kiev\"], \"kind\": \"place\"}\n",
    )
    .unwrap();
    let r = Resolver::build(&cat).unwrap();
    assert_eq!(r.alias_count(), 2, "only `Kyiv` and `Kiev` are indexed");
    assert_eq!(r.resolve(&Query::new("Kyiv")).id(), Some("kyiv"));
    assert_eq!(r.resolve(&Query::new("Kiev")).id(), Some("kyiv"));
    assert_eq!(r.resolve(&Query::new("!!!")).id(), None);
    assert!(matches!(
        r.resolve(&Query::new("2022")).decision(),
        Decision::Unknown(_)
    ));
}

#[test]
fn empty_catalogue_is_refused() {
    let err = Resolver::build(&Catalog::new()).unwrap_err();
    assert!(matches!(err.kind(), ErrorKind::EmptyCatalog), "{err:?}");
    let cat = Catalog::from_jsonl_str("\n\n  \n").unwrap();
    assert!(cat.is_empty());
    assert!(Resolver::build(&cat).is_err());
}
