//! Tests of the scoring pass and of candidate gathering (invented names).

use super::*;
use crate::entity::Catalog;

const DEFAULT_THRESHOLD_FOR_TEST: f64 = super::super::DEFAULT_THRESHOLD;

/// A query of two full words that no alias shares two matched words
/// with is decided by the fuzzy pass while a word still walks (its
/// few aliases' scores are then the fuzzy pass's), and by the pass
/// without the walk when no word walks, its few aliases still scored
/// (invented names).
#[test]
fn the_few_aliases_are_scored_by_the_pass_that_decides() {
    use crate::entity::Entity;
    let mut ents = vec![
        Entity::new("te", "Tryfan Evangelakis").with_kind("person"),
        Entity::new("ts", "Tomas Sennet").with_kind("person"),
        // Found by the few aliases of `tryfan` only.
        Entity::new("t", "Tryfan").with_kind("person"),
    ];
    for (i, g) in ["Tryfan", "Tomas"].iter().enumerate() {
        for k in 0..5 {
            let family = ["Brekke", "Dahl", "Moen", "Lunde", "Strand"][k];
            ents.push(Entity::new(format!("p{i}{k}"), format!("{g} {family}")).with_kind("person"));
        }
    }
    let r = Resolver::build(&Catalog::from_entities(ents).unwrap()).unwrap();
    let staged = |q: &str, fuzzy: bool| {
        let norm = r.normalizer().normalize(q);
        let toks: Vec<&str> = norm.split(' ').collect();
        let full = r.index.get(FULL, &toks.join(" "));
        let mut words = Words::default();
        let got = r.score_staged(&toks, DEFAULT_THRESHOLD_FOR_TEST, &mut words);
        // The one pass that decides, alone.
        let mut words = Words::default();
        let want = r.score_tokens(&toks, full, fuzzy, &mut words);
        assert_eq!(scored_key(&got), scored_key(&want), "{q}");
        got
    };
    // `euangelakis` has no exact or skeleton match: it walks. (The
    // pass without the walk finds `Tryfan Evangelakis` among the few
    // aliases of `tryfan`, and would resolve it.)
    let got = staged("Tryfan Euangelakis", true);
    assert_eq!(
        r.index.entity_id(r.index.entity_of(got[0].alias) as usize),
        "te"
    );
    // Both words are catalogue words, never together: no walk, and the
    // few aliases of each are scored (`Tomas Sennet` by its family name).
    let got = staged("Tryfan Sennet", false);
    assert_eq!(
        r.index.entity_id(r.index.entity_of(got[0].alias) as usize),
        "ts"
    );
    assert!(got[0].score < DEFAULT_THRESHOLD_FOR_TEST);
}

/// The fuzzy pass with the quick pass's alignments scores every
/// alias as the fuzzy pass alone does (invented misspellings of the
/// bundled catalogue's names, unknown names, split words).
#[test]
fn kept_alignments_equal_fresh_ones() {
    let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/data/entities.jsonl"))
        .unwrap();
    let r = Resolver::build(&Catalog::from_jsonl_str(&text).unwrap()).unwrap();
    let queries = [
        "Volodimir Zelinski",
        "Steve Vitkov",
        "Donald Trampf",
        "Vladimir Putine",
        "Emanuel Makron",
        "Olaf Scholtz",
        "Keir Starmerr",
        "Arvid Qwelmoranz",
        "Marta Ilvesko",
        "Jens Stoltenbrg",
        "Ursula fon der Leien",
        "Recep Tayip Erdogan",
        "Xi Jinpin",
        "Sergei Lavroff",
    ];
    let mut compared = 0;
    for q in queries {
        let norm = r.normalizer().normalize(q);
        let toks: Vec<&str> = norm.split(' ').collect();
        let full = r.index.get(FULL, &toks.join(" "));
        let mut words = Words::default();
        let mut memo = Aligned::for_words(&toks, &words).unwrap();
        r.score_tokens_with(&toks, full, false, &mut words, Some(&mut memo));
        let kept = memo.0.len();
        let with = r.score_tokens_with(&toks, full, true, &mut words, Some(&mut memo));
        let fresh = r.score_tokens(&toks, full, true, &mut Words::default());
        let key = scored_key;
        assert_eq!(key(&with), key(&fresh), "{q}");
        compared += usize::from(kept > 0 && !fresh.is_empty());
    }
    assert!(compared >= 10, "only {compared} queries kept alignments");
}

