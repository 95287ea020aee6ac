//! Greedy pairing of query words with alias words, best pairs first, with
//! small stack-allocated lists.

use super::*;

/// Alias words [`greedy`] orders on the stack.
pub(super) const ORDER_INLINE: usize = 32;

/// Looked-up pairs [`greedy`] keeps on the stack (more go to the heap).
pub(super) const KNOWN_INLINE: usize = 16;

/// A short list on the stack that moves to the heap when it outgrows
/// `N` items (`push` and `swap_remove` as `Vec`'s).
pub(super) struct Few<T: Copy, const N: usize> {
    inline: [T; N],
    len: usize,
    heap: Option<Vec<T>>,
}

impl<T: Copy, const N: usize> Few<T, N> {
    /// Empty; `fill` only initialises the unused slots.
    pub(super) fn new(fill: T) -> Self {
        Few {
            inline: [fill; N],
            len: 0,
            heap: None,
        }
    }

    pub(super) fn as_slice(&self) -> &[T] {
        match &self.heap {
            Some(v) => v,
            None => &self.inline[..self.len],
        }
    }

    pub(super) fn len(&self) -> usize {
        self.as_slice().len()
    }

    pub(super) fn push(&mut self, x: T) {
        match &mut self.heap {
            Some(v) => v.push(x),
            None if self.len < N => {
                self.inline[self.len] = x;
                self.len += 1;
            }
            None => {
                let mut v = Vec::with_capacity(2 * N);
                v.extend_from_slice(&self.inline[..self.len]);
                v.push(x);
                self.heap = Some(v);
            }
        }
    }

    pub(super) fn swap_remove(&mut self, i: usize) -> T {
        match &mut self.heap {
            Some(v) => v.swap_remove(i),
            None => {
                let x = self.inline[i];
                self.len -= 1;
                self.inline[i] = self.inline[self.len];
                x
            }
        }
    }
}

