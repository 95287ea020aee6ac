//! Finding name mentions in running English text (the word lists are in
//! `src/text/words/`).
//!
//! [`mentions`] returns the byte spans of words that look like names of
//! people or places, ready to be resolved one by one:
//!
//! - runs of capitalised words (`Volodimir Zellinski`), ALL-CAPS words
//!   (`KYIV`), and runs of words in other scripts (`Володимир Зеленський`,
//!   `習近平`);
//! - hyphenated names (`Jean-Claude`, `Lee Jae-myung`), apostrophes inside a
//!   name (`O'Brien`), initials (`J.D. Vance`, `P. Medvedev`) and name
//!   particles inside a run (`Ursula von der Leyen`, `Bashar al-Assad`);
//! - a possessive ends the mention before the apostrophe (`Putin's` →
//!   `Putin`); a compound like `Kyiv-based` gives `Kyiv`.
//!
//! Capitalised words that are not names are skipped with general English
//! word lists: determiners, pronouns, conjunctions, prepositions, common
//! sentence starters (`However`, `Meanwhile`), days and months, generic
//! plural nouns (`Officials`, `Analysts`). Titles and roles
//! (`President`, `Foreign Minister`, `Secretary of State`) and nationality
//! adjectives (`German`, `Ukrainian`) are removed from the start of a run
//! and split a run in two when a name follows them (`NATO Secretary
//! General Mark Rutte` → `NATO`, `Mark Rutte`). A run that names an
//! organisation or a building (it contains `House`, `University`,
//! `Ministry`, `News`, `Court`, …, optionally followed by `of …`) gives no
//! mention at all.
//!
//! The scan is a single pass, linear in the length of the text, never
//! panics, and a mention has at most [`MAX_MENTION_WORDS`] words.

use std::collections::HashMap;
use std::sync::OnceLock;

use unicode_normalization::char::is_combining_mark;

/// The most words one mention may have; longer runs are not names.
///
/// # Example
/// ```
/// use namefold::text::{mentions, MAX_MENTION_WORDS};
/// let text = "Aaa Bbb Ccc Ddd Eee Fff Ggg Hhh arrived.";
/// assert!(mentions(text).iter().all(|m| m.surface.split(' ').count() <= MAX_MENTION_WORDS));
/// ```
pub const MAX_MENTION_WORDS: usize = 6;

/// Words longer than this (in bytes) are never part of a mention.
const MAX_WORD_BYTES: usize = 96;

/// One possible name mention in a text.
///
/// # Example
/// ```
/// use namefold::text::mentions;
/// let text = "Talks resumed as Steve Vitkov landed.";
/// let m = &mentions(text)[0];
/// assert_eq!(m.surface, "Steve Vitkov");
/// assert_eq!(&text[m.start..m.end], m.surface);
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Mention {
    /// Byte offset of the first byte of the mention in the text.
    pub start: usize,
    /// Byte offset just past the last byte of the mention.
    pub end: usize,
    /// The text of the mention, `&text[start..end]`.
    pub surface: String,
}

/// Finds name mentions in `text`, in text order.
///
/// # Example
/// ```
/// use namefold::text::mentions;
/// let text = "However, German Chancellor Friedrich Merz met Putin's aide in KYIV on Monday.";
/// let found: Vec<String> = mentions(text).into_iter().map(|m| m.surface).collect();
/// assert_eq!(found, ["Friedrich Merz", "Putin", "KYIV"]);
/// ```
pub fn mentions(text: &str) -> Vec<Mention> {
    let mut out = Vec::new();
    let mut group: Vec<Word> = Vec::new();
    let mut tokens = Tokenizer { text, pos: 0 };
    while let Some(word) = tokens.next_word() {
        let class = word_class(text, &word, &group);
        let joins = word.space_before && group.last().is_some_and(|w| !w.ends_run);
        if !joins {
            flush(text, &mut group, &mut out);
        }
        match class {
            Class::Stop | Class::Lower => flush(text, &mut group, &mut out),
            Class::Connector | Class::Particle if group.is_empty() => {}
            _ => group.push(Word { class, ..word }),
        }
    }
    flush(text, &mut group, &mut out);
    out
}

