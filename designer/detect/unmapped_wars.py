"""JVM: a war whose deployment descriptor maps no servlet of its own, serving no request.

A product may keep, beside its web applications, a war that only runs scheduled work inside
the servlet container: its web.xml starts Spring's context (`ContextLoaderListener`) and a
servlet of its own loaded on start-up (`<load-on-startup>`) that schedules statistics jobs,
and maps no URL to any servlet of its own — at most a library's administration page (a
connection pool's `AdminServlet` on `/admin`). Its pom declares Spring's web modules
(`spring-webmvc`) because the context listener lives there, so Spring MVC looks plausible,
yet no `DispatcherServlet` is mounted and no controller exists: the war serves nothing of the
product's (HELDOUT.md: a scheduled job is no backend). It is marked `Unit.no_web`.

Only a JVM module whose framework is declared and started nowhere in its code or descriptor
(no entry point: a mounted dispatcher, a Struts or Jersey servlet, a controller would be one)
is asked, and only where a `WEB-INF/web.xml` of its own (`src/main/webapp/` or a web root one
level down, `web/`, `WebRoot/`, `WebContent/`) maps every URL to a servlet class outside its
own sources, and its own main sources declare no request handler (a controller, a request
mapping, `@WebServlet`, a JAX-RS resource, a WebSocket endpoint). A module too large to read
is left alone.
"""

from __future__ import annotations

import os
import posixpath
import re

from designer.detect.assemble import Unit, has_entry_point, main_ecosystem
from designer.detect.codewalk import all_code_files
from designer.detect.walker import read_text
from designer.model.stack import FindingKind

ECOSYSTEM = "jvm"

MAX_FILES = 1000
"""Source files of a module read at most: a larger module is left alone."""

_ENDINGS = (".java", ".kt", ".groovy", ".scala")

_HANDLERS = re.compile(
    r"@(?:RestController|Controller|RequestMapping|GetMapping|PostMapping|PutMapping"
    r"|PatchMapping|DeleteMapping|WebServlet|ServerEndpoint|RepositoryRestResource|Path)\b"
    r"|\bRouterFunction\b"
)
"""What a module's own code declares to serve requests without a descriptor's mapping."""

_SERVLET = re.compile(
    r"<servlet>.*?<servlet-name>\s*([^<\s]+)\s*</servlet-name>.*?"
    r"<servlet-class>\s*([\w.$]+)\s*</servlet-class>.*?</servlet>",
    re.DOTALL,
)
_MAPPING = re.compile(
    r"<servlet-mapping>.*?<servlet-name>\s*([^<\s]+)\s*</servlet-name>.*?</servlet-mapping>",
    re.DOTALL,
)
_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)

_WEB_ROOTS = ("src/main/webapp",)
"""Where Maven keeps a war's web root; any folder one level down holding `WEB-INF/` is read
too (an IDE project's `web/`, `WebRoot/`, `WebContent/` a war plugin points at)."""


def mark(top: str, units: dict[str, Unit]) -> None:
    """Mark each JVM module whose web.xml maps no servlet of its own and whose code declares
    no handler as serving no request."""
    for unit in units.values():
        if unit.no_web or main_ecosystem(unit) != ECOSYSTEM or has_entry_point(unit):
            continue
        if not any(s.kind is FindingKind.FRAMEWORK for s in unit.signals.get(ECOSYSTEM, [])):
            continue
        descriptor = _descriptor(top, unit.folder)
        if descriptor is None:
            continue
        paths = all_code_files(top, unit.folder, _ENDINGS, MAX_FILES)
        if not paths:
            continue
        own = {_class_name(path) for path in paths}
        if not _maps_only_others(descriptor, own):
            continue
        if any(_HANDLERS.search(read_text(top, path)[0] or "") for path in paths):
            continue
        unit.no_web = True


def _descriptor(top: str, folder: str) -> str | None:
    """The text of the module's own `WEB-INF/web.xml`, or None."""
    base = "" if folder == "." else folder
    candidates = [posixpath.join(base, root, "WEB-INF", "web.xml") for root in _WEB_ROOTS]
    try:
        entries = sorted(os.listdir(os.path.join(top, base)))
    except OSError:
        entries = []
    candidates += [posixpath.join(base, name, "WEB-INF", "web.xml") for name in entries]
    for path in candidates:
        text = read_text(top, path)[0]
        if text is not None:
            return _COMMENT.sub("", text)
    return None


def _class_name(path: str) -> str:
    """The simple name of a source file's class (`…/TaskServlet.java` → `TaskServlet`)."""
    return posixpath.splitext(posixpath.basename(path))[0]


def _maps_only_others(descriptor: str, own: set[str]) -> bool:
    """Whether every servlet the descriptor maps to a URL is a class outside the module's own
    sources (a library's), for a descriptor declaring servlets at all."""
    classes = {name: cls for name, cls in _SERVLET.findall(descriptor)}
    if not classes:
        return False
    for name in _MAPPING.findall(descriptor):
        cls = classes.get(name)
        if cls is None or cls.rpartition(".")[2].split("$")[0] in own:
            return False
    return True
