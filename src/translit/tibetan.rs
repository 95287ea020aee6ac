//! Tibetan script (Tibetan and Dzongkha, Roman Dzongkha alike) to Latin,
//! read to its pronunciation as the THL Simplified Phonetic Transcription
//! does, with the letters Wylie spells where the two differ only at a
//! syllable's end.
//!
//! A syllable (ended by a tsheg `་`) is a row of stacks; the root stack is
//! the one that carries the vowel sign (none written: the inherent a), or
//! else the one built of several letters, or else found by the syllable's
//! structure (two letters: the first; a prefix `ག ད བ མ འ` before a root
//! and its suffix: the second). Read as THL does:
//! - a prefix before the root is silent (`དཀར` kar), but `དབ` is w and
//!   `དབྱ` y (`དབང` wang);
//! - a superscript `ར ལ ས` on the root is silent (`རྒ` g, `སྐ` k), except
//!   `ལྷ` lh;
//! - the subscripts: `ཀྱ ཁྱ` ky, `གྱ` gy, `པྱ ཕྱ` ch, `བྱ` j, `མྱ` ny;
//!   `ཀྲ ཁྲ ཏྲ ཐྲ པྲ ཕྲ` tr, `གྲ དྲ བྲ` dr, `མྲ` m, `སྲ` s, `ཧྲ` hr; `ཟླ` d and
//!   other roots with `ླ` l; `ྭ` (wazur) is silent;
//! - aspirates are not marked (`ཁ` k, `ཆ` ch, `ཐ` t, `ཕ` p, `ཚ` ts), the
//!   retroflex letters foreign names use read as plain ones (`ཊ` t, `ཌ` d),
//!   and a subjoined `ྷ` of a Sanskrit (or foreign) aspirate keeps its h
//!   (`བྷ` bh);
//! - the suffix letters keep their Wylie letters (`ག` g, `ང` ng, `ད` d,
//!   `ན` n, `བ` b, `མ` m, `ར` r, `ལ` l, `ས` s; `འ` silent), as foreign names
//!   written in the script need them; a second suffix `ས`/`ད` is silent;
//!   `འི` `འུ` `འོ` after a vowel add their vowel (`ཀཱའི` kai);
//! - vowel signs `ི` i, `ུ` u, `ེ` e, `ོ` o, `ཻ` ai, `ཽ` au; the length mark
//!   `ཱ` adds nothing; `ཾ` is m, `ཿ` h.
//!
//! The syllables of a word are written together; a shad `།` or a space
//! ends a word. `གྲོང་ཁྱེར` (city) after a place name, in the same run, is
//! dropped, as a title is. Tibetan digits are ASCII digits.

/// Letter values of U+0F40..=U+0F6C (and of the subjoined letters
/// U+0F90..=U+0FBC at the same offset), as pronounced at a syllable's
/// start.
const ONSET: [&str; 45] = [
    "k", "k", "g", "gh", "ng", "ch", "ch", "j", "", "ny", // ཀ..ཉ
    "t", "t", "d", "dh", "n", // ཊ..ཎ
    "t", "t", "d", "dh", "n", // ཏ..ན
    "p", "p", "b", "bh", "m", // པ..མ
    "ts", "ts", "dz", "dzh", "w", "zh", "z", "", "y", "r", "l", "sh", "sh", "s", "h",
    "", // ཙ..ཨ
    "ksh", "r", "k", "r", // ཀྵ ཪ ཫ ཬ
];

/// Wylie letters of the same letters, as spelled after the root.
const CODA: [&str; 45] = [
    "k", "kh", "g", "gh", "ng", "c", "ch", "j", "", "ny", // ཀ..ཉ
    "t", "th", "d", "dh", "n", // ཊ..ཎ
    "t", "th", "d", "dh", "n", // ཏ..ན
    "p", "ph", "b", "bh", "m", // པ..མ
    "ts", "tsh", "dz", "dzh", "w", "zh", "z", "", "y", "r", "l", "sh", "sh", "s", "h",
    "", // ཙ..ཨ
    "ksh", "r", "k", "r", // ཀྵ ཪ ཫ ཬ
];

