use super::*;

/// The lazy greedy alignment (values looked up only when a pair could
/// still be taken) takes the same pairs, in the same order, as sorting
/// the values of all pairs: random pair tables with ties, values below
/// `PAIR_MIN`, missing pairs, initials and every role. Fails if the
/// bound order, the tie order or the passing over of taken words
/// differs.
#[test]
fn a_few_on_the_stack_is_a_vec() {
    // Past its inline size too: the same items in the same order.
    let mut few: Few<u32, 4> = Few::new(0);
    let mut vec: Vec<u32> = Vec::new();
    for i in 0..40u32 {
        few.push(i * 7 % 11);
        vec.push(i * 7 % 11);
        if i % 3 == 2 {
            let at = (i as usize * 5) % vec.len();
            assert_eq!(few.swap_remove(at), vec.swap_remove(at));
        }
        assert_eq!(few.as_slice(), &vec[..]);
        assert_eq!(few.len(), vec.len());
    }
    while !vec.is_empty() {
        assert_eq!(few.swap_remove(0), vec.swap_remove(0));
    }
    assert_eq!(few.len(), 0);
}

#[test]
fn lazy_greedy_takes_what_the_full_sort_takes() {
    let mut seed = 0x9e37_79b9_7f4a_7c15u64;
    let mut rnd = |n: u64| {
        seed = seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (seed >> 33) % n
    };
    let texts = ["a", "b", "anna", "ivan", "petrov", "ali", "de"];
    let role_set = [Role::Family, Role::Given, Role::Middle, Role::Core];
    let sims = [0.3, 0.45, 0.5, 0.7, 0.85, 0.9, 1.0];
    let (mut compared, mut skipped_lookups) = (0, 0);
    for _ in 0..4000 {
        let m = 1 + rnd(5) as usize;
        let n = 1 + rnd(6) as usize;
        let query: Vec<QTok<'_>> = (0..m)
            .map(|_| QTok::new(texts[rnd(texts.len() as u64) as usize]))
            .collect();
        let roles: Vec<Role> = (0..n)
            .map(|_| role_set[rnd(role_set.len() as u64) as usize])
            .collect();
        let table: Vec<Option<(f64, Cost)>> = (0..m * n)
            .map(|_| match rnd(9) {
                0 | 1 => None,
                _ => Some((sims[rnd(sims.len() as u64) as usize], rnd(200) as Cost)),
            })
            .collect();
        let run = |lazy: bool| {
            let mut asked = 0;
            let mut sim = |q: usize, a: usize| {
                asked += 1;
                table[q * n + a]
            };
            let (mut qu, mut au) = (vec![false; m], vec![false; n]);
            let pairs = if lazy {
                greedy(&query, &roles, &mut sim, &mut qu, &mut au)
            } else {
                greedy_sorted(&query, &roles, &mut sim, &mut qu, &mut au)
            };
            let key: Vec<(usize, usize, u64, Cost)> = pairs
                .iter()
                .map(|p| (p.q, p.a, p.sim.to_bits(), p.cost))
                .collect();
            (key, qu, au, asked)
        };
        let (lazy, full) = (run(true), run(false));
        assert_eq!(
            (&lazy.0, &lazy.1, &lazy.2),
            (&full.0, &full.1, &full.2),
            "{query:?} {roles:?} {table:?}"
        );
        compared += 1;
        skipped_lookups += full.3 - lazy.3.min(full.3);
    }
    assert!(
        compared == 4000 && skipped_lookups > 1000,
        "{skipped_lookups}"
    );
}

fn exact<'a>(
    q: &'a [&'a str],
    a: &'a [&'a str],
) -> impl Fn(usize, usize) -> Option<(f64, Cost)> + 'a {
    move |i, j| (q[i] == a[j]).then_some((1.0, 0))
}

#[test]
fn pair_budget_bounds_the_pairs_that_count() {
    for qlen in 1..60 {
        for alen in 1..60 {
            let b = pair_budget(qlen, alen);
            assert!(token_sim(b, qlen, alen) < PAIR_MIN, "{qlen} {alen}");
            assert!(
                token_sim(b - 1, qlen, alen) >= PAIR_MIN - 1e-3,
                "{qlen} {alen}"
            );
        }
    }
}

#[test]
fn family_name_is_required() {
    let q: Vec<QTok> = ["mark", "levin"].iter().map(|t| QTok::new(t)).collect();
    let al = align(
        &q,
        &["mark", "rutte"],
        &roles(&["mark", "rutte"], true),
        AliasShape::default(),
        exact(&["mark", "levin"], &["mark", "rutte"]),
    );
    assert_eq!(al.score, 0.0);
}

