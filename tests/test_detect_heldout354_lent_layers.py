"""Python: the data layer a workspace library lends, weighed by the code (set 354, #19).

A uv workspace's shared library (`libraries/common`) declares, in its `databases` extra, a
graph client's driver (psycopg) and an analytics store's client (clickhouse-connect), each
wrapped in a subpackage of its own (`common/graph`, `common/clickhouse`). Every application of
the workspace declares only the library, so both layers are lent to each alike and the first
declared named the data layer. The application's modules decide: an API importing the graph
subpackage from most of its modules and the analytics one from one is written to psycopg
(`py_lent_layers`); a relay reading the graph and writing analytics rows in as many modules
keeps both, the ranking as it was.
"""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_ROOT = (
    '[project]\nname = "acme"\nversion = "1.0.0"\nrequires-python = ">=3.12"\n\n'
    '[tool.uv.workspace]\nmembers = ["apps/*", "libraries/*"]\n\n'
    "[tool.uv.sources]\nacme-common = { workspace = true }\n"
)

_COMMON = (
    '[project]\nname = "acme-common"\nversion = "1.0.0"\ndependencies = [\n'
    '  "pydantic-settings",\n]\n\n[project.optional-dependencies]\ndatabases = [\n'
    '  "clickhouse-connect[async]==1.0.0",\n  "psycopg[binary,pool]>=3.3",\n]\n'
)


def _app(name: str) -> str:
    return (
        f'[project]\nname = "acme-{name}"\nversion = "1.0.0"\ndependencies = [\n'
        '  "fastapi",\n  "uvicorn",\n  "acme-common[databases]==1.0.0",\n]\n\n'
        "[tool.uv.sources]\nacme-common = { workspace = true }\n"
    )


_APP = "import fastapi\n\nfrom acme.common import graph\n\napp = fastapi.FastAPI()\n"


def _tree(graph_modules: int, clickhouse_modules: int) -> dict[str, str]:
    lib = "libraries/common/src/acme/common"
    files = {
        "pyproject.toml": _ROOT,
        "libraries/common/pyproject.toml": _COMMON,
        f"{lib}/__init__.py": "",
        f"{lib}/graph/__init__.py": "from .client import execute\n",
        f"{lib}/graph/client.py": "import psycopg\nimport psycopg_pool\n\n\ndef execute(q):\n"
        "    return q\n",
        f"{lib}/clickhouse/__init__.py": "import clickhouse_connect\n\n\ndef insert(r):\n"
        "    return r\n",
        "apps/api/pyproject.toml": _app("api"),
        "apps/api/src/acme/api/__init__.py": "",
        "apps/api/src/acme/api/app.py": _APP,
    }
    for i in range(graph_modules):
        files[f"apps/api/src/acme/api/endpoints/things{i}.py"] = (
            "from acme.common import graph, models\n\n\nasync def read():\n"
            "    return graph.execute('MATCH (n) RETURN n')\n"
        )
    for i in range(clickhouse_modules):
        files[f"apps/api/src/acme/api/endpoints/events{i}.py"] = (
            "from acme.common import clickhouse\n\n\nasync def write(r):\n"
            "    return clickhouse.insert(r)\n"
        )
    return files


def _data(tmp_path: Path, graph_modules: int, clickhouse_modules: int) -> list[str]:
    found = by_folder(write(tmp_path, _tree(graph_modules, clickhouse_modules)))["apps/api"]
    return [f.name for f in found.findings if f.kind in (K.ORM, K.QUERY)]


def test_the_layer_most_modules_reach_through_the_library_leads(tmp_path: Path) -> None:
    assert _data(tmp_path, 8, 1)[0] == "psycopg"


def test_a_close_count_keeps_both_layers(tmp_path: Path) -> None:
    # Counter-case: a relay reading the graph and writing analytics rows alike.
    assert set(_data(tmp_path, 2, 2)) == {"clickhouse-connect", "psycopg"}
