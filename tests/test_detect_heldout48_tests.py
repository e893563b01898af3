"""Test-framework gaps the forty-eighth held-out set showed (benchmarks/detect_heldout48.yaml),
each as a small fixture of the real files' shape (#19): a Laravel application tested by Pest,
which keeps PHPUnit and its phpunit.xml beside it (Pest runs through them), and a Django
service on its own runner whose pytest only drives a performance suite against a running
server."""

from __future__ import annotations

import json
from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_PHPUNIT_XML = """<?xml version="1.0" encoding="UTF-8"?>
<phpunit bootstrap="vendor/autoload.php" colors="true">
  <testsuites>
    <testsuite name="Unit"><directory suffix="Test.php">./tests/Unit</directory></testsuite>
  </testsuites>
</phpunit>
"""


def _laravel(pest: bool = True) -> dict[str, str]:
    """ploi-core's shape: Laravel 11 requiring phpunit and pest, tests/Pest.php binding the
    `it()` tests to the app's TestCase."""
    dev = {"phpunit/phpunit": "^11.0"}
    if pest:
        dev["pestphp/pest"] = "^3.0"
    manifest = {
        "name": "app/app",
        "require": {"php": "^8.2", "laravel/framework": "^11.0"},
        "require-dev": dev,
    }
    files = {
        "composer.json": json.dumps(manifest, indent=4) + "\n",
        "artisan": "<?php\n$app = require __DIR__.'/bootstrap/app.php';\n",
        "bootstrap/app.php": (
            "<?php\n\n$app = new Illuminate\\Foundation\\Application(\n    dirname(__DIR__)\n);\n"
        ),
        "phpunit.xml": _PHPUNIT_XML,
        "tests/TestCase.php": (
            "<?php\n\nnamespace Tests;\n\nuse Illuminate\\Foundation\\Testing\\TestCase as Base;\n"
            "\nabstract class TestCase extends Base {}\n"
        ),
    }
    if pest:
        files["tests/Pest.php"] = "<?php\n\nuses(Tests\\TestCase::class)->in('Feature', 'Unit');\n"
        files["tests/Unit/AlertTest.php"] = (
            "<?php\n\nit('renders markdown', function () {\n    expect(true)->toBeTrue();\n});\n"
        )
    else:
        # A PHPUnit test class (tests/TestCase.php alone is no suite: set 240).
        files["tests/Unit/AlertTest.php"] = (
            "<?php\n\nnamespace Tests\\Unit;\n\nclass AlertTest extends \\Tests\\TestCase {}\n"
        )
    return files


def test_a_laravel_app_tested_by_pest_names_pest_before_phpunit(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _laravel()))["."]
    assert first(backend, K.TEST)[0] == "Pest"
    pest = next(f for f in backend.findings if f.name == "Pest")
    assert any(e.path == "tests/Pest.php" for e in pest.evidence)


def test_a_laravel_app_without_pest_keeps_phpunit(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _laravel(pest=False)))["."]
    assert first(backend, K.TEST)[0] == "PHPUnit"


def _django(performance: str) -> dict[str, str]:
    """objects-api's shape: pip-compiled requirements, Django's TestCase under src/, pytest in
    the CI requirements with its conftest in a locust/pytest benchmark folder."""
    return {
        "requirements/base.txt": "django==5.2.13\npsycopg==3.2.9\n",
        "requirements/ci.txt": "-r base.txt\npytest==8.3.3\n",
        "src/manage.py": (
            "import os\n\nos.environ.setdefault('DJANGO_SETTINGS_MODULE', 'objects.conf.dev')\n"
            "from django.core.management import execute_from_command_line\n"
        ),
        "src/objects/wsgi.py": "from django.core.wsgi import get_wsgi_application\n",
        "src/objects/tests/test_api.py": (
            "from django.test import TestCase\n\n\nclass ApiTests(TestCase):\n"
            "    def test_list(self):\n        self.assertTrue(True)\n"
        ),
        f"{performance}/conftest.py": (
            "import pytest\n\n\n@pytest.fixture\ndef client():\n    pass\n"
        ),
        f"{performance}/tests/test_objects.py": "def test_list(benchmark, client):\n    pass\n",
    }


def test_pytest_only_in_a_performance_suite_is_not_the_main_tests(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _django("performance_test")))["."]
    assert first(backend, K.TEST)[0] == "unittest"


def test_pytest_beside_the_unit_tests_stays_the_main_tests(tmp_path: Path) -> None:
    """The same conftest in an ordinary folder is the suite pytest runs."""
    backend = by_folder(write(tmp_path, _django("src")))["."]
    assert first(backend, K.TEST)[0] == "pytest"
