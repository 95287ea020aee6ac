//! Japanese readings of a name written in kanji.
//!
//! Han text is read as Mandarin by default (`han.rs`), which gives a
//! Japanese name in kanji (`松本`) no chance against its Latin spelling
//! (`Matsumoto`). A Japanese name reads each kanji by one of its readings:
//! family names mostly by the native (kun) reading, joined into one word,
//! the second and later kanji often voiced (*rendaku*: `yama` + `ta` is
//! `yamada`). [`readings`] lists the candidate readings of a short run of
//! kanji, each a Hepburn spelling, for the resolver to try when the other
//! readings of the text find nothing.
//!
//! The table is `data/kanji_readings.txt`, made by `scripts/gen_kanji.py`
//! from Unihan's kJapaneseKun and kJapaneseOn (Unicode License v3) for the
//! kanji of general use and of personal names (kJoyoKanji, kJinmeiyoKanji)
//! and the other characters of Unihan's core set used in Japan (the older
//! forms family names keep: 澤, 鹽), with up to three on readings.
//! Unihan writes a native reading in its dictionary form (`naru` for 成,
//! `takai` for 高); the script adds the forms names read (the verb's
//! continuative `nari`, the adjective's stem `taka`, a numeral without its
//! counter: 三 `mi`).

use std::sync::OnceLock;

use unicode_normalization::UnicodeNormalization;

static TABLE: &str = include_str!("../../data/kanji_readings.txt");

/// Most kanji in a run that [`readings`] reads.
pub(crate) const MAX_KANJI: usize = 4;
/// Most readings [`readings`] returns for one text. With up to three on
/// readings per kanji, a three-kanji name read by one of them (和歌子
/// wa-ka-ko) ranks past the 48th; measured on nameparts (dev,
/// 2026-11-30): 48 finds 39.1% of the CJK rows, 96 39.7%, 160 39.7%.
pub(crate) const MAX_READINGS: usize = 96;

/// (kanji, readings separated by spaces) sorted by kanji.
fn table() -> &'static [(char, &'static str)] {
    static T: OnceLock<Vec<(char, &'static str)>> = OnceLock::new();
    T.get_or_init(|| super::han::char_table(TABLE))
}

fn readings_of(c: char) -> Option<&'static str> {
    super::han::char_value(table(), c)
}

/// The voiced (rendaku) form of a reading that follows another kanji:
/// k → g, s → z, sh → j, ch → j, ts → z, t → d, h and f → b.
fn rendaku(r: &str) -> Option<String> {
    for (from, to) in [
        ("sh", "j"),
        ("ch", "j"),
        ("ts", "z"),
        ("k", "g"),
        ("s", "z"),
        ("t", "d"),
        ("h", "b"),
        ("f", "b"),
    ] {
        if let Some(rest) = r.strip_prefix(from) {
            return Some(format!("{to}{rest}"));
        }
    }
    None
}

/// The form a native word ending in -e takes as the first part of a
/// compound (*ten'on*, vowel alternation: `ine` 稲 is `ina-` in `inaho`,
/// `kane` `kana-`, `fune` `funa-`, `ame` `ama-`): the -e for -a, for
/// readings of three letters or more.
fn tenon(r: &str) -> Option<String> {
    let stem = r.strip_suffix('e')?;
    (r.len() >= 3 && !stem.ends_with(['a', 'e', 'i', 'o', 'u'])).then(|| format!("{stem}a"))
}

