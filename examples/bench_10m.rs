//! Ten million entities on one machine: a deterministic 10^7-entity
//! catalogue made from the 10^6-entity `scale` suite, built with the
//! streaming [`IndexWriter`] from its JSON Lines file, saved, memory-mapped
//! and queried, next to the same steps on the 10^6 catalogue in the same
//! run.
//!
//! ```text
//! cargo run --release --example bench_10m -- [--dir ../shared/eval]
//!     [--entities N] [--queries N] [--work DIR]
//! ```
//!
//! The catalogue: the 10^6 scale entities unchanged (so the scale queries
//! keep their answers), then `N - 10^6` entities `S00000000`, … whose
//! name is the given name (first word) of one scale entity drawn at
//! random and the family name (the other words) of another, so every
//! name part keeps its frequency in the scale catalogue. When both drawn
//! entities have a native-script alias in the same Unicode block, the
//! new entity gets the same recombination of their aliases. A xorshift
//! generator with a fixed seed makes the file identical on every run.
//!
//! Each step runs in a child process, so its peak RSS (`VmHWM`) is its
//! own:
//! - `build`: `IndexWriter::push_jsonl` over the catalogue file, then
//!   `finish` (sort, fst, tables, file), progress on a terminal;
//! - `build-mem` (10^6 only): `Catalog::from_jsonl_reader` +
//!   `Resolver::build` + `save`, the in-memory build, for comparison;
//! - `query`: both index files memory-mapped and loaded
//!   (`ResolverBuilder::load_shared`; then again with `verify(true)`),
//!   then the scale queries in alternating passes (10^6, 10^7, … five
//!   rounds; median over rounds per figure), single thread.
//!
//! Needs about 2 GiB of disk in the work directory (default: the system
//! temporary directory) and prints a note and exits 0 when
//! `../shared/eval/scale.entities.jsonl.gz` is absent.