// Offsets of the letters the rules name.
const KA: u8 = 0x00;
const KHA: u8 = 0x01;
const GA: u8 = 0x02;
const TA: u8 = 0x0F;
const THA: u8 = 0x10;
const DA: u8 = 0x11;
const NA: u8 = 0x13;
const PA: u8 = 0x14;
const PHA: u8 = 0x15;
const BA: u8 = 0x16;
const MA: u8 = 0x18;
const WA: u8 = 0x1D;
const ZA: u8 = 0x1F;
const ACHUNG: u8 = 0x20;
const YA: u8 = 0x21;
const RA: u8 = 0x22;
const LA: u8 = 0x23;
const SHA: u8 = 0x24;
const SA: u8 = 0x26;
const HA: u8 = 0x27;
const FIXED_RA: u8 = 0x2A;

/// The letter offset of a base letter.
fn base(c: char) -> Option<u8> {
    match c as u32 {
        u @ 0x0F40..=0x0F6C if u != 0x0F48 => Some((u - 0x0F40) as u8),
        _ => None,
    }
}

/// The letter offset of a subjoined letter (the fixed forms read as the
/// plain ones).
fn subjoined(c: char) -> Option<u8> {
    match c as u32 {
        0x0FBA => Some(WA),
        0x0FBB => Some(YA),
        0x0FBC => Some(RA),
        u @ 0x0F90..=0x0FB9 if u != 0x0F98 => Some((u - 0x0F90) as u8),
        _ => None,
    }
}

/// The reading of a vowel sign (the length mark adds nothing).
fn vowel_sign(c: char) -> Option<&'static str> {
    Some(match c {
        '\u{0F71}' => "",
        '\u{0F72}' | '\u{0F73}' | '\u{0F80}' | '\u{0F81}' => "i",
        '\u{0F74}' | '\u{0F75}' => "u",
        '\u{0F76}' | '\u{0F77}' => "ri",
        '\u{0F78}' | '\u{0F79}' => "li",
        '\u{0F7A}' => "e",
        '\u{0F7B}' => "ai",
        '\u{0F7C}' => "o",
        '\u{0F7D}' => "au",
        _ => return None,
    })
}

/// One stack: a column of letters with its vowel signs and marks.
#[derive(Default)]
struct Stack {
    letters: Vec<u8>,
    /// The vowel signs' readings; `Some` when a sign (or the length mark)
    /// is written.
    vowel: Option<String>,
    /// `ཾ` (m) or `ཿ` (h) after the vowel.
    coda: String,
    /// `྄` (halanta): no inherent vowel.
    killed: bool,
}

impl Stack {
    fn single(&self) -> Option<u8> {
        match self.letters.as_slice() {
            [l] => Some(*l),
            _ => None,
        }
    }
}

fn is_prefix(l: u8) -> bool {
    matches!(l, GA | DA | BA | MA | ACHUNG)
}

/// The onset of a root stack read as THL reads it; `prefix` is the silent
/// prefix letter before it, if any.
fn onset(letters: &[u8], prefix: Option<u8>, out: &mut String) {
    let (root, mut rest) = match letters {
        [] => return,
        [top, next, rest @ ..]
            if matches!(*top, RA | FIXED_RA | LA | SA) && !matches!(*next, YA | RA | LA | WA) =>
        {
            if *top == LA && *next == HA {
                out.push_str("lh");
                (None, rest)
            } else {
                (Some(*next), rest)
            }
        }
        [root, rest @ ..] => (Some(*root), rest),
    };
    let sub = rest.first().copied();
    if let Some(r) = root {
        let pair = match (r, sub) {
            (BA, None) if prefix == Some(DA) => Some("w"),
            (BA, Some(YA)) if prefix == Some(DA) => Some("y"),
            (KA | KHA, Some(YA)) => Some("ky"),
            (GA, Some(YA)) => Some("gy"),
            (PA | PHA, Some(YA)) => Some("ch"),
            (BA, Some(YA)) => Some("j"),
            (MA, Some(YA)) => Some("ny"),
            (KA | KHA | TA | THA | PA | PHA, Some(RA)) => Some("tr"),
            (GA | DA | BA, Some(RA)) => Some("dr"),
            (MA | SA | SHA | NA, Some(RA)) => Some(ONSET[r as usize]),
            (HA, Some(RA)) => Some("hr"),
            (ZA, Some(LA)) => Some("d"),
            (_, Some(LA)) => Some("l"),
            _ => None,
        };
        match pair {
            Some(p) => {
                out.push_str(p);
                if sub.is_some() {
                    rest = &rest[1..];
                }
            }
            None => out.push_str(ONSET[r as usize]),
        }
    }
    for &l in rest {
        if l != WA {
            out.push_str(ONSET[l as usize]);
        }
    }
}

