//! The weighted edit-distance automaton that runs inside the fst.
//!
//! [`WeightedLevenshtein`] implements [`fst::Automaton`]: its state is the
//! dynamic-programming row of [`crate::cost::distance`] (plus the row
//! before it and the last two key characters, which multi-character rules
//! and transpositions need). Keys are decoded as UTF-8 byte by byte, so
//! costs are counted over Unicode scalar values, not bytes.

use std::sync::OnceLock;

use crate::cost::{Cost, CostModel};

/// A state of [`WeightedLevenshtein`]; [`WeightedLevenshtein::cost`] reads
/// the cost of a match from it.
#[derive(Clone, Debug)]
pub struct State {
    /// `rows[..n+1]` = D[*][j], `rows[n+1..]` = D[*][j-1].
    rows: Rows,
    /// The smallest cost any continuation can reach (for `can_match`).
    floor: Cost,
    last: Option<char>,
    /// Bytes of the exact prefix still to match.
    prefix_left: u8,
    /// Pending bytes of an incomplete UTF-8 sequence.
    pending: [u8; 4],
    npending: u8,
    dead: bool,
}

/// Cells kept inline: the two rows of a query of up to 15 chars, so the
/// states of typical name tokens are copied, never allocated.
const INLINE: usize = 32;

/// Row cells [`WeightedLevenshtein::eval`] keeps on the stack: the rows
/// of a query of up to 16 chars (longer ones allocate). Each eval fills
/// three times this many cells, so a larger array costs every eval (most
/// end after a few key chars).
const EVAL_INLINE: usize = 17;

/// The two DP rows of a state.
#[derive(Clone, Debug)]
enum Rows {
    Inline([Cost; INLINE], u8),
    Heap(Vec<Cost>),
}

impl Rows {
    fn filled(len: usize, v: Cost) -> Rows {
        if len <= INLINE {
            Rows::Inline([v; INLINE], len as u8)
        } else {
            Rows::Heap(vec![v; len])
        }
    }

    fn as_slice(&self) -> &[Cost] {
        match self {
            Rows::Inline(buf, len) => &buf[..*len as usize],
            Rows::Heap(v) => v,
        }
    }

    fn as_mut_slice(&mut self) -> &mut [Cost] {
        match self {
            Rows::Inline(buf, len) => &mut buf[..*len as usize],
            Rows::Heap(v) => v,
        }
    }
}

/// A rule usable at one query position: key side and cost.
#[derive(Clone, Copy, Debug)]
struct PosRule {
    qlen: usize,
    /// The key side: `first` (for two characters), then `end`.
    first: Option<char>,
    end: char,
    cost: Cost,
}

/// Matches the keys whose weighted edit distance to a query is within a
/// budget.
///
/// # Example
/// ```
/// use namefold::{CostModel, WeightedLevenshtein};
/// use fst::{IntoStreamer, Map, Streamer};
///
/// let map = Map::from_iter(vec![("vitkov", 0u64), ("witkoff", 1), ("zelensky", 2)])?;
/// let model = CostModel::default();
/// let aut = WeightedLevenshtein::new(&model, "witkov", 60);
/// let mut stream = map.search_with_state(&aut).into_stream();
/// let mut hits = vec![];
/// while let Some((key, _, state)) = stream.next() {
///     hits.push((String::from_utf8(key.to_vec())?, aut.cost(&state).unwrap()));
/// }
/// assert_eq!(hits, vec![("vitkov".to_string(), 15), ("witkoff".to_string(), 30)]);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Debug)]
pub struct WeightedLevenshtein<'m> {
    model: &'m CostModel,
    query: Vec<char>,
    budget: Cost,
    prefix: Vec<u8>,
    /// Cost of deleting query char i-1 (index i), given its predecessor.
    del: Vec<Cost>,
    /// Rules whose query side ends at position i:
    /// `rules[rules_at[i]..rules_at[i + 1]]`.
    rules: Vec<PosRule>,
    rules_at: Vec<usize>,
    /// The steps that consume two key characters (two-character key sides
    /// of rules, and transpositions): `(first key char, i, qlen, cost)`,
    /// reading the row before last at `i - qlen`.
    two: Vec<(char, usize, usize, Cost)>,
    /// Step tables for ASCII key characters, built on first use.
    steps: OnceLock<AsciiSteps>,
}

impl<'m> WeightedLevenshtein<'m> {
    /// An automaton matching keys within `budget` of `query`.
    ///
    /// # Example
    /// ```
    /// use namefold::{cost, CostModel, WeightedLevenshtein};
    /// let m = CostModel::default();
    /// let aut = WeightedLevenshtein::new(&m, "kyiv", cost::UNIT);
    /// assert_eq!(aut.eval("kiev"), cost::distance(&m, "kyiv", "kiev").into());
    /// ```
    pub fn new(model: &'m CostModel, query: &str, budget: Cost) -> Self {
        // Sized once (collect would grow it from a quarter of the bytes).
        let mut chars = Vec::with_capacity(query.len());
        chars.extend(query.chars());
        let query = chars;
        let mut del = vec![0; query.len() + 1];
        // Sized for a few rules per position: growing them one by one
        // costs more than the rest of the construction.
        let mut rules = Vec::with_capacity(4 * query.len());
        let mut rules_at = vec![0; query.len() + 2];
        let mut two = Vec::with_capacity(4 * query.len());
        for i in 1..=query.len() {
            let prev = if i >= 2 { Some(query[i - 2]) } else { None };
            del[i] = model.indel_cost(query[i - 1], prev).0;
            for r in model.rules_ending(query[i - 1]) {
                let la = r.a.len();
                if !crate::cost::ends_with(&query[..i], &r.a) || !r.fits(&query, i) {
                    continue;
                }
                let (first, end) = match r.b[..] {
                    [k] => (None, k),
                    [k0, k1] => (Some(k0), k1),
                    _ => continue,
                };
                rules.push(PosRule {
                    qlen: la,
                    first,
                    end,
                    cost: r.cost,
                });
                if let Some(k0) = first {
                    two.push((k0, i, la, r.cost));
                }
            }
            if i >= 2 && query[i - 1] != query[i - 2] {
                two.push((query[i - 1], i, 2, model.transpose_cost()));
            }
            rules_at[i + 1] = rules.len();
        }
        WeightedLevenshtein {
            model,
            query,
            budget,
            prefix: Vec::new(),
            del,
            rules,
            rules_at,
            two,
            steps: OnceLock::new(),
        }
    }

    /// Requires every key to start with the bytes `prefix`, matched
    /// exactly and not counted in the distance (a key space of the index).
    ///
    /// # Example
    /// ```
    /// use namefold::{CostModel, WeightedLevenshtein};
    /// let m = CostModel::default();
    /// let aut = WeightedLevenshtein::new(&m, "kyiv", 0).with_prefix(b"t:");
    /// assert_eq!(aut.eval("t:kyiv"), Some(0));
    /// assert_eq!(aut.eval("kyiv"), None);
    /// ```
    pub fn with_prefix(mut self, prefix: &[u8]) -> Self {
        assert!(prefix.len() < 256, "prefix too long");
        self.prefix = prefix.to_vec();
        self
    }

    /// This automaton with another budget, its step tables left to be
    /// built again (they depend on the budget): the construction's rule
    /// tables are copied, not found again.
    pub(crate) fn with_budget(&self, budget: Cost) -> Self {
        WeightedLevenshtein {
            model: self.model,
            query: self.query.clone(),
            budget,
            prefix: self.prefix.clone(),
            del: self.del.clone(),
            rules: self.rules.clone(),
            rules_at: self.rules_at.clone(),
            two: self.two.clone(),
            steps: OnceLock::new(),
        }
    }

    /// The cost at which `state` matches, if it is a match.
    pub fn cost(&self, state: &State) -> Option<Cost> {
        let c = self.final_cost(state);
        (c <= self.budget).then_some(c)
    }

    /// Runs the automaton over a whole key: its cost if within budget.
    /// Stops as soon as no continuation can come back within the budget.
    /// (The same DP as the fst walk, over the key's chars without the
    /// per-byte state.)
    pub fn eval(&self, key: &str) -> Option<Cost> {
        self.eval_within(key, self.budget)
    }