/// What a word is, as far as the scanner cares.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Class {
    /// A capitalised, ALL-CAPS or non-Latin word.
    Name,
    /// A place noun that follows a nationality adjective (`Republic`).
    Place,
    /// `J.`, or a single capital letter.
    Initial,
    /// `Jr`, `Sr`, `II`, `III`.
    Suffix,
    /// A lowercase name particle (`de`, `van`, `bin`).
    Particle,
    /// `of`, `for`, `on`, `the`, `&`: may join the words of an organisation.
    Connector,
    /// A title or role (`President`, `Minister`, `Officials`).
    Title,
    /// A title that is also a common surname (`King`, `Bishop`): kept
    /// when it ends a name (`Stephen King`).
    SurnameTitle,
    /// A nationality adjective (`German`).
    Nationality,
    /// A word that qualifies a title (`Finance`, `Home`, `State`).
    Qualifier,
    /// `North`, `Southern`…: part of a name unless a title follows.
    Direction,
    /// A word that makes a run an organisation (`University`).
    Org,
    /// May, June, Will…: a name word only right after a name word.
    Weak,
    /// A capitalised common word: ends a run.
    Stop,
    /// A lowercase word, a number, or anything else: ends a run.
    Lower,
}

/// A word and where it is.
#[derive(Clone, Copy, Debug)]
struct Word {
    start: usize,
    end: usize,
    /// Only horizontal whitespace (or nothing) separates it from the
    /// previous word.
    space_before: bool,
    /// A possessive: nothing after it joins it.
    ends_run: bool,
    class: Class,
}

/// Splits text into words with their gaps.
struct Tokenizer<'a> {
    text: &'a str,
    pos: usize,
}

impl Tokenizer<'_> {
    fn char_at(&self, i: usize) -> Option<char> {
        self.text.get(i..).and_then(|s| s.chars().next())
    }

    /// The next word, or `None` at the end of the text.
    fn next_word(&mut self) -> Option<Word> {
        let mut space_before = true;
        loop {
            let c = self.char_at(self.pos)?;
            if is_word_char(c) {
                break;
            }
            if !is_horizontal_space(c) {
                space_before = false;
            }
            self.pos += c.len_utf8();
        }
        let start = self.pos;
        let mut end = self.scan_word_end(start);
        end = self.take_dot(start, end);
        self.pos = end;
        let (end, possessive) = strip_possessive(self.text, start, end);
        let (start, new_end) = trim_compound(self.text, start, end);
        let ends_run = possessive || new_end != end;
        Some(Word {
            start,
            end: new_end,
            space_before,
            ends_run,
            class: Class::Lower,
        })
    }

    /// End of the word starting at `start`: word characters, joined by an
    /// apostrophe or hyphen that has word characters on both sides.
    fn scan_word_end(&self, start: usize) -> usize {
        let mut i = start;
        while let Some(c) = self.char_at(i) {
            if is_word_char(c) {
                i += c.len_utf8();
            } else if is_apostrophe(c) || is_hyphen(c) {
                match self.char_at(i + c.len_utf8()) {
                    Some(n) if is_word_char(n) => i += c.len_utf8(),
                    _ => break,
                }
            } else {
                break;
            }
        }
        i
    }

    /// Takes the dot of an initial (`J.`) or an abbreviated title (`Dr.`).
    fn take_dot(&self, start: usize, end: usize) -> usize {
        if self.char_at(end) != Some('.') {
            return end;
        }
        let word = &self.text[start..end];
        let mut chars = word.chars();
        let single_capital =
            matches!((chars.next(), chars.next()), (Some(c), None) if c.is_uppercase());
        if single_capital || is_abbreviation(word) {
            end + 1
        } else {
            end
        }
    }
}

/// Ends the current run: trims dangling connectors and particles and
/// emits its mentions.
fn flush(text: &str, group: &mut Vec<Word>, out: &mut Vec<Mention>) {
    while matches!(
        group.last().map(|w| w.class),
        Some(Class::Connector | Class::Particle)
    ) {
        group.pop();
    }
    if !group.is_empty() {
        let pieces = cut_pieces(group);
        emit_pieces(text, group, &pieces, out);
    }
    group.clear();
}

/// A contiguous part of a run that may be a name.
#[derive(Debug)]
struct Piece {
    from: usize,
    to: usize,
    /// Joined to the previous piece by a connector (`University of X`).
    linked: bool,
    org: bool,
}