/// Writes one syllable's stacks.
fn syllable(stacks: &[Stack], out: &mut String) {
    if stacks.is_empty() {
        return;
    }
    let n = stacks.len();
    let vowelled = stacks.iter().position(|s| s.vowel.is_some());
    let root = vowelled
        .or_else(|| stacks.iter().position(|s| s.letters.len() > 1))
        .unwrap_or_else(|| {
            let l = |i: usize| stacks[i].single();
            let prefix_first = l(0).is_some_and(is_prefix);
            match n {
                1 | 2 => 0,
                3 if l(2) == Some(SA) && matches!(l(1), Some(GA | 0x04 | BA | MA)) => 0,
                _ if prefix_first => 1,
                _ => 0,
            }
        });
    // Stacks before the root: a lone prefix letter just before it is
    // silent; anything else is read letter by letter.
    let mut prefix = None;
    for (i, s) in stacks[..root].iter().enumerate() {
        match s.single() {
            Some(p) if i + 1 == root && is_prefix(p) => prefix = Some(p),
            _ => write_stack(s, None, out),
        }
    }
    write_stack(&stacks[root], prefix, out);
    let mut suffixes = 0;
    for s in &stacks[root + 1..] {
        if s.vowel.is_some() {
            if s.single() == Some(ACHUNG) {
                out.push_str(s.vowel.as_deref().unwrap_or(""));
                out.push_str(&s.coda);
            } else {
                write_stack(s, None, out);
            }
            continue;
        }
        suffixes += 1;
        match s.single() {
            Some(ACHUNG) => {}
            Some(SA | DA) if suffixes == 2 => {}
            _ => {
                for &l in &s.letters {
                    out.push_str(CODA[l as usize]);
                }
            }
        }
    }
}

/// Writes a stack as an onset and its vowel.
fn write_stack(s: &Stack, prefix: Option<u8>, out: &mut String) {
    onset(&s.letters, prefix, out);
    match &s.vowel {
        Some(v) if v.is_empty() => out.push('a'),
        Some(v) => out.push_str(v),
        None if s.killed => {}
        None => out.push('a'),
    }
    out.push_str(&s.coda);
}

/// The syllables, as read, of the word `city` that follows a place name.
const CITY: [&str; 2] = ["drong", "kyer"];

/// Appends the reading of a run of Tibetan chars.
pub(crate) fn romanize(run: &[char], out: &mut String) {
    // Each syllable read, with whether a word ends after it.
    let mut syls: Vec<(String, bool)> = Vec::new();
    let mut stacks: Vec<Stack> = Vec::new();
    let end_syllable = |stacks: &mut Vec<Stack>, syls: &mut Vec<(String, bool)>, word_end: bool| {
        if !stacks.is_empty() {
            let mut s = String::new();
            syllable(stacks, &mut s);
            stacks.clear();
            syls.push((s, word_end));
        } else if word_end {
            if let Some(last) = syls.last_mut() {
                last.1 = true;
            }
        }
    };
    for &c in run {
        if let Some(l) = base(c) {
            stacks.push(Stack {
                letters: vec![l],
                ..Stack::default()
            });
        } else if let Some(l) = subjoined(c) {
            match stacks.last_mut() {
                Some(s) if s.vowel.is_none() => s.letters.push(l),
                _ => stacks.push(Stack {
                    letters: vec![l],
                    ..Stack::default()
                }),
            }
        } else if let Some(v) = vowel_sign(c) {
            if stacks.is_empty() {
                stacks.push(Stack::default());
            }
            if let Some(s) = stacks.last_mut() {
                s.vowel.get_or_insert_with(String::new).push_str(v);
            }
        } else if matches!(
            c,
            '\u{0F7E}' | '\u{0F82}' | '\u{0F83}' | '\u{0F7F}' | '\u{0F84}'
        ) {
            if let Some(s) = stacks.last_mut() {
                match c {
                    '\u{0F84}' => s.killed = true,
                    '\u{0F7F}' => s.coda.push('h'),
                    _ => s.coda.push('m'),
                }
            }
        } else if matches!(c, '\u{0F0B}' | '\u{0F0C}') {
            end_syllable(&mut stacks, &mut syls, false);
        } else if ('\u{0F20}'..='\u{0F29}').contains(&c) {
            end_syllable(&mut stacks, &mut syls, true);
            let d = char::from_u32('0' as u32 + (c as u32 - 0x0F20)).unwrap_or('0');
            syls.push((d.to_string(), false));
        } else if ('\u{0F35}'..='\u{0F39}').contains(&c) || ('\u{0F86}'..='\u{0F87}').contains(&c) {
            // Marks of emphasis and tone: nothing to read.
        } else {
            // Shad, other punctuation and signs: a word ends.
            end_syllable(&mut stacks, &mut syls, true);
        }
    }
    end_syllable(&mut stacks, &mut syls, true);
    let n = syls.len();
    if n > CITY.len() && syls[n - 2].0 == CITY[0] && syls[n - 1].0 == CITY[1] && !syls[n - 3].1 {
        syls.truncate(n - 2);
        if let Some(last) = syls.last_mut() {
            last.1 = true;
        }
    }
    let mut word = String::new();
    let mut first = true;
    for (s, word_end) in syls {
        word.push_str(&s);
        if word_end && !word.is_empty() {
            if !first {
                out.push(' ');
            }
            out.push_str(&word);
            word.clear();
            first = false;
        }
    }
    if !word.is_empty() {
        if !first {
            out.push(' ');
        }
        out.push_str(&word);
    }
}

