"""Generic gaps the thirty-fifth and thirty-sixth held-out sets showed in Go, Rust and PHP
(benchmarks/detect_heldout35.yaml, detect_heldout36.yaml), each as a small fixture of the real
files' shape (#19): a Go configuration field whose tag defaults the database URL to SQLite;
library crates a workspace's one binary reaches through another crate; the engine a Rust
program's shipped `default.toml` picks; a Slim application over a hand-written PDO class with
SQLite the settings array's default; a Laravel application that keeps no data at all."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import cargo, go_mod, write

from designer.model.stack import FindingKind as K


def _evidence(backend: object, name: str) -> list[str]:
    """The paths the findings called `name` cite."""
    return [
        e.path
        for f in backend.findings  # type: ignore[attr-defined]
        if f.name == name
        for e in f.evidence
    ]


# --- Go ------------------------------------------------------------------------------------------


def _forum(field: str) -> dict[str, str]:
    """A forum: Echo over ent, pgx and a pure-Go SQLite driver both compiled in, the
    configuration struct read by envconfig, a development Compose file running PostgreSQL."""
    return {
        "go.mod": go_mod(
            "entgo.io/ent v0.14.6",
            "github.com/labstack/echo/v4 v4.15.4",
            "github.com/jackc/pgx/v5 v5.9.2",
            "modernc.org/sqlite v1.46.1 // indirect",
        ),
        "cmd/server/main.go": (
            'package main\n\nimport "github.com/labstack/echo/v4"\n\nfunc main() {\n'
            '\te := echo.New()\n\te.Logger.Fatal(e.Start(":8000"))\n}\n'
        ),
        "internal/config/config.go": (
            "package config\n\ntype Config struct {\n"
            "\t// The database URL: `sqlite://` for SQLite, `postgres://` for PostgreSQL.\n"
            f"\t{field}\n"
            '\tListenAddr string `default:"0.0.0.0:8000" envconfig:"LISTEN_ADDR"`\n}\n'
        ),
        "internal/db/db.go": (
            'package db\n\nimport (\n\t"database/sql"\n\n\t_ "github.com/jackc/pgx/v5/stdlib"\n'
            ')\n\nfunc Open(url string) (*sql.DB, error) { return sql.Open("pgx", url) }\n'
        ),
        "docker-compose.yml": (
            "services:\n  postgres:\n    image: postgres:18-alpine\n"
            "    environment:\n      POSTGRES_PASSWORD: default\n"
        ),
    }


def test_a_tag_defaulting_the_database_url_to_sqlite_is_the_engine(tmp_path: Path) -> None:
    field = (
        'DatabaseURL string `default:"sqlite://data/data.db?_pragma=foreign_keys(1)" '
        'envconfig:"DATABASE_URL"`'
    )
    backend = by_folder(write(tmp_path, _forum(field)))["."]
    assert first(backend, K.FRAMEWORK) == ("Echo", "v4.15.4")
    assert first(backend, K.DATABASE)[0] == "SQLite"
    assert "internal/config/config.go" in _evidence(backend, "SQLite")


def test_a_database_url_without_a_default_leaves_the_compose_engine(tmp_path: Path) -> None:
    """The other side: the same field with no default in its tag chooses nothing; the
    Compose file's PostgreSQL (and its driver) stays the engine."""
    field = 'DatabaseURL string `envconfig:"DATABASE_URL"`'
    backend = by_folder(write(tmp_path, _forum(field)))["."]
    assert first(backend, K.DATABASE)[0] == "PostgreSQL"


# --- Rust ----------------------------------------------------------------------------------------


def _crate(name: str, *deps: str) -> str:
    return cargo(*deps).replace('name = "app"', f'name = "{name}"')


