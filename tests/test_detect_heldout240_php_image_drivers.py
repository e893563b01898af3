"""PHP: the engine whose extension alone a Laravel app's image installs (set 240, #19).

A Laravel application keeps its skeleton's MySQL untouched (the env example's
`DB_CONNECTION=mysql`, config/database.php's `env('DB_CONNECTION', 'mysql')`), while the web
image its repository builds installs `php8.1-pgsql` and no MySQL extension: PHP there cannot
reach MySQL, and the application runs on PostgreSQL (`php_image_drivers`). Counter-cases: an
image installing MySQL's extension too, and a second PHP application in the repository (whose
image it may be), leave MySQL first."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_COMPOSER = (
    '{\n    "name": "acme/web",\n    "require": {\n        "php": "^8.1",\n'
    '        "laravel/framework": "^10.10"\n    }\n}\n'
)

_DOCKERFILE = (
    "FROM ubuntu:22.04\n\nRUN apt-get update -y && \\\n  apt-get install -y git \\\n"
    "  libapache2-mod-php8.1 \\\n  php8.1-pgsql \\\n  php8.1-mbstring php8.1-xml\n\n"
    "WORKDIR /var/www/html\n"
)


def _repo(dockerfile: str = _DOCKERFILE) -> dict[str, str]:
    return {
        "src/web/composer.json": _COMPOSER,
        "src/web/artisan": "#!/usr/bin/env php\n<?php\n",
        "src/web/bootstrap/app.php": "<?php\n\n$app = new Illuminate\\Foundation\\Application(\n"
        ");\n",
        "src/web/routes/web.php": "<?php\n\nuse Illuminate\\Support\\Facades\\Route;\n\n"
        "Route::get('/', fn () => view('home'));\n",
        "src/web/config/database.php": "<?php\n\nreturn [\n"
        "    'default' => env('DB_CONNECTION', 'mysql'),\n];\n",
        "src/web/.env.example": "APP_ENV=local\nDB_CONNECTION=mysql\nDB_PORT=3306\n",
        "src/container/web/Dockerfile": dockerfile,
    }


def test_the_images_only_extension_names_the_engine(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _repo()))
    assert first(found["src/web"], K.FRAMEWORK)[0] == "Laravel"
    assert first(found["src/web"], K.DATABASE)[0] == "PostgreSQL"


def test_an_image_with_both_extensions_leaves_mysql(tmp_path: Path) -> None:
    # Counter-case: the image can reach either engine.
    found = by_folder(write(tmp_path, _repo(_DOCKERFILE.replace("php8.1-pgsql", "php8.1-pgsql "
                                                                "php8.1-mysql"))))
    assert first(found["src/web"], K.DATABASE)[0] == "MySQL"


def test_a_second_php_application_leaves_mysql(tmp_path: Path) -> None:
    # Counter-case: the image may be the other application's.
    files = _repo()
    files["src/admin/composer.json"] = _COMPOSER.replace("acme/web", "acme/admin")
    files["src/admin/artisan"] = "#!/usr/bin/env php\n<?php\n"
    files["src/admin/bootstrap/app.php"] = files["src/web/bootstrap/app.php"]
    files["src/admin/routes/web.php"] = files["src/web/routes/web.php"]
    found = by_folder(write(tmp_path, files))
    assert first(found["src/web"], K.DATABASE)[0] == "MySQL"
