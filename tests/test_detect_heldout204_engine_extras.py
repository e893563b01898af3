"""Python: the async `databases` library's extra names the engine (set 204, #19).

A FastAPI service writes its SQL by hand through `databases` and requires it as
`databases[mysql]`, with no driver listed by itself: the extra installs aiomysql, so the
service runs on MySQL (`extra_drivers`). SQLAlchemy's extras are named for the drivers and
were read before; `databases`' are named for the engines. An extra naming no engine
(`databases[foo]`), or the same engine name as an extra of another package, says nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K


def _service(requirement: str) -> dict[str, str]:
    return {
        "pyproject.toml": '[project]\nname = "samples"\nversion = "1.0.0"\n'
        'requires-python = ">=3.11"\ndependencies = [\n    "fastapi~=0.120.1",\n'
        f'    "{requirement}",\n    "uvicorn~=0.34.2",\n]\n',
        "api/server.py": "from fastapi import FastAPI\n\napp = FastAPI()\n\n\n"
        "@app.get('/samples')\nasync def samples():\n    return []\n",
        "db/connect.py": "import databases\n\n\ndef connect(url: str) -> databases.Database:\n"
        "    return databases.Database(url)\n",
    }


@pytest.mark.parametrize(
    ("requirement", "engine"),
    [
        ("databases[mysql]==0.9.0", "MySQL"),
        ("databases[postgresql]==0.9.0", "PostgreSQL"),
        ("databases[asyncmy]==0.9.0", "MySQL"),
    ],
)
def test_the_extra_names_the_engine(tmp_path: Path, requirement: str, engine: str) -> None:
    found = by_folder(write(tmp_path, _service(requirement)))
    assert first(found["."], K.QUERY)[0] == "databases"
    assert first(found["."], K.DATABASE)[0] == engine


def test_an_extra_naming_no_engine_names_none(tmp_path: Path) -> None:
    # Counter-case: an extra that is no engine's.
    found = by_folder(write(tmp_path, _service("databases[foo]==0.9.0")))
    assert first(found["."], K.DATABASE) == ("", "")


def test_an_engine_named_extra_of_another_package_names_none(tmp_path: Path) -> None:
    # Counter-case: only `databases` names its extras for engines; another package's extra
    # called `mysql` is no driver.
    found = by_folder(write(tmp_path, _service("records[mysql]==0.6.0")))
    assert first(found["."], K.DATABASE) == ("", "")