use std::collections::HashMap;
use std::error::Error;
use std::fs::File;
use std::io::{BufReader, BufWriter, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::Arc;
use std::time::Instant;

use namefold::{Catalog, IndexWriter, Query, Resolver};

#[path = "support/mod.rs"]
mod support;
use support::{load_queries, spread, vm_hwm_kib};

type Res<T> = Result<T, Box<dyn Error>>;

const ROUNDS: usize = 5;

struct Args {
    dir: PathBuf,
    entities: usize,
    queries: Option<usize>,
    work: PathBuf,
    step: Option<Vec<String>>,
}

fn parse_args() -> Res<Args> {
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut a = Args {
        dir: manifest.join("../shared/eval"),
        entities: 10_000_000,
        queries: None,
        work: std::env::temp_dir(),
        step: None,
    };
    let mut it = std::env::args().skip(1);
    while let Some(x) = it.next() {
        match x.as_str() {
            "--dir" => a.dir = it.next().ok_or("--dir needs a path")?.into(),
            "--entities" => a.entities = it.next().ok_or("--entities needs N")?.parse()?,
            "--queries" => a.queries = Some(it.next().ok_or("--queries needs N")?.parse()?),
            "--work" => a.work = it.next().ok_or("--work needs a path")?.into(),
            "--step" => a.step = Some(it.by_ref().collect()),
            _ => return Err(format!("unknown argument {x}").into()),
        }
        if a.step.is_some() {
            break;
        }
    }
    Ok(a)
}

fn main() {
    let args = match parse_args() {
        Ok(a) => a,
        Err(e) => {
            eprintln!("bench_10m: {e}");
            std::process::exit(2);
        }
    };
    if !support::scale_suite_present(&args.dir, "bench_10m") {
        return;
    }
    let r = match &args.step {
        Some(step) => child(&args, step),
        None => parent(&args),
    };
    if let Err(e) = r {
        eprintln!("bench_10m: {e}");
        std::process::exit(1);
    }
}

// ---------------------------------------------------------------- parent

fn parent(args: &Args) -> Res<()> {
    let work = args
        .work
        .join(format!("namefold-10m-{}", std::process::id()));
    std::fs::create_dir_all(&work)?;
    let r = run_all(args, &work);
    let _ = std::fs::remove_dir_all(&work);
    r
}

fn run_all(args: &Args, work: &Path) -> Res<()> {
    let exe = work.join("bench_10m");
    std::fs::copy(std::env::current_exe()?, &exe)?;
    let small = work.join("scale1m.jsonl");
    let big = work.join("scale10m.jsonl");
    let small_idx = work.join("1m.nf");
    let big_idx = work.join("10m.nf");
    let p = |x: &Path| x.display().to_string();
    eprintln!("bench_10m: writing the catalogues …");
    let gen = step(&exe, args, &["gen", &p(&small), &p(&big)])?;
    let mut builds = Vec::new();
    for (name, cat, idx) in [("1M", &small, &small_idx), ("10M", &big, &big_idx)] {
        eprintln!("bench_10m: building {name} (streaming) …");
        builds.push((name, step(&exe, args, &["build", &p(cat), &p(idx)])?));
    }
    eprintln!("bench_10m: building 1M in memory …");
    let mem_idx = work.join("1m-mem.nf");
    let mem = step(&exe, args, &["build-mem", &p(&small), &p(&mem_idx)])?;
    let same = std::fs::read(&mem_idx)? == std::fs::read(&small_idx)?;
    std::fs::remove_file(&mem_idx)?;
    eprintln!("bench_10m: loading and querying both …");
    let q = step(&exe, args, &["query", &p(&small_idx), &p(&big_idx)])?;
    print_tables(&gen, &builds, &mem, same, &q);
    Ok(())
}

type Fields = HashMap<String, String>;

/// Runs one step in a child and returns the fields of its `ROW` line.
fn step(exe: &Path, args: &Args, what: &[&str]) -> Res<Fields> {
    let mut cmd = Command::new(exe);
    cmd.arg("--dir").arg(&args.dir);
    cmd.arg("--entities").arg(args.entities.to_string());
    if let Some(n) = args.queries {
        cmd.arg("--queries").arg(n.to_string());
    }
    cmd.arg("--step").args(what);
    let out = cmd.stderr(Stdio::inherit()).output()?;
    if !out.status.success() {
        return Err(format!("step {what:?} failed ({})", out.status).into());
    }
    let text = String::from_utf8_lossy(&out.stdout);
    let row = text
        .lines()
        .find_map(|l| l.strip_prefix("ROW\t"))
        .ok_or("no ROW line")?;
    Ok(row
        .split('\t')
        .filter_map(|kv| kv.split_once('='))
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect())
}

fn print_tables(gen: &Fields, builds: &[(&str, Fields)], mem: &Fields, same: bool, q: &Fields) {
    let f = |m: &Fields, k: &str| m.get(k).cloned().unwrap_or_else(|| "?".into());
    let num = |m: &Fields, k: &str| {
        m.get(k)
            .and_then(|v| v.parse::<f64>().ok())
            .unwrap_or(f64::NAN)
    };
    let now = Command::new("date")
        .args(["-u", "+%Y-%m-%d %H:%M UTC"])
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string())
        .unwrap_or_default();
    println!(
        "machine: {} cores (nproc); date {now}",
        std::thread::available_parallelism().map_or(0, |n| n.get())
    );
    println!("command: cargo run --release --example bench_10m --");
    println!();
    println!(
        "catalogues: {} and {} entities ({} and {} names); JSON Lines {:.0} MiB and {:.0} MiB, written in {} s",
        f(gen, "small_entities"),
        f(gen, "big_entities"),
        f(gen, "small_names"),
        f(gen, "big_names"),
        num(gen, "small_bytes") / 1048576.0,
        num(gen, "big_bytes") / 1048576.0,
        f(gen, "gen_s")
    );
    println!();
    println!("| | 1M | 10M | 10M / 1M |");
    println!("|---|---:|---:|---:|");
    let (a, b) = (&builds[0].1, &builds[1].1);
    let row = |label: &str, x: f64, y: f64, unit: &str, scale: f64, digits: usize| {
        println!(
            "| {label} | {:.*} {unit} | {:.*} {unit} | {:.1}× |",
            digits,
            x / scale,
            digits,
            y / scale,
            y / x
        );
    };
    row(
        "build, catalogue file → index file (streaming)",
        num(a, "build_s"),
        num(b, "build_s"),
        "s",
        1.0,
        1,
    );
    row(
        "peak RSS of the build",
        num(a, "rss_kib"),
        num(b, "rss_kib"),
        "GiB",
        1048576.0,
        2,
    );
    row(
        "index file",
        num(a, "bytes"),
        num(b, "bytes"),
        "MiB",
        1048576.0,
        1,
    );
    for (label, key, digits) in [
        ("load, memory-mapped (wall)", "load", 1),
        ("load, memory-mapped (CPU of the thread)", "cload", 1),
        ("load with verify(true) (wall)", "vload", 0),
        ("load with verify(true) (CPU of the thread)", "cvload", 0),
    ] {
        let (a, b) = (format!("{key}1_ms"), format!("{key}10_ms"));
        row(label, num(q, &a), num(q, &b), "ms", 1.0, digits);
    }
    row(
        "p50, single thread",
        num(q, "p50_1"),
        num(q, "p50_10"),
        "µs",
        1.0,
        0,
    );
    row(
        "p99, single thread",
        num(q, "p99_1"),
        num(q, "p99_10"),
        "µs",
        1.0,
        0,
    );
    row(
        "mean, single thread",
        num(q, "mean_1"),
        num(q, "mean_10"),
        "µs",
        1.0,
        0,
    );
    println!(
        "| accuracy / false accepts | {} / {} | {} / {} | |",
        f(q, "acc_1"),
        f(q, "fa_1"),
        f(q, "acc_10"),
        f(q, "fa_10")
    );
    println!();
    println!(
        "In-memory build of the 1M catalogue (`Resolver::build` + `save`) in the same run: {:.1} s, peak RSS {:.2} GiB (catalogue parsed {:.2} GiB); its file is {} the streaming build's.",
        num(mem, "build_s"),
        num(mem, "rss_kib") / 1048576.0,
        num(mem, "rss_catalog_kib") / 1048576.0,
        if same { "byte-identical to" } else { "DIFFERENT from" }
    );
    println!(
        "Streaming builds: {} / {} sorted runs spilled, {} / {} posting passes; {} queries, {ROUNDS} alternating rounds, median per figure.",
        f(a, "runs"),
        f(b, "runs"),
        f(a, "passes"),
        f(b, "passes"),
        f(q, "queries")
    );
}

