"""Gaps the 365th held-out set showed in PHP (benchmarks/detect_heldout365.yaml), as small
fixtures of the real files' shape (#19): an application on the Klein router whose own database
handler, deep in its library, opens PDO on a `mysql:` data source name it builds, and a plain
PHP server (a composer.json, PDO, no web framework) that is no backend."""

from __future__ import annotations

import json
from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.detect.scan import detect
from designer.model.stack import FindingKind as K

_HANDLER = (
    "<?php\nnamespace SP\\Storage\\Database;\n\nuse PDO;\n\nfinal class MySQLHandler\n{\n"
    "    public function getConnection()\n    {\n"
    "        $this->db = new PDO(\n            $this->getConnectionUri(),\n"
    "            $user,\n            $pass\n        );\n        return $this->db;\n    }\n\n"
    "    public function getConnectionUri()\n    {\n        $dsn = ['charset=utf8'];\n"
    "        return 'mysql:' . implode(';', $dsn);\n    }\n}\n"
)


def _klein(extra: dict[str, str]) -> dict[str, str]:
    files = {
        "composer.json": json.dumps(
            {
                "require": {"php": "~7.4", "klein/klein": "^2.1", "ext-pdo": "*"},
                "require-dev": {"phpunit/phpunit": "^6"},
            }
        ),
        "index.php": "<?php\nrequire 'lib/Base.php';\n",
        "lib/SP/Bootstrap.php": (
            "<?php\nnamespace SP;\nuse Klein\\Klein;\nfinal class Bootstrap {\n"
            "    public function run(Klein $router) { $router->dispatch(); }\n}\n"
        ),
        **extra,
    }
    # Enough shallow code that the walk's per-folder quota is spent before the handler.
    for n in range(40):
        files[f"lib/SP/Core/C{n:02}.php"] = f"<?php\nnamespace SP\\Core;\nclass C{n:02} {{}}\n"
    return files


def test_klein_is_the_framework(tmp_path: Path) -> None:
    app = by_folder(write(tmp_path, _klein({})))["."]
    assert first(app, K.FRAMEWORK)[0] == "Klein"


def test_the_own_handler_opens_pdo_on_mysql(tmp_path: Path) -> None:
    files = _klein({"lib/SP/Storage/Database/MySQLHandler.php": _HANDLER})
    app = by_folder(write(tmp_path, files))["."]
    assert first(app, K.QUERY)[0] == "PDO"
    assert first(app, K.DATABASE)[0] == "MySQL"


def test_a_handler_elsewhere_than_a_database_path_is_not_read(tmp_path: Path) -> None:
    files = _klein({"lib/SP/Storage/Handler/Z/MySQLHandler.php": _HANDLER})
    app = by_folder(write(tmp_path, files))["."]
    assert first(app, K.DATABASE)[0] == ""


def test_plain_php_with_pdo_is_no_backend(tmp_path: Path) -> None:
    files = {
        "server/composer.json": json.dumps(
            {"require": {"phpmailer/phpmailer": "^6.8", "vlucas/phpdotenv": "^5.5"}}
        ),
        "server/src/index.php": (
            "<?php\nrequire_once 'Settings.php';\nswitch ($_GET['action']) {\n"
            "    case 'getInfo': echo Database::getInfo(); break;\n}\n"
        ),
        "server/src/Settings.php": (
            "<?php\nclass Settings {\n  public static function connect() {\n"
            "    $conn = new PDO('mysql:host=' . self::getDBHost() . ';dbname=' . self::name(),"
            " $u, $p);\n  }\n}\n"
        ),
        "server/Dockerfile": "FROM php:8.2-apache\nCOPY src/ /var/www/html/\n",
    }
    assert detect(write(tmp_path, files)).backends == []


def test_php_whose_framework_is_seen_stays_a_backend(tmp_path: Path) -> None:
    files = {
        "composer.json": json.dumps({"require": {"slim/slim": "^4.0"}}),
        "public/index.php": (
            "<?php\nuse Slim\\Factory\\AppFactory;\n$app = AppFactory::create();\n$app->run();\n"
        ),
        "src/Db.php": "<?php\n$pdo = new PDO('pgsql:host=db;dbname=app');\n",
    }
    (app,) = detect(write(tmp_path, files)).backends
    assert first(app, K.FRAMEWORK)[0] == "Slim"