#[test]
fn reordered_and_patronymic() {
    let a = ["ivan", "petrov"];
    let q1: Vec<QTok> = ["petrov", "ivan"].iter().map(|t| QTok::new(t)).collect();
    let s1 = align(
        &q1,
        &a,
        &roles(&a, true),
        AliasShape::default(),
        exact(&["petrov", "ivan"], &a),
    )
    .score;
    assert!((s1 - 1.0).abs() < 1e-9);
    let qs = ["ivan", "sergeevich", "petrov"];
    let q2: Vec<QTok> = qs.iter().map(|t| QTok::new(t)).collect();
    let s2 = align(
        &q2,
        &a,
        &roles(&a, true),
        AliasShape::default(),
        exact(&qs, &a),
    )
    .score;
    assert!(s2 > 0.85 && s2 < 1.0, "{s2}");
}

#[test]
fn roles_detect_russian_order() {
    assert_eq!(
        roles(&["ivanov", "ivan", "ivanovich"], true)[0],
        Role::Family
    );
    assert_eq!(
        roles(&["ivan", "ivanovich", "ivanov"], true)[2],
        Role::Family
    );
    assert_eq!(roles(&["new", "york"], false), vec![Role::Core, Role::Core]);
}

fn score_of(q: &[&str], a: &[&str], shape: AliasShape) -> f64 {
    let qt: Vec<QTok> = q.iter().map(|t| QTok::new(t)).collect();
    align(&qt, a, &roles(a, true), shape, exact(q, a)).score
}

/// The `María` or `José` a Spanish compound given name opens with, which
/// the alias leaves out before the name used, weighs little; another
/// given name there is a word the alias lacks (invented names).
#[test]
fn the_first_part_of_a_hispanic_compound_given_name() {
    let alias = ["rosalba", "quintanar", "ybarra"];
    let two = AliasShape {
        second_surname: true,
        two_surnames: true,
        ..AliasShape::default()
    };
    let maria = score_of(&["maria", "rosalba", "quintanar", "ybarra"], &alias, two);
    let jose = score_of(&["jose", "rosalba", "quintanar", "ybarra"], &alias, two);
    let other = score_of(&["karla", "rosalba", "quintanar", "ybarra"], &alias, two);
    assert!(maria > other + 0.05, "{maria} {other}");
    assert!(jose > other + 0.05, "{jose} {other}");
    // Only first: after the name used it is a name of the query's own.
    let after = score_of(&["rosalba", "maria", "quintanar", "ybarra"], &alias, two);
    assert!(after < maria, "{after} {maria}");
}

/// An invented given name and patronymic written as one word: paired
/// with the alias's patronymic alone, its given name part is not the
/// alias's given name (`Taras Olehovych` is an Oleh's son, not Oleh).
#[test]
fn a_joined_given_name_and_patronymic_is_two_names() {
    let alias = ["taras", "olehovych", "shevchuk"];
    let score = |q: &[&str], joined_sim: f64| {
        let qt: Vec<QTok> = q.iter().map(|t| QTok::new(t)).collect();
        let sim = |i: usize, j: usize| match (i, j) {
            (0, 1) => Some((joined_sim, 265)),
            (1, 2) => Some((1.0, 0)),
            _ => None,
        };
        align(
            &qt,
            &alias,
            &roles(&alias, true),
            AliasShape::default(),
            sim,
        )
        .score
    };
    let other = score(&["olehmykolayovych", "shevchuk"], 0.66);
    let same = score(&["tarasolehovych", "shevchuk"], 0.66);
    assert!(other < 0.67, "{other}");
    assert!(same > 0.67, "{same}");
}

/// An invented Korean given name in two syllables: another second
/// syllable of two letters conflicts as a longer one does; a Romance
/// particle of two letters does not.
#[test]
fn a_two_letter_syllable_is_a_name() {
    let q = ["min", "sung", "pak"];
    let two = score_of(&q, &["sung", "ho", "pak"], AliasShape::default());
    let three = score_of(&q, &["sung", "hoo", "pak"], AliasShape::default());
    let particle = score_of(&q, &["sung", "de", "pak"], AliasShape::default());
    assert!((two - three).abs() < 1e-9, "{two} {three}");
    assert!(particle > two, "{particle} {two}");
}

/// Invented nasab chains: another father's name in the middle is
/// evidence of another person (a brother); a father's name that one
/// side leaves out is not.
#[test]
fn a_different_middle_name_conflicts_a_missing_one_does_not() {
    let alias = ["omar", "karim", "haddadi"];
    let other = score_of(&["omar", "yasin", "haddadi"], &alias, AliasShape::default());
    assert!(other < 0.65, "{other}");
    let left_out = score_of(&["omar", "haddadi"], &alias, AliasShape::default());
    assert!(left_out > 0.9, "{left_out}");
    // Filiation words and particles are no names of their own.
    let bin = score_of(&["omar", "bin", "haddadi"], &alias, AliasShape::default());
    assert!(bin > 0.65, "{bin}");
}

