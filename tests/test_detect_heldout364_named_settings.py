"""Python: the engine of a YAML settings file the service's code names (set 364, #19).

A Flask service's manifest is in `python/` (Peewee and PyMySQL among its requirements); its
settings are `conf/service_conf.yaml` at the top of the repository, which its modules name
(`SERVICE_CONF_NAME = "service_conf.yaml"`) and load. The file's `database:` section picks
`engine: sqlite`, a `mysql:` block of settings beside it: the service runs on SQLite
(`py_named_settings`). A YAML file no module names says nothing."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_CONF = (
    'party_id: "9999"\nflow:\n  host: 127.0.0.1\n  http_port: 9380\ndatabase:\n'
    "  engine: sqlite\n  decrypt_key:\n  mysql:\n    name: flow\n    user: flow\n"
    "    host: 127.0.0.1\n    port: 3306\n  sqlite:\n    path:\n"
)


def _repo(named: str = "service_conf.yaml") -> dict[str, str]:
    return {
        "conf/service_conf.yaml": _CONF,
        "bin/service.sh": "#!/bin/bash\npython python/flow/flow_server.py\n",
        "python/requirements.txt": "Flask==2.2.5\npeewee==3.17.1\npymysql\n",
        "python/setup.py": "from setuptools import setup\n\nsetup(name='flow')\n",
        "python/flow/__init__.py": "",
        "python/flow/settings.py": (
            "import os\n\nimport yaml\n\n"
            f'SERVICE_CONF_NAME = "{named}"\n'
            "BASE = os.path.join(os.path.dirname(__file__), '..', '..', 'conf')\n\n\n"
            "def load():\n    with open(os.path.join(BASE, SERVICE_CONF_NAME)) as f:\n"
            "        return yaml.safe_load(f)\n"
        ),
        "python/flow/apps.py": (
            "from flask import Flask\n\napp = Flask(__name__)\n\n\n@app.route('/ping')\n"
            "def ping():\n    return 'pong'\n"
        ),
        "python/flow/db.py": (
            "from peewee import Model, CharField\n\n\nclass Job(Model):\n"
            "    name = CharField()\n"
        ),
    }


def test_the_named_settings_files_engine(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _repo()))["python"]
    assert first(found, K.FRAMEWORK)[0] == "Flask"
    assert first(found, K.DATABASE)[0] == "SQLite"


def test_an_unnamed_settings_file_says_nothing(tmp_path: Path) -> None:
    # Counter-case: the code names another file; the driver names the engine.
    found = by_folder(write(tmp_path, _repo("other_conf.yaml")))["python"]
    assert first(found, K.DATABASE)[0] == "MySQL"
