"""Small Python web projects with no data of their own, read whole.

Some Python projects start a web framework yet serve no one: a cluster probe reporting on the
Kubernetes API (`cluster_probes`), a documentation app whose routes are empty views carrying
their API's docstrings (`spec_stubs`). Each reading looks at every module of such a project, so
each needs the same candidates: a project starting only frameworks of a given set, keeping no
data (no ORM, query library, migrations, database nor cache outside development), and small
enough to read whole. This module yields them with their modules' texts.
"""

from __future__ import annotations

from collections.abc import Iterator

from designer.detect.assemble import Unit
from designer.detect.pymodules import each_module, nested_projects
from designer.detect.signals import Strength
from designer.model.stack import FindingKind

LANGUAGE = "python"

_DATA = frozenset(
    {
        FindingKind.ORM,
        FindingKind.QUERY,
        FindingKind.MIGRATIONS,
        FindingKind.DATABASE,
        FindingKind.CACHE,
    }
)


def small_servers(
    top: str, units: dict[str, Unit], frameworks: frozenset[str], max_files: int
) -> Iterator[tuple[Unit, list[str]]]:
    """Each project not yet marked serving nothing whose code starts only `frameworks`, that
    keeps no data of its own, with the texts of its modules when it holds `max_files` at
    most (a larger program is left as it is)."""
    folders = list(units)
    for folder, unit in units.items():
        if unit.no_web:
            continue
        started = {
            s.name
            for s in unit.signals.get(LANGUAGE, [])
            if s.kind is FindingKind.FRAMEWORK and s.strength is Strength.ENTRY
        }
        if not started or not started <= frameworks:
            continue
        if any(
            s.kind in _DATA and s.strength is not Strength.DEV
            for found in unit.signals.values()
            for s in found
        ):
            continue
        texts: list[str] = []
        for found in each_module(top, folder, nested_projects(folder, folders)):
            if found is None or len(texts) >= max_files:
                texts = []
                break
            texts.append(found[1])
        if texts:
            yield unit, texts