/// An alias whose middle words are the person's own given names (the
/// Spanish custom, marked by a two-word surname block) takes a
/// different second given name as no conflict.
#[test]
fn two_surnames_do_not_conflict() {
    let alias = ["lucia", "marta", "perez", "soto"];
    let q = ["lucia", "elena", "perez", "soto"];
    let own = AliasShape {
        two_surnames: true,
        ..AliasShape::default()
    };
    let plain = score_of(&q, &alias, AliasShape::default());
    let with = score_of(&q, &alias, own);
    assert!(with > plain + 0.05, "{with} {plain}");
}

#[test]
fn capitalised_tail_follows_the_surname_in_capitals_convention() {
    assert_eq!(
        capitalised_tail("Ana Lucia PEREZ SOTO"),
        vec!["PEREZ", "SOTO"]
    );
    assert_eq!(capitalised_tail("Omar Karim HADDADI"), vec!["HADDADI"]);
    // All capitals, none, or a capital word that is not last: no block.
    assert!(capitalised_tail("OMAR KARIM HADDADI").is_empty());
    assert!(capitalised_tail("Omar Karim Haddadi").is_empty());
    assert!(capitalised_tail("HADDADI, Omar").is_empty());
    assert!(capitalised_tail("Omar Karim H").is_empty());
}

/// Spanish custom: the query's own second surname (or a married
/// woman's `de` and husband's surname) after the first surname weighs
/// less than an unknown word when the alias's second surname is left
/// out (invented names).
#[test]
fn another_second_surname_weighs_less_than_an_unknown_word() {
    let alias = ["lucia", "marta", "perez", "soto"];
    let second = AliasShape {
        second_surname: true,
        two_surnames: true,
        ..AliasShape::default()
    };
    let maternal = score_of(&["lucia", "perez", "roca"], &alias, second);
    assert!(maternal > 0.67, "{maternal}");
    // Not without the written two-surname block: the query's last word
    // may then be a misspelt family name.
    let unwritten = AliasShape {
        second_surname: true,
        ..AliasShape::default()
    };
    let plain = score_of(&["lucia", "perez", "roca"], &alias, unwritten);
    assert!(plain < 0.67, "{plain}");
    let married = score_of(&["lucia", "perez", "de", "roca"], &alias, second);
    assert!(married > 0.67, "{married}");
    // A word elsewhere is an unknown word.
    let before = score_of(&["lucia", "roca", "perez"], &alias, second);
    assert!(before < 0.67, "{before}");
    assert!(maternal > before + 0.05, "{maternal} {before}");
}

/// A nasab chain with a name of its own in front names the chain's
/// son or daughter (invented names); a short name with one in front
/// is a compound given name and stays close.
#[test]
fn a_name_before_a_nasab_chain_is_a_child() {
    let alias = ["omar", "yasin", "salah", "haddadi"];
    let child = score_of(
        &["karim", "omar", "yasin", "salah", "haddadi"],
        &alias,
        AliasShape::default(),
    );
    assert!(child < 0.67, "{child}");
    let same = score_of(&alias, &alias, AliasShape::default());
    assert!(same > 0.99, "{same}");
    let short = score_of(
        &["karim", "omar", "haddadi"],
        &["omar", "haddadi"],
        AliasShape::default(),
    );
    assert!(short > 0.67, "{short}");
}

/// A middle name of the query that the alias leaves out weighs less
/// than an unknown word, unless the alias's given name is a common one
/// put before the name used (`Muhammad`; see
/// `the_fathers_name_after_a_common_given_name_is_a_middle_name`), or
/// the alias has a middle name of its own there (invented names).
#[test]
fn a_query_middle_name_the_alias_leaves_out() {
    let q = ["muhammad", "yasin", "haddadi"];
    let plain = score_of(&q, &["muhammad", "haddadi"], AliasShape::default());
    let common = AliasShape {
        common_given: true,
        ..AliasShape::default()
    };
    let with_common = score_of(&q, &["muhammad", "haddadi"], common);
    assert!(plain > 0.8, "{plain}");
    assert!(plain > with_common + 0.1, "{plain} {with_common}");
    let other_middle = score_of(&q, &["muhammad", "salah", "haddadi"], AliasShape::default());
    assert!(other_middle < 0.67, "{other_middle}");
}

/// Invented names: an Arabic given name between the given name and the
/// family name the alias has (`Ism Father FAMILY`) is the father's name
/// a shorter form drops, and weighs less than another middle word; not
/// when the names around it stand in another order.
#[test]
fn the_fathers_name_of_a_nasab_chain_weighs_as_a_trailing_one() {
    let alias = ["zafir", "qarbuni"];
    let d = AliasShape::default();
    let father = score_of(&["zafir", "mahmoud", "qarbuni"], &alias, d);
    let western = score_of(&["zafir", "torvald", "qarbuni"], &alias, d);
    assert!(father > western + 0.02, "{father} {western}");
    // `ʿAbd al-X`, written as two words, is one father's name.
    let abd = score_of(&["zafir", "abdul", "karim", "qarbuni"], &alias, d);
    assert!(abd > western, "{abd} {western}");
    let crossed = score_of(&["qarbuni", "mahmoud", "zafir"], &alias, d);
    let crossed_western = score_of(&["qarbuni", "torvald", "zafir"], &alias, d);
    assert_eq!(crossed, crossed_western);
}

