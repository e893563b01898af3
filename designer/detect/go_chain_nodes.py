"""Go: a Cosmos SDK chain node is not a web backend.

A chain built on the Cosmos SDK requires gorilla/mux only because the SDK's API server hands
the application its router: the app's `RegisterAPIRoutes(apiSvr *api.Server, …)` (in the
`app/app.go` every SDK chain keeps) registers the modules' gRPC-gateway routes and the Swagger
page on `apiSvr.Router`. The REST surface is the SDK's gateway over the node's own key-value
state, not a web framework the program sets up (HELDOUT.md: gRPC-only servers), so where the
module's only framework is such a declared router, never seen built or started, it is no
backend. A chain that also starts a router of its own (`mux.NewRouter()` served by an
`http.Server`) shows an ENTRY signal and is left alone.
"""

from __future__ import annotations

import re

from designer.detect.assemble import Unit
from designer.detect.signals import Strength
from designer.detect.walker import read_text
from designer.model.stack import FindingKind

LANGUAGE = "go"

_SDK = re.compile(r"^\s*(?:require\s+)?github\.com/cosmos/cosmos-sdk\s+v", re.MULTILINE)
"""The Cosmos SDK required by go.mod (in a `require` block or on its own line)."""

_API_ROUTES = re.compile(
    r"^func[ \t]*\([^)]*\)[ \t]*RegisterAPIRoutes[ \t]*\([ \t]*\w+[ \t]+\*api\.Server\b",
    re.MULTILINE,
)
"""The application's hook the SDK's API server calls with the router it owns."""

_APP_FILES = ("app/app.go", "app.go")
"""Where SDK chains keep the application type (scaffolded by the SDK's simapp and Ignite)."""


def mark(top: str, units: dict[str, Unit]) -> None:
    """Set `Unit.no_web` on Cosmos SDK chain nodes whose only framework is the router the
    SDK's API server lends them."""
    for unit in units.values():
        frameworks = [
            s for s in unit.signals.get(LANGUAGE, []) if s.kind is FindingKind.FRAMEWORK
        ]
        if not frameworks or unit.no_web:
            continue
        if any(s.strength is Strength.ENTRY and not s.primary for s in frameworks):
            continue  # a router of its own, seen built or started (not merely imported)
        prefix = "" if unit.folder == "." else unit.folder + "/"
        mod = read_text(top, prefix + "go.mod")[0] or ""
        if not _SDK.search(mod):
            continue
        if any(_API_ROUTES.search(read_text(top, prefix + name)[0] or "") for name in _APP_FILES):
            unit.no_web = True
