"""PHP: PHPUnit settings whose suites name only missing folders run nothing (set 250, #19).

A CakePHP 3 application kept the skeleton's `phpunit.xml.dist` (one suite, `./tests/TestCase`)
but has no `tests/` folder, and its composer.json requires no PHPUnit (it only `suggest`s it).
The only test classes of the tree belong to two third-party plugins copied into `plugins/`,
each with its own composer.json naming its own home and, for one, its own `phpunit.xml.dist`:
the application's settings never reach them. The root settings' signal is dropped
(`phpunit_paths`); an application's own plugin whose tests the root settings list as a suite
keeps PHPUnit, and so does a composer.json requiring it."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_COMPOSER = (
    '{\n    "name": "cakephp/app",\n    "type": "project",\n    "require": {\n'
    '        "php": ">=5.4.16",\n        "cakephp/cakephp": "~3.0",\n'
    '        "cakephp/migrations": "~1.0"\n    },\n    "suggest": {\n'
    '        "phpunit/phpunit": "Allows automated tests to be run."\n    }\n}\n'
)


def _phpunit(*folders: str) -> str:
    suites = "".join(
        f'        <testsuite name="S{n}">\n            <directory>{folder}</directory>\n'
        "        </testsuite>\n"
        for n, folder in enumerate(folders)
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<phpunit bootstrap="./tests/bootstrap.php">\n'
        f"    <testsuites>\n{suites}"
        "        <!-- <testsuite name=\"Plugins\"><directory>./plugins/*/tests</directory>"
        "</testsuite> -->\n"
        "    </testsuites>\n</phpunit>\n"
    )


_PLUGIN_COMPOSER = (
    '{\n    "name": "someone/cake_ptbr",\n    "type": "cakephp-plugin",\n'
    '    "require": {\n        "cakephp/cakephp": "~3.0"\n    },\n'
    '    "require-dev": {\n        "phpunit/phpunit": "4.5.*"\n    }\n}\n'
)


def _site() -> dict[str, str]:
    return {
        "composer.json": _COMPOSER,
        "phpunit.xml.dist": _phpunit("./tests/TestCase"),
        "index.php": "<?php\nrequire 'webroot/index.php';\n",
        "webroot/index.php": "<?php\n\nuse Cake\\Http\\Server;\n",
        "config/app.php": "<?php\nreturn ['Datasources' => ['default' => [\n"
        "    'driver' => 'Cake\\Database\\Driver\\Mysql',\n]]];\n",
        "src/Controller/PedidosController.php": "<?php\n\nnamespace App\\Controller;\n\n"
        "class PedidosController extends AppController {}\n",
        "src/Model/Table/PedidosTable.php": "<?php\n\nnamespace App\\Model\\Table;\n\n"
        "use Cake\\ORM\\Table;\n\nclass PedidosTable extends Table {}\n",
        # Third-party plugins copied in, each with its own suite.
        "plugins/CakePtBr/composer.json": _PLUGIN_COMPOSER,
        "plugins/CakePtBr/phpunit.xml.dist": _phpunit("./tests/TestCase"),
        "plugins/CakePtBr/tests/TestCase/Utils/InflexaoTest.php": "<?php\n\n"
        "class InflexaoTest extends TestCase {}\n",
        "plugins/cake_brazil-master/composer.json": '{"name": "other/cake_brazil"}\n',
        "plugins/cake_brazil-master/Test/Case/Model/UfTest.php": "<?php\n\n"
        "class UfTest extends CakeTestCase {}\n",
    }


def test_settings_reaching_no_folder_are_no_test(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _site()))
    assert first(found["."], K.FRAMEWORK)[0] == "CakePHP"
    assert first(found["."], K.TEST) == ("", "")


def test_an_own_plugin_s_suite_keeps_phpunit(tmp_path: Path) -> None:
    # Counter-case: the application's own plugin, its tests a suite of the root settings.
    files = _site()
    files["phpunit.xml.dist"] = _phpunit("./tests/TestCase", "./plugins/Admin/tests/TestCase")
    files["plugins/Admin/src/Controller/UsersController.php"] = "<?php\n\nnamespace Admin;\n"
    files["plugins/Admin/tests/TestCase/Controller/UsersControllerTest.php"] = (
        "<?php\n\nclass UsersControllerTest extends TestCase {}\n"
    )
    found = by_folder(write(tmp_path, files))
    assert first(found["."], K.TEST)[0] == "PHPUnit"


def test_the_application_s_own_tests_keep_phpunit(tmp_path: Path) -> None:
    # Counter-case: the skeleton's folder is there, with a test.
    files = _site()
    files["tests/TestCase/Model/Table/PedidosTableTest.php"] = (
        "<?php\n\nclass PedidosTableTest extends TestCase {}\n"
    )
    found = by_folder(write(tmp_path, files))
    assert first(found["."], K.TEST)[0] == "PHPUnit"


def test_a_required_phpunit_stays(tmp_path: Path) -> None:
    # Counter-case: composer.json requires PHPUnit: its declaration is read as before.
    files = _site()
    files["composer.json"] = _COMPOSER.replace(
        '"suggest"', '"require-dev": {\n        "phpunit/phpunit": "^5.7"\n    },\n    "suggest"'
    )
    found = by_folder(write(tmp_path, files))
    assert first(found["."], K.TEST)[0] == "PHPUnit"
