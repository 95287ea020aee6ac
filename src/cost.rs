//! Class-based weighted edit costs and the plain dynamic-programming
//! distance that serves as the test oracle for the fst automaton.
//!
//! Costs are integers ([`Cost`]); one ordinary edit (an unrelated
//! substitution, an insertion or a deletion) costs [`UNIT`] = 100. Edits
//! that transliteration and sound-alike spelling produce all the time cost
//! less: `w`↔`v`, `y`↔`i`↔`j`, `c`↔`k`, a doubled letter, a dropped `h`
//! (`kh`↔`k`, `sh`↔`s`), `ff`↔`v`, `ts`↔`tz`↔`z`, …
//!
//! A *character* is a Unicode scalar value. Multi-character rules
//! ([`CostModel::rule`]) have at most two characters on each side.

use crate::fxhash::FxHashMap;

/// An edit cost. [`UNIT`] is the cost of one ordinary edit.
pub type Cost = u32;

/// The cost of one ordinary edit (substitution, insertion or deletion).
pub const UNIT: Cost = 100;

/// Why an edit costs what it costs; reported in edit scripts.
///
/// # Example
/// ```
/// use namefold::{CostModel, EditClass};
/// let m = CostModel::default();
/// let script = m.edit_script("witkoff", "vitkov");
/// assert!(script.iter().any(|e| e.class == EditClass::Phonetic));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "lowercase"))]
#[non_exhaustive]
pub enum EditClass {
    /// The characters are equal.
    Match,
    /// A vowel or semivowel exchanged for another (`y`↔`i`, `e`↔`i`, `o`↔`u`).
    Vowel,
    /// A sound-alike or transliteration variant (`w`↔`v`, `c`↔`k`,
    /// `ff`↔`v`, `kh`↔`h`, `ts`↔`z`, …).
    Phonetic,
    /// A doubled letter written single, or a single one doubled.
    Doubled,
    /// A letter that is often silent or dropped (`h`, `y`, `j`).
    Silent,
    /// Neighbouring keys on a QWERTY keyboard, or OCR look-alikes.
    Keyboard,
    /// Two adjacent characters swapped.
    Transposition,
    /// Any other edit, at full cost.
    Other,
}

/// The kind of one edit operation (serialized in lowercase: `keep`,
/// `substitute`, …).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "lowercase"))]
pub enum EditKind {
    /// The characters are kept unchanged (a run of them: two `Keep`
    /// steps never follow each other).
    Keep,
    /// One span is replaced by another.
    Substitute,
    /// Characters present only in the second string.
    Insert,
    /// Characters present only in the first string.
    Delete,
    /// Two adjacent characters swapped.
    Transpose,
}

/// One step of an edit script: `from` (in the first string) became `to`
/// (in the second) at `cost`, for the reason `class`.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct EditOp {
    /// What kind of edit this is.
    pub kind: EditKind,
    /// The span of the first string.
    pub from: String,
    /// The span of the second string.
    pub to: String,
    /// Why it costs what it costs.
    pub class: EditClass,
    /// Its cost.
    pub cost: Cost,
}

/// A multi-character rewrite: `a` in one string may stand for `b` in the
/// other (both directions), or, for a rule with a [`Context`], `a` in the
/// first string (the query) for `b` in the second.
#[derive(Clone, Debug)]
pub(crate) struct Rule {
    pub(crate) a: Vec<char>,
    pub(crate) b: Vec<char>,
    pub(crate) cost: Cost,
    pub(crate) class: EditClass,
    /// Where in the first string `a` may stand (any place when `None`).
    pub(crate) ctx: Option<Context>,
}

/// Where a one-way rule's first side may stand in the first string: the
/// characters allowed just before and just after it (`^` for the start
/// and `$` for the end of the string; an empty set allows any).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Context {
    pub(crate) before: &'static str,
    pub(crate) after: &'static str,
}

impl Context {
    /// The characters allowed just `before` and just `after` the rule's
    /// first side (`""`: any).
    pub(crate) const fn new(before: &'static str, after: &'static str) -> Context {
        Context { before, after }
    }
}