/// Cuts a run at connectors and at title blocks, dropping the blocks.
fn cut_pieces(group: &[Word]) -> Vec<Piece> {
    let mut pieces = Vec::new();
    let mut cur: Option<Piece> = None;
    let mut linked = false;
    let mut i = 0;
    while i < group.len() {
        let class = group[i].class;
        if class == Class::Connector {
            pieces.extend(cur.take());
            linked = true;
            i += 1;
            continue;
        }
        if is_block_class(class) {
            let (j, strong, has_title) = title_block(group, i);
            let next = group.get(j).map(|w| w.class);
            let surname = j == i + 1 && class == Class::SurnameTitle;
            let keep = !strong
                || (!has_title && next == Some(Class::Place))
                || (cur.is_some() && surname && !next.is_some_and(is_name_class));
            if !keep {
                if cur.is_some() {
                    pieces.extend(cur.take());
                    linked = false;
                }
                i = j;
                continue;
            }
            for (k, w) in group.iter().enumerate().take(j).skip(i) {
                push_word(&mut cur, &mut linked, k, w.class);
            }
            i = j;
            continue;
        }
        push_word(&mut cur, &mut linked, i, class);
        i += 1;
    }
    pieces.extend(cur);
    pieces
}

fn push_word(cur: &mut Option<Piece>, linked: &mut bool, k: usize, class: Class) {
    let piece = cur.get_or_insert_with(|| Piece {
        from: k,
        to: k,
        linked: std::mem::take(linked),
        org: false,
    });
    piece.to = k + 1;
    piece.org |= class == Class::Org;
}

fn is_block_class(c: Class) -> bool {
    matches!(
        c,
        Class::Title
            | Class::SurnameTitle
            | Class::Nationality
            | Class::Qualifier
            | Class::Direction
    )
}

fn is_name_class(c: Class) -> bool {
    matches!(
        c,
        Class::Name | Class::Initial | Class::Place | Class::Particle | Class::Org
    )
}

/// The title block starting at `i`: its end, whether it is strong (has a
/// title or a nationality), and whether it has a title. A
/// title followed by `of` and more title words continues the block
/// (`Secretary of State`).
fn title_block(group: &[Word], i: usize) -> (usize, bool, bool) {
    let (mut j, mut title, mut nat) = (i, false, false);
    loop {
        while j < group.len() && is_block_class(group[j].class) {
            title |= matches!(group[j].class, Class::Title | Class::SurnameTitle);
            nat |= group[j].class == Class::Nationality;
            j += 1;
        }
        let skip = group[j..]
            .iter()
            .take_while(|w| w.class == Class::Connector)
            .count();
        let resumes =
            title && skip > 0 && group.get(j + skip).is_some_and(|w| is_block_class(w.class));
        if !resumes {
            return (j, title || nat, title);
        }
        j += skip;
    }
}

/// Emits the pieces that are names: not organisations (nor linked to
/// one), with a name word, at most `MAX_MENTION_WORDS` words.
fn emit_pieces(text: &str, group: &[Word], pieces: &[Piece], out: &mut Vec<Mention>) {
    let mut in_org = false;
    for p in pieces {
        in_org = p.org || (in_org && p.linked);
        if in_org {
            continue;
        }
        let words = trim_piece(&group[p.from..p.to]);
        let names = words.iter().filter(|w| w.class == Class::Name).count();
        let places = words.iter().filter(|w| w.class == Class::Place).count();
        let valid = names > 0 || (places > 0 && words.len() > 1);
        if valid && words.len() <= MAX_MENTION_WORDS {
            let (start, end) = (words[0].start, words[words.len() - 1].end);
            out.push(Mention {
                start,
                end,
                surface: text[start..end].to_string(),
            });
        }
    }
}

fn trim_piece(words: &[Word]) -> &[Word] {
    let lead = |c: Class| matches!(c, Class::Particle | Class::Suffix | Class::Connector);
    let trail = |c: Class| matches!(c, Class::Particle | Class::Connector);
    let start = words
        .iter()
        .position(|w| !lead(w.class))
        .unwrap_or(words.len());
    let end = words
        .iter()
        .rposition(|w| !trail(w.class))
        .map_or(start, |e| e + 1);
    &words[start..end.max(start)]
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || is_combining_mark(c)
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '\u{2019}' | '\u{02BC}')
}

fn is_hyphen(c: char) -> bool {
    matches!(c, '-' | '\u{2010}' | '\u{2011}')
}

fn is_horizontal_space(c: char) -> bool {
    c.is_whitespace()
        && !matches!(
            c,
            '\n' | '\r' | '\u{0B}' | '\u{0C}' | '\u{85}' | '\u{2028}' | '\u{2029}'
        )
}

