"""Laravel: the exception handler's ModelNotFoundException import is no use of Eloquent (set
420, #19).

A Laravel gateway takes results from other programs, checks their tokens, encrypts them and
queues them on a message broker: its `config/database.php` keeps only Redis settings (metrics
storage, cache) and its env template sets no `DB_` variable. Its only Eloquent import is the
exception handler's `ModelNotFoundException` (the skeleton of Laravel 5 to 7 imported it to keep
it out of the reports): no use of the layer, so what the framework lends (Eloquent, Laravel
migrations) is no finding of its data (`laravel_data`). With a model of its own, or an env
template configuring a database, the lent layer stays."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_REDIS_ONLY = (
    "<?php\n\nuse Illuminate\\Support\\Str;\n\nreturn [\n    'redis' => [\n"
    "        'client' => env('REDIS_CLIENT', 'predis'),\n"
    "        'options' => ['prefix' => Str::slug(env('APP_NAME', 'laravel'), '_')],\n"
    "        'default' => ['host' => env('REDIS_HOST', '127.0.0.1'), 'port' => 6379],\n"
    "    ],\n];\n"
)

_HANDLER = (
    "<?php\n\nnamespace App\\Exceptions;\n\n"
    "use Illuminate\\Database\\Eloquent\\ModelNotFoundException;\n"
    "use Illuminate\\Foundation\\Exceptions\\Handler as ExceptionHandler;\n\n"
    "class Handler extends ExceptionHandler\n{\n"
    "    protected $dontReport = [ModelNotFoundException::class];\n}\n"
)


def _gateway(database: str, extra: dict[str, str] | None = None) -> dict[str, str]:
    return {
        "composer.json": '{\n    "require": {\n        "laravel/framework": "^10.10",\n'
        '        "predis/predis": "^2.0",\n        "php-amqplib/php-amqplib": "^3.5"\n'
        "    }\n}\n",
        "artisan": "#!/usr/bin/env php\n<?php\n",
        "bootstrap/app.php": "<?php\n\n$app = new Illuminate\\Foundation\\Application(\n"
        "    $_ENV['APP_BASE_PATH'] ?? dirname(__DIR__)\n);\n\nreturn $app;\n",
        "routes/api.php": "<?php\n\nuse Illuminate\\Support\\Facades\\Route;\n\n"
        "Route::post('/v1/results', [App\\Http\\Controllers\\ResultController::class, 'store']);\n",
        "app/Http/Controllers/ResultController.php": "<?php\n\nnamespace App\\Http\\Controllers;"
        "\n\nclass ResultController extends Controller\n{\n    public function store()\n    {\n"
        "        return response()->noContent(202);\n    }\n}\n",
        "app/Exceptions/Handler.php": _HANDLER,
        ".env.template": "APP_NAME=gateway\nREDIS_HOST=redis\nRABBITMQ_HOST=rabbitmq\n",
        "config/database.php": database,
        **(extra or {}),
    }


def test_handler_import_alone_keeps_no_data(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _gateway(_REDIS_ONLY)))["."]
    assert first(found, K.ORM) == ("", "")


def test_an_env_template_configuring_a_database_keeps_the_lent_layer(tmp_path: Path) -> None:
    env = {".env.template": "APP_NAME=gateway\nDB_CONNECTION=mysql\nDB_HOST=mysql\n"}
    found = by_folder(write(tmp_path, _gateway(_REDIS_ONLY, env)))["."]
    assert first(found, K.ORM)[0] == "Eloquent"


def test_a_model_of_its_own_keeps_the_lent_layer(tmp_path: Path) -> None:
    model = {
        "app/Models/Result.php": "<?php\n\nnamespace App\\Models;\n\n"
        "use Illuminate\\Database\\Eloquent\\Model;\n\nclass Result extends Model\n{\n}\n"
    }
    found = by_folder(write(tmp_path, _gateway(_REDIS_ONLY, model)))["."]
    assert first(found, K.ORM)[0] == "Eloquent"