    /// [`Self::eval`] with the budget lowered to `budget` (when lower).
    pub(crate) fn eval_within(&self, key: &str, budget: Cost) -> Option<Cost> {
        let budget = budget.min(self.budget);
        // (No prefix, the usual case: no comparison to call.)
        let rest = if self.prefix.is_empty() {
            key.as_bytes()
        } else {
            key.as_bytes().strip_prefix(&self.prefix[..])?
        };
        let n1 = self.query.len() + 1;
        // The row before last, the current row and the next one.
        let mut inline = [Cost::MAX; 3 * EVAL_INLINE];
        let mut heap = Vec::new();
        let rows: &mut [Cost] = if n1 <= EVAL_INLINE {
            &mut inline[..3 * n1]
        } else {
            heap.resize(3 * n1, Cost::MAX);
            &mut heap
        };
        let (mut old, rest_rows) = rows.split_at_mut(n1);
        let (mut cur, mut next) = rest_rows.split_at_mut(n1);
        self.start_row(cur);
        let steps = self.steps();
        let mut last = None;
        let mut each = |c: char| {
            let floor = self.advance(steps, cur, old, last, c, next, budget);
            // The rows move down one; the oldest is written next.
            std::mem::swap(&mut old, &mut cur);
            std::mem::swap(&mut cur, &mut next);
            last = Some(c);
            floor <= budget
        };
        let alive = match key.get(self.prefix.len()..) {
            Some(text) => text.chars().all(&mut each),
            None => String::from_utf8_lossy(rest).chars().all(&mut each),
        };
        let cost = cur[n1 - 1];
        (alive && cost <= budget).then_some(cost)
    }

    /// [`Self::eval_within`] of many keys, each with its budget, best in
    /// sorted order: the DP rows of the prefix a key shares with the one
    /// before it are kept, not computed again (the words of one skeleton
    /// share most of their spelling).
    pub(crate) fn eval_sorted(&self, keys: &[(&str, Cost)]) -> Vec<Option<Cost>> {
        if keys.is_empty() {
            // (Before the step tables are built for nothing.)
            return Vec::new();
        }
        if !self.prefix.is_empty() {
            return keys.iter().map(|&(k, b)| self.eval_within(k, b)).collect();
        }
        let n1 = self.query.len() + 1;
        let steps = self.steps();
        // Row of depth d (key chars read) at `(d + 1) * n1`; the row
        // before the first is all MAX.
        let longest = keys.iter().map(|(k, _)| k.len()).max().unwrap_or(0);
        let mut rows = vec![Cost::MAX; (longest + 2) * n1];
        self.start_row(&mut rows[n1..2 * n1]);
        // The key chars whose rows are computed, and the highest floor of
        // the rows up to each depth (`top[d]`, d chars read): a key whose
        // budget is below it cannot match.
        let mut chars: Vec<char> = Vec::with_capacity(longest);
        let mut top: Vec<Cost> = Vec::with_capacity(longest + 1);
        top.push(0);
        let mut out = Vec::with_capacity(keys.len());
        // The floors are kept (`top`) for keys of other budgets: each is
        // exact when above the least budget of the keys, and otherwise
        // (a row's least cell, without the steps that read two key chars)
        // at least the exact one and at most that least budget, which
        // decides every key as the exact floor would (see `advance`).
        let least = keys.iter().map(|&(_, b)| b.min(self.budget)).min();
        let enough = least.unwrap_or(0);
        for &(key, budget) in keys {
            let budget = budget.min(self.budget);
            let mut shared = 0;
            let mut rest = key.chars();
            for c in rest.clone() {
                if chars.get(shared) != Some(&c) {
                    break;
                }
                shared += 1;
                rest.next();
            }
            chars.truncate(shared);
            top.truncate(shared + 1);
            let mut alive = top[shared] <= budget;
            if alive {
                for c in rest {
                    let k = chars.len();
                    let last = chars.last().copied();
                    let floor = self.advance_rows(steps, &mut rows, k, last, c, enough);
                    chars.push(c);
                    top.push(top[k].max(floor));
                    if floor > budget {
                        alive = false;
                        break;
                    }
                }
            }
            let cost = rows[(chars.len() + 1) * n1 + n1 - 1];
            out.push((alive && cost <= budget).then_some(cost));
        }
        out
    }

    /// The whole DP matrix of the query against `key` (the budget plays
    /// no part): `d[i][j]` is the cost of the query's first `i` chars
    /// against the key's first `j`, for explanations.
    pub(crate) fn matrix(&self, key: &str) -> crate::cost::Matrix {
        let key: Vec<char> = key.chars().collect();
        let n1 = self.query.len() + 1;
        // Saturating steps: every cell exact, however far over budget.
        let steps = &AsciiSteps {
            plain: false,
            ..self.steps().clone()
        };
        let mut rows = vec![Cost::MAX; (key.len() + 2) * n1];
        self.start_row(&mut rows[n1..2 * n1]);
        for (k, &c) in key.iter().enumerate() {
            let last = k.checked_sub(1).map(|p| key[p]);
            self.advance_rows(steps, &mut rows, k, last, c, 0);
        }
        let mut d = crate::cost::Matrix::new(n1, key.len() + 1);
        for j in 0..=key.len() {
            for (i, &cell) in rows[(j + 1) * n1..(j + 2) * n1].iter().enumerate() {
                d[i][j] = cell;
            }
        }
        d
    }

    /// The row before any key character: the query's prefixes deleted.
    fn start_row(&self, row: &mut [Cost]) {
        let mut acc = 0;
        row[0] = 0;
        for (r, &d) in row[1..].iter_mut().zip(&self.del[1..]) {
            acc = Cost::saturating_add(acc, d);
            *r = acc;
        }
    }

    fn final_cost(&self, s: &State) -> Cost {
        if s.dead || s.prefix_left > 0 || s.npending > 0 {
            return Cost::MAX;
        }
        s.rows.as_slice()[self.query.len()]
    }

    /// The floor of a state's rows: no continuation can cost less. Every
    /// later cell derives from the current row, or from the row before it
    /// through one step that consumes `last` and the next key character.
    fn floor(&self, rows: &[Cost], last: Option<char>) -> Cost {
        let n = self.query.len();
        let (cur, old) = rows.split_at(n + 1);
        let mut floor = cur.iter().min().copied().unwrap_or(Cost::MAX);
        if let Some(last) = last {
            for &(k0, i, qlen, cost) in &self.two {
                if k0 == last {
                    floor = floor.min(old[i - qlen].saturating_add(cost));
                }
            }
        }
        floor
    }

    fn step(&self, s: &State, c: char) -> State {
        let n = self.query.len();
        let (cur, old) = s.rows.as_slice().split_at(n + 1);
        let mut state_rows = Rows::filled(2 * (n + 1), Cost::MAX);
        let rows = state_rows.as_mut_slice();
        let (next, prev) = rows.split_at_mut(n + 1);
        let floor = self.advance(self.steps(), cur, old, s.last, c, next, 0);
        prev.copy_from_slice(cur);
        State {
            rows: state_rows,
            floor,
            last: Some(c),
            prefix_left: 0,
            pending: [0; 4],
            npending: 0,
            dead: false,
        }
    }

    /// One DP step: the row after key char `c`, from the current row `cur`,
    /// the one before it `old`, and the key char before `c`.
    fn next_row(&self, cur: &[Cost], old: &[Cost], last: Option<char>, c: char, next: &mut [Cost]) {
        let ins = self.model.indel_cost(c, last).0;
        next[0] = cur[0].saturating_add(ins);
        for i in 1..next.len() {
            let q = self.query[i - 1];
            let mut best = cur[i].saturating_add(ins);
            best = best.min(next[i - 1].saturating_add(self.del[i]));
            best = best.min(cur[i - 1].saturating_add(self.model.sub_cost(q, c).0));
            if i >= 2 && Some(q) == last && self.query[i - 2] == c && q != c {
                best = best.min(old[i - 2].saturating_add(self.model.transpose_cost()));
            }
            for r in &self.rules[self.rules_at[i]..self.rules_at[i + 1]] {
                let base = match r.first {
                    _ if r.end != c => continue,
                    None => cur[i - r.qlen],
                    Some(k0) if Some(k0) == last => old[i - r.qlen],
                    Some(_) => continue,
                };
                best = best.min(base.saturating_add(r.cost));
            }
            next[i] = best;
        }
    }
}

