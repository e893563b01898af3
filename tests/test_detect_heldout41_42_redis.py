"""A Laravel application that keeps its data in Redis (held-out set 42's webhook.site,
benchmarks/detect_heldout42.yaml), as a small fixture of the real files' shape (#19): store
classes on the `Redis` facade, no model, migrations left from before, and the connection
setting naming SQLite in the skeleton's settings and the Compose file."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_COMPOSER = (
    '{\n    "require": {\n        "laravel/framework": "5.4.*",\n'
    '        "predis/predis": "^1.1"\n    }\n}\n'
)
_STORE = (
    "<?php\n\nnamespace App\\Storage\\Redis;\n\nuse Illuminate\\Support\\Facades\\Redis;\n\n"
    "class TokenStore implements \\App\\Storage\\TokenStore\n{\n"
    "    public function __construct()\n    {\n"
    "        $this->redis = Redis::connection(config('database.redis.connection'));\n"
    "    }\n}\n"
)
_HANDLER = (
    "<?php\n\nnamespace App\\Exceptions;\n\n"
    "use Illuminate\\Database\\Eloquent\\ModelNotFoundException;\n\n"
    "class Handler extends ExceptionHandler\n{\n"
    "    protected $dontReport = [ModelNotFoundException::class];\n}\n"
)
_MODEL = (
    "<?php\n\nnamespace App;\n\nuse Illuminate\\Database\\Eloquent\\Model;\n\n"
    "class Token extends Model\n{\n}\n"
)


def _files() -> dict[str, str]:
    return {
        "composer.json": _COMPOSER,
        "artisan": "#!/usr/bin/env php\n<?php\n",
        "config/database.php": "<?php\n\nreturn [\n"
        "    'default' => env('DB_CONNECTION', 'sqlite'),\n];\n",
        "app/Storage/Redis/TokenStore.php": _STORE,
        "app/Exceptions/Handler.php": _HANDLER,
        "database/migrations/2016_03_20_104936_create_basic_tables.php": "<?php\n\n"
        "use Illuminate\\Database\\Migrations\\Migration;\n\nclass CreateBasicTables extends "
        "Migration\n{\n}\n",
        ".env.example": "APP_ENV=local\nAPP_DEBUG=true\n\nREDIS_HOST=127.0.0.1\n"
        "CACHE_DRIVER=redis\n",
        "docker-compose.yml": "services:\n  webhook:\n    build:\n      context: ./\n"
        "    environment:\n      - DB_CONNECTION=sqlite\n      - REDIS_HOST=redis\n"
        "  redis:\n    image: redis:alpine\n",
    }


def test_laravel_store_classes_on_redis_with_no_model(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _files()))["."]
    assert first(found, K.DATABASE)[0] == "Redis"
    assert first(found, K.ORM) == ("", "")


@pytest.mark.parametrize(
    "extra",
    [
        # A model beside the stores: the application keeps data in its database too.
        {"app/Token.php": _MODEL},
        # A query through the `DB` facade.
        {"app/Http/Controllers/Stats.php": "<?php\n\nnamespace App\\Http\\Controllers;\n\n"
         "class Stats\n{\n    public function show()\n    {\n"
         "        return DB::table('hits')->count();\n    }\n}\n"},
    ],
)
def test_a_model_or_query_keeps_the_database(tmp_path: Path, extra: dict[str, str]) -> None:
    found = by_folder(write(tmp_path, {**_files(), **extra}))["."]
    assert first(found, K.DATABASE)[0] == "SQLite"
    assert first(found, K.ORM)[0] == "Eloquent"


def test_redis_outside_a_store_class_is_no_store(tmp_path: Path) -> None:
    # The facade in a controller (a counter, a lock) is no store of the application's data.
    files = _files()
    files["app/Http/Controllers/Hits.php"] = files.pop("app/Storage/Redis/TokenStore.php")
    found = by_folder(write(tmp_path, files))["."]
    assert first(found, K.DATABASE)[0] == "SQLite"
