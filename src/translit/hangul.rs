//! Hangul to Latin by the Revised Romanization of Korean (2000), with its
//! sound-change rules inside a word.
//!
//! Syllables are decomposed arithmetically (U+AC00 + (L·21 + V)·28 + T);
//! conjoining and compatibility jamo are read as the letters they stand for.
//! A final consonant before a vowel is carried over as an initial (`gugeo`),
//! `ㄱ ㄷ ㅂ` before `ㄴ ㅁ` nasalise (`ng n m`), `ㄹ`+`ㄹ` is `ll` (`ㄴ`+`ㄹ`
//! keeps its letters, `nr`: foreign names, given names), `ㄹ` after
//! another final is n, and `ㅎ` aspirates a plosive
//! next to it. The vowel `ㅡ` after a consonant is the epenthetic vowel of
//! loanwords and foreign names (`스미스`), or the schwa of their closed
//! syllables (`블` in `bl-`, `슨` in `-son`; not the Sino-Korean name
//! syllables `승`, `근`): it is read as the vowel slot
//! `'` (see `world`), which the Hangul reading (`syllabic`) meets with
//! the `eu` of Revised Romanization cheaply. `ㅅ` before
//! a y-vowel is read sh (`샤` sha), as it is pronounced.

const INITIAL: [&str; 19] = [
    "g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p",
    "h",
];
const VOWEL: [&str; 21] = [
    "a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we",
    "wi", "yu", "eu", "ui", "i",
];
/// Finals as the initial index they sound as before a vowel (for the
/// carried-over reading), or none; and the reading at the end of a syllable.
const FINAL: [(Option<usize>, &str); 28] = [
    (None, ""),
    (Some(0), "k"),
    (Some(1), "k"),
    (Some(9), "k"), // ㄳ: k, s carried over
    (Some(2), "n"),
    (Some(12), "n"), // ㄵ
    (Some(18), "n"), // ㄶ
    (Some(3), "t"),
    (Some(5), "l"),
    (Some(0), "k"),  // ㄺ
    (Some(6), "m"),  // ㄻ
    (Some(7), "l"),  // ㄼ
    (Some(9), "l"),  // ㄽ
    (Some(16), "l"), // ㄾ
    (Some(17), "p"), // ㄿ
    (Some(18), "l"), // ㅀ
    (Some(6), "m"),
    (Some(7), "p"),
    (Some(9), "p"), // ㅄ
    (Some(9), "t"),
    (Some(10), "t"),
    (Some(11), "ng"),
    (Some(12), "t"),
    (Some(14), "t"),
    (Some(15), "k"),
    (Some(16), "t"),
    (Some(17), "p"),
    (Some(18), "t"),
];

/// One syllable: initial, vowel and final indices (initial 11 = none).
#[derive(Clone, Copy)]
struct Syl {
    l: usize,
    v: usize,
    t: usize,
}

fn syllable(c: char) -> Option<Syl> {
    let u = c as u32;
    if (0xAC00..=0xD7A3).contains(&u) {
        let s = (u - 0xAC00) as usize;
        return Some(Syl {
            l: s / 588,
            v: (s % 588) / 28,
            t: s % 28,
        });
    }
    None
}

/// Reading of a lone jamo (conjoining or compatibility).
fn jamo(c: char) -> &'static str {
    let u = c as u32;
    match u {
        0x1100..=0x1112 => INITIAL[(u - 0x1100) as usize],
        0x1161..=0x1175 => VOWEL[(u - 0x1161) as usize],
        0x11A8..=0x11C2 => FINAL[(u - 0x11A7) as usize].1,
        0x3131..=0x314E => {
            const COMPAT: [&str; 30] = [
                "g", "kk", "k", "n", "n", "n", "d", "tt", "r", "l", "l", "l", "l", "l", "l", "l",
                "m", "b", "pp", "p", "s", "ss", "", "j", "jj", "ch", "k", "t", "p", "h",
            ];
            COMPAT[(u - 0x3131) as usize]
        }
        0x314F..=0x3163 => VOWEL[(u - 0x314F) as usize],
        _ => "",
    }
}

