"""A Codeception unit suite kept as an empty scaffold beside PHPUnit's own tests (held-out
set 52, #19): PHPUnit is the main test framework; a unit suite holding tests keeps
Codeception first."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_COMPOSER = (
    '{\n    "require": {\n        "php": "^7.3",\n'
    '        "symfony/framework-bundle": "^4.2",\n        "doctrine/orm": "^2.7"\n    },\n'
    '    "require-dev": {\n        "codeception/codeception": "^4.1",\n'
    '        "phpunit/phpunit": "^7.5"\n    }\n}\n'
)
_KERNEL = (
    "<?php\n\nnamespace App;\n\n"
    "use Symfony\\Bundle\\FrameworkBundle\\Kernel\\MicroKernelTrait;\n"
    "use Symfony\\Component\\HttpKernel\\Kernel as BaseKernel;\n\n"
    "class Kernel extends BaseKernel\n{\n    use MicroKernelTrait;\n}\n"
)
_PHPUNIT_TEST = (
    "<?php\n\nnamespace App\\Test;\n\nuse PHPUnit\\Framework\\TestCase;\n\n"
    "class DateTest extends TestCase\n{\n    public function testFormat(): void\n    {\n"
    "        $this->assertTrue(true);\n    }\n}\n"
)


def _tree(unit_files: dict[str, str]) -> dict[str, str]:
    return {
        "composer.json": _COMPOSER,
        "src/Kernel.php": _KERNEL,
        "phpunit.xml": (
            '<phpunit bootstrap="tests/bootstrap.php">\n  <testsuites>\n'
            '    <testsuite name="all"><directory>tests</directory></testsuite>\n'
            "  </testsuites>\n</phpunit>\n"
        ),
        "codeception.dist.yml": "actor: Tester\npaths:\n    tests: tests/Codeception\n",
        "tests/Date/DateTest.php": _PHPUNIT_TEST,
        "tests/Codeception/unit.suite.dist.yml": (
            "class_name: UnitTester\nmodules:\n    enabled:\n        - Asserts\n"
        ),
        "tests/Codeception/acceptance.suite.dist.yml": (
            "class_name: AcceptanceTester\nmodules:\n    enabled:\n        - WebDriver\n"
        ),
        "tests/Codeception/acceptance/LoginCest.php": (
            "<?php\n\nclass LoginCest\n{\n    public function login(AcceptanceTester $I)\n"
            "    {\n        $I->amOnPage('/');\n    }\n}\n"
        ),
        **{f"tests/Codeception/unit/{name}": text for name, text in unit_files.items()},
    }


def test_empty_codeception_unit_suite_leaves_phpunit_first(tmp_path: Path) -> None:
    """eventum: `tests/Codeception/unit/` holds only `_bootstrap.php`."""
    files = _tree({"_bootstrap.php": "<?php\n"})
    assert first(by_folder(write(tmp_path, files))["."], K.TEST)[0] == "PHPUnit"


def test_codeception_unit_suite_with_tests_stays_first(tmp_path: Path) -> None:
    files = _tree(
        {
            "_bootstrap.php": "<?php\n",
            "MailTest.php": (
                "<?php\n\nclass MailTest extends \\Codeception\\Test\\Unit\n{\n"
                "    public function testSend(): void\n    {\n    }\n}\n"
            ),
        }
    )
    assert first(by_folder(write(tmp_path, files))["."], K.TEST)[0] == "Codeception"
