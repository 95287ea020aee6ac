//! The streaming build (`IndexWriter`) writes the bytes of the in-memory
//! build, whatever its spill size and the order entities come in.

use namefold::{Catalog, Entity, ErrorKind, IndexWriter, Resolver};

mod common;
use common::Scratch;

fn bundled() -> String {
    std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/data/entities.jsonl")).unwrap()
}

/// Invented entities that exercise the awkward cases: a word twice in one
/// name, names that normalize alike, an empty-normalizing alias, kinds,
/// Cyrillic, a one-word place.
fn invented() -> Vec<Entity> {
    vec![
        Entity::new("p2", "Marta Marta Ilvesko").with_alias("Марта Ильвеско"),
        Entity::new("p1", "Oren Taliv")
            .with_alias("OREN TALIV")
            .with_alias("Taliv, Oren"),
        Entity::new("x", "Velmora")
            .with_kind("place")
            .with_alias("Вельмора")
            .with_alias("!!"),
        Entity::new("p10", "Oren Talev").with_kind("person"),
        Entity::new("org", "Talivsko Mining Group").with_kind("organisation"),
    ]
}

fn stream_build(
    entities: &[Entity],
    spill: usize,
    dir: &Scratch,
) -> (Vec<u8>, namefold::BuildStats) {
    let path = dir.path().join("index.nf");
    let mut w = IndexWriter::new();
    w.spill_bytes(spill).temp_dir(dir.path());
    for e in entities {
        w.push(e.clone()).unwrap();
    }
    let stats = w.finish(&path).unwrap();
    let bytes = std::fs::read(&path).unwrap();
    assert_eq!(stats.bytes, bytes.len() as u64);
    assert_eq!(
        dir.listing(),
        vec!["index.nf"],
        "temporary files left behind"
    );
    (bytes, stats)
}

#[test]
fn streaming_build_writes_the_in_memory_bytes() {
    let cat = Catalog::from_jsonl_str(&bundled()).unwrap();
    let expected = Resolver::build(&cat).unwrap().to_bytes();
    let dir = Scratch::new("bundled");
    // Reversed order, so sorting by id matters.
    let mut entities = cat.entities().to_vec();
    entities.reverse();
    for spill in [1 << 30, 4096, 64] {
        let (bytes, stats) = stream_build(&entities, spill, &dir);
        assert!(
            bytes == expected,
            "spill {spill}: {} bytes against {}",
            bytes.len(),
            expected.len()
        );
        assert_eq!(stats.entities as usize, cat.len());
        if spill == 1 << 30 {
            assert_eq!((stats.runs, stats.posting_passes), (0, 1));
        } else {
            // The small sizes really spill and really take several passes.
            assert!(stats.runs > 10 && stats.posting_passes > 2, "{stats:?}");
        }
    }
    let inv = invented();
    let expected = Resolver::build(&Catalog::from_entities(inv.clone()).unwrap())
        .unwrap()
        .to_bytes();
    for spill in [1 << 20, 1] {
        assert!(
            stream_build(&inv, spill, &dir).0 == expected,
            "invented, spill {spill}"
        );
    }
}

#[test]
fn streaming_build_reads_jsonl_and_loads() {
    let dir = Scratch::new("jsonl");
    let path = dir.path().join("index.nf");
    let mut w = IndexWriter::new();
    w.spill_bytes(2048).temp_dir(dir.path()).progress(true);
    w.push_jsonl(bundled().as_bytes()).unwrap();
    w.finish(&path).unwrap();
    let cat = Catalog::from_jsonl_str(&bundled()).unwrap();
    assert!(std::fs::read(&path).unwrap() == Resolver::build(&cat).unwrap().to_bytes());
    let r = Resolver::load(&path).unwrap();
    assert_eq!(r.len(), cat.len());
}

#[test]
fn streaming_build_errors_name_the_line() {
    let dir = Scratch::new("errors");
    let path = dir.path().join("index.nf");
    let build = |text: &str| {
        let mut w = IndexWriter::new();
        w.spill_bytes(16).temp_dir(dir.path());
        w.push_jsonl(text.as_bytes()).and_then(|()| w.finish(&path))
    };
    let dup = "{\"id\": \"b\", \"name\": \"Ann Lee\"}\n{\"id\": \"a\", \"name\": \"Bo Li\"}\n\n{\"id\": \"b\", \"name\": \"Cy Po\"}\n";
    let err = build(dup).unwrap_err();
    match err.kind() {
        ErrorKind::DuplicateId {
            id,
            first_line,
            second_line,
        } => {
            assert_eq!((id.as_str(), *first_line, *second_line), ("b", 1, 4));
        }
        k => panic!("{k:?}"),
    }
    let err = build("{\"id\": \"a\", \"name\": \"Ann\"}\n{\"id\": \"b\", \"name\": \"!!!\"}\n")
        .unwrap_err();
    assert!(err.to_string().starts_with("line 2:"), "{err}");
    let err = build("{\"id\": \"a\", \"name\": 3}\n").unwrap_err();
    assert!(err.to_string().starts_with("line 1:"), "{err}");
    assert!(matches!(
        build("\n").unwrap_err().kind(),
        ErrorKind::EmptyCatalog
    ));
    assert!(!path.exists());
    assert_eq!(
        dir.listing(),
        Vec::<String>::new(),
        "temporary files left behind"
    );
}

#[test]
fn verify_accepts_what_either_build_writes() {
    let cat = Catalog::from_jsonl_str(&bundled()).unwrap();
    let bytes = Resolver::build(&cat).unwrap().to_bytes();
    let r = Resolver::builder().verify(true).load_bytes(&bytes).unwrap();
    assert_eq!(r.len(), cat.len());
    let inv = invented();
    let dir = Scratch::new("verify");
    let (bytes, _) = stream_build(&inv, 1, &dir);
    Resolver::builder().verify(true).load_bytes(&bytes).unwrap();
}
