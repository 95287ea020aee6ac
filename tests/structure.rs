//! Name structure without a Western assumption: which word carries a
//! person's identity, list order, and what counts against a match
//! (invented names, written from the naming customs they protect).

use namefold::{Entity, Normalizer, Query, Resolver};

mod common;
use common::{id, resolver};

fn score(r: &Resolver, q: &str) -> f64 {
    r.resolve(&Query::new(q)).score()
}

/// Spanish and Portuguese names carry two surnames, `Given PATERNAL
/// MATERNAL`, and the first is the one used alone: `Rodrigo ALVEAR` is
/// `Rodrigo ALVEAR QUINTANILLA`. A trailing nisba after an Arabic family
/// name is left out the same way.
#[test]
fn the_first_of_two_surnames_carries_the_name() {
    let r = resolver(vec![
        Entity::new("alvear", "Rodrigo ALVEAR QUINTANILLA"),
        Entity::new("qassemi", "Tariq Zuhair EL QASSEMI BARRADA"),
        Entity::new("other", "Rodrigo Pelayo"),
    ]);
    assert_eq!(id(&r, "Rodrigo ALVEAR").as_deref(), Some("alvear"));
    assert_eq!(id(&r, "Tariq EL QASSEMI").as_deref(), Some("qassemi"));
    // The second surname alone still names the person, as before.
    assert_eq!(id(&r, "Rodrigo QUINTANILLA").as_deref(), Some("alvear"));
    // A given name alone never does.
    assert_eq!(id(&r, "Rodrigo"), None);
}

/// A surname many catalogue people share does not carry a match alone in
/// the first-surname position unless the list writes it as the first of
/// a two-surname block in capitals (`Given PATERNAL MATERNAL`): `Elena
/// Marquinez` is no more `Elena Marquinez Doblado` than any other
/// Marquinez, while `Elena MARQUINEZ` is `Elena MARQUINEZ DOBLADO` unless
/// another Elena MARQUINEZ shares it.
#[test]
fn a_common_first_surname_does_not_carry_a_match() {
    let catalogue = |first: &str, rival: Option<&str>| {
        let mut ents = vec![Entity::new("ed", first)];
        if let Some(rival) = rival {
            ents.push(Entity::new("es", rival));
        }
        for (i, given) in ["Tomas", "Ines", "Ruben", "Aitana", "Lucio"]
            .iter()
            .enumerate()
        {
            ents.push(Entity::new(format!("m{i}"), format!("{given} Marquinez")));
        }
        // The rarity threshold is a share of the aliases: a catalogue of a
        // few thousand names, most unrelated.
        for i in 0..3000 {
            ents.push(Entity::new(
                format!("x{i}"),
                format!("Person{} Filler{}", i % 97, i),
            ));
        }
        resolver(ents)
    };
    let r = catalogue("Elena Marquinez Doblado", None);
    assert_eq!(id(&r, "Elena Marquinez"), None);
    assert_eq!(id(&r, "Elena Marquinez Doblado").as_deref(), Some("ed"));
    let r = catalogue("Elena MARQUINEZ DOBLADO", None);
    assert_eq!(id(&r, "Elena MARQUINEZ").as_deref(), Some("ed"));
    // Leaving out the first given name too keeps too little.
    let r = catalogue("Elena Sofia MARQUINEZ DOBLADO", None);
    assert_eq!(id(&r, "Sofia MARQUINEZ"), None);
    // Two people it may be: the margin leaves it unknown.
    let r = catalogue("Elena MARQUINEZ DOBLADO", Some("Elena MARQUINEZ ROCA"));
    assert_eq!(id(&r, "Elena MARQUINEZ"), None);
}

/// Sanctions lists and library catalogues write `FAMILY, Given`; the
/// normalizer reads it as `Given FAMILY`, for names and queries alike, so
/// the family name has the family name's place.
#[test]
fn family_comma_given_is_read_as_given_family() {
    let n = Normalizer::new();
    assert_eq!(n.normalize("ORTALE, Bruno"), "bruno ortale");
    assert_eq!(
        n.normalize("Van Dorsal, Anna Maria"),
        "anna maria van dorsal"
    );
    assert_eq!(n.normalize("Ortale، Bruno"), "bruno ortale");
    // A suffix after the comma is no given name; two commas are a list.
    assert_eq!(n.normalize("Bruno Ortale, Jr."), "bruno ortale jr");
    assert_eq!(n.normalize("Ortale, Bruno, Sandro"), "ortale bruno sandro");
    let r = resolver(vec![
        Entity::new("ortale", "ORTALE, Bruno"),
        Entity::new("bruno", "Sandro BRUNO"),
    ]);
    assert_eq!(id(&r, "Bruno Ortale").as_deref(), Some("ortale"));
    // The family name is required: `Bruno` alone is not Bruno Ortale.
    assert_eq!(id(&r, "Bruno Pellegrini"), None);
}

/// Two different patronymics are evidence of two people (brothers share a
/// surname, not a father's name... cousins share neither); a patronymic
/// one side leaves out is not.
#[test]
fn a_conflicting_patronymic_counts_against() {
    let r = resolver(vec![Entity::new("k", "Rustam Ibragimovich Kazbekov")]);
    let missing = score(&r, "Rustam Kazbekov");
    let conflict = score(&r, "Rustam Magomedovich Kazbekov");
    assert_eq!(id(&r, "Rustam Kazbekov").as_deref(), Some("k"));
    assert!(
        conflict < missing - 0.1,
        "conflict {conflict}, missing {missing}"
    );
    assert_eq!(id(&r, "Rustam Magomedovich Kazbekov"), None);
}

/// A name read from a script that does not write its vowels (or fits
/// foreign sounds to its own syllables) is weaker evidence against a Latin
/// spelling than against the same script: the Latin match is discounted,
/// the same-script one is not.
#[test]
fn a_guessed_romanisation_counts_less_than_a_reading() {
    let latin = resolver(vec![Entity::new("dh", "Dalia Haroun")]);
    let native = resolver(vec![
        Entity::new("dh", "Dalia Haroun").with_alias("داليا هارون")
    ]);
    let q = "داليا هارون";
    assert_eq!(score(&native, q), 1.0);
    let cross = score(&latin, q);
    assert!(cross > 0.0 && cross <= 0.92, "{cross}");
    // Latin queries are read, not guessed: no discount.
    assert_eq!(score(&latin, "Dalia Haroun"), 1.0);
}

/// A name transliterated from another script was never typed or scanned
/// in Latin letters: neighbouring keys and OCR look-alikes are no cheaper
/// than any other letter for it, while a Latin query keeps them.
#[test]
fn a_transliterated_name_has_no_typing_errors() {
    let r = resolver(vec![Entity::new("p", "Plonev")]);
    // `o` and `p` are neighbouring keys: cheap for a typed `Olonev`...
    let typed = score(&r, "Olonev");
    // ...but not for Cyrillic `Олонев`, which reads `olonev` as well.
    let read = score(&r, "Олонев");
    assert!(read < typed - 0.05, "read {read}, typed {typed}");
}
