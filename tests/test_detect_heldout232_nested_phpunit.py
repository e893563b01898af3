"""PHP: a phpunit.xml deep inside an application that declares no PHPUnit (set 232, #19).

A CodeIgniter application carries a package installer's tree (`pages/tools/`) copied with its
own suite: `pages/tools/test/phpunit.xml` over `*_test.php`. The application's composer.json
declares no test framework and no command runs PHPUnit: that settings file is the copied
tool's, and the application has no test framework (`nested_phpunit`). Counter-cases: the
settings kept in the application's own `tests/` folder, and a composer.json declaring PHPUnit,
keep it."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_PHPUNIT = (
    '<?xml version="1.0" encoding="UTF-8"?>\n<phpunit bootstrap="lib/bootstrap.php">\n'
    '    <testsuites>\n        <testsuite name="ToolTests">\n'
    '            <directory suffix="_test.php">./</directory>\n'
    "        </testsuite>\n    </testsuites>\n</phpunit>\n"
)


def _app(dev: str = "") -> dict[str, str]:
    return {
        "composer.json": '{\n    "require": {\n        "stripe/stripe-php": "^7.0"\n    }'
        + dev
        + "\n}\n",
        "index.php": "<?php\ndefine('BASEPATH', 'system/');\n"
        "require_once BASEPATH.'core/CodeIgniter.php';\n",
        "system/core/CodeIgniter.php": "<?php\ndefine('CI_VERSION', '2.1.3');\n",
        "application/controllers/booking.php": "<?php\n\nclass Booking extends CI_Controller\n"
        "{\n}\n",
        "pages/tools/test/phpunit.xml": _PHPUNIT,
        "pages/tools/test/install_test.php": "<?php\n\nclass Install_test extends Spark_test_case\n"
        "{\n}\n",
    }


def test_a_copied_tools_phpunit_is_no_test(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _app()))
    assert first(found["."], K.FRAMEWORK)[0] == "CodeIgniter"
    assert first(found["."], K.TEST) == ("", "")


def test_the_apps_own_tests_folder_keeps_phpunit(tmp_path: Path) -> None:
    # Counter-case: one folder down, in the application's tests/, the settings are its own.
    files = _app()
    files["tests/phpunit.xml"] = files.pop("pages/tools/test/phpunit.xml")
    files["tests/BookingTest.php"] = "<?php\n\nclass BookingTest extends TestCase {}\n"
    found = by_folder(write(tmp_path, files))
    assert first(found["."], K.TEST)[0] == "PHPUnit"


def test_a_declared_phpunit_keeps_it(tmp_path: Path) -> None:
    # Counter-case: the application's composer.json declares PHPUnit itself.
    dev = ',\n    "require-dev": {\n        "phpunit/phpunit": "^9.5"\n    }'
    found = by_folder(write(tmp_path, _app(dev)))
    assert first(found["."], K.TEST)[0] == "PHPUnit"
