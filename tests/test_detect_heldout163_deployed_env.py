"""Held-out set 163 (#19): an engine a Node program opts into by an environment variable is the
deployed one when its deployment sets that variable. The service opens Sequelize on PostgreSQL
only `if (process.env.DB_KIND === 'postgres')`, else a MongoDB URL through Mongoose: read alone,
PostgreSQL is an operator's opt-in (`engines.env_test_rules`). Its Helm chart's ConfigMap
template sets `DB_KIND: {{ .Values.api.db.kind | quote }}` and the chart's values.yaml gives
`api.db.kind: postgres`: production configuration first, the engine is PostgreSQL and the data
layer Sequelize (`deployed_env_tests`). Counter-cases: a chart giving another value, and a value
left to the deployer (`{{ requiredEnv "DB_KIND" }}`), keep the opt-in reading (MongoDB).
"""

from __future__ import annotations

import json
from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_MANIFEST = {
    "name": "api",
    "scripts": {"start": "node src/index.js"},
    "dependencies": {
        "express": "4.21.1",
        "mongoose": "7.8.1",
        "sequelize": "6.37.3",
        "pg": "8.12.0",
    },
}

_SERVER = """const express = require('express')
const mongoose = require('mongoose')
const { Sequelize } = require('sequelize')

let db
if (process.env.DB_KIND === 'postgres') {
  db = new Sequelize(process.env.DB_NAME, process.env.DB_USER, process.env.DB_PASS, {
    host: process.env.DB_HOST,
    dialect: 'postgres',
  })
} else {
  db = mongoose.connect(process.env.DB_CONNECTION_STRING)
}

const app = express()
app.get('/items', async (req, res) => res.json(await db.query('select 1')))
app.listen(4000)
"""

_CONFIGMAP = """apiVersion: v1
kind: ConfigMap
metadata:
  name: {{ include "chart.fullname" . }}-config-api
data:
  DB_KIND: {{ .Values.api.db.kind | quote }}
  DB_HOST: {{ .Values.api.db.host | quote }}
"""

_VALUES = """api:
  replicaCount: 2
  db:
    kind: {kind}
    host: ''
    port: 5432
"""


def _tree(kind: str = "postgres", configmap: str = _CONFIGMAP) -> dict[str, str]:
    return {
        "api/package.json": json.dumps(_MANIFEST, indent=2),
        "api/src/index.js": _SERVER,
        "deploy/charts/app/Chart.yaml": "apiVersion: v2\nname: app\nversion: 1.0.0\n",
        "deploy/charts/app/templates/cm-api.yaml": configmap,
        "deploy/charts/app/values.yaml": _VALUES.replace("{kind}", kind),
    }


def test_the_deployment_sets_the_opted_in_engine(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _tree()))["api"]
    assert first(backend, K.FRAMEWORK)[0] == "Express"
    assert first(backend, K.DATABASE)[0] == "PostgreSQL"
    assert first(backend, K.ORM)[0] == "Sequelize"


def test_a_chart_giving_another_value_keeps_the_opt_in(tmp_path: Path) -> None:
    # Counter-case: the chart deploys the other branch.
    backend = by_folder(write(tmp_path, _tree(kind="mongodb")))["api"]
    assert first(backend, K.DATABASE)[0] == "MongoDB"


def test_a_value_left_to_the_deployer_keeps_the_opt_in(tmp_path: Path) -> None:
    # Counter-case: the value comes from the deployer's environment, not the repository.
    configmap = _CONFIGMAP.replace(
        "{{ .Values.api.db.kind | quote }}", "'{{ requiredEnv \"DB_KIND\" }}'"
    )
    backend = by_folder(write(tmp_path, _tree(configmap=configmap)))["api"]
    assert first(backend, K.DATABASE)[0] == "MongoDB"