/// Invented names: the article of the alias's family name (`Ism
/// al-FAMILY`) is no middle name of the alias, so a father's name the
/// query gives between the two still weighs as a father's name.
#[test]
fn the_article_of_the_family_name_is_no_middle_name() {
    let alias = ["zafir", "al", "qarbuni"];
    let d = AliasShape::default();
    let father = score_of(&["zafir", "mahmoud", "qarbuni"], &alias, d);
    let western = score_of(&["zafir", "torvald", "qarbuni"], &alias, d);
    assert!(father > western + 0.02, "{father} {western}");
}

/// Invented long Pashtun-style entries (`Given Other FAMILY Tribe
/// Father`): a shorter form that keeps the given name and a rare middle
/// word in order finds the entry; a reordered one, or one without the
/// given name, does not.
#[test]
fn a_rare_middle_word_may_take_the_family_names_place() {
    let alias = ["tariq", "jamal", "qudsani", "waziri", "rahim"];
    let inner = AliasShape {
        inner_family: 1 << 2,
        ..AliasShape::default()
    };
    let short = score_of(&["tariq", "qudsani"], &alias, inner);
    assert!(short > 0.67, "{short}");
    let longer = score_of(&["tariq", "jamal", "qudsani"], &alias, inner);
    assert!(longer > short, "{longer} {short}");
    assert_eq!(
        score_of(&["tariq", "qudsani"], &alias, AliasShape::default()),
        0.0
    );
    assert_eq!(score_of(&["qudsani", "tariq"], &alias, inner), 0.0);
    assert_eq!(score_of(&["jamal", "qudsani"], &alias, inner), 0.0);
    // After a common given name, the name the person goes by.
    let common = AliasShape {
        common_given: true,
        ..inner
    };
    let after_common = score_of(&["jamal", "qudsani"], &alias, common);
    assert!(after_common > 0.6, "{after_common}");
}

/// Invented long entries whose trailing names end in a compound given
/// name written as two words (the father's `Noor Mohammad`, `Fateh
/// Khan`): one name left out, weighed by its first part; two names
/// (`Noor Rashid`, a father's and a grandfather's) weigh two.
#[test]
fn a_compound_name_among_the_trailing_names_weighs_once() {
    let inner = AliasShape {
        inner_family: 1 << 1,
        ..AliasShape::default()
    };
    let q = ["tariq", "qudsani"];
    let with =
        |last: &'static str| score_of(&q, &["tariq", "qudsani", "waziri", "noor", last], inner);
    let (two, compound) = (with("rashid"), with("mohammad"));
    assert!(compound > two + 0.03, "{compound} {two}");
    assert_eq!(with("khan"), compound);
    assert_eq!(with("jan"), compound);
}

/// Invented long entries whose trailing names include a nisba with the
/// article (`... QUDSANI al-Tarmini Rashid`): the article is no name of
/// its own, and weighs less than a third trailing name.
#[test]
fn the_article_of_a_trailing_nisba_is_no_name() {
    let inner = AliasShape {
        inner_family: 1 << 1,
        ..AliasShape::default()
    };
    let q = ["karim", "qudsani"];
    let with = |third: &'static str| {
        score_of(&q, &["karim", "qudsani", third, "tarmini", "rashid"], inner)
    };
    let (article, name) = (with("al"), with("zubayr"));
    assert!(article > name + 0.03, "{article} {name}");
}

/// Invented names: a generational suffix after the family name is no
/// family name, and a title before a name costs as little as an
/// honorific.
#[test]
fn suffixes_and_titles_name_no_one() {
    let alias = ["dario", "quentel", "velardo", "jr"];
    assert_eq!(roles(&alias, true)[2], Role::Family);
    let short = score_of(&["dario", "velardo"], &alias, AliasShape::default());
    assert!(short > 0.9, "{short}");
    let alias = ["karim", "zuhaydi"];
    let titled = score_of(
        &["general", "karim", "zuhaydi"],
        &alias,
        AliasShape::default(),
    );
    assert!(titled > 0.95, "{titled}");
}

/// Invented Pashtun-style names: a tribal name (`-zai`, `-khel`) the
/// query adds after the name weighs as a title after it, not as a
/// word of its own; against the alias's own tribal name it is another
/// tribe. `Ustad` (teacher) before a name is a title.
#[test]
fn a_tribal_name_the_alias_leaves_out() {
    let d = AliasShape::default();
    let alias = ["zarif", "wahdat", "qandiri"];
    let tribe = score_of(&["zarif", "wahdat", "qandiri", "tarakzai"], &alias, d);
    let other = score_of(&["zarif", "wahdat", "qandiri", "tarakani"], &alias, d);
    assert!(tribe > 0.85 && other < 0.8, "{tribe} {other}");
    let khel = score_of(&["zarif", "wahdat", "qandiri", "sabarkhel"], &alias, d);
    assert_eq!(khel, tribe);
    let alias = ["zarif", "wahdat", "qandiri", "barakzai"];
    let two_tribes = score_of(&["zarif", "wahdat", "qandiri", "tarakzai"], &alias, d);
    assert!(two_tribes < 0.8, "{two_tribes}");
    let alias = ["zarif", "qandiri"];
    let titled = score_of(&["ustad", "zarif", "qandiri"], &alias, d);
    assert!(titled > 0.95, "{titled}");
}

