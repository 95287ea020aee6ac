//! Given-name equivalents and nicknames (`Bill`/`William`,
//! `Sasha`/`Aleksandr`, `Pepe`/`José`): a query's given name may be a
//! nickname of the catalogue's, or the other way round.
//!
//! The pairs come from two files built into the library:
//! `data/nicknames.tsv`, built by `scripts/build_nicknames.py` from the
//! carltonnorthern/nicknames CSV (Apache-2.0; English given names), and
//! `data/nicknames_customs.tsv`, the standard diminutives of Slavic,
//! Spanish, Portuguese, Italian and German given names. Both columns are
//! read by the one [`crate::Normalizer`], so `José`, `Саша` and `sasha`
//! are looked up alike. `data/README.md` credits the sources.
//!
//! A nickname pair counts less than a spelling match: it is worth
//! [`NICKNAME_SIM`], below the similarity of a close spelling variant,
//! and only for a person's given or middle names (a surname is never a
//! nickname). Only direct pairs count: two nicknames of one name are not
//! made each other's.

use std::sync::OnceLock;

use crate::cost::Cost;
use crate::fxhash::FxHashMap;
use crate::normalize::Normalizer;

/// The similarity of a given name and its nickname.
pub(crate) const NICKNAME_SIM: f64 = 0.8;
/// The cost reported for a nickname pair: more than a spelling variant
/// (so the name does not count as shared, see `score::align`).
pub(crate) const NICKNAME_COST: Cost = 60;

const DATASET: &str = include_str!("../data/nicknames.tsv");
const CUSTOMS: &str = include_str!("../data/nicknames_customs.tsv");

/// Normalized name → its nicknames and the names it is a nickname of,
/// sorted.
fn table() -> &'static FxHashMap<String, Vec<String>> {
    static TABLE: OnceLock<FxHashMap<String, Vec<String>>> = OnceLock::new();
    TABLE.get_or_init(|| {
        let n = Normalizer::new();
        // The 5,540 fields hold some 2,300 distinct names: each is
        // normalized once (startup cost, by instruction counts).
        let mut seen: FxHashMap<&str, Option<String>> = FxHashMap::default();
        let mut word = |s: &'static str| seen.entry(s).or_insert_with(|| one_word(&n, s)).clone();
        let mut map: FxHashMap<String, Vec<String>> = FxHashMap::default();
        for (name, nick) in DATASET.lines().chain(CUSTOMS.lines()).filter_map(pair) {
            let (Some(a), Some(b)) = (word(name), word(nick)) else {
                continue;
            };
            if a != b {
                map.entry(a.clone()).or_default().push(b.clone());
                map.entry(b).or_default().push(a);
            }
        }
        for v in map.values_mut() {
            v.sort_unstable();
            v.dedup();
        }
        map
    })
}

/// The two fields of a data line (`#` lines and blank lines are none).
fn pair(line: &str) -> Option<(&str, &str)> {
    if line.starts_with('#') || line.trim().is_empty() {
        return None;
    }
    line.split_once('\t')
}

fn one_word(n: &Normalizer, s: &str) -> Option<String> {
    let w = n.normalize(s);
    (!w.is_empty() && !w.contains(' ')).then_some(w)
}

/// Whether normalized words `a` and `b` are a given name and one of its
/// nicknames (either way round).
#[cfg(test)]
pub(crate) fn related(a: &str, b: &str) -> bool {
    table()
        .get(a)
        .is_some_and(|v| v.binary_search_by(|x| x.as_str().cmp(b)).is_ok())
}

/// Whether normalized word `a` is a nickname or equivalent of some form
/// of the East Slavic given name that `b` is a form of, or the other way
/// round: the table writes each Russian, Ukrainian or Belarusian name in
/// one spelling (`aleksey`/`alex`), and its other spellings and the other
/// languages' forms of it (`Alexei`, `Oleksii`, `Aliaksei`: see
/// [`crate::east_slavic`]) take the same nicknames.
#[cfg(test)]
fn related_through_cognates(a: &str, b: &str) -> bool {
    let t = table();
    let via = |x: &str, y: &str| {
        t.get(x)
            .is_some_and(|v| v.iter().any(|n| crate::east_slavic::same_given_name(n, y)))
    };
    via(a, b) || via(b, a)
}

/// What [`given_name_pair_of`] reads of its query word alone: the scorer
/// reads each query word once per pass, not once per pair.
#[derive(Clone, Debug)]
pub(crate) struct NicknameQuery {
    /// The word's nicknames and the names it is a nickname of (sorted).
    names: &'static [String],
    /// The East Slavic given name (`east_slavic::given_name_of`) of the
    /// word...
    line: Option<usize>,
    /// ...and of each of `names`, where they have one.
    lines: Vec<usize>,
}

