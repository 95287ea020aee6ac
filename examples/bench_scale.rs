//! Side-by-side scale benchmark: namefold against common fuzzy-matching
//! peers on the 1,000,000-entity `scale` suite.
//!
//! ```text
//! cargo run --release --example bench_scale -- [--dir ../shared/eval]
//!     [--queries N] [--scan-sample N] [--skip-peers]
//! ```
//! - `--queries N`: queries evaluated by the indexed methods (default: all,
//!   evenly spaced over the file when fewer).
//! - `--scan-sample N`: queries run by the full-scan peers (default 100).
//! - `--skip-peers`: namefold only.
//!
//! Each method runs in a child process of this program (`--method NAME`),
//! so its peak RSS (`VmHWM`) is its own. A child loads the catalogue,
//! builds its index, reads `VmHWM`, (for the methods with an on-disk form)
//! saves the index to a temporary file and times loading it back, then
//! times each query on one thread (normalization included) and the whole
//! set on all cores, and prints one `ROW` line that the parent turns into a
//! markdown table.
//!
//! A last child (`--method interleaved`) builds namefold and the fst +
//! Levenshtein peer in one process and times them in alternating passes
//! over the queries (namefold, peer, namefold, … five rounds; each pass
//! starts with the caches the other method's pass left), reporting each
//! method's median over rounds: on a shared, noisy machine that ratio is
//! steadier than the one between two rows measured minutes apart. A
//! second table takes each query's fastest pass of the rounds, which
//! drops the passes where another process took the core.
//!
//! Every peer uses namefold's [`Normalizer`] for its keys (canonical names
//! and aliases) and queries, so all methods see the same strings.
//!
//! Exits 0 with a note when the suite files are absent.

use std::collections::HashMap;
use std::error::Error;
use std::fs::File;
use std::io::BufReader;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use namefold::{Catalog, Normalizer, Query, Resolver};

#[path = "support/mod.rs"]
mod support;
use support::{load_queries, spread, vm_hwm_kib, Q};

type Res<T> = Result<T, Box<dyn Error>>;

const METHODS: &[&str] = &[
    "namefold",
    "fst-levenshtein",
    "jaro-winkler",
    "rapidfuzz",
    "symspell",
];

struct Args {
    dir: PathBuf,
    queries: Option<usize>,
    scan_sample: usize,
    skip_peers: bool,
    method: Option<String>,
}

fn parse_args() -> Res<Args> {
    let mut a = Args {
        dir: Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/eval"),
        queries: None,
        scan_sample: 100,
        skip_peers: false,
        method: None,
    };
    let mut it = std::env::args().skip(1);
    while let Some(arg) = it.next() {
        let mut value = |name: &str| it.next().ok_or_else(|| format!("{name} needs a value"));
        match arg.as_str() {
            "--dir" => a.dir = value("--dir")?.into(),
            "--queries" => a.queries = Some(value("--queries")?.parse()?),
            "--scan-sample" => a.scan_sample = value("--scan-sample")?.parse()?,
            "--skip-peers" => a.skip_peers = true,
            "--method" => a.method = Some(value("--method")?),
            s => return Err(format!("unknown argument {s}").into()),
        }
    }
    Ok(a)
}

fn main() {
    let args = match parse_args() {
        Ok(a) => a,
        Err(e) => {
            eprintln!("bench_scale: {e}");
            std::process::exit(2);
        }
    };
    if !support::scale_suite_present(&args.dir, "bench_scale") {
        return;
    }
    let result = match &args.method {
        Some(m) => child(&args, m),
        None => parent(&args),
    };
    if let Err(e) = result {
        eprintln!("bench_scale: {e}");
        std::process::exit(1);
    }
}

// ---------------------------------------------------------------- parent

/// One measured method, as reported by a child.
struct Row {
    method: String,
    fields: HashMap<String, String>,
}

