"""Gaps the 382nd held-out set showed (benchmarks/detect_heldout382.yaml), each as a small
fixture of the real files' shape (#19): a `test` script starting the runner by its own script's
path through a loader (`ts-node node_modules/jasmine/bin/jasmine`), and a sample settings
file's database section choosing an SQLite file over the PostgreSQL connection string it
leaves commented out."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import package_json, write

from designer.model.stack import FindingKind as K

EXPRESS_APP = """\
import express from "express";

const app = express();
app.get("/health", (_req, res) => res.send("ok"));
app.listen(9005);
"""


def test_runner_started_by_its_script_path_is_the_main_one(tmp_path: Path) -> None:
    files = {
        "package.json": package_json(
            {"express": "^4.18.2"},
            dev={"jasmine": "^3.99.0", "jest": "29.7.0", "ts-node": "^10.9.1"},
            scripts={
                "start": "node lib/app.js",
                "test": "ts-node --project spec/tsconfig.json node_modules/jasmine/bin/jasmine",
                "test:e2e": "jest --config spec/e2e/jest.config.js --forceExit",
            },
        ),
        "src/app.ts": EXPRESS_APP,
        **{f"spec/unit/Thing{n}.spec.ts": "describe('x', () => { it('y', () => {}); });\n"
           for n in range(3)},
        **{f"spec/e2e/flow{n}.spec.ts": "describe('x', () => { it('y', () => {}); });\n"
           for n in range(4)},
    }
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, K.TEST)[0] == "Jasmine"


STORE = """\
import * as SQLite3 from "better-sqlite3";
import * as pgPromise from "pg-promise";

export class Store {
    public async init(config: { filename?: string; connString?: string }) {
        if (config.filename) {
            this.db = new SQLite3(config.filename);
        } else if (config.connString) {
            this.db = pgPromise()(config.connString);
        }
    }
}
"""
SAMPLE = """\
bridge:
  domain: "localhost"
  port: 8434
database:
  # You may either use SQLite or Postgresql for the bridge database.
  # Use the filename option for SQLite, or connString for Postgresql.
  filename: "bridge.db"
  # connString: "postgresql://user:password@localhost/database_name"
"""


def _bridge(sample: str) -> dict[str, str]:
    return {
        "package.json": package_json(
            {"better-sqlite3": "^8.6.0", "express": "^4.18.2", "pg-promise": "^10.5.6"},
            scripts={"start": "node build/app.js"},
        ),
        "src/app.ts": EXPRESS_APP,
        "src/store.ts": STORE,
        "config/config.sample.yaml": sample,
    }


def test_sample_settings_sqlite_file_is_the_engine(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _bridge(SAMPLE)))["."]
    assert first(backend, K.DATABASE)[0] == "SQLite"


def test_sample_settings_connection_string_leaves_postgres(tmp_path: Path) -> None:
    sample = SAMPLE.replace('  filename: "bridge.db"\n', '  # filename: "bridge.db"\n').replace(
        '  # connString: "postgresql', '  connString: "postgresql'
    )
    backend = by_folder(write(tmp_path, _bridge(sample)))["."]
    assert first(backend, K.DATABASE)[0] == "PostgreSQL"