/// One step that reads the row before last or skips query characters:
/// a rule ending in a given key character, or a transposition.
#[derive(Clone, Copy, Debug)]
struct Extra {
    /// The query position (row index) it reaches.
    i: usize,
    /// Query characters it consumes.
    qlen: usize,
    /// The key character before, for steps that consume two key
    /// characters (they read the row before last).
    first: Option<char>,
    cost: Cost,
}

/// Step tables for ASCII key characters.
#[derive(Clone, Debug)]
struct AsciiSteps {
    /// Substitution costs: for an ASCII query, its bytes (the costs are
    /// read from the model's table); else `sub[c * (n + 1) + i]`, the
    /// cost of key char `c` for query char `i - 1`.
    sub: Sub,
    /// Rules and transpositions by their last key character `c` (with it):
    /// `ends[ends_at[c]..ends_at[c + 1]]`.
    ends: Vec<(u8, Extra)>,
    ends_at: [u16; 129],
    /// `two` by first key character `c`, as `(c, (i, qlen, cost))`:
    /// `twos[twos_at[c]..twos_at[c + 1]]`.
    twos: Vec<(u8, (usize, usize, Cost))>,
    twos_at: [u16; 129],
    /// Every cost a step adds is small enough for plain adds below
    /// [`FINITE_INF`] (see [`WeightedLevenshtein::step_ascii`]).
    plain: bool,
}

/// The walk's finite "infinity": the first cell of a row is capped here,
/// so (with every step cost at most `(u32::MAX - FINITE_INF) / (n + 2)`
/// for a query of `n` chars) no cell of a row exceeds `FINITE_INF + n *
/// max cost` and the inner loops add without saturating. A cell whose
/// exact cost is below `FINITE_INF` is exact; every other one stays at or
/// above it, so with a budget below `FINITE_INF` every decision (within
/// budget or not) is the one exact costs give.
const FINITE_INF: Cost = 1 << 31;

#[derive(Clone, Debug)]
enum Sub {
    Ascii(Vec<u8>),
    Table(Vec<Cost>),
}

/// Sorts `items` by their ASCII key (stable; keys are below 128) and
/// returns the offsets of each key's group: key `k`'s items are
/// `items[at[k]..at[k + 1]]`. A counting sort over the keys present (a
/// bit set): the offsets are filled in runs, not summed over every key.
fn group<T: Copy>(items: &mut Vec<(u8, T)>) -> [u16; 129] {
    let mut count = [0u16; 128];
    let mut present = 0u128;
    for &(k, _) in items.iter() {
        count[k as usize] += 1;
        present |= 1u128 << k;
    }
    let mut at = [0u16; 129];
    let (mut from, mut total, mut keys) = (0, 0u16, 0);
    while present != 0 {
        keys += 1;
        let k = present.trailing_zeros() as usize;
        present &= present - 1;
        at[from..=k].fill(total);
        total += count[k];
        from = k + 1;
    }
    at[from..].fill(total);
    if keys > 1 {
        // Several keys: scatter into key order (one key: in order already).
        let mut next = at;
        let mut out = items.clone();
        for &(k, t) in items.iter() {
            out[next[k as usize] as usize] = (k, t);
            next[k as usize] += 1;
        }
        *items = out;
    }
    at
}

/// One node of the depth-first fst walk.
struct Frame<'f> {
    node: fst::raw::Node<'f>,
    next: usize,
    out: fst::raw::Output,
    /// Characters decoded so far: the node's row is `rows[depth + 1]`.
    depth: usize,
    pending: [u8; 4],
    npending: u8,
    /// The ASCII key characters whose child row may come within the
    /// budget ([`Viable::mask`]); the others are skipped unread.
    viable: u128,
    /// Whether the node's ASCII transitions are found by their bytes (the
    /// bits of `viable`, taken lowest first) rather than read in turn;
    /// `next` then starts at its first transition on a byte of 128 or
    /// more. See [`probe_from`].
    probing: bool,
    /// The node's input bytes.
    inputs: Inputs<'f>,
}

/// The input bytes of an fst node's transitions, the last transition's
/// first, read without decoding the transitions' outputs and addresses
/// (which `Node::transition` decodes too, for every transition a walk
/// looks at and skips). The layout of fst 0.4 (format version 3, the one
/// [`crate::fstcheck`] checks): a node of two or more transitions ends,
/// at its address, with its state byte, the transition count (when the
/// state byte's six low bits are 0), a byte of pack sizes, an index of
/// 256 bytes (above 32 transitions), and before them the inputs. Empty
/// for a node of one transition or none (read by `Node::transition`).
#[derive(Clone, Copy)]
struct Inputs<'f>(&'f [u8]);

/// Transitions above which an fst node also has an index by input byte.
const TRANS_INDEX_THRESHOLD: usize = 32;

impl<'f> Inputs<'f> {
    /// The inputs of `node`, a node of the fst whose bytes are `bytes`.
    fn of(bytes: &'f [u8], node: &fst::raw::Node<'_>) -> Inputs<'f> {
        let n = node.len();
        if n < 2 {
            return Inputs(&[]);
        }
        let start = node.addr();
        let Some(&state) = bytes.get(start) else {
            return Inputs(&[]);
        };
        let count_len = usize::from(state & 0b0011_1111 == 0);
        let index = if n > TRANS_INDEX_THRESHOLD { 256 } else { 0 };
        let end = start.checked_sub(count_len + 1 + index);
        let inputs = end.and_then(|end| bytes.get(end.checked_sub(n)?..end));
        Inputs(inputs.unwrap_or(&[]))
    }

    /// The input byte of transition `i` of `node` (the node `self` is of).
    #[inline]
    fn get(self, node: &fst::raw::Node<'_>, i: usize) -> u8 {
        match self.0.len().checked_sub(i + 1) {
            Some(at) => self.0[at],
            None => node.transition(i).inp,
        }
    }
}

/// Nodes with fewer transitions are read in turn: their input bytes
/// ([`Inputs`]) cost less to read in turn than `find_input`'s scans of
/// them, one per viable byte (by instruction counts on the scale
/// queries); a node with more has an index by byte.
const PROBE_MIN_LEN: usize = TRANS_INDEX_THRESHOLD + 1;

/// Whether `v` has at least `n` bits set: for a node's few transitions,
/// clearing bits is cheaper than a software `count_ones` of 128 bits.
fn has_at_least(mut v: u128, n: usize) -> bool {
    if n > 16 {
        return v.count_ones() as usize >= n;
    }
    for _ in 0..n {
        if v == 0 {
            return false;
        }
        v &= v - 1;
    }
    true
}

