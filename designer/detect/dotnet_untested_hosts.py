"""A .NET host no test project references, built on the libraries a suite tests.

A solution's test projects may reference one service (the API, whose controllers they build)
and, directly, the libraries it is made of (`App.Core`, `App.Infrastructure`, whose services
and repositories they test). A second host of the solution built on the same libraries (a
Hangfire worker referencing `App.Infrastructure`) that no test project references has no suite
of its own, but the code it runs is tested there: the suite is its too, as a JVM service is
lent the tests of the build's libraries it uses.

Only a library no other library of the build references counts (the data layer, the
services): a foundation library every project builds on (`App.Core`, its helpers and models)
says nothing of the host's own logic. And only for a host that no test project references,
nor is named after (`App.Worker.Tests`): one with a suite of its own keeps its own.
"""

from __future__ import annotations

from designer.detect.assemble import Unit
from designer.detect.nonservices import module_names, module_uses


def _tests_only(unit: Unit, language: str) -> bool:
    return any(r.tests_only for _, e, r in unit.manifests if e == language)


def users(
    unit: Unit, direct: list[Unit], services: list[Unit], language: str, ordered: list[Unit]
) -> list[Unit]:
    """The services, beside `direct` (those the test project `unit` references), that reference
    a non-foundation library `unit` references directly and that no test project tests by
    reference or by name."""
    names = {n for s in services for n in module_names(s, language)}
    tests = [other for other in ordered if _tests_only(other, language)]
    # The libraries: projects a service references (a benchmark console referencing the same
    # libraries as the suites is none).
    used = {w for s in services for w in module_uses(s, language)}
    libraries = [
        other for other in ordered
        if other not in services and not _tests_only(other, language)
        and module_names(other, language) & used
    ]
    built_on = {w for other in libraries for w in module_uses(other, language)}
    subject = {
        w for w in module_uses(unit, language) - names
        if w not in built_on and any(w in module_names(lib, language) for lib in libraries)
    }
    if not subject or not direct:
        return []
    found = []
    for service in services:
        if service in direct or not module_uses(service, language) & subject:
            continue
        own = module_names(service, language)
        if any(
            module_uses(t, language) & own
            or any(n.lower().startswith(o.lower() + ".") for n in module_names(t, language)
                   for o in own)
            for t in tests
        ):
            continue
        found.append(service)
    return found
