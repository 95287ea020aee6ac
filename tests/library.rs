//! The library API that the example CLI is built on: text mode
//! (`namefold::text::Document`), pairwise `compare`, and the `serde`
//! serialization of outcomes and entities.

use namefold::text::{Document, NameMention};
use namefold::{compare, Catalog, Entity, Query, Resolver};
use proptest::prelude::*;

mod common;

const SAMPLE: &str = include_str!("../data/sample-article.txt");

fn small() -> Resolver {
    let cat = Catalog::from_entities(vec![
        Entity::new("rutte", "Mark Rutte"),
        Entity::new("witkoff", "Steve Witkoff"),
        Entity::new("lorvik", "Anders Lorvik"),
        Entity::new("kyiv", "Kyiv")
            .with_alias("Kiev")
            .with_kind("place"),
    ])
    .unwrap();
    Resolver::build(&cat).unwrap()
}

fn view(found: &[NameMention]) -> Vec<(usize, usize, String, Option<String>, u64)> {
    found
        .iter()
        .map(|m| {
            (
                m.start,
                m.end,
                m.surface.clone(),
                m.id().map(String::from),
                m.score().to_bits(),
            )
        })
        .collect()
}

// ------------------------------------------------------------------ text

#[test]
fn document_offsets_point_at_the_surface() {
    let r = common::bundled_resolver();
    let found = Document::new(r).resolve_text(SAMPLE);
    assert!(found.len() >= 20, "{} mentions", found.len());
    for m in &found {
        assert_eq!(&SAMPLE[m.start..m.end], m.surface);
    }
    assert!(found.iter().any(|m| m.id() == Some("zelenskyy")));
}

/// Feeding a document line by line gives what feeding it whole gives:
/// offsets continue and the coreference memory carries over.
#[test]
fn chunks_of_one_document_continue_offsets_and_memory() {
    let r = common::bundled_resolver();
    let whole = Document::new(r).resolve_text(SAMPLE);
    let mut doc = Document::new(r);
    let mut lines = Vec::new();
    for line in SAMPLE.split_inclusive('\n') {
        lines.extend(doc.resolve_text(line));
    }
    assert_eq!(doc.offset(), SAMPLE.len());
    assert_eq!(view(&lines), view(&whole));
    // The sample article leans on coreference: some mention resolves only
    // through the memory (a fresh document leaves it unknown).
    let via_memory = whole.iter().filter(|m| {
        m.id().is_some() && Document::new(r).resolve_mention(&m.surface).id().is_none()
    });
    assert!(via_memory.count() > 0);
}

#[test]
fn a_short_mention_resolves_through_the_document_memory() {
    let r = small();
    assert_eq!(r.resolve(&Query::new("Roti")).id(), None);
    let found = Document::new(&r).resolve_text("Mark Rutte met Steve Witkoff. Roti left.");
    assert_eq!(found[2].surface, "Roti");
    assert_eq!(found[2].id(), Some("rutte"));
}

#[test]
fn memory_size_bounds_coreference() {
    let r = small();
    let text = "Mark Rutte met Steve Witkoff. Roti left.";
    let one = Document::new(&r).with_memory(1).resolve_text(text);
    assert_eq!(one[2].id(), None, "only Witkoff is remembered");
    let none = Document::new(&r).with_memory(0);
    assert!(none.remembered().is_empty());
    let mut two = Document::new(&r).with_memory(2);
    assert_eq!(two.resolve_text(text)[2].id(), Some("rutte"));
    assert_eq!(two.remembered(), ["witkoff", "rutte"]);
}

#[test]
fn documents_do_not_share_memory() {
    let r = small();
    let mut first = Document::new(&r);
    first.resolve_text("Mark Rutte spoke.");
    let second = Document::new(&r).resolve_text("Roti left.");
    assert_eq!(second[0].id(), None);
}

