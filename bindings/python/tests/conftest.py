"""Shared fixtures: a small catalogue of invented people and places."""

from __future__ import annotations

import pathlib

import pytest

import namefold

HERE = pathlib.Path(__file__).resolve().parent
REPO = HERE.parents[2]

# Invented names (no real person or eval row), with aliases in Cyrillic.
ENTITIES = [
    {"id": "okonkwo", "name": "Adaeze Okonkwo"},
    {"id": "vasquez", "name": "Teodoro Vasquez"},
    {"id": "brightwell", "name": "Marisol Brightwell"},
    {"id": "kristiansen", "name": "Haldor Kristiansen", "aliases": ["Халдор Кристиансен"]},
    {"id": "zaretsky", "name": "Yevgenia Zaretskaya", "aliases": ["Евгения Зарецкая"]},
    {"id": "quillfeather", "name": "Osric Quillfeather"},
    {"id": "tamsworth", "name": "Tamsworth", "kind": "place", "aliases": ["Tamsworth-on-Lees"]},
    {"id": "nuvelle", "name": "Nuvelle", "kind": "place"},
]

# Noisy spellings and the id each must resolve to (None = unknown).
QUERIES = [
    ("Adaeze Okonkvo", "okonkwo"),
    ("Marisol Brightwel", "brightwell"),
    ("Khaldor Kristiansen", "kristiansen"),
    ("Халдор Кристиансен", "kristiansen"),
    ("Evgenia Zaretskaia", "zaretsky"),
    ("Osric Quilfeather", "quillfeather"),
    ("TAMSWORTH", "tamsworth"),
    ("Lorcan Ashdown", None),
    ("Bartholomew Finch", None),
    ("Marisol Okafor", None),
]


@pytest.fixture(scope="session")
def resolver() -> namefold.Resolver:
    return namefold.Resolver.from_entities(ENTITIES)


@pytest.fixture(scope="session")
def index_path(resolver: namefold.Resolver, tmp_path_factory: pytest.TempPathFactory) -> pathlib.Path:
    path = tmp_path_factory.mktemp("index") / "people.nf"
    resolver.save(path)
    return path


@pytest.fixture(scope="session")
def bundled() -> namefold.Resolver:
    """The repository's bundled catalogue (data/entities.jsonl)."""
    return namefold.Resolver.from_jsonl(REPO / "data" / "entities.jsonl")


def readme_blocks(heading: str) -> list[tuple[str, str]]:
    """(language, code) of each fenced block in the README section `heading`."""
    text = (REPO / "README.md").read_text(encoding="utf-8")
    start = text.index(f"\n## {heading}\n")
    end = text.find("\n## ", start + 1)
    section = text[start : end if end != -1 else len(text)]
    blocks, lang, lines = [], None, []
    for line in section.splitlines():
        if line.startswith("```"):
            if lang is None:
                lang, lines = line[3:].strip(), []
            else:
                blocks.append((lang, "\n".join(lines) + "\n"))
                lang = None
        elif lang is not None:
            lines.append(line)
    return blocks
