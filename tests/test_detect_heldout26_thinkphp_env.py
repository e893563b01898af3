"""ThinkPHP 5's application/database.php reads its engine from the env file's `[database]`
section with a default (`Env::get('database.type', 'mysql')`): the engine the application
runs on when the operator sets none (held-out set 72, #19)."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_COMPOSER = """{
    "name": "example/admin",
    "require": {
        "php": ">=7.2.0",
        "topthink/framework": "dev-master"
    }
}
"""

_DATABASE = """<?php

use think\\Env;

return [
    // 数据库类型
    'type'            => Env::get('%s', 'mysql'),
    'hostname'        => Env::get('database.hostname', '127.0.0.1'),
    'database'        => Env::get('database.database', 'admin'),
];
"""

_THINK = """#!/usr/bin/env php
<?php
namespace think;

define('APP_PATH', __DIR__ . '/application/');
require __DIR__ . '/thinkphp/console.php';
"""


def _engine(tmp_path: Path, key: str) -> tuple[str, str]:
    root = write(
        tmp_path,
        {
            "composer.json": _COMPOSER,
            "think": _THINK,
            "application/database.php": _DATABASE % key,
        },
    )
    return first(by_folder(root)["."], K.DATABASE)


def test_a_dotted_env_key_with_a_default_names_the_engine(tmp_path: Path) -> None:
    assert _engine(tmp_path, "database.type")[0] == "MySQL"


def test_a_dotted_key_of_another_section_names_none(tmp_path: Path) -> None:
    assert _engine(tmp_path, "cache.type")[0] == ""
