"""JVM applications that build and hand out a browser UI: the server of a UI.

Quarkus Quinoa (`io.quarkiverse.quinoa:quarkus-quinoa`) builds a web UI kept beside the
application (`src/main/webui`, its own package.json) with the UI's own tooling and serves the
result from the Quarkus application. With data of its own, the application is a backend that
also hands out its UI; without, its resources are the UI's own (its `/env.js`, the settings the
page reads) and it is a UI's server (`nonservices.ui_only`, which weighs the data of the
modules it uses), as an Express server handing out its build is (`uihosts`).
"""

from __future__ import annotations

from designer.detect.assemble import Unit
from designer.model.stack import FindingKind

ECOSYSTEM = "jvm"

UI_BUILDERS = frozenset({"quarkus-quinoa"})
"""Artifacts of JVM extensions that build a browser UI and serve it from the application."""


def mark(top: str, units: dict[str, Unit]) -> None:
    """Set `Unit.renders_pages` on the JVM applications whose own build files depend on an
    extension that builds and serves a browser UI."""
    del top  # the build files' dependencies say it
    for unit in units.values():
        if not any(s.kind is FindingKind.FRAMEWORK for s in unit.signals.get(ECOSYSTEM, [])):
            continue
        uses = {use for _, e, r in unit.manifests if e == ECOSYSTEM for use in r.uses}
        if uses & UI_BUILDERS:
            unit.renders_pages = True