fn parent(args: &Args) -> Res<()> {
    print_machine();
    // Children run from a private copy of this binary, so a concurrent
    // `cargo build` that replaces it cannot break the run.
    let exe = temp_path("bench_scale");
    std::fs::copy(std::env::current_exe()?, &exe)?;
    let methods: Vec<&str> = if args.skip_peers {
        vec!["namefold"]
    } else {
        METHODS.to_vec()
    };
    let mut rows = Vec::new();
    for m in methods {
        eprintln!("bench_scale: running {m} …");
        match run_child(&exe, args, m) {
            Ok(r) => rows.push(r),
            Err(e) => {
                eprintln!("bench_scale: {m} failed: {e}");
                let fields = HashMap::from([("note".to_string(), format!("failed: {e}"))]);
                rows.push(Row {
                    method: m.to_string(),
                    fields,
                });
            }
        }
    }
    let pair = if args.skip_peers {
        None
    } else {
        eprintln!("bench_scale: running namefold and fst-levenshtein interleaved …");
        run_child(&exe, args, "interleaved")
            .map_err(|e| eprintln!("bench_scale: interleaved run failed: {e}"))
            .ok()
    };
    std::fs::remove_file(&exe)?;
    print_table(&rows);
    if let Some(p) = pair {
        print_pair(&p);
    }
    Ok(())
}

fn print_pair(p: &Row) {
    let num = |k: &str| p.fields.get(k).and_then(|v| v.parse::<f64>().ok());
    let ratio = |a: Option<f64>, b: Option<f64>| match (a, b) {
        (Some(a), Some(b)) if a > 0.0 => format!("{:.1}×", b / a),
        _ => "—".into(),
    };
    println!();
    println!(
        "Interleaved, same process: {} rounds of a namefold pass then an fst + levenshtein_automata pass over {} queries; median over rounds:",
        p.fields.get("rounds").map_or("?", String::as_str),
        p.fields.get("queries").map_or("?", String::as_str)
    );
    println!();
    println!("| | namefold | fst + levenshtein_automata | ratio |");
    println!("|---|---:|---:|---:|");
    let table = |prefix: &str| {
        for name in ["p50", "p95", "p99", "mean"] {
            let (a, b) = (
                num(&format!("nf_{prefix}{name}_us")),
                num(&format!("fl_{prefix}{name}_us")),
            );
            println!(
                "| {name} | {} | {} | {} |",
                latency(a),
                latency(b),
                ratio(a, b)
            );
        }
    };
    table("");
    println!();
    println!("Each query's fastest of the rounds (what it costs when the core is not taken away):");
    println!();
    println!("| | namefold | fst + levenshtein_automata | ratio |");
    println!("|---|---:|---:|---:|");
    table("fast_");
}

fn print_machine() {
    let cpu = std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("model name"))
                .map(|l| l.split(':').nth(1).unwrap_or("").trim().to_string())
        })
        .unwrap_or_else(|| "unknown".into());
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    let date = Command::new("date")
        .arg("-u")
        .arg("+%Y-%m-%d %H:%M UTC")
        .output()
        .ok();
    let date = date
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string())
        .unwrap_or_default();
    let cmd: Vec<String> = std::env::args().skip(1).collect();
    println!("machine: {cores} cores (nproc), CPU {cpu}; date {date}");
    println!(
        "command: cargo run --release --example bench_scale -- {}",
        cmd.join(" ")
    );
    println!();
}

fn run_child(exe: &Path, args: &Args, method: &str) -> Res<Row> {
    let mut cmd = Command::new(exe);
    cmd.arg("--method").arg(method).arg("--dir").arg(&args.dir);
    cmd.arg("--scan-sample").arg(args.scan_sample.to_string());
    if let Some(n) = args.queries {
        cmd.arg("--queries").arg(n.to_string());
    }
    let out = cmd.stderr(Stdio::inherit()).output()?;
    let stdout = String::from_utf8_lossy(&out.stdout);
    let line = stdout.lines().find(|l| l.starts_with("ROW\t"));
    let Some(line) = line else {
        return Err(format!("child exited with {} and printed no row", out.status).into());
    };
    let fields = line
        .split('\t')
        .skip(1)
        .filter_map(|kv| {
            kv.split_once('=')
                .map(|(k, v)| (k.to_string(), v.to_string()))
        })
        .collect();
    Ok(Row {
        method: method.to_string(),
        fields,
    })
}