/// Invented names: a title after the name (`Akhund`) weighs the same
/// whether the query gives it and the alias does not, or the other way
/// round.
#[test]
fn a_title_after_the_name_weighs_the_same_on_either_side() {
    let d = AliasShape::default();
    let name = ["zarif", "wahdat", "qandiri"];
    let titled = ["zarif", "wahdat", "qandiri", "akhund"];
    let query_side = score_of(&titled, &name, d);
    let alias_side = score_of(&name, &titled, d);
    assert!(query_side > 0.9, "{query_side}");
    assert!(
        (query_side - alias_side).abs() < 1e-9,
        "{query_side} {alias_side}"
    );
}

/// An invented nasab chain whose first two names the query reverses:
/// `Sabir Karim Hadi Zubrani` (Sabir son of Karim) is not `Karim Sabir
/// Hadi Zubrani` (Karim son of Sabir): father and son, two people.
#[test]
fn a_reversed_chain_names_another_person() {
    let d = AliasShape::default();
    let alias = ["karim", "sabir", "hadi", "zubrani"];
    let reversed = score_of(&["sabir", "karim", "hadi", "zubrani"], &alias, d);
    let kept = score_of(&["karim", "sabir", "hadi", "zubrani"], &alias, d);
    assert!(reversed < 0.85 && kept > 0.95, "{reversed} {kept}");
    // Not for a name the list writes family name first (its last word).
    let listed = score_of(&["sabir", "hadi", "zubrani", "karim"], &alias, d);
    assert!(listed > reversed, "{listed} {reversed}");
}

/// Invented names: the kunya that opens a query, after honorifics,
/// with the article or `Abd al-` of its name, when a name follows.
#[test]
fn a_kunya_opens_a_query() {
    fn q<'a>(w: &[&'a str]) -> Vec<QTok<'a>> {
        w.iter().map(|t| QTok::new(t)).collect()
    }
    assert_eq!(kunya_len(&q(&["abu", "tariq", "zubran"])), Some(2));
    assert_eq!(
        kunya_len(&q(&["sheikh", "abou", "al", "tariq", "zubran"])),
        Some(4)
    );
    assert_eq!(kunya_len(&q(&["abu", "abdul", "karim", "zubran"])), Some(3));
    assert_eq!(kunya_len(&q(&["abu", "tariq"])), None);
    assert_eq!(kunya_len(&q(&["tariq", "abu", "zubran"])), None);
}

/// An invented nasab chain that the query carries one generation
/// further (`ben al-X`, the grandfather's name): the link words cost
/// nothing of their own, the name what a left-out middle name costs.
#[test]
fn a_grandfathers_name_the_alias_leaves_out() {
    let alias = ["tarek", "ben", "salim", "ouardani"];
    let longer = score_of(
        &["tarek", "ben", "salim", "ben", "al", "mabrouk", "ouardani"],
        &alias,
        AliasShape::default(),
    );
    assert!(longer > 0.8, "{longer}");
    // The father's own father named after his name (`X ould Y`).
    let alias = ["sidi", "ould", "baba", "el", "mokhtar"];
    let chain = score_of(
        &[
            "sidi", "ould", "baba", "salek", "ould", "baba", "el", "mokhtar",
        ],
        &alias,
        AliasShape::default(),
    );
    assert!(chain > 0.67, "{chain}");
}

/// An invented Tunisian civil form `X ben Y ben Z FAMILY` against a list
/// entry that gives the name and family name only, with the article: the
/// father's and grandfather's names the entry leaves out are no evidence
/// against (its article is no name of a father of its own); a father's
/// name of the entry's own that differs is.
#[test]
fn a_nasab_chain_the_alias_does_not_list() {
    let d = AliasShape::default();
    let alias = ["nadir", "al", "qarmadi"];
    let chain = score_of(
        &["nadir", "ben", "salim", "ben", "mabrouk", "qarmadi"],
        &alias,
        d,
    );
    let short = score_of(&["nadir", "qarmadi"], &alias, d);
    assert!(chain > 0.75 && chain < short, "{chain} {short}");
    // Without the filiation word, two names of the query's own.
    let bare = score_of(&["nadir", "salim", "mabrouk", "qarmadi"], &alias, d);
    assert!(bare < chain, "{bare} {chain}");
    // The entry's own father, another one.
    let alias = ["nadir", "ben", "yusri", "qarmadi"];
    let other = score_of(&["nadir", "ben", "salim", "qarmadi"], &alias, d);
    assert!(other < 0.75, "{other}");
}

