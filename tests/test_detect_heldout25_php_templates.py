"""PHP applications whose only database settings are the template an installation copies
(held-out set 70, #19): CakePHP 2's `app/Config/database.php.default` naming its datasource as
`Database/Mysql`, and a Yii 2 application's `config/db.php-orig` with a MySQL DSN."""

from __future__ import annotations

import json
from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K


def _composer(package: str, version: str) -> str:
    return json.dumps({"require": {"php": ">=5.4.0", package: version}}, indent=4)


_CAKE2_DATABASE = """<?php
class DATABASE_CONFIG {

	public $default = array(
		'datasource' => 'Database/%s',
		'persistent' => false,
		'host' => 'localhost',
		'database' => 'database_name',
	);
}
"""


def test_cakephp2_database_template_names_the_engine(tmp_path: Path) -> None:
    files = {
        "composer.json": _composer("cakephp/cakephp", "2.10.*"),
        "app/Config/core.php": "<?php\nConfigure::write('debug', 0);\n",
        "app/Config/database.php.default": _CAKE2_DATABASE % "Postgres",
        "app/webroot/index.php": "<?php\n$Dispatcher = new Dispatcher();\n",
    }
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, K.DATABASE)[0] == "PostgreSQL"


def test_yii_db_settings_template_names_the_engine(tmp_path: Path) -> None:
    files = {
        "composer.json": _composer("yiisoft/yii2", "~2.0.35"),
        "web/index.php": (
            "<?php\n$config = require __DIR__ . '/../config/web.php';\n"
            "(new yii\\web\\Application($config))->run();\n"
        ),
        "config/web.php": "<?php\nreturn ['components' => ['db' => require 'db.php']];\n",
        "config/db.php-orig": (
            "<?php\n\nreturn [\n    'class' => 'yii\\db\\Connection',\n"
            "    'dsn' => 'mysql:host=localhost;dbname=yii2basic',\n    'username' => 'root',\n];\n"
        ),
    }
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, K.DATABASE)[0] == "MySQL"
