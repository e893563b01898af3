"""Node: a search API whose code is written to its Elasticsearch client, beside a MySQL driver
a scheduled job opens (held-out set 250, #19).

An Express API's models and services `require('elasticsearch')` and index, update and search
the documents they keep, while one job module the server schedules opens `mysql` to call a
stored procedure of another program. The index is the API's store: engine Elasticsearch, no
SQL data layer. Counter-cases: drivers imported by as many modules as the search client keep
MySQL; a setting naming MySQL (an env example's URL) keeps it too."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import package_json, write

from designer.model.stack import FindingKind as K

_PACKAGE = package_json(
    {"elasticsearch": "^11.0.1", "express": "^4.14.0", "mysql": "^2.13.0", "cron": "^1.2.1"}
)

_SERVER = (
    "var express = require('express');\nvar cron = require('cron');\n"
    "var app = express();\napp.use('/api', require('./routes/requests'));\napp.listen(8080);\n\n"
    "new cron.CronJob({cronTime: '0 0 4 * * *', onTick: function() {\n"
    "    require('./jobs/dashboard.js');\n}, start: true});\n"
)

_ROUTES = (
    "var express = require('express');\nvar model = require('../models/request');\n"
    "var router = express.Router();\n"
    "router.get('/search', function (req, res) { model.search(req.query, res); });\n"
    "module.exports = router;\n"
)

_MODEL = (
    "module.exports = function () {\n"
    "    var elasticsearch = require('elasticsearch');\n"
    "    var client = new elasticsearch.Client({host: 'localhost:9200'});\n"
    "    return {search: function (q, res) { client.search({index: '%s', q: q}); }};\n};\n"
)

_JOB = (
    "var mysql = require('mysql');\nvar connection = mysql.createConnection({host: 'db'});\n"
    "connection.query('CALL PrepareDashboard()', function () { connection.end(); });\n"
)


def _api(sql_modules: int = 1) -> dict[str, str]:
    files = {
        "api/package.json": _PACKAGE,
        "api/server.js": _SERVER,
        "api/routes/requests.js": _ROUTES,
    }
    for name in ("request", "interaction", "attachment", "common"):
        files[f"api/models/{name}.js"] = _MODEL % name
    for n in range(sql_modules):
        files[f"api/jobs/job{n}.js"] = _JOB
    return files


def test_an_index_most_modules_write_is_the_store(tmp_path: Path) -> None:
    api = by_folder(write(tmp_path, _api()))["api"]
    assert first(api, K.FRAMEWORK)[0] == "Express"
    assert first(api, K.DATABASE)[0] == "Elasticsearch"
    assert first(api, K.QUERY) == ("", "")


def test_drivers_imported_as_often_keep_mysql(tmp_path: Path) -> None:
    # Counter-case: the SQL driver is opened by as many modules as the search client.
    api = by_folder(write(tmp_path, _api(sql_modules=4)))["api"]
    assert first(api, K.DATABASE)[0] == "MySQL"
    assert first(api, K.QUERY)[0] == "mysql"


def test_a_setting_naming_mysql_keeps_it(tmp_path: Path) -> None:
    # Counter-case: the env example configures the MySQL server the operator deploys.
    files = _api()
    files["api/.env.example"] = "DATABASE_URL=mysql://app:secret@localhost:3306/app\n"
    api = by_folder(write(tmp_path, files))["api"]
    assert first(api, K.DATABASE)[0] == "MySQL"
