"""A gap the 444th held-out set showed (benchmarks/detect_heldout444.yaml), as a small fixture
of the real files' shape (#19): a scraper kept in a scripts folder beside the product, whose
`index.js` schedules itself with `node-cron`, writes what it scrapes to a JSON file, and also
creates an Express application it starts listening with no route nor middleware on it (beside
the product's web application, here a small Flask one). A
program with no HTTP route serves nothing: no backend. The same program serving the file it
writes (`app.get('/judges', …)`), or handing its application elsewhere (`module.exports =
app`), stays one, and so does an unrouted application in a package declaring no scheduler
(a bare server whose routes the reading may have missed)."""

from __future__ import annotations

import json
from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_PACKAGE = {
    "name": "judge-screen-scraper",
    "version": "1.0.0",
    "main": "index.js",
    "scripts": {"test": 'echo "Error: no test specified" && exit 1'},
    "dependencies": {
        "axios": "^0.21.4",
        "express": "^4.17.3",
        "jsdom": "^16.5.0",
        "node-cron": "^2.0.3",
    },
}

_INDEX = """const path = "/opt/www/office/files/public/judges.json";
const scraper = require("./scrape.js");
const cron = require("node-cron");
const express = require("express");
const fs = require("fs");
const app = express();

cron.schedule("32 10,14,17 * * 1-5", () => {
    scraper.run().then((data) => {
        fs.writeFile(path, data, 'utf8', (err) => { if (err) { throw err; } });
    });
});
app.listen(3128);
"""

_SCRAPE = """const axios = require("axios");
const { JSDOM } = require("jsdom");

exports.run = async function () {
    const page = await axios.get("https://court.example.gov/judges");
    const dom = new JSDOM(page.data);
    const names = [...dom.window.document.querySelectorAll("td.judge")].map((td) => td.textContent);
    return JSON.stringify(names);
};
"""

_WEB = """from flask import Flask

app = Flask(__name__)


@app.route("/")
def index():
    return "interpreters"
"""

_SERVED = 'app.get("/judges", (req, res) => res.sendFile(path));\napp.listen(3128);\n'


def _tree(index: str = _INDEX) -> dict[str, str]:
    return {
        "bin/scrape/package.json": json.dumps(_PACKAGE, indent=2),
        "bin/scrape/index.js": index,
        "bin/scrape/scrape.js": _SCRAPE,
        "web/requirements.txt": "flask==2.3.3\n",
        "web/app.py": _WEB,
    }


def test_an_express_app_started_with_no_route_is_no_backend(tmp_path: Path) -> None:
    backends = by_folder(write(tmp_path, _tree()))
    assert "web" in backends
    assert "bin/scrape" not in backends


def test_the_same_app_serving_a_route_stays_a_backend(tmp_path: Path) -> None:
    backends = by_folder(write(tmp_path, _tree(_INDEX.replace("app.listen(3128);\n", _SERVED))))
    assert first(backends["bin/scrape"], K.FRAMEWORK)[0] == "Express"


def test_an_app_handed_elsewhere_stays_a_backend(tmp_path: Path) -> None:
    index = _INDEX.replace("app.listen(3128);\n", "app.listen(3128);\nmodule.exports = app;\n")
    assert "bin/scrape" in by_folder(write(tmp_path, _tree(index)))


def test_an_unrouted_app_with_no_scheduler_is_left_alone(tmp_path: Path) -> None:
    package = {**_PACKAGE, "dependencies": {"axios": "^0.21.4", "express": "^4.17.3"}}
    tree = {**_tree(), "bin/scrape/package.json": json.dumps(package, indent=2)}
    assert "bin/scrape" in by_folder(write(tmp_path, tree))
