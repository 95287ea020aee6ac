//! Evaluates namefold on the development suites and prints one table.
//!
//! ```text
//! cargo run --release --example eval -- [--dir ../shared/eval] [--no-scale] [--no-world]
//!                                        [--kinds] [--calibration] [--threshold X] [SUITE...]
//! ```
//! Suites are the synthetic ones in `--dir` (`translit_ru`, `translit_multi`,
//! `typos`, `negatives`, `scale`) and every suite of its `world/` folder
//! (real data: `world/ofac`, `world/un`, `world/nameparts`, …). A `SUITE`
//! argument names one (`typos`, `world/ofac` or just `ofac`); `world` names
//! the whole folder. For each suite it builds the index from `<suite>.entities.jsonl(.gz)`,
//! resolves `<suite>.queries.tsv` with the default settings, writes the
//! answers to `target/eval/<suite>.answers.tsv`, scores them with
//! `score.py` from the same folder and prints: accuracy on positives,
//! abstention, wrong ids, false-accept rate on negatives, queries/s.
//! `--kinds` also prints score.py's per-kind tables; `--calibration`
//! buckets answers by score and prints the share correct per bucket.
//! Exits 0 with a note when the suites folder is absent.

use std::collections::BTreeMap;
use std::error::Error;
use std::fs::File;
use std::io::{BufRead, BufReader, Read, Write};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

use namefold::{Catalog, Query, Resolver};

const SUITES: &[&str] = &[
    "translit_ru",
    "translit_multi",
    "typos",
    "negatives",
    "scale",
];

/// The folder of real-data suites inside `--dir`.
const WORLD: &str = "world";

struct Args {
    dir: PathBuf,
    suites: Vec<String>,
    kinds: bool,
    calibration: bool,
    threshold: Option<f64>,
}

fn parse_args() -> Result<Args, String> {
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut args = Args {
        dir: manifest.join("../shared/eval"),
        suites: Vec::new(),
        kinds: false,
        calibration: false,
        threshold: None,
    };
    let mut no_scale = false;
    let mut no_world = false;
    let mut it = std::env::args().skip(1);
    while let Some(a) = it.next() {
        match a.as_str() {
            "--dir" => args.dir = it.next().ok_or("--dir needs a path")?.into(),
            "--no-scale" => no_scale = true,
            "--no-world" => no_world = true,
            "--kinds" => args.kinds = true,
            "--calibration" => args.calibration = true,
            "--threshold" => {
                let t = it.next().ok_or("--threshold needs a number")?;
                args.threshold = Some(t.parse().map_err(|_| format!("bad threshold {t}"))?);
            }
            s if s.starts_with('-') => return Err(format!("unknown option {s}")),
            s => args.suites.push(s.to_string()),
        }
    }
    let world = world_suites(&args.dir);
    let named = std::mem::take(&mut args.suites);
    if named.is_empty() {
        args.suites = SUITES
            .iter()
            .filter(|s| !(no_scale && **s == "scale"))
            .map(|s| s.to_string())
            .collect();
        if !no_world {
            args.suites.extend(world);
        }
    } else {
        for s in named {
            if s == WORLD {
                args.suites.extend(world.iter().cloned());
            } else if !SUITES.contains(&s.as_str()) && world.contains(&format!("{WORLD}/{s}")) {
                args.suites.push(format!("{WORLD}/{s}"));
            } else {
                args.suites.push(s);
            }
        }
    }
    Ok(args)
}

/// The suites of `dir/world`, as `world/<name>`, sorted.
fn world_suites(dir: &Path) -> Vec<String> {
    let mut found: Vec<String> = std::fs::read_dir(dir.join(WORLD))
        .into_iter()
        .flatten()
        .flatten()
        .filter_map(|e| {
            let name = e.file_name().into_string().ok()?;
            let stem = name.strip_suffix(".queries.tsv")?;
            Some(format!("{WORLD}/{stem}"))
        })
        .collect();
    found.sort();
    found
}

fn open(path: &Path) -> Result<Box<dyn BufRead>, Box<dyn Error>> {
    let f = File::open(path).map_err(|e| format!("{}: {e}", path.display()))?;
    if path.extension().is_some_and(|e| e == "gz") {
        Ok(Box::new(BufReader::new(flate2::read::GzDecoder::new(f))))
    } else {
        Ok(Box::new(BufReader::new(f)))
    }
}

fn find(dir: &Path, stem: &str) -> Option<PathBuf> {
    [".jsonl", ".jsonl.gz", ".tsv", ".tsv.gz"]
        .iter()
        .map(|ext| dir.join(format!("{stem}{ext}")))
        .find(|p| p.exists())
}

struct Row {
    suite: String,
    summary: String,
    qps: f64,
    build_s: f64,
}

