//! Runs the `resolve` example as a subprocess and checks what it prints.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::OnceLock;

use serde_json::Value;

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

/// Builds the example once and returns the path of its binary.
fn bin() -> &'static Path {
    static BIN: OnceLock<PathBuf> = OnceLock::new();
    BIN.get_or_init(|| {
        let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
        let status = Command::new(cargo)
            .args(["build", "--quiet", "--example", "resolve"])
            .current_dir(ROOT)
            .status()
            .expect("cannot run cargo");
        assert!(status.success(), "cargo build --example resolve failed");
        let target = std::env::var_os("CARGO_TARGET_DIR")
            .map_or_else(|| Path::new(ROOT).join("target"), PathBuf::from);
        let target = if target.is_relative() {
            Path::new(ROOT).join(target)
        } else {
            target
        };
        target
            .join("debug")
            .join("examples")
            .join(format!("resolve{}", std::env::consts::EXE_SUFFIX))
    })
}

/// Runs the binary with `args` and `stdin`, from the crate root.
fn run(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(bin())
        .args(args)
        .current_dir(ROOT)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("cannot run the example");
    // The program may exit (on a bad catalogue) before reading its input.
    let _ = child.stdin.take().unwrap().write_all(stdin);
    child.wait_with_output().unwrap()
}