/// When a node's viable ASCII bytes are few against its transitions (and
/// it has an index by byte): the index of its first transition on a
/// non-ASCII byte (its len when none), from which [`Frame::next`] goes on
/// once the viable bytes are looked up one by one (`find_input`, one
/// lookup in the index each). The transitions are visited in the same
/// byte order either way.
fn probe_from(node: &fst::raw::Node<'_>, inputs: Inputs<'_>, viable: u128) -> Option<usize> {
    let len = node.len();
    if len < PROBE_MIN_LEN || has_at_least(viable, len) {
        return None;
    }
    // Inputs are sorted: the non-ASCII ones come last.
    let (mut lo, mut hi) = (0, len);
    if inputs.get(node, len - 1) < 128 {
        return Some(len);
    }
    while lo < hi {
        let mid = (lo + hi) / 2;
        if inputs.get(node, mid) < 128 {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    Some(lo)
}

/// Which ASCII key characters can follow a row without every cell of the
/// next row (and every two-character step from it) exceeding the budget.
/// A superset, from lower bounds of each way a next cell is reached
/// (see [`Viable::mask`]): skipping the others changes no match.
///
/// Costs are kept in buckets of 8 (a char counts as costing the bottom of
/// its bucket, which only widens the masks): `*[b]` is the mask of the
/// chars whose cost is below `(b + 1) * 8`, the last bucket taking every
/// higher cost.
struct Viable {
    /// `cells[i]`: the steps that add a cost to cell `i` of the current
    /// row: the substitutions for query char `i`, the rules of one key
    /// character that read cell `i`, and the first key characters of the
    /// two-character steps whose floor term reads it.
    cells: Vec<[u128; BUCKETS]>,
    /// Insertions when not doubling the key char before.
    ins: [u128; BUCKETS],
    /// Insertion cost of each ASCII char after itself.
    doubled: [Cost; 128],
    /// Rules of two key characters and transpositions, read from the row
    /// before last, by their first key character (the one that led to the
    /// current row): `(k0, (cell read, cost, bit of the last key character))`
    /// at `old[old_at[k0]..old_at[k0 + 1]]` for an ASCII `k0`...
    old: Vec<(u8, (usize, Cost, u128))>,
    old_at: [u16; 129],
    /// ...and with their first key character for any other.
    old_other: Vec<(char, usize, Cost, u128)>,
}

/// Width of a cost bucket of [`Viable`].
/// (The model's buckets: [`CostModel::ascii_sub_buckets`] are read as
/// cells.)
const BUCKETS: usize = crate::cost::SUB_BUCKETS;

fn bucket(cost: Cost) -> usize {
    crate::cost::sub_bucket(cost)
}

/// Adds each `(cost, c)` item to `out`: the char in its cost's bucket;
/// [`accumulate`] then makes every bucket include those below.
fn add_items(out: &mut [u128; BUCKETS], items: impl Iterator<Item = (Cost, u8)>) {
    for (cost, c) in items {
        out[bucket(cost)] |= 1u128 << c;
    }
}

fn accumulate(out: &mut [u128; BUCKETS]) {
    for b in 1..BUCKETS {
        out[b] |= out[b - 1];
    }
}

/// Buckets from `(cost, char)` items: each char in its cost's bucket and
/// all above.
fn cumulative(items: impl Iterator<Item = (Cost, u8)>) -> [u128; BUCKETS] {
    let mut out = [0u128; BUCKETS];
    add_items(&mut out, items);
    accumulate(&mut out);
    out
}

impl Viable {
    fn new(aut: &WeightedLevenshtein<'_>, steps: &AsciiSteps) -> Viable {
        let n1 = aut.query.len() + 1;
        let mut cells = vec![[0u128; BUCKETS]; n1];
        for (i, cell) in cells.iter_mut().enumerate().take(n1 - 1) {
            // Substitution of query char `i` (next row cell `i + 1`): an
            // ASCII char's buckets are the model's (already cumulative:
            // `accumulate` below leaves them as they are).
            let q = aut.query[i];
            if q.is_ascii() {
                *cell = aut.model.ascii_sub_buckets()[q as usize];
                continue;
            }
            add_items(
                cell,
                (0..128u8).map(|c| {
                    let cost = match &steps.sub {
                        Sub::Table(t) => t[c as usize * n1 + i + 1],
                        Sub::Ascii(_) => aut.model.sub_cost(q, c as char).0,
                    };
                    (cost, c)
                }),
            );
        }
        let mut old = Vec::new();
        let mut old_other = Vec::new();
        // The steps by their key char (`ends` and `twos` are in its order:
        // `old` is filled in that order), not the 128 chars in turn.
        for &(c, e) in &steps.ends {
            let bit = 1u128 << c;
            let at = e.i - e.qlen;
            match e.first {
                None => cells[at][bucket(e.cost)] |= bit,
                Some(k0) if k0.is_ascii() => old.push((k0 as u8, (at, e.cost, bit))),
                Some(k0) => old_other.push((k0, at, e.cost, bit)),
            }
        }
        for &(c, (i, qlen, cost)) in &steps.twos {
            cells[i - qlen][bucket(cost)] |= 1u128 << c;
        }
        cells.iter_mut().for_each(accumulate);
        let old_at = group(&mut old);
        let mut doubled = [0; 128];
        for (c, d) in doubled.iter_mut().enumerate() {
            *d = aut
                .model
                .indel_cost(c as u8 as char, Some(c as u8 as char))
                .0;
        }
        let ins = cumulative((0..128u8).map(|c| (aut.model.indel_cost(c as char, None).0, c)));
        Viable {
            cells,
            ins,
            doubled,
            old,
            old_at,
            old_other,
        }
    }

    /// The ASCII chars `c` whose next row, from `cur` (after key char
    /// `last`) and `old` (the row before it), may have a cell, or a
    /// two-character step from `cur` starting with `c`, within `budget`.
    /// Every way to a next cell adds a cost to a cell of `cur` or `old`:
    /// an insertion of `c` to `cur[i]` (at least the row's minimum), a
    /// substitution to `cur[i - 1]`, a one-key-char rule to the `cur`
    /// cell it reads, a rule of two key chars or a transposition whose
    /// first key char is `last` to the `old` cell it reads, a deletion to
    /// the next row's own cell before; a two-character step starting with
    /// `c` counts in the floor from the `cur` cell it reads. `min` is at
    /// most `cur`'s least cell (the walk passes the floor it computed with
    /// the row: that cell, or lower through a two-character step, which
    /// only widens the mask).
    fn mask(
        &self,
        cur: &[Cost],
        old: &[Cost],
        last: Option<char>,
        budget: Cost,
        min: Cost,
    ) -> u128 {
        let mut mask = 0;
        for (cell, &d) in self.cells.iter().zip(cur) {
            if d <= budget {
                mask |= cell[bucket(budget - d)];
            }
        }
        if min <= budget {
            let slack = budget - min;
            mask |= self.ins[bucket(slack)];
            if let Some(l) = last.filter(char::is_ascii) {
                if self.doubled[l as usize] <= slack {
                    mask |= 1u128 << (l as u32);
                }
            }
        }
        let within = |at: usize, cost: Cost| old[at].saturating_add(cost) <= budget;
        match last {
            Some(l) if l.is_ascii() => {
                let l = l as usize;
                for &(_, (at, cost, bit)) in
                    &self.old[self.old_at[l] as usize..self.old_at[l + 1] as usize]
                {
                    if within(at, cost) {
                        mask |= bit;
                    }
                }
            }
            Some(l) => {
                for &(k0, at, cost, bit) in &self.old_other {
                    if k0 == l && within(at, cost) {
                        mask |= bit;
                    }
                }
            }
            None => {}
        }
        mask
    }

    /// Whether ASCII char `c` is in [`Self::mask`] (the same test, for one
    /// char: it stops at the first way in; `min` as there).
    #[allow(clippy::too_many_arguments)]
    fn allows(
        &self,
        cur: &[Cost],
        old: &[Cost],
        last: Option<char>,
        budget: Cost,
        min: Cost,
        c: u8,
    ) -> bool {
        let bit = 1u128 << (c & 127);
        for (cell, &d) in self.cells.iter().zip(cur) {
            if d <= budget && cell[bucket(budget - d)] & bit != 0 {
                return true;
            }
        }
        if min <= budget {
            let slack = budget - min;
            if self.ins[bucket(slack)] & bit != 0
                || (last == Some(c as char) && self.doubled[c as usize & 127] <= slack)
            {
                return true;
            }
        }
        let within = |at: usize, cost: Cost| old[at].saturating_add(cost) <= budget;
        match last {
            Some(l) if l.is_ascii() => {
                let l = l as usize;
                self.old[self.old_at[l] as usize..self.old_at[l + 1] as usize]
                    .iter()
                    .any(|&(_, (at, cost, b))| b == bit && within(at, cost))
            }
            Some(l) => self
                .old_other
                .iter()
                .any(|&(k0, at, cost, b)| k0 == l && b == bit && within(at, cost)),
            None => false,
        }
    }
}

impl WeightedLevenshtein<'_> {
    /// The values and costs of the keys of `map` within the budget (that
    /// start with the prefix), in key order, at most `max` of them (the
    /// first `max` matches).
    ///
    /// The same matches as `map.search_with_state(&aut)`, found by a
    /// depth-first walk that keeps one DP row per key character instead
    /// of cloning automaton states. Before a child's row is computed, its
    /// key character is checked against a mask of the ASCII characters
    /// that can keep some cell within the budget (a lower bound of each
    /// edit from the parent's cells); the others are skipped unread.
    ///
    /// # Example
    /// ```
    /// use namefold::{CostModel, WeightedLevenshtein};
    ///
    /// let map = fst::Map::from_iter(vec![("vitkov", 0u64), ("witkoff", 1), ("zelensky", 2)])?;
    /// let model = CostModel::default();
    /// let aut = WeightedLevenshtein::new(&model, "witkov", 60);
    /// assert_eq!(aut.search(&map, usize::MAX), vec![(0, 15), (1, 30)]);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn search<D: AsRef<[u8]>>(&self, map: &fst::Map<D>, max: usize) -> Vec<(u64, Cost)> {
        let fst = map.as_fst();
        let mut found = Vec::new();
        let mut node = fst.root();
        let mut out = fst::raw::Output::zero();
        for &b in &self.prefix {
            let Some(t) = node.find_input(b) else {
                return found;
            };
            let t = node.transition(t);
            out = out.cat(t.out);
            node = fst.node(t.addr);
        }
        let n = self.query.len();
        let n1 = n + 1;
        // rows[0] is the row before the first (all MAX), rows[k + 1] the
        // row after k key characters.
        let mut rows = vec![Cost::MAX; 2 * n1];
        self.start_row(&mut rows[n1..]);
        let mut lasts: Vec<Option<char>> = vec![None];
        if node.is_final() && rows[n1 + n] <= self.budget {
            found.push((out.cat(node.final_output()).value(), rows[n1 + n]));
            if found.len() >= max {
                return found;
            }
        }
        let steps = &self.ascii_steps(true);
        let viable = Viable::new(self, steps);
        let min = rows[n1..].iter().copied().min().unwrap_or(Cost::MAX);
        let mask = viable.mask(&rows[n1..], &rows[..n1], None, self.budget, min);
        let bytes = fst.as_bytes();
        fn frame<'f>(
            bytes: &'f [u8],
            node: fst::raw::Node<'f>,
            out: fst::raw::Output,
            depth: usize,
            viable: u128,
        ) -> Frame<'f> {
            let inputs = Inputs::of(bytes, &node);
            let probe = probe_from(&node, inputs, viable);
            Frame {
                node,
                next: probe.unwrap_or(0),
                out,
                depth,
                pending: [0; 4],
                npending: 0,
                viable,
                probing: probe.is_some(),
                inputs,
            }
        }
        let mut stack = vec![frame(bytes, node, out, 0, mask)];
        while let Some(f) = stack.last_mut() {
            let t = if f.probing && f.viable != 0 {
                let b = f.viable.trailing_zeros() as u8;
                f.viable &= f.viable - 1;
                match f.node.find_input(b) {
                    Some(i) => f.node.transition(i),
                    None => continue,
                }
            } else {
                let len = f.node.len();
                let mut i = f.next;
                let by_bytes = f.npending == 0 && f.inputs.0.len() == len;
                if by_bytes {
                    // The transitions skipped by their input bytes alone,
                    // in one pass (the last transition's byte first).
                    let (ins, viable) = (f.inputs.0, f.viable);
                    while i < len {
                        let inp = ins[len - 1 - i];
                        if inp >= 128 || (viable >> inp) & 1 != 0 {
                            break;
                        }
                        i += 1;
                    }
                }
                if i >= len {
                    stack.pop();
                    continue;
                }
                f.next = i + 1;
                if !by_bytes && f.npending == 0 {
                    let inp = f.node.transition(i).inp;
                    if inp < 128 && f.viable & (1u128 << inp) == 0 {
                        continue;
                    }
                }
                f.node.transition(i)
            };
            let (k, out) = (f.depth, f.out.cat(t.out));
            // (An ASCII byte outside a pending sequence is its char: no
            // call to `decode`.)
            let ascii = f.npending == 0 && t.inp < 128;
            let c = match if ascii {
                Decoded::Char(t.inp as char)
            } else {
                decode(f.pending, f.npending, t.inp)
            } {
                Decoded::Pending(pending, npending) => {
                    // No character yet: the parent's row, which can match.
                    let node = fst.node(t.addr);
                    stack.push(Frame {
                        node,
                        next: 0,
                        out,
                        depth: k,
                        pending,
                        npending,
                        viable: u128::MAX,
                        probing: false,
                        inputs: Inputs::of(bytes, &node),
                    });
                    continue;
                }
                Decoded::Char(c) => c,
            };
            // The child's row, then down the chain of nodes of one ASCII
            // transition below it: such a node gets no frame, its one
            // transition is tested alone (`Viable::allows`, not the mask
            // of every char).
            let (mut k, mut out, mut addr, mut c) = (k, out, t.addr, c);
            loop {
                if rows.len() < (k + 3) * n1 {
                    rows.resize((k + 3) * n1, Cost::MAX);
                    lasts.resize(k + 2, None);
                }
                let floor = self.advance_rows(steps, &mut rows, k, lasts[k], c, self.budget);
                if floor > self.budget {
                    break;
                }
                // The child node is read only once its row survives (most
                // rows do not: the walk never touches their nodes).
                let child = fst.node(addr);
                lasts[k + 1] = Some(c);
                let cost = rows[(k + 2) * n1 + n];
                if child.is_final() && cost <= self.budget {
                    found.push((out.cat(child.final_output()).value(), cost));
                    if found.len() >= max {
                        return found;
                    }
                }
                if child.len() == 1 {
                    let t = child.transition(0);
                    if t.inp < 128 {
                        // The mask's test for the one char.
                        if !viable.allows(
                            &rows[(k + 2) * n1..(k + 3) * n1],
                            &rows[(k + 1) * n1..(k + 2) * n1],
                            Some(c),
                            self.budget,
                            floor,
                            t.inp,
                        ) {
                            break;
                        }
                        (k, out, addr, c) = (k + 1, out.cat(t.out), t.addr, t.inp as char);
                        continue;
                    }
                }
                if !child.is_empty() {
                    let mask = viable.mask(
                        &rows[(k + 2) * n1..(k + 3) * n1],
                        &rows[(k + 1) * n1..(k + 2) * n1],
                        Some(c),
                        self.budget,
                        floor,
                    );
                    stack.push(frame(bytes, child, out, k + 1, mask));
                }
                break;
            }
        }
        found
    }

    /// [`Self::advance`] on a stack of rows (`rows[(d + 1) * n1..]` after
    /// `d` key chars, the row before the first at 0): the row after `k + 1`
    /// chars from the two before it; returns its floor (see `enough`).
    fn advance_rows(
        &self,
        steps: &AsciiSteps,
        rows: &mut [Cost],
        k: usize,
        last: Option<char>,
        c: char,
        enough: Cost,
    ) -> Cost {
        let n1 = self.query.len() + 1;
        let (head, tail) = rows.split_at_mut((k + 2) * n1);
        let (old, cur) = head[k * n1..].split_at(n1);
        self.advance(steps, cur, old, last, c, &mut tail[..n1], enough)
    }

    /// One DP step for key char `c` (see [`Self::next_row`]), returning
    /// the new state's floor: no continuation can cost less. For a caller
    /// that only asks whether the floor is at most `enough`: once the new
    /// row's minimum is, that minimum is returned without the steps that
    /// read two key characters (the answer is yes either way); `enough` =
    /// 0 always gives the exact floor.
    #[allow(clippy::too_many_arguments)]
    fn advance(
        &self,
        steps: &AsciiSteps,
        cur: &[Cost],
        old: &[Cost],
        last: Option<char>,
        c: char,
        next: &mut [Cost],
        enough: Cost,
    ) -> Cost {
        if c.is_ascii() {
            let mut floor = if steps.plain {
                self.step_ascii::<true>(steps, cur, old, last, c as u8, next)
            } else {
                self.step_ascii::<false>(steps, cur, old, last, c as u8, next)
            };
            if floor <= enough {
                return floor;
            }
            let c = c as usize;
            for &(_, (i, qlen, cost)) in
                &steps.twos[steps.twos_at[c] as usize..steps.twos_at[c + 1] as usize]
            {
                floor = floor.min(cur[i - qlen].saturating_add(cost));
            }
            floor
        } else {
            self.next_row(cur, old, last, c, next);
            if steps.plain {
                // Back under the cap the plain steps rely on (see
                // `FINITE_INF`: a cell at or above it is out of budget).
                for x in next.iter_mut() {
                    *x = (*x).min(FINITE_INF);
                }
            }
            let mut floor = next.iter().min().copied().unwrap_or(Cost::MAX);
            if floor <= enough {
                return floor;
            }
            for &(k0, i, qlen, cost) in &self.two {
                if k0 == c {
                    floor = floor.min(cur[i - qlen].saturating_add(cost));
                }
            }
            floor
        }
    }

    /// The ASCII step tables, built on first use.
    fn steps(&self) -> &AsciiSteps {
        self.steps.get_or_init(|| self.ascii_steps(false))
    }

    /// The step tables; `table`: with a substitution table of its own
    /// (worth building for an fst walk's many steps), else reading an
    /// ASCII query's costs from the model.
    fn ascii_steps(&self, table: bool) -> AsciiSteps {
        let n1 = self.query.len() + 1;
        let sub = if !table && self.query.iter().all(|q| q.is_ascii()) {
            Sub::Ascii(self.query.iter().map(|&q| q as u8).collect())
        } else {
            let mut sub = vec![0; 128 * n1];
            let ascii = self.model.ascii_sub_costs();
            for (i, &q) in self.query.iter().enumerate() {
                if q.is_ascii() {
                    // The model's own table: `sub_cost(q, c)` at `(q << 7) | c`.
                    let row = &ascii[(q as usize) << 7..][..128];
                    for (c, &cost) in row.iter().enumerate() {
                        sub[c * n1 + i + 1] = cost;
                    }
                } else {
                    for c in 0..128u8 {
                        sub[c as usize * n1 + i + 1] = self.model.sub_cost(q, c as char).0;
                    }
                }
            }
            Sub::Table(sub)
        };
        // A bound on the costs a step adds (for `plain`; none is needed
        // when the budget rules the plain steps out anyway): their bitwise
        // or, at most twice the largest, and quicker to fold than a max.
        // The model's own (every cost it charges, computed once) decides
        // when small enough: this query's costs are among them.
        let n2 = self.query.len() as u64 + 2;
        let fits = |top: Cost| u64::from(FINITE_INF) + n2 * u64::from(top) <= u64::from(u32::MAX);
        let model_fits = fits(self.model.cost_bits());
        let mut top = 0;
        if self.budget < FINITE_INF && !model_fits {
            let or = |acc: Cost, costs: &[Cost]| costs.iter().fold(acc, |a, &b| a | b);
            top = match &sub {
                Sub::Table(sub) => or(0, sub),
                Sub::Ascii(query) => {
                    let ascii = self.model.ascii_sub_costs();
                    let mut seen = [false; 128];
                    let mut top = 0;
                    for &q in query {
                        let q = q as usize & 127;
                        if !std::mem::replace(&mut seen[q], true) {
                            top = or(top, &ascii[q << 7..][..128]);
                        }
                    }
                    top
                }
            };
            top = or(top, &self.del);
            for c in 0..128u8 {
                top |= self.model.indel_cost(c as char, None).0;
            }
        }
        let mut ends = Vec::with_capacity(self.rules.len() + self.query.len());
        for i in 0..=self.query.len() {
            for r in &self.rules[self.rules_at[i]..self.rules_at[i + 1]] {
                if r.end.is_ascii() {
                    let e = Extra {
                        i,
                        qlen: r.qlen,
                        first: r.first,
                        cost: r.cost,
                    };
                    ends.push((r.end as u8, e));
                }
            }
            if i >= 2 && self.query[i - 1] != self.query[i - 2] && self.query[i - 2].is_ascii() {
                let e = Extra {
                    i,
                    qlen: 2,
                    first: Some(self.query[i - 1]),
                    cost: self.model.transpose_cost(),
                };
                ends.push((self.query[i - 2] as u8, e));
            }
        }
        let mut twos = Vec::with_capacity(self.two.len());
        twos.extend(
            self.two
                .iter()
                .filter(|t| t.0.is_ascii())
                .map(|&(k0, i, qlen, cost)| (k0 as u8, (i, qlen, cost))),
        );
        for (_, e) in &ends {
            top |= e.cost;
        }
        let plain = self.budget < FINITE_INF && (model_fits || fits(top));
        let ends_at = group(&mut ends);
        let twos_at = group(&mut twos);
        AsciiSteps {
            sub,
            ends,
            ends_at,
            twos,
            twos_at,
            plain,
        }
    }

    /// [`Self::next_row`] for an ASCII key character, from the tables;
    /// returns the new row's minimum. `PLAIN` (only with
    /// [`AsciiSteps::plain`]): the row's first cell is capped at
    /// [`FINITE_INF`] and the adds do not saturate.
    fn step_ascii<const PLAIN: bool>(
        &self,
        t: &AsciiSteps,
        cur: &[Cost],
        old: &[Cost],
        last: Option<char>,
        c: u8,
        next: &mut [Cost],
    ) -> Cost {
        let n1 = next.len();
        let ins = self.model.indel_cost(c as char, last).0;
        let add = |a: Cost, b: Cost| if PLAIN { a + b } else { a.saturating_add(b) };
        next[0] = if PLAIN {
            (cur[0] + ins).min(FINITE_INF)
        } else {
            cur[0].saturating_add(ins)
        };
        // Insertion (from above), substitution (from the diagonal) and
        // deletion (from the left, the cell just written) in one pass.
        // Slices of one length, indexed: no bounds checks in the loops.
        let m = n1 - 1;
        let mut prev = next[0];
        let mut floor = prev;
        let (nx, up, diag, del) = (&mut next[1..n1], &cur[1..n1], &cur[..m], &self.del[1..n1]);
        match &t.sub {
            Sub::Ascii(query) => {
                let query = &query[..m];
                let costs: Option<&[Cost; 128 * 128]> =
                    self.model.ascii_sub_costs().try_into().ok();
                let costs = costs.expect("the ASCII substitution table is 128 x 128");
                let c = c as usize & 127;
                for i in 0..m {
                    let sub = costs[((query[i] as usize & 127) << 7) | c];
                    prev = add(up[i], ins)
                        .min(add(diag[i], sub))
                        .min(add(prev, del[i]));
                    nx[i] = prev;
                    floor = floor.min(prev);
                }
            }
            Sub::Table(sub) => {
                let sub = &sub[c as usize * n1 + 1..][..m];
                for i in 0..m {
                    prev = add(up[i], ins)
                        .min(add(diag[i], sub[i]))
                        .min(add(prev, del[i]));
                    nx[i] = prev;
                    floor = floor.min(prev);
                }
            }
        }
        // The rules ending in `c` (by ascending cell): a cell one lowers
        // passes the saving on by deletions to the cells after it, as
        // far as it still lowers them (past that the row is unchanged).
        let c = c as usize;
        for (_, e) in &t.ends[t.ends_at[c] as usize..t.ends_at[c + 1] as usize] {
            let base = match e.first {
                None => cur[e.i - e.qlen],
                Some(k0) if Some(k0) == last => old[e.i - e.qlen],
                Some(_) => continue,
            };
            let mut v = add(base, e.cost);
            if v >= next[e.i] {
                continue;
            }
            floor = floor.min(v);
            next[e.i] = v;
            for (cell, &d) in next[e.i + 1..].iter_mut().zip(&self.del[e.i + 1..]) {
                v = add(v, d);
                if v >= *cell {
                    break;
                }
                *cell = v;
            }
        }
        floor
    }
}