/// The Japanese readings of `text` when it is one run of two to
/// [`MAX_KANJI`] kanji that the table has (a family or given name), not
/// all of them characters of the foreign-name charts, at
/// most [`MAX_READINGS`], most likely first: each kanji by its readings in
/// the table's order (native readings first), and every kanji after the
/// first also voiced (rendaku), and every kanji before the last also by its
/// compound form ([`tenon`]). `None` for any other text.
///
/// # Example (crate-internal)
/// `川石` reads `kawaishi` first; `石田` includes `ishida`.
pub(crate) fn readings(text: &str) -> Option<Vec<String>> {
    let text: String = text.nfkc().collect();
    let run: Vec<char> = text.trim().chars().collect();
    // An administrative suffix (city, ward, prefecture, district) after a
    // place name of two kanji or more is not read, as in `han`.
    let run = match run.as_slice() {
        [name @ .., '市' | '区' | '區' | '県' | '縣' | '郡'] if name.len() >= 2 => {
            name.to_vec()
        }
        _ => run,
    };
    if !(2..=MAX_KANJI).contains(&run.len()) {
        return None;
    }
    // Every kanji a character of the foreign-name charts: a transcription
    // (`han_foreign.rs`), not a Japanese name.
    if run
        .iter()
        .all(|&c| super::han_foreign::chart_value(c).is_some())
    {
        return None;
    }
    let mut per_kanji: Vec<Vec<String>> = Vec::with_capacity(run.len());
    for (i, &c) in run.iter().enumerate() {
        let rs: Vec<String> = readings_of(c)?.split(' ').map(String::from).collect();
        let mut all = rs.clone();
        if i > 0 {
            all.extend(rs.iter().filter_map(|r| rendaku(r)));
        }
        if i + 1 < run.len() {
            all.extend(rs.iter().filter_map(|r| tenon(r)));
        }
        per_kanji.push(all);
    }
    // Breadth by rank: the sum of each kanji's reading rank, smallest
    // first, so the native readings of every kanji come before any
    // second choice.
    let mut combos: Vec<(usize, Vec<usize>)> = vec![(0, Vec::new())];
    for options in &per_kanji {
        let mut next = Vec::with_capacity(combos.len() * options.len());
        for (rank, picks) in &combos {
            for j in 0..options.len() {
                let mut p = picks.clone();
                p.push(j);
                next.push((rank + j, p));
            }
        }
        next.sort_by_key(|(rank, _)| *rank);
        next.truncate(MAX_READINGS);
        combos = next;
    }
    Some(
        combos
            .into_iter()
            .map(|(_, picks)| {
                picks
                    .iter()
                    .zip(&per_kanji)
                    .map(|(&j, options)| options[j].as_str())
                    .collect::<String>()
            })
            .collect(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_kanji_name_reads_by_its_native_readings_first() {
        // Common kanji; the names are invented combinations.
        let r = readings("川石").expect("readings");
        assert_eq!(r[0], "kawaishi");
        let r = readings("石田").expect("readings");
        assert!(r.contains(&"ishida".to_string()), "{r:?}");
        assert!(r.len() <= MAX_READINGS);
        // A city's suffix is not read (invented place name).
        assert_eq!(readings("川石市").expect("readings")[0], "kawaishi");
        // Not a short run of table kanji: no readings.
        assert_eq!(readings("石"), None);
        assert_eq!(readings("川石田島川"), None);
        assert_eq!(readings("石 田"), None);
        // Characters of the foreign-name charts only (松 song, 岡 gang): a
        // transcription, not read as Japanese.
        assert_eq!(readings("松岡"), None);
        assert_eq!(readings("Matsuoka"), None);
    }

    #[test]
    fn a_kanji_name_reads_the_stems_names_use() {
        // Invented combinations. Unihan writes 成 naru (a verb), 高 takai
        // (an adjective), 三 mitsu (a numeral with its counter): a name
        // reads the continuative nari, the stem taka, the numeral mi.
        let has = |text: &str, want: &str| {
            let r = readings(text).expect("readings");
            assert!(r.iter().any(|x| x == want), "{text}: {want} not in {r:?}");
        };
        has("成山", "nariyama");
        has("高石", "takaishi");
        has("三川", "mikawa");
        // With the on reading of a kanji after the native ones.
        has("和山", "wayama");
        // The second or third on reading (久 kyuu, ku), and the older form of
        // a kanji that family names keep (澤 for 沢).
        has("久山", "kuyama");
        has("川澤", "kawasawa");
    }

    #[test]
    fn a_kanji_name_reads_the_compound_form_and_the_classical_adjective() {
        // Invented combinations. 稲 ine is ina- before another kanji
        // (ten'on), not at the end; 高 takai is also the given-name form
        // takashi (the classical terminal -shi).
        let r = readings("稲山").expect("readings");
        assert!(r.iter().any(|x| x == "inayama"), "{r:?}");
        let r = readings("山稲").expect("readings");
        assert!(!r.iter().any(|x| x == "yamaina"), "{r:?}");
        let r = readings("川高").expect("readings");
        assert!(r.iter().any(|x| x == "kawatakashi"), "{r:?}");
        assert_eq!(tenon("kane").as_deref(), Some("kana"));
        // Another form of a kanji reads as the kanji: the simplified 宫 as
        // 宮 miya, the variant 內 as 内 uchi (invented combinations).
        let r = readings("宫山").expect("readings");
        assert!(r.iter().any(|x| x == "miyayama"), "{r:?}");
        let r = readings("內田").expect("readings");
        assert!(r.iter().any(|x| x == "uchida"), "{r:?}");
        assert_eq!(tenon("me"), None);
        assert_eq!(tenon("kae"), None);
    }

    #[test]
    fn every_line_of_the_table_is_ascii_readings_and_one_kanji() {
        for line in TABLE.lines().filter(|l| !l.starts_with('#')) {
            let (r, k) = line.split_once('\t').expect("two fields");
            assert_eq!(k.chars().count(), 1, "{line}");
            assert!(
                r.split(' ')
                    .all(|x| !x.is_empty() && x.bytes().all(|b| b.is_ascii_lowercase())),
                "{line}"
            );
        }
    }
}