/// The pairs the greedy alignment takes, in the order it takes them: of
/// all pairs of at least [`PAIR_MIN`], best `sim × weight` first (ties: by
/// query word, then alias word), each taken when neither word is taken
/// yet (an initial never stands for a family name). `q_used` and `a_used`
/// come back marked.
///
/// A pair's value is asked (`sim`) only when it could still be taken:
/// pairs are visited by their upper bound (`weight`: a similarity is at
/// most 1), and one is looked up only when it comes first by that bound
/// and both its words are free; a pair whose words are taken would be
/// passed over, whatever its value. A looked-up pair waits among the
/// looked-up ones until no bound is above its exact key. This takes the
/// same pairs in the same order as sorting every pair's value (the test
/// `lazy_greedy_takes_what_the_full_sort_takes`) when no value is above 1
/// ([`align`] clamps them).
pub(super) fn greedy(
    query: &[QTok<'_>],
    roles: &[Role],
    sim: &mut dyn FnMut(usize, usize) -> Option<(f64, Cost)>,
    q_used: &mut [bool],
    a_used: &mut [bool],
) -> Vec<Pair> {
    // Order: key descending, then query word, then alias word.
    let before = |x: (f64, usize, usize), y: (f64, usize, usize)| {
        y.0.total_cmp(&x.0)
            .then(x.1.cmp(&y.1))
            .then(x.2.cmp(&y.2))
            .is_lt()
    };
    let key = |p: &Pair| p.sim * roles[p.a].weight();
    // Every pair by its bound, best first: the alias words by weight
    // (descending, then position); pairs by weight, then query word, then
    // alias word (`level` is the run of words of one weight).
    let mut order_buf = [0usize; ORDER_INLINE];
    let mut order_heap;
    let order: &mut [usize] = if roles.len() <= ORDER_INLINE {
        &mut order_buf[..roles.len()]
    } else {
        order_heap = vec![0; roles.len()];
        &mut order_heap
    };
    order.iter_mut().enumerate().for_each(|(i, o)| *o = i);
    order.sort_by(|&a1, &a2| {
        roles[a2]
            .weight()
            .total_cmp(&roles[a1].weight())
            .then(a1.cmp(&a2))
    });
    let order = &*order;
    let level_end = |start: usize| {
        let w = roles[order[start]].weight();
        start
            + order[start..]
                .iter()
                .take_while(|&&a| roles[a].weight() == w)
                .count()
    };
    // The next bound: (level start, query word, index in `order`).
    let (mut level, mut bq, mut bi) = (0, 0, 0);
    let mut end = if order.is_empty() { 0 } else { level_end(0) };
    let mut next_bound = move || -> Option<(usize, usize)> {
        if level >= order.len() || query.is_empty() {
            return None;
        }
        let at = (bq, order[level + bi]);
        bi += 1;
        if level + bi == end {
            bi = 0;
            bq += 1;
            if bq == query.len() {
                bq = 0;
                level = end;
                if level < order.len() {
                    end = level_end(level);
                }
            }
        }
        Some(at)
    };
    let mut bound = next_bound();
    // Looked-up pairs not yet taken or passed over (few: a linear scan,
    // on the stack).
    let mut known: Few<Pair, KNOWN_INLINE> = Few::new(Pair {
        q: 0,
        a: 0,
        sim: 0.0,
        cost: 0,
    });
    // Each word pairs once: sized once, never grown.
    let mut pairs = Vec::with_capacity(query.len().min(roles.len()));
    let blocked = |q: usize, a: usize, q_used: &[bool], a_used: &[bool]| {
        q_used[q] || a_used[a] || (query[q].initial && roles[a] == Role::Family)
    };
    loop {
        let best_known = (0..known.len()).reduce(|i, j| {
            let (x, y) = (&known.as_slice()[i], &known.as_slice()[j]);
            if before((key(y), y.q, y.a), (key(x), x.q, x.a)) {
                j
            } else {
                i
            }
        });
        let bounded = bound.map(|(q, a)| (roles[a].weight(), q, a));
        let take_known = match (best_known, bounded) {
            (None, None) => break,
            (Some(_), None) => true,
            (None, Some(_)) => false,
            (Some(i), Some(b)) => {
                let p = &known.as_slice()[i];
                !before(b, (key(p), p.q, p.a))
            }
        };
        if take_known {
            let p = known.swap_remove(best_known.expect("a known pair"));
            if !blocked(p.q, p.a, q_used, a_used) {
                q_used[p.q] = true;
                a_used[p.a] = true;
                pairs.push(p);
            }
            continue;
        }
        let (q, a) = bound.expect("a bound");
        bound = next_bound();
        if blocked(q, a, q_used, a_used) {
            continue;
        }
        if let Some((s, cost)) = sim(q, a) {
            debug_assert!(s <= 1.0, "a similarity above 1 breaks the bound");
            if s >= PAIR_MIN {
                known.push(Pair { q, a, sim: s, cost });
            }
        }
    }
    pairs
}

/// [`greedy`] by sorting the values of all pairs (what it replaced).
#[cfg(test)]
pub(super) fn greedy_sorted(
    query: &[QTok<'_>],
    roles: &[Role],
    sim: &mut dyn FnMut(usize, usize) -> Option<(f64, Cost)>,
    q_used: &mut [bool],
    a_used: &mut [bool],
) -> Vec<Pair> {
    let mut cands: Vec<Pair> = Vec::with_capacity(query.len() * roles.len());
    for q in 0..query.len() {
        for a in 0..roles.len() {
            if let Some((s, cost)) = sim(q, a) {
                if s >= PAIR_MIN {
                    cands.push(Pair { q, a, sim: s, cost });
                }
            }
        }
    }
    cands.sort_by(|x, y| {
        let wx = x.sim * roles[x.a].weight();
        let wy = y.sim * roles[y.a].weight();
        wy.total_cmp(&wx).then(x.q.cmp(&y.q)).then(x.a.cmp(&y.a))
    });
    let mut pairs = Vec::new();
    for p in cands {
        // An initial never stands for a family name.
        let initial_for_family = query[p.q].initial && roles[p.a] == Role::Family;
        if !initial_for_family && !q_used[p.q] && !a_used[p.a] {
            q_used[p.q] = true;
            a_used[p.a] = true;
            pairs.push(p);
        }
    }
    pairs
}
