"""The README's Python examples run as written."""

from __future__ import annotations

import contextlib
import io
import shutil

import pytest

import namefold
from conftest import REPO, readme_blocks


def test_python_section_example_prints_what_the_readme_shows(tmp_path, monkeypatch):
    blocks = readme_blocks("Python")
    assert [lang for lang, _ in blocks] == ["sh", "python", "text"]
    (tmp_path / "data").mkdir()
    shutil.copy(REPO / "data" / "entities.jsonl", tmp_path / "data" / "entities.jsonl")
    monkeypatch.chdir(tmp_path)
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        exec(compile(blocks[1][1], "README.md:Python", "exec"), {})
    assert out.getvalue() == blocks[2][1]
    assert namefold.Resolver.load(tmp_path / "index.nf").resolve("KIEV").id == "kyiv"


def write_mentions(path, names):
    import pyarrow as pa
    import pyarrow.parquet as pq

    pq.write_table(pa.table({"name": pa.array(names, pa.string())}), path)


MENTIONS = ["Fridrich Mertz", "KIEV", "Lorcan Brightwater", None, "Steve Vitkov", "KIEV"]


def test_at_scale_duckdb_example(bundled, tmp_path, monkeypatch):
    duckdb = pytest.importorskip("duckdb")
    pytest.importorskip("pyarrow")
    blocks = readme_blocks("At scale")
    assert [lang for lang, _ in blocks] == ["python", "python"]
    monkeypatch.chdir(tmp_path)
    bundled.save("index.nf")
    write_mentions("mentions.parquet", MENTIONS)
    exec(compile(blocks[1][1], "README.md:At scale", "exec"), {})
    rows = duckdb.sql("SELECT name, id, score FROM 'resolved.parquet'").fetchall()
    ids, scores = bundled.resolve_ids(MENTIONS)
    assert sorted(rows, key=repr) == sorted(zip(MENTIONS, ids, scores), key=repr)
    assert ("KIEV", "kyiv", 1.0) in rows and any(r[0] == "Lorcan Brightwater" and r[1] is None for r in rows)