impl Rule {
    /// Whether this rule, whose first side `a` ends `s[..i]`, fits there.
    #[inline]
    pub(crate) fn fits(&self, s: &[char], i: usize) -> bool {
        let Some(ctx) = self.ctx else {
            return true;
        };
        let start = i - self.a.len();
        let before = if start == 0 { '^' } else { s[start - 1] };
        let after = s.get(i).copied().unwrap_or('$');
        // (An ASCII char is in a string exactly when its byte is: a byte
        // test, not a search for the char's encoding.)
        let allows = |set: &str, c: char| {
            set.is_empty()
                || if c.is_ascii() {
                    set.as_bytes().contains(&(c as u8))
                } else {
                    set.contains(c)
                }
        };
        allows(ctx.before, before) && allows(ctx.after, after)
    }
}

/// Class-based edit costs.
///
/// Build one with [`CostModel::default`] (tuned for names romanised from
/// Cyrillic, Greek, Armenian and Georgian, and for typing noise) or start
/// from [`CostModel::uniform`] and add your own classes.
///
/// # Example
/// ```
/// use namefold::{cost, CostModel};
/// let m = CostModel::default();
/// // w↔v and ff↔v are cheap; an unrelated letter is not.
/// assert!(cost::distance(&m, "witkoff", "vitkov") < cost::UNIT);
/// assert_eq!(cost::distance(&m, "merz", "merk"), cost::UNIT);
/// ```
#[derive(Clone, Debug)]
pub struct CostModel {
    indel: Cost,
    sub: Cost,
    transpose: Cost,
    doubled: Cost,
    /// Substitution costs for pairs of ASCII characters (symmetric).
    ascii_sub: Vec<(Cost, EditClass)>,
    /// `ascii_sub`'s costs alone, for the automaton's inner loop.
    ascii_sub_cost: Vec<Cost>,
    /// Insertion/deletion costs of single ASCII characters.
    ascii_indel: Vec<(Cost, EditClass)>,
    /// Substitutions involving non-ASCII characters.
    other_sub: FxHashMap<(char, char), (Cost, EditClass)>,
    pub(crate) rules: Vec<Rule>,
    /// Rules by the last characters of their two sides, for the DP.
    rules_by_end: FxHashMap<(char, char), Vec<usize>>,
    /// Rules by the last character of their first side, for the automaton.
    rules_by_a_end: FxHashMap<char, Vec<usize>>,
    /// [`CostModel::cost_bits`], once computed.
    cost_bits: Derived<Cost>,
    /// [`CostModel::ascii_sub_buckets`], once computed.
    sub_buckets: Derived<Box<[[u128; SUB_BUCKETS]]>>,
}

/// Width (a shift) and number of the cost buckets of
/// [`CostModel::ascii_sub_buckets`].
pub(crate) const SUB_BUCKET_SHIFT: u32 = 3;
pub(crate) const SUB_BUCKETS: usize = 33;

/// The bucket of `cost` (the last one for every higher cost).
pub(crate) fn sub_bucket(cost: Cost) -> usize {
    ((cost >> SUB_BUCKET_SHIFT) as usize).min(SUB_BUCKETS - 1)
}

/// A value derived from a model on first use. A clone starts empty (a
/// clone is made to be changed), and every method that changes a model in
/// place empties it.
#[derive(Debug)]
struct Derived<T>(std::sync::OnceLock<T>);

impl<T> Default for Derived<T> {
    fn default() -> Self {
        Derived(std::sync::OnceLock::new())
    }
}

impl<T> Clone for Derived<T> {
    fn clone(&self) -> Self {
        Derived::default()
    }
}

const VOWELS: &str = "aeiouy";
/// A vowel for another outside the transliteration pairs.
const OTHER_VOWEL_COST: Cost = 70;

impl CostModel {
    /// A model where every edit costs [`UNIT`] and transpositions are
    /// not special (plain Levenshtein distance × 100).
    ///
    /// # Example
    /// ```
    /// use namefold::{cost, CostModel};
    /// let m = CostModel::uniform();
    /// assert_eq!(cost::distance(&m, "kitten", "sitting"), 3 * cost::UNIT);
    /// ```
    pub fn uniform() -> CostModel {
        let mut ascii_sub = vec![(UNIT, EditClass::Other); 128 * 128];
        for c in 0..128 {
            ascii_sub[c * 128 + c] = (0, EditClass::Match);
        }
        CostModel {
            indel: UNIT,
            sub: UNIT,
            transpose: 2 * UNIT,
            doubled: UNIT,
            ascii_sub_cost: ascii_sub.iter().map(|&(c, _)| c).collect(),
            ascii_sub,
            ascii_indel: vec![(UNIT, EditClass::Other); 128],
            other_sub: FxHashMap::default(),
            rules: Vec::new(),
            rules_by_end: FxHashMap::default(),
            rules_by_a_end: FxHashMap::default(),
            cost_bits: Derived::default(),
            sub_buckets: Derived::default(),
        }
    }