def _player(program_uses: str) -> dict[str, str]:
    """A 5-crate workspace: `player` is the one binary, over `player-api`, which gathers the
    HTTP router (`player-api-http`) and the gRPC server (`player-api-grpc`, serving through
    axum): libraries with no main of their own."""
    return {
        "Cargo.toml": (
            '[workspace]\nmembers = ["player", "player-api", "player-api-http", '
            '"player-api-grpc", "player-core"]\nresolver = "2"\n\n[workspace.dependencies]\n'
            'axum = { version = "=0.8.9", features = ["ws"] }\n'
        ),
        "player/Cargo.toml": _crate(
            "player", "axum.workspace = true", 'tokio = { version = "1" }', program_uses
        ),
        "player/src/main.rs": (
            "mod server;\n\n#[tokio::main]\nasync fn main() {\n    server::run().await;\n}\n"
        ),
        "player/src/server.rs": (
            "pub async fn run() {\n"
            '    let listener = tokio::net::TcpListener::bind("0.0.0.0:8080").await.unwrap();\n'
            "    let server = axum::serve(listener, player_api::router());\n"
            "    server.await.unwrap();\n}\n"
        ),
        "player-api/Cargo.toml": _crate(
            "player-api",
            'player-api-http = { path = "../player-api-http" }',
            'player-api-grpc = { path = "../player-api-grpc" }',
        ),
        "player-api/src/lib.rs": "pub use player_api_http::router;\n",
        "player-api-http/Cargo.toml": _crate(
            "player-api-http", "axum.workspace = true", 'player-core = { path = "../player-core" }'
        ),
        "player-api-http/src/lib.rs": (
            "use axum::{routing::get, Router};\n\n"
            "pub fn router() -> Router {\n"
            '    Router::new().route("/health", get(|| async { "ok" }))\n}\n'
        ),
        "player-api-grpc/Cargo.toml": _crate(
            "player-api-grpc", "axum.workspace = true", 'player-core = { path = "../player-core" }'
        ),
        "player-api-grpc/src/lib.rs": (
            "pub async fn serve(listener: tokio::net::TcpListener, app: axum::Router) {\n"
            "    axum::serve(listener, app).await.unwrap();\n}\n"
        ),
        "player-core/Cargo.toml": _crate("player-core", 'serde = "1"'),
        "player-core/src/lib.rs": "pub struct Room;\n",
    }


def test_library_crates_the_binary_reaches_through_another_crate_are_its(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _player('player-api = { path = "../player-api" }')))
    assert sorted(found) == ["player"]
    assert first(found["player"], K.FRAMEWORK)[0] == "Axum"


def test_library_crates_no_binary_reaches_are_left_alone(tmp_path: Path) -> None:
    """The other side: where the binary does not depend on the crate gathering them, nothing
    says the libraries are its; they stay as found."""
    found = by_folder(write(tmp_path, _player('serde = "1"')))
    assert "player" in found
    assert "player-api-grpc" in found


def _pipeline(engine: str) -> dict[str, str]:
    """A stream processor: crates/pipeline is the program, on tokio-postgres and rusqlite
    alike; the shipped defaults (crates/pipeline-rpc/default.toml) pick the engine."""
    return {
        "Cargo.toml": (
            '[workspace]\nmembers = ["crates/pipeline", "crates/pipeline-rpc"]\n\n'
            '[workspace.dependencies]\ntokio-postgres = { version = "0.7" }\n'
            'rusqlite = "0.31"\n'
        ),
        "crates/pipeline/Cargo.toml": _crate(
            "pipeline",
            'axum = "0.7"',
            'tokio = { version = "1" }',
            "tokio-postgres = { workspace = true }",
            'rusqlite = {  workspace = true, features = ["backup"] }',
            'pipeline-rpc = { path = "../pipeline-rpc" }',
        ),
        "crates/pipeline/src/main.rs": (
            "#[tokio::main]\nasync fn main() {\n"
            '    let listener = tokio::net::TcpListener::bind("0.0.0.0:5115").await.unwrap();\n'
            "    axum::serve(listener, axum::Router::new()).await.unwrap();\n}\n"
        ),
        "crates/pipeline-rpc/Cargo.toml": _crate("pipeline-rpc", 'serde = "1"'),
        "crates/pipeline-rpc/src/lib.rs": (
            'pub const DEFAULT_CONFIG: &str = include_str!("../default.toml");\n'
        ),
        "crates/pipeline-rpc/default.toml": (
            '[api]\nhttp-port = 5115\n\n# other\n\n[database]\n'
            f'type = "{engine}"\n\n[database.postgres]\ndatabase-name = "pipeline"\n'
            'host = "localhost"\nport = 5432\n'
        ),
    }


def test_the_shipped_default_toml_picks_the_engine(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _pipeline("sqlite")))["crates/pipeline"]
    assert first(backend, K.FRAMEWORK)[0] == "Axum"
    assert first(backend, K.DATABASE)[0] == "SQLite"
    assert "crates/pipeline-rpc/default.toml" in _evidence(backend, "SQLite")


