//! The plain dynamic-programming distance: the reference the fst
//! automaton is tested against, and the edit script's backtrace.

use super::{Cost, CostModel, EditClass, EditKind, EditOp, Rule};

/// The minimum total cost of turning `a` into `b` under `model`: an
/// O(|a|·|b|) dynamic program, tested cell by cell against a plain
/// reference. It is the reference the fst automaton is tested against.
///
/// # Example
/// ```
/// use namefold::{cost, CostModel};
/// let m = CostModel::default();
/// assert_eq!(cost::distance(&m, "kyiv", "kyiv"), 0);
/// assert!(cost::distance(&m, "zelensky", "zelenskyy") <= 25);
/// ```
pub fn distance(model: &CostModel, a: &str, b: &str) -> Cost {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let d = fast_matrix(model, &a, &b);
    d[a.len()][b.len()]
}

/// A DP matrix in one allocation; `d[i][j]` reads row `i`, column `j`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Matrix {
    width: usize,
    cells: Vec<Cost>,
}

impl Matrix {
    pub(crate) fn new(rows: usize, width: usize) -> Matrix {
        Matrix {
            width,
            cells: vec![0; rows * width],
        }
    }
}

impl std::ops::Index<usize> for Matrix {
    type Output = [Cost];
    fn index(&self, i: usize) -> &[Cost] {
        &self.cells[i * self.width..][..self.width]
    }
}

impl std::ops::IndexMut<usize> for Matrix {
    fn index_mut(&mut self, i: usize) -> &mut [Cost] {
        &mut self.cells[i * self.width..][..self.width]
    }
}

/// The full DP matrix: `d[i][j]` is the cost of `a[..i]` → `b[..j]`,
/// each cell by [`best_step`]: the plain reference `fast_matrix` is
/// tested against.
#[cfg(test)]
pub(super) fn matrix(m: &CostModel, a: &[char], b: &[char]) -> Matrix {
    let mut d = Matrix::new(a.len() + 1, b.len() + 1);
    for i in 0..=a.len() {
        for j in 0..=b.len() {
            if i == 0 && j == 0 {
                continue;
            }
            d[i][j] = best_step(m, a, b, &d, i, j).0;
        }
    }
    d
}

/// [`matrix`] with the per-cell work hoisted: the costs of deleting each
/// character of `a` and inserting each of `b`, and the rules whose first
/// side ends at each position of `a`, are found once. The same values;
/// `matrix` stays the plain reference.
pub(super) fn fast_matrix(m: &CostModel, a: &[char], b: &[char]) -> Matrix {
    let del: Vec<Cost> = (0..a.len())
        .map(|i| m.indel_cost(a[i], prev(a, i)).0)
        .collect();
    let ins: Vec<Cost> = (0..b.len())
        .map(|j| m.indel_cost(b[j], prev(b, j)).0)
        .collect();
    // The rules whose first side ends at each position of `a`:
    // `rules[rules_at[i]..rules_at[i + 1]]`, with the last character of
    // their second side first, so most cells skip a rule on one compare.
    let mut rules: Vec<(char, &Rule)> = Vec::new();
    let mut rules_at = vec![0; a.len() + 2];
    for i in 1..=a.len() {
        rules.extend(
            m.rules_ending(a[i - 1])
                .filter(|r| ends_with(&a[..i], &r.a) && r.fits(a, i))
                .filter_map(|r| Some((*r.b.last()?, r))),
        );
        rules_at[i + 1] = rules.len();
    }
    let w = b.len() + 1;
    let mut d = Matrix::new(a.len() + 1, w);
    for j in 1..w {
        d.cells[j] = d.cells[j - 1] + ins[j - 1];
    }
    for i in 1..=a.len() {
        // Rows before `i`, and row `i`.
        let (done, rest) = d.cells.split_at_mut(i * w);
        let (up, row) = (&done[(i - 1) * w..], &mut rest[..w]);
        let ai = a[i - 1];
        row[0] = up[0] + del[i - 1];
        let rules = &rules[rules_at[i]..rules_at[i + 1]];
        for j in 1..w {
            let bj = b[j - 1];
            let mut best = (up[j] + del[i - 1])
                .min(row[j - 1] + ins[j - 1])
                .min(up[j - 1] + m.sub_cost(ai, bj).0);
            if i > 1 && j > 1 && ai == b[j - 2] && a[i - 2] == bj && ai != a[i - 2] {
                best = best.min(done[(i - 2) * w + j - 2] + m.transpose_cost());
            }
            for &(end, r) in rules {
                // Rule sides are one or two characters: the rule starts
                // in a row before `i`.
                if end == bj && ends_with(&b[..j], &r.b) {
                    best = best.min(done[(i - r.a.len()) * w + j - r.b.len()] + r.cost);
                }
            }
            row[j] = best;
        }
    }
    d
}

