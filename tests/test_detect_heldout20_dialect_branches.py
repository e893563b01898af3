"""Held-out set 20 (#19): a program choosing its SQLAlchemy dialect at run time.

bazarr opens SQLite unless its settings enable PostgreSQL, and imports each dialect's
`insert` inside the branch that opens that engine. The module-level dialect import rule
(tests/test_detect_heldout27_engine_sources.py) must not read the nested PostgreSQL import as
the schema's engine: the SQLite URL the program defaults to decides.
"""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_DATABASE = """import os

from sqlalchemy import create_engine

postgresql = os.getenv("POSTGRES_ENABLED", "false") == "true"

if postgresql:
    # insert is different between database types
    from sqlalchemy.dialects.postgresql import insert  # noqa E402
    from sqlalchemy.engine import URL  # noqa E402

    url = URL.create(drivername="postgresql", host=os.getenv("POSTGRES_HOST"))
    engine = create_engine(url)
else:
    from sqlalchemy.dialects.sqlite import insert  # noqa E402
    url = f'sqlite:///{os.path.join("db", "app.db")}'
    engine = create_engine(url)
"""

_APP = "from flask import Flask\n\napp = Flask(__name__)\n"


def _engine(tmp_path: Path, database: str) -> str:
    tree = {
        "requirements.txt": "Flask==3.0.3\nSQLAlchemy==2.0.37\n",
        "app.py": _APP,
        "app/database.py": database,
    }
    return first(by_folder(write(tmp_path, tree))["."], K.DATABASE)[0]


def test_a_dialect_imported_in_a_branch_leaves_the_default_url_to_decide(
    tmp_path: Path,
) -> None:
    assert _engine(tmp_path, _DATABASE) == "SQLite"


def test_a_dialect_imported_at_module_level_still_names_its_engine(tmp_path: Path) -> None:
    # Counter-case: the same import at the top of a module is the schema's engine.
    module = "from sqlalchemy.dialects.postgresql import JSONB\n\nCOLUMN = JSONB\n"
    assert _engine(tmp_path, module) == "PostgreSQL"