/// Invented Pashtun-style entries (`Given Given Tribe`): a query that
/// is the whole name before the tribal name, in order, finds the entry
/// when one of its words is borne by few; not reordered, not with a
/// word of its own, not of common words only.
#[test]
fn a_full_prefix_may_leave_out_the_last_words() {
    let alias = ["gul", "wazir", "tokhi"];
    let prefix = AliasShape {
        prefix_family: 1 << 1,
        distinct: 1 << 1,
        ..AliasShape::default()
    };
    let kept = score_of(&["gul", "wazir"], &alias, prefix);
    assert!(kept > 0.67, "{kept}");
    let titled = score_of(&["mullah", "gul", "wazir"], &alias, prefix);
    assert!(titled > 0.67, "{titled}");
    let common = AliasShape {
        distinct: 0,
        ..prefix
    };
    assert_eq!(score_of(&["gul", "wazir"], &alias, common), 0.0);
    assert_eq!(score_of(&["wazir", "gul"], &alias, prefix), 0.0);
    assert_eq!(score_of(&["gul", "wazir", "zadran"], &alias, prefix), 0.0);
}

/// An invented nasab chain whose query ends in another nisba than the
/// alias's: with the chain's first words shared, the query's own nisba
/// weighs as a second surname, not as an unknown word; with too little
/// of the chain shared it stays an unknown word.
#[test]
fn another_nisba_after_a_shared_chain() {
    let alias = [
        "karim", "zubaydi", "abdul", "wahab", "salman", "al", "tikrani",
    ];
    let inner = AliasShape {
        inner_family: 1 << 4,
        ..AliasShape::default()
    };
    let q = ["karim", "abdul", "wahab", "salman", "al", "majdi"];
    let other = score_of(&q, &alias, inner);
    assert!(other > 0.67, "{other}");
    let short = score_of(&["karim", "salman", "majdi"], &alias, inner);
    assert!(short < 0.6, "{short}");
}

/// An invented nasab chain whose query ends in a bare nisba where the
/// alias ends in another written with the article (`... QUDRANI al-Zubaydi`
/// / `... QUDRANI Tarmini`): two nisbas of one person, no conflict; where
/// the alias's trailing names are bare (a father's and grandfather's), the
/// query's own last name still conflicts with them.
#[test]
fn two_nisbas_after_a_shared_chain_are_no_conflict() {
    let inner = AliasShape {
        inner_family: 1 << 3,
        ..AliasShape::default()
    };
    let q = ["hamid", "faruq", "yasin", "qudrani", "tarmini"];
    let nisba = ["hamid", "faruq", "yasin", "qudrani", "al", "zubaydi"];
    let two = score_of(&q, &nisba, inner);
    assert!(two > 0.67, "{two}");
    let fathers = ["hamid", "faruq", "yasin", "qudrani", "zubaydi", "rashid"];
    let other = score_of(&q, &fathers, inner);
    assert!(other < 0.67, "{other}");
}

/// The Arabic article of an invented laqab the alias writes bare
/// (`al-Zuhaili BASRAWI` / `Zuhaili BASRAWI`) costs what a missing
/// particle costs; another word before it stays a name of its own.
#[test]
fn the_article_of_a_given_name_is_optional() {
    let alias = ["zuhaili", "basrawi"];
    let with = score_of(&["al", "zuhaili", "basrawi"], &alias, AliasShape::default());
    assert!(with > 0.9, "{with}");
    let other = score_of(
        &["amru", "zuhaili", "basrawi"],
        &alias,
        AliasShape::default(),
    );
    assert!(other < with - 0.1, "{other} {with}");
    // Before a word the alias lacks, it is no article of the alias's name.
    let unpaired = score_of(&["al", "qadri", "basrawi"], &alias, AliasShape::default());
    assert!(unpaired < 0.67, "{unpaired}");
}

/// An invented nasab written with and without `bin` between the names
/// (`Samir bin Ghalib bin Rafiq NADRI` / `Samir Ghalib Rafiq NADRI`);
/// a `bin` before the query's own family name is no such link.
#[test]
fn a_nasab_meets_itself_without_its_filiation_words() {
    assert_eq!(SON_OF, ["bin", "ibn", "ben", "bint", "ould"]);
    let alias = ["samir", "ghalib", "rafiq", "nadri"];
    let q = ["samir", "bin", "ghalib", "bin", "rafiq", "nadri"];
    let with = score_of(&q, &alias, AliasShape::default());
    assert!(with > 0.9, "{with}");
    // Two unknown words in their place weigh as the query's own
    // middle names.
    let q = ["samir", "tawil", "ghalib", "amer", "rafiq", "nadri"];
    let other = score_of(&q, &alias, AliasShape::default());
    assert!(other < with - 0.1, "{other} {with}");
    // `X bin Y FAMILY` against the alias `X Y`: Y is the alias's
    // family name, the query's own family name stands unpaired.
    let alias = ["samir", "ghalib"];
    let q = ["samir", "bin", "ghalib", "nadri"];
    let own = score_of(&q, &alias, AliasShape::default());
    assert!(own < 0.67, "{own}");
}

