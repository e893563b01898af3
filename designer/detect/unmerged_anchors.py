"""Ruby: a `database.yml` anchor the production environment never merges is development's.

Rails' generated `config/database.yml` keeps an anchor of shared settings (`default: &default`
/ `adapter: sqlite3`) that the environments merge (`<<: *default`). The anchor rule
(`defaults.yaml_anchor_rules`) reads its adapter as the program's own choice, which holds
while every environment merges it. An application deployed on a server may leave the anchor
to development and test and write production on its own, its adapter read from the
environment (`adapter: <%= ENV['APP_DB_ADAPTER'] %>`) that its image sets
(`ENV APP_DB_ADAPTER=mysql2`). The anchor then names the engine developers run, not the one
the program is deployed on. So where the file has a `production:` environment that merges
neither the anchor nor, through other anchors, anything merging it, the anchor's engine
counts as a fallback (`Scope.FALLBACK`), as a development profile's does. A file without a
production environment is left as it is.
"""

from __future__ import annotations

import re

from designer.detect.assemble import Unit
from designer.detect.signals import Scope, Signal
from designer.detect.source_lines import SourceLines, rescope_each
from designer.model.stack import FindingKind

LANGUAGE = "ruby"

_FILES = ("database.yml", "database.yml.example")
"""The settings files the anchor rule reads."""

_ANCHOR = re.compile(r"^([\w-]+):[ \t]*&([\w-]+)[ \t]*$")
"""The evidence line of the anchor rule: a top-level key defining an anchor."""

_KEY = re.compile(r"^([\w-]+):[ \t]*(?:&([\w-]+))?", re.MULTILINE)
"""A top-level key of the file, with the anchor it defines, if any."""

_MERGE = re.compile(r"^[ \t]+<<:[ \t]*\*([\w-]+)", re.MULTILINE)
"""A merge of an anchor into the enclosing block (`<<: *default`)."""


def rescope(top: str, units: dict[str, Unit]) -> None:
    """Count as fallbacks the engines of anchors no production environment merges."""
    rescope_each(top, units, LANGUAGE, _rescoped)


def _rescoped(signal: Signal, sources: SourceLines) -> Signal:
    evidence = signal.evidence
    if (
        signal.kind is not FindingKind.DATABASE
        or signal.scope is not Scope.CHOSEN
        or evidence.path.rsplit("/", 1)[-1] not in _FILES
    ):
        return signal
    anchor = _ANCHOR.match(evidence.text.strip())
    if anchor is None:
        return signal
    merged = _production_merges(sources.text(evidence.path))
    if merged is None or anchor.group(2) in merged:
        return signal
    return signal.replace(scope=Scope.FALLBACK)


def _production_merges(text: str) -> set[str] | None:
    """The anchors the file's `production:` environments merge, directly or through the
    anchors they merge; None when the file has no production environment."""
    blocks = _blocks(text)
    production = [merges for key, _, merges in blocks if key == "production"]
    if not production:
        return None
    by_anchor = {anchor: merges for _, anchor, merges in blocks if anchor}
    seen: set[str] = set()
    pending = [name for merges in production for name in merges]
    while pending:
        name = pending.pop()
        if name not in seen:
            seen.add(name)
            pending.extend(by_anchor.get(name, ()))
    return seen


def _blocks(text: str) -> list[tuple[str, str, list[str]]]:
    """Each top-level block of the file: its key, the anchor it defines ("" for none) and
    the anchors it merges."""
    keys = list(_KEY.finditer(text))
    blocks = []
    for index, key in enumerate(keys):
        end = keys[index + 1].start() if index + 1 < len(keys) else len(text)
        merges = _MERGE.findall(text, key.end(), end)
        blocks.append((key.group(1), key.group(2) or "", merges))
    return blocks
