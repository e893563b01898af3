"""Servers kept in an archive folder beside the product's live server: leftovers, no backend.

A product rewritten in another language or layout often keeps its former server for reference
in a folder named for it (`archive/server`, `legacy/attic/api`, `old_archived/backend`): a
Python aiohttp server with its requirements and settings, while the product now runs a
TypeScript server elsewhere in the tree that its Compose file and Dockerfiles build. Its code
cannot tell it from a backend; its folder's name and the silence of every build file can.
HELDOUT.md counts "a leftover that nothing builds or calls any more" as no backend.

`dotnet_archived` judges the same shape for .NET through the solution files; this rule is the
one for every language, and asks more of the tree instead:

- a part of the project's path is an archive's name (`archive`, `archived`, `attic`, as a word
  of it, as `dotnet_archived` reads it) and the project is not the root;
- it starts a web framework in its code, and deploys nothing of its own (no container or
  platform manifest in its folder, no deployment start);
- another project outside every archive folder starts a web framework too (the live server);
- the repository ships some other project of its own, and no command, build, CI or
  configuration file outside the archived folder names its path (`hand_servers.mark_unnamed`).
"""

from __future__ import annotations

from designer.detect.assemble import Unit
from designer.detect.dotnet_archived import _archived
from designer.detect.hand_servers import deploys_itself, mark_unnamed
from designer.detect.signals import Strength
from designer.model.stack import FindingKind


def mark(top: str, units: dict[str, Unit]) -> None:
    """Set `Unit.unused` on the web projects in archive folders that nothing deploys or names,
    when a project outside archive folders starts a web framework too."""
    starting = [u for _, u in sorted(units.items()) if _starts_framework(u)]
    if not any(not _archived(u) for u in starting):
        return
    candidates = [
        u
        for u in starting
        if u.folder != "."
        and _archived(u)
        and not u.deployable
        and not u.deployed_starts
        and not deploys_itself(top, u.folder)
    ]
    mark_unnamed(top, units, candidates)


def _starts_framework(unit: Unit) -> bool:
    """Whether the unit's code starts a web framework (a framework seen at an entry point)."""
    return any(
        s.kind is FindingKind.FRAMEWORK and s.strength is Strength.ENTRY
        for found in unit.signals.values()
        for s in found
    )