/// Invented names: a common Arabic given name other than `Muhammad` is
/// the name its bearer goes by, so the query's father's name after it
/// is a middle name the alias leaves out; after `Muhammad`, before a
/// family name that is a given name too, or for a word that is no
/// given name, the query's word stays a name of its own.
#[test]
fn the_fathers_name_after_a_common_given_name_is_a_middle_name() {
    let common = AliasShape {
        common_given: true,
        ..AliasShape::default()
    };
    let s = |q: &[&str], a: &[&str]| score_of(q, a, common);
    let nasab = s(&["khalid", "hasan", "nadrawi"], &["khalid", "nadrawi"]);
    let abd = s(&["khalid", "abdulhadi", "nadrawi"], &["khalid", "nadrawi"]);
    let prefix = s(&["muhammad", "karim", "nadrawi"], &["muhammad", "nadrawi"]);
    let son = s(&["khalid", "amir", "hasan"], &["khalid", "hasan"]);
    let nisba = s(&["khalid", "dastbari", "nadrawi"], &["khalid", "nadrawi"]);
    for other in [prefix, son, nisba] {
        assert!(nasab > other + 0.05, "{nasab} {other}");
        assert!(abd > other + 0.05, "{abd} {other}");
    }
}

/// Invented names: the first part of a Persian compound given name
/// (`Gholam`, `Ali`, `Mohammad`) the query opens with, whose second part
/// is the alias's given name, weighs as the `Abdul` of a short form; any
/// other name there is a name of its own.
#[test]
fn first_part_of_a_compound_given_name() {
    let alias = ["kazem", "tavangar"];
    let score = |q: &[&str]| score_of(q, &alias, AliasShape::default());
    for first in ["gholam", "ali", "mohammad"] {
        let with = score(&[first, "kazem", "tavangar"]);
        assert!(with > 0.85, "{first} {with}");
        // After an honorific too.
        let sayyed = score(&["sayyid", first, "kazem", "tavangar"]);
        assert!(sayyed > 0.85, "{first} {sayyed}");
    }
    let other = score(&["farhad", "kazem", "tavangar"]);
    assert!(other < 0.75, "{other}");
    // The Persian title `Mir` before the family name, hyphened to it
    // (`MIR-TAVANGAR`): as a leading honorific, not a second surname.
    let mut q: Vec<QTok> = ["ali", "kazem", "mir", "tavangar"]
        .into_iter()
        .map(QTok::new)
        .collect();
    q[2].compound_family = true;
    q[3].compound_family = true;
    let mir = align(
        &q,
        &alias,
        &roles(&alias, true),
        AliasShape::default(),
        exact(&["ali", "kazem", "mir", "tavangar"], &alias),
    )
    .score;
    assert!(mir > 0.85, "{mir}");
}

/// Invented names: the second part of the query's theophoric given name
/// (`Hamidullah`, `Nasiruddin`, written `hamid ullah` once normalized)
/// whose first part is the alias's given name weighs as the `Abdul` of a
/// short form, where the alias has a middle name of its own; another word
/// there is another name.
#[test]
fn second_part_of_a_theophoric_given_name() {
    let alias = ["hamid", "jan", "karimzai"];
    let score = |q: &[&str]| score_of(q, &alias, AliasShape::default());
    for second in ["ullah", "uddin"] {
        let with = score(&["hamid", second, "karimzai"]);
        assert!(with > 0.7, "{second} {with}");
    }
    let other = score(&["hamid", "nadir", "karimzai"]);
    assert!(other < 0.65, "{other}");
    // Not the second part of a name the alias does not have.
    let alone = score(&["ullah", "karimzai"]);
    assert!(alone < 0.8, "{alone}");
    // Nor of a family name: `Karimzaiullah` is not Karimzai.
    let family = score(&["hamid", "jan", "karimzai", "ullah"]);
    assert!(family < 0.8, "{family}");
}

/// Invented names: one part of the query's double-barrelled family name
/// (`SHIRVANI-NEMATABADI`) that the alias leaves out weighs as a second
/// surname, not as a name of its own, after a common given name too.
#[test]
fn one_part_of_a_double_barrelled_family_name() {
    let common = AliasShape {
        common_given: true,
        ..AliasShape::default()
    };
    let alias = ["mohammad", "ali", "nematabadi"];
    let q = ["mohammad", "ali", "shirvani", "nematabadi"];
    let score = |compound: bool| {
        let qt: Vec<QTok> = q
            .iter()
            .enumerate()
            .map(|(i, t)| QTok {
                compound_family: compound && i >= 2,
                ..QTok::new(t)
            })
            .collect();
        align(&qt, &alias, &roles(&alias, true), common, exact(&q, &alias)).score
    };
    let (with, without) = (score(true), score(false));
    assert!(with > 0.8, "{with}");
    assert!(with > without + 0.05, "{with} {without}");
}

