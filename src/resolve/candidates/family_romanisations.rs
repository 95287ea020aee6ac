//! Tests of the name rules (family names' romanisations, compound and
//! theophoric names, kunyas, surnames) on invented names.

use super::*;
use crate::entity::Entity;
use crate::outcome::Query;
use crate::resolve::name_shape::occupational;
use crate::Catalog;

fn resolver(names: &[&str]) -> Resolver {
    let ents: Vec<Entity> = names
        .iter()
        .enumerate()
        .map(|(i, n)| Entity::new(format!("p{i}"), *n).with_kind("person"))
        .collect();
    Resolver::build(&Catalog::from_entities(ents).unwrap()).unwrap()
}

/// A family name the catalogue writes `Gaddari` for one relative and
/// `Qadhari` for another is one name in two romanisations: the query
/// `Tarim GADDARI` (or `Tarym GADDARI`) is the listed `Tarim QADHARI`,
/// though `Gaddari` is a word of the catalogue (invented names).
#[test]
fn a_relatives_romanisation_of_the_family_name_is_the_same_name() {
    let r = resolver(&["Tarim QADHARI", "Selun GADDARI", "Hamor GADDARI"]);
    assert_eq!(r.resolve(&Query::new("Tarim GADDARI")).id(), Some("p0"));
    // The given name in a variant spelling too.
    assert_eq!(r.resolve(&Query::new("Tarym GADDARI")).id(), Some("p0"));
    // Another given name is another relative, not a spelling of this
    // one.
    assert_eq!(r.resolve(&Query::new("Selun GADDARI")).id(), Some("p1"));
    assert_ne!(r.resolve(&Query::new("Borin GADDARI")).id(), Some("p0"));
}

/// A family name ending in a theophoric second part (`Salkuddin`,
/// split as `salk uddin`) is not found by another name's `uddin`
/// alone (invented names).
#[test]
fn a_theophoric_second_part_names_no_one_alone() {
    let r = resolver(&["Tomas Ferid Y SALKUDDIN", "Rasid HALUMI"]);
    let got = r.resolve(&Query::new("Bekir NAVRUDDIN"));
    assert_eq!(got.id(), None, "{got:?}");
    let got = r.resolve(&Query::new("Jorat NAVREDDINE"));
    assert_eq!(got.id(), None, "{got:?}");
    assert_eq!(r.resolve(&Query::new("Tomas SALKUDDIN")).id(), Some("p0"));
}

/// A family name a letter away (a dropped or mistyped letter, not a
/// romanisation's vowel, consonant class or doubling) that is another
/// catalogue word is still probably that other name (invented names).
#[test]
fn a_catalogue_family_name_a_letter_away_stays_another_name() {
    let r = resolver(&["Tarim VELORIN", "Selun VELORI"]);
    let got = r.resolve(&Query::new("Tarim VELORI"));
    assert_ne!(got.id(), Some("p0"), "{got:?}");
}

/// Invented Pashtun-style names: each part of the compound given name
/// `Zarifullah` (`zarif ullah` once normalized) and the title `Akhund`
/// are borne by many here, the compound by one: the name before the
/// father's name, in order, finds him; the first part alone does not.
#[test]
fn a_rare_compound_of_common_parts_is_a_distinct_name() {
    let r = resolver(&[
        "Zarifullah Akhund Tor Gul",
        "Zarif Nabi",
        "Zarif Qadiri",
        "Zarif Haleem",
        "Zarif Sadiq",
        "Naqibullah Wardak",
        "Samiullah Taheri",
        "Rafiullah Kohi",
        "Wasiullah Nuri",
        "Ubaid Akhund",
        "Karim Akhund",
        "Nasir Akhund",
        "Jalal Akhund",
    ]);
    assert_eq!(r.resolve(&Query::new("Zarifullah Akhund")).id(), Some("p0"));
    assert_eq!(r.resolve(&Query::new("Zarif Akhund")).id(), None);
}

