"""YAML of a design written again only where it changed: the autosave's dumper.

A save used to turn the whole design into YAML, while a change touches one answer: with 1,000
entities that was seconds of work holding the interpreter lock (the app's keys waited). The
design's text is the concatenation of its top-level sections, and a section of lists (the
entities, the resources) the concatenation of its items; `Parts` keeps the text of each piece
beside the data it was made from and dumps again only the pieces whose data differ.

Each piece is dumped where it sits (an entity as `data:` / `  entities:` / `  - …` with the
two header lines taken off), so indentation and line folding are the ones of a whole dump and
the bytes are identical (tests/test_yamlparts.py holds it to that on every example). A piece
that would end the stream open (a `...` marker) makes the whole document dump at once.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from designer import yamlio

_END = "...\n"


class Parts:
    """Dumps designs (plain data, as `Design.model_dump(mode="json")`) reusing the text of the
    pieces that did not change since the previous dump."""

    def __init__(self) -> None:
        self._cache: dict[tuple[str, ...], str] = {}

    def dump(self, data: dict[str, Any], between: Callable[[], None] | None = None) -> str:
        """The same text as `yamlio.dump(data)`; `between`, when given, runs between two pieces
        (the app's autosave lets a key go first there)."""
        used: dict[tuple[str, ...], str] = {}
        pieces: list[str] = []
        for key, value in data.items():
            if isinstance(value, dict) and value and isinstance(key, str):
                pieces.append(f"{key}:\n")
                for inner, item in value.items():
                    pieces.extend(self._member(key, inner, item, used, between))
            else:
                pieces.append(self._piece((str(key),), {key: value}, 0, value, used))
        self._cache = used  # pieces of removed items are forgotten
        if any(piece.endswith(_END) for piece in pieces) or not _plain_keys(data):
            return yamlio.dump(data)
        return "".join(pieces)

    def _member(self, key: str, inner: Any, item: Any, used: dict[tuple[str, ...], str],
                between: Callable[[], None] | None = None) -> list[str]:
        """The lines of `key: {inner: item}` below the `key:` line."""
        if isinstance(item, list) and item and isinstance(inner, str) \
                and all(isinstance(x, dict) and x for x in item):
            out = [f"  {inner}:\n"]
            for element in item:
                out.append(self._piece((key, inner), {key: {inner: [element]}}, 2, element,
                                       used))
                if between is not None:
                    between()
            return out
        return [self._piece((key, str(inner)), {key: {inner: item}}, 1, item, used)]

    def _piece(self, where: tuple[str, ...], wrapped: dict[str, Any], headers: int, value: Any,
               used: dict[tuple[str, ...], str]) -> str:
        """The text of `wrapped` without its first `headers` lines, from the cache when a piece
        with the same place and the same value was dumped before (an item that moved in its
        list, because another was added or removed before it, keeps its text)."""
        key = (*where, _fingerprint(value))
        text = self._cache.get(key)
        if text is None:
            text = yamlio.dump(wrapped)
            for _ in range(headers):
                text = text.partition("\n")[2]
        used[key] = text
        return text


def _plain_keys(data: dict[str, Any]) -> bool:
    """Every key written as `key:` on its own (plain identifiers, as the model's are)."""
    return all(isinstance(k, str) and k.isidentifier() for k in data) and all(
        isinstance(k, str) and k.isidentifier()
        for v in data.values() if isinstance(v, dict) for k in v)


def _fingerprint(value: Any) -> str:
    """The value as compact JSON (LibYAML-fast, in C): equal exactly when the YAML is, unlike
    `==`, for which True equals 1 and 1.0 equals 1."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