def test_the_shipped_default_toml_picking_postgres(tmp_path: Path) -> None:
    """The other side: the same section naming postgres makes PostgreSQL the engine, over the
    embedded SQLite (which would otherwise come first only as its driver's)."""
    backend = by_folder(write(tmp_path, _pipeline("postgres")))["crates/pipeline"]
    assert first(backend, K.DATABASE)[0] == "PostgreSQL"
    assert "crates/pipeline-rpc/default.toml" in _evidence(backend, "PostgreSQL")


# --- PHP -----------------------------------------------------------------------------------------


def _file_host(bootstrap_db: str) -> dict[str, str]:
    """A file-sharing host: Slim 4 routes, a hand-written `DB` class over PDO, the bootstrap's
    default settings merged under the operator's config.php."""
    return {
        "composer.json": (
            '{\n  "name": "sergix44/host",\n  "type": "project",\n  "require": {\n'
            '    "php": ">=7.1",\n    "slim/slim": "^4.0",\n    "php-di/slim-bridge": "^3.0"\n'
            '  },\n  "require-dev": {\n    "phpunit/phpunit": "7.5"\n  }\n}\n'
        ),
        "index.php": "<?php\n\n$app = require_once __DIR__.'/bootstrap/app.php';\n$app->run();\n",
        "bootstrap/app.php": (
            "<?php\n\nuse App\\Database\\DB;\nuse Slim\\Factory\\AppFactory;\n\n"
            "$config = array_replace_recursive([\n    'app_name' => 'Host',\n"
            f"{bootstrap_db}"
            "    'storage' => [\n        'driver' => 'local',\n    ],\n], require 'config.php');\n"
            "$app = AppFactory::create();\n"
        ),
        "app/Database/DB.php": (
            "<?php\n\nnamespace App\\Database;\n\nuse PDO;\n\nclass DB\n{\n"
            "    public function __construct(string $dsn, string $username = null)\n    {\n"
            "        $this->pdo = new PDO($dsn, $username);\n    }\n\n"
            "    public function query(string $query, $parameters = [])\n    {\n"
            "        $query = $this->pdo->prepare($query);\n        $query->execute();\n"
            "        return $query;\n    }\n}\n"
        ),
    }


def test_a_hand_written_pdo_class_on_the_settings_default_sqlite(tmp_path: Path) -> None:
    db = (
        "    'db' => [\n        'connection' => 'sqlite',\n"
        "        'dsn' => BASE_DIR.implode(DIRECTORY_SEPARATOR, ['resources', 'app.db']),\n"
        "        'username' => null,\n    ],\n"
    )
    backend = by_folder(write(tmp_path, _file_host(db)))["."]
    assert first(backend, K.FRAMEWORK)[0] == "Slim"
    assert first(backend, K.QUERY)[0] == "PDO"
    assert "app/Database/DB.php" in _evidence(backend, "PDO")
    assert first(backend, K.DATABASE)[0] == "SQLite"
    assert "bootstrap/app.php" in _evidence(backend, "SQLite")


def test_a_connection_outside_the_database_section_names_no_engine(tmp_path: Path) -> None:
    """The other side: a `connection` key of another section (a queue's) is not the
    database's; PDO stays the data layer, with no engine named."""
    queue = "    'queue' => [\n        'connection' => 'sqlite',\n    ],\n"
    backend = by_folder(write(tmp_path, _file_host(queue)))["."]
    assert first(backend, K.QUERY)[0] == "PDO"
    assert not [f for f in backend.findings if f.kind is K.DATABASE]


def _importer(extra: dict[str, str]) -> dict[str, str]:
    """An importer: Laravel calling another service's API, the skeleton's User model, its
    config/app.php alias of `Model` and its config/database.php left as shipped."""
    return {
        "composer.json": (
            '{\n  "name": "firefly-iii/importer",\n  "type": "project",\n  "require": {\n'
            '    "php": ">=8.5",\n    "laravel/framework": "^13"\n  },\n'
            '  "require-dev": {\n    "phpunit/phpunit": "^13"\n  }\n}\n'
        ),
        "bootstrap/app.php": (
            "<?php\n\nuse Illuminate\\Foundation\\Application;\n\n"
            "return Application::configure(basePath: dirname(__DIR__))->create();\n"
        ),
        "app/User.php": (
            "<?php\n\nnamespace App;\n\nuse Illuminate\\Foundation\\Auth\\User as Authenticatable;"
            "\n\nfinal class User extends Authenticatable\n{\n}\n"
        ),
        "config/app.php": (
            "<?php\n\nuse Illuminate\\Database\\Eloquent\\Model;\n\n"
            "return [\n    'aliases' => [\n        'Eloquent' => Model::class,\n    ],\n];\n"
        ),
        "config/database.php": (
            "<?php\n\nreturn [\n    'default'     => env('DB_CONNECTION', 'mysql'),\n"
            "    'connections' => [],\n];\n"
        ),
        ".env.example": "CACHE_DRIVER=file\nQUEUE_CONNECTION=sync\nSESSION_DRIVER=file\n",
        **extra,
    }