/// Invented names: `Tegar Abdurrahmat` shares `Abdul Rahmat` with
/// many aliases and only `Tegar`, a rare word, with the listed `TEGAR
/// ROCHMAT` (the Indonesian spelling of the short form `Rahmat`): the
/// rare word's aliases are scored too, and the short form found.
#[test]
fn a_rare_words_aliases_are_scored_beside_common_pairs() {
    let r = resolver(&[
        "TEGAR ROCHMAT",
        "Abdul Rahmat SOFI",
        "Karim Abdul RAHMAT",
        "Abdul Rahmat QASIMI",
        "Abdul Rahmat Bakri",
    ]);
    let got = r.resolve(&Query::new("Tegar Abdurrahmat"));
    assert_eq!(got.id(), Some("p0"), "{got:?}");
}

/// Invented names: `Karim Jan` (an Afghan compound given name with
/// `jan`, dear) before a tribal and a father's name is the name the
/// person goes by, though `jan` is short and many bear each part.
#[test]
fn a_compound_with_jan_is_the_name() {
    let r = resolver(&[
        "KARIM JAN TORWALI BARAKZAI",
        "Gul Jan Safi",
        "Sher Jan Nuri",
        "Agha Jan Kohi",
        "Karim Nabi",
        "Karim Haleem",
        "Karim Sadiq",
    ]);
    let got = r.resolve(&Query::new("Karim Jan"));
    assert_eq!(got.id(), Some("p0"), "{got:?}");
    assert_eq!(r.resolve(&Query::new("Haji Karim Jan")).id(), Some("p0"));
    assert_eq!(r.resolve(&Query::new("Jan Karim")).id(), None);
}

/// Invented names: `Abdul Tarif` (`ʿAbd al-Tarif`, one name the
/// normalizer writes as two words) before a tribal name is the name
/// the person goes by, though many bear `Abdul` and many `Tarif`; a
/// compound many bear (`Abdul Nomer`) is not.
#[test]
fn an_abd_compound_is_one_name() {
    let r = resolver(&[
        "ABDUL TARIF WAZOKZAI",
        "Abdul Kesh Baruni",
        "Abdul Fazor Qadiri",
        "Tarif Nabi",
        "Tarif Haleem",
        "Tarif Sadiq",
        "Abdul Nomer Sadozai",
        "Abdul Nomer Halimi",
        "Abdul Nomer Jabari",
        "Abdul Nomer Tolani",
    ]);
    let got = r.resolve(&Query::new("Abdul Tarif"));
    assert_eq!(got.id(), Some("p0"), "{got:?}");
    assert_eq!(r.resolve(&Query::new("Abdul Nomer")).id(), None);
}

/// Invented names: a kunya (`Abu X`) before the family name the alias
/// ends with reads as the family name alone; not before a nisba
/// (`al-X-i`) or a given name, which unrelated people share, nor
/// with a word of the rest that pairs with nothing.
#[test]
fn a_kunya_before_the_family_name() {
    let r = resolver(&[
        "Karim Nadir ZUBRAN",
        "Salim Fadil AL-QARNAWI",
        "Walid Tamer KHALID",
    ]);
    assert_eq!(r.resolve(&Query::new("Abu Tariq ZUBRAN")).id(), Some("p0"));
    assert_eq!(
        r.resolve(&Query::new("Sheikh Abou Tariq Zubran")).id(),
        Some("p0")
    );
    assert_eq!(r.resolve(&Query::new("Abu Tariq AL-QARNAWI")).id(), None);
    assert_eq!(r.resolve(&Query::new("Abu Tariq KHALID")).id(), None);
    assert_eq!(r.resolve(&Query::new("Abu Tariq Hamdan ZUBRAN")).id(), None);
}

/// Invented names: a family name of trade (`-ji`, `-chi`) after a
/// kunya names a family though it ends in `i`; a nisba of a name in
/// `j` (a vowel before it) still does not.
#[test]
fn a_kunya_before_a_family_name_of_trade() {
    let r = resolver(&[
        "Karim Nadir QORBANJI",
        "Salim Fadil BAZRAJI",
        "Walid Tamer DUSMANCHI",
    ]);
    assert_eq!(
        r.resolve(&Query::new("Abu Tariq QORBANJI")).id(),
        Some("p0")
    );
    assert_eq!(
        r.resolve(&Query::new("Abu al-Tariq KORBANJI")).id(),
        Some("p0")
    );
    assert_eq!(
        r.resolve(&Query::new("Abu Tariq DUSMANCHI")).id(),
        Some("p2")
    );
    assert_eq!(r.resolve(&Query::new("Abu Tariq BAZRAJI")).id(), None);
    assert!(occupational("qorbanji") && occupational("dusmanchi"));
    assert!(!occupational("bazraji") && !occupational("burji") && !occupational("nadiri"));
}