impl fst::Automaton for WeightedLevenshtein<'_> {
    type State = State;

    fn start(&self) -> State {
        let n = self.query.len();
        let mut state_rows = Rows::filled(2 * (n + 1), Cost::MAX);
        let rows = state_rows.as_mut_slice();
        self.start_row(&mut rows[..=n]);
        let floor = self.floor(rows, None);
        State {
            rows: state_rows,
            floor,
            last: None,
            prefix_left: self.prefix.len() as u8,
            pending: [0; 4],
            npending: 0,
            dead: false,
        }
    }

    fn is_match(&self, s: &State) -> bool {
        self.final_cost(s) <= self.budget
    }

    fn can_match(&self, s: &State) -> bool {
        if s.dead {
            return false;
        }
        if s.prefix_left > 0 {
            return true;
        }
        s.floor <= self.budget
    }

    fn accept(&self, s: &State, byte: u8) -> State {
        if s.dead {
            return s.clone();
        }
        if s.prefix_left > 0 {
            let at = self.prefix.len() - s.prefix_left as usize;
            let mut next = s.clone();
            next.prefix_left -= 1;
            next.dead = self.prefix[at] != byte;
            return next;
        }
        match decode(s.pending, s.npending, byte) {
            Decoded::Char(c) => self.step(s, c),
            Decoded::Pending(pending, npending) => State {
                pending,
                npending,
                ..s.clone()
            },
        }
    }
}

