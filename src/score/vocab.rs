//! The words of names that the scorer treats apart from names: particles,
//! honorifics, titles, filiation and kunya words, generational suffixes,
//! and the family-name-in-capitals convention.

use super::*;

/// Particles that a family name is written with or without (`Muammar
/// al-Qaddafi` / `Muammar Qaddafi`, `Ludwig van Beethoven` / `Ludwig
/// Beethoven`): the Arabic article, the Dutch, German, Spanish and
/// Portuguese particles. Filiation (`bin`, `ibn`) is not one: `X ibn Y`
/// names Y's son. Two-letter Romance particles (`de`, `da`, `do`, `di`,
/// `la`) are left out: they are also syllables of Chinese, Korean and
/// Vietnamese names.
pub(crate) fn is_optional_particle(tok: &str) -> bool {
    const OPTIONAL: &[&str] = &[
        "al", "el", "ul", "van", "von", "der", "den", "ter", "ten", "del", "della", "dos", "das",
        "des",
    ];
    OPTIONAL.contains(&tok)
}

/// Whether `tok` is the first part of a Spanish or Portuguese compound
/// given name that its bearer is often called without: the devotional
/// `María` (`María Guadalupe` called Guadalupe, `María del Carmen`
/// Carmen) and `José` (`José Arnoldo` called Arnoldo), which Hispanic
/// naming puts before the name used.
pub(crate) fn is_hispanic_compound_first(tok: &str) -> bool {
    matches!(tok, "maria" | "jose")
}

/// Honorifics of Muslim naming written before a name and as often left
/// out (`Sheikh`, `Haji`, `Mullah`, `Maulana`, `Mufti`, `Qari`, `Sayyid`,
/// `Maalim`), and titles of rank or profession (`Dr`, `General`): a query's
/// honorific that the alias lacks, before another word of the query, costs
/// as little as an optional particle. (Last, it is a family name.)
pub(crate) fn is_honorific(tok: &str) -> bool {
    const HONORIFICS: &[&str] = &[
        "sheikh",
        "shaikh",
        "shaykh",
        "sheik",
        "shiekh",
        "cheikh",
        "haji",
        "hajji",
        "hadji",
        "alhaji",
        "alhajji",
        // Hajj (one who made the pilgrimage) in its Arabic, French and
        // West African spellings, the article joined (`El Hadj`, `Elhadj`).
        "hajj",
        "hadj",
        "elhadj",
        "elhaj",
        "alhaj",
        "alhadj",
        "mullah",
        "mulla",
        "molla",
        "molavi",
        "mawlawi",
        "maulvi",
        "moulvi",
        "maulavi",
        "mawlavi",
        "mowlawi",
        "maulawi",
        "mowlavi",
        "molvi",
        "maulana",
        "mawlana",
        "molana",
        "moulana",
        "mufti",
        "qari",
        "sayyid",
        "sayed",
        "sayyed",
        "seyyed",
        "seyed",
        "syed",
        // Persian, Afghan and South Asian `Mir` (from Amir), also of a
        // Sayyid's descent, before a given or family name (`Mir-Hosseini`).
        "mir",
        // Titles of rank and profession written before a name.
        "dr",
        "doctor",
        "prof",
        "general",
        "colonel",
        "major",
        "commander",
        "captain",
        "engineer",
        // Teacher, master (Arabic ustādh, Persian and Pashto ustād).
        "ustad",
        "ustadh",
        "ustaz",
    ];
    HONORIFICS.contains(&tok)
}
/// Titles that are also a person's by-name: `Maalim` (teacher: Arabic
/// muʿallim, Somali macallin, Swahili mwalimu, the title of religious
/// teachers in Somalia and East Africa, in its Latin spellings), which
/// Somali naming also gives as a by-name after a name (`Omar MACALLIN`).
/// Before a name it costs as an honorific ([`is_honorific`]) only where
/// the rest of the name carries the match (two words or more paired):
/// before one name alone it may name the person as that name does.
pub(crate) fn is_title_or_name(tok: &str) -> bool {
    matches!(
        tok,
        "mu'allim"
            | "muallim"
            | "mualim"
            | "mualem"
            | "moallim"
            | "maalim"
            | "ma'alim"
            | "macallin"
            | "macalin"
            | "ma'alin"
            | "maalin"
            | "mwalimu"
    )
}

// Not here: titles that are as often given names or a part of one
// (`Amir`, `Agha`, `Hafiz`, `Imam`, `Sidi`, `Moulay`). Before a name
// they may be a person's own given name, and `Amir Yusuf Rahim` then
// names a son of Yusuf Rahim: left out by a list, they are another
// person's name as likely as a title.

/// Titles of Persian, Pashto and Urdu usage written after a name (`X
/// Akhund`, a cleric; `X Sahib`, sir) and as often left out: a query's
/// title after a name that the alias lacks costs little
/// ([`TITLE_AFTER_MISSING_W`]), as a leading honorific does
/// ([`is_honorific`]).
pub(crate) fn is_title_after(tok: &str) -> bool {
    matches!(tok, "akhund" | "akhoond" | "sahib" | "saheb" | "sahab")
}

