"""A CodeIgniter 4 application split into modules keeps its models under each module
(`modules/Users/Models/…`), deeper than the walk reads past the framework's many configuration
classes: its code on disk shows the query builder (held-out set 71, #19). One whose code opens
no database keeps no data layer."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_COMPOSER = """{
    "name": "example/cms",
    "require": {
        "php": "^8.2",
        "codeigniter4/framework": "4.7.2"
    }
}
"""

_SPARK = """#!/usr/bin/env php
<?php

use CodeIgniter\\Boot;

exit(Boot::bootSpark($paths));
"""

_CONFIG = """<?php

namespace Config;

use CodeIgniter\\Config\\BaseConfig;

class {name} extends BaseConfig
{{
}}
"""

_MODEL = """<?php

namespace Modules\\Users\\Models;

use CodeIgniter\\Model;

class UsersModel extends Model
{
    protected $table = 'users';
}
"""

_SERVICE = """<?php

namespace Modules\\Users\\Libraries;

class Greeter
{
}
"""


def _data(tmp_path: Path, module: str) -> str:
    files = {
        "composer.json": _COMPOSER,
        "spark": _SPARK,
        **{
            f"app/Config/Setting{i:02}.php": _CONFIG.format(name=f"Setting{i:02}")
            for i in range(60)
        },
        "modules/Users/Models/UsersModel.php": module,
    }
    return first(by_folder(write(tmp_path, files))["."], K.QUERY)[0]


def test_a_module_model_deep_in_the_tree_shows_the_query_builder(tmp_path: Path) -> None:
    assert _data(tmp_path, _MODEL) == "CodeIgniter Query Builder"


def test_code_opening_no_database_keeps_no_data_layer(tmp_path: Path) -> None:
    assert _data(tmp_path, _SERVICE) == ""
