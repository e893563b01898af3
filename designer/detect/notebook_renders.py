"""Python servers that render notebooks into HTML for another application's pages.

A product's UI may show visualizations a small Python server makes on demand: a Tornado (or
Flask) application with one handler that takes the visualization's arguments, builds a Jupyter
notebook from them, runs it and answers with the HTML nbconvert's `HTMLExporter` renders. It
keeps no data and serves no API of its own: like a server rendering UI components for another
application's pages, it renders UI (`Unit.renders_ui`, read by `nonservices.ui_only`), not a
backend.

Only Python projects with a framework and no data layer, store or broker of their own are read,
their own modules outside tests, until one imports nbconvert's HTML exporter or the budget runs
out.
"""

from __future__ import annotations

import re

from designer.detect.assemble import Unit
from designer.detect.codewalk import code_files
from designer.detect.nonservices import reaches_no_data
from designer.detect.walker import PRUNED, TEST_FOLDERS, TEST_NAME, read_text
from designer.model.stack import FindingKind

LANGUAGE = "python"

MAX_FILES = 40
"""Python files read per project: such a server is a handful of modules."""

_HTML_EXPORTER = re.compile(
    r"^[ \t]*from[ \t]+nbconvert(?:\.exporters)?[ \t]+import[ \t][^\n]*\bHTMLExporter\b",
    re.MULTILINE,
)
"""nbconvert's HTML exporter imported: notebooks turned into pages."""


def _skipped(name: str) -> bool:
    return name in TEST_FOLDERS or name in PRUNED


def _test_file(name: str) -> bool:
    return TEST_NAME.match(name) is not None


def mark(top: str, units: dict[str, Unit]) -> None:
    """Set `Unit.renders_ui` on the Python projects with no data of their own whose code
    renders notebooks to HTML."""
    for unit in units.values():
        signals = unit.signals.get(LANGUAGE, [])
        if not any(s.kind is FindingKind.FRAMEWORK for s in signals):
            continue
        if not reaches_no_data(unit):
            continue
        for path in code_files(
            top, unit.folder, (".py",), MAX_FILES, skip_dir=_skipped, skip_file=_test_file
        ):
            if path is None:
                break
            if _HTML_EXPORTER.search(read_text(top, path)[0] or ""):
                unit.renders_ui = True
                break
