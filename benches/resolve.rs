//! Criterion benchmarks, grouped by what a user does.
//!
//! ```text
//! cargo bench --bench resolve                 # everything (a few minutes)
//! cargo bench --bench resolve -- --test       # run each benchmark once
//! cargo bench --bench resolve -- resolve/     # one family of groups
//! NAMEFOLD_BENCH_1M=1 cargo bench --bench resolve -- fuzzy-scaling
//! ```
//!
//! The catalogue is synthetic and deterministic: given + family names drawn
//! from syllable pools by a small xorshift generator, about 20% of the
//! entities with a Cyrillic alias written by a hand-made reverse
//! transliteration of the same syllables. Queries are checked against the
//! resolver once at setup (so every benched query is known to resolve, or
//! known to be unknown) and checked again inside the timed loop.

use std::collections::HashSet;
use std::hint::black_box;
use std::time::Duration;

use criterion::{BenchmarkId, Criterion, SamplingMode, Throughput};
use namefold::{Catalog, Entity, Normalizer, Query, Resolver};

/// The bundled catalogue and sample article.
const ENTITIES: &str = include_str!("../data/entities.jsonl");
const ARTICLE: &str = include_str!("../data/sample-article.txt");

/// Queries per timed iteration of the resolve groups.
const BATCH: usize = 256;
/// Names per timed iteration of the normalize groups.
const NORM_BATCH: usize = 1000;

/// Given-name syllables: (Latin, Cyrillic).
const GIVEN: &[(&str, &str)] = &[
    ("vo", "во"),
    ("ya", "я"),
    ("mi", "ми"),
    ("ka", "ка"),
    ("le", "ле"),
    ("ol", "ол"),
    ("an", "ан"),
    ("iv", "ив"),
    ("se", "се"),
    ("di", "ди"),
    ("bo", "бо"),
    ("ta", "та"),
    ("ni", "ни"),
    ("ro", "ро"),
    ("yu", "ю"),
    ("ze", "зе"),
    ("wa", "ва"),
    ("lu", "лу"),
    ("ma", "ма"),
    ("ser", "сер"),
];

/// Endings of given names.
const GIVEN_END: &[(&str, &str)] = &[
    ("", ""),
    ("a", "а"),
    ("r", "р"),
    ("n", "н"),
    ("s", "с"),
    ("y", "й"),
];

/// Family-name syllables.
const FAMILY: &[(&str, &str)] = &[
    ("kov", "ков"),
    ("pet", "пет"),
    ("lin", "лин"),
    ("mar", "мар"),
    ("shev", "шев"),
    ("zel", "зел"),
    ("bor", "бор"),
    ("tam", "там"),
    ("dro", "дро"),
    ("vish", "виш"),
    ("gor", "гор"),
    ("sto", "сто"),
    ("kra", "кра"),
    ("wol", "вол"),
    ("nik", "ник"),
    ("ryb", "рыб"),
    ("sav", "сав"),
    ("chen", "чен"),
    ("fed", "фед"),
    ("lav", "лав"),
    ("myr", "мыр"),
    ("hal", "гал"),
    ("tur", "тур"),
    ("yar", "яр"),
    ("bel", "бел"),
    ("dan", "дан"),
    ("kur", "кур"),
    ("pol", "пол"),
    ("ros", "рос"),
    ("zhu", "жу"),
];

/// Family-name suffixes.
const FAMILY_END: &[(&str, &str)] = &[
    ("ov", "ов"),
    ("enko", "енко"),
    ("sky", "ский"),
    ("in", "ин"),
    ("ova", "ова"),
    ("uk", "ук"),
    ("ich", "ич"),
    ("ets", "ец"),
    ("ski", "ски"),
    ("yan", "ян"),
];

/// Syllables that never occur in the catalogue (for unknown names).
const UNKNOWN: &[&str] = &[
    "qua", "xen", "fum", "plo", "jix", "thu", "oqe", "gwy", "zub", "uft",
];

/// A tiny deterministic xorshift64 generator.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.0 = x;
        x
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

fn capitalize(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map_or_else(String::new, |f| f.to_uppercase().chain(c).collect())
}

/// Concatenates syllables into a (Latin, Cyrillic) pair of words.
fn word(parts: &[(&str, &str)]) -> (String, String) {
    let lat: String = parts.iter().map(|p| p.0).collect();
    let cyr: String = parts.iter().map(|p| p.1).collect();
    (capitalize(&lat), capitalize(&cyr))
}

fn given_name(rng: &mut Rng) -> (String, String) {
    word(&[*rng.pick(GIVEN), *rng.pick(GIVEN), *rng.pick(GIVEN_END)])
}

