"""The data layers of a pip list an image installs, kept only where the service reaches them.

A service that declares nothing itself runs on the pinned lists its Dockerfile installs from
libraries of the same repository (`image_pins`): a `gear/` of database pools beside a
`web_common/` of templates. Every service installing `gear`'s list gets its aiomysql and PyMySQL,
whether or not it opens a database: the documentation site of the same repository, an aiohttp
server rendering pages with `gear`'s session and sign-in helpers, installs them too. A data
layer is the service's when its code uses it: it imports the layer's module itself, or imports
from the library's package a name defined in (or re-exported from) a module that imports it
(`from gear import Database`, where `gear/database.py` imports aiomysql). Where none of the
list's data layers is reached so, none of them (with the engines their drivers name) is taken.

Only one hop into the library is followed: a session helper whose module imports another
module of the library that opens the database uses the database for the library, not the
service. `import lib` of the whole package, a module the scan cannot resolve, or a service too
large to read whole counts as reaching everything.
"""

from __future__ import annotations

import os
import posixpath
import re

from designer.detect.py_side_stores import SQL_LAYERS
from designer.detect.pymodules import each_module
from designer.detect.signals import Signal
from designer.detect.walker import read_text
from designer.model.stack import FindingKind

DATA_KINDS = frozenset(
    {FindingKind.ORM, FindingKind.QUERY, FindingKind.DATABASE, FindingKind.MIGRATIONS}
)
"""Kinds of finding that make a data layer or name the engine it opens."""

IMPORT_NAMES = {
    "mysqlclient": "mysqldb",
    "psycopg2-binary": "psycopg2",
    "psycopg-binary": "psycopg",
    "pymysql": "pymysql",
    "mysql-connector-python": "mysql",
    "mysql-connector": "mysql",
    "pyodbc": "pyodbc",
    "tortoise-orm": "tortoise",
    "cassandra-driver": "cassandra",
    "scylla-driver": "cassandra",
}
"""pip names whose module is not the name itself (lower case, `-` as `_` otherwise)."""

_IMPORT = re.compile(r"^[ \t]*import[ \t]+([\w. \t,]+)", re.MULTILINE)
_FROM = re.compile(
    r"^[ \t]*from[ \t]+([\w.]*+)[ \t]+import[ \t]+(\([^)]*\)|[^\n#]*)", re.MULTILINE
)
"""A `from` import: its module, relative (`from ..db import x`) or not, read as one run of dots
and words (two runs side by side that both took dots took a time growing with the square of a
run of dots)."""


def module_of(package: str) -> str:
    """The top-level module (lower case) a pip package is imported as."""
    lowered = package.lower().split("[", 1)[0].strip()
    return IMPORT_NAMES.get(lowered, lowered.replace("-", "_").replace(".", "_"))


def imports(text: str) -> tuple[set[str], list[tuple[str, list[str]]]]:
    """The modules `import` names (dotted, as written) and each `from` import's module with
    the names it takes."""
    plain = {
        part.split()[0]
        for found in _IMPORT.findall(text)
        for part in found.split(",")
        if part.strip()
    }
    taken = [
        (module, [n.split()[0] for n in names.strip("()").replace("\n", " ").split(",")
                  if n.strip()])
        for module, names in _FROM.findall(text)
    ]
    return plain, taken


def _tops(text: str) -> set[str]:
    """The top-level modules (lower case) a file imports, relative imports left out."""
    plain, taken = imports(text)
    found = {m.split(".")[0].lower() for m in plain}
    found |= {m.split(".")[0].lower() for m, _ in taken if m and not m.startswith(".")}
    return found


def keep_reached(
    top: str, folder: str, nested: set[str], lister: str, signals: list[Signal]
) -> list[Signal]:
    """`signals` (of the pip list at `lister`, which the service in `folder` installs),
    without their data layers and engines when the service's code reaches none of them."""
    data = [s for s in signals if s.kind in DATA_KINDS and s.package]
    # The modules each layer is imported as: those the catalogue's layers are known by
    # (`SQLAlchemy` is also `flask_sqlalchemy`), and the pip name's guess beside them.
    modules = {module_of(s.package) for s in data}
    modules |= {m for s in data for m in SQL_LAYERS.get(s.name, ())}
    if not modules or _reached(top, folder, nested, posixpath.dirname(lister), modules):
        return signals
    return [s for s in signals if s.kind not in DATA_KINDS]


def _reached(top: str, folder: str, nested: set[str], library: str, modules: set[str]) -> bool:
    """Whether a module of the service imports one of `modules`, or a name of the library's
    package whose defining module does."""
    for found in each_module(top, folder, nested):
        if found is None:
            return True  # too large to read whole
        plain, taken = imports(found[1])
        if {m.split(".")[0].lower() for m in plain} & modules:
            return True
        for name in plain:
            if _package_file(top, library, name.split(".")) is not None:
                return True  # `import lib`: anything of it may be used
        for module, names in taken:
            if not module or module.startswith("."):
                continue
            if module.split(".")[0].lower() in modules:
                return True
            for path in _defining_files(top, library, module, names):
                if _tops(read_text(top, path)[0] or "") & modules:
                    return True
    return False


def _defining_files(top: str, library: str, module: str, names: list[str]) -> list[str]:
    """The library's files that define what `from module import names` takes: a submodule
    of that name, the module a package's `__init__` re-exports it from, or the module's own
    file; none when `module` is not the library's."""
    parts = module.split(".")
    path = _package_file(top, library, parts)
    if path is None:
        return []
    if posixpath.basename(path) != "__init__.py":
        return [path]
    package = posixpath.dirname(path)
    text = read_text(top, path)[0] or ""
    _, taken = imports(text)
    files: list[str] = []
    for name in names:
        if name == "*":
            return [path]
        inner = _package_file(top, package, [name], inside=True)
        if inner is None:
            source = next((m for m, ns in taken if name in ns and m.startswith(".")), None)
            relative = source.lstrip(".").split(".") if source and source.strip(".") else []
            inner = _package_file(top, package, relative, inside=True) if relative else None
        files.append(inner or path)
    return files


def _package_file(
    top: str, library: str, parts: list[str], inside: bool = False
) -> str | None:
    """The file of the dotted module `parts` in the library folder (`lib/pkg/__init__.py`,
    `lib/pkg.py`, under `src/` too, or the library folder itself as the package), or inside
    the package folder `library` when `inside`."""
    if not parts or not all(p.isidentifier() for p in parts):
        return None
    bases = [library] if inside else [library, posixpath.join(library, "src")]
    if not inside and posixpath.basename(library) == parts[0]:
        bases.append(posixpath.dirname(library))
    for base in bases:
        stem = posixpath.join(base, *parts) if base not in ("", ".") else posixpath.join(*parts)
        for candidate in (posixpath.join(stem, "__init__.py"), stem + ".py"):
            if os.path.isfile(os.path.join(top, *candidate.split("/"))):
                return candidate
    return None
