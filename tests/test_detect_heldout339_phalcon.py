"""A gap the 339th held-out set showed in PHP (benchmarks/detect_heldout339.yaml), as a small
fixture of the real files' shape (#19): a Phalcon application (a C extension, no Composer
package) whose bootstrap builds `Phalcon\\Mvc\\Application` under an alias and whose models,
deep in a modular tree, extend `Phalcon\\Mvc\\Model` — the framework and its ORM."""

from __future__ import annotations

import json
from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_FILLER = "<?php\nnamespace App\\Tools;\nclass Helper{n} {{ public function run() {{}} }}\n"


def _forum(models: int = 1, filler: int = 0) -> dict[str, str]:
    """A Phalcon forum: composer.json names only libraries, the application class builds the
    MVC application under an alias, the models extend Phalcon's base model."""
    files = {
        "composer.json": json.dumps(
            {
                "name": "acme/forum",
                "type": "project",
                "require": {"php": ">=5.6.4", "swiftmailer/swiftmailer": "^5.4", "ext-PDO": "*"},
                "require-dev": {"codeception/codeception": "3.1.3"},
            }
        ),
        "public/index.php": (
            "<?php\nuse Forum\\Common\\Application;\n"
            "require __DIR__.'/../bootstrap/autoloader.php';\n"
            "$app = new Application();\necho $app->run();\n"
        ),
        "core/common/Application.php": (
            "<?php\nnamespace Forum\\Common;\n\nuse Phalcon\\Di;\n"
            "use Phalcon\\Mvc\\Application as MvcApplication;\n\nclass Application\n{\n"
            "    protected function createInternalApplication()\n    {\n"
            "        return new MvcApplication($this->di);\n    }\n}\n"
        ),
        "core/common/library/Tools/Tags.php": _FILLER.format(n=0),
    }
    for n in range(models):
        files[f"core/common/models/Model{n}.php"] = (
            "<?php\nnamespace Forum\\Models;\n\nuse Phalcon\\Mvc\\Model;\n"
            "use Phalcon\\Mvc\\Model\\Resultset\\Simple as Resultset;\n\n"
            f"class Model{n} extends Model\n{{\n}}\n"
        )
    for n in range(filler):
        files[f"core/common/aaa/Helper{n}.php"] = _FILLER.format(n=n)
    return files


def test_an_aliased_phalcon_application_is_the_framework(tmp_path: Path) -> None:
    app = by_folder(write(tmp_path, _forum()))["."]
    assert not app.ambiguous
    assert first(app, K.FRAMEWORK)[0] == "Phalcon"


def test_models_on_phalcons_base_class_are_its_orm(tmp_path: Path) -> None:
    app = by_folder(write(tmp_path, _forum()))["."]
    assert first(app, K.ORM)[0] == "Phalcon ORM"


def test_a_model_deep_past_the_walks_quota_is_still_read(tmp_path: Path) -> None:
    app = by_folder(write(tmp_path, _forum(filler=400)))["."]
    assert first(app, K.ORM)[0] == "Phalcon ORM"


def test_no_phalcon_no_phalcon_orm(tmp_path: Path) -> None:
    """A class extending some other `Model` after no Phalcon import is no Phalcon model."""
    files = _forum(models=0)
    files["core/common/Application.php"] = "<?php\nnamespace Forum\\Common;\nclass Application {}\n"
    files["core/common/models/Post.php"] = (
        "<?php\nnamespace Forum\\Models;\nuse Illuminate\\Database\\Eloquent\\Model;\n"
        "class Post extends Model {}\n"
    )
    app = by_folder(write(tmp_path, files)).get(".")
    assert app is None or first(app, K.ORM)[0] != "Phalcon ORM"
