""".NET: a web project named as a test client that only test projects reference.

An identity or API server's solution often keeps a small ASP.NET Core app beside it that signs
in through it or calls it (`Acme.TestClient`: an OpenID Connect relying party with a page or
two), so that developers and the end-to-end tests can drive the server as a client would. The
end-to-end test project references it (`<ProjectReference Include="…TestClient.csproj" />`)
to host it beside the server; no product project does. It keeps no data: a client of the
backend, no backend itself (HELDOUT.md), marked `Unit.no_web`.

All three signs are required: the project's name ends in the words "Test Client", at least one
test project references it and no other project does, and neither it nor a project it
references declares or uses a data layer or engine (`demo_data.keeps_data`). A server named so
that keeps a database, or that a product project references, stays a backend.
"""

from __future__ import annotations

from designer.detect.assemble import Unit
from designer.detect.demo_data import keeps_data
from designer.detect.dotnet_archived import LANGUAGE, _aspnet
from designer.detect.signals import LazyPattern

_WORD = LazyPattern(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+|\d+")
"""A word of a CamelCase name: a run of capitals, a capitalised or lower-case word, digits."""


def _test_client_named(name: str) -> bool:
    """Whether a project's file stem ends in the words "Test Client" (`Acme.TestClient`,
    `Acme.Identity.Test.Client`, `acme-test-client`)."""
    words = [w.lower() for w in _WORD.findall(name)]
    return words[-2:] == ["test", "client"]


def _names(unit: Unit) -> list[str]:
    """The file stems of the unit's own .NET projects, as written (their case splits words)."""
    return [r.name for _, eco, r in unit.manifests if eco == LANGUAGE and r.name]


def mark(top: str, units: dict[str, Unit]) -> None:
    """Set `Unit.no_web` on ASP.NET Core projects named as a test client that only test
    projects reference and that keep no data."""
    del top  # the projects' own manifests say all this rule needs
    for unit in units.values():
        if not _aspnet(unit) or any(r.tests_only for _, _, r in unit.manifests):
            continue
        names = _names(unit)
        if not any(_test_client_named(name) for name in names):
            continue
        own = {name.lower() for name in names}
        referrers = [
            r for other in units.values() if other is not unit
            for _, eco, r in other.manifests
            if eco == LANGUAGE and any(use.lower() in own for use in r.uses)
        ]
        if not referrers or not all(r.tests_only for r in referrers):
            continue
        if keeps_data(unit, units):
            continue
        unit.no_web = True