/// The cheapest last step reaching cell (i, j): its total cost and the
/// number of characters it consumes from `a` and `b`, with its class.
fn best_step(
    m: &CostModel,
    a: &[char],
    b: &[char],
    d: &Matrix,
    i: usize,
    j: usize,
) -> (Cost, usize, usize, EditClass) {
    let mut best = (Cost::MAX, 0, 0, EditClass::Other);
    let mut consider = |c: Cost, di: usize, dj: usize, class: EditClass| {
        if c < best.0 {
            best = (c, di, dj, class);
        }
    };
    if i > 0 {
        let (c, class) = m.indel_cost(a[i - 1], prev(a, i - 1));
        consider(d[i - 1][j] + c, 1, 0, class);
    }
    if j > 0 {
        let (c, class) = m.indel_cost(b[j - 1], prev(b, j - 1));
        consider(d[i][j - 1] + c, 0, 1, class);
    }
    if i > 0 && j > 0 {
        let (c, class) = m.sub_cost(a[i - 1], b[j - 1]);
        consider(d[i - 1][j - 1] + c, 1, 1, class);
    }
    if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] && a[i - 1] != a[i - 2] {
        consider(
            d[i - 2][j - 2] + m.transpose_cost(),
            2,
            2,
            EditClass::Transposition,
        );
    }
    let ends = if i > 0 && j > 0 {
        m.rules_by_end.get(&(a[i - 1], b[j - 1]))
    } else {
        None
    };
    for r in ends.into_iter().flatten().map(|&k| &m.rules[k]) {
        let (la, lb) = (r.a.len(), r.b.len());
        if ends_with(&a[..i], &r.a) && r.fits(a, i) && ends_with(&b[..j], &r.b) {
            consider(d[i - la][j - lb] + r.cost, la, lb, r.class);
        }
    }
    best
}

/// The script of a word to itself: one keep. (The backtrace could find
/// free edits instead, such as a free `h` inserted and deleted.)
pub(super) fn kept(a: &str) -> Vec<EditOp> {
    (!a.is_empty()).then(|| keep(a)).into_iter().collect()
}

fn keep(s: &str) -> EditOp {
    EditOp {
        kind: EditKind::Keep,
        from: s.to_string(),
        to: s.to_string(),
        class: EditClass::Match,
        cost: 0,
    }
}

/// Whether `s` ends with `tail`. Rule sides are a few characters: a
/// plain loop, not a `memcmp` call.
pub(crate) fn ends_with(s: &[char], tail: &[char]) -> bool {
    s.len() >= tail.len() && s.iter().rev().zip(tail.iter().rev()).all(|(x, y)| x == y)
}

fn prev(s: &[char], i: usize) -> Option<char> {
    if i == 0 {
        None
    } else {
        Some(s[i - 1])
    }
}

pub(super) fn backtrace(m: &CostModel, a: &[char], b: &[char], d: &Matrix) -> Vec<EditOp> {
    // The steps, last first: (i, j, di, dj, class, cost). Spans are made
    // into strings once the kept runs are known.
    let (mut i, mut j) = (a.len(), b.len());
    let mut steps = Vec::with_capacity(a.len().max(b.len()));
    while i > 0 || j > 0 {
        let (total, di, dj, class) = best_step(m, a, b, d, i, j);
        steps.push((i, j, di, dj, class, total - d[i - di][j - dj]));
        i -= di;
        j -= dj;
    }
    let mut ops: Vec<EditOp> = Vec::new();
    for &(i, j, di, dj, class, cost) in steps.iter().rev() {
        let (from, to) = (&a[i - di..i], &b[j - dj..j]);
        let kind = match (di, dj) {
            _ if class == EditClass::Match => EditKind::Keep,
            _ if class == EditClass::Transposition => EditKind::Transpose,
            (_, 0) => EditKind::Delete,
            (0, _) => EditKind::Insert,
            _ => EditKind::Substitute,
        };
        match ops.last_mut() {
            Some(last) if kind == EditKind::Keep && last.kind == EditKind::Keep => {
                last.from.extend(from);
                last.to.extend(to);
            }
            _ => ops.push(EditOp {
                kind,
                from: from.iter().collect(),
                to: to.iter().collect(),
                class,
                cost,
            }),
        }
    }
    ops
}