    /// Sets the cost of substituting `a` for `b` (and `b` for `a`).
    ///
    /// # Example
    /// ```
    /// use namefold::{cost, CostModel, EditClass};
    /// let mut m = CostModel::uniform();
    /// m.substitution('q', 'k', 20, EditClass::Phonetic);
    /// assert_eq!(cost::distance(&m, "qat", "kat"), 20);
    /// ```
    pub fn substitution(
        &mut self,
        a: char,
        b: char,
        cost: Cost,
        class: EditClass,
    ) -> &mut CostModel {
        if a == b {
            return self;
        }
        self.changed();
        if a.is_ascii() && b.is_ascii() {
            self.ascii_sub[a as usize * 128 + b as usize] = (cost, class);
            self.ascii_sub[b as usize * 128 + a as usize] = (cost, class);
            self.ascii_sub_cost[a as usize * 128 + b as usize] = cost;
            self.ascii_sub_cost[b as usize * 128 + a as usize] = cost;
        } else {
            self.other_sub.insert((a, b), (cost, class));
            self.other_sub.insert((b, a), (cost, class));
        }
        self
    }

    /// Sets the cost of inserting or deleting the ASCII character `c`.
    /// Non-ASCII characters always cost the default insertion cost.
    ///
    /// # Example
    /// ```
    /// use namefold::{cost, CostModel, EditClass};
    /// let mut m = CostModel::uniform();
    /// m.insertion('h', 30, EditClass::Silent);
    /// assert_eq!(cost::distance(&m, "kharkiv", "karkiv"), 30);
    /// ```
    pub fn insertion(&mut self, c: char, cost: Cost, class: EditClass) -> &mut CostModel {
        if c.is_ascii() {
            self.ascii_indel[c as usize] = (cost, class);
            self.changed();
        }
        self
    }

    /// Adds a rewrite of up to two characters on each side: `a` in one
    /// string may stand for `b` in the other, at `cost`.
    ///
    /// # Panics
    /// If either side is empty or longer than two characters.
    ///
    /// # Example
    /// ```
    /// use namefold::{cost, CostModel, EditClass};
    /// let mut m = CostModel::uniform();
    /// m.rule("ph", "f", 20, EditClass::Phonetic);
    /// assert_eq!(cost::distance(&m, "philip", "filip"), 20);
    /// ```
    pub fn rule(&mut self, a: &str, b: &str, cost: Cost, class: EditClass) -> &mut CostModel {
        let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
        assert!((1..=2).contains(&a.len()) && (1..=2).contains(&b.len()));
        self.push_rule(Rule {
            a: a.clone(),
            b: b.clone(),
            cost,
            class,
            ctx: None,
        });
        if a != b {
            self.push_rule(Rule {
                a: b,
                b: a,
                cost,
                class,
                ctx: None,
            });
        }
        self
    }

    /// A one-way rule: `a` (up to four characters) in the first string,
    /// standing where `ctx` allows, for `b` (one or two) in the second.
    /// The first string is the query (the automaton's side): a reading of
    /// a script uses these for its conventions ([`CostModel::for_cyrillic`]).
    ///
    /// # Panics
    /// If `a` is empty or longer than four characters, or `b` is empty or
    /// longer than two.
    pub(crate) fn query_rule(
        &mut self,
        a: &str,
        b: &str,
        ctx: Context,
        cost: Cost,
        class: EditClass,
    ) -> &mut CostModel {
        let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
        assert!((1..=4).contains(&a.len()) && (1..=2).contains(&b.len()));
        self.push_rule(Rule {
            a,
            b,
            cost,
            class,
            ctx: Some(ctx),
        });
        self
    }

