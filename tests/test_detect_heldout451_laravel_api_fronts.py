"""A gap the 451st held-out set showed (benchmarks/detect_heldout451.yaml), as a small fixture
of the real files' shape (#19): a Laravel front whose Blade pages call the product's Node
services over HTTP (their addresses in the env example: `API_URL=`, `API_URL_FEEDS=`), with no
database setting at all, keeping the skeleton's User model and migrations: a UI, no backend.
The same application with an env example configuring a database, or naming no service API,
stays one."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder
from test_detect_projects import write

_DATABASE = (
    "<?php\n\nreturn [\n    'default' => env('DB_CONNECTION', 'mysql'),\n"
    "    'connections' => [\n        'mysql' => [\n            'driver' => 'mysql',\n"
    "            'host' => env('DB_HOST', '127.0.0.1'),\n        ],\n    ],\n];\n"
)

_USER = (
    "<?php\n\nnamespace App\\Models;\n\nuse Illuminate\\Foundation\\Auth\\User as Authenticatable;"
    "\n\nclass User extends Authenticatable\n{\n    protected $fillable = ['name', 'email'];\n}\n"
)

_MIGRATION = (
    "<?php\n\nuse Illuminate\\Database\\Migrations\\Migration;\n"
    "use Illuminate\\Database\\Schema\\Blueprint;\nuse Illuminate\\Support\\Facades\\Schema;\n\n"
    "class CreateUsersTable extends Migration\n{\n    public function up()\n    {\n"
    "        Schema::create('users', function (Blueprint $table) {\n"
    "            $table->bigIncrements('id');\n        });\n    }\n}\n"
)

_CONTROLLER = (
    "<?php\n\nnamespace Modules\\Feeds\\Http\\Controllers;\n\nuse GuzzleHttp\\Client;\n"
    "use Illuminate\\Routing\\Controller;\n\nclass FeedsController extends Controller\n{\n"
    "    public function index()\n    {\n        $client = new Client();\n"
    "        $feeds = $client->get(env('API_URL_FEEDS') . 'v1/feeds');\n"
    "        return view('feeds::index', ['feeds' => json_decode($feeds->getBody())]);\n"
    "    }\n}\n"
)

_ENV = (
    "APP_NAME=Suite\nAPP_URL=<<php domain>>\nAPI_URL=<<USER NODE SERVICE>>\n"
    "API_URL_FEEDS=<<FEEDS NODE SERVICE>>\n\nCACHE_DRIVER=file\nQUEUE_CONNECTION=sync\n"
    "SESSION_DRIVER=file\n"
)


def _front(env: str) -> dict[str, str]:
    return {
        "web/composer.json": '{\n    "require": {\n        "laravel/framework": "^8.12",\n'
        '        "guzzlehttp/guzzle": "^7.0.1",\n        "nwidart/laravel-modules": "^8.2"\n'
        "    }\n}\n",
        "web/artisan": "#!/usr/bin/env php\n<?php\n",
        "web/bootstrap/app.php": "<?php\n\n$app = new Illuminate\\Foundation\\Application(\n"
        "    $_ENV['APP_BASE_PATH'] ?? dirname(__DIR__)\n);\n\nreturn $app;\n",
        "web/config/database.php": _DATABASE,
        "web/app/Models/User.php": _USER,
        "web/database/migrations/2021_02_12_074344_create_users_table.php": _MIGRATION,
        "web/routes/web.php": "<?php\n\nuse Illuminate\\Support\\Facades\\Route;\n\n"
        "Route::get('/', function () {\n    return redirect('/login');\n});\n",
        "web/Modules/Feeds/Http/Controllers/FeedsController.php": _CONTROLLER,
        "web/Modules/Feeds/Resources/views/index.blade.php": "<ul>@foreach($feeds as $f)"
        "<li>{{ $f->title }}</li>@endforeach</ul>\n",
        "web/example.env": env,
    }


def test_a_front_over_the_services_apis_with_no_database_is_no_backend(tmp_path: Path) -> None:
    assert "web" not in by_folder(write(tmp_path, _front(_ENV)))


def test_an_env_example_configuring_a_database_keeps_the_backend(tmp_path: Path) -> None:
    env = _ENV + "DB_CONNECTION=mysql\nDB_HOST=127.0.0.1\nDB_DATABASE=suite\n"
    assert "web" in by_folder(write(tmp_path, _front(env)))


def test_an_env_example_naming_no_service_api_keeps_the_backend(tmp_path: Path) -> None:
    env = "APP_NAME=Suite\nAPP_URL=http://localhost\nSESSION_DRIVER=file\n"
    assert "web" in by_folder(write(tmp_path, _front(env)))