#[test]
fn full_names_pass_a_lower_threshold_than_single_words() {
    let r = small();
    let res = r.resolve(&Query::new("Mark Retty"));
    let score = res.score();
    assert!(
        res.id().is_none() && (0.62..namefold::DEFAULT_THRESHOLD).contains(&score),
        "Mark Retty scores {score} in names mode"
    );
    let doc = Document::new(&r).resolve_text("Mark Retty arrived.");
    assert_eq!(doc[0].id(), Some("rutte"));
    assert_eq!(Document::new(&r).full_name_threshold(), 0.62);
    let strict = Document::new(&r).with_full_name_threshold(0.95);
    assert_eq!(strict.full_name_threshold(), 0.95_f64.min(r.threshold()));
    let mut one = Document::new(&r).with_threshold(0.95);
    assert_eq!(one.full_name_threshold(), 0.95);
    assert_eq!(one.resolve_text("Mark Retty arrived.")[0].id(), None);
}

#[test]
fn garbled_given_names_are_read_as_initials() {
    let r = small();
    // `Axdzrq` is no catalogue word: it still says `A.`.
    assert_eq!(r.resolve(&Query::new("Axdzrq Lorvick")).id(), None);
    let found = Document::new(&r).resolve_text("Then Axdzrq Lorvick spoke.");
    assert_eq!(found[0].id(), Some("lorvik"));
    // A real given name of another person is not retried as an initial.
    let other = Document::new(&r).resolve_text("Then Mark Lorvick spoke.");
    assert_ne!(other[0].id(), Some("rutte"));
}

// --------------------------------------------------------------- compare

#[test]
fn compare_explains_and_decides() {
    let c = compare("Steve Vitkov", "Steve Witkoff");
    assert!(c.is_match(), "{c:?}");
    assert!(c
        .tokens()
        .iter()
        .any(|t| t.alias == "witkoff" && t.cost > 0));
    assert!(!compare("Mark Levin", "Mark Rutte").is_match());
    let empty = compare("", "Mark Rutte");
    assert_eq!((empty.score(), empty.is_match()), (0.0, false));
    let nothing = compare("Mark Rutte", "!!!");
    assert_eq!((nothing.score(), nothing.key()), (0.0, None));
}