fn stdout(out: &Output) -> String {
    String::from_utf8(out.stdout.clone()).expect("stdout is UTF-8")
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

fn json_lines(out: &Output) -> Vec<Value> {
    assert!(
        out.status.success(),
        "exit {:?}, stderr: {}",
        out.status,
        stderr(out)
    );
    stdout(out)
        .lines()
        .map(|l| serde_json::from_str(l).expect("each line is JSON"))
        .collect()
}

/// Asserts exit status 2, exactly one stderr line and no stdout.
fn assert_fails(out: &Output) -> String {
    assert_eq!(out.status.code(), Some(2), "stderr: {}", stderr(out));
    let err = stderr(out);
    assert_eq!(err.lines().count(), 1, "one stderr line: {err:?}");
    assert!(err.starts_with("error: "), "{err}");
    assert!(
        out.stdout.is_empty(),
        "nothing on stdout: {:?}",
        stdout(out)
    );
    err
}

/// A fresh directory under the system temp dir, removed on drop.
struct TempDir(PathBuf);

impl std::ops::Deref for TempDir {
    type Target = Path;
    fn deref(&self) -> &Path {
        &self.0
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn temp_dir(name: &str) -> TempDir {
    let dir = std::env::temp_dir().join(format!("namefold-cli-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    TempDir(dir)
}

fn write(dir: &Path, name: &str, bytes: &[u8]) -> String {
    let path = dir.join(name);
    std::fs::write(&path, bytes).unwrap();
    path.to_str().unwrap().to_string()
}

const SMALL: &str = concat!(
    "{\"id\": \"merz\", \"name\": \"Friedrich Merz\", \"kind\": \"person\"}\n",
    "{\"id\": \"kyiv\", \"name\": \"Kyiv\", \"aliases\": [\"Kiev\"], \"kind\": \"place\"}\n",
    "{\"id\": \"witkoff\", \"name\": \"Steve Witkoff\", \"kind\": \"person\"}\n",
);

fn id(v: &Value) -> Option<&str> {
    v["id"].as_str()
}

#[test]
fn names_mode_json() {
    let input = "Volodimir Zellinski\nSteve Vitkov\nKYIV\n\nMark Levin\nSergei Lavrov\n";
    let lines = json_lines(&run(&["--names"], input.as_bytes()));
    assert_eq!(lines.len(), 6, "one output line per input line");
    let ids: Vec<Option<&str>> = lines.iter().map(id).collect();
    assert_eq!(
        ids,
        [
            Some("zelenskyy"),
            Some("witkoff"),
            Some("kyiv"),
            None,
            None,
            Some("lavrov")
        ]
    );
    for (line, query) in lines.iter().zip(input.lines()) {
        assert_eq!(line["query"], query);
        let score = line["score"].as_f64().expect("score is a number");
        assert!(score.is_finite() && (0.0..=1.0).contains(&score));
    }
    assert_eq!(lines[0]["name"], "Volodymyr Zelenskyy");
    assert_eq!(lines[3]["name"], Value::Null);
    assert_eq!(lines[3]["score"].as_f64(), Some(0.0));
    assert!(
        lines[0].get("candidates").is_none(),
        "no explanation without --explain"
    );
}

#[test]
fn names_mode_crlf_invalid_utf8_and_no_final_newline() {
    let lines = json_lines(&run(
        &["--names"],
        b"Steve Vitkov\r\n\xff\xfe Kiev\xc3\r\nKiev",
    ));
    assert_eq!(lines.len(), 3);
    assert_eq!(lines[0]["query"], "Steve Vitkov");
    assert_eq!(id(&lines[0]), Some("witkoff"));
    assert_eq!(lines[1]["query"], "\u{FFFD}\u{FFFD} Kiev\u{FFFD}");
    assert_eq!(lines[2]["query"], "Kiev");
    assert_eq!(id(&lines[2]), Some("kyiv"));
}

#[test]
fn names_mode_empty_input_gives_no_output() {
    let out = run(&["--names"], b"");
    assert!(out.status.success());
    assert!(out.stdout.is_empty());
}

#[test]
fn names_mode_tsv() {
    let out = run(
        &["--names", "--format", "tsv"],
        b"Steve Vitkov\nfoo\tbar\n\nKiev\n",
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    let rows: Vec<Vec<&str>> = text.lines().map(|l| l.split('\t').collect()).collect();
    assert_eq!(rows.len(), 4);
    assert!(rows.iter().all(|r| r.len() == 3), "{rows:?}");
    assert_eq!(rows[0][..2], ["Steve Vitkov", "witkoff"]);
    assert_eq!(
        rows[1][..2],
        ["foo bar", ""],
        "tabs in the query become spaces"
    );
    assert_eq!(rows[2], ["", "", "0.0000"]);
    assert_eq!(rows[3], ["Kiev", "kyiv", "1.0000"]);
    for r in &rows {
        let (int, frac) = r[2].split_once('.').expect("a decimal score");
        assert!(int.parse::<u32>().is_ok() && frac.len() == 4, "{r:?}");
    }
}

#[test]
fn explain_shows_candidates_tokens_and_edits() {
    let lines = json_lines(&run(
        &["--names", "--explain", "--limit", "2"],
        b"Steve Vitkov\nMark Levin\n\n",
    ));
    let v = &lines[0];
    assert_eq!(v["decision"], "resolved");
    let cands = v["candidates"].as_array().unwrap();
    assert!(!cands.is_empty() && cands.len() <= 2, "--limit 2");
    assert_eq!(cands[0]["id"], "witkoff");
    assert_eq!(cands[0]["name"], "Steve Witkoff");
    assert!(cands[0]["alias"].is_string() && cands[0]["key"].is_string());
    let tokens = cands[0]["tokens"].as_array().unwrap();
    let family = tokens
        .iter()
        .find(|t| t["alias"] == "witkoff")
        .expect("the family name is aligned");
    assert_eq!(family["query"], "vitkov");
    assert_eq!(family["role"], "family");
    assert!(family["cost"].as_u64().unwrap() > 0);
    let edits = family["edits"].as_array().unwrap();
    assert!(!edits.is_empty());
    for e in edits {
        for field in ["kind", "from", "to", "class"] {
            assert!(e[field].is_string(), "{e}");
        }
        assert!(e["cost"].is_u64());
        assert_ne!(e["kind"], "keep");
    }
    assert!(
        edits.iter().any(|e| e["from"] == "v" && e["to"] == "w"),
        "{edits:?}"
    );
    assert_eq!(id(&lines[1]), None);
    assert!(["below_threshold", "no_candidate", "ambiguous"]
        .contains(&lines[1]["decision"].as_str().unwrap()));
    assert_eq!(lines[2]["decision"], "no_candidate");
    assert_eq!(lines[2]["candidates"], Value::Array(Vec::new()));
}

#[test]
fn threshold_option() {
    let strict = json_lines(&run(
        &["--names", "--threshold", "0.99"],
        b"Steve Vitkov\nKiev\n",
    ));
    assert_eq!(id(&strict[0]), None);
    assert_eq!(id(&strict[1]), Some("kyiv"));
    let bad = run(&["--names", "--threshold", "abc"], b"");
    assert!(assert_fails(&bad).contains("usage:"));
}

/// Checks that every mention's offsets slice the raw file to its surface.
fn check_offsets(raw: &[u8], lines: &[Value]) {
    for v in lines {
        let (s, e) = (
            v["start"].as_u64().unwrap() as usize,
            v["end"].as_u64().unwrap() as usize,
        );
        let surface = v["surface"].as_str().unwrap();
        assert_eq!(&raw[s..e], surface.as_bytes(), "{v}");
    }
}

#[test]
fn text_mode_sample_article() {
    let path = "data/sample-article.txt";
    let lines = json_lines(&run(&[path], b""));
    let raw = std::fs::read(Path::new(ROOT).join(path)).unwrap();
    check_offsets(&raw, &lines);
    assert!(lines.iter().all(|v| v["file"] == path));
    let starts: Vec<u64> = lines.iter().map(|v| v["start"].as_u64().unwrap()).collect();
    assert!(
        starts.windows(2).all(|w| w[0] < w[1]),
        "mentions in text order"
    );
    let ids: Vec<&str> = lines.iter().filter_map(id).collect();
    for want in [
        "zelenskyy",
        "witkoff",
        "merz",
        "starmer",
        "lavrov",
        "ushakov",
        "putin",
        "kyiv",
        "nato",
    ] {
        assert!(ids.contains(&want), "{want} not found in {ids:?}");
    }
    let by_surface = |s: &str| {
        lines
            .iter()
            .find(|v| v["surface"] == s)
            .unwrap_or_else(|| panic!("no mention {s:?}"))
    };
    assert_eq!(id(by_surface("Volodimir Zelinski")), Some("zelenskyy"));
    assert_eq!(id(by_surface("Зеленський")), Some("zelenskyy"));
    assert_eq!(
        id(by_surface("Putin")),
        Some("putin"),
        "possessive stripped"
    );
    assert_eq!(
        id(by_surface("Zelinski")),
        Some("zelenskyy"),
        "the surname alone, after the full name"
    );
    assert_eq!(
        id(by_surface("Lorcan Brightwater")),
        None,
        "the invented analyst abstains"
    );
    assert_eq!(by_surface("Lorcan Brightwater")["name"], Value::Null);
    for v in &lines {
        let s = v["surface"].as_str().unwrap();
        for word in [
            "Ukrainian",
            "President",
            "Chancellor",
            "The",
            "However",
            "Thursday",
            "Officials",
            "Institute",
        ] {
            assert!(
                !s.split(' ').any(|w| w == word),
                "{word:?} in mention {s:?}"
            );
        }
    }
}

#[test]
fn text_mode_invalid_utf8_crlf_and_coreference_per_file() {
    let dir = temp_dir("text");
    let mut raw = b"Talks in KYIV\r\n\xff\xfe bad \xe2\x82 bytes: Volodimir Zelinski met ".to_vec();
    raw.extend_from_slice(
        b"Fridrich Mertz.\r\n\r\nLater Zelinski and Putin\xe2\x80\x99s aide \xc3spoke. Mark Rutte nodded; Retty agreed",
    );
    let first = write(&dir, "first.txt", &raw);
    let second = write(&dir, "second.txt", b"Retty alone.\r\n");
    let lines = json_lines(&run(&[first.as_str(), second.as_str()], b""));
    let (a, b): (Vec<Value>, Vec<Value>) =
        lines.into_iter().partition(|v| v["file"] == first.as_str());
    check_offsets(&raw, &a);
    let got: Vec<(&str, Option<&str>)> = a
        .iter()
        .map(|v| (v["surface"].as_str().unwrap(), id(v)))
        .collect();
    assert_eq!(
        got,
        [
            ("KYIV", Some("kyiv")),
            ("Volodimir Zelinski", Some("zelenskyy")),
            ("Fridrich Mertz", Some("merz")),
            ("Zelinski", Some("zelenskyy")),
            ("Putin", Some("putin")),
            ("Mark Rutte", Some("rutte")),
            ("Retty", Some("rutte")),
        ]
    );
    assert_eq!(
        &raw[a[0]["start"].as_u64().unwrap() as usize..][..4],
        b"KYIV"
    );
    assert_eq!(b.len(), 1);
    assert_eq!(b[0]["surface"], "Retty");
    assert_eq!(id(&b[0]), None, "coreference does not cross files");
}

#[test]
fn text_mode_stdin_empty_file_and_explain() {
    let dir = temp_dir("stdin");
    let empty = write(&dir, "empty.txt", b"");
    let lines = json_lines(&run(&["--explain", "-", empty.as_str()], b"Kiev was quiet"));
    assert_eq!(lines.len(), 1);
    assert_eq!(lines[0]["file"], "-");
    assert_eq!(id(&lines[0]), Some("kyiv"));
    assert_eq!(lines[0]["decision"], "resolved");
    assert!(lines[0]["key"].is_string());
    assert_eq!(lines[0]["candidates"][0]["id"], "kyiv");
}

#[test]
fn missing_input_file() {
    let err = assert_fails(&run(&["no-such-file.txt"], b""));
    assert!(err.contains("no-such-file.txt"), "{err}");
}

#[test]
fn bad_arguments() {
    for args in [
        &["--bogus"][..],
        &[],
        &["--names", "x.txt"],
        &["--names", "--format", "xml"],
        &["--names", "--limit"],
    ] {
        let err = assert_fails(&run(args, b""));
        assert!(err.contains("usage: resolve"), "{args:?}: {err}");
    }
}

#[test]
fn malformed_catalogue_line() {
    let dir = temp_dir("malformed");
    let bad = write(
        &dir,
        "bad.jsonl",
        format!("{SMALL}{{\"id\": \"\", \"name\": \"x\"}}\n").as_bytes(),
    );
    let err = assert_fails(&run(&["--names", "--entities", &bad], b"Kiev\n"));
    assert!(err.contains(&format!("{bad}:4: field id")), "{err}");
    let bad2 = write(
        &dir,
        "bad2.jsonl",
        b"{\"id\": \"a\", \"name\": \"Ann Lee\"}\n{not json\n",
    );
    let err = assert_fails(&run(&["--names", "--entities", &bad2], b"Kiev\n"));
    assert!(
        err.starts_with(&format!("error: {bad2}:2: field json")),
        "{err}"
    );
}

#[test]
fn duplicate_id() {
    let dir = temp_dir("dup");
    let dup = write(
        &dir,
        "dup.jsonl",
        b"{\"id\": \"a\", \"name\": \"Ann Lee\"}\n{\"id\": \"a\", \"name\": \"Bo Li\"}\n",
    );
    let err = assert_fails(&run(&["--names", "--entities", &dup], b"Ann Lee\n"));
    assert!(
        err.contains(&format!("{dup}:2:")) && err.contains("duplicate id"),
        "{err}"
    );
}

#[test]
fn empty_and_unreadable_catalogues() {
    let dir = temp_dir("empty");
    let empty = write(&dir, "empty.jsonl", b"\n\n");
    assert_fails(&run(&["--names", "--entities", &empty], b"Kiev\n"));
    let gz = write(&dir, "broken.jsonl.gz", b"this is not gzip data at all");
    let err = assert_fails(&run(&["--names", "--entities", &gz], b"Kiev\n"));
    assert!(err.contains("broken.jsonl.gz"), "{err}");
    let missing = dir.join("missing.jsonl");
    assert_fails(&run(
        &["--names", "--entities", missing.to_str().unwrap()],
        b"Kiev\n",
    ));
}

#[test]
fn gzip_catalogue() {
    let dir = temp_dir("gzip");
    let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    enc.write_all(SMALL.as_bytes()).unwrap();
    let gz = write(&dir, "small.jsonl.gz", &enc.finish().unwrap());
    let lines = json_lines(&run(
        &["--names", "--entities", &gz],
        b"Kiev\nFridrich Mertz\nSergei Lavrov\n",
    ));
    let ids: Vec<Option<&str>> = lines.iter().map(id).collect();
    assert_eq!(ids, [Some("kyiv"), Some("merz"), None]);
}

#[test]
fn skip_bad_lines_builds_from_the_rest() {
    let dir = temp_dir("skip");
    let text = format!("{SMALL}not json\n{{\"id\": \"kyiv\", \"name\": \"Again\"}}\n");
    let bad = write(&dir, "bad.jsonl", text.as_bytes());
    assert_fails(&run(&["--names", "--entities", &bad], b"Kiev\n"));
    let out = run(
        &["--names", "--skip-bad-lines", "--entities", &bad],
        b"Kiev\nSteve Vitkov\n",
    );
    let lines = json_lines(&out);
    assert_eq!(
        lines.iter().map(id).collect::<Vec<_>>(),
        [Some("kyiv"), Some("witkoff")]
    );
    let err = stderr(&out);
    assert!(err.contains("skipped 2 bad lines"), "{err}");
    assert!(
        err.contains(&format!("{bad}:4:")) && err.contains(&format!("{bad}:5:")),
        "{err}"
    );
}

#[test]
fn saved_index_gives_identical_output() {
    let dir = temp_dir("index");
    let index = dir.join("entities.idx");
    let index = index.to_str().unwrap();
    let input = b"Volodimir Zellinski\nSteve Vitkov\nKYIV\n\nMark Levin\nFridrich Mertz\n";
    for extra in [&["--explain"][..], &["--format", "tsv"]] {
        let built = run(
            &[&["--names", "--save-index", index][..], extra].concat(),
            input,
        );
        assert!(built.status.success(), "{}", stderr(&built));
        let loaded = run(&[&["--names", "--index", index][..], extra].concat(), input);
        assert!(loaded.status.success(), "{}", stderr(&loaded));
        assert_eq!(stdout(&built), stdout(&loaded));
        let unverified = run(
            &[&["--names", "--index", index, "--no-verify"][..], extra].concat(),
            input,
        );
        assert_eq!(stdout(&built), stdout(&unverified));
        assert_eq!(stdout(&built).lines().count(), 6);
    }
    let strict = json_lines(&run(
        &["--names", "--index", index, "--threshold", "0.99"],
        b"Steve Vitkov\n",
    ));
    assert_eq!(
        id(&strict[0]),
        None,
        "--threshold applies to a loaded index"
    );
    assert!(!dir.read_dir().unwrap().any(|e| e
        .unwrap()
        .file_name()
        .to_string_lossy()
        .contains(".tmp-")));
}

#[test]
fn corrupt_index() {
    let dir = temp_dir("corrupt");
    let garbage = write(&dir, "garbage.idx", b"definitely not an index");
    let err = assert_fails(&run(&["--names", "--index", &garbage], b"Kiev\n"));
    assert!(err.contains("garbage.idx"), "{err}");
    let good = dir.join("good.idx");
    assert!(
        run(&["--names", "--save-index", good.to_str().unwrap()], b"")
            .status
            .success()
    );
    let mut bytes = std::fs::read(&good).unwrap();
    let mid = bytes.len() / 2;
    bytes[mid] ^= 0x55;
    let flipped = write(&dir, "flipped.idx", &bytes);
    assert_fails(&run(&["--names", "--index", &flipped], b"Kiev\n"));
    let truncated = write(&dir, "truncated.idx", &bytes[..mid]);
    assert_fails(&run(&["--names", "--index", &truncated], b"Kiev\n"));
    assert_fails(&run(&["--names", "--no-verify"], b"Kiev\n"));

    // A forged fst node (both checksums fixed) that loads without the deep
    // check: `--index` refuses it, naming the fst; `--no-verify` loads it.
    let good = std::fs::read(&good).unwrap();
    let fst_len = u64::from_le_bytes(good[20..28].try_into().unwrap()) as usize;
    let forged = (28..28 + fst_len - 4)
        .flat_map(|pos| [0x00u8, 0xFF, 0x80].map(|v| (pos, v)))
        .map(|(pos, v)| {
            let mut b = good.clone();
            b[pos] = v;
            let crc = namefold::__test_api::fst_crc(&b[28..28 + fst_len - 4]);
            b[28 + fst_len - 4..28 + fst_len].copy_from_slice(&crc.to_le_bytes());
            let n = b.len() - 8;
            let sum = namefold::__test_api::index_checksum(&b[..n]);
            b[n..].copy_from_slice(&sum.to_le_bytes());
            b
        })
        .find(|b| {
            namefold::Resolver::from_bytes(b).is_ok()
                && namefold::Resolver::builder()
                    .verify(true)
                    .load_bytes(b)
                    .is_err()
        })
        .expect("some forged fst byte passes the plain load");
    let forged = write(&dir, "forged.idx", &forged);
    let err = assert_fails(&run(&["--names", "--index", &forged], b"Kiev\n"));
    assert!(
        err.contains("forged.idx") && err.contains("fst structure"),
        "{err}"
    );
    // (Queries on it may panic; only loading is asserted.)
    let out = run(&["--names", "--index", &forged, "--no-verify"], b"");
    assert!(out.status.success(), "{}", stderr(&out));
}

#[test]
fn stats_go_to_stderr() {
    let out = run(&["--names", "--stats"], b"Kiev\nSteve Vitkov\n");
    assert_eq!(json_lines(&out).len(), 2);
    let err = stderr(&out);
    assert!(err.contains("names: 2 resolved"), "{err}");
    assert!(
        err.contains("p50") && err.contains("p95") && err.contains("p99"),
        "{err}"
    );
    assert!(err.contains("index: built"), "{err}");
}

/// The five seed articles (read from `../shared/seeds` when it is there):
/// text mode with the bundled catalogue resolves their noisy spellings,
/// leaves the two people who are not in the catalogue unknown, and never
/// resolves a mention to an entity the articles do not talk about.
#[test]
fn text_mode_seed_articles() {
    let dir = Path::new(ROOT).join("../shared/seeds");
    let Ok(entries) = std::fs::read_dir(&dir) else {
        eprintln!("skipped: {} is absent", dir.display());
        return;
    };
    let mut files: Vec<String> = entries
        .filter_map(|e| e.ok())
        .map(|e| e.path().display().to_string())
        .filter(|p| p.ends_with(".txt"))
        .collect();
    files.sort();
    let args: Vec<&str> = files.iter().map(String::as_str).collect();
    let out = run(&args, b"");
    assert!(out.status.success(), "{}", stderr(&out));
    let lines = json_lines(&out);
    let expected: &[(&str, Option<&str>)] = &[
        ("Zelensky", Some("zelenskyy")),
        ("Zelinski", Some("zelenskyy")),
        ("Volodimir Zellinski", Some("zelenskyy")),
        ("Steve Vitkov", Some("witkoff")),
        ("Steve Witkev", Some("witkoff")),
        ("Mertz", Some("merz")),
        ("Fredchic Mirz", Some("merz")),
        ("Mark Retty", Some("rutte")),
        ("Roti", Some("rutte")),
        ("Root", Some("rutte")),
        ("Kiir Starmer", Some("starmer")),
        ("Yuri Oshkov", Some("ushakov")),
        ("Yury Ushakov", Some("ushakov")),
        ("Sergei Lavrov", Some("lavrov")),
        ("Kiev", Some("kyiv")),
        ("KYIV", Some("kyiv")),
        ("Cursk", Some("kursk")),
        ("Constantine Sonin", Some("sonin")),
        ("Anna Kutz", None),
        ("Mark Levin", None),
    ];
    let mut failures = Vec::new();
    for (surface, want) in expected {
        let got: Vec<Option<&str>> = lines
            .iter()
            .filter(|l| l["surface"] == *surface)
            .map(id)
            .collect();
        if got.is_empty() {
            failures.push(format!("{surface}: not found as a mention"));
        } else if got.iter().any(|g| g != want) {
            failures.push(format!("{surface}: want {want:?}, got {got:?}"));
        }
    }
    // Every id printed must be one of the articles' people, places and
    // organisations: anything else is a wrong id.
    let allowed = [
        "trump",
        "putin",
        "zelenskyy",
        "ushakov",
        "lavrov",
        "leavitt",
        "tsuruoka",
        "merz",
        "macron",
        "starmer",
        "vance",
        "rubio",
        "witkoff",
        "rutte",
        "sonin",
        "stubb",
        "polyanskiy",
        "radakin",
        "kyiv",
        "kursk",
        "moscow",
        "washington",
        "crimea",
        "ukraine",
        "russia",
        "united-states",
        "united-kingdom",
        "germany",
        "france",
        "finland",
        "europe",
        "alaska",
        "kremlin",
        "downing-street",
        "nato",
        "united-nations",
        "tass",
        "european-union",
    ];
    for l in &lines {
        if let Some(got) = id(l) {
            if !allowed.contains(&got) {
                failures.push(format!("{}: resolved to unexpected {got}", l["surface"]));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} problems:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// Text mode streams: a 64 MiB file (long lines of ordinary words with a
/// name now and then) is read line by line, so the peak memory stays far
/// below the file's size, and every mention is found at its byte offset.
/// (Speed is measured by the `text/article` bench; this only guards the
/// memory bound.)
#[test]
fn text_mode_streams_large_files() {
    let dir = temp_dir("large");
    let filler =
        "the talks went on and the delegates said little about what came next ".repeat(900);
    let mut text = String::with_capacity(64 << 20);
    let mut names = 0;
    while text.len() < 64 << 20 {
        text.push_str(&filler);
        text.push_str("Steve Witkoff arrived.\n");
        names += 1;
    }
    let path = write(&dir, "large.txt", text.as_bytes());
    let out = run(&["--stats", path.as_str()], b"");
    assert!(out.status.success(), "{}", stderr(&out));
    let lines = json_lines(&out);
    assert_eq!(lines.len(), names);
    let last = lines.last().unwrap();
    let (start, end) = (
        last["start"].as_u64().unwrap() as usize,
        last["end"].as_u64().unwrap() as usize,
    );
    assert_eq!(&text[start..end], "Steve Witkoff");
    let err = stderr(&out);
    let rss: f64 = err
        .lines()
        .find_map(|l| l.strip_prefix("peak RSS: "))
        .and_then(|v| v.trim_end_matches(" MiB").parse().ok())
        .unwrap_or_else(|| panic!("no peak RSS in {err}"));
    assert!(rss < 48.0, "peak RSS {rss} MiB for a 64 MiB file");
}