fn family_name(rng: &mut Rng) -> (String, String) {
    let n = match rng.below(20) {
        0..=2 => 1,
        3..=14 => 2,
        _ => 3,
    };
    let mut parts: Vec<(&str, &str)> = (0..n).map(|_| *rng.pick(FAMILY)).collect();
    parts.push(*rng.pick(FAMILY_END));
    word(&parts)
}

/// `n` entities with unique canonical names; the first `k` entities are
/// the same for every `n`.
fn catalogue(n: usize) -> Vec<Entity> {
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let mut seen = HashSet::with_capacity(n);
    let mut out = Vec::with_capacity(n);
    while out.len() < n {
        let (g, gc) = given_name(&mut rng);
        let (f, fc) = family_name(&mut rng);
        let name = format!("{g} {f}");
        if !seen.insert(name.clone()) {
            continue;
        }
        let mut e = Entity::new(format!("e{:07}", out.len()), name);
        if rng.below(5) == 0 {
            e = e.with_alias(format!("{gc} {fc}"));
        }
        out.push(e);
    }
    out
}

/// One realistic edit of a lowercase name; `None` when it does not apply.
fn edit(rng: &mut Rng, s: &str) -> Option<String> {
    let mut b: Vec<u8> = s.bytes().collect();
    let letters: Vec<usize> = (1..b.len())
        .filter(|&i| b[i].is_ascii_alphabetic() && b[i - 1] != b' ')
        .collect();
    if letters.is_empty() {
        return None;
    }
    let i = *rng.pick(&letters);
    match rng.below(5) {
        0 => {
            b.remove(i);
        }
        1 => b.insert(i, b[i]),
        2 => {
            let j = b.iter().position(|&c| c == b'w' || c == b'v')?;
            b[j] = if b[j] == b'w' { b'v' } else { b'w' };
        }
        3 => {
            let j = b.iter().position(|&c| c == b'y' || c == b'i')?;
            b[j] = if b[j] == b'y' { b'i' } else { b'y' };
        }
        _ => {
            if i + 1 >= b.len() || !b[i + 1].is_ascii_alphabetic() || b[i] == b[i + 1] {
                return None;
            }
            b.swap(i, i + 1);
        }
    }
    String::from_utf8(b).ok()
}

/// A name with one or two edits, title-cased like a transcript.
fn misspell(rng: &mut Rng, name: &str) -> String {
    let lower = name.to_lowercase();
    let edits = 1 + rng.below(2);
    let mut s = lower.clone();
    let mut done = 0;
    for _ in 0..20 {
        if done == edits {
            break;
        }
        if let Some(t) = edit(rng, &s) {
            s = t;
            done += 1;
        }
    }
    if s == lower {
        s.push('s');
    }
    s.split(' ').map(capitalize).collect::<Vec<_>>().join(" ")
}

/// A catalogue, its resolver and the benched queries.
struct World {
    entities: Vec<Entity>,
    resolver: Resolver,
    /// (query, expected id)
    exact: Vec<(String, String)>,
    /// (query, expected id)
    fuzzy: Vec<(String, String)>,
    unknown: Vec<String>,
}

fn build_world(n: usize) -> World {
    let entities = catalogue(n);
    let catalog = Catalog::from_entities(entities.clone()).expect("valid catalogue");
    let resolver = Resolver::build(&catalog).expect("build");
    let mut rng = Rng(0xD1B5_4A32_D192_ED03 ^ n as u64);
    let exact = pick_queries(&resolver, &entities, &mut rng, |_, e| e.name.clone());
    let (fuzzy, tried) = pick_fuzzy(&resolver, &entities, &mut rng);
    let unknown = pick_unknown(&resolver, &mut rng);
    eprintln!(
        "[setup] {n} entities, {} aliases: {} exact, {} fuzzy ({} tried), {} unknown queries",
        resolver.alias_count(),
        exact.len(),
        fuzzy.len(),
        tried,
        unknown.len()
    );
    World {
        entities,
        resolver,
        exact,
        fuzzy,
        unknown,
    }
}

/// Up to `BATCH` queries made by `make` that resolve to their entity.
fn pick_queries(
    r: &Resolver,
    entities: &[Entity],
    rng: &mut Rng,
    mut make: impl FnMut(&mut Rng, &Entity) -> String,
) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for _ in 0..BATCH * 20 {
        if out.len() == BATCH {
            break;
        }
        let e = rng.pick(entities);
        let q = make(rng, e);
        if r.resolve(&Query::new(&q)).id() == Some(e.id.as_str()) {
            out.push((q, e.id.clone()));
        }
    }
    assert!(!out.is_empty(), "no query resolved");
    out
}