fn print_table(rows: &[Row]) {
    println!(
        "| method | queries | build | index on disk | peak RSS (catalogue alone) | load | p50 | p95 | p99 | queries/s ({} threads) | accuracy | FAR |",
        std::thread::available_parallelism().map_or(1, |n| n.get())
    );
    println!("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    for r in rows {
        let f = |k: &str| r.fields.get(k).cloned().unwrap_or_default();
        let num = |k: &str| f(k).parse::<f64>().ok();
        if r.fields.contains_key("note") && !r.fields.contains_key("build_s") {
            println!(
                "| {} | {} |  |  |  |  |  |  |  |  |  |  |",
                label(&r.method),
                f("note")
            );
            continue;
        }
        let size = num("size_bytes")
            .filter(|&b| b >= 0.0)
            .map_or("—".into(), |b| format!("{:.1} MiB", b / 1048576.0));
        let load = num("load_ms")
            .filter(|&b| b >= 0.0)
            .map_or("—".into(), |b| format!("{b:.0} ms"));
        let rss = format!(
            "{:.2} GiB ({:.2})",
            num("rss_build_kib").unwrap_or(0.0) / 1048576.0,
            num("rss_catalog_kib").unwrap_or(0.0) / 1048576.0
        );
        println!(
            "| {} | {} | {:.1} s | {} | {} | {} | {} | {} | {} | {} | {} | {} |",
            label(&r.method),
            f("queries"),
            num("build_s").unwrap_or(0.0),
            size,
            rss,
            load,
            latency(num("p50_us")),
            latency(num("p95_us")),
            latency(num("p99_us")),
            rate(num("qps").unwrap_or(0.0)),
            ratio(&f("correct"), &f("positives")),
            ratio(&f("false_accepts"), &f("negatives")),
        );
    }
}

fn label(method: &str) -> &str {
    match method {
        "fst-levenshtein" => "fst + levenshtein_automata (d≤2, transpositions)",
        "jaro-winkler" => "full scan, strsim::jaro_winkler ≥ 0.9",
        "rapidfuzz" => "full scan, rapidfuzz Levenshtein sim ≥ 0.8",
        "symspell" => "SymSpell (d≤2, prefix 7)",
        m => m,
    }
}

fn latency(us: Option<f64>) -> String {
    match us {
        None => String::new(),
        Some(u) if u >= 100_000.0 => format!("{:.0} ms", u / 1000.0),
        Some(u) if u >= 1000.0 => format!("{:.1} ms", u / 1000.0),
        Some(u) => format!("{u:.0} µs"),
    }
}

fn rate(qps: f64) -> String {
    if qps >= 100.0 {
        format!("{qps:.0}")
    } else {
        format!("{qps:.1}")
    }
}

fn ratio(num: &str, den: &str) -> String {
    match (num.parse::<f64>(), den.parse::<f64>()) {
        (Ok(n), Ok(d)) if d > 0.0 => format!("{:.1}% ({n}/{d})", 100.0 * n / d),
        _ => "—".into(),
    }
}

// ----------------------------------------------------------------- child

/// A built method: answers a query with an entity id or abstains.
trait Method: Sync {
    fn answer(&self, query: &str) -> Option<String>;
}

/// What building a method measured.
struct Built {
    method: Box<dyn Method>,
    build: Duration,
    rss_build_kib: u64,
    size_bytes: Option<u64>,
    load: Option<Duration>,
}