fn run_suite(
    args: &Args,
    suite: &str,
    calib: &mut BTreeMap<u32, (u32, u32)>,
) -> Result<Option<Row>, Box<dyn Error>> {
    let (dir, name) = match suite.rsplit_once('/') {
        Some((sub, name)) => (args.dir.join(sub), name),
        None => (args.dir.clone(), suite),
    };
    let (Some(ents), Some(queries)) = (
        find(&dir, &format!("{name}.entities")),
        find(&dir, &format!("{name}.queries")),
    ) else {
        return Ok(None);
    };
    let t = Instant::now();
    let catalog =
        Catalog::from_jsonl_reader(open(&ents)?).map_err(|e| format!("{}:{e}", ents.display()))?;
    let mut builder = Resolver::builder();
    if let Some(t) = args.threshold {
        builder.threshold(t);
    }
    let resolver = builder.build(&catalog)?;
    let build_s = t.elapsed().as_secs_f64();
    let mut text = String::new();
    open(&queries)?.read_to_string(&mut text)?;
    let rows: Vec<Vec<&str>> = text
        .lines()
        .skip(1)
        .map(|l| l.split('\t').collect())
        .collect();
    let qs: Vec<Query> = rows.iter().map(|r| Query::new(r[0])).collect();
    let t = Instant::now();
    let answers = resolver.resolve_many(&qs, 0);
    let qps = qs.len() as f64 / t.elapsed().as_secs_f64();
    let out_dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/eval");
    std::fs::create_dir_all(&out_dir)?;
    let out_path = out_dir.join(format!("{}.answers.tsv", suite.replace('/', "-")));
    let mut out = std::io::BufWriter::new(File::create(&out_path)?);
    for (row, res) in rows.iter().zip(&answers) {
        writeln!(
            out,
            "{}\t{}\t{:.4}",
            row[0],
            res.id().unwrap_or(""),
            res.score()
        )?;
        if let Some(id) = res.id() {
            let bucket = (res.score() * 20.0).floor().min(19.0) as u32;
            let e = calib.entry(bucket).or_default();
            e.1 += 1;
            e.0 += u32::from(row.get(1) == Some(&id));
        }
    }
    out.flush()?;
    let mut cmd = Command::new("python3");
    cmd.arg(dir.join("score.py"))
        .arg(name)
        .arg(&out_path)
        .arg("--dir")
        .arg(&dir);
    if !args.kinds {
        cmd.arg("--no-kinds");
    }
    let report = String::from_utf8_lossy(&cmd.output()?.stdout).into_owned();
    if args.kinds {
        println!("{report}");
    }
    let summary = report
        .lines()
        .find(|l| l.starts_with("SUMMARY"))
        .unwrap_or("SUMMARY (score.py failed)")
        .to_string();
    Ok(Some(Row {
        suite: suite.to_string(),
        summary,
        qps,
        build_s,
    }))
}

fn field<'a>(summary: &'a str, key: &str) -> &'a str {
    summary
        .split_whitespace()
        .find_map(|kv| kv.strip_prefix(key).and_then(|v| v.strip_prefix('=')))
        .unwrap_or("-")
}

fn main() -> Result<(), Box<dyn Error>> {
    let args = match parse_args() {
        Ok(a) => a,
        Err(e) => {
            eprintln!("error: {e}");
            std::process::exit(2)
        }
    };
    if !args.dir.join("score.py").exists() {
        println!(
            "no suites at {} (score.py missing): nothing to evaluate",
            args.dir.display()
        );
        return Ok(());
    }
    let mut calib = BTreeMap::new();
    let mut rows = Vec::new();
    for suite in &args.suites {
        match run_suite(&args, suite, &mut calib)? {
            Some(row) => rows.push(row),
            None => eprintln!("{suite}: no catalogue or queries in {}", args.dir.display()),
        }
    }
    println!("| suite | n | accuracy | abstain | wrong id | false accepts | queries/s | build s |");
    println!("|---|---|---|---|---|---|---|---|");
    for r in &rows {
        let s = &r.summary;
        println!(
            "| {} | {} | {} | {} | {} | {} | {:.0} | {:.2} |",
            r.suite,
            field(s, "n"),
            field(s, "acc"),
            field(s, "abstain"),
            field(s, "wrong"),
            field(s, "FAR"),
            r.qps,
            r.build_s
        );
    }
    if args.calibration {
        println!("\n| score bucket | answers | correct | precision |");
        println!("|---|---|---|---|");
        for (b, (ok, n)) in calib.iter().rev() {
            println!(
                "| {:.2}–{:.2} | {n} | {ok} | {:.1}% |",
                *b as f64 / 20.0,
                (*b + 1) as f64 / 20.0,
                100.0 * *ok as f64 / *n as f64
            );
        }
    }
    Ok(())
}
