"""A gap the 482nd held-out set showed (benchmarks/detect_heldout482.yaml), as a small fixture
of the real files' shape (#19): a Python service that starts a Bokeh server with routes of its
own (`Server(applications, extra_patterns=[(r"/upload", UploadHandler), …])`, Tornado
`RequestHandler`s) and lists only bokeh, which installs Tornado: a Tornado backend, its version
undeclared. A Bokeh server with no routes of its own (only its plots) stays no backend."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind

_REQUIREMENTS = "bokeh==3.8.2\njinja2\nscipy>=1.8.1\n"

_HANDLER = (
    "import sqlite3\n\nimport tornado.web\n\n\n"
    "class UploadHandler(tornado.web.RequestHandler):\n    def post(self):\n"
    "        con = sqlite3.connect('data/logs.sqlite')\n        con.close()\n"
)


def _serve(extra: bool) -> str:
    patterns = ", extra_patterns=extra_patterns" if extra else ""
    return (
        "from bokeh.application import Application\n"
        "from bokeh.server.server import Server\n"
        "from bokeh.application.handlers import DirectoryHandler\n"
        "from tornado.web import StaticFileHandler\n"
        "from tornado_handlers.upload import UploadHandler\n\n"
        "applications = {'/plot_app': Application(DirectoryHandler(filename='plot_app'))}\n"
        "extra_patterns = [(r'/upload', UploadHandler)]\n\n"
        f"server = Server(applications{patterns}, port=5006)\n"
        "server.start()\nserver.io_loop.start()\n"
    )


def _tree(extra: bool) -> dict[str, str]:
    return {
        "app/requirements.txt": _REQUIREMENTS,
        "app/serve.py": _serve(extra),
        "app/tornado_handlers/__init__.py": "",
        "app/tornado_handlers/upload.py": _HANDLER,
        "app/plot_app/main.py": "from bokeh.plotting import figure\n\nfigure()\n",
    }


def test_a_bokeh_server_with_its_own_tornado_routes_is_a_tornado_backend(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _tree(extra=True)))
    assert not found["app"].ambiguous
    assert first(found["app"], FindingKind.FRAMEWORK) == ("Tornado", "")


def test_a_bokeh_server_of_plots_alone_names_no_framework(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _tree(extra=False)))
    assert "app" not in found or first(found["app"], FindingKind.FRAMEWORK) == ("", "")
