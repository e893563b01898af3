"""Python: a pip list named superseded gives way to the current one (set 250, #19).

A Flask service upgraded its pins and kept the old list beside the new one as
`requirements-old.txt` (`Flask==0.12.2`), while `requirements.txt` (`Flask==2.0.2`) is the list
its Procfile's image installs. Both pins are exact and neither is a lock's: the old file's name,
sorting first, won the version. A list whose name marks it superseded (`-old`, `_bak`,
`.backup`) is dropped beside a current list of the same folder (`superseded_lists`); a folder
whose only list is marked old keeps it, and a word merely containing the letters
(`requirements-gold.txt`) is no such mark."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_APP = (
    "from flask import Flask\nfrom flask_sqlalchemy import SQLAlchemy\n\n"
    "app = Flask(__name__)\ndb = SQLAlchemy(app)\n\n\n"
    "@app.route('/api/items')\ndef items():\n    return {'items': []}\n"
)


def _service(old_name: str) -> dict[str, str]:
    return {
        "Procfile": "web: gunicorn app:app\n",
        "app.py": _APP,
        old_name: "Flask==0.12.2\nFlask-SQLAlchemy==2.1\nSQLAlchemy==1.2.5\npsycopg2-binary\n",
        "requirements.txt": "Flask==2.0.2\nFlask-SQLAlchemy==2.5.1\nSQLAlchemy==1.3.24\n"
        "psycopg2==2.9.1\ngunicorn==20.1.0\n",
    }


def test_the_current_list_gives_the_version(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _service("requirements-old.txt")))
    assert first(found["."], K.FRAMEWORK) == ("Flask", "==2.0.2")
    assert first(found["."], K.ORM) == ("SQLAlchemy", "==1.3.24")


def test_a_backup_list_gives_way_too(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _service("requirements.backup.txt")))
    assert first(found["."], K.FRAMEWORK) == ("Flask", "==2.0.2")


def test_a_list_named_with_the_letters_only_stays(tmp_path: Path) -> None:
    # Counter-case: "gold" holds "old" but not as a word; its pins stay read (and, sorting
    # first, still tie with the current list's as before).
    found = by_folder(write(tmp_path, _service("requirements-gold.txt")))
    assert first(found["."], K.FRAMEWORK) == ("Flask", "==0.12.2")


def test_an_old_list_alone_is_still_the_project_s(tmp_path: Path) -> None:
    # Counter-case: no current list beside it: the old list is all the project says it installs.
    files = _service("requirements-old.txt")
    del files["requirements.txt"]
    found = by_folder(write(tmp_path, files))
    assert first(found["."], K.FRAMEWORK) == ("Flask", "==0.12.2")