/// `Putin's` → (end of `Putin`, true).
fn strip_possessive(text: &str, start: usize, end: usize) -> (usize, bool) {
    let word = &text[start..end];
    let Some(stem) = word.strip_suffix('s').or_else(|| word.strip_suffix('S')) else {
        return (end, false);
    };
    match stem.chars().next_back() {
        Some(a) if is_apostrophe(a) && stem.len() > a.len_utf8() => {
            (start + stem.len() - a.len_utf8(), true)
        }
        _ => (end, false),
    }
}

/// `anti-Kremlin` → `Kremlin`; `Kyiv-based` → `Kyiv`. Returns the new
/// `(start, end)`.
fn trim_compound(text: &str, start: usize, end: usize) -> (usize, usize) {
    let word = &text[start..end];
    if !word.contains(is_hyphen) {
        return (start, end);
    }
    let mut start = start;
    let first_lower = word.chars().next().is_some_and(char::is_lowercase);
    if first_lower && split_hyphen(word).map_or(true, |(p, _)| !is_particle(p)) {
        let capital = hyphen_parts(word)
            .into_iter()
            .find(|&(_, p)| p.chars().next().is_some_and(char::is_uppercase));
        if let Some((off, _)) = capital {
            start += off;
        }
    }
    let word = &text[start..end];
    let parts = hyphen_parts(word);
    match parts.as_slice() {
        [.., (prev_off, prev), (_, last)] if is_descriptive_suffix(last) => {
            (start, start + prev_off + prev.len())
        }
        _ => (start, end),
    }
}

/// The hyphen-separated parts of a word with their byte offsets.
fn hyphen_parts(word: &str) -> Vec<(usize, &str)> {
    let mut parts = Vec::new();
    let mut from = 0;
    for (i, c) in word.char_indices() {
        if is_hyphen(c) {
            parts.push((from, &word[from..i]));
            from = i + c.len_utf8();
        }
    }
    parts.push((from, &word[from..]));
    parts
}

/// `based`, `led`, `backed`, `elect`, `speaking`…: the lowercase tail of an
/// adjective compound.
fn is_descriptive_suffix(part: &str) -> bool {
    const TAILS: &[&str] = &[
        "born", "made", "run", "held", "style", "era", "wide", "like", "type", "speaking", "elect",
        "friendly", "bound", "led", "allied", "aligned", "centric", "sceptic", "skeptic", "ism",
        "ist", "ists", "isation", "ization", "ian", "ish", "esque",
    ];
    let lower = part.chars().next().is_some_and(char::is_lowercase);
    lower && part.is_ascii() && (part.ends_with("ed") || TAILS.contains(&part))
}

fn is_particle(w: &str) -> bool {
    w.len() <= 5
        && crate::normalize::PARTICLES
            .iter()
            .any(|p| p.eq_ignore_ascii_case(w))
}

fn is_abbreviation(word: &str) -> bool {
    const ABBR: &[&str] = &[
        "mr", "mrs", "ms", "dr", "st", "gen", "col", "lt", "sgt", "capt", "adm", "prof", "rev",
        "sen", "rep", "gov", "jr", "sr", "mt", "ft", "hon", "messrs", "cpl", "maj", "brig", "pres",
    ];
    word.len() <= 6 && ABBR.iter().any(|a| a.eq_ignore_ascii_case(word))
}

/// Classifies a word; `group` is the run it would join (for weak words).
fn word_class(text: &str, word: &Word, group: &[Word]) -> Class {
    let class = classify_text(&text[word.start..word.end]);
    if class != Class::Weak {
        return class;
    }
    let after_name = word.space_before
        && group
            .last()
            .is_some_and(|w| w.class == Class::Name && !w.ends_run);
    if after_name {
        Class::Name
    } else {
        Class::Stop
    }
}

fn classify_text(text: &str) -> Class {
    let w = text.trim_end_matches('.');
    if w.is_empty() || w.len() > MAX_WORD_BYTES || w.chars().any(char::is_numeric) {
        return Class::Lower;
    }
    let Some(first) = w.chars().find(|c| c.is_alphabetic()) else {
        return Class::Lower;
    };
    if !is_latin(first) {
        return if first.is_lowercase() && is_bicameral(first) {
            Class::Lower
        } else {
            Class::Name
        };
    }
    if first.is_lowercase() {
        return classify_lower(w);
    }
    if text.ends_with('.') && w.chars().count() == 1 {
        return Class::Initial;
    }
    match lookup(w) {
        Some(class) => class,
        None if w.chars().count() == 1 => Class::Initial,
        None => Class::Name,
    }
}

