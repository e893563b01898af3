"""Several Django projects sharing one Python manifest folder: one backend each.

A repository may keep two or more Django projects (an administration site and a reporting
site, say) below one root manifest (`setup.py`) and one `requirements/` folder of pip lists,
each project a folder of its own with its `manage.py` (or its WSGI/ASGI entry point), its
`settings.py`, its `urls.py` and often its own Docker image, both using the package's shared
code. Each project is an application of its own: the walk, which keys code by its manifest's
folder, gave them all to the shared folder, which is no application of its own.

Such a folder is split, once every other rule has run, into one unit per project, keyed by the
project's folder (the folder of its `manage.py`, else of its entry point). Each keeps what the
shared manifests and the shared code give, and what its own folder gives; a finding from
another project's folder, or from a shared file named for another project
(`requirements-report.txt`, `docker/report/Dockerfile`) and not for this one, is left to that
project. A project at the shared folder itself keeps the folder's key. A project has a URL
configuration of its own (`urls.py` beside its entry point or in its settings' package): a
folder of deployment settings and a WSGI entry point serving another project's routes is that
project deployed another way.

What must not split, and does not: one project whose `manage.py` and settings package lie in
different folders (`manage.py` at the root, `config/settings/…` and `config/wsgi.py` below:
they name one settings package, so they are one project); a project whose settings are a
`settings/` package (its modules are not entry points); a reusable app whose `tests/`,
`example/`, `testproject/` or `demo/` folders hold a project driving it (such folders are
never read as projects); projects with manifests of their own (units of their own already).
"""

from __future__ import annotations

import copy
import os
import posixpath
import re

from designer.detect.assemble import Unit
from designer.detect.codewalk import code_files
from designer.detect.nonservices import (
    is_double,
    is_example,
    is_script,
    is_test_host,
    is_tool,
)
from designer.detect.walker import read_text
from designer.model.stack import FindingKind

LANGUAGE = "python"

MAX_FILES = 200
"""Entry-point files (`manage.py`, `wsgi.py`, `asgi.py`) listed per folder at most: a larger
tree is left alone."""

_ENTRY_FILES = ("manage.py", "wsgi.py", "asgi.py")
"""A Django project's command-line entry point and its WSGI/ASGI entry points."""

_SETTINGS_MODULE = re.compile(
    r"""DJANGO_SETTINGS_MODULE['"]\s*(?:,|\]\s*=)\s*['"]([A-Za-z_][\w.]*)['"]"""
)
"""The settings module an entry point sets (`os.environ.setdefault("DJANGO_SETTINGS_MODULE",
"site.settings")`, `os.environ["DJANGO_SETTINGS_MODULE"] = "site.settings"`)."""

_SKIPPED = frozenset(
    {"node_modules", "venv", "env", "site-packages", "docs", "doc", "build", "dist"}
)
"""Folders holding no project of the repository's own (installed packages, documentation)."""

_NOT_PROJECTS = frozenset(
    {"example", "demo", "demos", "sample", "sandbox", "testproject", "test_project",
     "testapp", "test_app", "testsite", "test_site", "testing", "docs", "doc"}
)
"""Folder names (besides those of examples, tests, tools, scripts and test doubles) of a
project that only drives the repository's code: a reusable app's demonstration or test
project."""

_NOT_PROJECT_WORDS = frozenset(
    {"example", "examples", "demo", "demos", "sample", "samples", "sandbox", "test", "tests"}
)
"""Words of a longer folder name saying the same (`example_project`, `test-site`)."""


def split(top: str, units: dict[str, Unit]) -> None:
    """Replace each Django unit whose folder holds two or more Django projects without
    manifests of their own by one unit per project."""
    for unit in list(units.values()):
        if not _django(unit) or not any(e == LANGUAGE for _, e, _ in unit.manifests):
            continue
        projects = _projects(top, unit, units)
        if len(projects) < 2:
            continue
        del units[unit.folder]
        for project in projects:
            units[project] = _part(unit, project, projects)


def _django(unit: Unit) -> bool:
    return any(
        s.kind is FindingKind.FRAMEWORK and s.name == "Django"
        for s in unit.signals.get(LANGUAGE, [])
    )


