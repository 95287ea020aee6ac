//! Sorted postings algebra: unions and intersections of sorted alias-id
//! lists, galloping when one side is much shorter.

use std::borrow::Cow;

/// The union of two sorted, duplicate-free lists. The shorter one is
/// placed into the longer by galloping search, which copies the longer in
/// runs: the postings of a rare word merged into those of a common one.
pub(super) fn union(a: &[u32], b: &[u32]) -> Vec<u32> {
    let (long, short) = if a.len() >= b.len() { (a, b) } else { (b, a) };
    let mut out = Vec::with_capacity(long.len() + short.len());
    if short.len() * 8 > long.len() {
        // Similar lengths: a plain merge, without data-dependent branches.
        out.resize(long.len() + short.len(), 0);
        let (mut i, mut j, mut k) = (0, 0, 0);
        while i < long.len() && j < short.len() {
            let (x, y) = (long[i], short[j]);
            out[k] = x.min(y);
            k += 1;
            i += usize::from(x <= y);
            j += usize::from(y <= x);
        }
        out.truncate(k);
        out.extend_from_slice(&long[i..]);
        out.extend_from_slice(&short[j..]);
        return out;
    }
    let mut from = 0;
    for &x in short {
        let at = gallop(long, from, x);
        out.extend_from_slice(&long[from..at]);
        out.push(x);
        from = if long.get(at) == Some(&x) { at + 1 } else { at };
    }
    out.extend_from_slice(&long[from..]);
    out
}

/// The union of sorted, duplicate-free lists: the two shortest merged
/// first, so the longest lists are copied least often.
pub(super) fn union_all(runs: Vec<Vec<u32>>) -> Vec<u32> {
    union_cows(runs.into_iter().map(Cow::Owned).collect())
}

/// [`union_all`] of borrowed lists: only the merged lists are made (a
/// list is copied only when it is the whole union).
pub(super) fn union_all_of(runs: &[Vec<u32>]) -> Vec<u32> {
    union_cows(runs.iter().map(|r| Cow::Borrowed(&r[..])).collect())
}

fn union_cows(mut runs: Vec<Cow<'_, [u32]>>) -> Vec<u32> {
    use std::cmp::Reverse;
    use std::collections::BinaryHeap;
    let mut heap: BinaryHeap<Reverse<(usize, usize)>> = runs
        .iter()
        .enumerate()
        .map(|(i, r)| Reverse((r.len(), i)))
        .collect();
    while let Some(Reverse((_, i))) = heap.pop() {
        let Some(Reverse((_, j))) = heap.pop() else {
            return std::mem::take(&mut runs[i]).into_owned();
        };
        let (a, b) = (std::mem::take(&mut runs[i]), std::mem::take(&mut runs[j]));
        let merged = union(&a, &b);
        heap.push(Reverse((merged.len(), runs.len())));
        runs.push(Cow::Owned(merged));
    }
    Vec::new()
}

/// Appends the values in both sorted, duplicate-free lists, sorted. Of
/// lists of similar lengths, a merge that skips runs of either list by
/// comparing a block of items at a time; the items of a much shorter list
/// are looked up in the longer by galloping search.
pub(super) fn intersect_into(a: &[u32], b: &[u32], out: &mut Vec<u32>) {
    let (long, short) = if a.len() >= b.len() { (a, b) } else { (b, a) };
    if short.len() * 32 < long.len() {
        let mut from = 0;
        for &x in short {
            from = gallop(long, from, x);
            if long.get(from) == Some(&x) {
                out.push(x);
                from += 1;
            }
        }
        return;
    }
    let (mut i, mut j) = (0, 0);
    while i < a.len() && j < b.len() {
        let y = b[j];
        // Skip the items of `a` below `y` eight at a time.
        while i + 8 <= a.len() && a[i + 7] < y {
            i += 8;
        }
        while i < a.len() && a[i] < y {
            i += 1;
        }
        if i == a.len() {
            break;
        }
        let x = a[i];
        if x == y {
            out.push(x);
            i += 1;
            j += 1;
            continue;
        }
        // Skip the items of `b` below `x` likewise.
        while j + 8 <= b.len() && b[j + 7] < x {
            j += 8;
        }
        while j < b.len() && b[j] < x {
            j += 1;
        }
    }
}

/// Appends the values in both unions of sorted, duplicate-free runs
/// (`small`, the one with fewer items in all, and `big`), sorted, each
/// once. When `small` has many items and either side several runs,
/// `small`'s runs are marked in a reusable bitset (so they are never
/// merged) and `big`'s items within `small`'s range are looked up in it,
/// instead of scanning the merged `small` once per run of `big`; otherwise
/// `merged_small` (the union of `small`) is intersected with each run.
pub(super) fn intersect_runs_into<'a>(
    small: &'a [Vec<u32>],
    merged_small: impl FnOnce() -> &'a [u32],
    big: &[Vec<u32>],
    out: &mut Vec<u32>,
) {
    let start = out.len();
    let total: usize = small.iter().map(Vec::len).sum();
    if total < BITSET_MIN || (small.len() < 2 && big.len() < 2) {
        let xs = merged_small();
        for run in big {
            intersect_into(run, xs, out);
        }
        if big.len() > 1 {
            sort_from(out, start);
        }
        return;
    }
    let lo = small.iter().filter_map(|r| r.first()).min().copied();
    let hi = small.iter().filter_map(|r| r.last()).max().copied();
    let (Some(lo), Some(hi)) = (lo, hi) else {
        return;
    };
    MARKS.with(|marks| {
        let mut marks = marks.borrow_mut();
        let words = hi as usize / 64 + 1;
        if marks.len() < words {
            marks.resize(words, 0);
        }
        let marks = &mut marks[..words];
        for run in small {
            for &x in run {
                marks[x as usize / 64] |= 1 << (x % 64);
            }
        }
        out.reserve(total);
        for run in big {
            let from = run.partition_point(|&y| y < lo);
            let to = run.partition_point(|&y| y <= hi);
            out.extend(
                run[from..to]
                    .iter()
                    .filter(|&&y| marks[y as usize / 64] & (1 << (y % 64)) != 0),
            );
        }
        for run in small {
            for &x in run {
                marks[x as usize / 64] = 0;
            }
        }
    });
    if small.len() > 1 || big.len() > 1 {
        sort_from(out, start);
    }
}

