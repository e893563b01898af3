"""PHP: Pest declared beside PHPUnit, but every test is a PHPUnit class (set 319, #19).

A Laravel application upgraded to a newer skeleton requires `pestphp/pest` (and allows its
Composer plugin) beside `phpunit/phpunit`, yet keeps no `tests/Pest.php` and its test files
are `class … extends TestCase` with test methods: the suite is PHPUnit's (`pest_tests`).
Counter-cases: a top-level Pest test among the files, or Pest's bootstrap file, keeps Pest."""

from __future__ import annotations

import json
from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_CLASS = (
    "<?php\n\nnamespace Tests\\{folder};\n\nuse Tests\\TestCase;\n\n"
    "class {name}Test extends TestCase\n{{\n"
    "    public function testExample()\n    {{\n        $this->assertTrue(true);\n    }}\n}}\n"
)


def _app(extra: dict[str, str] | None = None) -> dict[str, str]:
    composer = {
        "name": "acme/roster",
        "require": {"php": ">=8.2.0", "laravel/framework": "^12.0"},
        "require-dev": {"pestphp/pest": "^3.0", "phpunit/phpunit": "^11.0"},
        "config": {"allow-plugins": {"pestphp/pest-plugin": True}},
    }
    files = {
        "composer.json": json.dumps(composer, indent=4),
        "phpunit.xml": (
            '<?xml version="1.0" encoding="UTF-8"?>\n<phpunit bootstrap="vendor/autoload.php">\n'
            '    <testsuites>\n        <testsuite name="Unit">\n'
            '            <directory suffix="Test.php">./tests/Unit</directory>\n'
            "        </testsuite>\n    </testsuites>\n</phpunit>\n"
        ),
        "artisan": "#!/usr/bin/env php\n<?php\n",
        "bootstrap/app.php": "<?php\n\n$app = new Illuminate\\Foundation\\Application(\n);\n",
        "routes/web.php": "<?php\n\nuse Illuminate\\Support\\Facades\\Route;\n\n"
        "Route::get('/', fn () => view('home'));\n",
        "app/Shift.php": "<?php\n\nnamespace App;\n\n"
        "use Illuminate\\Database\\Eloquent\\Model;\n\nclass Shift extends Model {}\n",
        "tests/TestCase.php": (
            "<?php\n\nnamespace Tests;\n\n"
            "use Illuminate\\Foundation\\Testing\\TestCase as BaseTestCase;\n\n"
            "abstract class TestCase extends BaseTestCase\n{\n    use CreatesApplication;\n}\n"
        ),
        "tests/CreatesApplication.php": (
            "<?php\n\nnamespace Tests;\n\ntrait CreatesApplication {}\n"
        ),
        "tests/Unit/ShiftTest.php": _CLASS.format(folder="Unit", name="Shift"),
        "tests/Feature/RouteTest.php": _CLASS.format(folder="Feature", name="Route"),
    }
    files.update(extra or {})
    return files


def test_pest_declared_over_phpunit_classes_is_phpunit(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _app()))
    assert first(found["."], K.FRAMEWORK)[0] == "Laravel"
    assert first(found["."], K.TEST)[0] == "PHPUnit"


def test_a_top_level_pest_test_keeps_pest(tmp_path: Path) -> None:
    # Counter-case: one file written to Pest, with no bootstrap file (Pest 2 runs without).
    pest = "<?php\n\nit('lists shifts', function () {\n    expect(true)->toBeTrue();\n});\n"
    found = by_folder(write(tmp_path, _app({"tests/Feature/ListTest.php": pest})))
    assert first(found["."], K.TEST)[0] == "Pest"


def test_the_pest_bootstrap_keeps_pest(tmp_path: Path) -> None:
    # Counter-case: `pest --init`'s file binds the classes' TestCase to Pest.
    boot = "<?php\n\npest()->extend(Tests\\TestCase::class)->in('Feature');\n"
    found = by_folder(write(tmp_path, _app({"tests/Pest.php": boot})))
    assert first(found["."], K.TEST)[0] == "Pest"