// ----------------------------------------------------------------- steps

fn child(args: &Args, step: &[String]) -> Res<()> {
    let s: Vec<&str> = step.iter().map(String::as_str).collect();
    match s.as_slice() {
        ["gen", small, big] => gen(args, Path::new(small), Path::new(big)),
        ["build", cat, idx] => build(Path::new(cat), Path::new(idx)),
        ["build-mem", cat, idx] => build_mem(Path::new(cat), Path::new(idx)),
        ["query", a, b] => query(args, Path::new(a), Path::new(b)),
        _ => Err(format!("unknown step {step:?}").into()),
    }
}

/// The name split into its given name (first word) and the rest.
fn parts(name: &str) -> (&str, &str) {
    name.split_once(' ').unwrap_or((name, ""))
}

fn json_line(out: &mut dyn Write, id: &str, name: &str, aliases: &[String]) -> Res<()> {
    let s = |x: &str| serde_json::to_string(x).expect("a string serializes");
    let aliases: Vec<String> = aliases.iter().map(|a| s(a)).collect();
    writeln!(
        out,
        "{{\"id\": {}, \"name\": {}, \"aliases\": [{}]}}",
        s(id),
        s(name),
        aliases.join(", ")
    )?;
    Ok(())
}

fn gen(args: &Args, small: &Path, big: &Path) -> Res<()> {
    let t = Instant::now();
    let f = File::open(args.dir.join("scale.entities.jsonl.gz"))?;
    let cat = Catalog::from_jsonl_reader(BufReader::with_capacity(
        1 << 20,
        flate2::read::GzDecoder::new(f),
    ))?;
    let ents = cat.entities();
    let mut s = BufWriter::with_capacity(1 << 20, File::create(small)?);
    let mut b = BufWriter::with_capacity(1 << 20, File::create(big)?);
    let mut names = 0u64;
    for e in ents {
        json_line(&mut s, &e.id, &e.name, &e.aliases)?;
        json_line(&mut b, &e.id, &e.name, &e.aliases)?;
        names += 1 + e.aliases.len() as u64;
    }
    let small_names = names;
    let block = |s: &str| s.chars().next().map(|c| c as u32 >> 7);
    let mut rng = 0x2545_F491_4F6C_DD1Du64;
    let mut next = || {
        rng ^= rng << 13;
        rng ^= rng >> 7;
        rng ^= rng << 17;
        rng
    };
    let extra = args.entities.saturating_sub(ents.len());
    for i in 0..extra {
        let a = &ents[(next() % ents.len() as u64) as usize];
        let c = &ents[(next() % ents.len() as u64) as usize];
        let (given, _) = parts(&a.name);
        let (_, family) = parts(&c.name);
        let name = if family.is_empty() {
            given.to_string()
        } else {
            format!("{given} {family}")
        };
        let alias = match (a.aliases.first(), c.aliases.first()) {
            (Some(x), Some(y)) if block(x) == block(y) => {
                let (g, _) = parts(x);
                let (_, f) = parts(y);
                if f.is_empty() {
                    vec![]
                } else {
                    vec![format!("{g} {f}")]
                }
            }
            _ => vec![],
        };
        names += 1 + alias.len() as u64;
        json_line(&mut b, &format!("S{i:08}"), &name, alias.as_slice())?;
    }
    s.flush()?;
    b.flush()?;
    println!(
        "ROW\tsmall_entities={}\tbig_entities={}\tsmall_names={small_names}\tbig_names={names}\tsmall_bytes={}\tbig_bytes={}\tgen_s={:.0}",
        ents.len(),
        ents.len() + extra,
        std::fs::metadata(small)?.len(),
        std::fs::metadata(big)?.len(),
        t.elapsed().as_secs_f64()
    );
    Ok(())
}

