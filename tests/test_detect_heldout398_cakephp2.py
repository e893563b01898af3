"""Gaps the 398th held-out set showed in PHP (benchmarks/detect_heldout398.yaml), as small
fixtures of the real files' shape (#19): CakePHP 2 applications with no manifest of their own —
the framework downloaded apart, or unpacked beside the application with the framework's own
library composer.json as the tree's only manifest. The stock front controller
(`webroot/index.php` dispatching a `CakeRequest`) shows the framework, the application model
(`Model/AppModel.php`) its ORM; the framework's own `require-dev` is no test tool of the
application's."""

from __future__ import annotations

import json
from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_FRONT = (
    "<?php\nif (!defined('DS')) {\n\tdefine('DS', DIRECTORY_SEPARATOR);\n}\n"
    "if (!include CAKE_CORE_INCLUDE_PATH . DS . 'Cake' . DS . 'bootstrap.php') {\n"
    "\t$failed = true;\n}\n"
    "App::uses('Dispatcher', 'Routing');\n\n$Dispatcher = new Dispatcher();\n"
    "$Dispatcher->dispatch(\n\tnew CakeRequest(),\n\tnew CakeResponse()\n);\n"
)
_APP_MODEL = (
    "<?php\nApp::uses('Model', 'Model');\n\n/**\n * Application model for Cake.\n */\n"
    "class AppModel extends Model {\n}\n"
)
_DATABASE = (
    "<?php\nclass DATABASE_CONFIG {\n\tpublic $default = array(\n"
    "\t\t'datasource' => 'Database/Mysql',\n\t\t'host' => 'localhost',\n\t);\n}\n"
)


def _downloaded(prefix: str = "") -> dict[str, str]:
    """A CakePHP 2 application at `prefix` (its Config, Model, webroot), no manifest."""
    return {
        f"{prefix}index.php": "<?php\nrequire 'webroot' . DIRECTORY_SEPARATOR . 'index.php';\n",
        f"{prefix}webroot/index.php": _FRONT,
        f"{prefix}Model/AppModel.php": _APP_MODEL,
        f"{prefix}Model/Course.php": (
            "<?php\nApp::uses('AppModel', 'Model');\nclass Course extends AppModel\n{\n}\n"
        ),
        f"{prefix}Config/database.php": _DATABASE,
        f"{prefix}Controller/CoursesController.php": (
            "<?php\nApp::uses('AppController', 'Controller');\n"
            "class CoursesController extends AppController\n{\n}\n"
        ),
    }


def _vendored(filler: int = 0) -> dict[str, str]:
    """The framework unpacked beside `app/`: the root's only composer.json is the framework's."""
    files = {
        f"app/{path}": text
        for path, text in _downloaded().items()
        if path != "index.php"
    }
    files["index.php"] = "<?php\nrequire 'app/webroot/index.php';\n"
    files["composer.json"] = json.dumps(
        {
            "name": "cakephp/cakephp",
            "description": "The CakePHP framework",
            "type": "library",
            "require": {"php": ">=5.3.0,<8.0.0"},
            "require-dev": {"phpunit/phpunit": "^3.7"},
        }
    )
    files["lib/Cake/VERSION.txt"] = "2.10.24\n"
    for n in range(filler):
        files[f"lib/Cake/Core/Part{n}.php"] = f"<?php\nclass Part{n} {{\n}}\n"
    return files


def test_a_downloaded_cakephp2_application_is_a_backend(tmp_path: Path) -> None:
    app = by_folder(write(tmp_path, _downloaded()))["."]
    assert first(app, K.FRAMEWORK)[0] == "CakePHP"
    assert first(app, K.ORM)[0] == "CakePHP ORM"
    assert first(app, K.DATABASE)[0] == "MySQL"
    assert first(app, K.TEST)[0] == ""


def test_the_framework_beside_the_application_names_it(tmp_path: Path) -> None:
    app = by_folder(write(tmp_path, _vendored(filler=60)))["."]
    assert not app.ambiguous  # the framework's own manifest confirms it
    assert first(app, K.FRAMEWORK)[0] == "CakePHP"
    assert first(app, K.ORM)[0] == "CakePHP ORM"


def test_the_frameworks_own_dev_tools_are_not_the_applications(tmp_path: Path) -> None:
    app = by_folder(write(tmp_path, _vendored()))["."]
    assert first(app, K.TEST)[0] == ""


def test_an_applications_own_dev_tools_still_count(tmp_path: Path) -> None:
    """A composer.json of a project (not the framework's own library) keeps its `require-dev`."""
    files = _vendored()
    files["composer.json"] = json.dumps(
        {
            "name": "acme/site",
            "type": "project",
            "require": {"cakephp/cakephp": "2.10.*"},
            "require-dev": {"phpunit/phpunit": "^3.7"},
        }
    )
    files["app/Test/Case/Model/CourseTest.php"] = (
        "<?php\nApp::uses('Course', 'Model');\nclass CourseTest extends CakeTestCase {\n}\n"
    )
    app = by_folder(write(tmp_path, files))["."]
    assert first(app, K.TEST)[0] == "PHPUnit"


def test_another_dispatch_is_no_cakephp(tmp_path: Path) -> None:
    files = {
        "public/index.php": (
            "<?php\n$router = new Router();\n$router->dispatch(new Request());\n"
        ),
        "src/Model/AppModel.php": "<?php\nclass AppModel extends Model\n{\n}\n",
    }
    app = by_folder(write(tmp_path, files)).get(".")
    assert app is None or first(app, K.FRAMEWORK)[0] != "CakePHP"