/// Sorts `out` from `start` on and drops the repeated values there.
fn sort_from(out: &mut Vec<u32>, start: usize) {
    out[start..].sort_unstable();
    let mut tail = out.split_off(start);
    tail.dedup();
    out.extend_from_slice(&tail);
}

/// The length of the shorter list from which [`intersect_runs_into`] marks
/// it in a bitset.
const BITSET_MIN: usize = 64;

thread_local! {
    /// [`intersect_runs_into`]'s bitset over alias ids: all zero between
    /// calls.
    static MARKS: std::cell::RefCell<Vec<u64>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// The values in both sorted, duplicate-free lists, sorted.
#[cfg(test)]
pub(super) fn intersection(a: &[u32], b: &[u32]) -> Vec<u32> {
    let mut out = Vec::new();
    intersect_into(a, b, &mut out);
    out
}

/// The first index at or after `from` whose value in the sorted `v` is not
/// below `x`: doubling steps from `from`, then a binary search, so a near
/// position costs few comparisons.
pub(super) fn gallop(v: &[u32], from: usize, x: u32) -> usize {
    let mut lo = from;
    let mut step = 1;
    while lo + step < v.len() && v[lo + step] < x {
        lo += step;
        step *= 2;
    }
    if lo < v.len() && v[lo] < x {
        lo += 1;
    }
    let hi = (lo + step).min(v.len());
    lo + v[lo..hi].partition_point(|&y| y < x)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lists(seed: &mut u64) -> Vec<u32> {
        let len = (*seed % 300) as usize;
        let mut v: Vec<u32> = (0..len)
            .map(|_| {
                *seed = seed
                    .wrapping_mul(6364136223846793005)
                    .wrapping_add(1442695040888963407);
                ((*seed >> 33) % 500) as u32
            })
            .collect();
        v.sort();
        v.dedup();
        v
    }

    #[test]
    fn union_and_intersection_of_sorted_lists() {
        let mut seed = 7u64;
        for _ in 0..500 {
            let (a, b) = (lists(&mut seed), lists(&mut seed));
            let mut want: Vec<u32> = a.iter().chain(&b).copied().collect();
            want.sort();
            want.dedup();
            assert_eq!(union(&a, &b), want);
            let c = lists(&mut seed);
            let mut all: Vec<u32> = want.iter().chain(&c).copied().collect();
            all.sort();
            all.dedup();
            assert_eq!(union_all(vec![a.clone(), b.clone(), c.clone()]), all);
            assert_eq!(union_all_of(&[a.clone(), b.clone(), c.clone()]), all);
            assert_eq!(union_all_of(std::slice::from_ref(&c)), c);
            assert_eq!(union_all(vec![c.clone()]), c);
            assert!(union_all(vec![]).is_empty());
            let both: Vec<u32> = a.iter().copied().filter(|x| b.contains(x)).collect();
            assert_eq!(intersection(&a, &b), both);
            let mut out = vec![u32::MAX];
            intersect_into(&a, &b, &mut out);
            assert_eq!(out[1..], both[..]);
            // Runs against runs, by merges and by the bitset.
            let runs = [b.clone(), c.clone(), a.iter().map(|x| x * 2).collect()];
            let both_sides = |small: &[Vec<u32>], big: &[Vec<u32>]| {
                let mut want: Vec<u32> = small
                    .iter()
                    .flatten()
                    .copied()
                    .filter(|x| big.iter().any(|r| r.contains(x)))
                    .collect();
                want.sort();
                want.dedup();
                let merged = union_all_of(small);
                let mut out = vec![u32::MAX];
                intersect_runs_into(small, || &merged, big, &mut out);
                assert_eq!(out[1..], want[..]);
            };
            let short = [a[..a.len().min(BITSET_MIN - 1)].to_vec()];
            let halves = [a.iter().copied().step_by(2).collect(), a.clone()];
            for small in [&runs[..], &short[..], &halves[..], std::slice::from_ref(&a)] {
                for big in [&runs[..], &short[..], &halves[..], std::slice::from_ref(&c)] {
                    both_sides(small, big);
                }
            }
            // Sparse against dense: every k-th item of one, spread out.
            let k = (seed % 13) as usize + 1;
            let sparse: Vec<u32> = a.iter().step_by(k).map(|x| x * 3).collect();
            let dense: Vec<u32> = (0..1600).filter(|x| x % 5 != 0).collect();
            let both: Vec<u32> = sparse
                .iter()
                .copied()
                .filter(|x| dense.contains(x))
                .collect();
            for (x, y) in [(&sparse, &dense), (&dense, &sparse)] {
                let mut out = Vec::new();
                intersect_into(x, y, &mut out);
                assert_eq!(out, both);
                assert_eq!(intersection(x, y), both);
            }
        }
    }
}
