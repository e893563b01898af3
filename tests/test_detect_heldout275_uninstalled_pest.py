"""PHP: a Pest bootstrap file in an application that never installs Pest (set 275, #19).

A Laravel application keeps `tests/Pest.php` (what `pest --init` writes) and one Pest-style
example beside its PHPUnit test classes, but its composer.json asks for `phpunit/phpunit` alone:
no `pestphp/*` package is required, so Composer never installs Pest and the suite that runs is
PHPUnit's (`uninstalled_pest`). An application requiring Pest, or only its Laravel plugin,
keeps Pest as its test framework."""

from __future__ import annotations

import json
from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K


def _composer(dev: dict[str, str]) -> str:
    return json.dumps(
        {
            "name": "acme/parcels",
            "require": {"php": "^8.0", "laravel/framework": "^8.12"},
            "require-dev": dev,
        },
        indent=4,
    )


def _app(dev: dict[str, str]) -> dict[str, str]:
    return {
        "composer.json": _composer(dev),
        "phpunit.xml": (
            '<?xml version="1.0" encoding="UTF-8"?>\n<phpunit bootstrap="vendor/autoload.php">\n'
            '    <testsuites>\n        <testsuite name="Feature">\n'
            '            <directory suffix="Test.php">./tests/Feature</directory>\n'
            "        </testsuite>\n    </testsuites>\n</phpunit>\n"
        ),
        "artisan": "#!/usr/bin/env php\n<?php\n",
        "bootstrap/app.php": "<?php\n\n$app = new Illuminate\\Foundation\\Application(\n);\n",
        "routes/web.php": "<?php\n\nuse Illuminate\\Support\\Facades\\Route;\n\n"
        "Route::get('/', fn () => view('home'));\n",
        "app/Models/Parcel.php": "<?php\n\nnamespace App\\Models;\n\n"
        "use Illuminate\\Database\\Eloquent\\Model;\n\nclass Parcel extends Model {}\n",
        "tests/Pest.php": "<?php\n\nuses(Tests\\TestCase::class)->in('Feature');\n",
        "tests/ExampleTest.php": (
            "<?php\n\ntest('example', function () {\n    expect(true)->toBeTrue();\n});\n"
        ),
        "tests/TestCase.php": "<?php\n\nnamespace Tests;\n\nabstract class TestCase {}\n",
        "tests/Feature/ParcelTest.php": (
            "<?php\n\nnamespace Tests\\Feature;\n\nuse Tests\\TestCase;\n\n"
            "class ParcelTest extends TestCase\n{\n"
            "    public function testIndex()\n    {\n        $this->assertTrue(true);\n    }\n}\n"
        ),
    }


def _tests(found: dict, folder: str = ".") -> set[str]:
    return {f.name for f in found[folder].findings if f.kind is K.TEST}


def test_a_pest_bootstrap_without_pest_installed_is_phpunit(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _app({"phpunit/phpunit": "^9.3.3"})))
    assert first(found["."], K.FRAMEWORK)[0] == "Laravel"
    assert first(found["."], K.TEST)[0] == "PHPUnit"
    assert "Pest" not in _tests(found)


def test_pest_required_stays_pest(tmp_path: Path) -> None:
    # Counter-case: Pest installed and used.
    dev = {"phpunit/phpunit": "^9.3.3", "pestphp/pest": "^1.18"}
    found = by_folder(write(tmp_path, _app(dev)))
    assert first(found["."], K.TEST)[0] == "Pest"


def test_the_pest_laravel_plugin_alone_installs_pest(tmp_path: Path) -> None:
    # Counter-case: the plugin requires Pest, so Pest is installed.
    dev = {"phpunit/phpunit": "^9.3.3", "pestphp/pest-plugin-laravel": "^1.1"}
    found = by_folder(write(tmp_path, _app(dev)))
    assert "Pest" in _tests(found)
