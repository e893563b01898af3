"""A gap the 445th held-out set showed (benchmarks/detect_heldout445.yaml), as a small fixture
of the real files' shape (#19): a repository rewritten from FuelPHP to Django keeps FuelPHP's
front controller (`public/index.php`) in the web root its React build still fills, while the
`fuel/` folder and any composer.json are gone. The file starts nothing: the root is no
backend, and the Django project in `app/` is the one. The same front controller beside its
application folder (`fuel/app`) stays a FuelPHP backend."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_INDEX = (
    "<?php\n/**\n * Fuel is a fast, lightweight, community driven PHP5 framework.\n */\n\n"
    "define('DOCROOT', __DIR__.DIRECTORY_SEPARATOR);\n"
    "define('APPPATH', realpath(__DIR__.'/../fuel/app/').DIRECTORY_SEPARATOR);\n"
    "define('PKGPATH', realpath(__DIR__.'/../fuel/packages/').DIRECTORY_SEPARATOR);\n"
    "define('COREPATH', realpath(__DIR__.'/../fuel/core/').DIRECTORY_SEPARATOR);\n\n"
    "require COREPATH.'classes'.DIRECTORY_SEPARATOR.'autoloader.php';\n"
    "$response = Request::forge()->execute()->response();\n"
)

_PACKAGE = (
    '{\n  "name": "courseware",\n  "private": true,\n'
    '  "scripts": {"build": "webpack --config webpack.prod.config.js"},\n'
    '  "dependencies": {"react": "^18.2.0", "react-dom": "^18.2.0"},\n'
    '  "devDependencies": {"webpack": "^5.90.0", "jest": "^29.7.0"}\n}\n'
)

_MANAGE = (
    "import os\nimport sys\n\nif __name__ == '__main__':\n"
    "    os.environ.setdefault('DJANGO_SETTINGS_MODULE', 'courseware.settings')\n"
    "    from django.core.management import execute_from_command_line\n"
    "    execute_from_command_line(sys.argv)\n"
)

_SETTINGS = (
    "DATABASES = {'default': {'ENGINE': 'django.db.backends.mysql', 'NAME': 'courseware'}}\n"
    "INSTALLED_APPS = ['django.contrib.auth', 'rest_framework', 'core']\n"
)

_MODELS = (
    "from django.db import models\n\n\nclass Widget(models.Model):\n"
    "    name = models.CharField(max_length=255)\n"
)

_CONTROLLER = (
    "<?php\n\nclass Controller_Welcome extends Controller\n{\n"
    "    public function action_index()\n    {\n"
    "        return Response::forge(View::forge('welcome/index'));\n    }\n}\n"
)


def _tree(kept: bool) -> dict[str, str]:
    files = {
        "package.json": _PACKAGE,
        "public/index.php": _INDEX,
        "src/index.js": "import React from 'react';\n",
        "app/requirements.txt": "Django==5.0.1\ndjangorestframework==3.15.2\nmysqlclient==2.2.6\n",
        "app/manage.py": _MANAGE,
        "app/courseware/__init__.py": "",
        "app/courseware/settings.py": _SETTINGS,
        "app/core/__init__.py": "",
        "app/core/models.py": _MODELS,
    }
    if kept:
        files["fuel/app/classes/controller/welcome.php"] = _CONTROLLER
    return files


def test_front_controller_without_its_application_is_no_backend(tmp_path: Path) -> None:
    write(tmp_path, _tree(kept=False))
    found = by_folder(tmp_path)
    assert "." not in found
    assert first(found["app"], K.FRAMEWORK)[0] == "Django"


def test_front_controller_beside_its_application_stays(tmp_path: Path) -> None:
    # The counter-case: the application folder the front controller defines is in the tree.
    write(tmp_path, _tree(kept=True))
    found = by_folder(tmp_path)
    assert first(found["."], K.FRAMEWORK)[0] == "FuelPHP"
