"""Held-out set 438 (#19): a CodeIgniter 3 application at the root whose composer.json keeps
PHPUnit in require-dev, with no test of its own, while a Laravel application in a folder of its
own (its composer.json, phpunit.xml and tests/) and a Vue UI beside it have suites. Their tests
are theirs: the root application has no test framework. A jQuery UI plugin copied into the web
root's assets (`build/release-test.js`) and design write-ups under `docs/…/specs` are no tests
of its either. A root keeping a test of its own keeps PHPUnit."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_ROOT_COMPOSER = (
    '{\n  "name": "acme/staff",\n  "type": "project",\n  "require": {\n'
    '    "php": ">=7.3",\n    "phpmailer/phpmailer": "^6.8"\n  },\n'
    '  "require-dev": {\n    "phpunit/phpunit": "4.* || 5.* || 9.*"\n  }\n}\n'
)

_APP_COMPOSER = (
    '{\n  "name": "acme/approvals",\n  "type": "project",\n  "require": {\n'
    '    "php": "^8.2",\n    "laravel/framework": "^12.0"\n  },\n'
    '  "require-dev": {\n    "phpunit/phpunit": "^11.5"\n  }\n}\n'
)

_PHPUNIT = (
    '<?xml version="1.0" encoding="UTF-8"?>\n<phpunit bootstrap="vendor/autoload.php">\n'
    '  <testsuites>\n    <testsuite name="Feature">\n'
    "      <directory>tests/Feature</directory>\n    </testsuite>\n  </testsuites>\n</phpunit>\n"
)


def _tree(**extra: str) -> dict[str, str]:
    return {
        "composer.json": _ROOT_COMPOSER,
        "index.php": "<?php\ndefine('BASEPATH', 'system/');\n"
        "require_once BASEPATH . 'core/CodeIgniter.php';\n",
        "system/core/CodeIgniter.php": "<?php\nconst CI_VERSION = '3.1.11';\n",
        "application/config/database.php": (
            "<?php\n$db['default'] = array('hostname' => 'localhost', 'dbdriver' => 'mysqli');\n"
        ),
        "application/models/Staff_mdl.php": (
            "<?php\nclass Staff_mdl extends CI_Model\n{\n    public function all()\n    {\n"
            "        return $this->db->get('staff')->result();\n    }\n}\n"
        ),
        "assets/plugins/jquery-ui/build/release-test.js": "// jQuery UI release test\n",
        "docs/superpowers/specs/2025-01-01-leave-design.md": "# Leave design\n",
        "apm/composer.json": _APP_COMPOSER,
        "apm/artisan": "#!/usr/bin/env php\n<?php\nuse Illuminate\\Foundation\\Application;\n",
        "apm/bootstrap/app.php": "<?php\nuse Illuminate\\Foundation\\Application;\n",
        "apm/phpunit.xml": _PHPUNIT,
        "apm/tests/Feature/LoginTest.php": (
            "<?php\nnamespace Tests\\Feature;\nuse Tests\\TestCase;\n"
            "class LoginTest extends TestCase\n{\n    public function test_login(): void\n"
            "    {\n        $this->get('/login')->assertOk();\n    }\n}\n"
        ),
        "helpdesk/frontend/package.json": (
            '{\n  "name": "helpdesk-frontend",\n  "dependencies": {"vue": "^3.5.0"},\n'
            '  "devDependencies": {"vitest": "^2.0.0"}\n}\n'
        ),
        "helpdesk/frontend/src/App.spec.ts": "import { it } from 'vitest'\nit('works', () => {})\n",
        **extra,
    }


def test_tests_of_the_programs_below_are_not_the_root_apps(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _tree()))
    assert first(found["."], K.TEST)[0] == ""
    assert first(found["apm"], K.TEST)[0] == "PHPUnit"


def test_a_root_test_of_its_own_keeps_phpunit(tmp_path: Path) -> None:
    extra = {
        "tests/StaffTest.php": (
            "<?php\nuse PHPUnit\\Framework\\TestCase;\n"
            "class StaffTest extends TestCase\n{\n    public function test_it(): void\n"
            "    {\n        $this->assertTrue(true);\n    }\n}\n"
        )
    }
    found = by_folder(write(tmp_path, _tree(**extra)))
    assert first(found["."], K.TEST)[0] == "PHPUnit"
