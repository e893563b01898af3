"""Node: the skeletons a product generates its users' projects from are no backends.

A low-code platform or a project generator keeps, inside its own server's package, the
project it writes out for each user (`lib/server/project-template/vue2/project-init-code`):
a package.json naming Koa or Express, a server entry, routes. The product's code copies that
folder (`const STATIC_URL = "…/project-template/"`, `sourcePath = STATIC_URL +
"project-init-code"`) and fills it in; nothing runs it where it lies. It is a template, not a
program of the product (HELDOUT.md: samples and build projects are no backends).

So a Node server is marked `Unit.unused` when a folder on its path is named as a template
(`template`, `templates`, `project-template`, as a word of the name), that folder lies inside
another Node package, and that package's own code outside the folder names the folder. A
`templates/` folder at the top, or one nothing beside it names, is left to the other rules.
"""

from __future__ import annotations

import posixpath
import re

from designer.detect import node_imports
from designer.detect.assemble import Unit
from designer.detect.codewalk import code_files
from designer.detect.walker import read_head
from designer.model.stack import FindingKind

LANGUAGE = "node"

_TEMPLATE = re.compile(r"(?:^|[-_.])templates?(?:$|[-_.])", re.IGNORECASE)
"""A folder name marking a template, as a word of it."""

MAX_FILES = 2000
"""Code files of the enclosing package read, at most."""

HEAD = 65536


def _node(unit: Unit) -> bool:
    return any(e == LANGUAGE for _, e, _ in unit.manifests)


def _server(unit: Unit) -> bool:
    return not unit.unused and any(
        s.kind is FindingKind.FRAMEWORK for s in unit.signals.get(LANGUAGE, [])
    )


def _template_folder(folder: str) -> str | None:
    """The outermost folder on `folder`'s path (itself excluded) named as a template."""
    parts = folder.split("/")
    for i, part in enumerate(parts[:-1]):
        if _TEMPLATE.search(part):
            return "/".join(parts[: i + 1])
    return None


def _enclosing(folder: str, units: dict[str, Unit]) -> Unit | None:
    """The nearest Node package above `folder`."""
    while folder != ".":
        folder = posixpath.dirname(folder) or "."
        unit = units.get(folder)
        if unit is not None and _node(unit):
            return unit
    return None


def _names(top: str, owner: Unit, template: str) -> bool:
    """Whether the code of `owner` outside `template` names the template folder."""
    name = posixpath.basename(template)
    for path in code_files(top, owner.folder, node_imports.ENDINGS, MAX_FILES,
                           skip_dir=lambda d: d == "node_modules", nested={template}):
        if path is None:
            return False  # too large to read whole: the rule keeps out
        if name in (read_head(top, path, HEAD) or ""):
            return True
    return False


def mark(top: str, units: dict[str, Unit]) -> None:
    """Mark unused each Node server inside a template folder that its enclosing Node
    package's code names."""
    for unit in list(units.values()):
        if not _server(unit):
            continue
        template = _template_folder(unit.folder)
        if template is None:
            continue
        owner = _enclosing(template, units)
        if owner is None or owner is unit:
            continue
        if _names(top, owner, template):
            unit.unused = True