def test_a_laravel_app_whose_code_never_uses_a_database_has_none(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _importer({})))["."]
    assert first(backend, K.FRAMEWORK)[0] == "Laravel"
    assert not [
        f for f in backend.findings if f.kind in (K.ORM, K.QUERY, K.MIGRATIONS, K.DATABASE)
    ]


def test_a_laravel_migration_keeps_eloquent_and_the_default_engine(tmp_path: Path) -> None:
    """The other side: one migration in the application's code is a use: Eloquent, its
    migrations and the default connection's MySQL stay."""
    migration = {
        "database/migrations/2024_01_01_000000_create_jobs_table.php": (
            "<?php\n\nuse Illuminate\\Database\\Migrations\\Migration;\n"
            "use Illuminate\\Database\\Schema\\Blueprint;\n"
            "use Illuminate\\Support\\Facades\\Schema;\n\n"
            "return new class extends Migration\n{\n    public function up(): void\n    {\n"
            "        Schema::create('jobs', function (Blueprint $table) {\n"
            "            $table->id();\n        });\n    }\n};\n"
        )
    }
    backend = by_folder(write(tmp_path, _importer(migration)))["."]
    assert first(backend, K.ORM)[0] == "Eloquent"
    assert first(backend, K.MIGRATIONS)[0] == "Laravel migrations"
    assert first(backend, K.DATABASE)[0] == "MySQL"


def _deep_controllers() -> dict[str, str]:
    """Thirty controllers, shallower than the models: more files than the walk reads of the
    project, so a model under app/Models is only found on disk."""
    return {
        f"app/Http/Controllers/Controller{i:02d}.php": (
            f"<?php\n\nnamespace App\\Http\\Controllers;\n\nclass Controller{i:02d}\n{{\n}}\n"
        )
        for i in range(30)
    }


def test_an_eloquent_model_past_the_walks_quota_keeps_eloquent(tmp_path: Path) -> None:
    """The other side, deep in a larger tree: a model the walk did not read is a use."""
    model = {
        "app/Models/Deep/Account.php": (
            "<?php\n\nnamespace App\\Models\\Deep;\n\n"
            "use Illuminate\\Database\\Eloquent\\Model;\n\nclass Account extends Model\n{\n}\n"
        )
    }
    backend = by_folder(write(tmp_path, _importer({**_deep_controllers(), **model})))["."]
    assert first(backend, K.ORM)[0] == "Eloquent"
    assert first(backend, K.DATABASE)[0] == "MySQL"


def test_a_plain_class_under_app_models_is_no_use(tmp_path: Path) -> None:
    """An `app/Models` class that is no Eloquent model (an import job's state, kept in the
    session) does not make the application keep data."""
    plain = {
        "app/Models/Deep/ImportJob.php": (
            "<?php\n\nnamespace App\\Models\\Deep;\n\n"
            "use Illuminate\\Contracts\\Support\\Arrayable;\n\n"
            "final class ImportJob implements Arrayable\n{\n}\n"
        )
    }
    backend = by_folder(write(tmp_path, _importer({**_deep_controllers(), **plain})))["."]
    assert not [f for f in backend.findings if f.kind in (K.ORM, K.DATABASE)]


def test_a_laravel_app_whose_env_example_sets_a_database_keeps_it(tmp_path: Path) -> None:
    """The other side: an env example setting `DB_CONNECTION` configures a database, used
    or not in the code the walk sees; so does no env example at all say nothing against it."""
    files = _importer({".env.example": "SESSION_DRIVER=file\nDB_CONNECTION=mysql\n"})
    backend = by_folder(write(tmp_path / "configured", files))["."]
    assert first(backend, K.ORM)[0] == "Eloquent"
    assert first(backend, K.DATABASE)[0] == "MySQL"
    files.pop(".env.example")
    backend = by_folder(write(tmp_path / "silent", files))["."]
    assert first(backend, K.ORM)[0] == "Eloquent"
    assert first(backend, K.DATABASE)[0] == "MySQL"