/// Fuzzy queries that resolve, and how many were tried.
fn pick_fuzzy(r: &Resolver, entities: &[Entity], rng: &mut Rng) -> (Vec<(String, String)>, usize) {
    let mut tried = 0;
    let out = pick_queries(r, entities, rng, |rng, e| {
        tried += 1;
        misspell(rng, &e.name)
    });
    (out, tried)
}

/// Names not in the catalogue (known given name + invented family name)
/// that the resolver declines.
fn pick_unknown(r: &Resolver, rng: &mut Rng) -> Vec<String> {
    let mut out = Vec::new();
    while out.len() < BATCH {
        let (g, _) = given_name(rng);
        let fam: String = (0..2).map(|_| *rng.pick(UNKNOWN)).collect();
        let q = format!("{g} {}", capitalize(&fam));
        if r.resolve(&Query::new(&q)).id().is_none() {
            out.push(q);
        }
    }
    out
}

/// Latin names, one in four with diacritics and one in eight with a title.
fn latin_names(entities: &[Entity]) -> Vec<String> {
    entities
        .iter()
        .take(NORM_BATCH)
        .enumerate()
        .map(|(i, e)| {
            let mut s = e.name.clone();
            if i % 4 == 0 {
                s = s
                    .replace('s', "š")
                    .replace('c', "č")
                    .replace('z', "ž")
                    .replace('a', "á");
            }
            if i % 8 == 0 {
                s = format!("Dr. {s}");
            }
            s
        })
        .collect()
}

fn cyrillic_names(entities: &[Entity]) -> Vec<String> {
    entities
        .iter()
        .flat_map(|e| e.aliases.iter().cloned())
        .take(NORM_BATCH)
        .collect()
}

fn bench_normalize(c: &mut Criterion, w: &World) {
    let norm = Normalizer::new();
    for (group, names) in [
        ("normalize/latin", latin_names(&w.entities)),
        ("normalize/cyrillic", cyrillic_names(&w.entities)),
    ] {
        let mut g = c.benchmark_group(group);
        g.throughput(Throughput::Elements(names.len() as u64));
        g.bench_function("names", |b| {
            b.iter(|| {
                for n in &names {
                    let out = norm.normalize(black_box(n));
                    assert!(!out.is_empty());
                }
            })
        });
        g.finish();
    }
}

fn bench_build(c: &mut Criterion, sizes: &[usize]) {
    let mut g = c.benchmark_group("index/build");
    g.sample_size(10)
        .measurement_time(Duration::from_secs(2))
        .warm_up_time(Duration::from_secs(1));
    g.sampling_mode(SamplingMode::Flat);
    for &n in sizes {
        let catalog = Catalog::from_entities(catalogue(n)).expect("valid catalogue");
        g.throughput(Throughput::Elements(n as u64));
        g.bench_with_input(BenchmarkId::from_parameter(n), &catalog, |b, cat| {
            b.iter(|| {
                let r = Resolver::build(black_box(cat)).expect("build");
                assert_eq!(r.len(), n);
            })
        });
    }
    g.finish();
}

fn bench_load(c: &mut Criterion, w: &World) {
    let bytes = w.resolver.to_bytes();
    let n = w.entities.len();
    eprintln!("[setup] saved index of {n} entities: {} bytes", bytes.len());
    let mut g = c.benchmark_group("index/load");
    g.sample_size(20)
        .measurement_time(Duration::from_secs(2))
        .warm_up_time(Duration::from_secs(1));
    g.throughput(Throughput::Elements(n as u64));
    g.bench_function(BenchmarkId::from_parameter(n), |b| {
        b.iter(|| {
            let r = Resolver::from_bytes(black_box(&bytes)).expect("load");
            assert_eq!(r.len(), n);
        })
    });
    g.finish();
}

/// Few samples, short times: a resolve batch takes hundreds of ms.
fn quick(g: &mut criterion::BenchmarkGroup<'_, criterion::measurement::WallTime>) {
    g.sample_size(10)
        .measurement_time(Duration::from_secs(3))
        .warm_up_time(Duration::from_secs(1))
        .sampling_mode(SamplingMode::Flat);
}

/// Resolves every (query, id) pair and checks the answer.
fn resolve_all(r: &Resolver, queries: &[(String, String)]) {
    for (q, id) in queries {
        let res = r.resolve(&Query::new(black_box(q)));
        assert_eq!(res.id(), Some(id.as_str()), "query {q:?}");
    }
}