/// Whether `tok` is a word of Arabic, Persian or Pashtun naming: an
/// Arabic given name or particle (see `arabic_names::is_arabic_name_word`),
/// a theophoric second part (`ullah`, `uddin` as the normalizer writes
/// them) or an honorific. The custom of long list entries that add a
/// tribal name, nisba or the father's name after the name a person goes by
/// is theirs (see [`AliasShape::prefix_family`]).
pub(crate) fn of_muslim_naming(tok: &str) -> bool {
    crate::arabic_names::is_arabic_name_word(tok)
        || matches!(tok, "ullah" | "uddin")
        || is_honorific(tok)
}

/// Generational suffixes written after a name (`Jr`, `Sr`, `III`): they
/// tell a son from his father of the same name, and lists keep or drop
/// them.
pub(crate) fn is_generational(tok: &str) -> bool {
    const SUFFIXES: &[&str] = &["jr", "sr", "jnr", "snr", "ii", "iii", "iv"];
    SUFFIXES.contains(&tok)
}

/// Words of Arabic naming that link two names rather than name anyone:
/// filiation ([`SON_OF`]), the kunya's `Abu`/`Umm` and the `Abd` of
/// theophoric names.
pub(super) const FILIATION: &[&str] = &[
    "bin", "ibn", "ben", "bint", "ould", "abu", "abou", "umm", "abd",
];

/// Whether `tok` is a word of filiation or of a kunya or theophoric name
/// (see [`FILIATION`]), not a name by itself.
pub(crate) fn is_filiation(tok: &str) -> bool {
    FILIATION.contains(&tok)
}

/// The first word of a kunya (`Abu X`, father of X; `Umm X`, mother of X).
pub(super) const KUNYA: &[&str] = &["abu", "abou", "umm"];

/// Whether `tok` opens a kunya (see [`kunya_len`]).
pub(crate) fn is_kunya(tok: &str) -> bool {
    KUNYA.contains(&tok)
}

/// The words of the kunya that opens `query` (after honorifics: `Sheikh
/// Abu X`), when a name follows it: honorifics, `Abu`, and the name (with
/// its article, `Abu al-X`). The kunya is a name of address, by the first
/// child's name, that lists give apart from the person's own name.
pub(crate) fn kunya_len(query: &[QTok<'_>]) -> Option<usize> {
    let k = query.iter().take_while(|t| is_honorific(t.text)).count();
    if !query.get(k).is_some_and(|t| is_kunya(t.text)) {
        return None;
    }
    let mut end = k + 1;
    if query.get(end).is_some_and(|t| is_optional_particle(t.text)) {
        end += 1;
    }
    let named = query
        .get(end)
        .is_some_and(|t| !t.initial && t.text.len() >= 2);
    // `Abu Abd al-X` (`abdul x` once normalized): the name is two words.
    if query.get(end).is_some_and(|t| t.text == ABDUL) {
        end += 1;
    }
    (named && end + 1 < query.len()).then_some(end + 1)
}

/// The filiation words of a nasab (`X bin Y`: X, son of Y), which lists
/// write or leave out between the names (`Maher bin Rebhi` / `Maher
/// Rebhi`): the Arabic `bin`/`ibn`/`bint`, Maghrebi `ben`, Mauritanian
/// `ould`: the first five words of [`FILIATION`].
pub(super) const SON_OF: &[&str] = FILIATION.split_at(5).0;

/// The whitespace-separated words at the end of `text` written in
/// capitals, when the name also has a word that is not: the convention of
/// administrative and sanctions lists (French, ICAO, UN, OFAC) that writes
/// the family name in capitals (`Ana Lucia PEREZ SOTO`: two surnames;
/// `Omar Khalid HADDAD`: one). Empty when the name does not follow it
/// (all in capitals or none). A word counts as capitals when it has at
/// least two letters and no lowercase one.
pub(crate) fn capitalised_tail(text: &str) -> Vec<&str> {
    let k = capitalised_tail_len(text);
    let words: Vec<&str> = text.split_whitespace().collect();
    words[words.len() - k..].to_vec()
}

/// Whether a person's name `text` joins two surnames with the Spanish
/// conjunction `y` or the Portuguese `e` (`Ortega y Gasset`, `Silva e
/// Sousa`; in the capitals of a list's surname block, `PEREZ Y SOTO`
/// after a given name that is not): a word of the name then, not an
/// initial (`Juma Y HADDAD` keeps its initial).
pub(crate) fn has_surname_conjunction(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    let capital = |w: &str| {
        !w.chars().any(char::is_lowercase) && w.chars().filter(|c| c.is_alphabetic()).count() >= 2
    };
    let lower = words.iter().any(|w| w.chars().any(char::is_lowercase));
    words.windows(3).any(|w| match w[1] {
        "y" | "e" => true,
        "Y" | "E" => lower && capital(w[0]) && capital(w[2]),
        _ => false,
    })
}

/// The number of words [`capitalised_tail`] gives, without collecting
/// them (the scorer asks it of every alias it aligns).
pub(crate) fn capitalised_tail_len(text: &str) -> usize {
    let (mut words, mut tail, mut lower) = (0, 0, false);
    for w in text.split_whitespace() {
        words += 1;
        let has_lower = w.chars().any(char::is_lowercase);
        lower |= has_lower;
        let capital = !has_lower && w.chars().filter(|c| c.is_alphabetic()).count() >= 2;
        tail = if capital { tail + 1 } else { 0 };
    }
    if tail == words || !lower {
        0
    } else {
        tail
    }
}
