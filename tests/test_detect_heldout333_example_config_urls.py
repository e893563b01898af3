"""Go: the database URL of the settings file a program ships names its engine (set 333, #19).

One Go module of several servers opens its stores with pgx or MySQL's driver as the URL's
scheme says; both drivers are compiled in, so they tied and the engine's name decided. The
example settings files each server ships (`exampleconfig/config.yml`: `db:` / `policy_db:` /
`url: postgres://…`) name the engine it runs on: the program's own default (`Scope.CHOSEN`),
above drivers that are merely available."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_GO_MOD = (
    "module example.com/acme/scaler\n\ngo 1.22\n\nrequire (\n"
    "\tgithub.com/go-sql-driver/mysql v1.8.1\n"
    "\tgithub.com/gorilla/mux v1.8.1\n"
    "\tgithub.com/jackc/pgx/v5 v5.7.2\n"
    "\tgithub.com/jmoiron/sqlx v1.4.0\n)\n"
)

_MAIN = (
    'package main\n\nimport (\n\t"github.com/gorilla/mux"\n)\n\n'
    "func main() {\n\tr := mux.NewRouter()\n\t_ = r\n}\n"
)

_STORE = (
    'package sqldb\n\nimport (\n\t"github.com/jmoiron/sqlx"\n'
    '\t_ "github.com/go-sql-driver/mysql"\n\t_ "github.com/jackc/pgx/v5/stdlib"\n)\n\n'
    "func Open(driver, dsn string) (*sqlx.DB, error) {\n\treturn sqlx.Open(driver, dsn)\n}\n"
)


def _config(scheme: str) -> str:
    return (
        "server:\n  port: 8080\n"
        "db:\n"
        "  binding_db:\n"
        f"    url: {scheme}://user:secret@localhost/app\n"
        "    max_open_connections: 10\n"
        "\n"
        "  policy_db:\n"
        f'    url: "{scheme}://user:secret@localhost/app"\n'
    )


def _module(config: str, where: str = "api/exampleconfig/config.yml") -> dict[str, str]:
    return {
        "go.mod": _GO_MOD,
        "api/main.go": _MAIN,
        "db/sqldb/store.go": _STORE,
        where: config,
    }


def test_the_example_settings_url_names_the_engine(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _module(_config("postgres"))))
    assert first(found["."], K.DATABASE)[0] == "PostgreSQL"


def test_a_mysql_url_there_names_mysql(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _module(_config("mysql"))))
    assert first(found["."], K.DATABASE)[0] == "MySQL"


def test_a_test_settings_file_does_not_choose(tmp_path: Path) -> None:
    # Counter-case: the same file among a package's test data is the tests' setting.
    files = _module(_config("postgres"), where="api/config/testdata/config.yml")
    found = by_folder(write(tmp_path, files))
    assert first(found["."], K.DATABASE)[0] == "MySQL"


def test_a_url_outside_the_database_section_does_not_choose(tmp_path: Path) -> None:
    # Counter-case: a URL under another section (an event store's, a cache's) is not the
    # database section's.
    config = "events:\n  url: postgres://user:secret@localhost/events\n"
    found = by_folder(write(tmp_path, _module(config)))
    assert first(found["."], K.DATABASE)[0] == "MySQL"