/// A word starting lowercase: particle, connector, `al-Assad`,
/// `anti-Kremlin`, or an ordinary word.
fn classify_lower(w: &str) -> Class {
    let lower = ascii_lower(w);
    if let Some(l) = lower.as_deref() {
        if crate::normalize::PARTICLES.contains(&l) {
            return Class::Particle;
        }
        if CONNECTORS.contains(&l) {
            return Class::Connector;
        }
    }
    let Some((prefix, rest)) = split_hyphen(w) else {
        return Class::Lower;
    };
    let particle = is_particle(prefix);
    let capital_rest = rest.chars().next().is_some_and(char::is_uppercase);
    if particle && capital_rest {
        Class::Name
    } else {
        Class::Lower
    }
}

fn split_hyphen(w: &str) -> Option<(&str, &str)> {
    let i = w.find(is_hyphen)?;
    let h = w[i..].chars().next()?;
    Some((&w[..i], &w[i + h.len_utf8()..]))
}

/// The word lowercased, when it is short ASCII (all list words are).
fn ascii_lower(w: &str) -> Option<String> {
    (w.len() <= 24 && w.is_ascii()).then(|| w.to_ascii_lowercase())
}

fn lookup(w: &str) -> Option<Class> {
    let lower = ascii_lower(w)?;
    let table = table();
    if let Some(&c) = table.get(lower.as_str()) {
        return Some(c);
    }
    let singular = lower
        .strip_suffix("es")
        .filter(|s| matches!(table.get(s), Some(Class::Title | Class::SurnameTitle)));
    let singular = singular.or_else(|| lower.strip_suffix('s'));
    match singular.and_then(|s| table.get(s)) {
        Some(Class::Title | Class::SurnameTitle) => Some(Class::Title),
        _ => None,
    }
}

fn is_latin(c: char) -> bool {
    c.is_ascii_alphabetic()
        || matches!(c, '\u{00C0}'..='\u{02AF}' | '\u{1D00}'..='\u{1DBF}' | '\u{1E00}'..='\u{1EFF}')
        || matches!(c, '\u{2C60}'..='\u{2C7F}' | '\u{A720}'..='\u{A7FF}' | '\u{AB30}'..='\u{AB6F}')
        || matches!(c, '\u{FB00}'..='\u{FB06}' | '\u{FF21}'..='\u{FF3A}' | '\u{FF41}'..='\u{FF5A}')
}

/// Cyrillic, Greek and Armenian: scripts where names are capitalised.
fn is_bicameral(c: char) -> bool {
    matches!(c, '\u{0370}'..='\u{058F}' | '\u{1C80}'..='\u{1C8F}' | '\u{1F00}'..='\u{1FFF}')
        || matches!(c, '\u{2DE0}'..='\u{2DFF}' | '\u{A640}'..='\u{A69F}' | '\u{FB13}'..='\u{FB17}')
}

const CONNECTORS: &[&str] = &["of", "for", "on", "the", "und", "et"];

/// Month names and modal verbs that are names only right after a name word.
const WEAK: &[&str] = &["may", "june", "april", "august", "will"];

/// Generational suffixes.
const SUFFIXES: &[&str] = &["jr", "sr", "ii", "iii", "iv", "jnr", "snr"];

