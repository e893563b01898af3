"""Go: which packages of the tree's other modules a module's own code imports.

A module of a Go monorepo may keep one service's storage engine (its GORM repositories over
PostgreSQL) while the service's module requires it only to register that engine at start
(`postgres.Register()` in a builder package). The service's go.mod then names GORM only as
`// indirect`, as a gateway's go.mod does that imports nothing of the library but its errors:
what tells the two apart is which of the library's packages the code imports. Recorded on the
user (`Unit.go_reached`) for `go_lent_layers`: a layer the library imports in a package the
user's code imports is lent it, whatever its siblings require.
"""

from __future__ import annotations

import posixpath

from designer.detect.assemble import Unit
from designer.detect.codewalk import all_code_files
from designer.detect.ecosystems.go_programs import imports
from designer.detect.nonservices import module_names
from designer.detect.walker import read_text

LANGUAGE = "go"

MAX_FILES = 400
"""Go sources read per module at most: a larger module is left alone."""


def mark(top: str, units: dict[str, Unit]) -> None:
    """Fill `Unit.go_reached` of each Go module whose code imports another module's packages."""
    modules = {
        name: unit
        for unit in units.values()
        for name in module_names(unit, LANGUAGE)
        if any(e == LANGUAGE for _, e, _ in unit.manifests)
    }
    if len(modules) < 2:
        return
    go_units = set(modules.values())
    for user in go_units:
        nested = {u.folder for u in go_units if u is not user and u.is_under(user)}
        paths = all_code_files(
            top, user.folder, (".go",), MAX_FILES,
            skip_dir=lambda d: d in {"vendor", "testdata"}, nested=nested,
        )
        for path in paths or []:
            if path.endswith("_test.go"):
                continue
            for imported, _ in imports(read_text(top, path)[0] or ""):
                found = _package_folder(imported, modules, user)
                if found:
                    user.go_reached.setdefault(found[0].folder, set()).add(found[1])


def _package_folder(
    imported: str, modules: dict[str, Unit], user: Unit
) -> tuple[Unit, str] | None:
    """The module of the tree an import path lies in, with the package's folder."""
    for name, unit in modules.items():
        if unit is user or not (imported == name or imported.startswith(name + "/")):
            continue
        relative = imported[len(name) + 1 :]
        folder = posixpath.normpath(posixpath.join(unit.folder, relative or "."))
        return unit, folder
    return None
