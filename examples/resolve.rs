//! `resolve`: resolve entity names from the command line.
//!
//! ```text
//! resolve [--entities PATH] [--index PATH [--no-verify]] [--save-index PATH] [--format json|tsv]
//!         [--threshold X] [--limit K] [--explain] [--stats] [--skip-bad-lines] (--names | FILE... | -)
//! ```
//!
//! - `--index PATH`: loads a saved index (memory-mapped) with
//!   `ResolverBuilder::verify(true)`, the deep check for files from
//!   elsewhere; `--no-verify` skips it for a file you built yourself.
//!
//! - `--names`: one name per stdin line, one output line per input line.
//! - `FILE...` / `-`: finds name mentions in running text and resolves them,
//!   with in-document coreference; offsets are byte offsets into the file.
//!
//! Errors (bad arguments, unreadable or malformed catalogue, corrupt index)
//! print one line on stderr and exit with status 2.

use std::borrow::Cow;
use std::fs::File;
use std::io::{self, BufRead, BufReader, BufWriter, IsTerminal, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::{Duration, Instant};

use namefold::text::{Document, NameMention};
use namefold::{Catalog, ErrorKind, MatchKey, Query, Resolution, Resolver, ResolverBuilder};
use serde::Serialize;

const USAGE: &str =
    "usage: resolve [--entities PATH] [--index PATH [--no-verify]] [--save-index PATH] \
[--format json|tsv] [--threshold X] [--limit K] [--explain] [--stats] [--skip-bad-lines] \
(--names | FILE... | -)";

/// Names resolved per `resolve_many` call in names mode.
const BATCH: usize = 4096;
/// Text mode reads at most this many bytes of one line at a time.
const MAX_CHUNK: usize = 1 << 20;
/// Catalogue errors shown with `--skip-bad-lines`.
const SHOWN_ERRORS: usize = 5;
/// Catalogues with more lines than this show progress on a terminal.
const PROGRESS_LINES: u64 = 100_000;

/// A failure: one line on stderr, exit status 2.
#[derive(Debug)]
enum Fail {
    Usage(String),
    Error(String),
}

type Res<T> = Result<T, Fail>;

fn usage(msg: impl Into<String>) -> Fail {
    Fail::Usage(msg.into())
}

fn error(msg: impl Into<String>) -> Fail {
    Fail::Error(msg.into())
}

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(Fail::Usage(msg)) => {
            eprintln!("error: {msg}; {USAGE}");
            ExitCode::from(2)
        }
        Err(Fail::Error(msg)) => {
            eprintln!("error: {msg}");
            ExitCode::from(2)
        }
    }
}

fn run() -> Res<()> {
    let Some(args) = Args::parse(std::env::args().skip(1))? else {
        println!("{USAGE}");
        return Ok(());
    };
    let inputs = open_inputs(&args.files)?;
    let started = Instant::now();
    let resolver = load_resolver(&args)?;
    let load_time = started.elapsed();
    if let Some(path) = &args.save_index {
        resolver
            .save(path)
            .map_err(|e| error(format!("{}: {e}", path.display())))?;
    }
    let mut stats = Stats::new(args.stats);
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let result = if args.names {
        run_names(&resolver, &args, &mut out, &mut stats)
    } else {
        run_text(&resolver, &args, inputs, &mut out, &mut stats)
    };
    let result = result.and_then(|()| out.flush().map_err(write_error));
    match result {
        Err(Fail::Error(msg)) if msg == BROKEN_PIPE => return Ok(()),
        other => other?,
    }
    stats.report(&resolver, args.index.is_some(), load_time);
    Ok(())
}

// ---------------------------------------------------------------- arguments

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Format {
    Json,
    Tsv,
}

#[derive(Debug)]
struct Args {
    entities: Option<PathBuf>,
    index: Option<PathBuf>,
    save_index: Option<PathBuf>,
    format: Format,
    threshold: Option<f64>,
    limit: usize,
    explain: bool,
    stats: bool,
    skip_bad_lines: bool,
    no_verify: bool,
    names: bool,
    files: Vec<String>,
}