/// Appends the reading of a run of Hangul.
pub(crate) fn romanize(run: &[char], out: &mut String) {
    let mut i = 0;
    while i < run.len() {
        if syllable(run[i]).is_none() {
            out.push_str(jamo(run[i]));
            i += 1;
            continue;
        }
        let start = i;
        while i < run.len() && syllable(run[i]).is_some() {
            i += 1;
        }
        let syls: Vec<Syl> = run[start..i].iter().filter_map(|&c| syllable(c)).collect();
        write_word(&syls, out);
    }
}

fn write_word(syls: &[Syl], out: &mut String) {
    // Sound changes at each boundary: the final of one syllable and the
    // initial of the next, as (final reading, next initial reading).
    let n = syls.len();
    let mut initials: Vec<String> = syls.iter().map(|s| INITIAL[s.l].to_string()).collect();
    let mut finals: Vec<String> = syls.iter().map(|s| FINAL[s.t].1.to_string()).collect();
    for k in 0..n.saturating_sub(1) {
        let (t, l) = (syls[k].t, syls[k + 1].l);
        if t == 0 {
            continue;
        }
        let fin = FINAL[t].1;
        match l {
            // Next syllable starts with a vowel: the final moves over.
            11 => {
                if let Some(carried) = FINAL[t].0 {
                    let (keep, moved) = match t {
                        3 => ("k", "s"),
                        5 => ("n", "j"),
                        6 | 15 => (if t == 6 { "n" } else { "" }, ""),
                        9 => ("l", "g"),
                        10 => ("l", "m"),
                        11 => ("l", "b"),
                        12 => ("l", "s"),
                        13 => ("l", "t"),
                        14 => ("l", "p"),
                        18 => ("p", "s"),
                        21 => ("ng", ""),
                        27 => ("", ""),
                        8 => ("", "r"),
                        _ => ("", INITIAL[carried]),
                    };
                    finals[k] = keep.to_string();
                    initials[k + 1] = moved.to_string();
                }
            }
            // ㄴ or ㅁ next: plosives nasalise.
            2 | 6 => {
                finals[k] = match fin {
                    "k" => "ng",
                    "t" => "n",
                    "p" => "m",
                    "l" if l == 2 => {
                        initials[k + 1] = "l".into();
                        "l"
                    }
                    other => other,
                }
                .to_string();
            }
            // ㄹ next.
            // ㄴ then ㄹ keeps its letters (n r): the sound change to ll
            // is a native one, which the NIKL rules for foreign words
            // (`헨리` Henry) and Revised Romanization for given names do
            // not write; the Hangul reading meets ll cheaply (`syllabic`).
            5 if t == 4 => {}
            5 => match fin {
                "n" | "l" => {
                    finals[k] = "l".into();
                    initials[k + 1] = "l".into();
                }
                "k" => {
                    finals[k] = "ng".into();
                    initials[k + 1] = "n".into();
                }
                "t" => {
                    finals[k] = "n".into();
                    initials[k + 1] = "n".into();
                }
                "p" => {
                    finals[k] = "m".into();
                    initials[k + 1] = "n".into();
                }
                _ => initials[k + 1] = "n".into(),
            },
            // ㅎ next: aspiration of a plosive final.
            18 if matches!(fin, "k" | "t" | "p") => {
                finals[k] = String::new();
                initials[k + 1] = match fin {
                    "k" => "k",
                    "t" => "t",
                    _ => "p",
                }
                .into();
            }
            // Final ㅎ before a plosive aspirates it.
            0 | 3 | 12 if t == 27 || t == 6 || t == 15 => {
                finals[k] = if t == 6 {
                    "n".into()
                } else if t == 15 {
                    "l".into()
                } else {
                    String::new()
                };
                initials[k + 1] = match l {
                    0 => "k",
                    3 => "t",
                    _ => "ch",
                }
                .into();
            }
            _ => {}
        }
    }
    for (k, s) in syls.iter().enumerate() {
        // ㅅ before a y-vowel is sh, as it sounds (RR writes sy).
        if matches!(initials[k].as_str(), "s" | "ss") && matches!(s.v, 2 | 6 | 7 | 12 | 17) {
            out.push_str(&initials[k]);
            out.push('h');
            out.push_str(&VOWEL[s.v][1..]);
            out.push_str(&finals[k]);
            continue;
        }
        out.push_str(&initials[k]);
        // ㅡ after a consonant: the epenthetic vowel of loanwords in an
        // open syllable (`스미스`), and in a closed one that is no
        // Sino-Korean (or common native) name syllable (`디킨슨`), or
        // that writes a cluster with l (`블라다`: ㄹ then ㄹ). Korean
        // names keep eu (`승민`, `근모`).
        let closed_loan = s.t != 0
            && ((s.t == 8 && syls.get(k + 1).is_some_and(|x| x.l == 5))
                || !korean_eu_syllable(s.l, s.t));
        if s.v == 18 && s.l != 11 && ((s.t == 0 && n > 1) || closed_loan) {
            out.push('\'');
        } else {
            out.push_str(VOWEL[s.v]);
        }
        out.push_str(&finals[k]);
    }
}