    /// This model without the edits of typing and OCR
    /// ([`EditClass::Keyboard`]: neighbouring keys, `rn`/`m`, `i`/`l`), which
    /// cost a full edit again: for a name transliterated from another
    /// script, whose Latin letters were never typed or scanned as such.
    ///
    /// # Example
    /// ```
    /// use namefold::{cost, CostModel};
    /// let typed = CostModel::default();
    /// let read = typed.without_typos();
    /// assert!(cost::distance(&read, "olano", "plano") > cost::distance(&typed, "olano", "plano"));
    /// assert_eq!(cost::distance(&read, "witkoff", "vitkov"), cost::distance(&typed, "witkoff", "vitkov"));
    /// ```
    pub fn without_typos(&self) -> CostModel {
        let mut m = self.clone();
        let sub = m.sub;
        for (i, e) in m.ascii_sub.iter_mut().enumerate() {
            if e.1 == EditClass::Keyboard {
                *e = (sub, EditClass::Other);
                m.ascii_sub_cost[i] = sub;
            }
        }
        for e in m.other_sub.values_mut() {
            if e.1 == EditClass::Keyboard {
                *e = (sub, EditClass::Other);
            }
        }
        let indel = m.indel;
        for e in m.ascii_indel.iter_mut() {
            if e.1 == EditClass::Keyboard {
                *e = (indel, EditClass::Other);
            }
        }
        let rules = std::mem::take(&mut m.rules);
        m.rules_by_end.clear();
        m.rules_by_a_end.clear();
        for r in rules.into_iter().filter(|r| r.class != EditClass::Keyboard) {
            m.push_rule(r);
        }
        m
    }

    /// This model with two adjacent letters swapped costing two
    /// substitutions, as in [`CostModel::uniform`]: a swap is a typing
    /// slip ([`EditClass::Transposition`]), and for a name that was not
    /// typed it is another name (`Naro`/`Naor`).
    ///
    /// # Example
    /// ```
    /// use namefold::{cost, CostModel};
    /// let typed = CostModel::default();
    /// let read = typed.without_transpositions();
    /// assert!(cost::distance(&read, "sarmo", "samro") > cost::distance(&typed, "sarmo", "samro"));
    /// assert_eq!(cost::distance(&read, "witkoff", "vitkov"), cost::distance(&typed, "witkoff", "vitkov"));
    /// ```
    pub fn without_transpositions(&self) -> CostModel {
        let mut m = self.clone();
        m.transpose = 2 * m.sub;
        m
    }

    /// This model with every unrelated edit (class [`EditClass::Other`]
    /// at a full edit: a substitution, insertion or deletion no class makes
    /// cheaper) costing `cost` instead: for a reading whose conventions
    /// explain its variants, so that an edit none explains is stronger
    /// evidence of another name.
    pub(crate) fn with_unrelated_cost(&self, cost: Cost) -> CostModel {
        let mut m = self.clone();
        let (sub, indel) = (m.sub, m.indel);
        for (i, e) in m.ascii_sub.iter_mut().enumerate() {
            if e.1 == EditClass::Other && e.0 == sub {
                e.0 = cost;
                m.ascii_sub_cost[i] = cost;
            }
        }
        for e in m.other_sub.values_mut() {
            if e.1 == EditClass::Other && e.0 == sub {
                e.0 = cost;
            }
        }
        for e in m.ascii_indel.iter_mut() {
            if e.1 == EditClass::Other && e.0 == indel {
                e.0 = cost;
            }
        }
        m.sub = cost;
        m.indel = cost;
        m
    }

    /// This model without its one-way rules (those read from the query
    /// side only, such as German `tsch` for English `ch`): every edit left
    /// costs the same both ways, so its distance is symmetric.
    ///
    /// # Example
    /// ```
    /// use namefold::{cost, CostModel};
    /// let m = CostModel::default();
    /// // `tsch` in a query meets `ch` cheaply, not the other way round.
    /// assert!(cost::distance(&m, "tschenko", "chenko") < cost::distance(&m, "chenko", "tschenko"));
    /// let two_way = m.two_way();
    /// assert_eq!(
    ///     cost::distance(&two_way, "tschenko", "chenko"),
    ///     cost::distance(&two_way, "chenko", "tschenko")
    /// );
    /// ```
    pub fn two_way(&self) -> CostModel {
        let mut m = self.clone();
        let rules = std::mem::take(&mut m.rules);
        m.rules_by_end.clear();
        m.rules_by_a_end.clear();
        for r in rules.into_iter().filter(|r| r.ctx.is_none()) {
            m.push_rule(r);
        }
        m
    }