impl Args {
    /// Parses the arguments; `None` means `--help`.
    fn parse(argv: impl Iterator<Item = String>) -> Res<Option<Args>> {
        let mut args = Args {
            entities: None,
            index: None,
            save_index: None,
            format: Format::Json,
            threshold: None,
            limit: 5,
            explain: false,
            stats: false,
            skip_bad_lines: false,
            no_verify: false,
            names: false,
            files: Vec::new(),
        };
        let mut argv = argv.peekable();
        let mut only_files = false;
        while let Some(arg) = argv.next() {
            if only_files || arg == "-" || !arg.starts_with('-') {
                args.files.push(arg);
                continue;
            }
            let (flag, inline) = match arg.split_once('=') {
                Some((f, v)) if f.starts_with("--") => (f.to_string(), Some(v.to_string())),
                _ => (arg.clone(), None),
            };
            let mut value = || {
                inline
                    .clone()
                    .or_else(|| argv.next())
                    .ok_or_else(|| usage(format!("{flag} needs a value")))
            };
            match flag.as_str() {
                "--" => only_files = true,
                "-h" | "--help" => return Ok(None),
                "--entities" => args.entities = Some(PathBuf::from(value()?)),
                "--index" => args.index = Some(PathBuf::from(value()?)),
                "--no-verify" => args.no_verify = true,
                "--save-index" => args.save_index = Some(PathBuf::from(value()?)),
                "--format" => args.format = parse_format(&value()?)?,
                "--threshold" => args.threshold = Some(parse_threshold(&value()?)?),
                "--limit" => args.limit = parse_limit(&value()?)?,
                "--explain" => args.explain = true,
                "--stats" => args.stats = true,
                "--skip-bad-lines" => args.skip_bad_lines = true,
                "--names" => args.names = true,
                _ => return Err(usage(format!("unknown option {arg:?}"))),
            }
        }
        args.check()?;
        Ok(Some(args))
    }

    fn check(&self) -> Res<()> {
        if self.no_verify && self.index.is_none() {
            return Err(usage("--no-verify applies to --index only"));
        }
        if self.names && !self.files.is_empty() {
            return Err(usage("--names reads stdin and takes no FILE"));
        }
        if !self.names && self.files.is_empty() {
            return Err(usage("give --names, or one or more FILEs (- for stdin)"));
        }
        if self.entities.is_some() && self.index.is_some() {
            return Err(usage("--entities and --index cannot be used together"));
        }
        if self.files.iter().filter(|f| *f == "-").count() > 1 {
            return Err(usage("stdin (-) can be given only once"));
        }
        Ok(())
    }
}

fn parse_format(v: &str) -> Res<Format> {
    match v {
        "json" => Ok(Format::Json),
        "tsv" => Ok(Format::Tsv),
        _ => Err(usage(format!("--format must be json or tsv, not {v:?}"))),
    }
}

fn parse_threshold(v: &str) -> Res<f64> {
    match v.parse::<f64>() {
        Ok(x) if (0.0..=1.0).contains(&x) => Ok(x),
        _ => Err(usage(format!(
            "--threshold must be a number in [0, 1], not {v:?}"
        ))),
    }
}

fn parse_limit(v: &str) -> Res<usize> {
    match v.parse::<usize>() {
        Ok(k) if (1..=1000).contains(&k) => Ok(k),
        _ => Err(usage(format!(
            "--limit must be an integer in 1..=1000, not {v:?}"
        ))),
    }
}

// ------------------------------------------------------------ the resolver

fn default_entities() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("data")
        .join("entities.jsonl")
}

fn builder(args: &Args) -> ResolverBuilder {
    let mut b = Resolver::builder();
    if let Some(t) = args.threshold {
        b.threshold(t);
    }
    b
}

fn load_resolver(args: &Args) -> Res<Resolver> {
    if let Some(path) = &args.index {
        let fail = |e: &dyn std::fmt::Display| error(format!("{}: {e}", path.display()));
        let file = File::open(path).map_err(|e| fail(&e))?;
        // SAFETY: the index file is only read; namefold never writes an
        // index file in place (`--save-index` renames a new file over the
        // old one), so the mapping cannot change under us through it.
        let map = unsafe { memmap2::Mmap::map(&file) }.map_err(|e| fail(&e))?;
        return builder(args)
            .verify(!args.no_verify)
            .load_shared(std::sync::Arc::new(map))
            .map_err(|e| fail(&e));
    }
    let path = args.entities.clone().unwrap_or_else(default_entities);
    let catalog = read_catalog(&path, args.skip_bad_lines)?;
    let progress = show_build_progress(catalog.len() as u64);
    if progress {
        eprint!("building the index of {} entities…", catalog.len());
    }
    let resolver = builder(args)
        .build(&catalog)
        .map_err(|e| catalog_error(&path, &e))?;
    if progress {
        eprintln!(" done");
    }
    Ok(resolver)
}

