"""Python: Microsoft's mssql-python driver is a service's data layer on SQL Server (set 406, #19).

A FastAPI report runner declares `mssql-python` and runs its SQL through
`mssql_python.connect(connection_string)` cursors: the driver is the data layer, as pymssql
is, and SQL Server the engine."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K


def test_mssql_python_is_the_data_layer(tmp_path: Path) -> None:
    files = {
        "pyproject.toml": '[project]\nname = "reports"\nversion = "0.1.0"\n'
        'requires-python = ">=3.14"\n'
        'dependencies = [\n    "fastapi[standard]==0.141.1",\n    "mssql-python==1.13.0",\n]\n',
        "src/main.py": "from fastapi import FastAPI\n\napp = FastAPI()\n",
        "src/db_transaction.py": "import mssql_python\n\n\ndef run(connection_string, sql):\n"
        "    with mssql_python.connect(connection_string) as connection:\n"
        "        return connection.cursor().execute(sql).fetchall()\n",
    }
    found = by_folder(write(tmp_path, files))["."]
    assert first(found, K.QUERY) == ("mssql-python", "==1.13.0")
    assert first(found, K.DATABASE)[0] == "SQL Server"