fn bench_resolve(c: &mut Criterion, w: &World) {
    let n = w.entities.len();
    for (group, queries) in [("resolve/exact", &w.exact), ("resolve/fuzzy", &w.fuzzy)] {
        let mut g = c.benchmark_group(group);
        quick(&mut g);
        g.throughput(Throughput::Elements(queries.len() as u64));
        g.bench_function(BenchmarkId::from_parameter(n), |b| {
            b.iter(|| resolve_all(&w.resolver, queries))
        });
        g.finish();
    }
    let mut g = c.benchmark_group("resolve/unknown");
    quick(&mut g);
    g.throughput(Throughput::Elements(w.unknown.len() as u64));
    g.bench_function(BenchmarkId::from_parameter(n), |b| {
        b.iter(|| {
            for q in &w.unknown {
                let res = w.resolver.resolve(&Query::new(black_box(q)));
                assert!(res.id().is_none(), "query {q:?}");
            }
        })
    });
    g.finish();
}

fn bench_scaling(c: &mut Criterion, worlds: &[&World]) {
    let mut g = c.benchmark_group("resolve/fuzzy-scaling");
    quick(&mut g);
    for w in worlds {
        g.throughput(Throughput::Elements(w.fuzzy.len() as u64));
        g.bench_with_input(BenchmarkId::from_parameter(w.entities.len()), w, |b, w| {
            b.iter(|| resolve_all(&w.resolver, &w.fuzzy))
        });
    }
    g.finish();
}

/// Text mode as users run it: `namefold::text::Document` over the whole
/// article (mention finding, full-name threshold, re-reads, coreference).
/// Returns the resolved ids.
fn resolve_article(r: &Resolver, text: &str) -> Vec<String> {
    namefold::text::Document::new(r)
        .resolve_text(text)
        .iter()
        .filter_map(|m| m.id().map(String::from))
        .collect()
}

fn bench_article(c: &mut Criterion) {
    let catalog = Catalog::from_jsonl_str(ENTITIES).expect("bundled catalogue");
    let r = Resolver::build(&catalog).expect("build");
    let expected = resolve_article(&r, ARTICLE);
    eprintln!(
        "[setup] article: {} bytes, {} mentions, {} resolved",
        ARTICLE.len(),
        namefold::text::mentions(ARTICLE).len(),
        expected.len()
    );
    assert!(
        expected.iter().any(|id| id == "zelenskyy"),
        "article resolved {expected:?}"
    );
    let mut g = c.benchmark_group("text/article");
    quick(&mut g);
    g.throughput(Throughput::Bytes(ARTICLE.len() as u64));
    g.bench_function("scan+resolve", |b| {
        b.iter(|| assert_eq!(resolve_article(&r, black_box(ARTICLE)), expected))
    });
    g.finish();
}

/// `namefold::compare` on name pairs (each call builds a one-entry index)
/// next to the plain string similarities a deduplication script would
/// otherwise call, on the same pairs in the same run.
fn bench_compare(c: &mut Criterion) {
    const PAIRS: &[(&str, &str)] = &[
        ("Wladimir Putin", "Vladimir Putin"),
        ("Fridrich Mertz", "Friedrich Merz"),
        ("Steve Vitkov", "Steve Witkoff"),
        ("Volodimir Zellinski", "Volodymyr Zelenskyy"),
        ("Anna Kutz", "Israel Katz"),
        ("Mark Levin", "Mark Rutte"),
        ("Jon Smyth", "John Smith"),
        ("Kharkov", "Kharkiv"),
    ];
    let mut g = c.benchmark_group("compare/pairs");
    quick(&mut g);
    g.throughput(Throughput::Elements(PAIRS.len() as u64));
    g.bench_function("namefold::compare", |b| {
        b.iter(|| {
            PAIRS
                .iter()
                .map(|(x, y)| namefold::compare(black_box(x), black_box(y)).score())
                .sum::<f64>()
        })
    });
    g.bench_function("strsim::jaro_winkler", |b| {
        b.iter(|| {
            PAIRS
                .iter()
                .map(|(x, y)| strsim::jaro_winkler(black_box(x), black_box(y)))
                .sum::<f64>()
        })
    });
    g.bench_function("rapidfuzz::indel", |b| {
        b.iter(|| {
            PAIRS
                .iter()
                .map(|(x, y)| {
                    rapidfuzz::distance::indel::normalized_similarity(
                        black_box(x).chars(),
                        black_box(y).chars(),
                    )
                })
                .sum::<f64>()
        })
    });
    g.finish();
}

fn main() {
    let mut c = Criterion::default().configure_from_args();
    let small = build_world(10_000);
    let large = build_world(100_000);
    bench_normalize(&mut c, &large);
    bench_build(&mut c, &[10_000, 100_000]);
    bench_load(&mut c, &large);
    bench_resolve(&mut c, &large);
    let huge =
        (std::env::var("NAMEFOLD_BENCH_1M").as_deref() == Ok("1")).then(|| build_world(1_000_000));
    let mut worlds = vec![&small, &large];
    worlds.extend(huge.as_ref());
    bench_scaling(&mut c, &worlds);
    bench_article(&mut c);
    bench_compare(&mut c);
    c.final_summary();
}
