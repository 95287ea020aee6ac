"""Resolve a DataFrame column on a Spark cluster.

    from namefold.spark import resolve_column
    out = resolve_column(df, "author", "hdfs:///indexes/people.nf")
    # out = df + namefold_id (string, null when unknown) + namefold_score (double)

How it runs: the index file is shipped to every executor with
``SparkContext.addFile`` (a local path, or any URI Spark reads: HDFS, S3, ...)
and memory-mapped once per Python worker process (a module-level cache; the
bytes are never broadcast). The column's distinct non-null values are
resolved by ``mapInArrow``, one thread per task (Spark already runs one
worker per core), and joined back to the rows.

Requires ``pyspark`` with Arrow support (``pandas >= 2.2`` and ``pyarrow``,
as ``pyspark[sql]`` brings) on the driver, and ``namefold`` installed on the
executors' Python.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any
from urllib.parse import urlparse

from ._namefold import Resolver, _check_threshold

if TYPE_CHECKING:
    from pyspark.sql import DataFrame

__all__ = ["resolve_column", "ID_COLUMN", "SCORE_COLUMN"]

ID_COLUMN = "namefold_id"
SCORE_COLUMN = "namefold_score"
_KEY = "__namefold_name"

# Resolvers of this Python process, by local file path. A Spark Python
# worker process runs many tasks one after another; each maps an index once.
_resolvers: dict[str, Resolver] = {}
_lock = threading.Lock()
# How many times this process mapped each file (tests check it stays 1).
_loads: dict[str, int] = {}


def _worker_resolver(local_path: str) -> Resolver:
    """The resolver of ``local_path``, mapped on first use in this process."""
    with _lock:
        r = _resolvers.get(local_path)
        if r is None:
            r = Resolver.load(local_path)
            _resolvers[local_path] = r
            _loads[local_path] = _loads.get(local_path, 0) + 1
        return r


def _file_name(index_path: str) -> str:
    """The name ``SparkFiles.get`` knows a file added by ``addFile`` under."""
    parsed = urlparse(index_path)
    path = parsed.path if parsed.scheme and len(parsed.scheme) > 1 else index_path
    name = os.path.basename(path.rstrip("/"))
    if not name:
        raise ValueError(f"index_path {index_path!r} names no file")
    return name


def resolve_column(
    df: DataFrame,
    column: str,
    index_path: str | os.PathLike[str],
    threshold: float | None = None,
) -> DataFrame:
    """Returns ``df`` with ``namefold_id`` and ``namefold_score`` added.

    ``namefold_id`` is the resolved id, null when the name is unknown or
    null; ``namefold_score`` is the best candidate's score (also for unknown
    names, 0.0 when there is no candidate; null for a null name).
    ``index_path`` is an index written by ``Resolver.save``: a local path
    (on the driver) or a URI Spark can read. ``threshold`` overrides the
    index's decision threshold.
    """
    from pyspark import SparkFiles
    from pyspark.sql import functions as F

    threshold = _check_threshold(threshold)
    index_path = os.fspath(index_path)
    for taken in (ID_COLUMN, SCORE_COLUMN):
        if taken in df.columns:
            raise ValueError(f"resolve_column: df already has a column {taken!r}")
    if column not in df.columns:
        raise ValueError(f"resolve_column: df has no column {column!r}")
    spark = df.sparkSession
    if "://" not in index_path:
        # A local path: absolute, since the JVM's working directory need
        # not be this Python process's.
        if not os.path.isfile(index_path):
            raise FileNotFoundError(2, "No such file or directory", index_path)
        index_path = os.path.abspath(index_path)
    spark.sparkContext.addFile(index_path)
    name = _file_name(index_path)

    def resolve_batches(batches: Iterator[Any]) -> Iterator[Any]:
        import pyarrow as pa

        resolver = _worker_resolver(SparkFiles.get(name))
        for batch in batches:
            names = batch.column(0).to_pylist()
            ids, scores = resolver.resolve_ids(names, threads=1, threshold=threshold)
            yield pa.RecordBatch.from_arrays(
                [batch.column(0), pa.array(ids, pa.string()), pa.array(scores, pa.float64())],
                names=[_KEY, ID_COLUMN, SCORE_COLUMN],
            )

    distinct = (
        df.select(F.col(column).cast("string").alias(_KEY))
        .where(F.col(_KEY).isNotNull())
        .distinct()
    )
    schema = f"{_KEY} string, {ID_COLUMN} string, {SCORE_COLUMN} double"
    resolved = distinct.mapInArrow(resolve_batches, schema)
    joined = df.join(resolved, df[column].cast("string") == resolved[_KEY], "left")
    return joined.drop(_KEY)