/// A word the query adds to its family-name block in capitals, after
/// the word that pairs with the alias's family name, is a second
/// surname or nisba, not a middle name conflicting with the alias's
/// own middle name; written before the family name it still is one
/// (invented names).
#[test]
fn a_name_added_after_the_family_name_is_no_middle_name() {
    use crate::{Catalog, Entity, Query, Resolver};
    let cat = Catalog::from_entities(vec![
        Entity::new("h", "Karim Yusuf HADDAWI").with_kind("person"),
        Entity::new("o", "Samir Tallubi OSMANLI").with_kind("person"),
    ])
    .unwrap();
    let r = Resolver::build(&cat).unwrap();
    let id = |q: &str| r.resolve(&Query::new(q)).id().map(str::to_string);
    assert_eq!(id("Karim HADDAWI TALLUBI").as_deref(), Some("h"));
    assert_eq!(id("Karim HADDAWI-TALLUBI").as_deref(), Some("h"));
    // In the middle, or with no family name in capitals: a middle name
    // other than the alias's.
    assert_eq!(id("Karim Tallubi HADDAWI"), None);
    assert_eq!(id("Karim Haddawi Tallubi"), None);
}

/// A surname the query adds to its family-name block in capitals,
/// after the one that pairs with the alias's family name, weighs as a
/// second surname left out when the names both give agree; not when
/// the given names differ (invented names).
#[test]
fn a_surname_the_query_adds_weighs_as_a_second_surname() {
    use crate::{Catalog, Entity, Query, Resolver};
    let cat =
        Catalog::from_entities(vec![Entity::new("t", "Davud TARANI").with_kind("person")]).unwrap();
    let r = Resolver::build(&cat).unwrap();
    let id = |q: &str| r.resolve(&Query::new(q)).id().map(str::to_string);
    assert_eq!(id("Dawud TARANI GHOLESTANI").as_deref(), Some("t"));
    assert_eq!(id("Darab TARANI GHOLESTANI"), None);
    // Not in the capitals block: an unknown word.
    assert_eq!(id("Dawud Tarani Gholestani"), None);
}

/// Invented names: `Sayed Zarif` is the clipped form of `Sayed Zarif
/// ud-Din`, the compound's first part taking the family name's place in
/// the long entry `SAYYED ZARIF UDDIN KOHNI`: its second part left out
/// costs as a middle name, not as a word after the name (the trailing
/// `Kohni` still does).
#[test]
fn a_clipped_theophoric_compound_is_the_name() {
    let alias = ["sayed", "zarif", "uddin", "kohni"];
    let inner = AliasShape {
        inner_family: 1 << 1,
        ..AliasShape::default()
    };
    let clipped = score_of(&["sayed", "zarif"], &alias, inner);
    assert!(clipped > 0.75, "{clipped}");
    let other = ["sayed", "zarif", "mahdi", "kohni"];
    let not_compound = score_of(&["sayed", "zarif"], &other, inner);
    assert!(clipped > not_compound + 0.05, "{clipped} {not_compound}");
    let full = score_of(&["sayed", "zarif", "uddin"], &alias, inner);
    assert!(full >= clipped, "{full} {clipped}");
}

#[test]
fn a_given_name_loosely_like_a_middle_name_is_no_support() {
    use crate::Query;
    // Invented person: the query's given name only resembles his father's.
    let r = crate::resolve::test_people(&[("t", "Rasul Kamed Hassan TAVARI")]);
    assert_eq!(r.resolve(&Query::new("Kamoud TAVARI")).id(), None);
    // A close spelling of the middle name, or his own given name, is him.
    assert_eq!(r.resolve(&Query::new("Kamed TAVARI")).id(), Some("t"));
    assert_eq!(r.resolve(&Query::new("Kamid TAVARI")).id(), Some("t"));
    assert_eq!(r.resolve(&Query::new("Rasul TAVARI")).id(), Some("t"));
    // With his given name too the query is no longer `Given FAMILY`.
    assert_eq!(
        r.resolve(&Query::new("Rasul Kamoud TAVARI")).id(),
        Some("t")
    );
}

#[test]
fn the_arabic_article_pairs_no_name() {
    use crate::Query;
    // Invented person: `Ali` is a letter from the article of his chain.
    let r = crate::resolve::test_people(&[("b", "Abd al-Nasir Ould Jamil al-Hadi BOUKARI")]);
    assert_eq!(r.resolve(&Query::new("Ali BOUKARI")).id(), None);
    // His own names, with their articles, still pair.
    assert_eq!(
        r.resolve(&Query::new("Abd al-Nasir BOUKARI")).id(),
        Some("b")
    );
    assert_eq!(r.resolve(&Query::new("Nasir BOUKARI")).id(), Some("b"));
}