def _projects(top: str, unit: Unit, units: dict[str, Unit]) -> list[str]:
    """The folders of the distinct Django projects under `unit`'s folder (its own included),
    outside nested Python projects and folders of examples, tests and tools."""
    nested = {
        other.folder
        for other in units.values()
        if other.is_under(unit) and any(e == LANGUAGE for _, e, _ in other.manifests)
    }
    found: dict[str, list[str]] = {}
    """Folder of a settings module's project package → folders of the entry points naming
    it."""
    named: dict[str, set[str]] = {}
    """Folder of a project package → the settings modules its entry points name."""
    managed: dict[str, str] = {}
    """Folder of a project package a `manage.py` names → that module's top-level package."""
    for path in code_files(
        top, unit.folder, _ENTRY_FILES, MAX_FILES,
        skip_dir=lambda name: name in _SKIPPED or name.startswith("__"),
        nested=nested,
    ):
        if path is None:
            return []  # too large a tree to tell
        name = posixpath.basename(path)
        if name not in _ENTRY_FILES:
            continue
        folder = posixpath.dirname(path) or "."
        if _driver_only(folder):
            continue
        text, _ = read_text(top, path)
        match = _SETTINGS_MODULE.search(text or "")
        if match is None:
            continue
        module = match.group(1)
        package = _package(module)
        if package and _driver_only(package.replace(".", "/")):
            continue  # `tests.settings`: the settings of a test project
        if name != "manage.py" and not _has_settings(top, folder):
            continue  # a WSGI entry point is a project's beside its settings
        home = _resolve(top, unit.folder, folder, module, package)
        if home is None:
            continue  # its settings are no module of this tree
        # Keyed by the folder of the settings' package as found in the tree: `manage.py` at
        # the root naming `site.settings` and `site/wsgi.py` naming a bare `settings` start
        # one project.
        found.setdefault(home, []).append(folder)
        named.setdefault(home, set()).add(module)
        if name == "manage.py":
            managed[home] = module.split(".")[0]
    projects = []
    for home, folders in found.items():
        if _site_of(home, named, managed):
            # One `manage.py` runs every site of one package (`--settings pkg.recipes.settings`);
            # a WSGI entry point naming another settings module of that package is the same
            # project deployed as another site, not one more.
            continue
        if not any(_routes(top, f) for f in {home, *folders}):
            # A folder of deployment settings and a WSGI entry point running another
            # project's routes (`deploy/prod/`) is that project deployed, not one more.
            continue
        if any(_includes_other(top, f, home, found) for f in {home, *folders}):
            # Its own `urls.py` only mounts another project's URL configuration
            # (`path(settings.MOUNT_PATH, include('site.urls'))`): the same deployment
            # folder, with a routes file to put that project under a prefix.
            continue
        if _extends_other(top, unit.folder, home, folders, named) and not any(
            _own_routes(top, f) for f in {home, *folders}
        ):
            # Its settings star-import another project's (`from site.settings import *`,
            # then a Celery broker and a `ROOT_URLCONF` of its own) and its URL configuration
            # routes only Django's admin: that project run another way (the settings of its
            # Celery worker), not one more.
            continue
        # `manage.py` at the root and `config/wsgi.py` name one project: the shallowest
        # folder (where `manage.py` stands) is the project's.
        projects.append(min(folders, key=lambda f: (f != "." and f.count("/") + 1, f)))
    if len(set(projects)) < len(projects):
        return []  # two settings packages driven from one folder: one project's variants
    return sorted(projects)


def _site_of(home: str, named: dict[str, set[str]], managed: dict[str, str]) -> bool:
    """Whether the project of `home` has no `manage.py` of its own while a `manage.py` of the
    tree names a settings module of the same top-level package: that package's one project,
    run under other settings (a second site of it: forum and recipes sites sharing the
    package's apps, one `manage.py` and its `--settings`)."""
    modules = named.get(home, set())
    return (
        home not in managed
        and bool(modules)
        and all(module.split(".")[0] in managed.values() for module in modules)
    )


def _package(module: str) -> str:
    """The project package a settings module belongs to: what comes before its `settings`
    part (`config.settings.production` → `config`), else its parent package."""
    parts = module.split(".")
    for index, part in enumerate(parts):
        if part.startswith("settings") or part.endswith("settings"):
            return ".".join(parts[:index])
    return ".".join(parts[:-1])


def _driver_only(folder: str) -> bool:
    """Whether `folder` lies in a folder whose projects only drive the repository's code (a
    test or demonstration project, a tool, a script, a double)."""
    return (
        is_example(folder)
        or is_test_host(folder)
        or is_tool(folder)
        or is_script(folder)
        or is_double(folder)
        or any(
            part.lower() in _NOT_PROJECTS
            or not _NOT_PROJECT_WORDS.isdisjoint(re.split(r"[-_.]", part.lower()))
            for part in folder.split("/")
        )
    )


def _has_settings(top: str, folder: str) -> bool:
    base = os.path.join(top, *folder.split("/")) if folder != "." else top
    return os.path.isfile(os.path.join(base, "settings.py")) or os.path.isdir(
        os.path.join(base, "settings")
    )


def _routes(top: str, folder: str) -> bool:
    """Whether `folder` holds a URL configuration of its own (`urls.py`, a `urls/` package)."""
    base = os.path.join(top, *folder.split("/")) if folder != "." else top
    return os.path.isfile(os.path.join(base, "urls.py")) or os.path.isfile(
        os.path.join(base, "urls", "__init__.py")
    )


_INCLUDE = re.compile(r"""\binclude\(\s*['"]([A-Za-z_][\w.]*)\.urls['"]""")
"""A URL configuration mounting another module's (`include('site.urls')`)."""


