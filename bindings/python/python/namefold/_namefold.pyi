"""Type stubs for the Rust extension ``namefold._namefold``."""

import os
import pathlib
from collections.abc import Iterable, Mapping
from typing import Any, final

__all__ = [
    "Candidate",
    "CatalogError",
    "Comparison",
    "DEFAULT_THRESHOLD",
    "Edit",
    "Match",
    "Mention",
    "NamefoldError",
    "Resolution",
    "Resolver",
    "TokenMatch",
    "_check_threshold",
    "_unpickle_resolver",
    "compare",
]

DEFAULT_THRESHOLD: float

class NamefoldError(ValueError):
    """Any error namefold reports: bad catalogue, corrupt or other-version index, bad argument."""

class CatalogError(NamefoldError):
    """A bad catalogue record."""

    line: int | None
    """1-based line of the record (item number for ``from_entities``); None when no record is at fault."""
    field: str | None
    """The field at fault: ``id``, ``name``, ``aliases``, ``kind`` or ``json``."""

@final
class Match:
    """A resolved name (picklable)."""

    def __new__(cls, id: str, name: str, score: float) -> Match: ...
    @property
    def id(self) -> str: ...
    @property
    def name(self) -> str: ...
    @property
    def score(self) -> float: ...
    def to_dict(self) -> dict[str, Any]:
        """``{"id", "name", "score"}``."""
    def __eq__(self, value: object, /) -> bool: ...

@final
class Edit:
    """One typed edit of a token's edit script."""

    @property
    def kind(self) -> str: ...
    @property
    def from_(self) -> str: ...
    @property
    def to(self) -> str: ...
    @property
    def class_(self) -> str: ...
    @property
    def cost(self) -> int: ...
    def to_dict(self) -> dict[str, Any]:
        """``{"kind", "from", "to", "class", "cost"}``."""
    def __eq__(self, value: object, /) -> bool: ...

@final
class TokenMatch:
    """A query token aligned with an alias token."""

    @property
    def query(self) -> str: ...
    @property
    def alias(self) -> str: ...
    @property
    def role(self) -> str: ...
    @property
    def similarity(self) -> float: ...
    @property
    def cost(self) -> int: ...
    @property
    def edits(self) -> list[Edit]: ...
    def to_dict(self) -> dict[str, Any]:
        """``{"query", "alias", "role", "similarity", "cost", "edits"}``."""
    def __eq__(self, value: object, /) -> bool: ...

@final
class Candidate:
    """A scored entity with the explanation of its best alias."""

    @property
    def id(self) -> str: ...
    @property
    def name(self) -> str: ...
    @property
    def kind(self) -> str: ...
    @property
    def score(self) -> float: ...
    @property
    def alias(self) -> str: ...
    @property
    def key(self) -> str: ...
    @property
    def tokens(self) -> list[TokenMatch]: ...
    def to_dict(self) -> dict[str, Any]:
        """``{"id", "name", "score", "alias", "key", "tokens"}``."""
    def __eq__(self, value: object, /) -> bool: ...

@final
class Resolution:
    """A query's decision and candidates, best first (``Resolver.explain``)."""

    @property
    def query(self) -> str: ...
    @property
    def id(self) -> str | None: ...
    @property
    def name(self) -> str | None: ...
    @property
    def score(self) -> float: ...
    @property
    def decision(self) -> str:
        """``resolved``, ``no_candidate``, ``below_threshold`` or ``ambiguous``."""
    @property
    def normalized(self) -> str: ...
    @property
    def candidates(self) -> list[Candidate]: ...
    def to_dict(self) -> dict[str, Any]:
        """The CLI's ``--names --explain`` JSON record."""
    def __bool__(self) -> bool: ...
    def __eq__(self, value: object, /) -> bool: ...

