"""Python: mysql-connector-python opened through `mysql.connector.connect` is a FastAPI
server's data layer (set 416, #19).

The catalogue names Oracle's mysql-connector-python an engine only, as it does PyMySQL and
mysqlclient. A FastAPI server with no ORM whose database class (in a library folder beside the
app) imports `mysql.connector` and opens its connection with `mysql.connector.connect(user=…,
host=…)` runs its hand-written SQL through that driver: it is its data layer
(`opened_drivers`). Declared but never opened, it stays the engine only."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_DB = (
    "import logging\nimport mysql.connector\n\nlogger = logging.getLogger(__name__)\n\n\n"
    "class CentralDB:\n    def open(self, port=3306):\n"
    "        self.db = mysql.connector.connect(user=self.user, password=self.password,"
    " database=self.database, host=self.host, port=port)\n"
    "        return self.db.cursor(dictionary=True)\n"
)


def _server(db: str) -> dict[str, str]:
    return {
        "requirements.txt": "fastapi==0.78.0\nuvicorn\nmysql-connector-python>=8.0.27\n",
        "app/main.py": "from fastapi import FastAPI\n\napp = FastAPI()\n",
        "app/libs/centraldb.py": db,
    }


def test_mysql_connector_opened_is_the_data_layer(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _server(_DB)))["."]
    assert first(found, K.QUERY)[0] == "mysql-connector-python"
    assert first(found, K.DATABASE)[0] == "MySQL"


def test_mysql_connector_never_opened_names_no_data_layer(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _server("def noop():\n    return None\n")))["."]
    assert first(found, K.QUERY) == ("", "")