fn child(args: &Args, method: &str) -> Res<()> {
    let catalog = load_catalog(&args.dir.join("scale.entities.jsonl.gz"))?;
    let all = load_queries(&args.dir.join("scale.queries.tsv"))?;
    let full_scan = matches!(method, "jaro-winkler" | "rapidfuzz");
    let n = if full_scan {
        args.scan_sample
    } else {
        args.queries.unwrap_or(all.len())
    };
    let queries = spread(&all, n);
    if method == "interleaved" {
        return interleaved(&catalog, &queries);
    }
    let rss_catalog_kib = vm_hwm_kib();
    let built = match method {
        "namefold" => build_namefold(&catalog)?,
        "fst-levenshtein" => build_fst(&catalog)?,
        "jaro-winkler" => build_scan(&catalog, Scorer::JaroWinkler),
        "rapidfuzz" => build_scan(&catalog, Scorer::Rapidfuzz),
        "symspell" => build_symspell(&catalog),
        m => return Err(format!("unknown method {m}").into()),
    };
    eprintln!(
        "  {method}: built in {:.1} s; measuring {} queries",
        built.build.as_secs_f64(),
        queries.len()
    );
    let m = measure(built.method.as_ref(), &queries);
    println!(
        "ROW\tqueries={}\tbuild_s={:.3}\tsize_bytes={}\trss_catalog_kib={}\trss_build_kib={}\tload_ms={}\tp50_us={:.1}\tp95_us={:.1}\tp99_us={:.1}\tqps={:.1}\tcorrect={}\tpositives={}\tfalse_accepts={}\tnegatives={}",
        queries.len(),
        built.build.as_secs_f64(),
        built.size_bytes.map_or(-1, |b| b as i64),
        rss_catalog_kib,
        built.rss_build_kib,
        built.load.map_or(-1.0, |d| d.as_secs_f64() * 1000.0),
        m.p50_us,
        m.p95_us,
        m.p99_us,
        m.qps,
        m.correct,
        m.positives,
        m.false_accepts,
        m.negatives
    );
    Ok(())
}

/// Rounds of the interleaved run.
const ROUNDS: usize = 5;

/// namefold and the fst + Levenshtein peer timed in alternating passes
/// over the queries; per percentile, the median over rounds, and the
/// percentiles of each query's fastest round.
fn interleaved(catalog: &Catalog, queries: &[&Q]) -> Res<()> {
    let nf = build_namefold(catalog)?;
    let fl = build_fst(catalog)?;
    eprintln!(
        "  interleaved: built; {ROUNDS} rounds of {} queries",
        queries.len()
    );
    // Each query's latency in one pass, in query order.
    let pass = |m: &dyn Method| -> Vec<f64> {
        queries
            .iter()
            .map(|q| {
                let t = Instant::now();
                std::hint::black_box(m.answer(&q.text));
                t.elapsed().as_secs_f64() * 1e6
            })
            .collect()
    };
    let summary = |lat: &[f64]| {
        let mean = lat.iter().sum::<f64>() / lat.len().max(1) as f64;
        let mut lat = lat.to_vec();
        lat.sort_by(f64::total_cmp);
        let [p50, p95, p99] = [0.50, 0.95, 0.99].map(|p| percentile(&lat, p));
        [p50, p95, p99, mean]
    };
    let (mut a, mut b) = (Vec::new(), Vec::new());
    for _ in 0..ROUNDS {
        a.push(pass(nf.method.as_ref()));
        b.push(pass(fl.method.as_ref()));
    }
    // Per query, its fastest pass: what the query costs when no other
    // process takes the core away (the machine is shared).
    let fastest = |runs: &[Vec<f64>]| -> Vec<f64> {
        (0..queries.len())
            .map(|i| runs.iter().map(|r| r[i]).fold(f64::INFINITY, f64::min))
            .collect()
    };
    let (fast_a, fast_b) = (summary(&fastest(&a)), summary(&fastest(&b)));
    let a: Vec<[f64; 4]> = a.iter().map(|r| summary(r)).collect();
    let b: Vec<[f64; 4]> = b.iter().map(|r| summary(r)).collect();
    let median = |runs: &[[f64; 4]], k: usize| {
        let mut v: Vec<f64> = runs.iter().map(|r| r[k]).collect();
        v.sort_by(f64::total_cmp);
        v[v.len() / 2]
    };
    let mut line = format!("ROW\tqueries={}\trounds={ROUNDS}", queries.len());
    for (k, name) in ["p50", "p95", "p99", "mean"].iter().enumerate() {
        line += &format!(
            "\tnf_{name}_us={:.1}\tfl_{name}_us={:.1}",
            median(&a, k),
            median(&b, k)
        );
        line += &format!(
            "\tnf_fast_{name}_us={:.1}\tfl_fast_{name}_us={:.1}",
            fast_a[k], fast_b[k]
        );
    }
    println!("{line}");
    Ok(())
}

