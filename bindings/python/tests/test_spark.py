"""namefold.spark: resolve_column on a real local[2] Spark (UI off)."""

from __future__ import annotations

import os
import sys

import pytest

pytest.importorskip("pyspark")
pytest.importorskip("pyarrow")
pytest.importorskip("pandas")

import namefold
import namefold.spark
from conftest import QUERIES


@pytest.fixture(scope="module")
def spark():
    from pyspark.sql import SparkSession

    os.environ["PYSPARK_PYTHON"] = sys.executable
    os.environ["PYSPARK_DRIVER_PYTHON"] = sys.executable
    session = (
        SparkSession.builder.master("local[2]")
        .appName("namefold-tests")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "8")
        .config("spark.python.worker.reuse", "true")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.driver.host", "127.0.0.1")
        .getOrCreate()
    )
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()


def mention_rows():
    """Each query several times, with nulls, as (row id, name)."""
    names = [q for q, _ in QUERIES] * 5 + [None, None]
    return list(enumerate(names))


def test_resolve_column_equals_resolve_many(spark, resolver, index_path):
    rows = mention_rows()
    df = spark.createDataFrame(rows, "i int, name string").repartition(4)
    out = namefold.spark.resolve_column(df, "name", str(index_path))
    assert out.columns == ["i", "name", "namefold_id", "namefold_score"]
    dtypes = dict(out.dtypes)
    assert dtypes["namefold_id"] == "string" and dtypes["namefold_score"] == "double"
    got = sorted(out.collect(), key=lambda r: r.i)
    assert [r.i for r in got] == [i for i, _ in rows]  # no row lost or doubled
    names = [n for _, n in rows]
    ids, scores = resolver.resolve_ids(names, threads=1)
    assert [r.namefold_id for r in got] == ids
    assert [r.namefold_score for r in got] == scores
    want = dict(QUERIES)
    for r in got:
        if r.name is None:
            assert r.namefold_id is None and r.namefold_score is None
        else:
            assert r.namefold_id == want[r.name]  # unknowns are null
    assert any(r.namefold_id is None and r.name is not None for r in got)


def test_threshold_and_argument_checks(spark, resolver, index_path):
    df = spark.createDataFrame([(q,) for q, _ in QUERIES], "name string")
    out = namefold.spark.resolve_column(df, "name", str(index_path), threshold=0.99)
    got = {r.name: r.namefold_id for r in out.collect()}
    assert got == dict(zip([q for q, _ in QUERIES], resolver.resolve_ids([q for q, _ in QUERIES], threshold=0.99)[0]))
    assert got["Adaeze Okonkvo"] is None and got["TAMSWORTH"] == "tamsworth"
    # A URI (here file://; HDFS and S3 go the same way through addFile).
    by_uri = namefold.spark.resolve_column(df, "name", index_path.as_uri())
    assert {r.name: r.namefold_id for r in by_uri.collect()} == dict(
        zip([q for q, _ in QUERIES], resolver.resolve_ids([q for q, _ in QUERIES])[0])
    )
    with pytest.raises(ValueError, match="no column"):
        namefold.spark.resolve_column(df, "nope", str(index_path))
    with pytest.raises(ValueError, match="already has a column"):
        namefold.spark.resolve_column(out, "name", str(index_path))
    with pytest.raises(namefold.NamefoldError, match="threshold"):
        namefold.spark.resolve_column(df, "name", str(index_path), threshold=-1.0)
    with pytest.raises(FileNotFoundError):
        namefold.spark.resolve_column(df, "name", str(index_path) + ".missing")


def test_each_worker_process_maps_the_index_once(spark, index_path):
    # Many partitions of distinct names over two cores: each Python worker
    # process runs several tasks, and must map the file once.
    names = [f"{q} {k}" for q, _ in QUERIES for k in range(30)]
    df = spark.createDataFrame([(n,) for n in names], "name string")
    spark.conf.set("spark.sql.shuffle.partitions", "16")
    try:
        out = namefold.spark.resolve_column(df, "name", str(index_path))
        assert out.count() == len(names)
    finally:
        spark.conf.set("spark.sql.shuffle.partitions", "8")

    name = os.path.basename(index_path)

    def report(batches):
        import pyarrow as pa
        from pyspark import SparkFiles

        import namefold.spark as nfs

        path = SparkFiles.get(name)
        loads_before = nfs._loads.get(path, 0)
        nfs._worker_resolver(path)
        for _ in batches:
            pass
        yield pa.RecordBatch.from_arrays(
            [pa.array([os.getpid()], pa.int64()), pa.array([loads_before], pa.int64()), pa.array([nfs._loads[path]], pa.int64())],
            names=["pid", "before", "after"],
        )

    probe = spark.range(0, 16, numPartitions=16).mapInArrow(report, "pid long, before long, after long")
    rows = probe.collect()
    assert len(rows) == 16
    assert all(r.after == 1 for r in rows), rows
    pids = {r.pid for r in rows}
    # Workers are reused across tasks: fewer processes than tasks, and
    # some tasks found the index already mapped by an earlier task.
    assert len(pids) < len(rows)
    assert sum(r.before == 1 for r in rows) >= len(rows) - len(pids)


def test_readme_at_scale_example(spark, bundled, tmp_path):
    import pyarrow as pa
    import pyarrow.parquet as pq

    from conftest import readme_blocks

    code = readme_blocks("At scale")[0][1]
    # The JVM's working directory is not the test's: the example's
    # relative file names become paths in tmp_path.
    for name in ("mentions.parquet", "index.nf", "resolved.parquet"):
        assert f'"{name}"' in code
        code = code.replace(f'"{name}"', repr(str(tmp_path / name)))
    bundled.save(tmp_path / "index.nf")
    names = ["Fridrich Mertz", "KIEV", "Lorcan Brightwater", None, "Steve Vitkov"] * 3
    pq.write_table(pa.table({"name": pa.array(names, pa.string())}), tmp_path / "mentions.parquet")
    exec(compile(code, "README.md:At scale", "exec"), {})
    got = spark.read.parquet(str(tmp_path / "resolved.parquet")).collect()
    ids, scores = bundled.resolve_ids(names)
    assert sorted((r.name, r.namefold_id, r.namefold_score) for r in got if r.name) == sorted(
        (n, i, s) for n, i, s in zip(names, ids, scores) if n
    )
    assert len(got) == len(names)
