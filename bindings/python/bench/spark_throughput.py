#!/usr/bin/env python3
"""namefold.spark.resolve_column on Spark local[N] against resolve_ids in-process, one run.

    python bindings/python/bench/spark_throughput.py [--rows 200000] [--cores 2]

The catalogue is the repository's data/entities.jsonl; the names are its
names and aliases with one random edit each (a letter dropped, doubled or
swapped with the next) and invented two-word unknowns, written to a Parquet
file. It times, on the same names:

- ``resolve_ids(names, threads=N)`` in this process (the ceiling);
- ``resolve_column`` on Spark ``local[N]`` reading the Parquet file and
  writing the result as Parquet: distinct values, ``mapInArrow``, join back
  (first run, JVM warm, then a second run; the best is reported).
"""

from __future__ import annotations

import argparse
import json
import os
import pathlib
import random
import sys
import tempfile
import time

import namefold
import namefold.spark

REPO = pathlib.Path(__file__).resolve().parents[3]


def noisy(name: str, rng: random.Random) -> str:
    if len(name) < 4:
        return name
    k = rng.randrange(1, len(name) - 1)
    op = rng.randrange(3)
    if op == 0:
        return name[:k] + name[k + 1 :]
    if op == 1:
        return name[:k] + name[k] + name[k:]
    return name[:k] + name[k + 1] + name[k] + name[k + 2 :]


def make_names(rows: int, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    names = []
    for line in (REPO / "data" / "entities.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            e = json.loads(line)
            names += [e["name"], *e.get("aliases", [])]
    syll = ["ka", "lo", "ren", "vi", "dor", "mi", "sa", "tel", "bru", "an", "ost", "ve"]
    out = []
    for i in range(rows):
        if i % 5 == 4:
            word = lambda: "".join(rng.choice(syll) for _ in range(rng.randrange(2, 4))).title()
            out.append(f"{word()} {word()}")
        else:
            out.append(noisy(rng.choice(names), rng))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--rows", type=int, default=200_000)
    ap.add_argument("--cores", type=int, default=2)
    args = ap.parse_args()

    import pyarrow as pa
    import pyarrow.parquet as pq
    from pyspark.sql import SparkSession

    names = make_names(args.rows)
    distinct = len(set(names))
    tmp = pathlib.Path(tempfile.mkdtemp(prefix="namefold-spark-bench-"))
    resolver = namefold.Resolver.from_jsonl(REPO / "data" / "entities.jsonl")
    index = tmp / "index.nf"
    resolver.save(index)
    pq.write_table(pa.table({"name": names}), tmp / "mentions.parquet")

    t = time.perf_counter()
    ids, _ = resolver.resolve_ids(names, threads=args.cores)
    local = time.perf_counter() - t
    t = time.perf_counter()
    resolver.resolve_ids(sorted(set(names)), threads=args.cores)
    local_distinct = time.perf_counter() - t

    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    spark = (
        SparkSession.builder.master(f"local[{args.cores}]")
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        .config("spark.sql.shuffle.partitions", str(4 * args.cores))
        .getOrCreate()
    )
    spark.sparkContext.setLogLevel("ERROR")
    runs = []
    for run in range(2):
        out_path = tmp / f"resolved-{run}.parquet"
        t = time.perf_counter()
        df = spark.read.parquet(str(tmp / "mentions.parquet"))
        namefold.spark.resolve_column(df, "name", str(index)).write.parquet(str(out_path))
        runs.append(time.perf_counter() - t)
    got = spark.read.parquet(str(tmp / "resolved-1.parquet")).select("name", "namefold_id").collect()
    spark.stop()
    want = dict(zip(names, ids))
    assert len(got) == len(names) and all(want[r.name] == r.namefold_id for r in got)

    load = os.getloadavg()[0]
    print(f"{time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}, {os.cpu_count()} cores, load average {load:.1f}")
    print(f"{len(names):,} names ({distinct:,} distinct), catalogue {len(resolver):,} entities\n")
    print("| method | seconds | names/s |")
    print("|---|---|---|")
    print(f"| resolve_ids, {args.cores} threads, all names | {local:.2f} | {len(names) / local:,.0f} |")
    print(f"| resolve_ids, {args.cores} threads, distinct names | {local_distinct:.2f} | {len(names) / local_distinct:,.0f} |")
    print(f"| Spark local[{args.cores}] resolve_column, Parquet in and out, first run | {runs[0]:.2f} | {len(names) / runs[0]:,.0f} |")
    print(f"| Spark local[{args.cores}] resolve_column, Parquet in and out, second run | {runs[1]:.2f} | {len(names) / runs[1]:,.0f} |")


if __name__ == "__main__":
    main()