fn read_catalog(path: &Path, lenient: bool) -> Res<Catalog> {
    let reader = open_catalog(path)?;
    if !lenient {
        return Catalog::from_jsonl_reader(reader).map_err(|e| catalog_error(path, &e));
    }
    let (catalog, report) = Catalog::from_jsonl_reader_lenient(reader, SHOWN_ERRORS)
        .map_err(|e| catalog_error(path, &e))?;
    if report.skipped > 0 {
        let s = if report.skipped == 1 { "" } else { "s" };
        eprintln!(
            "warning: {}: skipped {} bad line{s}",
            path.display(),
            report.skipped
        );
        for e in &report.errors {
            eprintln!("warning: {}", catalog_error_text(path, e));
        }
    }
    Ok(catalog)
}

/// Opens a `.jsonl` or `.jsonl.gz` catalogue, with progress on a terminal.
fn open_catalog(path: &Path) -> Res<BufReader<Box<dyn Read>>> {
    let file = File::open(path).map_err(|e| error(format!("{}: {e}", path.display())))?;
    let counted = Progress::new(file);
    let gz = path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("gz"));
    let inner: Box<dyn Read> = if gz {
        Box::new(flate2::read::MultiGzDecoder::new(BufReader::new(counted)))
    } else {
        Box::new(counted)
    };
    Ok(BufReader::new(inner))
}

fn catalog_error(path: &Path, e: &namefold::Error) -> Fail {
    error(catalog_error_text(path, e))
}

/// `PATH:LINE: field F: message` when the error has a line, else
/// `PATH: message`.
fn catalog_error_text(path: &Path, e: &namefold::Error) -> String {
    let p = path.display();
    match e.kind() {
        ErrorKind::Catalog {
            line,
            field,
            message,
        } if *line > 0 => format!("{p}:{line}: field {field}: {message}"),
        ErrorKind::DuplicateId {
            id,
            first_line,
            second_line,
        } => {
            format!("{p}:{second_line}: field id: duplicate id {id:?} (first seen on line {first_line})")
        }
        _ => format!("{p}: {e}"),
    }
}

/// Counts catalogue bytes read and shows a progress line on a terminal
/// (the line count is approximate for gzip input: it counts compressed
/// bytes).
struct Progress<R> {
    inner: R,
    show: bool,
    bytes: u64,
    next: u64,
}

impl<R: Read> Progress<R> {
    fn new(inner: R) -> Progress<R> {
        Progress {
            inner,
            show: io::stderr().is_terminal(),
            bytes: 0,
            next: 64 << 20,
        }
    }
}

fn show_build_progress(lines: u64) -> bool {
    lines > PROGRESS_LINES && io::stderr().is_terminal()
}

impl<R: Read> Read for Progress<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.bytes += n as u64;
        if self.show && self.bytes >= self.next {
            eprint!("\rreading the catalogue: {} MiB", self.bytes >> 20);
            self.next += 64 << 20;
        }
        if self.show && n == 0 && self.bytes >= 64 << 20 {
            eprintln!();
            self.show = false;
        }
        Ok(n)
    }
}

// ------------------------------------------------------------- names mode

fn run_names(resolver: &Resolver, args: &Args, out: &mut impl Write, stats: &mut Stats) -> Res<()> {
    let lines = read_name_lines(io::stdin().lock())?;
    for chunk in lines.chunks(BATCH) {
        let queries: Vec<Query> = chunk
            .iter()
            .map(|l| {
                Query::new(l)
                    .with_limit(args.limit)
                    .with_edits(args.explain)
            })
            .collect();
        let results = if stats.on {
            queries
                .iter()
                .map(|q| stats.time(|| resolver.resolve(q)))
                .collect()
        } else {
            stats.count += queries.len();
            resolver.resolve_many(&queries, 0)
        };
        for (line, res) in chunk.iter().zip(&results) {
            write_name(out, args, resolver, line, res)?;
        }
    }
    Ok(())
}

