//! Shared by the scale benchmarks (`bench_scale`, `bench_10m`): the suite's
//! queries and the process's peak memory.

use std::fs::File;
use std::io::{BufRead, BufReader};
use std::path::Path;

/// One query of a suite.
pub struct Q {
    pub text: String,
    /// The expected id; `None` for a name that must abstain.
    pub expected: Option<String>,
}

/// The queries of a `<suite>.queries.tsv` file (after its header line).
pub fn load_queries(path: &Path) -> Result<Vec<Q>, Box<dyn std::error::Error>> {
    let rdr = BufReader::new(File::open(path)?);
    let mut out = Vec::new();
    for line in rdr.lines().skip(1) {
        let line = line?;
        let mut cols = line.split('\t');
        let text = cols.next().unwrap_or("").to_string();
        let expected = cols.next().filter(|s| !s.is_empty()).map(String::from);
        out.push(Q { text, expected });
    }
    Ok(out)
}

/// `n` queries evenly spaced over `all` (all of them when `n >= len`).
pub fn spread(all: &[Q], n: usize) -> Vec<&Q> {
    let n = n.min(all.len());
    (0..n).map(|i| &all[i * all.len() / n]).collect()
}

/// The process's peak resident set size so far, in KiB.
pub fn vm_hwm_kib() -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    let line = status.lines().find(|l| l.starts_with("VmHWM:"));
    line.and_then(|l| l.split_whitespace().nth(1))
        .and_then(|v| v.parse().ok())
        .unwrap_or(0)
}

/// Whether the scale suite's catalogue and queries are in `dir`; prints
/// `prog`'s note that there is nothing to do when they are not.
pub fn scale_suite_present(dir: &Path, prog: &str) -> bool {
    let (ents, queries) = (
        dir.join("scale.entities.jsonl.gz"),
        dir.join("scale.queries.tsv"),
    );
    let present = ents.exists() && queries.exists();
    if !present {
        println!(
            "{prog}: {} or {} is absent; nothing to do.",
            ents.display(),
            queries.display()
        );
    }
    present
}
