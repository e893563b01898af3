"""A gap the 339th held-out set showed in PHP (benchmarks/detect_heldout339.yaml), as a small
fixture of the real files' shape (#19): a Slim application keeping its data in MongoDB through
MongoDB's own library (`mongodb/mongodb`, `new MongoDB\\Client`), with no mapper above it. The
library is the data layer, named by its package as the Node driver is."""

from __future__ import annotations

import json
from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K


def _killboard(extra: dict[str, str]) -> dict[str, str]:
    """A Slim 4 site whose one class opens MongoDB, with Redis beside for caches."""
    require = {"slim/slim": "^4.0", "slim/psr7": "^1.2", "mongodb/mongodb": "^1.15"}
    require.update(json.loads(extra.pop("require", "{}")))
    return {
        "composer.json": json.dumps({"require": require, "autoload": {"psr-4": {"": "classes/"}}}),
        "index.php": (
            "<?php\nuse Slim\\Factory\\AppFactory;\nrequire 'vendor/autoload.php';\n"
            "$app = AppFactory::create();\n$app->get('/', function ($req, $res) {"
            " return $res; });\n$app->run();\n"
        ),
        "classes/Mdb.php": (
            "<?php\nclass Mdb\n{\n    public function getDb()\n    {\n"
            "        global $mongoConnString;\n"
            "        $client = new MongoDB\\Client($mongoConnString);\n"
            "        return $client->selectDatabase('zkb');\n    }\n}\n"
        ),
        "setup/default.config.php": "<?php\n$mongoConnString = 'mongodb://localhost:27017';\n",
        **extra,
    }


def test_the_mongodb_library_is_the_data_layer(tmp_path: Path) -> None:
    app = by_folder(write(tmp_path, _killboard({})))["."]
    assert first(app, K.QUERY)[0] == "mongodb"
    assert first(app, K.DATABASE)[0] == "MongoDB"


def test_a_mapper_over_the_library_stays_the_data_layer(tmp_path: Path) -> None:
    """Doctrine's ODM requires the library too: its mapper, not the library, is the layer."""
    files = _killboard({"require": json.dumps({"doctrine/mongodb-odm": "^2.5"})})
    app = by_folder(write(tmp_path, files))["."]
    assert first(app, K.ORM)[0] == "Doctrine ODM"
