"""A gap the 398th held-out set showed in PHP (benchmarks/detect_heldout398.yaml), as a small
fixture of the real files' shape (#19): a CodeIgniter 1 application with no manifest at all,
whose tests extend PHPUnit's base class under its PEAR-era name (`PHPUnit_Framework_TestCase`,
PHPUnit installed apart): its test tool is PHPUnit."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K


def _app(tests: dict[str, str]) -> dict[str, str]:
    files = {
        "index.php": (
            "<?php\n$system_folder = \"system\";\n$application_folder = \"web\";\n"
            "require_once BASEPATH.'codeigniter/CodeIgniter'.EXT;\n"
        ),
        "system/codeigniter/CodeIgniter.php": "<?php\ndefine('CI_VERSION',\t'1.7.2');\n",
        "web/controllers/account.php": (
            "<?php\nclass Account extends MY_Controller {\n"
            "    function index() { $this->load->database(); }\n}\n"
        ),
    }
    files.update(tests)
    return files


def test_a_pear_era_phpunit_case_is_phpunit(tmp_path: Path) -> None:
    files = _app(
        {
            "web/tests/UnitTestCase.php": (
                "<?php\nrequire_once 'PHPUnit/Autoload.php';\n"
                "class CIUnit_TestCase extends PHPUnit_Framework_TestCase\n{\n}\n"
            ),
            "web/tests/models/userTest.php": (
                "<?php\nclass userTest extends CIUnit_TestCase {\n"
                "    public function testName() { $this->assertTrue(true); }\n}\n"
            ),
        }
    )
    app = by_folder(write(tmp_path, files))["."]
    assert first(app, K.FRAMEWORK)[0] == "CodeIgniter"
    assert first(app, K.TEST)[0] == "PHPUnit"


def test_a_namespaced_phpunit_case_is_phpunit(tmp_path: Path) -> None:
    files = _app(
        {
            "web/tests/UserTest.php": (
                "<?php\nclass UserTest extends \\PHPUnit\\Framework\\TestCase\n{\n}\n"
            ),
        }
    )
    app = by_folder(write(tmp_path, files))["."]
    assert first(app, K.TEST)[0] == "PHPUnit"


def test_another_test_case_is_no_phpunit(tmp_path: Path) -> None:
    files = _app(
        {"web/tests/UserTest.php": "<?php\nclass UserTest extends UnitTestCase\n{\n}\n"}
    )
    app = by_folder(write(tmp_path, files))["."]
    assert first(app, K.TEST)[0] != "PHPUnit"