def _includes_other(top: str, folder: str, home: str, found: dict[str, list[str]]) -> bool:
    """Whether `folder`'s `urls.py` includes the URL configuration of another project of
    `found` (keyed by its package's folder), and so serves that project's routes."""
    text, _ = read_text(top, posixpath.join(folder, "urls.py") if folder != "." else "urls.py")
    others = {other for other in found if other != home}
    return any(
        module.replace(".", "/") in others
        or any(other.endswith("/" + module.replace(".", "/")) for other in others)
        for module in _INCLUDE.findall(text or "")
    )


_STAR_IMPORT = re.compile(r"^from[ \t]+([A-Za-z_][\w.]*)[ \t]+import[ \t]+\*", re.MULTILINE)
"""A module taking every name of another (`from site.settings import *`)."""


_ROUTE = re.compile(r"""\b(?:re_path|path|url)\(\s*(?:r?['"][^'"]*['"]|[\w.]+)\s*,\s*([\w.]+)""")
"""A route's target (`path('admin/', admin.site.urls)`, `path('', views.index)`)."""


_DOCSTRINGS = re.compile(r'"""[\s\S]*?"""' r"|'''[\s\S]*?'''")
"""Triple-quoted strings (a module's docstring)."""
_COMMENTS = re.compile(r"#[^\n]*")


def _own_routes(top: str, folder: str) -> bool:
    """Whether `folder`'s `urls.py` routes anything but Django's admin site (its docstring,
    the generator's examples `path('', views.home)`, and comments are no routes)."""
    text, _ = read_text(top, posixpath.join(folder, "urls.py") if folder != "." else "urls.py")
    code = _COMMENTS.sub("", _DOCSTRINGS.sub("", text or ""))
    return any(target != "admin.site.urls" for target in _ROUTE.findall(code))


def _extends_other(
    top: str, shared: str, home: str, folders: list[str], named: dict[str, set[str]]
) -> bool:
    """Whether a settings module the entry points in `folders` name (the project of `home`)
    star-imports the settings module another project's entry points name: a variant of that
    project's settings."""
    others = {module for other, modules in named.items() if other != home for module in modules}
    for module in named.get(home, ()):
        for folder in folders:
            path = _module_file(top, shared, folder, module)
            if path is None:
                continue
            text, _ = read_text(top, path)
            if others.intersection(_STAR_IMPORT.findall(text or "")):
                return True
    return False


def _module_file(top: str, shared: str, folder: str, module: str) -> str | None:
    """The tree path of `module` imported from `folder` or one of its ancestors up to the
    shared folder (as `_resolve` finds it); else None."""
    relative = module.replace(".", "/")
    current = folder
    while True:
        prefix = "" if current == "." else current + "/"
        for candidate in (relative + ".py", relative + "/__init__.py"):
            if os.path.isfile(os.path.join(top, *(prefix + candidate).split("/"))):
                return prefix + candidate
        if current == shared or current == ".":
            return None
        current = posixpath.dirname(current) or "."


def _resolve(top: str, shared: str, folder: str, module: str, package: str) -> str | None:
    """The folder of the settings module's project package (`package`), when the module is a
    file of the tree imported from `folder` or one of its ancestors up to the shared folder (a
    `src/` layout imports from `src`); else None."""
    relative = module.replace(".", "/")
    current = folder
    while True:
        base = os.path.join(top, *current.split("/")) if current != "." else top
        target = os.path.join(base, *relative.split("/"))
        if os.path.isfile(target + ".py") or os.path.isfile(os.path.join(target, "__init__.py")):
            return posixpath.normpath(posixpath.join(current, package.replace(".", "/")))
        if current == shared or current == ".":
            return None
        current = posixpath.dirname(current) or "."


def _part(unit: Unit, project: str, projects: list[str]) -> Unit:
    """`unit` as seen by the project in folder `project`: what its own folder and the shared
    files give, without what belongs to another project."""
    part = copy.copy(unit)
    part.folder = project
    part.manifests = [m for m in unit.manifests if _belongs(m[0], project, projects)]
    part.signals = type(unit.signals)(list)
    for ecosystem, signals in unit.signals.items():
        part.signals[ecosystem] = [
            s for s in signals if _belongs(s.evidence.path, project, projects)
        ]
    part.pins = dict(unit.pins)
    part.declined = set(unit.declined)
    part.deployed_starts = set(unit.deployed_starts)
    part.outnumbered = set(unit.outnumbered)
    return part


def _belongs(path: str, project: str, projects: list[str]) -> bool:
    """Whether the file `path` is `project`'s: inside its folder and no deeper project's, or
    shared (in no project's folder): code, or a pip list, image or setting not named for
    another project only."""
    owner = max(
        (p for p in projects if p == "." or path.startswith(p + "/")),
        key=len,
        default=None,
    )
    if owner is not None and owner != ".":
        return owner == project
    if path.endswith(".py"):
        return True  # shared code, whatever its name: every project imports it
    words = set(re.split(r"[/\-_.]", path.lower()))
    names = {p: posixpath.basename(p).lower() for p in projects if p != "."}
    named = {p for p, name in names.items() if name in words}
    return not named or project in named
