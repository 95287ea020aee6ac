//! The Arabic given-name table (`data/arabic_given_names.tsv`) as evidence
//! that a name is of Arabic naming, where the script writes no short
//! vowels: a family name written with or without one is one name
//! (invented names).

use namefold::Entity;

mod common;
use common::{id, resolver};

/// Nasif (ناصف, also written Nassif, Nasef) is an Arabic given name: the
/// family name beside it may gain or lose an unwritten short vowel in
/// romanisation, even when the catalogue knows the other spelling as
/// another person's family name.
#[test]
fn a_vowel_the_abjad_leaves_unwritten_after_an_arabic_given_name() {
    let r = resolver(vec![
        Entity::new("p0", "Nassif QARBAT").with_kind("person"),
        Entity::new("p1", "Tamer Hadi QARABAT").with_kind("person"),
        Entity::new("p2", "Wassim Fadi QARABAT").with_kind("person"),
    ]);
    assert_eq!(id(&r, "Nassif QARABAT").as_deref(), Some("p0"));
    assert_eq!(id(&r, "Nasef QARABAT").as_deref(), Some("p0"));
    // A given name of no Arabic naming: the catalogue's other family name
    // stays another name.
    let r = resolver(vec![
        Entity::new("p0", "Boris DOBROVIN").with_kind("person"),
        Entity::new("p1", "Ivan Petrovich DOBOROVIN").with_kind("person"),
        Entity::new("p2", "Oleg Sergeyevich DOBOROVIN").with_kind("person"),
    ]);
    assert_ne!(id(&r, "Boris DOBOROVIN").as_deref(), Some("p0"));
}
