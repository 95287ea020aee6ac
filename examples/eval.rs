//! Evaluates namefold on the development suites and prints one table.
//!
//! ```text
//! cargo run --release --example eval -- [--dir ../shared/eval] [--no-scale]
//!                                        [--kinds] [--calibration] [--threshold X] [SUITE...]
//! ```
//! Suites are the synthetic ones of `--dir` and, as `world/<suite>`, the
//! real-name suites of its `world` folder; the arguments `synthetic` and
//! `world` stand for either group, and no argument runs both.
//! For each suite it builds the index from `<suite>.entities.jsonl(.gz)`,
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

/// The real-name suites of `<dir>/world` (named `world/<suite>` in the table).
const WORLD_SUITES: &[&str] = &[
    "ofac",
    "ofac2025",
    "un",
    "nameparts",
    "places",
    "wdtr_russian",
    "wdtr_arabic",
    "wdtr_hebrew",
    "wdtr_katakana",
    "wdtr_korean",
    "wdtr_chinese",
];

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
    let mut it = std::env::args().skip(1);
    while let Some(a) = it.next() {
        match a.as_str() {
            "--dir" => args.dir = it.next().ok_or("--dir needs a path")?.into(),
            "--no-scale" => no_scale = true,
            "--kinds" => args.kinds = true,
            "--calibration" => args.calibration = true,
            "--threshold" => {
                let t = it.next().ok_or("--threshold needs a number")?;
                args.threshold = Some(t.parse().map_err(|_| format!("bad threshold {t}"))?);
            }
            s if s.starts_with('-') => return Err(format!("unknown option {s}")),
            "world" => args
                .suites
                .extend(WORLD_SUITES.iter().map(|w| format!("world/{w}"))),
            "synthetic" => args.suites.extend(SUITES.iter().map(|s| s.to_string())),
            s => args.suites.push(s.to_string()),
        }
    }
    if args.suites.is_empty() {
        args.suites = SUITES
            .iter()
            .filter(|s| !(no_scale && **s == "scale"))
            .map(|s| s.to_string())
            .chain(WORLD_SUITES.iter().map(|w| format!("world/{w}")))
            .collect();
    }
    if no_scale {
        args.suites.retain(|s| s != "scale");
    }
    Ok(args)
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
    let (Some(ents), Some(queries)) = (
        find(&args.dir, &format!("{suite}.entities")),
        find(&args.dir, &format!("{suite}.queries")),
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
    let out_path = out_dir.join(format!("{suite}.answers.tsv"));
    if let Some(parent) = out_path.parent() {
        std::fs::create_dir_all(parent)?;
    }
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
    cmd.arg(args.dir.join("score.py"))
        .arg(suite)
        .arg(&out_path)
        .arg("--dir")
        .arg(&args.dir);
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
        if let Some(row) = run_suite(&args, suite, &mut calib)? {
            rows.push(row);
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