fn load_catalog(path: &Path) -> Res<Catalog> {
    let f = File::open(path)?;
    let rdr = BufReader::with_capacity(1 << 20, flate2::read::GzDecoder::new(f));
    Ok(Catalog::from_jsonl_reader(rdr)?)
}

/// A temporary path for a saved index, unique to this process.
fn temp_path(name: &str) -> PathBuf {
    std::env::temp_dir().join(format!("namefold-bench-{}-{name}", std::process::id()))
}

// -------------------------------------------------------------- measuring

struct Measured {
    p50_us: f64,
    p95_us: f64,
    p99_us: f64,
    qps: f64,
    correct: usize,
    positives: usize,
    false_accepts: usize,
    negatives: usize,
}

fn measure(method: &dyn Method, queries: &[&Q]) -> Measured {
    let mut lat = Vec::with_capacity(queries.len());
    let mut answers = Vec::with_capacity(queries.len());
    for q in queries {
        let t = Instant::now();
        let a = method.answer(&q.text);
        lat.push(t.elapsed().as_secs_f64() * 1e6);
        answers.push(a);
    }
    lat.sort_by(f64::total_cmp);
    let (correct, positives, false_accepts, negatives) = score(queries, &answers);
    Measured {
        p50_us: percentile(&lat, 0.50),
        p95_us: percentile(&lat, 0.95),
        p99_us: percentile(&lat, 0.99),
        qps: all_cores_qps(method, queries),
        correct,
        positives,
        false_accepts,
        negatives,
    }
}

fn percentile(sorted: &[f64], p: f64) -> f64 {
    if sorted.is_empty() {
        return 0.0;
    }
    let i = ((sorted.len() as f64 * p).ceil() as usize).clamp(1, sorted.len()) - 1;
    sorted[i]
}

/// (correct, queries with an expected id, answers on negatives, negatives).
fn score(queries: &[&Q], answers: &[Option<String>]) -> (usize, usize, usize, usize) {
    let (mut correct, mut positives, mut fa, mut negatives) = (0, 0, 0, 0);
    for (q, a) in queries.iter().zip(answers) {
        match &q.expected {
            Some(id) => {
                positives += 1;
                correct += usize::from(a.as_deref() == Some(id.as_str()));
            }
            None => {
                negatives += 1;
                fa += usize::from(a.is_some());
            }
        }
    }
    (correct, positives, fa, negatives)
}

/// Queries per second with one thread per core, each taking every
/// `threads`-th query.
fn all_cores_qps(method: &dyn Method, queries: &[&Q]) -> f64 {
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    let t = Instant::now();
    std::thread::scope(|s| {
        for k in 0..threads {
            s.spawn(move || {
                for q in queries.iter().skip(k).step_by(threads) {
                    std::hint::black_box(method.answer(&q.text));
                }
            });
        }
    });
    queries.len() as f64 / t.elapsed().as_secs_f64()
}

// -------------------------------------------------------------- namefold

struct Namefold(Resolver);

impl Method for Namefold {
    fn answer(&self, query: &str) -> Option<String> {
        self.0.resolve(&Query::new(query)).id().map(String::from)
    }
}

fn build_namefold(catalog: &Catalog) -> Res<Built> {
    let t = Instant::now();
    let r = Resolver::build(catalog)?;
    let build = t.elapsed();
    let rss_build_kib = vm_hwm_kib();
    let path = temp_path("namefold.idx");
    r.save(&path)?;
    drop(r);
    let size = std::fs::metadata(&path)?.len();
    // Loaded as a server would: the file memory-mapped and read in place.
    let t = Instant::now();
    let file = std::fs::File::open(&path)?;
    // SAFETY: the file is private to this run and nothing writes it while
    // it is mapped (namefold itself only ever replaces index files by
    // renaming a new file over them).
    let map = unsafe { memmap2::Mmap::map(&file)? };
    let r = Resolver::builder().load_shared(std::sync::Arc::new(map))?;
    let load = t.elapsed();
    std::fs::remove_file(&path)?;
    Ok(Built {
        method: Box::new(Namefold(r)),
        build,
        rss_build_kib,
        size_bytes: Some(size),
        load: Some(load),
    })
}