enum Decoded {
    Char(char),
    Pending([u8; 4], u8),
}

/// Feeds one byte to the UTF-8 decoder held in the state. Invalid
/// sequences decode to U+FFFD, as `String::from_utf8_lossy` would.
fn decode(pending: [u8; 4], npending: u8, byte: u8) -> Decoded {
    let mut buf = pending;
    let n = npending as usize;
    if n == 0 {
        let need = utf8_len(byte);
        return match need {
            1 => Decoded::Char(byte as char),
            0 => Decoded::Char(char::REPLACEMENT_CHARACTER),
            _ => {
                buf[0] = byte;
                Decoded::Pending(buf, 1)
            }
        };
    }
    if byte & 0xC0 != 0x80 {
        return Decoded::Char(char::REPLACEMENT_CHARACTER);
    }
    buf[n] = byte;
    let need = utf8_len(buf[0]);
    if n + 1 < need {
        return Decoded::Pending(buf, (n + 1) as u8);
    }
    match std::str::from_utf8(&buf[..need]) {
        Ok(s) => Decoded::Char(s.chars().next().unwrap_or(char::REPLACEMENT_CHARACTER)),
        Err(_) => Decoded::Char(char::REPLACEMENT_CHARACTER),
    }
}

fn utf8_len(lead: u8) -> usize {
    match lead {
        0x00..=0x7F => 1,
        0xC2..=0xDF => 2,
        0xE0..=0xEF => 3,
        0xF0..=0xF4 => 4,
        _ => 0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cost::distance;

    /// Asserts that the walk of `aut` over `map` (built from `keys`, key
    /// `i` with value `i`) finds exactly the keys its own DP accepts, at
    /// the same costs; returns how many it found.
    fn assert_walk_is_eval<K: AsRef<str>>(
        aut: &WeightedLevenshtein<'_>,
        map: &fst::Map<Vec<u8>>,
        keys: &[K],
        label: &str,
    ) -> usize {
        let want: Vec<(u64, Cost)> = keys
            .iter()
            .enumerate()
            .filter_map(|(i, k)| aut.eval(k.as_ref()).map(|c| (i as u64, c)))
            .collect();
        assert_eq!(aut.search(map, usize::MAX), want, "{label}");
        want.len()
    }

    #[test]
    fn agrees_with_oracle_on_examples() {
        let m = CostModel::default();
        let words = [
            "witkoff",
            "vitkov",
            "zelensky",
            "зеленский",
            "kyiv",
            "",
            "ab",
            "ba",
            "mertz",
        ];
        for q in words {
            for k in words {
                let aut = WeightedLevenshtein::new(&m, q, 1000);
                assert_eq!(aut.eval(k), Some(distance(&m, q, k)), "{q} vs {k}");
            }
        }
    }

    #[test]
    fn eval_sorted_is_eval_within() {
        let m = CostModel::default();
        let mut keys = vec![
            "",
            "a",
            "ab",
            "abc",
            "kyiv",
            "kiev",
            "kievv",
            "kiy",
            "kyyiv",
            "vitkov",
            "vitkova",
            "vitkoff",
            "witkoff",
            "witkov",
            "zelensky",
            "zelenskyy",
            "zelinski",
            "zellinski",
            "zhelensky",
            "зеленський",
            "зеленский",
        ];
        keys.sort_unstable();
        let mut matched = 0;
        for q in ["kyiv", "witkov", "zelensky", "зеленский", "x"] {
            for budget in [0, 40, 100, 250] {
                let aut = WeightedLevenshtein::new(&m, q, 200);
                // Budgets rising with the keys, and mixed (a key sharing
                // a prefix with one of a higher budget, or a lower).
                for spread in [|i: usize| i as Cost, |i: usize| (i * 7 % 13) as Cost * 15] {
                    let with: Vec<(&str, Cost)> = keys
                        .iter()
                        .enumerate()
                        .map(|(i, k)| (*k, budget + spread(i)))
                        .collect();
                    let want: Vec<_> = with.iter().map(|&(k, b)| aut.eval_within(k, b)).collect();
                    assert_eq!(aut.eval_sorted(&with), want, "{q} {budget}");
                    matched += want.iter().filter(|c| c.is_some()).count();
                }
            }
        }
        assert!(matched >= 80, "{matched}");
    }

    /// The fst walk (which skips the key characters [`Viable`] rules out
    /// before computing their rows) finds exactly the keys whose own DP
    /// is within the budget, at the same costs, under every model the
    /// resolver reads queries with. Invented words built from syllables,
    /// so that prefixes are shared and near misses are common.
    #[test]
    fn walk_finds_what_eval_accepts() {
        let syllables = [
            "ka", "kha", "sho", "vi", "wy", "lo", "ff", "tz", "ij", "e", "ou", "rn", "zh", "'a",
            "é", "жо", "ck", "h",
        ];
        let mut keys: Vec<String> = Vec::new();
        for a in syllables {
            for b in syllables {
                keys.push(format!("{a}{b}"));
                for c in ["n", "ko", "vv", "ia", "ш"] {
                    keys.push(format!("{a}{b}{c}"));
                }
            }
        }
        keys.sort();
        keys.dedup();
        let map = fst::Map::from_iter(keys.iter().enumerate().map(|(i, k)| (k.as_str(), i as u64)))
            .unwrap();
        let base = CostModel::default();
        let models = [
            base.clone(),
            base.for_abjad(),
            base.with_akanye(),
            base.without_typos(),
            crate::abjad::arabic_latin_model(&base),
            CostModel::uniform(),
        ];
        let queries = [
            "kashoko", "whylon", "tzijeia", "rnouvv", "khaff", "é'ak", "жошш", "x", "",
        ];
        let mut hits = 0;
        for m in &models {
            for q in queries {
                for budget in [0, 20, 50, 100, 130, 200, 350] {
                    let aut = WeightedLevenshtein::new(m, q, budget);
                    hits += assert_walk_is_eval(&aut, &map, &keys, &format!("{q} at {budget}"));
                }
            }
        }
        assert!(hits > 5000, "{hits}");
    }

    /// The input bytes read straight from a node's bytes are its
    /// transitions' inputs, for nodes of every layout: two transitions,
    /// more than 32 (with an index by byte), more than the state byte's
    /// six bits count (a count byte), and all 256 byte values.
    #[test]
    fn node_inputs_are_the_transitions_inputs() {
        let mut keys: Vec<Vec<u8>> = Vec::new();
        keys.extend((0..=255u8).map(|b| vec![b'a', b]));
        keys.extend((b'0'..=b'z').map(|b| vec![b'b', b, b'x']));
        keys.extend((1..=70u8).map(|b| vec![b'c', b * 3, b'y']));
        keys.extend((b'a'..=b'z').map(|b| vec![b'e', b, b'q']));
        keys.extend([
            b"dd".to_vec(),
            b"dez".to_vec(),
            "f\u{e9}".as_bytes().to_vec(),
        ]);
        keys.sort();
        keys.dedup();
        let map = fst::Map::from_iter(keys.iter().map(|k| (k, 7u64))).unwrap();
        let fst = map.as_fst();
        let bytes = fst.as_bytes();
        let mut lens = std::collections::BTreeSet::new();
        let mut stack = vec![fst.root()];
        while let Some(node) = stack.pop() {
            let inputs = Inputs::of(bytes, &node);
            if node.len() >= 2 {
                // Read from the bytes, not by the fallback.
                assert_eq!(inputs.0.len(), node.len());
            }
            for i in 0..node.len() {
                let t = node.transition(i);
                assert_eq!(
                    inputs.get(&node, i),
                    t.inp,
                    "transition {i} of {}",
                    node.len()
                );
                stack.push(fst.node(t.addr));
            }
            lens.insert(node.len());
        }
        for len in [2, 26, 70, 75, 256] {
            assert!(
                lens.contains(&len),
                "no node of {len} transitions: {lens:?}"
            );
        }
    }

    /// The walk over nodes of many transitions (found by their bytes) and
    /// of one (stepped through without a frame) finds what eval accepts.
    #[test]
    fn walk_over_wide_and_narrow_nodes_finds_what_eval_accepts() {
        let mut keys: Vec<String> = Vec::new();
        for a in (b'a'..=b'z').map(char::from) {
            keys.push(format!("{a}"));
            keys.push(format!("k{a}"));
            keys.push(format!("ko{a}lenko"));
            for b in ['a', 'e', 'o', 'v', 'z'] {
                keys.push(format!("m{a}{b}ovich"));
            }
        }
        keys.extend(
            (0x430..0x450)
                .filter_map(char::from_u32)
                .map(|c| format!("k{c}")),
        );
        keys.sort();
        keys.dedup();
        let map = fst::Map::from_iter(keys.iter().enumerate().map(|(i, k)| (k.as_str(), i as u64)))
            .unwrap();
        let m = CostModel::default();
        let mut hits = 0;
        for q in ["kovalenko", "mzaovich", "mavovic", "k", "kж", "ko"] {
            for budget in [0, 50, 100, 130, 250] {
                let aut = WeightedLevenshtein::new(&m, q, budget);
                hits += assert_walk_is_eval(&aut, &map, &keys, &format!("{q} at {budget}"));
            }
        }
        assert!(hits > 300, "{hits}");
    }

    #[test]
    fn walk_with_huge_costs_saturates() {
        // Costs too large for the plain adds (near `Cost::MAX`) take the
        // saturating steps; the walk still finds what eval finds.
        let keys = ["bab", "bb", "bob", "cab", "xab", "xx"];
        let map =
            fst::Map::from_iter(keys.iter().enumerate().map(|(i, k)| (*k, i as u64))).unwrap();
        let mut huge = CostModel::uniform();
        huge.substitution('a', 'o', Cost::MAX - 7, crate::EditClass::Other)
            .insertion('x', Cost::MAX / 2, crate::EditClass::Other);
        let mut near = CostModel::uniform();
        // Within the plain steps' cap for a 3-char query ((2^28 | 100) * 5
        // < 2^31): a path over budget may add up past the cap.
        near.substitution('a', 'o', 1 << 28, crate::EditClass::Other);
        for (m, plain) in [(&huge, false), (&near, true)] {
            for budget in [0, 100, 250, FINITE_INF - 1, FINITE_INF, Cost::MAX] {
                let aut = WeightedLevenshtein::new(m, "bab", budget);
                let want_plain = plain && budget < FINITE_INF;
                assert_eq!(aut.ascii_steps(true).plain, want_plain, "{budget}");
                assert_eq!(aut.steps().plain, want_plain, "{budget}");
                assert_walk_is_eval(&aut, &map, &keys, &budget.to_string());
            }
        }
    }

    /// A floor asked only against a bound answers as the exact one does,
    /// and is never below it; rows are the same either way.
    #[test]
    fn enough_floor_answers_like_the_exact_one() {
        let m = CostModel::default();
        let mut decided = [0, 0];
        for q in ["kashoko", "witkov", "ab", "жошш"] {
            let aut = WeightedLevenshtein::new(&m, q, 300);
            let n1 = aut.query.len() + 1;
            for key in ["kahsoko", "vitkoff", "ba", "zhosh", "xyz", "ж"] {
                let key: Vec<char> = key.chars().collect();
                for enough in [0, 20, 60, 150] {
                    let mut exact = vec![Cost::MAX; (key.len() + 2) * n1];
                    aut.start_row(&mut exact[n1..2 * n1]);
                    let mut asked = exact.clone();
                    for (k, &c) in key.iter().enumerate() {
                        let last = k.checked_sub(1).map(|p| key[p]);
                        let steps = aut.steps();
                        let f0 = aut.advance_rows(steps, &mut exact, k, last, c, 0);
                        let f = aut.advance_rows(steps, &mut asked, k, last, c, enough);
                        assert_eq!(f0 <= enough, f <= enough, "{q} {key:?} {k}");
                        assert!(f >= f0, "{q} {key:?} {k}");
                        decided[usize::from(f0 <= enough)] += 1;
                    }
                    assert_eq!(exact, asked);
                }
            }
        }
        assert!(decided[0] > 10 && decided[1] > 10, "{decided:?}");
    }

    /// `Viable::allows` answers as the mask's bit, over rows of many
    /// shapes (cells within the budget or not, after ASCII key chars and
    /// others), for queries whose rules read one and two key chars.
    #[test]
    fn allows_is_the_masks_bit() {
        let base = CostModel::default();
        let models = [base.clone(), base.for_abjad(), base.with_akanye()];
        let values = [0, 15, 30, 45, 60, 90, 100, 115, 130, 200, Cost::MAX];
        let mut seed = 12345u64;
        let mut next = |n: usize| {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            (seed >> 33) as usize % n
        };
        let (mut yes, mut no) = (0, 0);
        for m in &models {
            for q in ["khaled", "tsoi", "shchukin", "ijsselmeer", "zhou", "x"] {
                let aut = WeightedLevenshtein::new(m, q, 130);
                let viable = Viable::new(&aut, &aut.ascii_steps(true));
                let n1 = q.len() + 1;
                for _ in 0..300 {
                    let cur: Vec<Cost> = (0..n1).map(|_| values[next(values.len())]).collect();
                    let old: Vec<Cost> = (0..n1).map(|_| values[next(values.len())]).collect();
                    let last = [None, Some('k'), Some('s'), Some('h'), Some('ж')][next(5)];
                    let budget = [0, 50, 100, 130][next(4)];
                    let min = cur.iter().copied().min().unwrap_or(Cost::MAX);
                    let mask = viable.mask(&cur, &old, last, budget, min);
                    for c in 0..128u8 {
                        let want = mask & (1u128 << c) != 0;
                        let allows = viable.allows(&cur, &old, last, budget, min, c);
                        assert_eq!(allows, want, "{q} {c}");
                        if want {
                            yes += 1;
                        } else {
                            no += 1;
                        }
                    }
                }
            }
        }
        assert!(yes > 10_000 && no > 10_000, "{yes} {no}");
    }

    #[test]
    fn has_at_least_is_count_ones() {
        let masks = [
            0u128,
            1,
            0b1011,
            u128::MAX,
            1 << 127 | 1 << 64 | 7,
            (1 << 40) - 1,
        ];
        for v in masks {
            for n in 0..=130 {
                assert_eq!(
                    has_at_least(v, n),
                    v.count_ones() as usize >= n,
                    "{v:#x} {n}"
                );
            }
        }
    }

    #[test]
    fn budget_excludes() {
        let m = CostModel::default();
        let aut = WeightedLevenshtein::new(&m, "merz", 99);
        assert_eq!(aut.eval("merk"), None);
        assert_eq!(aut.eval("mertz"), Some(20));
    }
}
