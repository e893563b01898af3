"""The leader of a count of a project's files: the one layer most of its code is written to.

A census (Go's data layers in `ecosystems.go_layers`, Node's ORMs in `node_layers`) counts, per
candidate, the files of the project's own code that import it; the leader is the one imported
by more than `MARGIN` times as many files as any other, and by `MIN_FILES` at least. Anything
closer is no census: the ranking by kinds stands.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping

MARGIN = 2
"""How many times more files the leader's importers must be than any other's."""

MIN_FILES = 3
"""Files that must import the leader: one or two are a side path, not a census."""


def leader(counts: dict[str, int]) -> tuple[str, int] | None:
    """The candidate leading `counts` (candidate → importing files) clearly, with its count."""
    ranked = sorted(counts.items(), key=lambda item: -item[1])
    if not ranked or (len(ranked) > 1 and ranked[0][1] <= MARGIN * ranked[1][1]):
        return None
    name, count = ranked[0]
    return (name, count) if count >= MIN_FILES else None


def leading_files(importers: Mapping[str, Collection[str]]) -> tuple[str, int, str] | None:
    """`leader` over the files importing each candidate: the candidate, its count and its first
    importing file (the evidence a census shows)."""
    led = leader({name: len(paths) for name, paths in importers.items()})
    if led is None:
        return None
    name, count = led
    return name, count, min(importers[name])