    /// This model without the rules between `a` and `b` (both ways, with
    /// or without a context): for a reading of a script that never writes
    /// them (Greek digraphs for a name written in Cyrillic).
    pub(crate) fn without_rules(&self, pairs: &[(&str, &str)]) -> CostModel {
        let mut m = self.clone();
        let chars = |s: &str| s.chars().collect::<Vec<char>>();
        let pairs: Vec<(Vec<char>, Vec<char>)> =
            pairs.iter().map(|(a, b)| (chars(a), chars(b))).collect();
        let rules = std::mem::take(&mut m.rules);
        m.rules_by_end.clear();
        m.rules_by_a_end.clear();
        for r in rules.into_iter().filter(|r| {
            !pairs
                .iter()
                .any(|(a, b)| (&r.a, &r.b) == (a, b) || (&r.a, &r.b) == (b, a))
        }) {
            m.push_rule(r);
        }
        m
    }

    /// This model with every cost multiplied by `num / den` (rounded):
    /// the same edits, each weighing more (or less) against a word's
    /// length.
    pub(crate) fn scaled(&self, num: Cost, den: Cost) -> CostModel {
        let f = |c: Cost| (c * num + den / 2) / den;
        let mut m = self.clone();
        m.indel = f(m.indel);
        m.sub = f(m.sub);
        m.transpose = f(m.transpose);
        m.doubled = f(m.doubled);
        for e in m.ascii_sub.iter_mut() {
            e.0 = f(e.0);
        }
        for c in m.ascii_sub_cost.iter_mut() {
            *c = f(*c);
        }
        for e in m.ascii_indel.iter_mut() {
            e.0 = f(e.0);
        }
        for e in m.other_sub.values_mut() {
            e.0 = f(e.0);
        }
        for r in m.rules.iter_mut() {
            r.cost = f(r.cost);
        }
        m
    }

    fn push_rule(&mut self, r: Rule) {
        self.changed();
        let end = (r.a[r.a.len() - 1], r.b[r.b.len() - 1]);
        self.rules_by_end
            .entry(end)
            .or_default()
            .push(self.rules.len());
        self.rules_by_a_end
            .entry(end.0)
            .or_default()
            .push(self.rules.len());
        self.rules.push(r);
    }

    /// Sets the cost of writing a doubled letter single (or a single one
    /// doubled), and of swapping two adjacent characters.
    ///
    /// # Example
    /// ```
    /// use namefold::{cost, CostModel};
    /// let mut m = CostModel::uniform();
    /// m.doubled_and_transpose(25, 70);
    /// assert_eq!(cost::distance(&m, "zellinski", "zelinski"), 25);
    /// assert_eq!(cost::distance(&m, "ab", "ba"), 70);
    /// ```
    pub fn doubled_and_transpose(&mut self, doubled: Cost, transpose: Cost) -> &mut CostModel {
        self.doubled = doubled;
        self.transpose = transpose;
        self.changed();
        self
    }

    /// This model with every vowel-for-vowel substitution costing at most
    /// `cost`: for names heard rather than read (transcripts, a mention
    /// matched against the people a document already named), where the
    /// vowels are the least reliable letters.
    ///
    /// # Example
    /// ```
    /// use namefold::{cost, CostModel};
    /// let read = CostModel::default();
    /// let heard = CostModel::default().with_loose_vowels(35);
    /// assert!(cost::distance(&heard, "roti", "rutte") < cost::distance(&read, "roti", "rutte"));
    /// ```
    pub fn with_loose_vowels(mut self, cost: Cost) -> CostModel {
        for a in VOWELS.chars() {
            for b in VOWELS.chars() {
                if a != b && self.sub_cost(a, b).0 > cost {
                    self.substitution(a, b, cost, EditClass::Vowel);
                }
            }
            // A vowel heard or not (a final `e`, a reduced syllable).
            if self.indel_cost(a, None).0 > cost {
                self.insertion(a, cost, EditClass::Vowel);
            }
        }
        self
    }

    /// This model for names written in an abjad (Arabic, Persian, Urdu,
    /// Hebrew script), which leaves short vowels out: the vowel spellings
    /// of Arabic names (`a`/`e`, `u`/`o`, `ay`/`ei`) cost little, `w`/`y`
    /// read as the vowels they write, and the letters the script lacks
    /// (`p`, `v`, `g`) meet the ones that write them. See
    /// [`crate::is_abjad`].
    ///
    /// # Example
    /// ```
    /// use namefold::{cost, CostModel};
    /// let latin = CostModel::default();
    /// let abjad = latin.for_abjad();
    /// // An invented foreign name in Arabic script: b writes p.
    /// let d = |m: &CostModel| cost::distance(m, "byl'r", "pilar");
    /// assert!(d(&abjad) < d(&latin));
    /// ```
    pub fn for_abjad(&self) -> CostModel {
        crate::abjad::abjad_model(self)
    }

