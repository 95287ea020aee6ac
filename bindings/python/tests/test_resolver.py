"""The Resolver API: building, loading, resolving, outcomes, pickling, errors."""

from __future__ import annotations

import gzip
import json
import os
import pathlib
import pickle
import subprocess
import sys
import threading
import time
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
import multiprocessing

import pytest

import namefold
from conftest import ENTITIES, QUERIES, REPO


def noisy_names(r: namefold.Resolver, n: int = 400) -> list[str]:
    """Misspelt versions of the bundled catalogue's names plus invented
    unknowns: drop one letter, double one, swap two."""
    lines = (REPO / "data" / "entities.jsonl").read_text(encoding="utf-8").splitlines()
    names = [json.loads(line)["name"] for line in lines if line.strip()]
    out = []
    for i, name in enumerate(names[: n // 2]):
        k = 1 + i % max(1, len(name) - 2)
        edits = [name[:k] + name[k + 1 :], name[:k] + name[k] + name[k:], name[:k - 1] + name[k] + name[k - 1] + name[k + 1 :]]
        out.append(edits[i % 3])
        out.append(name.upper())
    out += ["Lorcan Ashdown", "Bartholomew Finch", "", "   ", "!!!", "x" * 5000]
    return out


def test_noisy_spellings_resolve_and_unknowns_abstain(resolver):
    for query, expected in QUERIES:
        m = resolver.resolve(query)
        assert (m.id if m else None) == expected, query


def test_match_fields_repr_eq_and_to_dict(resolver):
    m = resolver.resolve("Adaeze Okonkvo")
    assert isinstance(m, namefold.Match)
    assert (m.id, m.name) == ("okonkwo", "Adaeze Okonkwo")
    assert 0.67 <= m.score < 1.0
    assert m.to_dict() == {"id": "okonkwo", "name": "Adaeze Okonkwo", "score": m.score}
    assert repr(m).startswith("Match(id='okonkwo', name='Adaeze Okonkwo', score=0.")
    assert m == resolver.resolve("Adaeze Okonkvo")
    assert pickle.loads(pickle.dumps(m)) == m
    assert namefold.Match(m.id, m.name, m.score) == m
    assert m != resolver.resolve("Adaeze Okonkwo")  # same id, other score


def test_explain_decision_candidates_and_edits(resolver):
    res = resolver.explain("Adaeze Okonkvo", limit=3)
    assert res.decision == "resolved" and res.id == "okonkwo" and res
    assert res.normalized == "adaeze okonkvo"
    best = res.candidates[0]
    assert (best.id, best.alias, best.key) == ("okonkwo", "Adaeze Okonkwo", "token")
    family = [t for t in best.tokens if t.role == "family"][0]
    assert (family.query, family.alias) == ("okonkvo", "okonkwo")
    assert [(e.kind, e.from_, e.to, e.class_) for e in family.edits] == [
        ("substitute", "v", "w", "phonetic")
    ]
    d = res.to_dict()
    assert list(d) == ["query", "id", "name", "score", "decision", "normalized", "candidates"]
    assert d["candidates"][0]["tokens"][0]["edits"][0].keys() == {"kind", "from", "to", "class", "cost"}
    assert res == resolver.explain("Adaeze Okonkvo", limit=3)
    assert res != resolver.explain("Adaeze Okonkwo", limit=3)
    unknown = resolver.explain("Lorcan Ashdown")
    assert unknown.id is None and unknown.name is None and not unknown
    assert unknown.decision in ("no_candidate", "below_threshold", "ambiguous")


def test_threshold_and_limit_keywords(resolver):
    assert resolver.resolve("Adaeze Okonkvo", threshold=1.0) is None
    res = resolver.explain("Adaeze Okonkvo", threshold=1.0)
    assert res.decision == "below_threshold" and res.candidates[0].id == "okonkwo"
    assert resolver.resolve("Nuvel", threshold=0.9) is None
    assert resolver.resolve("Nuvel", threshold=0.5).id == "nuvelle"
    assert len(resolver.explain("Teodoro Vasquez", limit=1000).candidates) >= 1
    for bad in (-0.1, 1.5, float("nan")):
        with pytest.raises(namefold.NamefoldError, match="threshold must be a number in"):
            resolver.resolve("Nuvelle", threshold=bad)
    for bad in (0, 1001):
        with pytest.raises(namefold.NamefoldError, match="limit must be an integer"):
            resolver.explain("Nuvelle", limit=bad)
    r = namefold.Resolver.from_entities(ENTITIES, threshold=0.9)
    assert r.threshold == 0.9 and r.resolve("Nuvel") is None


def test_resolve_many_equals_one_by_one(bundled):
    names = noisy_names(bundled)
    one_by_one = [bundled.resolve(n) for n in names]
    assert sum(m is not None for m in one_by_one) > len(names) // 3
    assert sum(m is None for m in one_by_one) >= 4
    assert bundled.resolve_many(names) == one_by_one
    assert bundled.resolve_many(names, threads=1) == one_by_one
    assert bundled.resolve_many(iter(names), threads=3) == one_by_one
    assert bundled.resolve_many([]) == []
    ids, scores = bundled.resolve_ids(names + [None])
    assert ids == [m.id if m else None for m in one_by_one] + [None]
    assert scores[-1] is None and all(0.0 <= s <= 1.0 for s in scores[:-1])
    for n, m, s in zip(names, one_by_one, scores):
        if m is not None:
            assert s == m.score
        else:
            assert s == bundled.explain(n).score


def test_odd_inputs_never_crash(resolver):
    for name in ["", " ", "\x00", "\u200b", "🙂" * 3000, "a" * 100_000, "Ω" * 17, "\t\n"]:
        m = resolver.resolve(name)
        assert m is None or m.id in {e["id"] for e in ENTITIES}
    with pytest.raises(UnicodeEncodeError):
        resolver.resolve("Nuvelle\ud800")


def test_resolve_many_type_errors(resolver):
    with pytest.raises(TypeError, match=r"names\[1\] is int, not str"):
        resolver.resolve_many(["Nuvelle", 3])
    with pytest.raises(TypeError, match=r"names\[0\] is NoneType, not str"):
        resolver.resolve_many([None])
    with pytest.raises(TypeError, match="got a single str"):
        resolver.resolve_many("Nuvelle")
    with pytest.raises(TypeError):
        resolver.resolve_many(5)


def test_jsonl_plain_and_gzip_build_the_same_index(resolver, tmp_path):
    text = "".join(json.dumps(e, ensure_ascii=False) + "\n" for e in ENTITIES)
    plain = tmp_path / "cat.jsonl"
    plain.write_text(text, encoding="utf-8")
    gz = tmp_path / "cat.jsonl.gz"
    gz.write_bytes(gzip.compress(text.encode()))
    want = resolver.to_bytes()
    assert namefold.Resolver.from_jsonl(plain).to_bytes() == want
    assert namefold.Resolver.from_jsonl(str(gz)).to_bytes() == want


def test_save_load_round_trip(resolver, index_path):
    loaded = namefold.Resolver.load(index_path)
    assert loaded.to_bytes() == resolver.to_bytes()
    assert loaded.path == index_path and resolver.path is None
    assert len(loaded) == len(ENTITIES) == len(resolver)
    assert loaded.name_of("nuvelle") == "Nuvelle" and loaded.name_of("nope") is None
    for q, _ in QUERIES:
        assert loaded.explain(q) == resolver.explain(q)
    from_bytes = namefold.Resolver.from_bytes(resolver.to_bytes())
    assert from_bytes.resolve_many([q for q, _ in QUERIES]) == resolver.resolve_many([q for q, _ in QUERIES])


def test_pickle_by_path_and_by_bytes(resolver, index_path):
    loaded = namefold.Resolver.load(index_path, threshold=0.9)
    by_path = pickle.dumps(loaded)
    assert len(by_path) < 1000 and str(index_path).encode() in by_path
    again = pickle.loads(by_path)
    assert again.path == index_path and again.threshold == 0.9
    by_bytes = pickle.dumps(resolver)
    assert len(by_bytes) > len(resolver.to_bytes())
    copy = pickle.loads(by_bytes)
    assert copy.path is None and copy.to_bytes() == resolver.to_bytes()
    names = [q for q, _ in QUERIES]
    assert copy.resolve_many(names) == resolver.resolve_many(names)


def test_pickled_resolver_works_in_other_processes(resolver, index_path):
    names = [q for q, _ in QUERIES]
    want = resolver.resolve_ids(names)
    ctx = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(2, mp_context=ctx) as pool:
        got = list(pool.map(namefold.Resolver.resolve_ids, [resolver, namefold.Resolver.load(index_path)], [names, names]))
    assert got == [want, want]
    # Bound methods ship the resolver; matches come back pickled.
    with ProcessPoolExecutor(2, mp_context=ctx) as pool:
        assert list(pool.map(resolver.resolve, names)) == [resolver.resolve(n) for n in names]


def test_catalogue_errors_name_line_and_field(tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "a", "name": "Ann Lee"}\n\n{"id": "b", "name": 7}\n', encoding="utf-8")
    with pytest.raises(namefold.CatalogError) as e:
        namefold.Resolver.from_jsonl(bad)
    assert (e.value.line, e.value.field) == (3, "name")
    assert str(e.value) == f"{bad}: line 3: field name: is not a string"
    assert isinstance(e.value, namefold.NamefoldError) and isinstance(e.value, ValueError)
    bad.write_text('{"id": "a", "name": "Ann Lee"}\nnot json\n', encoding="utf-8")
    with pytest.raises(namefold.CatalogError) as e:
        namefold.Resolver.from_jsonl(bad)
    assert (e.value.line, e.value.field) == (2, "json")
    bad.write_text('{"id": "a", "name": "Ann Lee"}\n{"id": "a", "name": "Bo Li"}\n', encoding="utf-8")
    with pytest.raises(namefold.CatalogError, match="duplicate id") as e:
        namefold.Resolver.from_jsonl(bad)
    assert (e.value.line, e.value.field) == (2, "id")
    bad.write_text("", encoding="utf-8")
    with pytest.raises(namefold.CatalogError, match="no entity") as e:
        namefold.Resolver.from_jsonl(bad)
    assert (e.value.line, e.value.field) == (None, None)


@pytest.mark.parametrize(
    "entities, line, field, message",
    [
        ([{"id": "a", "name": "Ann Lee"}, {"name": "Bo Li"}], 2, "id", "is missing"),
        ([{"id": "a", "name": 3}], 1, "name", "is int, not a string"),
        ([{"id": "a", "name": "Ann Lee", "aliases": "Annie"}], 1, "aliases", "not a list"),
        ([{"id": "a", "name": "Ann Lee", "aliases": ["Annie", 4]}], 1, "aliases", "item 1 is int"),
        ([{"id": "a", "name": "Ann Lee", "kind": 1}], 1, "kind", "not a string"),
        ([{"id": "a", "name": "Ann Lee"}, ("b", "Bo Li")], 2, "json", "is tuple, not a dict"),
        ([{"id": "a", "name": "Ann"}, {"id": "a", "name": "Bo"}], 2, "id", "first seen at entity 1"),
        ([{"id": " a", "name": "Ann"}], 1, "id", "whitespace"),
        ([{"id": "a", "name": "   "}], 1, "name", "is empty"),
        ([{"id": "a", "name": "Ann", "aliases": [""]}], 1, "aliases", "empty alias"),
    ],
)
def test_from_entities_errors(entities, line, field, message):
    with pytest.raises(namefold.CatalogError, match=message) as e:
        namefold.Resolver.from_entities(entities)
    assert (e.value.line, e.value.field) == (line, field)
    assert str(e.value).startswith(f"entity {line}: field {field}: ")


def test_bad_index_files(resolver, index_path, tmp_path):
    with pytest.raises(FileNotFoundError) as e:
        namefold.Resolver.load(tmp_path / "missing.nf")
    assert e.value.filename == str(tmp_path / "missing.nf")
    with pytest.raises(FileNotFoundError):
        namefold.Resolver.from_jsonl(tmp_path / "missing.jsonl")
    data = resolver.to_bytes()
    truncated = tmp_path / "truncated.nf"
    truncated.write_bytes(data[: len(data) // 2])
    with pytest.raises(namefold.NamefoldError, match=f"{truncated}: corrupt index"):
        namefold.Resolver.load(truncated)
    flipped = bytearray(data)
    flipped[len(data) // 2] ^= 0x10
    with pytest.raises(namefold.NamefoldError, match="corrupt index"):
        namefold.Resolver.from_bytes(bytes(flipped))
    other = bytearray(data)
    other[8:12] = (3).to_bytes(4, "little")
    with pytest.raises(namefold.NamefoldError, match="index format version 3.*rebuild the index"):
        namefold.Resolver.from_bytes(bytes(other))
    with pytest.raises(namefold.NamefoldError, match="bad magic"):
        namefold.Resolver.from_bytes(b"")
    with pytest.raises(OSError):
        resolver.save(tmp_path / "no-such-dir" / "x.nf")


def test_threads_share_one_resolver(bundled):
    names = noisy_names(bundled)
    want = bundled.resolve_many(names, threads=1)
    chunks = [names[i::4] for i in range(4)]
    with ThreadPoolExecutor(4) as pool:
        got = list(pool.map(lambda c: [bundled.resolve(n) for n in c], chunks))
        got_many = list(pool.map(lambda c: bundled.resolve_many(c, threads=1), chunks))
    assert got == got_many == [want[i::4] for i in range(4)]


def ran_while_calling(call, seconds: float = 3.0) -> bool:
    """True when another Python thread ran while `call()` was in Rust.

    The switch interval is raised so the calling thread never hands the
    GIL over on its own: the other thread can then only run inside `call`,
    and only if the call releases the GIL. `call` is repeated until the
    other thread has run or `seconds` have passed, so a slow wake-up on a
    busy machine cannot hide a release."""
    go, done, seen = threading.Event(), [False], []

    def other():
        go.wait()
        seen.append(not done[0])

    t = threading.Thread(target=other)
    t.start()
    old = sys.getswitchinterval()
    sys.setswitchinterval(60.0)
    try:
        go.set()
        deadline = time.monotonic() + seconds
        while not seen and time.monotonic() < deadline:
            call()
        done[0] = True
    finally:
        sys.setswitchinterval(old)
    t.join()
    return seen[0]


def test_gil_is_released_during_real_work(bundled, tmp_path):
    names = noisy_names(bundled) * 3
    path = tmp_path / "bundled.nf"
    bundled.save(path)
    entities = [{"id": f"e{i}", "name": f"Name{i} Surname{i}"} for i in range(20_000)]
    assert ran_while_calling(lambda: bundled.resolve("Fridrich Mertz"))
    assert ran_while_calling(lambda: bundled.explain("Fridrich Mertz"))
    assert ran_while_calling(lambda: namefold.compare("Fridrich Mertz", "Friedrich Merz"))
    assert ran_while_calling(lambda: namefold.Resolver.load(path))
    assert ran_while_calling(lambda: bundled.resolve_many(names, threads=1))
    assert ran_while_calling(lambda: bundled.resolve_ids(names, threads=1))
    assert ran_while_calling(lambda: namefold.Resolver.from_jsonl(REPO / "data" / "entities.jsonl"))
    assert ran_while_calling(lambda: namefold.Resolver.from_entities(entities))
    # The controls: calls that keep the GIL are seen as keeping it.
    assert not ran_while_calling(lambda: sum(range(200_000)), seconds=0.5)
    assert not ran_while_calling(lambda: bundled.name_of("kyiv"), seconds=0.5)


def cli_path() -> pathlib.Path | None:
    env = os.environ.get("NAMEFOLD_CLI")
    if env:
        return pathlib.Path(env)
    for profile in ("debug", "release"):
        p = REPO / "target" / profile / "examples" / "resolve"
        if p.exists():
            return p
    return None


def test_to_dict_equals_the_cli_json(bundled):
    cli = cli_path()
    if cli is None:
        pytest.skip("the example CLI is not built (cargo build --example resolve)")
    names = noisy_names(bundled, 120)[:60] + ["Lorcan Ashdown", "Bartholomew Finch"]
    names = [n for n in names if n.strip() and "\n" not in n]
    out = subprocess.run(
        [str(cli), "--entities", str(REPO / "data" / "entities.jsonl"), "--names", "--explain"],
        input="\n".join(names) + "\n",
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    records = [json.loads(line) for line in out.splitlines()]
    assert len(records) == len(names)
    for name, record in zip(names, records):
        assert bundled.explain(name).to_dict() == record
        m = bundled.resolve(name)
        assert (m.to_dict() if m else None) == (
            {k: record[k] for k in ("id", "name", "score")} if record["id"] else None
        )
