"""Python: a data layer only the package's scripts use, and a Python job with no framework
(set 322, #19).

A FastAPI service searching Elasticsearch keeps, in the same package, an ingest script reading
another program's PostgreSQL through asyncpg; its models module imports asyncpg only for a
record's type. A second service writes through psycopg2 while a dataset export script opens
SQLAlchemy's engine, through a helper of a module the server imports for a constant. Now the
layer no module the starts reach uses is dropped (`py_script_stores`). And a Python ETL with
no web framework, run from its image, is not guessed as a backend (`py_batch_jobs`).
Counter-cases: a layer the server reaches, or that no script reaches, stays, and a project
importing a server is still guessed."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.detect.scan import detect
from designer.model.stack import FindingKind as K

_PYPROJECT = (
    "[tool.poetry]\nname = 'analysis'\nversion = '0.1.0'\n\n"
    "[tool.poetry.dependencies]\npython = '~3.12'\nasyncpg = '^0.30.0'\n"
    "fastapi = '^0.115.6'\nuvicorn = '^0.34.0'\nelasticsearch = '^8'\n\n"
    "[tool.poetry.scripts]\ningest = 'analysis.scripts.ingest:start'\n"
)
_SEARCH = (
    "from elasticsearch import Elasticsearch\n\nfrom analysis.models import Chunk\n\n\n"
    "class Indices:\n    def __init__(self):\n        self.client = Elasticsearch('http://es')\n"
)
_MODELS = (
    "import asyncpg\nfrom pydantic import BaseModel\n\n\nclass Chunk(BaseModel):\n"
    "    id: str\n\n    @classmethod\n    def from_record(cls, record: asyncpg.Record):\n"
    "        return cls(id=record['id'])\n"
)
_MANAGER = (
    "import os\n\nimport asyncpg\n\nfrom analysis.models import Chunk\n\n\n"
    "async def get_data():\n    pool = await asyncpg.create_pool(dsn=os.getenv('PG_URL'))\n"
    "    return pool\n"
)


def _search_service(**extra: str) -> dict[str, str]:
    return {
        "pyproject.toml": _PYPROJECT,
        "Dockerfile": "FROM python:3.12\nCOPY . .\nCMD uvicorn analysis.api.main:app\n",
        "analysis/__init__.py": "",
        "analysis/api/__init__.py": "",
        "analysis/api/main.py": (
            "from fastapi import FastAPI\n\nfrom analysis.search import Indices\n\n"
            "app = FastAPI()\n"
        ),
        "analysis/search.py": _SEARCH,
        "analysis/models.py": _MODELS,
        "analysis/store.py": _MANAGER,
        "analysis/scripts/__init__.py": "",
        "analysis/scripts/ingest.py": (
            "import asyncio\n\nfrom analysis.search import Indices\n"
            "from analysis.store import get_data\n\n\ndef start():\n"
            "    asyncio.run(get_data())\n\n\nif __name__ == '__main__':\n    start()\n"
        ),
        **extra,
    }


def test_a_driver_only_the_ingest_script_opens_is_dropped(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _search_service()))
    assert first(found["."], K.QUERY)[0] == ""
    assert first(found["."], K.DATABASE)[0] == "Elasticsearch"


def test_a_driver_the_server_opens_stays(tmp_path: Path) -> None:
    # Counter-case: the API's own module opens the pool.
    service = _search_service()
    service["analysis/api/main.py"] += "from analysis.store import get_data\n"
    found = by_folder(write(tmp_path, service))
    assert first(found["."], K.QUERY)[0] == "asyncpg"


def test_a_layer_no_script_reaches_stays(tmp_path: Path) -> None:
    # Counter-case: the module opening the pool is run by no script of the package (it may be
    # loaded by configuration): the layer is left as declared.
    service = _search_service()
    service["analysis/scripts/ingest.py"] = service["analysis/scripts/ingest.py"].split(
        "\n\n\nif __name__"
    )[0]
    found = by_folder(write(tmp_path, service))
    assert first(found["."], K.QUERY)[0] == "asyncpg"


_UV_PROJECT = (
    "[project]\nname = 'arena'\nversion = '0.1.0'\nrequires-python = '>=3.13'\n"
    "dependencies = ['fastapi>=0.128.0', 'psycopg2-binary>=2.9.11', 'sqlalchemy>=2.0.46',\n"
    "  'uvicorn>=0.40']\n"
)
_HELPERS = (
    "import os\nfrom pathlib import Path\n\nDATA_FILE = Path(__file__).parent / 'models.json'\n\n\n"
    "def get_db_engine():\n    from sqlalchemy import create_engine\n\n"
    "    return create_engine(os.getenv('DB_URI'))\n"
)


def _arena(**extra: str) -> dict[str, str]:
    return {
        "pyproject.toml": _UV_PROJECT,
        "backend/__init__.py": "",
        "backend/main.py": (
            "from fastapi import FastAPI\n\nfrom backend.persistence import save_vote\n"
            "from utils.helpers import DATA_FILE\n\napp = FastAPI()\n"
        ),
        "backend/persistence.py": (
            "import os\n\nimport psycopg2\n\n\ndef save_vote(vote):\n"
            "    conn = psycopg2.connect(os.getenv('DB_URI'))\n    conn.cursor().execute('x')\n"
        ),
        "utils/__init__.py": "",
        "utils/helpers.py": _HELPERS,
        "utils/export_dataset.py": (
            "from utils.helpers import get_db_engine\n\n\ndef main():\n"
            "    with get_db_engine().connect() as conn:\n        conn.execute('select 1')\n\n\n"
            "if __name__ == '__main__':\n    main()\n"
        ),
        **extra,
    }


def test_an_orm_only_an_export_script_opens_is_dropped(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _arena()))
    assert first(found["."], K.ORM)[0] == ""
    assert first(found["."], K.QUERY)[0] == "psycopg2"


def test_an_orm_the_server_calls_stays(tmp_path: Path) -> None:
    # Counter-case: the server calls the helper opening the engine.
    service = _arena()
    service["backend/main.py"] += (
        "from utils.helpers import get_db_engine\nENGINE = get_db_engine()\n"
    )
    found = by_folder(write(tmp_path, service))
    assert first(found["."], K.ORM)[0] == "SQLAlchemy"


def _etl(**extra: str) -> dict[str, str]:
    return {
        "package.json": '{"name": "site", "private": true}\n',
        "libs/etl/requirements.txt": "psycopg2==2.9.10\nrequests==2.32.4\npython-dotenv==1.0.1\n",
        "libs/etl/Dockerfile": (
            "FROM python:3.11-slim\nCOPY requirements.txt .\nRUN pip install -r requirements.txt\n"
            "COPY . .\nCMD [\"sh\", \"-c\", \"python -m etl.pipelines.database_update\"]\n"
        ),
        "libs/etl/etl/__init__.py": "",
        "libs/etl/etl/pipelines/__init__.py": "",
        "libs/etl/etl/pipelines/database_update.py": (
            "import requests\n\nfrom etl.tools.db_manager import DBManager\n\n\n"
            "if __name__ == '__main__':\n    DBManager().insert(requests.get('https://x').json())\n"
        ),
        "libs/etl/etl/tools/__init__.py": "",
        "libs/etl/etl/tools/db_manager.py": (
            "import psycopg2\n\n\nclass DBManager:\n    def __init__(self):\n"
            "        self.conn = psycopg2.connect('postgres://x')\n"
        ),
        **extra,
    }


def test_a_python_etl_without_framework_is_no_backend(tmp_path: Path) -> None:
    assert detect(write(tmp_path, _etl())).backends == []


def test_a_python_program_serving_http_is_still_guessed(tmp_path: Path) -> None:
    # Counter-case: a module serves HTTP through the standard library's server.
    served = _etl(**{
        "libs/etl/etl/serve.py": (
            "from http.server import HTTPServer, BaseHTTPRequestHandler\n\n"
            "HTTPServer(('', 8000), BaseHTTPRequestHandler).serve_forever()\n"
        )
    })
    assert [b.folder for b in detect(write(tmp_path, served)).backends] == ["libs/etl"]


def test_a_python_program_exposing_a_port_is_still_guessed(tmp_path: Path) -> None:
    # Counter-case: its image opens a port, so it listens through something unrecognised.
    served = _etl()
    served["libs/etl/Dockerfile"] = served["libs/etl/Dockerfile"].replace("CMD", "EXPOSE 80\nCMD")
    assert [b.folder for b in detect(write(tmp_path, served)).backends] == ["libs/etl"]
