//! Arabic name compounds and the article in Latin spellings, read as one
//! structure so that every spelling meets the others and the reading of the
//! Arabic script (`translit/arabic.rs`) token for token.
//!
//! Applied by the normalizer to its tokens:
//! - `ʿAbd al-X` (servant of X) in all its spellings is `abdul X`: `abd al
//!   X`, `abd el X`, `abdel X`, `abdal X`, `abdoul X`, `abdelX`, `abdulX`, and
//!   the sun-letter forms `abdur rahman`, `abdurrahman`, `abdurahman`,
//!   `abdus salam`, the Somali `abdi X`, `abdiX` (`cabdiX` in the Somali
//!   alphabet, which writes ʿayn `c`) and the Kurdish `ebdulX`,
//!   `ebdelX`; `abdullah`/`abdallah`/`abdulla`/`ebdulla` (`ʿAbd Allāh`) is
//!   `abdul lah`, and so are the Somali and Hausa `abdullahi`, `abdillahi`
//!   (`cabdullaahi`, `cabdilaahi` in the Somali alphabet).
//! - The second part `al-Dīn` (`ud-din`, `uddin`, `eddine`, `ad-deen`,
//!   `aldin`, written apart or joined to the first part) is the word `uddin`;
//!   `Allāh` as a second part (`ullah`, `allah`, `ollah`, joined or apart)
//!   is `ullah`; `al-Raḥmān` joined to the first part (`Habiburrahman`,
//!   `Azizirahman`) is split off as `al rahman`.
//! - The article: `el` and `ul` are `al`, and so is a sun-letter form
//!   (`ar`, `as`, `ash`, `at`, `ad`, `az`, `an`, `adh`, `ath`, with `e`/`u`
//!   for `a`) when the next word starts with the letter it assimilated to
//!   (`ar-Rahman`, `as-Sayed`).
//!
//! Every rule maps onto forms no rule changes again, so normalization stays
//! idempotent.

use std::borrow::Cow;

/// Spellings of `ʿabd al-` as one word; the last three are the Kurdish
/// (Kurmanji) Latin alphabet's, which writes the short a of Arabic names
/// `e` (`Ebdulkerim`, `Ebdurehman`, `Ehmed`).
const ABDUL: &[&str] = &[
    "abdul", "abdel", "abdal", "abdoul", "abdol", "abdil", "abdu'l", "abd'al", "abd'el", "ebdul",
    "ebdel", "ebdil",
];
/// The Somali spelling of `ʿabd al-` joined to the name (`Abdirahman`,
/// `Abdiqadir`); written apart, `Abdi` is a name of its own (`Cabdi`).
const ABDI_JOINED: &str = "abdi";
/// Letters after the sun letter of `abdu` + a sun letter written once
/// (`abdu-r-ahman`) for the word to be read as `ʿAbd al-` and a name.
const MIN_AFTER_SUN: usize = 4;
/// The sun letters as written in Latin, longest first.
const SUN: &[&str] = &["sh", "th", "dh", "ts", "t", "d", "r", "z", "s", "n"];
/// The Arabic article as the normalizer writes every form of it (`al`,
/// `el`, `ul`, the sun-letter forms `ad`, `ar`, `as`..., and the article
/// a solid nisba or `Abdurrahman` carries).
pub(crate) const ARTICLE: &str = "al";
/// Words that are the article before a sun letter (without the letter).
const ARTICLE_VOWELS: &[&str] = &["a", "e", "u"];
const ALLAH: &[&str] = &["ullah", "allah", "ollah", "ulla"];
const DIN_JOINED: &[&str] = &[
    "uddin", "eddine", "eddin", "addin", "aldin", "uldin", "eldin", "oddin", "uddeen", "eddeen",
];
/// Spellings of `al-Dīn` joined to the first part only: the doubled d of
/// the assimilated article written once (`Nurudin`, `Nuredine`), French
/// `ou` for u (`-ouddine`, `-oudine`), a final e (`-uddine`, `-eldine`),
/// the article's a kept in the French spelling (`Nouradine`,
/// `Salahaddine`). Apart, `Edin` and `Udin` are names of their own.
const DIN_JOINED_ONLY: &[&str] = &[
    "ouddine", "oudine", "uddine", "eldine", "udin", "edin", "edine", "addine", "adine",
];