#[cfg(test)]
mod tests {
    fn bo(s: &str) -> String {
        crate::Normalizer::new().normalize(s)
    }

    #[test]
    fn syllables_of_a_word_are_written_together() {
        // Invented words of open syllables.
        assert_eq!(bo("ཀ་མི་ལོ"), "kamilo");
        assert_eq!(bo("ནོ་རུ་ཏེ"), "norute");
        assert_eq!(bo("ཤ་ཡི། ཙ་ཞོ"), "shayi tsazho");
        // Aspirates and retroflexes read as the plain sounds; Sanskrit
        // aspirates keep their h; the length mark adds nothing.
        assert_eq!(bo("ཁཱ་ཐུ་ཊེ"), "katute");
        assert_eq!(bo("བྷུ་ཌོ"), "bhudo");
        // Tibetan digits are ASCII digits (the normalizer then drops a
        // token of digits only).
        let mut out = String::new();
        super::romanize(&['\u{0F40}', '\u{0F0B}', '\u{0F23}'], &mut out);
        assert_eq!(out, "ka 3");
    }

    #[test]
    fn prefixes_and_superscripts_are_silent() {
        // Invented syllables: a prefix before a vowelled root, a prefix
        // found by the structure (no vowel sign), superscripts.
        assert_eq!(bo("དཀར་གནམ"), "karnam");
        assert_eq!(bo("བསམ"), "sam");
        assert_eq!(bo("རྒོ་སྐུ་སྨན"), "gokuman");
        assert_eq!(bo("ལྷོ"), "lho");
        // Two letters: the first is the root.
        assert_eq!(bo("དག"), "dag");
        // dw is w, dby y.
        assert_eq!(bo("དབོན་དབྱི"), "wonyi");
    }

    #[test]
    fn subscripts_change_the_root() {
        // Invented syllables, one per THL reading.
        assert_eq!(bo("ཕྱི་བྱོ་མྱུ"), "chijonyu");
        assert_eq!(bo("ཀྱེ་གྱོ"), "kyegyo");
        assert_eq!(bo("པྲེ་གྲུ་བྲི"), "tredrudri");
        assert_eq!(bo("སྲོ་མྲི"), "somi");
        assert_eq!(bo("ཟླུ་གླེ"), "dule");
        assert_eq!(bo("རྒྱན"), "gyan");
        assert_eq!(bo("ཏྭོ"), "to");
    }

    #[test]
    fn suffixes_keep_their_letters_but_a_second_is_silent() {
        // Invented: suffixes g, ng, r, l; a second suffix s; 'i after a vowel.
        assert_eq!(bo("ཏོག་ཞིང"), "togzhing");
        assert_eq!(bo("ཀུར་པེལ"), "kurpel");
        assert_eq!(bo("ནངས"), "nang");
        assert_eq!(bo("མཱའི་ལོ"), "mailo");
    }

    #[test]
    fn the_word_city_after_a_name_is_dropped() {
        // Invented place name + grong khyer.
        assert_eq!(bo("ཀ་ལོ་གྲོང་ཁྱེར།"), "kalo");
        // Alone it is the name.
        assert_eq!(bo("གྲོང་ཁྱེར"), "drongkyer");
    }
}
