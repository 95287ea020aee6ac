#!/usr/bin/env python3
"""namefold's resolve_many against rapidfuzz's process.extractOne, side by side.

Same catalogue, same queries, one process, one run:

    python bindings/python/bench/compare_rapidfuzz.py              # the four small suites
    python bindings/python/bench/compare_rapidfuzz.py --scale 200  # + the 1M-entity suite, 200 queries

For each suite of ../shared/eval (beside the repository; the script prints a
note and exits when it is absent) it builds a namefold resolver and a
rapidfuzz choice list (every name and alias of every entity, mapped to its
id), resolves the suite's queries with both and reports:

- throughput, names/s on one thread: namefold ``resolve_many(threads=1)``
  and rapidfuzz ``extractOne`` (Jaro-Winkler, ``score_cutoff``) in a loop;
  namefold also with ``threads=0`` (all cores);
- accuracy (right id / queries with an expected id), wrong id (another id /
  queries with an expected id) and false accepts (any id / queries whose
  expected id is empty), as the suites' score.py counts them.

rapidfuzz's processor folds case and diacritics (NFKD, combining marks
dropped, then ``utils.default_process``); it has no transliteration, so
names in other scripts only match aliases written in that script.
Timings are the best of --repeat runs (rapidfuzz on the scale suite: one run); the machine is shared, so compare
within one run.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import pathlib
import sys
import time
import unicodedata

import namefold

try:
    from rapidfuzz import process, utils
    from rapidfuzz.distance import JaroWinkler
except ImportError:  # pragma: no cover
    sys.exit("this benchmark needs rapidfuzz: pip install rapidfuzz")

REPO = pathlib.Path(__file__).resolve().parents[3]
EVAL = REPO.parent / "shared" / "eval"
SUITES = ["translit_ru", "translit_multi", "typos", "negatives"]


def fold(s: str) -> str:
    """Case and diacritics folded, for rapidfuzz."""
    s = "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))
    return utils.default_process(s)


def read_jsonl(path: pathlib.Path) -> list[dict]:
    op = gzip.open if path.suffix == ".gz" else open
    with op(path, "rt", encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def read_queries(path: pathlib.Path, limit: int | None) -> list[tuple[str, str]]:
    lines = path.read_text(encoding="utf-8").splitlines()[1:]
    rows = [tuple(line.split("\t")[:2]) for line in lines]
    return rows[:limit] if limit else rows


def score(answers: list[str | None], queries: list[tuple[str, str]]) -> dict[str, float]:
    pos = [(a, e) for a, (_, e) in zip(answers, queries) if e]
    neg = [a for a, (_, e) in zip(answers, queries) if not e]
    out = {}
    if pos:
        out["acc"] = sum(a == e for a, e in pos) / len(pos)
        out["wrong"] = sum(a is not None and a != e for a, e in pos) / len(pos)
    if neg:
        out["fa"] = sum(a is not None for a in neg) / len(neg)
    return out


def best_time(fn, repeat: int):
    best, result = float("inf"), None
    for _ in range(repeat):
        t = time.perf_counter()
        result = fn()
        best = min(best, time.perf_counter() - t)
    return best, result


def pct(x: float | None) -> str:
    return "–" if x is None else f"{100 * x:.1f}%"


def run_suite(name, entities_path, queries_path, limit, cutoffs, repeat, rf_repeat):
    entities = read_jsonl(entities_path)
    queries = read_queries(queries_path, limit)
    names = [q for q, _ in queries]
    t = time.perf_counter()
    resolver = namefold.Resolver.from_jsonl(entities_path)
    nf_build = time.perf_counter() - t
    t = time.perf_counter()
    choices, choice_ids = [], []
    for e in entities:
        for alias in [e["name"], *e.get("aliases", [])]:
            choices.append(fold(alias))
            choice_ids.append(e["id"])
    rf_build = time.perf_counter() - t

    rows = []
    secs, matches = best_time(lambda: resolver.resolve_many(names, threads=1), repeat)
    answers = [m.id if m else None for m in matches]
    rows.append(("namefold resolve_many, 1 thread", len(names) / secs, score(answers, queries)))
    secs_all, _ = best_time(lambda: resolver.resolve_many(names, threads=0), repeat)
    rows.append((f"namefold resolve_many, {os.cpu_count()} threads", len(names) / secs_all, None))

    rf_queries = queries
    rf_names = [fold(q) for q, _ in rf_queries]
    for cutoff in cutoffs:
        def rf():
            out = []
            for q in rf_names:
                hit = process.extractOne(
                    q, choices, scorer=JaroWinkler.normalized_similarity, score_cutoff=cutoff, processor=None
                )
                out.append(choice_ids[hit[2]] if hit else None)
            return out

        secs, answers = best_time(rf, rf_repeat)
        rows.append((f"rapidfuzz extractOne, Jaro-Winkler ≥ {cutoff}", len(rf_names) / secs, score(answers, rf_queries)))

    print(f"\n### {name}: {len(entities):,} entities, {len(choices):,} names, {len(queries):,} queries")
    print(f"build: namefold {nf_build:.2f} s, rapidfuzz choice list {rf_build:.2f} s\n")
    print("| method | names/s | accuracy | wrong id | false accepts |")
    print("|---|---|---|---|---|")
    for label, rate, s in rows:
        s = s or {}
        print(f"| {label} | {rate:,.0f} | {pct(s.get('acc'))} | {pct(s.get('wrong'))} | {pct(s.get('fa'))} |")
    sys.stdout.flush()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--cutoff", type=float, action="append", help="rapidfuzz score_cutoff (repeatable; default 0.85, 0.9, 0.95)")
    ap.add_argument("--repeat", type=int, default=3, help="runs per method; the best is kept (default 3)")
    ap.add_argument("--scale", type=int, metavar="N", help="also the 1M-entity suite, with its first N queries")
    args = ap.parse_args()
    if not EVAL.is_dir():
        print(f"note: {EVAL} is absent; nothing to compare", file=sys.stderr)
        return
    cutoffs = args.cutoff or [0.85, 0.9, 0.95]
    print(f"namefold vs rapidfuzz, {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}, "
          f"{os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f}, Python {sys.version.split()[0]}")
    for suite in SUITES:
        run_suite(suite, EVAL / f"{suite}.entities.jsonl", EVAL / f"{suite}.queries.tsv", None, cutoffs,
                  args.repeat, args.repeat)
    if args.scale:
        run_suite("scale", EVAL / "scale.entities.jsonl.gz", EVAL / "scale.queries.tsv", args.scale,
                  [min(cutoffs), max(cutoffs)], args.repeat, 1)


if __name__ == "__main__":
    main()
