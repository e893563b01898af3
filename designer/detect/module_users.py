"""Who uses a library module of a build: the units of the tree whose builds reach it by module
references (a .NET `ProjectReference`, a Maven or Gradle module dependency), directly or
through other modules. A library no service uses folds by nearness into the services nearest
it; but where its users are known and none is a service (an EF Core library referenced only
by a console job and a dropped receiver, a module only a CLI depends on), it is their code,
not the code of a service that never references it: it folds into none. A test project
referencing a library tests it and does not use it: a library referenced only by its tests
has no known user and still folds by nearness."""

from __future__ import annotations

from collections.abc import Iterable

from designer.detect.assemble import Unit
from designer.detect.build_modules import used_modules


class ModuleUsers:
    """Module folder → folders of the units reaching it, read once on first need."""

    def __init__(
        self,
        ordered: list[Unit],
        units: dict[str, Unit],
        eco: dict[str, str],
        roots: dict[str, str],
    ) -> None:
        self._ordered = ordered
        self._units = units
        self._eco = eco
        self._roots = roots
        self._reached: dict[str, set[str]] | None = None

    def _read(self) -> dict[str, set[str]]:
        reached: dict[str, set[str]] = {}
        for user in self._ordered:
            language = self._eco.get(user.folder, "")
            if not language or _tests_only(user, language):
                continue
            for module in used_modules(user, self._units, self._eco, self._roots):
                reached.setdefault(module.folder, set()).add(user.folder)
        return reached

    def unused(self, module: Unit) -> bool:
        """Whether no unit of the tree uses `module` (a client SDK the build publishes for
        the product's callers: the build's own code never runs it)."""
        if self._reached is None:
            self._reached = self._read()
        return not self._reached.get(module.folder)

    def unused_by(self, module: Unit, services: Iterable[Unit]) -> bool:
        """Whether units of the tree use `module` and none of them is one of `services`."""
        if self._reached is None:
            self._reached = self._read()
        users = self._reached.get(module.folder, set())
        return bool(users) and not users & {s.folder for s in services}


def _tests_only(unit: Unit, language: str) -> bool:
    """Whether `unit` is a test project (.NET: all it references is for tests)."""
    return any(r.tests_only for _, e, r in unit.manifests if e == language)