    /// This model for names written in Hebrew script, without typing
    /// edits: the abjad reading ([`CostModel::for_abjad`]) made precise
    /// (an edit Hebrew spelling does not explain costs more; see the
    /// `abjad` module).
    ///
    /// # Example
    /// ```
    /// use namefold::{cost, CostModel, Normalizer};
    /// let m = CostModel::default().for_hebrew();
    /// // Invented names: ב is b or v; a written ו is o or u, not a.
    /// let q = Normalizer::new().normalize("בורן");
    /// assert!(cost::distance(&m, &q, "voren") < cost::distance(&m, &q, "varen"));
    /// ```
    pub fn for_hebrew(&self) -> CostModel {
        crate::abjad::hebrew_model(&self.without_typos())
    }

    /// This model for names written in Arabic script, without typing
    /// edits: the abjad reading ([`CostModel::for_abjad`]) made precise
    /// (see the `abjad` module).
    ///
    /// # Example
    /// ```
    /// use namefold::{cost, CostModel, Normalizer};
    /// let m = CostModel::default().for_arabic();
    /// // An invented name: a written ي is i or e, not u.
    /// let q = Normalizer::new().normalize("كريمل");
    /// assert!(cost::distance(&m, &q, "karimel") < cost::distance(&m, &q, "karumel"));
    /// ```
    pub fn for_arabic(&self) -> CostModel {
        crate::abjad::arabic_model(&self.without_typos())
    }

    /// This model for names written in Japanese kana, which fits foreign
    /// names to its syllables (`r` for `l`, added vowels, `ー` for a long
    /// vowel or a non-rhotic `r`): see the `syllabic` module and
    /// [`crate::is_syllabic`].
    ///
    /// # Example
    /// ```
    /// use namefold::{cost, CostModel, Normalizer};
    /// let latin = CostModel::default();
    /// // An invented name as katakana writes it: r for l, an added vowel.
    /// let q = Normalizer::new().normalize("イルゼ");
    /// let d = |m: &CostModel| cost::distance(m, &q, "ilse");
    /// assert!(d(&latin.for_kana()) < d(&latin));
    /// ```
    pub fn for_kana(&self) -> CostModel {
        crate::syllabic::kana_model(self)
    }

    /// This model for names written in Korean Hangul: foreign names fitted
    /// to its syllables (`eu` added, `r` for `l`, `p` for `f`, `eo` for
    /// `er`) and Korean names in their several romanisations (`g`/`k`,
    /// `eo`/`u`): see the `syllabic` module and [`crate::is_syllabic`].
    ///
    /// # Example
    /// ```
    /// use namefold::{cost, CostModel, Normalizer};
    /// let latin = CostModel::default();
    /// // An invented name as Hangul writes it.
    /// let q = Normalizer::new().normalize("배클리");
    /// let d = |m: &CostModel| cost::distance(m, &q, "backley");
    /// assert!(d(&latin.for_hangul()) < d(&latin));
    /// ```
    pub fn for_hangul(&self) -> CostModel {
        crate::syllabic::hangul_model(self)
    }

    /// The model for a Korean name written in Latin letters (Revised
    /// Romanization, McCune–Reischauer and customary spellings): their
    /// correspondences (`eo`/`o`/`u`, `g`/`k`, `ch`/`j`, `ee`/`ui`, the
    /// surname spellings) are cheap, any other edit dearer than a full
    /// edit here, so that different Korean syllables stay apart.
    ///
    /// # Example
    /// ```
    /// use namefold::{cost, CostModel};
    /// let latin = CostModel::default();
    /// let korean = latin.for_korean_latin();
    /// // An invented name in MR and RR.
    /// assert!(cost::distance(&korean, "tonghyon", "donghyeon") < cost::distance(&latin, "tonghyon", "donghyeon"));
    /// // Another syllable's onset.
    /// assert!(cost::distance(&korean, "gyeongmo", "hyeongmo") > cost::distance(&latin, "gyeongmo", "hyeongmo"));
    /// ```
    pub fn for_korean_latin(&self) -> CostModel {
        crate::korean_latin::korean_latin_model(self)
    }

