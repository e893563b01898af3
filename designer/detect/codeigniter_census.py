"""CodeIgniter's query builder or the Eloquent a Composer package adds: which the code is
written to.

A CodeIgniter application may require `illuminate/database` and boot Eloquent's Capsule in its
database settings for a handful of model classes, while its controllers and models run their
queries through the framework's own builder (`$this->db->where(…)->get(…)`) throughout. Ranked
as kinds alone, the declared ORM outranks the builder that ships inside the framework and names
the data layer of an application written to the other. What decides is how much of the code
uses each, as `census` counts layers: in a CodeIgniter application declaring Eloquent, its own
PHP files (not the framework's `system/`, dependencies, tests, nor nested projects) are read,
and where more than `census.MARGIN` times as many of them call the builder as use Eloquent (a
`Illuminate\\Database` import, Capsule's facade, a model class extending Eloquent's), the
builder is marked the primary data layer (`Signal.primary`). Closer counts leave the ranking
as it was; a tree past the budget is left alone.
"""

from __future__ import annotations

import re

from designer.detect import census
from designer.detect.assemble import Unit
from designer.detect.codeigniter_data import LAYER, MAX_FILES, skipped_folder
from designer.detect.codewalk import code_files
from designer.detect.signals import LazyPattern, Signal, Strength
from designer.detect.walker import read_text
from designer.model.stack import Evidence, FindingKind

LANGUAGE = "php"

_BUILDER = LazyPattern(r"\$this->db->\w+\s*\(", re.MULTILINE)
"""A call of the query builder the framework loads as `$this->db`."""

_ELOQUENT = LazyPattern(r"\bIlluminate\\Database\\|\bCapsule::|\bextends\s+Eloquent\b")
"""A file using Eloquent: an import of illuminate/database, Capsule's static facade, or a
model extending Eloquent's `Model` under its usual alias."""


def mark_primary(top: str, units: dict[str, Unit]) -> None:
    """Mark CodeIgniter's query builder primary in each CodeIgniter application declaring
    Eloquent whose own files call the builder far more than they use Eloquent."""
    folders = {unit.folder for unit in units.values()}
    for unit in units.values():
        signals = unit.signals.get(LANGUAGE)
        if (
            not signals
            or not any(s.kind is FindingKind.FRAMEWORK and s.name == "CodeIgniter" for s in signals)
            or not any(s.kind is FindingKind.ORM and s.name == "Eloquent" for s in signals)
            or any(s.primary and s.kind in (FindingKind.ORM, FindingKind.QUERY) for s in signals)
        ):
            continue
        nested = {f for f in folders if f != unit.folder and _under(f, unit.folder)}
        counted = _count(top, unit.folder, nested)
        if counted is None:
            continue
        counts, evidence = counted
        lead = census.leader(counts)
        if lead is not None and lead[0] == LAYER and evidence is not None:
            signals.append(Signal(FindingKind.QUERY, LAYER, Strength.ENTRY, evidence, primary=True))


def _count(
    top: str, folder: str, nested: set[str]
) -> tuple[dict[str, int], Evidence | None] | None:
    """Files calling the builder and files using Eloquent, with the first builder call; None
    past `MAX_FILES`."""
    counts = {LAYER: 0, "Eloquent": 0}
    evidence = None
    walk = code_files(top, folder, (".php",), MAX_FILES, skip_dir=skipped_folder, nested=nested)
    for path in walk:
        if path is None:
            return None
        text = read_text(top, path)[0]
        if text is None:
            continue
        match = _BUILDER.search(text)
        if match is not None:
            counts[LAYER] += 1
            if evidence is None:
                line = text.count("\n", 0, match.start()) + 1
                evidence = Evidence(path=path, line=line, text=match.group(0).strip())
        if _ELOQUENT.search(text):
            counts["Eloquent"] += 1
    return counts, evidence


def _under(path: str, folder: str) -> bool:
    return folder == "." or path.startswith(folder + "/")
