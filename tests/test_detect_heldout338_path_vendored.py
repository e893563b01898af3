"""Packages a Python program ships in a folder it puts on its import path, as the 338th
held-out set showed (benchmarks/detect_heldout338.yaml, #19): SickGear keeps Tornado as a plain
copy in `lib/tornado/` (no `*.dist-info`), its start script adds `lib` to `sys.path`, and its
requirements.txt lists only optional accelerators. The framework is the copy's, at the release
its `__init__.py` states."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_START = (
    "import os\nimport sys\n\n"
    "sys.path.insert(1, os.path.abspath(os.path.join(os.path.dirname(__file__), 'lib')))\n\n"
    "import app.webserve\n\napp.webserve.start()\n"
)
_SERVER = (
    "from tornado.ioloop import IOLoop\nfrom tornado.web import Application\n\n\n"
    "def start():\n    Application([]).listen(8081)\n    IOLoop.current().start()\n"
)
_TREE = {
    "requirements.txt": "# optional accelerators\ncryptography\nlxml\n",
    "start.py": _START,
    "app/__init__.py": "",
    "app/webserve.py": _SERVER,
    "app/db.py": "import sqlite3\n\nconnection = sqlite3.connect('app.db')\n",
    "lib/__init__.py": "",
    "lib/tornado/__init__.py": '"""Tornado."""\n\nversion = "6.5.2"\nversion_info = (6, 5, 2, 0)\n',
    "lib/tornado/web.py": "class Application:\n    pass\n",
    "lib/bottle.py": '__version__ = "0.13.2"\n',
}


def test_a_framework_copied_into_the_import_path_is_the_programs(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _TREE))
    assert list(found) == ["."]
    assert first(found["."], K.FRAMEWORK) == ("Tornado", "6.5.2")
    assert not found["."].ambiguous
    evidence = next(f for f in found["."].findings if f.kind is K.FRAMEWORK).evidence[0]
    assert (evidence.path, evidence.line) == ("lib/tornado/__init__.py", 3)


def test_a_copy_the_program_never_imports_is_not_its_framework(tmp_path: Path) -> None:
    """Bottle lies in the same folder, but no module of the program imports it."""
    found = by_folder(write(tmp_path, _TREE))
    names = [f.name for f in found["."].findings if f.kind is K.FRAMEWORK]
    assert names == ["Tornado"]


def test_a_folder_no_start_puts_on_the_path_is_not_read(tmp_path: Path) -> None:
    tree = dict(_TREE, **{"start.py": "import app.webserve\n\napp.webserve.start()\n"})
    found = by_folder(write(tmp_path, tree))
    paths = [e.path for b in found.values() for f in b.findings for e in f.evidence]
    assert not any(path.startswith("lib/") for path in paths)