    /// This model for a Japanese name part in Latin letters: the Hepburn,
    /// Kunrei-shiki and Nihon-shiki spellings of one kana meet (`chi`/`ti`,
    /// `fu`/`hu`, `tsu`/`tu`, `sha`/`sya`), as do a long vowel's spellings
    /// (`ou`, `oo`, `oh`, `o`), each where its kana stands (see the
    /// `japanese_latin` module).
    ///
    /// # Example
    /// ```
    /// use namefold::{cost, CostModel};
    /// let latin = CostModel::default();
    /// // An invented name in Kunrei-shiki and Hepburn.
    /// let d = |m: &CostModel| cost::distance(m, "hutimoto", "fuchimoto");
    /// assert!(d(&latin.for_japanese_latin()) < d(&latin));
    /// ```
    pub fn for_japanese_latin(&self) -> CostModel {
        crate::japanese_latin::japanese_latin_model(self)
    }

    /// This model for a foreign name transcribed in Han characters (the
    /// Xinhua charts), read by sound with vowel slots: the letters one
    /// chart row writes meet (l/r, b/p, d/t, g/k, f/v/w, s/z/th/sh, ch/j,
    /// n/ng), an r after a vowel may be dropped, vowels are loose. No
    /// typing edits. See `translit/han_foreign.rs`.
    ///
    /// # Example
    /// ```
    /// use namefold::{cost, CostModel};
    /// let latin = CostModel::default();
    /// let han = latin.for_han_transcription();
    /// // An invented name: 多尔曼 is do-l-man.
    /// let d = |m: &CostModel| cost::distance(m, "dolman", "dorman");
    /// assert!(d(&han) < d(&latin));
    /// ```
    pub fn for_han_transcription(&self) -> CostModel {
        crate::translit::han_foreign_model(self)
    }

    /// This model with the Belarusian reading of a Russian name: akanye
    /// (`a` and `o` cheap for each other: Belarusian writes an unstressed
    /// `o` as `a`), ў (`-au` for `-ov`), дз and ц for soft д and т
    /// (`dz`/`d`, `ts`/`t`) and я for an unstressed е (`ia`/`e`). Too
    /// loose for every word: meant for words whose spelling is Belarusian
    /// (`-au`, `dzi`).
    ///
    /// # Example
    /// ```
    /// use namefold::{cost, CostModel};
    /// let m = CostModel::default();
    /// // An invented surname in Belarusian and Russian spelling.
    /// let d = |m: &CostModel| cost::distance(m, "marazau", "morozov");
    /// assert!(d(&m.with_akanye()) < d(&m));
    /// ```
    pub fn with_akanye(&self) -> CostModel {
        crate::east_slavic::akanye_model(self)
    }

    /// This model for names written in Cyrillic: the conventions by which
    /// Russian transcribes foreign names (Polivanov `ти` for Japanese
    /// `chi`, `дж` for English `j`, `ей` for a long `a`, a silent final
    /// letter left unwritten, `ш` for Polish `sz`, ...), each one way (the
    /// first string of a comparison is the query, romanised from Cyrillic)
    /// and where its Cyrillic spelling stands only.
    ///
    /// # Example
    /// ```
    /// use namefold::{cost, CostModel};
    /// let m = CostModel::default();
    /// // An invented Japanese name written Тисака (romanised `tisaka`).
    /// let d = |m: &CostModel| cost::distance(m, "tisaka", "chisaka");
    /// assert!(d(&m.for_cyrillic()) < d(&m));
    /// ```
    pub fn for_cyrillic(&self) -> CostModel {
        crate::cyrillic_foreign::cyrillic_model(self)
    }

    /// Cost and class of substituting `a` by `b`.
    #[inline]
    pub(crate) fn sub_cost(&self, a: char, b: char) -> (Cost, EditClass) {
        if a == b {
            return (0, EditClass::Match);
        }
        if a.is_ascii() && b.is_ascii() {
            return self.ascii_sub[a as usize * 128 + b as usize];
        }
        match self.other_sub.get(&(a, b)) {
            Some(&v) => v,
            None => (self.sub, EditClass::Other),
        }
    }

    /// `sub_cost(a, b).0` at `(a << 7) | b` for ASCII `a` and `b`.
    #[inline]
    pub(crate) fn ascii_sub_costs(&self) -> &[Cost] {
        &self.ascii_sub_cost
    }

    /// Cost and class of inserting (or deleting) `c`, where `prev` is the
    /// character before it in the same string (for doubled letters).
    #[inline]
    pub(crate) fn indel_cost(&self, c: char, prev: Option<char>) -> (Cost, EditClass) {
        let base = if c.is_ascii() {
            self.ascii_indel[c as usize]
        } else {
            (self.indel, EditClass::Other)
        };
        if prev == Some(c) && self.doubled < base.0 {
            return (self.doubled, EditClass::Doubled);
        }
        base
    }

