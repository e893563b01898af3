"""Zend Framework 1 over Propel 1 (#19): a `legacy/` PHP application requiring the per-component
packages of ZF1's maintained fork and a fork of Propel 1, bootstrapped by `new
Zend_Application(…)`, beside a Python API of the same repository."""

from __future__ import annotations

import json
from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_COMPOSER = json.dumps(
    {
        "autoload": {"classmap": ["application/"]},
        "require": {
            "php": "^7.4",
            "libretime/propel1": "dev-main",
            "zf1s/zend-application": "^1.13",
            "zf1s/zend-controller": "^1.13",
            "zf1s/zend-db": "^1.13",
        },
        "require-dev": {"phpunit/phpunit": "^5.7"},
    },
    indent=2,
)
_LOCK = json.dumps(
    {
        "packages": [
            {"name": "libretime/propel1", "version": "dev-main"},
            {"name": "zf1s/zend-application", "version": "1.15.5"},
            {"name": "zf1s/zend-controller", "version": "1.15.5"},
        ],
        "packages-dev": [{"name": "phpunit/phpunit", "version": "5.7.27"}],
    },
    indent=2,
)
_BOOT = (
    "<?php\n\n/** Zend_Application */\n$application = new Zend_Application(\n"
    "    APPLICATION_ENV,\n    APPLICATION_PATH . '/configs/application.ini'\n);\n"
    "$application->bootstrap()->run();\n"
)
_BOOTSTRAP = (
    "<?php\n\nclass Bootstrap extends Zend_Application_Bootstrap_Bootstrap\n{\n"
    "    protected function _initPropel()\n    {\n        Propel::init(PROPEL_CONFIG_FILEPATH);\n"
    "    }\n}\n"
)
_CONF = (
    "<?php\n\n$conf = ['datasources' => ['airtime' => ['adapter' => 'pgsql', 'connection' => [\n"
    "    'dsn' => 'pgsql:host=localhost;port=5432;dbname=app;user=app;password=app',\n]]]];\n"
)


def test_a_zend_framework_1_application_beside_a_django_api(tmp_path: Path) -> None:
    files = {
        "api/setup.py": 'from setuptools import setup\n\nsetup(name="app-api", '
        'install_requires=["django>=4.2.0,<4.3", "psycopg[c]>=3.1.8,<3.3"])\n',
        "api/app_api/manage.py": 'import os\n\nos.environ.setdefault("DJANGO_SETTINGS_MODULE", '
        '"app_api.settings")\n',
        "api/app_api/wsgi.py": "from django.core.wsgi import get_wsgi_application\n\n"
        "application = get_wsgi_application()\n",
        "legacy/composer.json": _COMPOSER,
        "legacy/composer.lock": _LOCK,
        "legacy/public/index.php": "<?php\n\nrequire_once __DIR__ . '/../application/boot.php';\n",
        "legacy/application/boot.php": _BOOT,
        "legacy/application/Bootstrap.php": _BOOTSTRAP,
        "legacy/application/configs/app-conf.php": _CONF,
        "legacy/tests/phpunit.xml": "<phpunit></phpunit>\n",
    }
    found = by_folder(write(tmp_path, files))
    legacy = found["legacy"]
    assert first(legacy, K.FRAMEWORK) == ("Zend Framework", "1.15.5")
    assert first(legacy, K.ORM)[0] == "Propel"
    assert first(legacy, K.DATABASE)[0] == "PostgreSQL"
    assert first(legacy, K.TEST)[0] == "PHPUnit"
    assert "api" in found
