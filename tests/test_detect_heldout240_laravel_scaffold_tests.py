"""PHP: a tests/ folder holding only Laravel's base classes is no suite (set 240, #19).

Laravel's skeleton keeps `tests/TestCase.php` and `tests/CreatesApplication.php`, the classes
every test would extend, beside its two example tests; an application that deletes the examples
and writes none has PHPUnit declared (`require-dev`, `phpunit.xml`) and runs nothing: no test
framework (`testless_php`). A Python batch script named like a test module
(`sequential_test.py`, no test function in it) elsewhere in the repository is no test either.
Counter-cases: one test class beside the base classes, and a Python module with a test
function, keep PHPUnit."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_COMPOSER = (
    '{\n    "name": "acme/web",\n    "require": {\n        "php": "^8.1",\n'
    '        "laravel/framework": "^10.10"\n    },\n    "require-dev": {\n'
    '        "phpunit/phpunit": "^10.1"\n    }\n}\n'
)

_PHPUNIT = (
    '<?xml version="1.0" encoding="UTF-8"?>\n<phpunit bootstrap="vendor/autoload.php">\n'
    '    <testsuites>\n        <testsuite name="Feature">\n'
    '            <directory suffix="Test.php">./tests/Feature</directory>\n'
    "        </testsuite>\n    </testsuites>\n</phpunit>\n"
)


def _repo() -> dict[str, str]:
    return {
        "web/composer.json": _COMPOSER,
        "web/phpunit.xml": _PHPUNIT,
        "web/artisan": "#!/usr/bin/env php\n<?php\n",
        "web/bootstrap/app.php": "<?php\n\n$app = new Illuminate\\Foundation\\Application(\n);\n",
        "web/routes/web.php": "<?php\n\nuse Illuminate\\Support\\Facades\\Route;\n\n"
        "Route::get('/', fn () => view('home'));\n",
        "web/tests/TestCase.php": "<?php\n\nnamespace Tests;\n\n"
        "abstract class TestCase extends BaseTestCase\n{\n    use CreatesApplication;\n}\n",
        "web/tests/CreatesApplication.php": "<?php\n\nnamespace Tests;\n\n"
        "trait CreatesApplication\n{\n}\n",
        "batch/sequential_test.py": "import convert\n\n\ndef main():\n    convert.run('a')\n\n\n"
        "if __name__ == '__main__':\n    main()\n",
    }


def test_base_classes_alone_are_no_test(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _repo()))
    assert first(found["web"], K.FRAMEWORK)[0] == "Laravel"
    assert first(found["web"], K.TEST) == ("", "")


def test_a_test_class_beside_them_keeps_phpunit(tmp_path: Path) -> None:
    # Counter-case: one test written beside the base classes.
    files = _repo()
    files["web/tests/Feature/HomeTest.php"] = "<?php\n\nclass HomeTest extends TestCase {}\n"
    found = by_folder(write(tmp_path, files))
    assert first(found["web"], K.TEST)[0] == "PHPUnit"


def test_a_python_test_function_keeps_phpunit(tmp_path: Path) -> None:
    # Counter-case: the Python module named like a test holds a test function.
    files = _repo()
    files["batch/sequential_test.py"] = "import convert\n\n\ndef test_run():\n    convert.run()\n"
    found = by_folder(write(tmp_path, files))
    assert first(found["web"], K.TEST)[0] == "PHPUnit"
