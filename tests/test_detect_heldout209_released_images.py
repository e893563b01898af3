"""A data-less service in a folder of images that a production Compose file deploys is a
backend (set 209, #19).

A PHP application keeps its container images in `docker/`: the development Compose file there
(its app built from the root with `docker/Dockerfile`, a MariaDB beside it) and an image
classifier, `docker/scanner/`: a Flask app whose POST route classifies an uploaded image, with
its own Dockerfile and its own `docker-compose.prod.yaml` building it (`build: .`). The
application calls it. Shipped to production by a Compose file of its own folder
(`Unit.released`), it is a data-less computation service, not a helper an image runs beside a
development run (`nonservices.image_helper`); and the development Compose file's database,
which configures the application, is not handed down to it. Counter-case: without the
production Compose file it stays a helper."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_COMPOSER = (
    '{\n    "name": "acme/share",\n    "require": {\n        "php": ">=8.3",\n'
    '        "symfony/framework-bundle": "7.2.*",\n        "doctrine/orm": "3.3.*"\n    }\n}\n'
)

_APP = (
    "from flask import Flask, jsonify, request\n\napp = Flask(__name__)\n\n\n"
    '@app.route("/health", methods=["GET"])\ndef health():\n    return jsonify({"ok": True})\n\n\n'
    '@app.route("/scan", methods=["POST"])\ndef scan():\n'
    '    return jsonify({"size": len(request.data)})\n'
)

_DEV_COMPOSE = (
    "services:\n  app:\n    build:\n      context: ../\n      dockerfile: docker/Dockerfile\n"
    "    depends_on:\n      - db\n  db:\n    image: mariadb:10.11\n"
    "  scanner:\n    build:\n      context: ./scanner\n"
)


def _repository() -> dict[str, str]:
    return {
        "composer.json": _COMPOSER,
        "config/bundles.php": "<?php\n\nreturn [\n    Symfony\\Bundle\\FrameworkBundle\\"
        "FrameworkBundle::class => ['all' => true],\n];\n",
        "src/Kernel.php": "<?php\n\nnamespace App;\n\n"
        "use Symfony\\Bundle\\FrameworkBundle\\Kernel\\MicroKernelTrait;\n",
        "public/index.php": "<?php\n\nuse App\\Kernel;\n",
        ".env": "DATABASE_URL=mysql://app:app@localhost/app\n",
        "docker/Dockerfile": "FROM php:8.3-apache\nCOPY . /var/www\n",
        "docker/docker-compose.dev.yaml": _DEV_COMPOSE,
        "docker/scanner/requirements.txt": "flask==3.1.3\ngunicorn\n",
        "docker/scanner/app.py": _APP,
        "docker/scanner/Dockerfile": "FROM python:3.12-slim\nCOPY . /app\n"
        'CMD ["gunicorn", "app:app"]\n',
        "docker/scanner/docker-compose.prod.yaml": "services:\n  scanner:\n    build: .\n"
        "    restart: always\n",
    }


def test_a_released_image_service_is_a_backend(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _repository()))
    scanner = found["docker/scanner"]
    assert first(scanner, K.FRAMEWORK) == ("Flask", "==3.1.3")
    assert first(scanner, K.DATABASE) == ("", "")
    assert first(found["."], K.FRAMEWORK)[0] == "Symfony"


def test_without_its_production_compose_it_is_a_helper(tmp_path: Path) -> None:
    # Counter-case: an image's data-less server that nothing deploys to production.
    files = _repository()
    del files["docker/scanner/docker-compose.prod.yaml"]
    found = by_folder(write(tmp_path, files))
    assert "docker/scanner" not in found


def test_a_development_compose_deploys_nothing(tmp_path: Path) -> None:
    # Counter-case: a Compose file named for development in its folder is no release.
    files = _repository()
    files["docker/scanner/docker-compose.dev.yaml"] = files.pop(
        "docker/scanner/docker-compose.prod.yaml"
    )
    found = by_folder(write(tmp_path, files))
    assert "docker/scanner" not in found
