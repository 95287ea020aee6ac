"""namefold.duckdb: the SQL functions on a real in-process DuckDB."""

from __future__ import annotations

import pytest

duckdb = pytest.importorskip("duckdb")
pytest.importorskip("pyarrow")

import namefold
import namefold.duckdb
from conftest import QUERIES


def names_table(con, names):
    con.execute("CREATE OR REPLACE TABLE mentions (i INTEGER, name VARCHAR)")
    con.executemany("INSERT INTO mentions VALUES (?, ?)", list(enumerate(names)))


def test_sql_functions_equal_resolve_many(resolver):
    con = duckdb.connect()
    namefold.duckdb.register(con, resolver)
    # Repeats, nulls and enough rows for several vectors (2048 rows each).
    names = [q for q, _ in QUERIES] * 700 + [None] * 5
    names_table(con, names)
    rows = con.execute(
        "SELECT i, namefold_resolve(name), namefold_resolve_score(name) FROM mentions ORDER BY i"
    ).fetchall()
    assert len(rows) == len(names)
    ids, scores = resolver.resolve_ids(names)
    assert [r[1] for r in rows] == ids
    assert [r[2] for r in rows] == scores
    want = {q: e for q, e in QUERIES}
    for (i, got_id, score), name in zip(rows, names):
        if name is None:
            assert got_id is None and score is None
        else:
            assert got_id == want[name]
            assert 0.0 <= score <= 1.0


def test_custom_name_threshold_and_parquet(resolver, tmp_path):
    con = duckdb.connect()
    namefold.duckdb.register(con, resolver, name="who", threshold=0.99)
    assert con.execute("SELECT who('TAMSWORTH'), who('Adaeze Okonkvo')").fetchone() == ("tamsworth", None)
    path = tmp_path / "mentions.parquet"
    names = [q for q, _ in QUERIES]
    names_table(con, names)
    con.execute(f"COPY mentions TO '{path}' (FORMAT parquet)")
    rows = con.execute(f"SELECT name, who(name) FROM '{path}' ORDER BY i").fetchall()
    assert [r[1] for r in rows] == resolver.resolve_ids(names, threshold=0.99)[0]


def test_register_rejects_a_bad_threshold(resolver):
    with pytest.raises(namefold.NamefoldError, match="threshold"):
        namefold.duckdb.register(duckdb.connect(), resolver, threshold=2.0)


def test_both_functions_resolve_each_name_once(resolver):
    class Counting:
        """Wraps the resolver, recording the names it is asked about."""

        def __init__(self):
            self.asked = []

        def resolve_ids(self, names, **kw):
            self.asked += names
            return resolver.resolve_ids(names, **kw)

    counting = Counting()
    con = duckdb.connect()
    namefold.duckdb.register(con, counting)
    names = [q for q, _ in QUERIES] * 300 + [None]
    names_table(con, names)
    rows = con.execute(
        "SELECT namefold_resolve(name), namefold_resolve_score(name) FROM mentions ORDER BY i"
    ).fetchall()
    assert [r[0] for r in rows] == resolver.resolve_ids(names)[0]
    assert sorted(counting.asked) == sorted({q for q, _ in QUERIES})
