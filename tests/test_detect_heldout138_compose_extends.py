"""A Compose file whose services extend the application's service from a base file
(benchmarks/detect_heldout138.yaml, #19): `docker-compose.yml` runs `extends: {file:
docker-compose.base.yml, service: app-base}`, and the base service's environment sets the
database URL (`DATABASE_URL: sqlite:////app-db/db.sqlite3`). Compose merges that environment
into the service the main file runs, so the engine is the deployment's (`Scope.DEPLOYED`),
above a server's driver the requirements merely carry (psycopg2 for an operator's own
DATABASE_URL). A base file no main file extends keeps ranking as a variant's."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_SETTINGS = (
    "import os\n\nimport dj_database_url\n\n"
    "BASE_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))\n\n"
    "INSTALLED_APPS = ['django.contrib.admin', 'rest_framework', 'app']\n\n"
    "DATABASES = {\n"
    "    'default': dj_database_url.config(default='sqlite:////{}'.format("
    "os.path.join(BASE_DIR, 'db.sqlite3'))),\n}\n"
)
_MANAGE = (
    "import os\nimport sys\n\nif __name__ == '__main__':\n"
    "    os.environ.setdefault('DJANGO_SETTINGS_MODULE', 'app.settings')\n"
    "    from django.core.management import execute_from_command_line\n"
    "    execute_from_command_line(sys.argv)\n"
)
_MAIN = (
    "services:\n  app:\n    extends:\n      service: app-base\n"
    "      file: docker-compose.base.yml\n    depends_on:\n      - redis\n"
    "  redis:\n    image: redis\n"
)
_BASE = (
    "services:\n  app-common:\n    image: example/app\n"
    "  app-base:\n    extends:\n      service: app-common\n    ports:\n      - \"8000:80\"\n"
    "    environment:\n      DATABASE_URL: \"sqlite:////app-db/db.sqlite3\"\n"
    "      REDIS_HOST: \"redis\"\n    volumes:\n      - app-db:/app-db\n"
)


def _files(main: str) -> dict[str, str]:
    files = {
        "src/requirements.txt": (
            "Django==3.0.2\ndjangorestframework==3.11.0\ndj-database-url==0.5.0\n"
            "psycopg2-binary==2.9.3\n"
        ),
        "src/manage.py": _MANAGE,
        "src/app/settings.py": _SETTINGS,
        "src/app/wsgi.py": (
            "from django.core.wsgi import get_wsgi_application\n\n"
            "application = get_wsgi_application()\n"
        ),
        "docker-compose.base.yml": _BASE,
    }
    if main:
        files["docker-compose.yml"] = main
    return files


def test_extended_base_service_sets_the_deployed_engine(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _files(_MAIN)))["src"]
    assert first(backend, K.FRAMEWORK)[0] == "Django"
    assert first(backend, K.DATABASE)[0] == "SQLite"
    assert first(backend, K.ORM)[0] == "Django ORM"


def test_base_file_nothing_extends_stays_a_variant(tmp_path: Path) -> None:
    """Counter-case: the main file runs its own service (no `extends:`), so the base file's
    URL is a variant's and the driver decides, as before."""
    main = "services:\n  app:\n    image: example/app\n  redis:\n    image: redis\n"
    backend = by_folder(write(tmp_path, _files(main)))["src"]
    assert first(backend, K.DATABASE)[0] == "PostgreSQL"
