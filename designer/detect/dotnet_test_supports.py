""".NET: a test-support library a test project reaches its subjects through.

A solution may keep its test doubles and in-memory database set-up in a library of their own
(`App.Tests.Infrastructure`, a plain class library referencing the application and
persistence libraries and an in-memory EF Core provider) that the unit test projects reference
instead of the libraries they test. Such a test project references no service nor any library
a service reaches, so it would be given none. A library no service reaches and only test
projects reference is theirs: the test project is taken to reference what that library
references.
"""

from __future__ import annotations

from collections.abc import Sequence

from designer.detect.assemble import Unit
from designer.detect.nonservices import module_names, module_uses


def looked_through(
    wanted: set[str], services: list[Unit], language: str, ordered: Sequence[Unit]
) -> set[str]:
    """`wanted` (the projects a test project references) with each test-support library in it
    replaced by the projects that library references."""
    served = {n for s in services for n in module_names(s, language)}
    reached = {n for o in ordered if not _tests_only(o, language) for n in module_uses(o, language)}
    result: set[str] = set()
    for name in wanted:
        owner = next((o for o in ordered if name in module_names(o, language)), None)
        if (
            owner is None
            or name in served
            or name in reached  # a library a service or another library builds on
            or _tests_only(owner, language)
            or not module_uses(owner, language)
        ):
            result.add(name)
            continue
        result |= module_uses(owner, language)
    return result


def _tests_only(unit: Unit, language: str) -> bool:
    return any(r.tests_only for _, e, r in unit.manifests if e == language)