/// Spellings of `Raḥmān` (the Merciful) as the second part of a compound
/// `X al-Raḥmān` (Aziz al-Rahman, Habib al-Rahman, Fazl al-Rahman).
const RAHMAN: &[&str] = &["rahman", "rehman"];
/// What joins the first part to `Raḥmān` in the compound written as one
/// word: the article assimilated to the r with the case vowel u of South
/// Asian spelling or the i of Afghan spelling (`Habiburrahman`,
/// `Azizirrahman`), the doubled r written once (`Habiburahman`) or the
/// article left out (`Azizirahman`), or the article written `al`/`ul`.
const RAHMAN_LINKS: &[&str] = &["ur", "ir", "ul", "il", "al", "el", "u", "i"];
/// The fewest letters of the first part of a joined `X al-Raḥmān`.
const MIN_RAHMAN_HEAD: usize = 3;

/// The first part and `Raḥmān` of a compound `X al-Raḥmān` written as
/// one word (see [`RAHMAN_LINKS`]), when `t` is one: read as `X al
/// rahman`, as written apart and as the Arabic script reads `عزیز الرحمان`.
/// (`ʿAbd al-Raḥmān` is the `abdul` compound, read before.)
fn joined_rahman(t: &str) -> Option<(&str, &str)> {
    let r = RAHMAN.iter().find(|r| t.ends_with(*r))?;
    let before = &t[..t.len() - r.len()];
    let head = RAHMAN_LINKS.iter().find_map(|l| before.strip_suffix(l))?;
    (head.len() >= MIN_RAHMAN_HEAD && !head.starts_with("abd") && !head.starts_with("ebd"))
        .then(|| (head, &t[before.len()..]))
}

/// Whether `t` spells `ʿAbd Allāh` as one word (`abdullah`, `abdallah`,
/// `abdollah`, `abdoullah`, `abdulla`, the Kurdish `ebdullah`), also
/// with the genitive's final `i` that Somali, Hausa and other East and West African spellings keep
/// (`Abdullahi`, `Abdillahi`, and the Somali alphabet's long vowel
/// `Cabdullaahi`, `Cabdilaahi`), or the doubled l written once
/// (`Abdulahi`, `Abdulah`): `abd`, a linking vowel, `l` or `ll`, `a` or
/// `aa`, `h`, and that `i` or nothing. The final `i` only after the
/// linking vowels these spellings write (`u`, `i`, `a`): the Persian
/// `Abdollahi` is the surname `Abdollah` + the nisba `-i`, a name of its
/// own. (`Abdulahad`, ʿAbd al-Aḥad, goes on past the `h`.)
fn abd_allah(t: &str) -> bool {
    // The spellings without the final `h`, and the Kurdish `ebd-`.
    if matches!(t, "abdulla" | "abdalla" | "ebdullah" | "ebdulla") {
        return true;
    }
    let Some(rest) = t.strip_prefix("abd") else {
        return false;
    };
    let (rest, genitive) = ["ou", "u", "i", "a", "e", "o"]
        .iter()
        .find_map(|v| {
            rest.strip_prefix(v)
                .map(|r| (r, matches!(*v, "u" | "i" | "a")))
        })
        .unwrap_or((rest, false));
    let rest = rest.strip_prefix("ll").or_else(|| rest.strip_prefix('l'));
    let rest = rest.and_then(|r| r.strip_prefix("aa").or_else(|| r.strip_prefix('a')));
    rest == Some("h") || (genitive && rest == Some("hi"))
}

/// The sun-letter article form `t` (`ar`, `ash`, `ud`) if it is one: the
/// letter it assimilated to.
fn sun_article(t: &str) -> Option<&'static str> {
    let (v, rest) = t.split_at(t.len().min(1));
    if !ARTICLE_VOWELS.contains(&v) {
        return None;
    }
    SUN.iter().copied().find(|&s| s == rest)
}

/// `abd` + a vowel + a sun letter, doubled in `rest` (`abdurrahman`,
/// `abdur`): the letter.
fn abd_sun(t: &str) -> Option<(&'static str, &str)> {
    let rest = t.strip_prefix("abd")?;
    let rest = rest
        .strip_prefix("ou")
        .or_else(|| rest.strip_prefix('u'))
        .or_else(|| rest.strip_prefix('e'))
        .or_else(|| rest.strip_prefix('a'))?;
    let s = SUN.iter().copied().find(|s| rest.starts_with(s))?;
    Some((s, &rest[s.len()..]))
}

