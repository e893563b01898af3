"""A Python library whose only app is built in a class its services are built on.

A repository of services may keep, beside them, a library whose base class builds the app each
service starts (`class BaseService: def __init__(…): self.app = FastAPI(title=…)`, with the
health check and middleware every service shares). The library starts the framework only on
an attribute of an object a caller constructs: no module of it holds an app a server would be
pointed at, and nothing deploys it (no image, no Procfile). With another project of the tree
starting that framework itself, the library is code of those services (`Unit.no_web`), not a
service of its own. A project that also builds an app at module level, or ships an image,
stays what it looks like.
"""

from __future__ import annotations

from designer.detect.assemble import Unit
from designer.detect.signals import LazyPattern, Strength
from designer.model.stack import FindingKind

LANGUAGE = "python"

_ON_SELF = LazyPattern(r"^[ \t]*self\.\w+[ \t]*(?::[^=\n]*)?=[ \t]*\w+[ \t]*\(")
"""An app set on the object being built (`self.app = FastAPI(`)."""


def _starts(unit: Unit) -> list[tuple[str, str]]:
    """(framework, evidence text) of the framework starts seen in the unit's code."""
    return [
        (s.name, s.evidence.text)
        for s in unit.signals.get(LANGUAGE, [])
        if s.kind is FindingKind.FRAMEWORK and s.strength is Strength.ENTRY
    ]


def mark(top: str, units: dict[str, Unit]) -> None:
    """Mark the undeployed Python projects whose every start of their framework is an app set
    on `self`, beside another project starting that framework at module level."""
    del top
    for unit in units.values():
        starts = _starts(unit)
        if not starts or unit.deployable or unit.no_web:
            continue
        if not all(_ON_SELF.search(text) for _, text in starts):
            continue
        names = {name for name, _ in starts}
        if any(
            other is not unit
            and any(name in names and not _ON_SELF.search(text) for name, text in _starts(other))
            for other in units.values()
        ):
            unit.no_web = True