    /// The cost of swapping two adjacent characters.
    #[inline]
    pub(crate) fn transpose_cost(&self) -> Cost {
        self.transpose
    }

    /// The bitwise or of every cost this model charges (substitutions,
    /// insertions and deletions, doubled letters, transpositions, rules):
    /// at least the largest of them and less than twice it. Computed on
    /// first use (the automaton's bound for adds that cannot overflow).
    /// Empties what is derived from the model ([`Derived`]): for every
    /// method that changes it in place.
    fn changed(&mut self) {
        self.cost_bits = Derived::default();
        self.sub_buckets = Derived::default();
    }

    /// For each ASCII char `a` (index), the ASCII chars `b` (bits) by the
    /// cost of substituting one for the other, in buckets of
    /// `1 << SUB_BUCKET_SHIFT`: bucket `k` holds every `b` whose cost is
    /// below `(k + 1) << SUB_BUCKET_SHIFT`, the last one every `b`.
    /// Computed on first use (the fst walk's masks of viable key chars).
    pub(crate) fn ascii_sub_buckets(&self) -> &[[u128; SUB_BUCKETS]] {
        self.sub_buckets.0.get_or_init(|| {
            let mut out = vec![[0u128; SUB_BUCKETS]; 128];
            for (a, buckets) in out.iter_mut().enumerate() {
                let row = &self.ascii_sub_cost[a << 7..][..128];
                for (b, &cost) in row.iter().enumerate() {
                    buckets[sub_bucket(cost)] |= 1u128 << b;
                }
                for k in 1..SUB_BUCKETS {
                    buckets[k] |= buckets[k - 1];
                }
            }
            out.into_boxed_slice()
        })
    }

    pub(crate) fn cost_bits(&self) -> Cost {
        *self.cost_bits.0.get_or_init(|| {
            let mut bits = self.indel | self.sub | self.transpose | self.doubled;
            bits = self.ascii_sub_cost.iter().fold(bits, |a, &c| a | c);
            bits = self.ascii_indel.iter().fold(bits, |a, &(c, _)| a | c);
            bits = self.other_sub.values().fold(bits, |a, &(c, _)| a | c);
            self.rules.iter().fold(bits, |a, r| a | r.cost)
        })
    }

    /// The rules whose first side ends with `c`, in the order they were added.
    pub(crate) fn rules_ending(&self, c: char) -> impl Iterator<Item = &Rule> {
        // (A slice's iterator: a flattened `Option` costs the automaton's
        // construction more than its rule tests.)
        let ids = self.rules_by_a_end.get(&c).map_or(&[][..], Vec::as_slice);
        ids.iter().map(|&k| &self.rules[k])
    }

    /// The typed edit script turning `a` into `b` at minimum cost.
    ///
    /// # Example
    /// ```
    /// use namefold::{CostModel, EditKind};
    /// let m = CostModel::default();
    /// let script = m.edit_script("mertz", "merz");
    /// let changes: Vec<_> =
    ///     script.iter().filter(|e| e.kind != EditKind::Keep).collect();
    /// assert_eq!(changes.len(), 1);
    /// assert_eq!(changes[0].from, "tz");
    /// assert_eq!(changes[0].to, "z");
    /// ```
    pub fn edit_script(&self, a: &str, b: &str) -> Vec<EditOp> {
        if a == b {
            return kept(a);
        }
        let a: Vec<char> = a.chars().collect();
        let b: Vec<char> = b.chars().collect();
        let d = fast_matrix(self, &a, &b);
        backtrace(self, &a, &b, &d)
    }

    /// [`Self::edit_script`] from the DP matrix of `a` against `b` made
    /// by this model (`d[i][j]`: `a[..i]` → `b[..j]`), such as a word
    /// automaton's [`crate::WeightedLevenshtein`] rows.
    pub(crate) fn edit_script_from(&self, a: &str, b: &str, d: &Matrix) -> Vec<EditOp> {
        if a == b {
            return kept(a);
        }
        let a: Vec<char> = a.chars().collect();
        let b: Vec<char> = b.chars().collect();
        backtrace(self, &a, &b, d)
    }
}

mod defaults;
mod dp;
#[cfg(test)]
mod tests;

pub use dp::distance;
use dp::{backtrace, fast_matrix, kept};
pub(crate) use dp::{ends_with, Matrix};
