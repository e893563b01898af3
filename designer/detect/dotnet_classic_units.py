"""Settle the classic .NET Framework projects that cannot serve what they reference.

The parser marks an old-style project that is no web application project by its file and
references no self-host package (`ecosystems.dotnet_classic`, `ManifestResult.unhosted`).
Here its folder is read too: a web file beside it (`Web.config`, `Global.asax`) keeps it a web
application IIS loads. Otherwise:
- a class library (`<OutputType>Library`) is marked as one: an application that references it
  runs its code (and takes the frameworks it lends);
- an executable (`Exe`, `WinExe`) — a WebJob, a console opening a database — loses its
  System.Web framework signals and is settled as serving no HTTP (`Unit.settled`): no IIS loads
  it and it opens no listener, so no guess makes it a backend either.
"""

from __future__ import annotations

import os
import posixpath

from designer.detect.assemble import ON_NET_FRAMEWORK, Unit
from designer.detect.ecosystems.dotnet_classic import is_web_item
from designer.model.stack import FindingKind

LANGUAGE = "dotnet"


def settle(top: str, units: dict[str, Unit]) -> None:
    """Mark or settle each unhosted classic project with no web file beside it."""
    for unit in units.values():
        for path, eco, result in unit.manifests:
            if eco != LANGUAGE or not result.unhosted:
                continue
            folder = posixpath.dirname(path) or "."
            try:
                names = os.listdir(os.path.join(top, folder))
            except OSError:
                continue
            if any(is_web_item(name) for name in names):
                continue
            if result.unhosted == "library":
                result.library = True
                continue
            unit.settled = True
            unit.signals[LANGUAGE] = [
                s
                for s in unit.signals.get(LANGUAGE, [])
                if not (
                    s.kind is FindingKind.FRAMEWORK
                    and s.name in ON_NET_FRAMEWORK
                    and s.evidence.path == path
                )
            ]