/// A married woman's name (`Given FIRST DE HUSBAND`) is hers with her
/// second surname, which the married form drops: a query that gives
/// that surname after her first names her; another first surname or
/// given name does not (invented names).
#[test]
fn a_married_name_stands_for_the_second_surname() {
    use crate::entity::Entity;
    use crate::Query;
    let ents = vec![
        Entity::new("rq", "Rosalba QUINTANAR DE YBARRA").with_kind("person"),
        Entity::new("mt", "Marisol TREVILLA ORNELAS").with_kind("person"),
    ];
    let r = Resolver::build(&Catalog::from_entities(ents).unwrap()).unwrap();
    assert_eq!(
        r.resolve(&Query::new("Rosalba QUINTANAR OCHOA")).id(),
        Some("rq")
    );
    assert_eq!(r.resolve(&Query::new("Rosalba QUINTERO OCHOA")).id(), None);
    assert_eq!(r.resolve(&Query::new("Marisol QUINTANAR OCHOA")).id(), None);
}

/// The Spanish `y` joining two surnames is a word of the name, not an
/// initial a query's given name (or two of them read as one) may take
/// (invented names).
#[test]
fn a_surname_conjunction_is_no_initial() {
    use crate::entity::Entity;
    use crate::Query;
    let ents = vec![
        Entity::new("bq", "Anselmo BARRIENTOS Y QUIROGA").with_kind("person"),
        Entity::new("jt", "Hamid Jalal Y TAHERI").with_kind("person"),
    ];
    let r = Resolver::build(&Catalog::from_entities(ents).unwrap()).unwrap();
    // Another man of the family: his given names are no `Y.`.
    assert_eq!(r.resolve(&Query::new("Jaime Luis QUIROGA")).id(), None);
    assert_eq!(
        r.resolve(&Query::new("Anselmo BARRIENTOS QUIROGA")).id(),
        Some("bq")
    );
    // An initial among given names stays one.
    assert_eq!(
        r.resolve(&Query::new("Hamid Jalal Yusuf TAHERI")).id(),
        Some("jt")
    );
    assert!(crate::score::has_surname_conjunction(
        "Jose ORTEGA Y GASSET"
    ));
    assert!(crate::score::has_surname_conjunction(
        "Jose Ortega y Gasset"
    ));
    assert!(crate::score::has_surname_conjunction("Ana Silva e Sousa"));
    assert!(!crate::score::has_surname_conjunction(
        "Hamid Jalal Y TAHERI"
    ));
    assert!(!crate::score::has_surname_conjunction("ORTEGA Y GASSET"));
}

/// The Dutch-era Indonesian spelling writes ح with `ch` (`Rochmat` for
/// Rahmat), and Javanese and Sundanese names may write an a as `o`
/// (`Osmin`/`Asmin`): a query in the h spelling, each of whose words is
/// itself a catalogue word, still finds the name, though another alias
/// shares two of its words (invented names).
#[test]
fn a_dutch_era_ch_is_found_from_the_h_spelling() {
    let r = resolver(&["OSMIN ROCHMAT", "ABDUL RAHMAT SUTOYO", "ASMIN WIBOWO"]);
    let got = r.resolve(&Query::new("Asmin Abdurrahmat"));
    assert_eq!(got.id(), Some("p0"), "{got:?}");
    let got = r.resolve(&Query::new("Asmin Abdul Rahmat"));
    assert_eq!(got.id(), Some("p0"), "{got:?}");
    // The other way: the query in the ch spelling.
    let r = resolver(&["OSMIN RAHMAT", "ABDUL ROCHMAT SUTOYO", "ASMIN WIBOWO"]);
    let got = r.resolve(&Query::new("Asmin Abdul Rochmat"));
    assert_eq!(got.id(), Some("p0"), "{got:?}");
}

