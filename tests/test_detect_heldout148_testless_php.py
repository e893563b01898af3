"""PHP: a test framework declared in a repository with no test is no test (set 148, #19).

A Laravel shop keeps the skeleton's `phpunit/phpunit` in `require-dev` and its `phpunit.xml`
naming `tests/Unit` and `tests/Feature`, but the repository has no `tests/` folder and no
`*Test.php` anywhere (Laravel's `storage/framework/testing/` holds only a `.gitignore`): PHPUnit
runs nothing and the project has no test framework (`testless_php`, the PHP reading of
`testless_pytest`). A test file anywhere, a test folder with anything in it, or a CI step running
the tests keeps the framework."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_COMPOSER = (
    '{\n    "name": "acme/shop",\n    "require": {\n        "php": "^8.2",\n'
    '        "laravel/framework": "^12.0"\n    },\n    "require-dev": {\n'
    '        "phpunit/phpunit": "^11.0"\n    }\n}\n'
)

_PHPUNIT = (
    '<?xml version="1.0" encoding="UTF-8"?>\n<phpunit bootstrap="vendor/autoload.php">\n'
    "    <testsuites>\n"
    '        <testsuite name="Unit">\n'
    '            <directory suffix="Test.php">./tests/Unit</directory>\n'
    "        </testsuite>\n    </testsuites>\n</phpunit>\n"
)


def _shop() -> dict[str, str]:
    return {
        "composer.json": _COMPOSER,
        "phpunit.xml": _PHPUNIT,
        "artisan": "#!/usr/bin/env php\n<?php\n",
        "bootstrap/app.php": "<?php\n\nuse Illuminate\\Foundation\\Application;\n",
        "routes/web.php": "<?php\n\nuse Illuminate\\Support\\Facades\\Route;\n\n"
        "Route::get('/', fn () => view('home'));\n",
        "app/Models/Product.php": "<?php\n\nnamespace App\\Models;\n\n"
        "use Illuminate\\Database\\Eloquent\\Model;\n\nclass Product extends Model {}\n",
        # Laravel's fake-disk folder: named for tests, a placeholder only.
        "storage/framework/testing/.gitignore": "*\n!.gitignore\n",
        # A command class whose name starts with Test is no test.
        "app/Console/Commands/TestMailCommand.php": "<?php\n\nnamespace App\\Console\\Commands;\n",
    }


def test_a_declared_phpunit_with_no_test_is_no_test(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _shop()))
    assert first(found["."], K.FRAMEWORK)[0] == "Laravel"
    assert first(found["."], K.TEST) == ("", "")


def test_a_test_class_keeps_phpunit(tmp_path: Path) -> None:
    # Counter-case: one test class, wherever it is kept.
    files = _shop()
    files["src/Checkout/CartTest.php"] = "<?php\n\nclass CartTest extends TestCase {}\n"
    found = by_folder(write(tmp_path, files))
    assert first(found["."], K.TEST)[0] == "PHPUnit"


def test_a_test_folder_with_files_keeps_phpunit(tmp_path: Path) -> None:
    # Counter-case: a tests/ folder holding more than the skeleton's base classes (a suite's
    # fixtures; tests/ with TestCase.php alone is no test: set 240,
    # test_detect_heldout240_laravel_scaffold_tests.py).
    files = _shop()
    files["tests/TestCase.php"] = "<?php\n\nnamespace Tests;\n\nabstract class TestCase {}\n"
    files["tests/Feature/fixtures/order.json"] = '{"id": 1}\n'
    found = by_folder(write(tmp_path, files))
    assert first(found["."], K.TEST)[0] == "PHPUnit"


def test_a_ci_step_running_phpunit_keeps_it(tmp_path: Path) -> None:
    # Counter-case: the CI runs the suite; installing the package alone would not say so.
    files = _shop()
    files[".github/workflows/ci.yml"] = (
        "jobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n"
        "      - run: composer require --dev phpunit/phpunit\n"
        "      - run: vendor/bin/phpunit --testdox\n"
    )
    found = by_folder(write(tmp_path, files))
    assert first(found["."], K.TEST)[0] == "PHPUnit"
    files[".github/workflows/ci.yml"] = files[".github/workflows/ci.yml"].replace(
        "      - run: vendor/bin/phpunit --testdox\n", ""
    )
    found = by_folder(write(tmp_path / "installs", files))
    assert first(found["."], K.TEST) == ("", "")


def test_a_hidden_only_test_folder_holds_no_python_test(tmp_path: Path) -> None:
    # The placeholder reading is shared: a `tests/.gitkeep` is no suite for pytest either.
    files = {
        "pyproject.toml": '[project]\nname = "svc"\ndependencies = ["flask>=3"]\n\n'
        '[dependency-groups]\ndev = ["pytest>=8"]\n',
        "app.py": "from flask import Flask\n\napp = Flask(__name__)\n",
        "tests/.gitkeep": "",
    }
    found = by_folder(write(tmp_path, files))
    assert first(found["."], K.FRAMEWORK)[0] == "Flask"
    assert first(found["."], K.TEST) == ("", "")
