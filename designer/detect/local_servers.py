"""Node packages whose own manifest calls them a local server: a tool a developer runs.

A product's repository sometimes keeps, beside the services it deploys, a small Express server
for its own team: a checklist tracker a browser extension talks to while a tester walks the
staging site, writing what they mark back into a Markdown file of the repository. Its
package.json says what it is in its own words (`"description": "Local server for the page
review tracker"`), and its README starts it with `npm start` on the tester's machine.
`hand_servers` reads no such package: it has a `start` script, and its folder's name
(`server`) is too common to look for. Such a package is a tool, not a backend (HELDOUT.md: "a
server a developer starts by hand"), when at the same time:

- it lies below the repository root and its description calls it a local server (`local
  server`, `local development server`, `local dev server`);
- it keeps no data (a data layer or a store of its own makes it a service, however described);
- nothing deploys it: no container or platform manifest in its folder, no deployment start
  (`Unit.deployable`, `Unit.deployed_starts`), and no command, build, CI or configuration file
  outside its folder names its path;
- the repository ships some other project of its own: it deploys its services, and this one is
  not among them.
"""

from __future__ import annotations

import re

from designer.detect.assemble import Unit, main_ecosystem
from designer.detect.hand_servers import deploys_itself, mark_unnamed
from designer.detect.node_imports import package_json
from designer.detect.nonservices import DATA_KINDS

_LOCAL = re.compile(r"(?i)\blocal(?:[ \t]+(?:dev|development|helper))?[ \t]+server\b")
"""A description calling the package a server run on the developer's own machine (`Local
server for …`, `local development server`)."""


def mark(top: str, units: dict[str, Unit]) -> None:
    """Set `Unit.unused` on the Node packages below the root that describe themselves as a
    local server, keep no data, and that nothing deploys or names, in a repository shipping
    another project."""
    candidates = [
        u for folder, u in sorted(units.items()) if folder != "." and _candidate(top, u)
    ]
    mark_unnamed(top, units, candidates)


def _candidate(top: str, unit: Unit) -> bool:
    """Whether the unit is a Node package keeping no data, deployed by nothing of its own,
    whose description calls it a local server."""
    if unit.deployable or unit.deployed_starts or main_ecosystem(unit) != "node":
        return False
    if any(s.kind in DATA_KINDS for found in unit.signals.values() for s in found):
        return False
    data = package_json(top, unit.folder)
    description = data.get("description") if data is not None else None
    if not isinstance(description, str) or not _LOCAL.search(description):
        return False
    return not deploys_itself(top, unit.folder)