@final
class Mention:
    """A name found in a text by ``Resolver.resolve_text``: ``text[start:end] == surface``."""

    @property
    def start(self) -> int:
        """str index of the first character (the CLI prints byte offsets)."""
    @property
    def end(self) -> int: ...
    @property
    def surface(self) -> str: ...
    @property
    def id(self) -> str | None: ...
    @property
    def name(self) -> str | None: ...
    @property
    def score(self) -> float: ...
    @property
    def resolution(self) -> Resolution:
        """The full resolution: decision and explained candidates."""
    def to_dict(self) -> dict[str, Any]:
        """``{"start", "end", "surface", "id", "name", "score"}``."""
    def __eq__(self, value: object, /) -> bool: ...

@final
class Comparison:
    """How well name ``a`` matches name ``b`` (``compare``)."""

    @property
    def score(self) -> float: ...
    @property
    def is_match(self) -> bool:
        """Whether ``a`` resolves to ``b`` at the default threshold."""
    @property
    def key(self) -> str | None: ...
    @property
    def tokens(self) -> list[TokenMatch]: ...
    def is_match_at(self, threshold: float) -> bool: ...
    def to_dict(self) -> dict[str, Any]:
        """``{"score", "is_match", "key" (when not None), "tokens"}``."""
    def __bool__(self) -> bool: ...
    def __eq__(self, value: object, /) -> bool: ...

def compare(a: str, b: str) -> Comparison:
    """Compares ``a`` (the noisy side) with ``b`` (the reference); no catalogue needed."""

@final
class Resolver:
    """A name resolver over an immutable index; thread-safe, releases the GIL."""

    @staticmethod
    def from_jsonl(path: str | os.PathLike[str], *, threshold: float | None = None) -> Resolver:
        """Builds from a JSON Lines catalogue (plain or gzip)."""
    @staticmethod
    def from_entities(
        entities: Iterable[Mapping[str, Any]], *, threshold: float | None = None
    ) -> Resolver:
        """Builds from dicts with ``id``, ``name``, optional ``aliases`` and ``kind``."""
    @staticmethod
    def load(path: str | os.PathLike[str], *, threshold: float | None = None) -> Resolver:
        """Memory-maps an index file written by ``save``.

        The file must not be truncated or rewritten in place while it is mapped
        (``save`` writes a new file and renames it over the old one, which is safe).
        """
    @staticmethod
    def from_bytes(data: bytes, *, threshold: float | None = None) -> Resolver:
        """Loads an index from ``to_bytes()`` output."""
    def to_bytes(self) -> bytes: ...
    def save(self, path: str | os.PathLike[str]) -> None:
        """Writes the index atomically."""
    @property
    def path(self) -> pathlib.Path | None:
        """The file it was loaded from, or None."""
    @property
    def threshold(self) -> float: ...
    def name_of(self, id: str) -> str | None: ...
    def __len__(self) -> int: ...
    def resolve(self, name: str, *, threshold: float | None = None) -> Match | None: ...
    def explain(
        self, name: str, *, limit: int = 5, threshold: float | None = None
    ) -> Resolution: ...
    def resolve_many(
        self, names: Iterable[str], *, threads: int = 0, threshold: float | None = None
    ) -> list[Match | None]:
        """Same answers as ``resolve``, in order; ``threads=0`` uses all cores."""
    def resolve_text(
        self,
        text: str,
        *,
        threshold: float | None = None,
        limit: int = 5,
        memory: int | None = None,
    ) -> list[Mention]:
        """The names in ``text``, resolved as one document (with coreference), in order."""
    def resolve_ids(
        self,
        names: Iterable[str | None],
        *,
        threads: int = 0,
        threshold: float | None = None,
    ) -> tuple[list[str | None], list[float | None]]:
        """Column form: ids (None when unknown) and best scores; None names give None."""
    def __reduce__(self) -> tuple[Any, ...]: ...

def _unpickle_resolver(payload: bytes | str, threshold: float | None) -> Resolver: ...
def _check_threshold(threshold: float | None) -> float | None: ...