/// Reads stdin lines, lossily decoded, without `\n` or `\r\n`.
fn read_name_lines(mut input: impl BufRead) -> Res<Vec<String>> {
    let mut lines = Vec::new();
    let mut buf = Vec::new();
    loop {
        buf.clear();
        let n = input
            .read_until(b'\n', &mut buf)
            .map_err(|e| error(format!("stdin: {e}")))?;
        if n == 0 {
            return Ok(lines);
        }
        if buf.ends_with(b"\n") {
            buf.pop();
        }
        if buf.ends_with(b"\r") {
            buf.pop();
        }
        lines.push(String::from_utf8_lossy(&buf).into_owned());
    }
}

fn write_name(
    out: &mut impl Write,
    args: &Args,
    r: &Resolver,
    query: &str,
    res: &Resolution,
) -> Res<()> {
    if args.format == Format::Tsv {
        let id = res.id().unwrap_or("");
        return writeln!(
            out,
            "{}\t{}\t{:.4}",
            tsv_field(query),
            tsv_field(id),
            score(res)
        )
        .map_err(write_error);
    }
    let record = NameRecord {
        query,
        answer: Answer::new(r, res, args.explain),
    };
    write_json(out, &record)
}

fn tsv_field(s: &str) -> Cow<'_, str> {
    if s.contains(['\t', '\n', '\r']) {
        Cow::Owned(s.replace(['\t', '\n', '\r'], " "))
    } else {
        Cow::Borrowed(s)
    }
}

// -------------------------------------------------------------- text mode

/// An input of text mode: its label and reader.
struct Input {
    label: String,
    reader: Box<dyn BufRead>,
}

/// Opens every input first, so a missing file fails before any output.
fn open_inputs(files: &[String]) -> Res<Vec<Input>> {
    files
        .iter()
        .map(|f| {
            let reader: Box<dyn BufRead> = if f == "-" {
                Box::new(BufReader::new(io::stdin()))
            } else {
                Box::new(BufReader::new(
                    File::open(f).map_err(|e| error(format!("{f}: {e}")))?,
                ))
            };
            Ok(Input {
                label: f.clone(),
                reader,
            })
        })
        .collect()
}

fn run_text(
    resolver: &Resolver,
    args: &Args,
    inputs: Vec<Input>,
    out: &mut impl Write,
    stats: &mut Stats,
) -> Res<()> {
    for input in inputs {
        // The library's document rules (namefold::text::Document); this
        // example only reads the bytes and maps offsets back to them.
        let mut doc = Document::new(resolver)
            .with_limit(args.limit)
            .with_edits(args.explain);
        if let Some(t) = args.threshold {
            doc = doc.with_threshold(t);
        }
        let mut chunks = Chunks {
            inner: input.reader,
            carry: Vec::new(),
        };
        let mut buf = Vec::new();
        let mut raw_base = 0;
        while chunks
            .next(&mut buf)
            .map_err(|e| error(format!("{}: {e}", input.label)))?
        {
            let (text, map) = decode_lossy(&buf);
            let base = doc.offset();
            let found = stats.time_chunk(|| doc.resolve_text(&text));
            for m in &found {
                let start = raw_base + map.raw(m.start - base);
                let end = raw_base + map.raw(m.end - base);
                write_mention(out, args, resolver, &input.label, start, end, m)?;
            }
            raw_base += buf.len();
        }
    }
    Ok(())
}

/// Reads a text by lines, cutting lines longer than `MAX_CHUNK` at a
/// space (or a character boundary), so memory stays bounded.
struct Chunks<R> {
    inner: R,
    carry: Vec<u8>,
}

impl<R: BufRead> Chunks<R> {
    fn next(&mut self, buf: &mut Vec<u8>) -> io::Result<bool> {
        buf.clear();
        buf.append(&mut self.carry);
        let want = MAX_CHUNK.saturating_sub(buf.len()) as u64;
        (&mut self.inner).take(want).read_until(b'\n', buf)?;
        if buf.len() >= MAX_CHUNK && !buf.ends_with(b"\n") {
            let cut = cut_point(buf);
            self.carry = buf.split_off(cut);
        }
        Ok(!buf.is_empty())
    }
}

