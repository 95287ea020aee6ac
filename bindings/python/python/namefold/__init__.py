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
    >>> [(m.surface, m.id) for m in r.resolve_text("In Kiev, Fridrich Mertz spoke; Mertz left.")]
    [('Kiev', 'kyiv'), ('Fridrich Mertz', 'merz'), ('Mertz', 'merz')]
    >>> namefold.compare("Wladimir Putin", "Vladimir Putin").is_match
    True

The extension module ``namefold._namefold`` (Rust, PyO3) does the work;
``namefold.spark`` and ``namefold.duckdb`` resolve columns at scale.
"""

from ._namefold import (
    DEFAULT_THRESHOLD,
    Candidate,
    CatalogError,
    Comparison,
    Edit,
    Match,
    Mention,
    NamefoldError,
    Resolution,
    Resolver,
    TokenMatch,
    compare,
)

__all__ = [
    "DEFAULT_THRESHOLD",
    "Candidate",
    "CatalogError",
    "Comparison",
    "Edit",
    "Match",
    "Mention",
    "NamefoldError",
    "Resolution",
    "Resolver",
    "TokenMatch",
    "compare",
]
