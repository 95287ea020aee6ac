//! Evidence against a match inside a name: middle names that conflict, a
//! different father in a nasab chain, a crossed chain, a joined given name
//! that hides a different one.

use super::*;
use crate::particles::ARTICLE;

/// Two-letter words that link names rather than name anyone: Romance
/// particles (`de`, `da`, `di`, `du`, `la`, `le`) and the
/// Arabic article as it assimilates to a sun letter (`ad-Din`, `ar-Rahman`,
/// `as-Sayyid`, `ud-Din`, `ur-Rahman`). Any other word of two letters is
/// a name: a syllable of a Korean or Chinese given name (`Il`, `Ho`), and
/// counts in [`middle_conflicts`].
pub(super) const TWO_LETTER_LINKS: &[&str] = &[
    "de", "da", "di", "do", "du", "la", "le", "lo", "ad", "ag", "an", "ar", "as", "at", "az", "ud",
    "ur", "us", "ul", "el", "al", "bu", "ab", "bo", "ba",
];

/// The number of name pairs that conflict in the middle of a name: a
/// query word and an alias middle word that both stand unpaired, each a
/// full name (not an initial, particle, honorific, filiation word or
/// patronymic, which count apart). In an Arabic nasab chain (`Ism Father
/// Grandfather FAMILY`) the middle words are the father's and
/// grandfather's names, and in a Korean or Chinese given name written in
/// two words they are the second syllable: a different one names a sibling
/// or a namesake, while a middle name the query leaves out is no evidence
/// either way. A word of the query's family-name block in capitals
/// (`Given FAMILY1 FAMILY2`) after the one that pairs with the alias's
/// family name is no middle name but a second surname, a nisba or a
/// laqab the query adds to the family name: it weighs as an unknown
/// word, and conflicts with no middle name. Nor do the query's words from
/// `own_nisba` on: its own nisba after a shared nasab chain, where the
/// alias's is another (see `assign_and_score`). Nor does a query word
/// written with the Arabic article (`al-X`) before a word both share, nor
/// such an alias word against the query's: a
/// nisba (of a place, a tribe), a laqab or a clan name, of which a person
/// bears several that lists give or leave out; the names of a nasab
/// chain, the father's and grandfather's, are written bare. (Where the
/// query ends with it, it stands where the alias's family name stands.)
pub(super) fn middle_conflicts(
    query: &[QTok<'_>],
    alias: &[&str],
    roles: &[Role],
    q_used: &[bool],
    a_used: &[bool],
    family_q: Option<usize>,
    own_nisba: Option<usize>,
) -> usize {
    let full = |t: &str| {
        (t.len() >= 3 || (t.len() == 2 && !TWO_LETTER_LINKS.contains(&t)))
            && !is_optional_particle(t)
            && !is_honorific(t)
            && !is_title_after(t)
            && !is_patronymic(t)
            && !FILIATION.contains(&t)
    };
    // (A word after the Arabic article is a nisba, a laqab or a clan
    // name, `al-X`: before a word both share. Likewise in the alias.)
    let nisba =
        |q: usize| q > 0 && query[q - 1].text == ARTICLE && (q + 1..query.len()).any(|p| q_used[p]);
    let middle = |q: usize| {
        !(query[q].family_block && family_q.is_some_and(|f| q > f))
            && own_nisba.map_or(true, |f| q < f)
            && !nisba(q)
    };
    // The alias side first: most aliases have no middle word left
    // unpaired, and then the query's words need no reading.
    let a = (0..alias.len())
        .filter(|&a| {
            !a_used[a]
                && roles[a] == Role::Middle
                && full(alias[a])
                && !(a > 0 && alias[a - 1] == ARTICLE && (a + 1..alias.len()).any(|b| a_used[b]))
        })
        .count();
    if a == 0 {
        return 0;
    }
    let q = query
        .iter()
        .zip(q_used)
        .enumerate()
        .filter(|(q, (t, used))| !**used && !t.initial && full(t.text) && middle(*q))
        .count();
    q.min(a)
}

/// Whether the query names a child of the alias's person by the custom of
/// a nasab chain (`Ism Father Grandfather FAMILY`): the alias is such a
/// chain (four words or more) and the query puts a name of its own, that
/// pairs with nothing, before the word that pairs with the alias's first
/// name (`Karim Omar Yasin Salah HADDADI` is Omar's son, not Omar).
pub(super) fn child_of(
    query: &[QTok<'_>],
    alias: &[&str],
    q_used: &[bool],
    paired_with: impl Fn(usize) -> Option<usize>,
) -> bool {
    let Some(q0) = query.first() else {
        return false;
    };
    alias.len() >= 4
        && query.len() >= 4
        && !q_used[0]
        && !q0.initial
        && !q0.patronymic
        && q0.text.len() >= 3
        && !is_honorific(q0.text)
        && !is_optional_particle(q0.text)
        && !FILIATION.contains(&q0.text)
        && paired_with(1) == Some(0)
}

/// Whether the query reverses the first two names of the alias's nasab
/// chain (`Ism Father Grandfather FAMILY`, four words or more): its first
/// word pairs with the alias's second (the father's name) and a later one
/// with the alias's first, before its own last word. `Sabir Karim ...` is
/// Sabir son of Karim, `Karim Sabir ...` Karim son of Sabir: father and
/// son, two people. (The query's last word paired with the alias's first
/// is a name the list wrote family name first: `X, Given`, or the alias's
/// order.)
/// Only in names of Arabic naming (see [`of_muslim_naming`]), whose order
/// is the chain's.
pub(super) fn chain_crossed(
    query: &[QTok<'_>],
    alias: &[&str],
    paired_with: impl Fn(usize) -> Option<usize>,
) -> bool {
    alias.len() >= 4
        && query.len() >= 3
        && paired_with(0) == Some(1)
        && (1..query.len() - 1).any(|q| paired_with(q) == Some(0))
        && !is_honorific(alias[0])
        && (alias.iter().any(|t| of_muslim_naming(t))
            || query.iter().any(|t| of_muslim_naming(t.text)))
}

/// The letters a query word must have beyond the alias patronymic it
/// pairs with to be read as a given name and a patronymic written as one
/// word (see [`joined_given_conflict`]): the shortest given names.
pub(super) const JOINED_EXTRA: usize = 4;

/// Whether a query word that is a given name and a patronymic written as
/// one (`olehmykolayovych`: the East Slavic `Given Patronymic` pair, run
/// together) pairs with the alias's patronymic alone while the alias's
/// given name stays unpaired and is not the name the word begins with. The
/// word is two names: its patronymic part may match, but its given name
/// then differs from the alias's (`Oleh Mykolayovych` is not
/// `Taras Olehovych`, whose father is an Oleh), evidence of another person
/// as a conflicting patronymic is.
pub(super) fn joined_given_conflict(
    query: &[QTok<'_>],
    alias: &[&str],
    roles: &[Role],
    pairs: &[Pair],
    a_used: &[bool],
) -> bool {
    let Some(given) = (0..alias.len())
        .find(|&a| roles[a] == Role::Given && !a_used[a] && alias[a].chars().count() >= 3)
    else {
        return false;
    };
    pairs.iter().any(|p| {
        let (q, a) = (&query[p.q], alias[p.a]);
        let same_start = q
            .text
            .chars()
            .zip(alias[given].chars())
            .take(3)
            .all(|(x, y)| x == y);
        q.patronymic
            && roles[p.a] == Role::Middle
            && is_patronymic(a)
            && q.text.chars().count() >= a.chars().count() + JOINED_EXTRA
            && !same_start
    })
}
