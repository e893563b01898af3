"""Spring Boot applications whose web layer is a Vaadin server-side UI.

Vaadin renders its components on the server: the application answers the browser through
Vaadin's servlet (`SpringVaadinServlet`, registered with `@WebServlet`) with the UI classes its
sources declare (`@SpringUI`, `@SpringView` on Vaadin 7/8; `@Route` on Vaadin Flow). Such an
application is a server that renders UI components, which HELDOUT.md leaves out (set 76's
Vaadin server), whatever data its views reach. It is a backend only where its sources also
serve clients another way: a REST controller, a mapping that returns content, a servlet or a
JAX-RS resource that is not Vaadin's. A `@Controller` whose every mapping redirects the browser
(`sendRedirect`, `"redirect:"` views: `/` and `/login` sent to the UI's path) serves no client.
Only Spring Boot applications whose own main sources import a Vaadin UI annotation are read,
with those of the repository modules they use (not applications of their own).
"""

from __future__ import annotations

import posixpath
import re

from designer.detect.assemble import Unit
from designer.detect.codewalk import all_code_files
from designer.detect.listeners import ENDPOINT
from designer.detect.nonservices import used_modules
from designer.detect.walker import read_text
from designer.model.stack import FindingKind

_ENDINGS = (".java", ".kt")

_VAADIN_UI = re.compile(
    r"^[ \t]*import[ \t]+com\.vaadin\.(?:spring\.annotation\.Spring(?:UI|View)"
    r"|flow\.router\.Route)\b",
    re.MULTILINE,
)
"""A Vaadin UI or view the application declares (Vaadin 7/8's Spring add-on, Vaadin Flow)."""

_VAADIN_SERVLET = re.compile(r"\bextends[ \t]+(?:Spring)?VaadinServlet\b")
"""Vaadin's servlet, subclassed to hook sign-in: its `@WebServlet` serves the UI."""

_MAPPING = re.compile(r"@(?:Request|Get|Post|Put|Patch|Delete)Mapping\b")
_REDIRECT = re.compile(r"""\.sendRedirect[ \t]*\(|["']redirect:""")
_CONTENT = re.compile(r"@(?:RestController|ResponseBody)\b|\bResponseEntity\b")
"""What makes a controller answer with content rather than a redirect."""

_APPLICATION = re.compile(r"@SpringBootApplication\b")

MAX_FILES = 800
"""Source files read per application at most: a larger tree is left alone."""


def mark(top: str, units: dict[str, Unit]) -> None:
    """Set `Unit.no_web` on the Spring Boot applications whose main sources declare a Vaadin
    UI and nothing else that serves clients, in them or the modules they use."""
    for unit in units.values():
        if unit.no_web or not any(
            s.kind is FindingKind.FRAMEWORK and s.name == "Spring Boot"
            for s in unit.signals.get("jvm", [])
        ):
            continue
        folders = [unit.folder] + [other.folder for other in used_modules(unit, units, "jvm")]
        if _ui_only(top, folders):
            unit.no_web = True


def _ui_only(top: str, folders: list[str]) -> bool:
    """Whether the main sources of `folders` (the application's first) declare a Vaadin UI
    and no endpoint but Vaadin's servlet and redirecting controllers; False when one is too
    large to read whole."""
    ui = False
    for index, folder in enumerate(folders):
        paths = all_code_files(top, posixpath.join(folder, "src", "main"), _ENDINGS, MAX_FILES)
        if paths is None:
            return False
        texts = [read_text(top, path)[0] or "" for path in paths]
        if index and any(_APPLICATION.search(text) for text in texts):
            continue  # another application, used for its types
        for text in texts:
            ui = ui or (not index and bool(_VAADIN_UI.search(text)))
            if ENDPOINT.search(text) and not _vaadin_or_redirect(text):
                return False
    return ui


def _vaadin_or_redirect(text: str) -> bool:
    """Whether a source file that matched an endpoint is Vaadin's servlet, or a controller
    every mapping of which redirects the browser."""
    if _VAADIN_SERVLET.search(text):
        return True
    mappings = len(_MAPPING.findall(text))
    return bool(mappings) and not _CONTENT.search(text) and len(_REDIRECT.findall(text)) >= mappings