/// The English word lists of `src/text/words/`: one lowercase word a line,
/// `#` starts a comment.
fn word_list(text: &'static str) -> impl Iterator<Item = &'static str> {
    text.lines()
        .map(|l| l.split('#').next().unwrap_or("").trim())
        .filter(|l| !l.is_empty())
}

/// Words with a class, built once.
fn table() -> &'static HashMap<&'static str, Class> {
    static TABLE: OnceLock<HashMap<&'static str, Class>> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut t = HashMap::new();
        let file = |text: &'static str| -> Box<dyn Iterator<Item = &'static str>> {
            Box::new(word_list(text))
        };
        let list = |words: &'static [&'static str]| -> Box<dyn Iterator<Item = &'static str>> {
            Box::new(words.iter().copied())
        };
        let lists = [
            (file(include_str!("words/orgs.txt")), Class::Org),
            (file(include_str!("words/place_nouns.txt")), Class::Place),
            (file(include_str!("words/directions.txt")), Class::Direction),
            (file(include_str!("words/qualifiers.txt")), Class::Qualifier),
            (
                file(include_str!("words/nationalities.txt")),
                Class::Nationality,
            ),
            (list(crate::normalize::TITLES), Class::Title),
            (file(include_str!("words/roles.txt")), Class::Title),
            (
                file(include_str!("words/surname_titles.txt")),
                Class::SurnameTitle,
            ),
            (list(WEAK), Class::Weak),
            (file(include_str!("words/stop.txt")), Class::Stop),
            (list(SUFFIXES), Class::Suffix),
        ];
        // Later lists win: a word in two lists takes the later class.
        for (list, class) in lists {
            for w in list {
                t.insert(w, class);
            }
        }
        t
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn found(text: &str) -> Vec<String> {
        let ms = mentions(text);
        for m in &ms {
            assert_eq!(&text[m.start..m.end], m.surface);
        }
        ms.into_iter().map(|m| m.surface).collect()
    }

    #[track_caller]
    fn check(text: &str, want: &[&str]) {
        assert_eq!(found(text), want, "in {text:?}");
    }

    #[test]
    fn sample_article() {
        let text = std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/data/sample-article.txt"
        ))
        .unwrap();
        let got = found(&text);
        for want in [
            "Volodimir Zelinski",
            "Steve Vitkov",
            "Fridrich Mertz",
            "Kiir Starmer",
            "Mark Retty",
            "KYIV",
        ] {
            assert!(got.iter().any(|g| g == want), "{want} missing from {got:?}");
        }
        assert!(got.iter().all(|g| g.split(' ').count() <= 2), "{got:?}");
    }

    #[test]
    fn capitalised_runs_and_caps() {
        check(
            "talks with Volodimir Zellinski and Fredchic Mirz in KYIV.",
            &["Volodimir Zellinski", "Fredchic Mirz", "KYIV"],
        );
        check("GENEVA — envoys met.", &["GENEVA"]);
        check("Mertz struck a cautious tone.", &["Mertz"]);
    }

    #[test]
    fn other_scripts() {
        check(
            "signed Володимир Зеленський, then left",
            &["Володимир Зеленський"],
        );
        check(
            "a note from Κυριάκος Μητσοτάκης today",
            &["Κυριάκος Μητσοτάκης"],
        );
        check("Президент Зеленський заявив", &["Президент Зеленський"]);
        check("він заявив учора", &[]);
        check(
            "met 习近平 and ირაკლი კობახიძე.",
            &["习近平", "ირაკლი კობახიძე"],
        );
        check("Armenian Նիկոլ Փաշինյան spoke", &["Նիկոլ Փաշինյան"]);
    }

    #[test]
    fn possessives_hyphens_initials() {
        check("Putin's schedule and Putin’s aide", &["Putin", "Putin"]);
        check("PUTIN'S PLAN", &["PUTIN", "PLAN"]);
        check(
            "Jean-Claude Juncker and Lee Jae-myung met",
            &["Jean-Claude Juncker", "Lee Jae-myung"],
        );
        check("O'Brien spoke", &["O'Brien"]);
        check(
            "Vice President J.D. Vance and P. Medvedev",
            &["J.D. Vance", "P. Medvedev"],
        );
        check(
            "a Kyiv-based analyst, an anti-Kremlin blogger",
            &["Kyiv", "Kremlin"],
        );
        check("President-elect Donald Trump", &["Donald Trump"]);
        check("U.S. officials", &[]);
    }

    #[test]
    fn particles_inside_runs() {
        check("Ursula von der Leyen said", &["Ursula von der Leyen"]);
        check("Bashar al-Assad fled", &["Bashar al-Assad"]);
        check("Crown Prince Mohammed bin Salman", &["Mohammed bin Salman"]);
        check("Charles de Gaulle airport", &["Charles de Gaulle"]);
        check("from de facto rule", &[]);
        check("Merz von", &["Merz"]);
    }

    #[test]
    fn titles_and_nationalities_are_stripped() {
        check("President Trump said", &["Trump"]);
        check("German Chancellor Friedrich Merz", &["Friedrich Merz"]);
        check("British Prime Minister Kiir Starmer", &["Kiir Starmer"]);
        check("Secretary of State Marco Rubio", &["Marco Rubio"]);
        check("NATO Secretary General Mark Rutte", &["NATO", "Mark Rutte"]);
        check("Foreign Minister Sergei Lavrov", &["Sergei Lavrov"]);
        check("South Korean President Lee Jae-myung", &["Lee Jae-myung"]);
        check("Dr. Anna Kutz and Mr Smith", &["Anna Kutz", "Smith"]);
        check("the Russian delegation and Ukrainian officials", &[]);
        check("Officials said. Envoys met. Analysts agree.", &[]);
        check("the novelist Stephen King", &["Stephen King"]);
        check(
            "the Russian Federation and the Czech Republic",
            &["Russian Federation", "Czech Republic"],
        );
        check(
            "South Africa and New Zealand",
            &["South Africa", "New Zealand"],
        );
    }

    #[test]
    fn common_words_days_and_months() {
        check(
            "The talks. However, He said On Monday in January that We agree.",
            &[],
        );
        check("In May Merz said", &["Merz"]);
        check("Theresa May said", &["Theresa May"]);
        check("US troops", &[]);
        check("I think A plan", &[]);
    }

    #[test]
    fn organisations_give_nothing() {
        check("the White House said", &[]);
        check("Fox News host Mark Levin", &["Mark Levin"]);
        check(
            "Keio University professor Michito Tsuruoka",
            &["Michito Tsuruoka"],
        );
        check("at the Nordic Institute for Conflict Studies, said", &[]);
        check("the University of Chicago and Moscow", &["Moscow"]);
        check(
            "White House Press Secretary Karoline Leavitt",
            &["Karoline Leavitt"],
        );
        check("the Supreme Court of the United Kingdom", &[]);
        check("Chicago and the White House", &["Chicago"]);
        check("Labour Party leader", &[]);
    }

    #[test]
    fn runs_are_bounded() {
        check("Aaa Bbb Ccc Ddd Eee Fff", &["Aaa Bbb Ccc Ddd Eee Fff"]);
        check("Aaa Bbb Ccc Ddd Eee Fff Ggg", &[]);
        check("Aaa, Bbb", &["Aaa", "Bbb"]);
        check("Aaa\nBbb", &["Aaa", "Bbb"]);
        check("Aaa\r\nBbb", &["Aaa", "Bbb"]);
        check("Aaa\u{a0}Bbb\tCcc", &["Aaa\u{a0}Bbb\tCcc"]);
    }

    #[test]
    fn odd_input() {
        check("", &[]);
        check("   ", &[]);
        check(
            "\u{301}\u{301}Zelinski😀Merz\u{200d}x",
            &["\u{301}\u{301}Zelinski", "Merz"],
        );
        check("Zelinski'", &["Zelinski"]);
        check("'s", &[]);
        check("- -- -Merz-", &["Merz"]);
        check("F-16 jets and COVID-19", &[]);
    }

    #[test]
    fn long_inputs_are_linear() {
        let n = 200_000;
        let many = "Aaa ".repeat(n);
        assert!(mentions(&many).is_empty());
        let pairs = "Xxx Yyy, ".repeat(n);
        assert_eq!(mentions(&pairs).len(), n);
        let hyphens = format!("A{}", "-a".repeat(n));
        let _ = mentions(&hyphens);
        let titles = "President ".repeat(n) + "of " + &"State ".repeat(n);
        assert!(mentions(&titles).is_empty());
        let word = "Z".repeat(4 * n);
        assert!(mentions(&word).is_empty());
    }

    proptest! {
        #[test]
        fn any_text_gives_valid_bounded_spans(text in "\\PC{0,200}") {
            check_spans(&text);
        }

        #[test]
        fn name_like_text_gives_valid_bounded_spans(
            text in "([A-ZÀ-ÖЀ-Яa-zа-я'’.\\- \u{301}\u{200d}😀,]|de |van |President |The |J\\. |'s ){0,60}"
        ) {
            check_spans(&text);
        }
    }

    fn check_spans(text: &str) {
        let ms = mentions(text);
        let mut last_end = 0;
        for m in &ms {
            assert!(m.start < m.end && m.end <= text.len());
            assert!(m.start >= last_end, "mentions overlap");
            assert_eq!(text.get(m.start..m.end), Some(m.surface.as_str()));
            assert!(m.surface.split_whitespace().count() <= MAX_MENTION_WORDS);
            last_end = m.end;
        }
    }
}