fn build(cat: &Path, idx: &Path) -> Res<()> {
    let t = Instant::now();
    let mut w = IndexWriter::new();
    w.temp_dir(idx.parent().unwrap_or(Path::new(".")))
        .progress(true);
    w.push_jsonl(BufReader::with_capacity(1 << 20, File::open(cat)?))?;
    let stats = w.finish(idx)?;
    let secs = t.elapsed().as_secs_f64();
    println!(
        "ROW\tbuild_s={secs:.1}\trss_kib={}\tbytes={}\truns={}\tpasses={}\tentities={}\taliases={}\twords={}",
        vm_hwm_kib(),
        stats.bytes,
        stats.runs,
        stats.posting_passes,
        stats.entities,
        stats.aliases,
        stats.words
    );
    Ok(())
}

fn build_mem(cat: &Path, idx: &Path) -> Res<()> {
    let t = Instant::now();
    let catalog = Catalog::from_jsonl_reader(BufReader::with_capacity(1 << 20, File::open(cat)?))?;
    let rss_catalog = vm_hwm_kib();
    Resolver::build(&catalog)?.save(idx)?;
    println!(
        "ROW\tbuild_s={:.1}\trss_kib={}\trss_catalog_kib={rss_catalog}",
        t.elapsed().as_secs_f64(),
        vm_hwm_kib()
    );
    Ok(())
}

fn map(path: &Path) -> Res<Arc<memmap2::Mmap>> {
    let file = File::open(path)?;
    // SAFETY: the file is private to this run and nothing writes it while
    // it is mapped.
    Ok(Arc::new(unsafe { memmap2::Mmap::map(&file)? }))
}