/// A title before the name (`Mullah`, a cleric) is no part of a
/// theophoric compound's second element: `mullah` is a letter away from
/// the `ullah` the normalizer splits off `Nadirullah`, but a title pairs
/// with no part of a name (invented names).
#[test]
fn a_title_does_not_pair_with_a_theophoric_second_part() {
    let r = resolver(&["Nadirullah KHOSTAWAL", "Feroz BARAKZAN"]);
    for q in [
        "Mullah Nadir KHOSTAWAL",
        "Mullah Tarek KHOSTAWAL",
        "Mulla KHOSTAWAL",
    ] {
        let got = r.resolve(&Query::new(q).with_limit(5));
        for c in got.candidates() {
            assert!(
                !c.tokens
                    .iter()
                    .any(|t| t.query.starts_with("mull") && t.alias == "ullah"),
                "{q}: {c:?}"
            );
        }
    }
    // The title left out, the name still names its bearer.
    assert_eq!(
        r.resolve(&Query::new("Mullah Nadirullah KHOSTAWAL")).id(),
        Some("p0")
    );
}

/// Invented names: a kunya after a full name (`Given Father FAMILY Abu
/// X`) is a name of address, as a title after it: the name before it
/// decides, a nisba as family name included. Not where the alias's first
/// name (the name its bearer goes by) is not the query's, nor where the
/// alias has a kunya of its own.
#[test]
fn a_kunya_after_the_full_name() {
    let r = resolver(&[
        "TARIQ HAMID ABD AL-JABBAR AL-SHAMIRI",
        "Nabil Fadil Abu Hafs AL-QARNAWI",
    ]);
    assert_eq!(
        r.resolve(&Query::new("Tariq Abd al-Jabbar al-Shamiri Abu Yasir"))
            .id(),
        Some("p0")
    );
    assert_eq!(
        r.resolve(&Query::new("Tariq Hamid al-Shamiri Abou al-Walid"))
            .id(),
        Some("p0")
    );
    assert_eq!(
        r.resolve(&Query::new("Salim Abd al-Jabbar al-Shamiri Abu Yasir"))
            .id(),
        None
    );
    assert_eq!(
        r.resolve(&Query::new("Nabil al-Qarnawi Abu Yasir Kamal"))
            .id(),
        None
    );
}

/// Invented names: a name the query writes with the Arabic article inside
/// the chain (`al-Zubayri`, before the family name both give) is a nisba,
/// laqab or clan name, not a father's name: no conflict with the alias's
/// fathers' names that the query leaves out. A bare name there is a
/// father's, and conflicts.
#[test]
fn a_nisba_inside_the_chain_is_no_other_father() {
    let r = resolver(&["TARIQ HAMID ABD AL-JABBAR SALIH AL-SHAMIRI"]);
    assert_eq!(
        r.resolve(&Query::new(
            "Tariq Abd al-Jabbar al-Zubayri al-Shamiri Abu Yasir"
        ))
        .id(),
        Some("p0")
    );
    assert_eq!(
        r.resolve(&Query::new(
            "Tariq Abd al-Jabbar Zubayr al-Shamiri Abu Yasir"
        ))
        .id(),
        None
    );
}

/// Invented names: likewise a name the alias writes with the article
/// inside its chain (`AL-ZUBAYRI`) is no other father than the query's
/// bare one; a bare alias name there is.
#[test]
fn an_alias_nisba_inside_the_chain_is_no_other_father() {
    let query = Query::new("Tariq Hamid Abd al-Jabbar al-Shamiri Abu Yasir");
    let r = resolver(&["TARIQ AL-ZUBAYRI ABD AL-JABBAR AL-SHAMIRI"]);
    assert_eq!(r.resolve(&query).id(), Some("p0"));
    let r = resolver(&["TARIQ ZUBAYR ABD AL-JABBAR AL-SHAMIRI"]);
    assert_eq!(r.resolve(&query).id(), None);
}