/// Rewrites the tokens of one name (see the module docs), pass after
/// pass until nothing changes: one pass can leave a form another pass
/// rewrites (`dinuddinuddin`, `abdallahuddin`), and normalization must be
/// idempotent. Every pass that changes something splits off or merges a
/// compound part, so few passes are needed; [`MAX_PASSES`] bounds them.
pub(crate) fn arabic_compounds(tokens: Vec<Cow<'_, str>>) -> Vec<Cow<'_, str>> {
    let mut tokens = edges(compounds_once(tokens));
    for _ in 1..MAX_PASSES {
        let before: Vec<String> = tokens.iter().map(|t| t.to_string()).collect();
        tokens = edges(compounds_once(tokens));
        if tokens
            .iter()
            .map(|t| &**t)
            .eq(before.iter().map(String::as_str))
        {
            break;
        }
    }
    solid_articles(tokens)
}

/// The sun letters that the article's `l` assimilates to, as one Latin
/// letter (written doubled after the article's vowel: `es-Saadi`).
const SUN_ONE: &[u8] = b"tdrzsn";
/// The fewest letters of the name after a solid article (see
/// [`solid_article`]).
const MIN_AFTER_SOLID: usize = 4;

/// The name of a nisba written solid with the article assimilated to its
/// sun letter, the French transcription of North African names
/// (`Essaadi`, `Ettounsi`, `Ennaciri`, `Errachidi`: es-Saadi, et-Tounsi,
/// en-Naciri, er-Rachidi), when `t` is one: `e`, the sun letter doubled, a
/// vowel, and a nisba's final `i`, the name after the article
/// [`MIN_AFTER_SOLID`] letters or more. Written apart the article is `al`
/// (see the module docs); read so, the two spellings and the Arabic
/// script's `al X` meet word for word. (`Ettore`, `Eddington` have no
/// nisba's `i` and stay as they are.)
fn solid_article(t: &str) -> Option<&str> {
    let rest = t.strip_prefix('e')?;
    let b = rest.as_bytes();
    let name = &rest[1.min(rest.len())..];
    let vowel = |c: u8| b"aeiou".contains(&c);
    (b.len() > MIN_AFTER_SOLID
        && SUN_ONE.contains(&b[0])
        && b[1] == b[0]
        && vowel(b[2])
        && name.ends_with('i'))
    .then_some(name)
}

/// Each nisba written solid with its article (see [`solid_article`]) as
/// `al` and the name.
fn solid_articles(tokens: Vec<Cow<'_, str>>) -> Vec<Cow<'_, str>> {
    if !tokens.iter().any(|t| solid_article(t).is_some()) {
        return tokens;
    }
    let mut out = Vec::with_capacity(tokens.len() + 1);
    for t in tokens {
        match solid_article(&t) {
            Some(name) => {
                let name = name.to_string();
                out.push(Cow::Borrowed(ARTICLE));
                out.push(Cow::Owned(name));
            }
            None => out.push(t),
        }
    }
    out
}

/// A part split off at an apostrophe (`abdul'abd`) keeps none at its
/// edges, as every token of the normal form; a part left empty goes.
fn edges(tokens: Vec<Cow<'_, str>>) -> Vec<Cow<'_, str>> {
    if !tokens
        .iter()
        .any(|t| t.starts_with('\'') || t.ends_with('\'') || t.is_empty())
    {
        return tokens;
    }
    tokens
        .into_iter()
        .map(|t| Cow::<str>::Owned(t.trim_matches('\'').to_string()))
        .filter(|t| !t.is_empty())
        .collect()
}

/// Most passes of [`arabic_compounds`] over one name.
const MAX_PASSES: usize = 8;

/// One pass of [`arabic_compounds`].
fn compounds_once(tokens: Vec<Cow<'_, str>>) -> Vec<Cow<'_, str>> {
    if !tokens.iter().any(|t| {
        t.starts_with("abd")
            || t.starts_with("ebd")
            || t.starts_with("cabd")
            || t.len() <= 3
            || t.contains("din")
            || t.contains("dine")
            || t.contains("ll")
            || RAHMAN.iter().any(|r| t.ends_with(r))
    }) {
        return tokens;
    }
    // Joined forms first: one word may become two.
    let mut split: Vec<Cow<str>> = Vec::with_capacity(tokens.len() + 2);
    for t in tokens {
        // The Somali alphabet writes ʿayn `c`: `Cabdi`, `Cabdiraxmaan`.
        let somali = t.starts_with("cabd");
        let t = match t.strip_prefix("cabd") {
            Some(rest) if !rest.is_empty() => Cow::Owned(format!("abd{rest}")),
            _ => t,
        };
        if abd_allah(&t) {
            split.push(Cow::Borrowed("abdul"));
            split.push(Cow::Borrowed("lah"));
            continue;
        }
        // Somali joins `Cabdi` to the name without the article: the name's
        // first letter is its own (`Cabdilatiif` is ʿAbd al-Laṭīf, not
        // `abdil` + `atiif`).
        if let Some(rest) = t
            .strip_prefix(ABDI_JOINED)
            .filter(|r| somali && r.len() >= 3)
        {
            let rest = rest.to_string();
            split.push(Cow::Borrowed("abdul"));
            split.push(Cow::Owned(rest));
            continue;
        }
        if let Some(rest) = ABDUL
            .iter()
            .chain(std::iter::once(&ABDI_JOINED))
            .find_map(|p| t.strip_prefix(p))
            .filter(|r| r.len() >= 3)
        {
            let rest = rest.to_string();
            split.push(Cow::Borrowed("abdul"));
            split.push(Cow::Owned(rest));
            continue;
        }
        if let Some((s, rest)) = abd_sun(&t) {
            // `abdurrahman` (the letter doubled) or `abdur` alone.
            if rest.starts_with(s) && rest.len() >= 3 {
                let rest = rest.to_string();
                split.push(Cow::Borrowed("abdul"));
                split.push(Cow::Owned(rest));
                continue;
            }
            // `abdurahman`, `abdusalam`: the doubled letter written once.
            if rest.len() >= MIN_AFTER_SUN {
                split.push(Cow::Borrowed("abdul"));
                split.push(Cow::Owned(format!("{s}{rest}")));
                continue;
            }
        }
        let suffix = DIN_JOINED
            .iter()
            .chain(DIN_JOINED_ONLY)
            .map(|s| (s, "uddin"))
            .chain(ALLAH.iter().map(|s| (s, "ullah")))
            .find(|(s, _)| t.len() >= s.len() + 3 && t.ends_with(*s));
        if let Some((s, word)) = suffix {
            // An apostrophe the cut leaves at the end is not part of the word.
            let head = t[..t.len() - s.len()].trim_end_matches('\'').to_string();
            split.push(Cow::Owned(head));
            split.push(Cow::Borrowed(word));
            continue;
        }
        if let Some((head, rahman)) = joined_rahman(&t) {
            let (head, rahman) = (head.to_string(), rahman.to_string());
            split.push(Cow::Owned(head));
            split.push(Cow::Borrowed(ARTICLE));
            split.push(Cow::Owned(rahman));
            continue;
        }
        split.push(t);
    }
    let mut out: Vec<Cow<str>> = Vec::with_capacity(split.len());
    let mut i = 0;
    while i < split.len() {
        let t = &*split[i];
        let next = split.get(i + 1).map(|n| &**n);
        let after = split.get(i + 2).map(|n| &**n);
        // `abd` + article + X, `abd` + X, `abdel` + X, `abdur` + `rX`.
        let abd_like = t == "abd"
            || ABDUL.contains(&t)
            || abd_sun(t)
                .is_some_and(|(s, r)| r.is_empty() && next.is_some_and(|n| n.starts_with(s)));
        if abd_like && next.is_some_and(|n| ALLAH.contains(&n)) {
            out.push(Cow::Borrowed("abdul"));
            out.push(Cow::Borrowed("lah"));
            i += 2;
            continue;
        }
        if abd_like && next.is_some() {
            out.push(Cow::Borrowed("abdul"));
            let n = next.unwrap_or("");
            let skip_article = t == "abd"
                && (n == "al"
                    || n == "el"
                    || n == "ul"
                    || sun_article(n).is_some_and(|s| after.is_some_and(|a| a.starts_with(s))))
                && after.is_some();
            i += if skip_article { 2 } else { 1 };
            if split.get(i).is_some_and(|x| ALLAH.contains(&&**x)) {
                out.push(Cow::Borrowed("lah"));
                i += 1;
            }
            continue;
        }
        // Article + `din`: `uddin`; a lone joined or `allah` form too.
        if i > 0
            && (t == "al" || t == "el" || t == "ul" || sun_article(t) == Some("d"))
            && matches!(next, Some("din" | "deen" | "dine"))
        {
            out.push(Cow::Borrowed("uddin"));
            i += 2;
            continue;
        }
        if i > 0 && (DIN_JOINED.contains(&t) || t == "ud'din") {
            out.push(Cow::Borrowed("uddin"));
            i += 1;
            continue;
        }
        if i > 0 && ALLAH.contains(&t) {
            out.push(Cow::Borrowed("ullah"));
            i += 1;
            continue;
        }
        if t == "el" || t == "ul" {
            out.push(Cow::Borrowed(ARTICLE));
            i += 1;
            continue;
        }
        if let Some(s) = sun_article(t) {
            if next.is_some_and(|n| n.starts_with(s) && n.len() > s.len()) {
                out.push(Cow::Borrowed(ARTICLE));
                i += 1;
                continue;
            }
        }
        out.push(split[i].clone());
        i += 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use crate::Normalizer;

    fn n(s: &str) -> String {
        Normalizer::new().normalize(s)
    }

    #[test]
    fn abd_al_compounds_meet() {
        // Invented names: all spellings of ʿAbd al-Qadir Zarkan.
        let want = "abdul qadir zarkan";
        for s in [
            "Abd al-Qadir Zarkan",
            "ABD EL QADIR ZARKAN",
            "Abdel Qadir Zarkan",
            "Abdul-Qadir Zarkan",
            "Abdulqadir Zarkan",
            "Abdelqadir Zarkan",
            "Abdoul Qadir Zarkan",
            "Abd Qadir Zarkan",
            "Abdiqadir Zarkan",
        ] {
            assert_eq!(n(s), want, "{s}");
        }
        // The Kurdish (Kurmanji) spellings.
        for s in [
            "Ebdulqadir Zarkan",
            "Ebdelqadir Zarkan",
            "Ebdul Qadir Zarkan",
        ] {
            assert_eq!(n(s), want, "{s}");
        }
        assert_eq!(n("Ebdulla Zarkan"), "abdul lah zarkan");
        // The Somali alphabet's c for ʿayn (invented names).
        assert_eq!(n("Cabdiqaadir Zarkan"), n("Abdiqaadir Zarkan"));
        assert_eq!(n("Cabdi Zarkan"), "abdi zarkan");
        assert_eq!(n("Cabdulkariim Zarkan"), "abdul kariim zarkan");
        // ʿAbd Allāh with the final i of Somali and Hausa spellings, the
        // Somali long vowel, or the doubled l written once; the Somali
        // Cabdi- joined to a name that starts with l keeps the l.
        for s in [
            "Cabdilaahi Warmoog",
            "Cabdullaahi Warmoog",
            "Abdullahi Warmoog",
            "Abdillahi Warmoog",
            "Abdilahi Warmoog",
            "Abdulahi Warmoog",
            "Abdulah Warmoog",
        ] {
            assert_eq!(n(s), "abdul lah warmoog", "{s}");
        }
        assert_eq!(n("Cabdilatiif Warmoog"), "abdul latiif warmoog");
        assert_eq!(n("Cabdiraxmaan Warmoog"), "abdul raxmaan warmoog");
        assert_eq!(n("Cabdiqaadir Warmoog"), "abdul qaadir warmoog");
        assert_eq!(n("Cabdisalaam Warmoog"), "abdul salaam warmoog");
        // ʿAbd al-Aḥad goes on past the h; a Somali short form stays.
        assert_eq!(n("Abdulahad Warmoog"), "abdul ahad warmoog");
        assert_eq!(n("Cabdulle Warmoog"), "abdulle warmoog");
        // The Persian surname `Abdollahi` (Abdollah + the nisba -i).
        assert_ne!(n("Karim Abdollahi"), "karim abdul lah");
        // Somali Abdi- joined only; apart, and before a short rest, a name.
        assert_eq!(n("Abdi Zarkan"), "abdi zarkan");
        assert_eq!(n("Abdias Zarkan"), "abdias zarkan");
        // Sun letters: ʿAbd ar-Rashid.
        for s in [
            "Abd ar-Rashid",
            "Abdur Rashid",
            "Abdurrashid",
            "Abd al-Rashid",
        ] {
            assert_eq!(n(s), "abdul rashid", "{s}");
        }
        // The doubled letter written once, and the Somali `Abdi`.
        assert_eq!(n("Abdurashid"), "abdul rashid");
        assert_eq!(n("Abdirashid"), "abdul rashid");
        assert_eq!(n("Abdisalam"), "abdul salam");
        // Too short a rest, or apart: a name of its own.
        assert_eq!(n("Abdi"), "abdi");
        assert_eq!(n("Abdi Warsame"), "abdi warsame");
        for s in ["Abdullah", "Abdallah", "Abd Allah"] {
            assert_eq!(n(s), "abdul lah", "{s}");
        }
        // The Arabic script reads the same.
        assert_eq!(n("عبد القادر"), "abdul qad'r");
    }

    /// Invented names: a nisba written solid with its assimilated
    /// article is the article and the nisba, as written apart; words of
    /// that form without a nisba's `i`, or too short, stay whole.
    #[test]
    fn a_solid_article_before_a_sun_letter_is_the_article() {
        for s in [
            "Kamal ESSARFATI",
            "Kamal es-Sarfati",
            "Kamal al-Sarfati",
            "Kamal Es Sarfati",
        ] {
            assert_eq!(n(s), "kamal al sarfati", "{s}");
        }
        assert_eq!(n("Nadia Ettalmiri"), "nadia al talmiri");
        assert_eq!(n("Ettore Brandoni"), "ettore brandoni");
        assert_eq!(n("Tom Eddington"), "tom eddington");
        assert_eq!(n("Essi Kallio"), "essi kallio");
        assert_eq!(n("Emmi Lasse"), "emmi lasse");
        assert_eq!(n(&n("Kamal ESSARFATI")), "kamal al sarfati");
    }

    #[test]
    fn din_and_allah_second_parts() {
        for s in [
            "Nasim ud-Din",
            "Nasimuddin",
            "Nasim al-Din",
            "Nassimeddine",
            "Nasim Eddine",
        ] {
            let got = n(s);
            assert!(got.ends_with(" uddin"), "{s}: {got}");
        }
        for s in ["Karimullah", "Karim Allah", "Karimollah", "Karim Ullah"] {
            assert_eq!(n(s), "karim ullah", "{s}");
        }
        // The doubled d written once, French ou, a final e: joined only.
        for s in [
            "Nasimudin",
            "Nasimedine",
            "Nasimoudine",
            "Nasimouddine",
            "Nasimeldine",
            "Nasimadine",
            "Nasimaddine",
        ] {
            assert_eq!(n(s), "nasim uddin", "{s}");
        }
        // Invented first parts: `X al-Raḥmān` written as one word.
        for s in [
            "Zakir al-Rahman",
            "Zakirurrahman",
            "Zakirirrahman",
            "Zakirurahman",
            "Zakirirahman",
            "Zakiralrahman",
        ] {
            assert_eq!(n(s), "zakir al rahman", "{s}");
        }
        assert_eq!(n("Zakirurrehman"), "zakir al rehman");
        // Too short a head, and the `abdul` compound, stay as they were.
        assert_eq!(n("Narahman"), "narahman");
        assert_eq!(n("Abdurrahman"), "abdul rahman");
        assert_eq!(n("Nadine"), "nadine");
        assert_eq!(n("Nasim Edin"), "nasim edin");
        // Short heads and other words are left alone.
        assert_eq!(n("Aladdin"), "aladdin");
        assert_eq!(n("Claudine"), "claudine");
        assert_eq!(n("Cipolla Padilla"), "cipolla padilla");
    }

    #[test]
    fn rewrites_are_idempotent() {
        for s in [
            "Abd al-Qadir",
            "Abdurrashid",
            "Abd Allah",
            "Abdullah",
            "Nasim ud-Din",
            "Karimullah",
            "Hamid as-Sarkawi",
            "abdul",
            "abdel",
            "abd",
            "al din",
            "ullah",
            "abdur",
            "abdur x",
            "abdurashid",
            "abdirashid x",
            "cabdilaahi",
            "cabdilatiif x",
            "abdulahi",
            "ebdulla",
            "ebdelqadir",
            "abdusalam",
            "x uddin ullah al",
            "nasimudinudin",
            "udinedin",
            "abd el ullah",
            "abd as sa",
            "el el el",
        ] {
            let once = n(s);
            assert_eq!(n(&once), once, "{s}");
        }
    }

    #[test]
    fn article_forms() {
        assert_eq!(n("Hamid el-Zarkawi"), "hamid al zarkawi");
        assert_eq!(n("Hamid as-Sarkawi"), "hamid al sarkawi");
        assert_eq!(n("Hamid ash-Shakir"), "hamid al shakir");
        // Not an article: the next word does not start with the letter.
        assert_eq!(n("Hamid As Kari"), "hamid as kari");
        assert_eq!(n("Juan An Ruiz"), "juan an ruiz");
    }
}
