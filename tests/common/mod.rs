//! Helpers shared by the integration tests: the bundled catalogue, read
//! once, and comparable summaries of resolutions.
#![allow(dead_code)] // each test crate uses a part

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use namefold::{Catalog, Decision, Entity, Query, Resolution, Resolver};

/// `data/entities.jsonl`.
pub const BUNDLED: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/data/entities.jsonl");

/// The bundled catalogue, parsed (strictly: it must have no bad line).
pub fn bundled_catalog() -> Catalog {
    let text = std::fs::read_to_string(BUNDLED).expect("data/entities.jsonl is readable");
    let cat = Catalog::from_jsonl_str(&text).expect("bundled catalogue parses");
    assert!(
        cat.len() > 700,
        "bundled catalogue has {} entities",
        cat.len()
    );
    cat
}

/// The resolver of the bundled catalogue, built once per test binary.
pub fn bundled_resolver() -> &'static Resolver {
    static R: OnceLock<Resolver> = OnceLock::new();
    R.get_or_init(|| Resolver::build(&bundled_catalog()).expect("bundled catalogue builds"))
}

/// Everything observable about a resolution, with scores as bits.
pub type Summary = (Option<String>, Decision, Vec<(String, String, u64)>);

/// A comparable summary of a resolution: id, decision, and every
/// candidate's id, alias and score bits.
pub fn summary(r: &Resolution) -> Summary {
    (
        r.id().map(String::from),
        r.decision().clone(),
        r.candidates()
            .iter()
            .map(|c| (c.id.clone(), c.alias.clone(), c.score.to_bits()))
            .collect(),
    )
}

/// A resolver of `entities` (which must make a valid catalogue).
pub fn resolver(entities: Vec<Entity>) -> Resolver {
    Resolver::build(&Catalog::from_entities(entities).unwrap()).unwrap()
}

/// The id `q` resolves to with the default settings.
pub fn id(r: &Resolver, q: &str) -> Option<String> {
    r.resolve(&Query::new(q)).id().map(String::from)
}

/// A scratch directory under the system temp dir (one per test name and
/// process), removed on drop.
pub struct Scratch(PathBuf);

impl Scratch {
    /// A new, empty scratch directory for test `name`.
    pub fn new(name: &str) -> Scratch {
        let dir = std::env::temp_dir().join(format!("namefold-test-{}-{name}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        Scratch(dir)
    }

    /// Its path.
    pub fn path(&self) -> &Path {
        &self.0
    }

    /// The names of the files in it, sorted.
    pub fn listing(&self) -> Vec<String> {
        let mut v: Vec<String> = std::fs::read_dir(&self.0)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        v.sort();
        v
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// The score `r` gives entity `want` among the candidates for `q`, 0.0
/// when it is not one of them.
pub fn score_of(r: &Resolver, q: &str, want: &str) -> f64 {
    r.resolve(&Query::new(q))
        .candidates()
        .iter()
        .find(|c| c.id == want)
        .map_or(0.0, |c| c.score)
}