/// Names and noisy spellings of them: the catalogue's names with a letter
/// changed, dropped or doubled, or another catalogue name.
fn name_pairs() -> impl Strategy<Value = (String, String)> {
    let names: Vec<String> = common::bundled_catalog()
        .entities()
        .iter()
        .map(|e| e.name.clone())
        .collect();
    let n = names.len();
    (
        0..n,
        0..n,
        any::<bool>(),
        0usize..40,
        prop::char::range('a', 'z'),
    )
        .prop_map(move |(i, j, same, at, c)| {
            let b = names[i].clone();
            let mut a: Vec<char> = if same {
                b.chars().collect()
            } else {
                names[j].chars().collect()
            };
            if !a.is_empty() {
                let k = at % a.len();
                match at % 3 {
                    0 => a[k] = c,
                    1 => {
                        a.remove(k);
                    }
                    _ => a.insert(k, a[k]),
                }
            }
            (a.into_iter().collect(), b)
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    /// `compare(a, b)` is resolving `a` against a one-entity catalogue
    /// holding `b`: same score, same decision, same token alignment.
    #[test]
    fn compare_agrees_with_a_one_entity_catalogue((a, b) in name_pairs()) {
        let c = compare(&a, &b);
        let r = Resolver::build(&Catalog::from_entities(vec![Entity::new("x", b.as_str())]).unwrap()).unwrap();
        // (`compare` explains its tokens with their edit scripts.)
        let res = r.resolve(&Query::new(&a).with_edits(true));
        prop_assert_eq!(c.score().to_bits(), res.score().to_bits());
        prop_assert_eq!(c.is_match(), res.id() == Some("x"));
        let tokens = res.best().map(|b| b.tokens.clone()).unwrap_or_default();
        prop_assert_eq!(c.tokens(), &tokens[..]);
        prop_assert_eq!(c.key(), res.best().map(|b| b.key));
    }

    /// Any two strings: a score in [0, 1], never NaN, never a panic.
    #[test]
    fn compare_is_total(a in "\\PC{0,40}", b in "\\PC{0,40}") {
        let c = compare(&a, &b);
        prop_assert!((0.0..=1.0).contains(&c.score()));
        prop_assert!(!c.is_match() || c.score() > 0.0);
    }
}

// ----------------------------------------------------------------- serde

#[cfg(feature = "serde")]
mod serde_json_shape {
    use super::*;
    use serde_json::{json, Value};

    #[test]
    fn a_resolution_serializes_to_the_cli_fields() {
        let r = small();
        let res = r.resolve(&Query::new("Steve Vitkov").with_limit(2).with_edits(true));
        let line = serde_json::to_string(&res).unwrap();
        let at = |k: &str| line.find(&format!("\"{k}\":")).unwrap_or(usize::MAX);
        let keys = [
            "id",
            "name",
            "score",
            "decision",
            "normalized",
            "candidates",
        ];
        assert!(keys.windows(2).all(|w| at(w[0]) < at(w[1])), "{line}");
        let v: Value = serde_json::from_str(&line).unwrap();
        assert_eq!(v["id"], "witkoff");
        assert_eq!(v["name"], "Steve Witkoff");
        assert_eq!(v["decision"], "resolved");
        assert_eq!(v["normalized"], "steve vitkov");
        let c = &v["candidates"][0];
        assert_eq!(c["key"], "token");
        let t = c["tokens"]
            .as_array()
            .unwrap()
            .iter()
            .find(|t| t["alias"] == "witkoff")
            .unwrap();
        assert_eq!(t["role"], "family");
        // Only the edits that change something, each typed and costed.
        let edits = t["edits"].as_array().unwrap();
        assert!(!edits.is_empty());
        assert!(edits
            .iter()
            .all(|e| e["kind"] != "keep" && e["cost"].as_u64() > Some(0)));
        assert!(edits.iter().any(|e| e["class"] == "phonetic"));
        let unknown = serde_json::to_value(r.resolve(&Query::new("Lorcan Brightwater"))).unwrap();
        assert_eq!(
            (unknown["id"].clone(), unknown["name"].clone()),
            (Value::Null, Value::Null)
        );
    }

    #[test]
    fn unknown_reasons_are_tagged() {
        let v = serde_json::to_value(namefold::Unknown::BelowThreshold { score: 0.5 }).unwrap();
        assert_eq!(v, json!({"reason": "below_threshold", "score": 0.5}));
    }

    #[test]
    fn entities_round_trip_through_the_catalogue_format() {
        let e = Entity::new("kyiv", "Kyiv")
            .with_alias("Київ")
            .with_kind("place");
        let line = serde_json::to_string(&e).unwrap();
        assert_eq!(
            line,
            r#"{"id":"kyiv","name":"Kyiv","aliases":["Київ"],"kind":"place"}"#
        );
        let back = Catalog::from_jsonl_str(&line).unwrap();
        assert_eq!(back.entities(), std::slice::from_ref(&e));
        let parsed: Entity = serde_json::from_str(r#"{"id": "a", "name": "Ann Lee"}"#).unwrap();
        assert_eq!(parsed, Entity::new("a", "Ann Lee"));
        let bundled = common::bundled_catalog();
        for e in bundled.entities().iter().take(100) {
            let back: Entity = serde_json::from_str(&serde_json::to_string(e).unwrap()).unwrap();
            assert_eq!(&back, e);
        }
    }

    #[test]
    fn mentions_and_comparisons_serialize() {
        let r = small();
        let found = Document::new(&r).resolve_text("In Kiev.");
        let v = serde_json::to_value(&found[0]).unwrap();
        assert_eq!((v["start"].as_u64(), v["end"].as_u64()), (Some(3), Some(7)));
        assert_eq!(
            (v["surface"].as_str(), v["id"].as_str()),
            (Some("Kiev"), Some("kyiv"))
        );
        let c = serde_json::to_value(compare("Fridrich Mertz", "Friedrich Merz")).unwrap();
        assert_eq!(c["is_match"], true);
        assert!(c["score"].as_f64().unwrap() > 0.7);
        assert_eq!(c["tokens"].as_array().unwrap().len(), 2);
    }
}