/// Whether the closed syllable of initial `l`, vowel ㅡ and final `t`
/// is one Korean names are made of: the Sino-Korean readings with ㅡ
/// (극 근 글 금 급 긍, 늑 능, 득 등, 륵 름 릉, 슬 습 승, 즉 즐 즙 증, 측 층,
/// 특, 흑 흔 흘 흠 흡 흥; initial ㅇ is never a slot) and the native 늘
/// (`하늘`). Others (`슨`, `든`, `튼`) write the schwa of loanwords.
fn korean_eu_syllable(l: usize, t: usize) -> bool {
    // Finals: 1 ㄱ, 4 ㄴ, 8 ㄹ, 16 ㅁ, 17 ㅂ, 21 ㅇ.
    match l {
        0 => matches!(t, 1 | 4 | 8 | 16 | 17 | 21),
        2 => matches!(t, 1 | 8 | 21),
        3 => matches!(t, 1 | 21),
        5 => matches!(t, 1 | 16 | 21),
        9 => matches!(t, 8 | 17 | 21),
        12 => matches!(t, 1 | 8 | 17 | 21),
        14 => matches!(t, 1 | 21),
        16 => t == 1,
        18 => matches!(t, 1 | 4 | 8 | 16 | 17 | 21),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    fn ko(s: &str) -> String {
        crate::Normalizer::new().normalize(s)
    }

    #[test]
    fn syllables_decompose() {
        // Invented words.
        assert_eq!(ko("가냐더"), "ganyadeo");
        assert_eq!(ko("쫑빡"), "jjongppak");
        assert_eq!(ko("괴쉬"), "goeswi");
        // ㅅ + y-vowel: sh.
        assert_eq!(ko("샤쇼"), "shasho");
    }

    #[test]
    fn finals_move_before_vowels() {
        assert_eq!(ko("닥아"), "daga");
        assert_eq!(ko("물오"), "muro");
        assert_eq!(ko("망오"), "mango");
        assert_eq!(ko("낳아"), "naa");
    }

    #[test]
    fn assimilation() {
        assert_eq!(ko("박마"), "bangma");
        assert_eq!(ko("단라"), "danra");
        assert_eq!(ko("달라"), "dalla");
        assert_eq!(ko("감로"), "gamno");
        assert_eq!(ko("박하"), "baka");
        assert_eq!(ko("놓고"), "noko");
    }

    #[test]
    fn epenthetic_eu_is_a_slot() {
        assert_eq!(ko("스미스"), "s'mis");
        assert_eq!(ko("브라나"), "b'rana");
        // In a closed syllable too: `bl`, `-son`.
        assert_eq!(ko("블라나"), "b'llana");
        assert_eq!(ko("디손"), "dison");
        assert_eq!(ko("마슨"), "mas'n");
        assert_eq!(ko("다마슨"), "damas'n");
        // Korean names keep eu.
        assert_eq!(ko("승민"), "seungmin");
        assert_eq!(ko("근모"), "geunmo");
        // Without a consonant before it, or alone, ㅡ is eu.
        assert_eq!(ko("은미"), "eunmi");
        assert_eq!(ko("므"), "meu");
    }
}
