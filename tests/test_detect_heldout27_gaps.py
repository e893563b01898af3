"""Generic gaps the twenty-seventh held-out set showed (benchmarks/detect_heldout27.yaml), each
as a small fixture of the real files' shape (#19): GORM reached through a company library (only
`// indirect` in go.mod, `gorm:` tags on the models); Compose services built from the repository
root with their Dockerfile inside the project; laminas-db through a renamed fork; a library
folder whose only Dockerfile runs its tests; setup.cfg's pytest settings weighed as pyproject's."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_heldout25_gaps import _django_tests
from test_detect_projects import go_mod, write

from designer.model.stack import DetectedBackend
from designer.model.stack import FindingKind as K


def _data_layer(backend: DetectedBackend) -> str:
    """The data layer as a reader takes it: the first ORM or query library reported."""
    return next(
        (f.name for f in backend.findings if f.kind in (K.ORM, K.QUERY)), "none"
    )


# --- Go ------------------------------------------------------------------------------------------


def test_gorm_lent_by_a_company_library_shows_in_the_models_tags(tmp_path: Path) -> None:
    """horusec-platform analytic: the devkit module opens the database with GORM, which the
    service's go.mod lists only `// indirect`; its entities carry `gorm:` tags, a filter
    imports database/sql for `sql.NullString`, lib/pq is a direct requirement."""
    files = {
        "go.mod": go_mod(
            "github.com/company/devkit v1.0.21",
            "github.com/go-chi/chi v4.1.2+incompatible",
            "github.com/lib/pq v1.10.4",
            "gorm.io/gorm v1.22.4 // indirect",
        ),
        "cmd/app/main.go": (
            'package main\n\nimport "github.com/go-chi/chi"\n\n'
            "func main() {\n\tr := chi.NewRouter()\n\t_ = r\n}\n"
        ),
        "internal/entities/dashboard/by_author.go": (
            "package dashboard\n\ntype ByAuthor struct {\n"
            '\tAuthor string `json:"author" gorm:"Column:author"`\n}\n'
        ),
        "internal/entities/dashboard/filter.go": (
            'package dashboard\n\nimport "database/sql"\n\n'
            "type Filter struct {\n\tName sql.NullString\n}\n"
        ),
    }
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, K.FRAMEWORK)[0] == "Chi"
    assert _data_layer(backend) == "GORM"


def test_a_gorm_word_outside_a_struct_tag_is_no_data_layer(tmp_path: Path) -> None:
    """A comment or a string naming `gorm:"…"` is not a model tagged for GORM."""
    files = {
        "go.mod": go_mod("github.com/go-chi/chi/v5 v5.0.8", "github.com/lib/pq v1.10.4"),
        "main.go": (
            'package main\n\nimport (\n\t"database/sql"\n\t"github.com/go-chi/chi/v5"\n)\n\n'
            '// Tags such as gorm:"column:x" are not used here.\nvar hint = "gorm:\\"x\\""\n\n'
            "func main() {\n\t_ = chi.NewRouter()\n\t_, _ = sql.Open(\"postgres\", \"\")\n}\n"
        ),
    }
    backend = by_folder(write(tmp_path, files))["."]
    assert _data_layer(backend) == "database/sql"


# --- Python --------------------------------------------------------------------------------------


def test_setup_cfg_pytest_settings_without_pytest_leave_djangos_runner(tmp_path: Path) -> None:
    """setup.cfg's `[tool:pytest]` counts as much as pyproject's `[tool.pytest.ini_options]`
    (the twenty-fifth set's EvaP): settings kept for a runner the project does not install;
    its Django TestCases run under `manage.py test`."""
    files = _django_tests(
        {
            "pyproject.toml": '[project]\nname = "app"\ndependencies = ["Django~=6.0.2"]\n',
            "setup.cfg": "[tool:pytest]\nDJANGO_SETTINGS_MODULE = app.settings\n",
        }
    )
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, K.FRAMEWORK)[0] == "Django"
    assert first(backend, K.TEST)[0] == "unittest"


# --- PHP -----------------------------------------------------------------------------------------


def _composer(name: str, *requires: str) -> str:
    body = ",\n".join(f'    "{r}": "*"' for r in requires)
    return f'{{\n  "name": "{name}",\n  "require": {{\n{body}\n  }}\n}}\n'


def test_services_built_from_the_root_with_a_dockerfile_in_their_folder(tmp_path: Path) -> None:
    """opg-lpa: every image is built with the repository root as context (to copy shared/)
    and a Dockerfile under the service (`service-api/docker/app/Dockerfile`); only api-app
    depends on postgres. service-api runs laminas-db through a renamed fork of the package;
    shared/ is a library whose only Dockerfile runs its tests."""
    files = {
        "docker-compose.yml": (
            "services:\n"
            "  postgres:\n    image: postgres:14.18\n"
            "  api-app:\n    build:\n      context: ./\n"
            "      dockerfile: service-api/docker/app/Dockerfile\n"
            "    depends_on:\n      - postgres\n"
            "  front-app:\n    build:\n      context: ./\n"
            "      dockerfile: service-front/docker/app/Dockerfile\n"
            "    depends_on:\n      - api-app\n"
        ),
        "service-api/composer.json": _composer(
            "acme/api", "laminas/laminas-mvc", "acme/opg-laminas-db"
        ),
        "service-api/docker/app/Dockerfile": "FROM php:8.4-fpm\n",
        "service-api/public/index.php": (
            "<?php\nuse Laminas\\Mvc\\Application;\n\n"
            "Application::init(require 'config.php')->run();\n"
        ),
        "service-api/module/Application/src/UserData.php": (
            "<?php\nnamespace Application;\n\nuse Laminas\\Db\\Sql\\Select;\n"
        ),
        "service-front/composer.json": _composer("acme/front", "mezzio/mezzio"),
        "service-front/docker/app/Dockerfile": "FROM php:8.4-fpm\n",
        "service-front/public/index.php": (
            "<?php\n$app = $container->get(\\Mezzio\\Application::class);\n$app->run();\n"
        ),
        "shared/composer.json": _composer("acme/shared", "laminas/laminas-mvc"),
        "shared/docker/test-runner/Dockerfile": "FROM php:8.4-cli\n",
        "shared/module/Shared/src/Logger.php": "<?php\nnamespace Shared;\n",
    }
    found = by_folder(write(tmp_path, files))
    assert list(found) == ["service-api", "service-front"]
    api = found["service-api"]
    assert first(api, K.FRAMEWORK)[0] == "Laminas MVC"
    assert _data_layer(api) == "laminas-db"
    assert first(api, K.DATABASE) == ("PostgreSQL", "14.18")
    assert first(found["service-front"], K.DATABASE)[0] != "PostgreSQL"


def test_a_dockerfile_under_a_folder_holding_the_project(tmp_path: Path) -> None:
    """opg-digideps: the API's project is api/app, its image is built from the root with
    `./api/docker/app/Dockerfile`: api/ holds the project, the postgres it depends on is
    api/app's, not the Werkzeug service's built beside it."""
    files = {
        "docker-compose.yml": (
            "services:\n"
            "  api-app:\n    build:\n      context: .\n"
            "      dockerfile: ./api/docker/app/Dockerfile\n"
            "    depends_on:\n      - postgres\n"
            "  htmltopdf:\n    build:\n      context: .\n"
            "      dockerfile: ./htmltopdf/Dockerfile\n"
            "  postgres:\n    image: postgres:14.22\n"
        ),
        "api/docker/app/Dockerfile": "FROM php:8.4-fpm\n",
        "api/app/composer.json": _composer(
            "acme/api", "symfony/framework-bundle", "doctrine/orm"
        ),
        "api/app/src/Kernel.php": (
            "<?php\nnamespace App;\n\nuse Symfony\\Component\\HttpKernel\\Kernel as BaseKernel;\n\n"
            "class Kernel extends BaseKernel\n{\n}\n"
        ),
        "htmltopdf/Dockerfile": "FROM python:3.13-slim\n",
        "htmltopdf/requirements.txt": "werkzeug==3.1.8\n",
        "htmltopdf/app.py": (
            "from werkzeug.wrappers import Request, Response\n\n\n"
            "@Request.application\ndef application(request):\n    return Response('ok')\n"
        ),
    }
    found = by_folder(write(tmp_path, files))
    assert list(found) == ["api/app", "htmltopdf"]
    assert first(found["api/app"], K.DATABASE) == ("PostgreSQL", "14.22")
    assert first(found["htmltopdf"], K.DATABASE) == ("", "")
