"""Node: a committed template of Sequelize's settings file names the engine (set 196, #19).

An Express app keeps its Sequelize settings in `config/config.json`, which holds the passwords
and is ignored; what the repository commits is `config/config.json.tmpl`, copied at install,
with `"dialect": "postgres"` in every environment. The manifest also declares a CouchDB client
(`nano`) that no file imports: the template's dialect, the program's own choice, names the
engine, not the order the drivers are declared in. A template whose environments disagree
settles nothing (the drivers decide as before)."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import DetectedBackend
from designer.model.stack import FindingKind as K

_PACKAGE = (
    '{\n  "name": "portal",\n  "scripts": {"start": "node ./bin/www"},\n'
    '  "dependencies": {\n    "express": "^4.12.0",\n    "nano": "^6.2.0",\n'
    '    "pg": "^4.4.0",\n    "sequelize": "^3.34.0"\n  }\n}\n'
)


def _config(production: str = "postgres") -> str:
    return (
        "{\n"
        '  "development": {\n    "database": "portal_dev",\n    "host": "127.0.0.1",\n'
        '    "dialect": "postgres"\n  },\n'
        '  "production": {\n    "database": "portal",\n    "host": "127.0.0.1",\n'
        f'    "dialect": "{production}"\n  }}\n'
        "}\n"
    )


def _portal(config_name: str = "config/config.json.tmpl") -> dict[str, str]:
    return {
        "package.json": _PACKAGE,
        "app.js": "var express = require('express');\nvar app = express();\n"
        "module.exports = app;\n",
        "bin/www": "#!/usr/bin/env node\nvar app = require('../app');\napp.listen(3000);\n",
        "models/index.js": "var Sequelize = require('sequelize');\n"
        "var config = require(__dirname + '/../config/config.json')[env];\n"
        "var sequelize = new Sequelize(config.database, config.username, config.password, "
        "config);\n",
        config_name: _config(),
    }


def _cites_the_template(backend: DetectedBackend) -> bool:
    return any(
        e.path.startswith("config/config.json")
        for f in backend.findings
        if f.kind is K.DATABASE
        for e in f.evidence
    )


def test_a_sequelize_config_template_names_the_engine(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _portal()))
    assert first(found["."], K.ORM)[0] == "Sequelize"
    assert first(found["."], K.DATABASE)[0] == "PostgreSQL"
    assert _cites_the_template(found["."])


def test_an_example_named_template_names_it_too(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _portal("config/config.json.example")))
    assert first(found["."], K.DATABASE)[0] == "PostgreSQL"


def test_a_template_whose_environments_disagree_settles_nothing(tmp_path: Path) -> None:
    # Counter-case: development on PostgreSQL, production on MySQL: the template is no choice
    # and the declared drivers decide, as they did without it.
    files = _portal()
    files["config/config.json.tmpl"] = _config(production="mysql")
    found = by_folder(write(tmp_path, files))
    assert not _cites_the_template(found["."])
    assert first(found["."], K.DATABASE)[0] == "CouchDB"


def test_without_the_template_the_drivers_decide(tmp_path: Path) -> None:
    # Counter-case: no settings file at all; the engine falls back to the declared drivers.
    files = _portal()
    del files["config/config.json.tmpl"]
    found = by_folder(write(tmp_path, files))
    assert first(found["."], K.DATABASE)[0] == "CouchDB"
