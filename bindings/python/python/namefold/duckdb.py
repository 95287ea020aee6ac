"""Resolve names inside DuckDB SQL with a vectorised (Arrow) function.

    >>> import duckdb, namefold, namefold.duckdb
    >>> con = duckdb.connect()
    >>> r = namefold.Resolver.from_entities([{"id": "kyiv", "name": "Kyiv", "aliases": ["Kiev"]}])
    >>> namefold.duckdb.register(con, r)
    >>> con.sql("SELECT namefold_resolve('KIEV'), namefold_resolve_score('KIEV')").fetchall()
    [('kyiv', 1.0)]

Requires the ``duckdb`` and ``pyarrow`` packages.
"""

from __future__ import annotations

from collections import OrderedDict
from threading import Lock
from typing import TYPE_CHECKING, Any

from ._namefold import Resolver, _check_threshold

if TYPE_CHECKING:
    import duckdb as _duckdb

__all__ = ["register"]

# Answers remembered per registered function pair, so a query that calls
# both `<name>` and `<name>_score` on a column resolves each name once.
_CACHE_SIZE = 1 << 16


class _Answers:
    """A bounded, thread-safe map from name to (id, score)."""

    def __init__(self, resolver: Resolver, threshold: float | None) -> None:
        self.resolver = resolver
        self.threshold = threshold
        self.lock = Lock()
        self.memo: OrderedDict[str, tuple[str | None, float]] = OrderedDict()

    def lookup(self, names: list[str | None]) -> tuple[list[str | None], list[float | None]]:
        # One batch at a time: a batch already resolves on all cores, and
        # the two functions of one query then never resolve a name twice.
        with self.lock:
            todo = sorted({n for n in names if n is not None and n not in self.memo})
            if todo:
                ids, scores = self.resolver.resolve_ids(todo, threshold=self.threshold)
                for n, i, s in zip(todo, ids, scores):
                    self.memo[n] = (i, s if s is not None else 0.0)
            answers = [None if n is None else self.memo[n] for n in names]
            while len(self.memo) > _CACHE_SIZE:
                self.memo.popitem(last=False)
        out_ids = [None if a is None else a[0] for a in answers]
        out_scores = [None if a is None else a[1] for a in answers]
        return out_ids, out_scores


def _types() -> tuple[Any, Any]:
    try:
        from duckdb.sqltypes import DOUBLE, VARCHAR
    except ImportError:  # duckdb < 1.4
        from duckdb.typing import DOUBLE, VARCHAR
    return VARCHAR, DOUBLE


def register(
    con: _duckdb.DuckDBPyConnection,
    resolver: Resolver,
    name: str = "namefold_resolve",
    *,
    threshold: float | None = None,
) -> None:
    """Registers two SQL functions on ``con``.

    ``<name>(text) -> VARCHAR``: the resolved id, NULL when unknown or NULL.
    ``<name>_score(text) -> DOUBLE``: the best candidate's score (also for
    unknown names; 0.0 when there is no candidate), NULL for NULL.

    Both are Arrow-vectorised: DuckDB hands over a batch of values, the
    batch's distinct names not seen recently are resolved with
    ``resolve_ids`` (GIL released, all cores), and the answers of the last
    65,536 names are remembered, so calling both functions on a column
    resolves each name once.
    """
    import pyarrow as pa

    threshold = _check_threshold(threshold)
    answers = _Answers(resolver, threshold)
    varchar, double = _types()

    def ids(names: Any) -> Any:
        return pa.array(answers.lookup(names.to_pylist())[0], type=pa.string())

    def scores(names: Any) -> Any:
        return pa.array(answers.lookup(names.to_pylist())[1], type=pa.float64())

    for fname, fn, out in ((name, ids, varchar), (name + "_score", scores, double)):
        con.create_function(
            fname,
            fn,
            [varchar],
            out,
            type="arrow",
            null_handling="special",
            side_effects=False,
        )
