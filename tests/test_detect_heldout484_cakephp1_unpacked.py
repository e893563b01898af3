"""A gap the 484th held-out set showed (benchmarks/detect_heldout484.yaml), as a small fixture
of the real files' shape (#19): a CakePHP 1.3 application with no manifest at all, the
framework unpacked into `cake/` beside `app/`. Its front controller includes the core's
bootstrap and dispatches; the core's `cake/config/config.php` states the release; the core's
`app_model.php` is the base of its models; app/config/database.php.default names the driver
of the `default` datasource (not the `test` one's)."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_WEBROOT_INDEX = """<?php
\tif (!defined('CORE_PATH')) {
\t\tdefine('APP_PATH', ROOT . DS . APP_DIR . DS);
\t\tdefine('CORE_PATH', CAKE_CORE_INCLUDE_PATH . DS);
\t}
\tif (!include(CORE_PATH . 'cake' . DS . 'bootstrap.php')) {
\t\ttrigger_error("CakePHP core could not be found.", E_USER_ERROR);
\t}
\tif (isset($_GET['url']) && $_GET['url'] === 'favicon.ico') {
\t\treturn;
\t} else {
\t\t$Dispatcher = new Dispatcher();
\t\t$Dispatcher->dispatch();
\t}
"""

_DATABASE = """<?php
class DATABASE_CONFIG {

\tvar $default = array(
\t\t'driver' => 'mysql',
\t\t'persistent' => false,
\t\t'host' => 'localhost',
\t\t'database' => 'cakephp',
\t\t'prefix' => '',
\t);

\tvar $test = array(
\t\t'driver' => 'sqlite',
\t\t'database' => 'test_database_name',
\t);
}
"""


def _tree() -> dict[str, str]:
    return {
        "index.php": "<?php\n\tdefine('APP_DIR', 'app');\n"
        "\trequire APP_DIR . DS . WEBROOT_DIR . DS . 'index.php';\n",
        "app/webroot/index.php": _WEBROOT_INDEX,
        "app/config/database.php.default": _DATABASE,
        "app/models/house.php": "<?php\nclass House extends AppModel {\n"
        "\tvar $name = 'House';\n}\n?>\n",
        "app/controllers/houses_controller.php": "<?php\nclass HousesController extends "
        "AppController {\n\tvar $name = 'Houses';\n}\n?>\n",
        "cake/VERSION.txt": "1.3.12\n",
        "cake/config/config.php": "<?php\n/**\n * Core Configurations.\n */\n"
        "return $config['Cake.version'] = '1.3.12';\n",
        "cake/libs/model/app_model.php": "<?php\nclass AppModel extends Model {\n}\n",
        "cake/bootstrap.php": "<?php\nrequire CORE_PATH . 'cake' . DS . 'basics.php';\n",
    }


def test_an_unpacked_cakephp_1_application_is_found(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _tree()))["."]
    assert first(backend, K.FRAMEWORK) == ("CakePHP", "1.3.12")
    assert first(backend, K.ORM)[0] == "CakePHP ORM"
    engines = {f.name for f in backend.findings if f.kind is K.DATABASE}
    assert engines == {"MySQL"}  # the default datasource's; not the test one's SQLite


def test_a_front_controller_including_another_bootstrap_is_no_cakephp(tmp_path: Path) -> None:
    other = _WEBROOT_INDEX.replace("'cake' . DS . 'bootstrap.php'", "'boot.php'")
    tree = {"index.php": "<?php\nrequire 'app/webroot/index.php';\n",
            "app/webroot/index.php": other}
    assert "." not in by_folder(write(tmp_path, tree))
