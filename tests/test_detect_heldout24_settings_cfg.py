"""A Django project whose requirements/ sits at the root while manage.py, flake8's setup.cfg
and a package.json building the site's assets sit one folder down (held-out set 54, #19): the
backend is the root's, the folder holding the requirements."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K


def test_settings_only_setup_cfg_beside_an_asset_package_joins_the_root(tmp_path: Path) -> None:
    files = {
        "requirements/base.txt": "django==4.2.11\npsycopg2==2.9.9\n",
        "requirements/production.txt": "-r base.txt\ngunicorn==22.0.0\n",
        "site/manage.py": (
            "import os\n\nos.environ.setdefault('DJANGO_SETTINGS_MODULE', 'config.settings')\n"
        ),
        "site/config/wsgi.py": "from django.core.wsgi import get_wsgi_application\n",
        "site/config/settings.py": (
            "DATABASES = {'default': {'ENGINE': 'django.db.backends.postgresql'}}\n"
        ),
        "site/setup.cfg": "[flake8]\nmax-line-length = 119\n\n[pydocstyle]\nadd_ignore = D407\n",
        "site/package.json": (
            '{\n  "name": "site",\n  "private": true,\n  "scripts": {"build": "gulp build"},\n'
            '  "devDependencies": {"gulp": "^4.0.2", "sass": "^1.69.0"}\n}\n'
        ),
        "site/gulpfile.mjs": "import gulp from 'gulp';\nexport default gulp.series();\n",
    }
    backends = by_folder(write(tmp_path, files))
    assert list(backends) == ["."]
    assert first(backends["."], K.FRAMEWORK)[0] == "Django"