impl NicknameQuery {
    /// Query word `q`'s.
    pub(crate) fn of(q: &str) -> NicknameQuery {
        let names = table().get(q).map_or(&[][..], |v| &v[..]);
        let mut lines: Vec<usize> = names
            .iter()
            .filter_map(|n| crate::east_slavic::given_name_of(n))
            .collect();
        lines.sort_unstable();
        lines.dedup();
        NicknameQuery {
            names,
            line: crate::east_slavic::given_name_of(q),
            lines,
        }
    }
}

/// The pair `(similarity, cost)` of the query word and a given or middle
/// name `a` whose spelling match is `found`: the nickname pair's when
/// that is better.
/// `qr`: the query word as [`NicknameQuery::of`] reads it, once per query
/// word, not once per pair: `related` and `related_through_cognates`
/// with the query word's side of each read once.
pub(crate) fn given_name_pair_of(
    qr: &NicknameQuery,
    a: &str,
    found: Option<(f64, Cost)>,
) -> Option<(f64, Cost)> {
    if found.is_some_and(|(s, _)| s >= NICKNAME_SIM) {
        return found;
    }
    // `related(q, a)`.
    let direct = qr.names.binary_search_by(|x| x.as_str().cmp(a)).is_ok();
    // `related_through_cognates(q, a)`: a nickname of `q` is a form of
    // `a`'s East Slavic name, or a nickname of `a` one of `q`'s.
    let through = || {
        let a_line = || crate::east_slavic::given_name_of(a);
        (!qr.lines.is_empty() && a_line().is_some_and(|y| qr.lines.binary_search(&y).is_ok()))
            || qr.line.is_some_and(|x| {
                table().get(a).is_some_and(|v| {
                    v.iter()
                        .any(|n| crate::east_slavic::given_name_of(n) == Some(x))
                })
            })
    };
    if direct || through() {
        Some((NICKNAME_SIM, NICKNAME_COST))
    } else {
        found
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Catalog, Entity, Query, Resolver};

    #[test]
    fn both_files_are_read_through_the_normalizer() {
        assert!(related("william", "bill"));
        assert!(related("bill", "william"));
        assert!(related("robert", "bob"));
        // Written with a diacritic and in Cyrillic in the query.
        let n = Normalizer::new();
        assert!(related(&n.normalize("José"), "pepe"));
        assert!(related(&n.normalize("Саша"), "aleksandr"));
        // The Latin American spelling of John and its diminutive.
        assert!(related("jhon", "jhonny") && related("jhony", "jhon"));
        // Two nicknames of one name are not each other's.
        assert!(!related("bill", "bob"));
        assert!(!related("william", "robert"));
        // Every line of both files is a pair of two fields.
        for line in DATASET.lines().chain(CUSTOMS.lines()) {
            if !line.starts_with('#') && !line.trim().is_empty() {
                assert!(
                    pair(line).is_some_and(|(a, b)| !a.is_empty() && !b.is_empty()),
                    "{line:?}"
                );
            }
        }
    }

    #[test]
    fn the_query_side_read_once_pairs_as_both_lookups_did() {
        // `given_name_pair_of` reads the query word's side of `related`
        // and `related_through_cognates` once: the same pairs, over the
        // table's names and the East Slavic forms of some of them.
        let mut names: Vec<&str> = table().keys().map(String::as_str).collect();
        names.sort_unstable();
        let forms = [
            "oleksii",
            "aliaksei",
            "alexei",
            "mykola",
            "mikalai",
            "uladzimir",
            "volodymyr",
            "siarhei",
            "serhiy",
            "petro",
            "pyotr",
            "pavlo",
            "aliaksandr",
            "oleksandr",
            "yuriy",
            "iurii",
            "hanna",
            "ganna",
            "zmitser",
            "dmytro",
        ];
        let queries = names.iter().step_by(3).chain(&forms);
        let mut met = 0;
        for q in queries {
            let qr = NicknameQuery::of(q);
            for a in names.iter().step_by(7).chain(&forms) {
                let old = related(q, a) || related_through_cognates(q, a);
                let new = given_name_pair_of(&qr, a, None).is_some();
                assert_eq!(new, old, "{q} {a}");
                met += usize::from(old);
            }
        }
        // (Pairs of both kinds were met.)
        assert!(met > 100, "{met}");
    }

    fn resolver() -> Resolver {
        // Invented people.
        let cat = Catalog::from_entities(vec![
            Entity::new("harwick", "William Harwick").with_kind("person"),
            Entity::new("dolgarev", "Aleksandr Dolgarev").with_kind("person"),
            Entity::new("bill-the-town", "Bill Harbour").with_kind("place"),
        ])
        .expect("catalogue");
        Resolver::build(&cat).expect("resolver")
    }

    fn top(r: &Resolver, q: &str) -> Option<(String, f64)> {
        let res = r.resolve(&Query::new(q));
        res.candidates().first().map(|c| (c.id.clone(), c.score))
    }

    #[test]
    fn a_nickname_meets_its_given_name_for_less_than_a_spelling() {
        let r = resolver();
        assert_eq!(r.resolve(&Query::new("Bill Harwick")).id(), Some("harwick"));
        assert_eq!(
            r.resolve(&Query::new("Саша Долгарев")).id(),
            Some("dolgarev")
        );
        let nick = top(&r, "Bill Harwick").expect("candidate").1;
        let exact = top(&r, "William Harwick").expect("candidate").1;
        let variant = top(&r, "Wiliam Harwick").expect("candidate").1;
        assert!(
            nick < variant && variant < exact,
            "{nick} {variant} {exact}"
        );
        // Not a nickname: scores as a plain other given name.
        let other = top(&r, "Bert Harwick").map_or(0.0, |c| c.1);
        assert!(other < nick, "{other} {nick}");
    }

    #[test]
    fn an_english_form_meets_every_form_of_the_east_slavic_name() {
        // The table pairs `aleksey`/`alex` and `pyotr`/`peter` once; the
        // other spellings and the Ukrainian and Belarusian forms of the
        // two names take them too, either way round.
        for (q, a) in [
            ("alex", "alexei"),
            ("alex", "oleksii"),
            ("aliaksei", "alex"),
            ("peter", "petro"),
            ("piotr", "peter"),
        ] {
            assert!(!related(q, a), "{q} {a}: direct pair");
            assert!(related_through_cognates(q, a), "{q} {a}");
        }
        // One hop only: two nicknames of one name stay two names.
        assert!(!related_through_cognates("sasha", "alex"));
        assert!(!related_through_cognates("pete", "petro"));
        assert!(!related_through_cognates("peter", "pavlo"));
        // Invented people: the English form in the query meets the
        // catalogue's Belarusian and Ukrainian forms.
        let cat = Catalog::from_entities(vec![
            Entity::new("dravinski", "Aliaksei Dravinski").with_kind("person"),
            Entity::new("dravinski-barys", "Barys Dravinski").with_kind("person"),
            Entity::new("halushko", "Petro Halushko").with_kind("person"),
        ])
        .expect("catalogue");
        let r = Resolver::build(&cat).expect("resolver");
        assert_eq!(
            r.resolve(&Query::new("Alex Dravinski")).id(),
            Some("dravinski")
        );
        assert_eq!(
            r.resolve(&Query::new("Peter Halushko")).id(),
            Some("halushko")
        );
    }

    #[test]
    fn an_english_biblical_name_meets_its_spanish_form() {
        // The English and Spanish forms of one Biblical name pair as a
        // nickname does, for a given name only.
        assert!(related("reuben", "ruben") && related("ruben", "reuben"));
        assert!(related("stephen", "esteban"));
        // One hop only: Spanish Pepe (of José) is not made English Joseph's.
        assert!(!related("joseph", "pepe"));
        // Invented person: the English form meets the catalogue's Spanish
        // one at the nickname's similarity.
        let cat = Catalog::from_entities(vec![
            Entity::new("quintaro", "Esteban Quintaro Vasallo").with_kind("person")
        ])
        .expect("catalogue");
        let r = Resolver::build(&cat).expect("resolver");
        let (id, score) = top(&r, "Stephen Quintaro").expect("a candidate");
        assert_eq!(id, "quintaro");
        assert!(score >= r.threshold(), "{score}");
    }

    #[test]
    fn a_surname_is_never_a_nickname() {
        let cat = Catalog::from_entities(vec![
            Entity::new("marlo-william", "Marlo William").with_kind("person")
        ])
        .expect("catalogue");
        let r = Resolver::build(&cat).expect("resolver");
        assert_eq!(
            r.resolve(&Query::new("Marlo William")).id(),
            Some("marlo-william")
        );
        // `Bill` is a nickname of William, but William is this man's
        // family name.
        assert_eq!(r.resolve(&Query::new("Marlo Bill")).id(), None);
    }
}