// ------------------------------------------------------------------ peers

/// Every normalized name (canonical and aliases) with its entity index,
/// in catalogue order.
fn normalized_names(catalog: &Catalog) -> (Vec<String>, Vec<u32>) {
    let norm = Normalizer::new();
    let (mut names, mut owner) = (Vec::new(), Vec::new());
    for (i, e) in catalog.entities().iter().enumerate() {
        for name in std::iter::once(&e.name).chain(&e.aliases) {
            let n = norm.normalize(name);
            if !n.is_empty() {
                names.push(n);
                owner.push(i as u32);
            }
        }
    }
    (names, owner)
}

fn entity_ids(catalog: &Catalog) -> Vec<String> {
    catalog.entities().iter().map(|e| e.id.clone()).collect()
}

/// fst map from normalized name to entity index, searched with a
/// Levenshtein DFA (distance 2, transpositions cost 1).
struct FstLev {
    map: fst::Map<Vec<u8>>,
    ids: Vec<String>,
    dfa: levenshtein_automata::LevenshteinAutomatonBuilder,
    norm: Normalizer,
}

impl Method for FstLev {
    fn answer(&self, query: &str) -> Option<String> {
        use fst::{IntoStreamer, Streamer};
        let q = self.norm.normalize(query);
        let dfa = self.dfa.build_dfa(&q);
        let mut stream = self.map.search(&dfa).into_stream();
        let mut best: Option<(u8, u64, bool)> = None; // (distance, entity, tied)
        while let Some((key, ent)) = stream.next() {
            let levenshtein_automata::Distance::Exact(d) = dfa.eval(key) else {
                continue;
            };
            best = match best {
                Some((bd, be, tied)) if bd < d || (bd == d && be == ent) => Some((bd, be, tied)),
                Some((bd, _, _)) if bd == d => Some((bd, ent, true)),
                _ => Some((d, ent, false)),
            };
        }
        best.filter(|b| !b.2)
            .map(|(_, e, _)| self.ids[e as usize].clone())
    }
}

fn build_fst(catalog: &Catalog) -> Res<Built> {
    let t = Instant::now();
    let (names, owner) = normalized_names(catalog);
    let mut order: Vec<usize> = (0..names.len()).collect();
    order.sort_by(|&a, &b| names[a].cmp(&names[b]).then(a.cmp(&b)));
    let mut b = fst::MapBuilder::memory();
    let mut last: Option<&str> = None;
    for i in order {
        if last != Some(names[i].as_str()) {
            b.insert(&names[i], owner[i] as u64)?;
            last = Some(&names[i]);
        }
    }
    let bytes = b.into_inner()?;
    let ids = entity_ids(catalog).join("\n");
    let build = t.elapsed();
    let rss_build_kib = vm_hwm_kib();
    let (fst_path, ids_path) = (temp_path("names.fst"), temp_path("ids.txt"));
    std::fs::write(&fst_path, &bytes)?;
    std::fs::write(&ids_path, &ids)?;
    drop((bytes, ids));
    let size = std::fs::metadata(&fst_path)?.len() + std::fs::metadata(&ids_path)?.len();
    let t = Instant::now();
    let map = fst::Map::new(std::fs::read(&fst_path)?)?;
    let ids: Vec<String> = std::fs::read_to_string(&ids_path)?
        .split('\n')
        .map(String::from)
        .collect();
    let load = t.elapsed();
    std::fs::remove_file(&fst_path)?;
    std::fs::remove_file(&ids_path)?;
    let dfa = levenshtein_automata::LevenshteinAutomatonBuilder::new(2, true);
    let method = Box::new(FstLev {
        map,
        ids,
        dfa,
        norm: Normalizer::new(),
    });
    Ok(Built {
        method,
        build,
        rss_build_kib,
        size_bytes: Some(size),
        load: Some(load),
    })
}