fn query(args: &Args, a: &Path, b: &Path) -> Res<()> {
    let all = load_queries(&args.dir.join("scale.queries.tsv"))?;
    let queries = spread(&all, args.queries.unwrap_or(all.len()));
    let n = queries.len();
    let mut line = format!("ROW\tqueries={n}");
    let mut resolvers = Vec::new();
    for (tag, path) in [("1", a), ("10", b)] {
        let (t, c) = (Instant::now(), cpu_ns());
        let r = Resolver::builder().load_shared(map(path)?)?;
        line += &format!(
            "\tload{tag}_ms={:.1}\tcload{tag}_ms={:.1}",
            t.elapsed().as_secs_f64() * 1e3,
            (cpu_ns() - c) as f64 / 1e6
        );
        let (t, c) = (Instant::now(), cpu_ns());
        let v = verified(path)?;
        line += &format!(
            "\tvload{tag}_ms={:.1}\tcvload{tag}_ms={:.1}",
            t.elapsed().as_secs_f64() * 1e3,
            (cpu_ns() - c) as f64 / 1e6
        );
        drop(v);
        resolvers.push(r);
    }
    // Accuracy, then alternating timed passes.
    for (tag, r) in [("1", &resolvers[0]), ("10", &resolvers[1])] {
        let (mut ok, mut pos, mut fa, mut neg) = (0, 0, 0, 0);
        for q in &queries {
            let id = r.resolve(&Query::new(&q.text)).id().map(String::from);
            match &q.expected {
                Some(e) => {
                    pos += 1;
                    ok += usize::from(id.as_deref() == Some(e.as_str()));
                }
                None => {
                    neg += 1;
                    fa += usize::from(id.is_some());
                }
            }
        }
        line += &format!(
            "\tacc_{tag}={:.1}%\tfa_{tag}={:.1}%",
            100.0 * ok as f64 / pos.max(1) as f64,
            100.0 * fa as f64 / neg.max(1) as f64
        );
    }
    let pass = |r: &Resolver| {
        let mut lat: Vec<f64> = queries
            .iter()
            .map(|q| {
                let t = Instant::now();
                std::hint::black_box(r.resolve(&Query::new(&q.text)));
                t.elapsed().as_secs_f64() * 1e6
            })
            .collect();
        let mean = lat.iter().sum::<f64>() / lat.len().max(1) as f64;
        lat.sort_by(f64::total_cmp);
        let pct = |p: f64| lat[((lat.len() as f64 * p).ceil() as usize).clamp(1, lat.len()) - 1];
        [pct(0.5), pct(0.99), mean]
    };
    let (mut x, mut y) = (Vec::new(), Vec::new());
    for round in 0..ROUNDS {
        eprintln!("  round {}/{ROUNDS}", round + 1);
        x.push(pass(&resolvers[0]));
        y.push(pass(&resolvers[1]));
    }
    let median = |runs: &[[f64; 3]], k: usize| {
        let mut v: Vec<f64> = runs.iter().map(|r| r[k]).collect();
        v.sort_by(f64::total_cmp);
        v[v.len() / 2]
    };
    for (k, name) in ["p50", "p99", "mean"].iter().enumerate() {
        line += &format!(
            "\t{name}_1={:.1}\t{name}_10={:.1}",
            median(&x, k),
            median(&y, k)
        );
    }
    println!("{line}");
    Ok(())
}

/// Loads with the deep check of files from elsewhere.
fn verified(path: &Path) -> Res<Resolver> {
    Ok(Resolver::builder().verify(true).load_shared(map(path)?)?)
}

/// CPU time this thread has run, in ns (`/proc/thread-self/schedstat`):
/// on a shared machine a load's wall time is mostly waiting for a core.
fn cpu_ns() -> u64 {
    let s = std::fs::read_to_string("/proc/thread-self/schedstat").unwrap_or_default();
    s.split_whitespace()
        .next()
        .and_then(|v| v.parse().ok())
        .unwrap_or(0)
}
