"""Python: mysqlclient opened through `MySQLdb.connect` is a Flask site's data layer (set 408,
#19).

The catalogue names mysqlclient an engine only (it sits under an ORM more often than not). A
Flask site with no ORM whose database module imports `MySQLdb` and opens its connections with
`MySQLdb.connect(charset='utf8mb4', **kwds)` writes its SQL through it: the driver is its data
layer (`opened_drivers`), as PyMySQL opened so is. Declared but never opened, it stays the
engine only."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_DB = (
    "import MySQLdb\n\n\nclass RetryingConnection:\n    def __init__(self, connect):\n"
    "        self.conn = connect()\n\n\ndef _connect(**kwds):\n"
    "    return MySQLdb.connect(charset='utf8mb4', autocommit=True, **kwds)\n"
)


def _site(db: str) -> dict[str, str]:
    return {
        "requirements.txt": "Flask==1.1.1\nmysqlclient==2.2.5\nrequests==2.26.0\n",
        "app.py": "import flask\n\nimport chdb\n\napp = flask.Flask(__name__)\n",
        "chdb.py": db,
    }


def test_mysqldb_opened_is_the_data_layer(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _site(_DB)))["."]
    assert first(found, K.QUERY)[0] == "mysqlclient"
    assert first(found, K.DATABASE)[0] == "MySQL"


def test_mysqlclient_never_opened_names_no_data_layer(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _site("def noop():\n    return None\n")))["."]
    assert first(found, K.QUERY) == ("", "")