#[derive(Clone, Copy)]
enum Scorer {
    JaroWinkler,
    Rapidfuzz,
}

/// Full scan over every normalized name.
struct Scan {
    names: Vec<String>,
    owner: Vec<u32>,
    ids: Vec<String>,
    scorer: Scorer,
    norm: Normalizer,
}

impl Scan {
    /// The best (score, name index), first one on ties.
    fn best_jaro_winkler(&self, q: &str) -> Option<(f64, usize)> {
        let mut best: Option<(f64, usize)> = None;
        for (i, n) in self.names.iter().enumerate() {
            let s = strsim::jaro_winkler(q, n);
            if best.map_or(true, |b| s > b.0) {
                best = Some((s, i));
            }
        }
        best.filter(|b| b.0 >= 0.9)
    }

    fn best_rapidfuzz(&self, q: &str) -> Option<(f64, usize)> {
        use rapidfuzz::distance::levenshtein::{Args, BatchComparator};
        let cmp = BatchComparator::new(q.bytes());
        let mut best: Option<(f64, usize)> = None;
        for (i, n) in self.names.iter().enumerate() {
            let cutoff = best.map_or(0.8, |b| b.0);
            let args = Args::default().score_cutoff(cutoff);
            if let Some(s) = cmp.normalized_similarity_with_args(n.bytes(), &args) {
                if best.map_or(true, |b| s > b.0) {
                    best = Some((s, i));
                }
            }
        }
        best
    }
}

impl Method for Scan {
    fn answer(&self, query: &str) -> Option<String> {
        let q = self.norm.normalize(query);
        let best = match self.scorer {
            Scorer::JaroWinkler => self.best_jaro_winkler(&q),
            Scorer::Rapidfuzz => self.best_rapidfuzz(&q),
        };
        best.map(|(_, i)| self.ids[self.owner[i] as usize].clone())
    }
}

fn build_scan(catalog: &Catalog, scorer: Scorer) -> Built {
    let t = Instant::now();
    let (names, owner) = normalized_names(catalog);
    let ids = entity_ids(catalog);
    let build = t.elapsed();
    let method = Box::new(Scan {
        names,
        owner,
        ids,
        scorer,
        norm: Normalizer::new(),
    });
    Built {
        method,
        build,
        rss_build_kib: vm_hwm_kib(),
        size_bytes: None,
        load: None,
    }
}

/// SymSpell over full normalized names; abstains when the closest
/// suggestions belong to more than one entity.
struct Sym {
    sym: symspell::SymSpell<symspell::AsciiStringStrategy>,
    owner: HashMap<String, u32>,
    ids: Vec<String>,
    norm: Normalizer,
}

impl Method for Sym {
    fn answer(&self, query: &str) -> Option<String> {
        let q = self.norm.normalize(query);
        let sugg = self.sym.lookup(&q, symspell::Verbosity::Closest, 2);
        let mut ents = sugg.iter().filter_map(|s| self.owner.get(&s.term).copied());
        let first = ents.next()?;
        if ents.any(|e| e != first) {
            return None;
        }
        Some(self.ids[first as usize].clone())
    }
}

fn build_symspell(catalog: &Catalog) -> Built {
    let t = Instant::now();
    let (names, owner_list) = normalized_names(catalog);
    let mut sym: symspell::SymSpell<symspell::AsciiStringStrategy> = symspell::SymSpell::default();
    let mut owner = HashMap::with_capacity(names.len());
    for (name, ent) in names.into_iter().zip(owner_list) {
        sym.load_dictionary_line(&format!("{name}\t1"), 0, 1, "\t");
        owner.entry(name).or_insert(ent);
    }
    let ids = entity_ids(catalog);
    let build = t.elapsed();
    let method = Box::new(Sym {
        sym,
        owner,
        ids,
        norm: Normalizer::new(),
    });
    Built {
        method,
        build,
        rss_build_kib: vm_hwm_kib(),
        size_bytes: None,
        load: None,
    }
}
