"""Node test packages whose scripts start a workspace's server before running their tests.

An npm workspace may keep its end-to-end tests in a package of their own whose folder is not
named as tests (`packages/app-tests`): it depends on the libraries it seeds data with, not on
the application it drives, so nothing in its manifest's dependencies ties it to that
application. Its scripts do: `start-server-and-test "npm run start -w @documenso/remix"
http://localhost:3000 "playwright test"` starts the application's package, waits for its URL
and runs the suite against it. The package named there is the service these tests test
(`harnesses.hand_over`).

Narrow on purpose: only the commands of start-server-and-test (`start-server-and-test`,
`start-test`, `server-test`), whose first argument is the server's start, and only a workspace
selected by name there (`-w`/`--workspace`, `yarn workspace`, `pnpm --filter`/`-F`). A script
that only builds or seeds another package before its tests (`pnpm --filter @x/testkit build &&
vitest`) starts no server.
"""

from __future__ import annotations

import re
import shlex

from designer.detect.assemble import Unit
from designer.detect.node_imports import package_json

LANGUAGE = "node"

_STARTS_SERVER = re.compile(r"\b(?:start-server-and-test|start-test|server-test)\s+(.+)")
"""start-server-and-test's commands, and what follows them: the server's start comes first."""

_WORKSPACE = re.compile(
    r"(?:(?:^|\s)(?:-w|--workspace|--filter|-F)(?:[ \t]+|=)|\bworkspace[ \t]+)"
    r"""['"]?(@?[\w.-]+(?:/[\w.-]+)?)"""
)
"""A workspace selected by name (`npm run start -w @app/web`, `npm --workspace=@app/web`,
`yarn workspace @app/web start`, `pnpm --filter @app/web start`)."""


def mark(top: str, units: dict[str, Unit]) -> None:
    """Set `Unit.drives` on the Node packages whose scripts start a workspace's server with
    start-server-and-test: the packages those servers are."""
    for unit in units.values():
        if not any(e == LANGUAGE for _, e, _ in unit.manifests):
            continue
        data = package_json(top, unit.folder)
        scripts = data.get("scripts") if data is not None else None
        if not isinstance(scripts, dict):
            continue
        unit.drives = {
            name
            for command in scripts.values()
            if isinstance(command, str)
            for name in _started(command)
        }


def _started(command: str) -> set[str]:
    """The workspaces whose server the script's start-server-and-test starts."""
    found = _STARTS_SERVER.search(command)
    if found is None:
        return set()
    try:
        words = shlex.split(found.group(1))
    except ValueError:  # an unbalanced quote: no argument to read
        return set()
    return {m.group(1) for m in _WORKSPACE.finditer(words[0])} if words else set()