/// Where to cut an over-long line: after its last space or tab, else at
/// the last UTF-8 character boundary.
fn cut_point(buf: &[u8]) -> usize {
    if let Some(i) = buf
        .iter()
        .rposition(|&b| b == b' ' || b == b'\t')
        .filter(|&i| i > 0)
    {
        return i + 1;
    }
    let boundary = (buf.len().saturating_sub(4)..buf.len())
        .rev()
        .find(|&i| buf[i] & 0xC0 != 0x80);
    boundary.filter(|&i| i > 0).unwrap_or(buf.len())
}

/// Writes one mention at raw-byte offsets `start..end` of `file`.
fn write_mention(
    out: &mut impl Write,
    args: &Args,
    r: &Resolver,
    file: &str,
    start: usize,
    end: usize,
    m: &NameMention,
) -> Res<()> {
    let res = &m.resolution;
    if args.format == Format::Tsv {
        let (file, surface, id) = (
            tsv_field(file),
            tsv_field(&m.surface),
            res.id().unwrap_or(""),
        );
        return writeln!(
            out,
            "{file}\t{start}\t{end}\t{surface}\t{id}\t{:.4}",
            score(res)
        )
        .map_err(write_error);
    }
    let record = MentionRecord {
        file,
        start,
        end,
        surface: &m.surface,
        answer: Answer::new(r, res, args.explain),
        key: args.explain.then(|| res.best().map(|c| c.key)),
    };
    write_json(out, &record)
}

/// Maps byte offsets of the lossily decoded text back to the raw bytes.
struct OffsetMap {
    /// `(decoded offset, raw offset)` at the start of each valid run and
    /// each replacement character, plus the end; empty when the input was
    /// valid UTF-8.
    points: Vec<(usize, usize)>,
}

impl OffsetMap {
    fn raw(&self, decoded: usize) -> usize {
        if self.points.is_empty() {
            return decoded;
        }
        let i = self
            .points
            .partition_point(|&(d, _)| d <= decoded)
            .saturating_sub(1);
        let (d, r) = self.points[i];
        r + (decoded - d)
    }
}

/// Decodes like `String::from_utf8_lossy` (one U+FFFD per maximal invalid
/// sequence) and records where the decoded offsets moved.
fn decode_lossy(raw: &[u8]) -> (Cow<'_, str>, OffsetMap) {
    if let Ok(s) = std::str::from_utf8(raw) {
        return (Cow::Borrowed(s), OffsetMap { points: Vec::new() });
    }
    let (mut text, mut points, mut pos) = (String::with_capacity(raw.len() + 16), Vec::new(), 0);
    while pos < raw.len() {
        points.push((text.len(), pos));
        match std::str::from_utf8(&raw[pos..]) {
            Ok(s) => {
                text.push_str(s);
                pos = raw.len();
            }
            Err(e) => {
                let valid = e.valid_up_to();
                text.push_str(std::str::from_utf8(&raw[pos..pos + valid]).unwrap_or_default());
                points.push((text.len(), pos + valid));
                text.push('\u{FFFD}');
                pos += valid + e.error_len().unwrap_or(raw.len() - pos - valid);
            }
        }
    }
    points.push((text.len(), raw.len()));
    (Cow::Owned(text), OffsetMap { points })
}

// ------------------------------------------------------------------ output

const BROKEN_PIPE: &str = "broken pipe";

fn write_error(e: io::Error) -> Fail {
    if e.kind() == io::ErrorKind::BrokenPipe {
        error(BROKEN_PIPE)
    } else {
        error(format!("stdout: {e}"))
    }
}

fn write_json(out: &mut impl Write, value: &impl Serialize) -> Res<()> {
    serde_json::to_writer(&mut *out, value).map_err(|e| write_error(e.into()))?;
    out.write_all(b"\n").map_err(write_error)
}

/// The best score, always finite.
fn score(res: &Resolution) -> f64 {
    finite(res.score())
}

fn finite(x: f64) -> f64 {
    if x.is_finite() {
        x
    } else {
        0.0
    }
}

