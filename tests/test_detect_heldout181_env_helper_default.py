"""Node: the engine a settings file's `env(…)` helper defaults to (set 181, #19).

A Strapi application declares drivers for two engines (`better-sqlite3` and `tedious`) and its
config/database.ts reads the client with Strapi's `env` helper and a default,
`env('DATABASE_CLIENT', 'sqlite')`: unset, as shipped, it runs on SQLite, the program's own
explicit default, above drivers that tie (`defaults.env_helper_default_rules`). An env example
naming another client still outranks the default; a method named `env` or a key naming no engine
setting is no such default."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_DATABASE = (
    "export default ({ env }) => {\n"
    "  const client = env('DATABASE_CLIENT', 'sqlite');\n\n"
    "  const connections = {\n"
    "    sqlite: {\n"
    "      connection: { filename: env('DATABASE_FILENAME', '.tmp/data.db') },\n"
    "      useNullAsDefault: true,\n"
    "    },\n"
    "  };\n\n"
    "  return { connection: { client, ...connections[client] } };\n"
    "};\n"
)


def _cms(database: str = _DATABASE) -> dict[str, str]:
    return {
        "package.json": '{\n  "name": "cms",\n  "scripts": {\n    "start": "strapi start"\n'
        '  },\n  "dependencies": {\n    "@strapi/strapi": "^5.6.0",\n'
        '    "better-sqlite3": "^12.0.0",\n    "tedious": "^19.0.0"\n  }\n}\n',
        "config/database.ts": database,
        "config/server.ts": "export default ({ env }) => ({\n"
        "  host: env('HOST', '0.0.0.0'),\n  port: env.int('PORT', 1337),\n});\n",
        "tsconfig.json": '{\n  "compilerOptions": {"outDir": "dist"}\n}\n',
    }


def test_the_env_helpers_default_client_is_the_engine(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _cms()))
    assert first(found["."], K.FRAMEWORK)[0] == "Strapi"
    assert first(found["."], K.DATABASE)[0] == "SQLite"


def test_an_env_example_naming_another_client_outranks_it(tmp_path: Path) -> None:
    # Counter-case: the operator's stated choice wins over the program's default.
    files = _cms(_DATABASE.replace("'sqlite');", "'mssql');"))
    found = by_folder(write(tmp_path, files))
    assert first(found["."], K.DATABASE)[0] == "SQL Server"
    files[".env.example"] = "DATABASE_CLIENT=sqlite\nDATABASE_URL=sqlite://.tmp/data.db\n"
    found = by_folder(write(tmp_path / "example", files))
    assert first(found["."], K.DATABASE)[0] == "SQLite"


def test_a_method_or_another_key_is_no_default(tmp_path: Path) -> None:
    # Counter-cases: a method named `env` (`config.env(…)`) is some library's, and a key that
    # names no engine setting (`DATABASE_NAME`) defaults something else; the drivers tie.
    for index, line in enumerate((
        "  const client = config.env('DATABASE_CLIENT', 'sqlite');\n",
        "  const client = env('DATABASE_NAME', 'sqlite');\n",
    )):
        database = _DATABASE.replace("  const client = env('DATABASE_CLIENT', 'sqlite');\n", line)
        found = by_folder(write(tmp_path / str(index), _cms(database)))
        backend = found["."]
        database_findings = [f for f in backend.findings if f.kind is K.DATABASE]
        assert database_findings[0].confidence < 0.95
        assert not any(
            e.path.endswith("database.ts") for f in database_findings for e in f.evidence
        )
