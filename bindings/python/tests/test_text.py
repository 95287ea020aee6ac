"""Resolver.resolve_text (str indices, coreference) and namefold.compare."""

from __future__ import annotations

import json
import subprocess

import pytest

import namefold
from conftest import REPO
from test_resolver import cli_path, ran_while_calling


def test_mentions_slice_the_text_with_str_indices(resolver):
    # Non-ASCII before and inside mentions: byte offsets would be wrong here.
    text = "À propos: über Nuvelle — “Халдор Кристиансен” met Adaeze Okonkvo. Later Okonkvo left Tamsworth."
    found = resolver.resolve_text(text)
    assert [(m.surface, m.id) for m in found if m.id] == [
        ("Nuvelle", "nuvelle"),
        ("Халдор Кристиансен", "kristiansen"),
        ("Adaeze Okonkvo", "okonkwo"),
        ("Okonkvo", "okonkwo"),
        ("Tamsworth", "tamsworth"),
    ]
    for m in found:
        assert text[m.start : m.end] == m.surface
        assert m.to_dict() == {
            "start": m.start, "end": m.end, "surface": m.surface,
            "id": m.id, "name": m.name, "score": m.score,
        }
        assert m.resolution.query == m.surface and m.resolution.id == m.id
    assert [m.start for m in found] == sorted(m.start for m in found)
    assert found == resolver.resolve_text(text)
    assert repr(found[0]).startswith("Mention(")


def test_coreference_memory_and_threshold(resolver):
    text = "Adaeze Okonkwo arrived. Okonkvo spoke."
    with_memory = resolver.resolve_text(text)
    assert [m.id for m in with_memory] == ["okonkwo", "okonkwo"]
    # Alone, a one-word misspelling does not carry the match.
    assert resolver.resolve("Okonkvo", threshold=0.99) is None
    strict = resolver.resolve_text(text, threshold=0.99)
    assert strict[0].id == "okonkwo" and strict[1].id is None
    assert resolver.resolve_text("") == []
    with pytest.raises(namefold.NamefoldError, match="memory must be at most"):
        resolver.resolve_text(text, memory=10**6)
    with pytest.raises(namefold.NamefoldError, match="limit"):
        resolver.resolve_text(text, limit=0)


def test_resolve_text_releases_the_gil(bundled):
    article = (REPO / "data" / "sample-article.txt").read_text(encoding="utf-8")
    assert ran_while_calling(lambda: bundled.resolve_text(article * 20))


def test_resolve_text_equals_the_cli_text_mode(bundled):
    cli = cli_path()
    if cli is None:
        pytest.skip("the example CLI is not built (cargo build --example resolve)")
    path = REPO / "data" / "sample-article.txt"
    out = subprocess.run(
        [str(cli), "--entities", str(REPO / "data" / "entities.jsonl"), str(path)],
        capture_output=True, text=True, check=True,
    ).stdout
    records = [json.loads(line) for line in out.splitlines()]
    raw = path.read_bytes()
    text = raw.decode("utf-8")
    found = bundled.resolve_text(text)
    assert len(found) == len(records) > 10
    for m, rec in zip(found, records):
        # The CLI prints byte offsets; Python gets str indices.
        start = len(raw[: rec["start"]].decode("utf-8"))
        end = len(raw[: rec["end"]].decode("utf-8"))
        want = {k: rec[k] for k in ("surface", "id", "name", "score")}
        assert m.to_dict() == {"start": start, "end": end, **want}


def test_compare():
    c = namefold.compare("Teodoro Vaskez", "Teodoro Vasquez")
    assert c.is_match and c and 0.67 <= c.score < 1.0
    assert c.key == "token" and c.is_match_at(0.5) and not c.is_match_at(0.99)
    family = [t for t in c.tokens if t.role == "family"][0]
    assert (family.query, family.alias) == ("vaskez", "vasquez") and family.edits
    assert c == namefold.compare("Teodoro Vaskez", "Teodoro Vasquez")
    d = c.to_dict()
    assert list(d) == ["score", "is_match", "key", "tokens"]
    assert d["tokens"] == [t.to_dict() for t in c.tokens]
    # A shared given name alone is no match; nothing in common scores 0.
    assert not namefold.compare("Teodoro Finch", "Teodoro Vasquez").is_match
    none = namefold.compare("Nuvelle", "Lorcan Ashdown")
    assert (none.score, none.is_match, none.key, none.tokens) == (0.0, False, None, [])
    assert none.to_dict() == {"score": 0.0, "is_match": False, "tokens": []}
    assert namefold.compare("Халдор Кристиансен", "Haldor Kristiansen").is_match
    for a, b in [("", ""), ("!!!", "Ann"), ("\x00", "\x00"), ("a" * 10_000, "a")]:
        assert 0.0 <= namefold.compare(a, b).score <= 1.0


def random_texts(n: int, seed: int = 15):
    """Random texts mixing Latin, Cyrillic, Greek, CJK, Arabic, combining
    marks, emoji, punctuation, whitespace and control characters."""
    import random

    rng = random.Random(seed)
    ranges = [(0x20, 0x7E), (0xC0, 0x24F), (0x300, 0x36F), (0x370, 0x3FF), (0x400, 0x4FF),
              (0x600, 0x6FF), (0x4E00, 0x4FFF), (0x1F600, 0x1F64F), (0x2000, 0x206F), (0x0, 0x1F)]
    words = ["Adaeze", "Okonkvo", "Nuvelle", "Халдор", "Кристиансен", "TAMSWORTH", "Mr.", "de", "O'Neil"]
    for _ in range(n):
        parts = []
        for _ in range(rng.randrange(1, 30)):
            if rng.random() < 0.4:
                parts.append(rng.choice(words))
            else:
                lo, hi = rng.choice(ranges)
                parts.append("".join(chr(rng.randint(lo, hi)) for _ in range(rng.randrange(1, 8))))
            parts.append(rng.choice([" ", " ", ", ", ". ", "\n", "\t", "—", ""]))
        yield "".join(parts)


def test_random_text_never_breaks_the_invariants(resolver):
    ids = {None, "okonkwo", "vasquez", "brightwell", "kristiansen", "zaretsky", "quillfeather", "tamsworth", "nuvelle"}
    for text in random_texts(400):
        found = resolver.resolve_text(text)
        last = 0
        for m in found:
            assert text[m.start : m.end] == m.surface, (text, m)
            assert last <= m.start < m.end <= len(text)
            last = m.end
            assert m.id in ids and 0.0 <= m.score <= 1.0
        for a, b in zip(text.split("\n"), reversed(text.split("\n"))):
            assert 0.0 <= namefold.compare(a, b).score <= 1.0
        m = resolver.resolve(text)
        assert m is None or m.id in ids