#[derive(Serialize)]
struct NameRecord<'a> {
    query: &'a str,
    #[serde(flatten)]
    answer: Answer<'a>,
}

#[derive(Serialize)]
struct MentionRecord<'a> {
    file: &'a str,
    start: usize,
    end: usize,
    surface: &'a str,
    #[serde(flatten)]
    answer: Answer<'a>,
    /// With `--explain`: the key of the best candidate (`null` without one).
    #[serde(skip_serializing_if = "Option::is_none")]
    key: Option<Option<MatchKey>>,
}

/// `id`, `name`, `score`; with `--explain`, the whole serialized
/// resolution (those three, then `decision`, `normalized`, `candidates`).
#[derive(Serialize)]
#[serde(untagged)]
enum Answer<'a> {
    Short {
        id: Option<&'a str>,
        name: Option<&'a str>,
        score: f64,
    },
    Explained(&'a Resolution),
}

impl<'a> Answer<'a> {
    fn new(r: &'a Resolver, res: &'a Resolution, explain: bool) -> Answer<'a> {
        if explain {
            return Answer::Explained(res);
        }
        let id = res.id();
        Answer::Short {
            id,
            name: id.and_then(|i| r.name_of(i)),
            score: score(res),
        }
    }
}

// ------------------------------------------------------------------- stats

/// Timing for `--stats`.
struct Stats {
    on: bool,
    count: usize,
    total: Duration,
    latencies: Vec<Duration>,
    /// Text mode times whole chunks (lines), names mode single names.
    per_chunk: bool,
}

impl Stats {
    fn new(on: bool) -> Stats {
        Stats {
            on,
            count: 0,
            total: Duration::ZERO,
            latencies: Vec::new(),
            per_chunk: false,
        }
    }

    /// Resolves one chunk of text, timing it when stats are on; counts its
    /// mentions (the latencies are per chunk).
    fn time_chunk(&mut self, f: impl FnOnce() -> Vec<NameMention>) -> Vec<NameMention> {
        let t = Instant::now();
        let found = f();
        self.count += found.len();
        if self.on {
            let d = t.elapsed();
            self.total += d;
            self.latencies.push(d);
            self.per_chunk = true;
        }
        found
    }

    /// Runs one resolution, timing it when stats are on.
    fn time<T>(&mut self, f: impl FnOnce() -> T) -> T {
        self.count += 1;
        if !self.on {
            return f();
        }
        let t = Instant::now();
        let v = f();
        let d = t.elapsed();
        self.total += d;
        self.latencies.push(d);
        v
    }

    fn report(&mut self, r: &Resolver, loaded: bool, load: Duration) {
        if !self.on {
            return;
        }
        let how = if loaded { "loaded" } else { "built" };
        eprintln!(
            "index: {how} in {:.1} ms ({} entities, {} aliases)",
            ms(load),
            r.len(),
            r.alias_count()
        );
        let secs = self.total.as_secs_f64();
        let rate = if secs > 0.0 {
            self.count as f64 / secs
        } else {
            0.0
        };
        eprintln!(
            "names: {} resolved in {:.1} ms ({rate:.0} names/s)",
            self.count,
            secs * 1000.0
        );
        self.latencies.sort_unstable();
        let p = |q: f64| percentile(&self.latencies, q).as_secs_f64() * 1e6;
        eprintln!(
            "latency per {}: p50 {:.1} µs, p95 {:.1} µs, p99 {:.1} µs",
            if self.per_chunk { "line" } else { "name" },
            p(0.50),
            p(0.95),
            p(0.99)
        );
        if let Some(kib) = peak_rss_kib() {
            eprintln!("peak RSS: {:.1} MiB", kib as f64 / 1024.0);
        }
    }
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

/// Nearest-rank percentile of sorted durations (zero when empty).
fn percentile(sorted: &[Duration], q: f64) -> Duration {
    if sorted.is_empty() {
        return Duration::ZERO;
    }
    let rank = (q * sorted.len() as f64).ceil() as usize;
    sorted[rank.clamp(1, sorted.len()) - 1]
}

/// The process's peak resident set size (`VmHWM`), where the OS reports it.
fn peak_rss_kib() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}