/// A retry scores at most `MAX_RETRY_CANDIDATES` aliases of a word it
/// reaches alone, its closest catalogue words' first; a first pass
/// scores them all (invented names: many people named Torvald, one
/// named Torvaldi).
#[test]
fn a_retry_scores_the_closest_words_aliases_first() {
    use crate::entity::Entity;
    use crate::limits::MAX_RETRY_CANDIDATES;
    let n = MAX_RETRY_CANDIDATES + 40;
    let mut ents: Vec<Entity> = (0..n)
        .map(|i| Entity::new(format!("p{i:04}"), format!("Torvald Bekkar{i}")))
        .collect();
    // The exact word's one alias comes last in alias order.
    ents.push(Entity::new("q", "Torvaldi Sennet"));
    let r = Resolver::build(&Catalog::from_entities(ents).unwrap()).unwrap();
    let toks = ["torvaldi"];
    let mut words = Words::default();
    let (qt, ids) = r.fill_words(&toks, false, &mut words);
    let hits: Vec<&Hits> = ids
        .iter()
        .map(|&w| &**words.words[w].near.as_ref().unwrap())
        .collect();
    let (all, _) = r.candidate_aliases(&qt, &hits, MAX_CANDIDATES, Few::Score);
    assert_eq!(all.len(), n + 1);
    let (capped, _) = r.candidate_aliases(&qt, &hits, MAX_RETRY_CANDIDATES, Few::Score);
    assert_eq!(capped.len(), MAX_RETRY_CANDIDATES);
    // The alias of the exact word is kept, though it is the last.
    let exact = r
        .index
        .full_aliases(r.index.get(FULL, "torvaldi sennet").unwrap());
    let exact = exact.iter().next().unwrap() as usize;
    assert!(capped.contains(&exact));
    assert!(all.contains(&exact));
}

/// The Spanish and Portuguese custom `Given Given PATERNAL MATERNAL`:
/// a list that writes both surnames in capitals is found by the first
/// given name and the paternal surname alone, even when that surname is
/// common in the catalogue (invented names).
#[test]
fn a_written_second_surname_may_be_dropped() {
    use crate::entity::Entity;
    use crate::outcome::Query;
    let mut ents = vec![Entity::new("als", "Ana Lucia PEREZ SOTO")];
    for (i, g) in ["Jorge", "Mario", "Luis", "Carlos", "Pedro"]
        .iter()
        .enumerate()
    {
        ents.push(Entity::new(format!("p{i}"), format!("{g} PEREZ")).with_kind("person"));
    }
    ents[0] = ents[0].clone().with_kind("person");
    let r = Resolver::build(&Catalog::from_entities(ents.clone()).unwrap()).unwrap();
    assert_eq!(r.resolve(&Query::new("Ana PEREZ")).id(), Some("als"));
    // Without the written convention the last word is the family name.
    ents[0] = Entity::new("als", "Ana Lucia Perez Soto").with_kind("person");
    let r = Resolver::build(&Catalog::from_entities(ents).unwrap()).unwrap();
    assert_eq!(r.resolve(&Query::new("Ana Perez")).id(), None);
}

/// Invented Persian names: a compound given name or a `-pour` surname
/// written as one word finds the alias that writes it as two.
#[test]
fn a_query_word_may_join_two_alias_words() {
    use crate::entity::Entity;
    use crate::outcome::Query;
    let ents = vec![
        Entity::new("a", "Ali Reza NOUSHIRVANI").with_kind("person"),
        Entity::new("b", "Parvin Sadat BEHZAD POUR").with_kind("person"),
        Entity::new("c", "Reza KAVANDI").with_kind("person"),
        Entity::new("d", "Ali TABRIZI").with_kind("person"),
        Entity::new("e", "Kourosh TAHERI-NEJAD").with_kind("person"),
        Entity::new("f", "Yunus AL UMARI").with_kind("person"),
    ];
    let r = Resolver::build(&Catalog::from_entities(ents).unwrap()).unwrap();
    assert_eq!(
        r.resolve(&Query::new("Alireza NOUSHIRVANI")).id(),
        Some("a")
    );
    assert_eq!(
        r.resolve(&Query::new("Parvin Sadat BEHZADPOUR")).id(),
        Some("b")
    );
    // The two joined stand for the family name they end with.
    assert_eq!(
        r.resolve(&Query::new("Kourosh TAHERINEJAD")).id(),
        Some("e")
    );
    assert_eq!(r.resolve(&Query::new("Yunus ALUMARI")).id(), Some("f"));
    // A different second half is no compound of the alias's words.
    assert_eq!(r.resolve(&Query::new("Alinaghi NOUSHIRVANI")).id(), None);
}

/// Invented names: `Abdul Rahman` alone is one given name, common
/// here, and names no one in particular; with a family name it does.
#[test]
fn abdul_and_its_second_part_are_one_name() {
    use crate::entity::Entity;
    use crate::outcome::Query;
    let names = [
        "Idris Yusuf Abdul RAHMAN",
        "Abdul Karim YASIN",
        "Abdul Hadi QORBANI",
        "Abdul Wahid SAFI",
        "Habib RAHMAN",
        "Nur RAHMAN",
        "Zia RAHMAN",
    ];
    let ents: Vec<Entity> = names
        .iter()
        .enumerate()
        .map(|(i, n)| Entity::new(format!("p{i}"), *n).with_kind("person"))
        .collect();
    let r = Resolver::build(&Catalog::from_entities(ents).unwrap()).unwrap();
    assert_eq!(r.resolve(&Query::new("Abdurahman")).id(), None);
    assert_eq!(
        r.resolve(&Query::new("Abdul Hadi QURBANI")).id(),
        Some("p2")
    );
}
