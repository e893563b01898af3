"""Web frameworks a Python dashboard's pip list names only because its UI library runs on them.

A data dashboard written on a Python UI library (a Streamlit app started by
`streamlit run index.py`, a Gradio demo, a Plotly Dash app) ships with a pip list, often a
`pip freeze` of its environment, that pins the library's own server beside it: Streamlit
requires Tornado, Gradio FastAPI (and Starlette beneath it), Dash Flask (and Werkzeug). The
program is a UI, its pages drawn by the library from the script's widgets: it serves no HTTP
API of its own, and the pinned framework is the library's server, not a framework the
program is written on. Left alone, `tornado==6.4` in a Streamlit dashboard's list makes a
Tornado backend of it.

The framework is dropped from a Python project only when all of these hold: the project's own
code imports the UI library (`import streamlit as st`); the frameworks it names are ones
the library brings, or ones another of these libraries brings that its frozen environment
pins beside it (a Dash dashboard's `pip freeze` listing `tornado` for a plotting or notebook
package: set 179), and only manifests name them (no code starts them: no entry-point
signal); and none of its code imports any of them (a Gradio app mounted on the program's own
FastAPI app, a Dash app adding Flask routes, stay). Nothing else of the project is touched:
the stores its dashboard reads stay its findings, with no framework to make a backend of them.

A Dash dashboard may also make the Flask application itself, only to hand it to the library
(`server = flask.Flask(__name__)`, `Dash(__name__, server=server)`: to set its secret key or
its session store), and Gradio's may mount its UI on a FastAPI app of its own. The framework
is then started in code, yet it serves nothing but the library's pages: where the code hands
the application to the library and declares no route, router or blueprint of its own, the
framework is dropped all the same (HELDOUT.md: a dashboard is a UI).
"""

from __future__ import annotations

import re

from designer.detect.assemble import Unit
from designer.detect.codewalk import code_files
from designer.detect.signals import Strength
from designer.detect.walker import PRUNED, TEST_FOLDERS, TEST_NAME, read_text
from designer.model.stack import FindingKind

LANGUAGE = "python"

MAX_FILES = 60
"""Python files read per project: a dashboard is a script and a few pages."""

BROUGHT: dict[str, dict[str, str]] = {
    "streamlit": {"Tornado": "tornado"},
    "gradio": {"FastAPI": "fastapi", "Starlette": "starlette"},
    "dash": {"Flask": "flask", "Werkzeug": "werkzeug"},
}
"""UI library (its import name) → the frameworks its package requires (catalogue name →
import name)."""


def _imports(module: str) -> re.Pattern[str]:
    return re.compile(
        rf"^[ \t]*(?:import[ \t]+{module}\b|from[ \t]+{module}(?:\.[\w.]+)?[ \t]+import\b)",
        re.MULTILINE,
    )


_HANDED = re.compile(r"\bserver[ \t]*=[ \t]*[A-Za-z_]|\bmount_gradio_app[ \t]*\(")
"""The framework's application handed to the UI library: Dash's `server=` argument (or the
`server = Flask(…)` it is given), Gradio's `mount_gradio_app(app, …)`."""

_OWN_ROUTES = re.compile(
    r"\.route[ \t]*\(|\badd_url_rule[ \t]*\(|\bBlueprint[ \t]*\(|\bregister_blueprint[ \t]*\("
    r"|@[\w.]+\.(?:get|post|put|patch|delete|api_route|websocket)[ \t]*\("
    r"|\b(?:APIRouter|Route|Mount)[ \t]*\(|\binclude_router[ \t]*\(|\badd_api_route[ \t]*\("
    r"|\bRequestHandler\b"
)
"""A route, router or blueprint the program declares on the framework itself (Flask's
`@server.route`, FastAPI's `@app.get` and routers, Starlette's `Route`, Tornado's handlers)."""

_MODULES = {name: module for brought in BROUGHT.values() for name, module in brought.items()}
"""Each framework these libraries bring → its import name."""

_KNOWN = frozenset(_MODULES)

_LIBRARIES = {library: _imports(library) for library in BROUGHT}
_FRAMEWORK_IMPORTS = {
    module: _imports(module) for frameworks in BROUGHT.values() for module in frameworks.values()
}


def _skipped(name: str) -> bool:
    return name in TEST_FOLDERS or name in PRUNED


def _test_file(name: str) -> bool:
    return TEST_NAME.match(name) is not None


def drop(top: str, units: dict[str, Unit]) -> None:
    """Drop from each Python dashboard the frameworks only its UI library brings."""
    for unit in units.values():
        signals = unit.signals.get(LANGUAGE)
        if not signals:
            continue
        frameworks = [s for s in signals if s.kind is FindingKind.FRAMEWORK]
        if not frameworks:
            continue
        started = any(s.strength is Strength.ENTRY for s in frameworks)
        names = {s.name for s in frameworks}
        # A frozen environment may also pin another library's server (`tornado` beside
        # Dash's Flask, brought by a plotting or notebook package): every framework named
        # must be one these libraries bring, whose import the code is checked for below.
        if not names <= _KNOWN:
            continue
        candidates = [lib for lib, brought in BROUGHT.items() if names & brought.keys()]
        if not candidates:
            continue
        nested = {u.folder for u in units.values() if u.is_under(unit)}
        texts: list[str] = []
        for path in code_files(
            top, unit.folder, (".py",), MAX_FILES,
            skip_dir=_skipped, skip_file=_test_file, nested=nested,
        ):
            if path is None:
                texts = []  # too large for a dashboard: not read further
                break
            texts.append(read_text(top, path)[0] or "")
        library = next(
            (lib for lib in candidates if any(_LIBRARIES[lib].search(t) for t in texts)), None
        )
        if library is None:
            continue
        # The frameworks the library brings, and any other library's the manifests pin
        # beside it: dropped alike when the code imports none of them.
        modules = {_MODULES[name] for name in names}
        imported = any(_FRAMEWORK_IMPORTS[m].search(t) for m in modules for t in texts)
        if (started or imported) and not _handed_only(texts):
            continue
        unit.signals[LANGUAGE] = [
            s for s in signals if not (s.kind is FindingKind.FRAMEWORK and s.name in names)
        ]
        unit.settled = True  # a UI: no guess makes a backend of its stores


def _handed_only(texts: list[str]) -> bool:
    """Whether the code hands the framework's application to the UI library and declares no
    route of its own on it."""
    return any(_HANDED.search(t) for t in texts) and not any(_OWN_ROUTES.search(t) for t in texts)
