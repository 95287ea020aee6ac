"""namefold: resolve noisy, transliterated and misspelled entity names to canonical ids.

    >>> import namefold
    >>> r = namefold.Resolver.from_entities([
    ...     {"id": "merz", "name": "Friedrich Merz", "aliases": ["Фридрих Мерц"]},
    ...     {"id": "kyiv", "name": "Kyiv", "aliases": ["Kiev"], "kind": "place"},
    ... ])
    >>> r.resolve("Fridrich Mertz").id
    'merz'
    >>> r.resolve("Lorcan Brightwater") is None
    True

The extension module ``namefold._namefold`` (Rust, PyO3) does the work;
``namefold.spark`` and ``namefold.duckdb`` resolve columns at scale.
"""

from ._namefold import (
    DEFAULT_THRESHOLD,
    Candidate,
    CatalogError,
    Edit,
    Match,
    NamefoldError,
    Resolution,
    Resolver,
    TokenMatch,
)

__all__ = [
    "DEFAULT_THRESHOLD",
    "Candidate",
    "CatalogError",
    "Edit",
    "Match",
    "NamefoldError",
    "Resolution",
    "Resolver",
    "TokenMatch",
]
