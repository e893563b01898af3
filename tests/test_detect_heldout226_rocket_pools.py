"""Rust: the feature of Rocket's database pool crate names the engine (set 226, #19).

A Rocket application depends on `diesel` with no engine feature (`features = ["chrono"]`) and
opens its connections through `rocket_sync_db_pools` with `features = ["diesel_postgres_pool"]`
(`#[database("main")] struct Db(PgConnection)`): the pool's feature is the engine. A cache pool
(`redis_pool`) names no database."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K


def _cargo(pools: str) -> str:
    return (
        '[package]\nname = "paste"\nversion = "0.1.0"\nedition = "2021"\n\n[dependencies]\n'
        'diesel = { version = "2.1.3", features = ["chrono"] }\n'
        'rocket = { version = "=0.5.0-rc.3", features = ["json"] }\n'
        f"{pools}"
    )


_MAIN = (
    "#[macro_use]\nextern crate rocket;\n\nuse rocket_sync_db_pools::database;\n\n"
    '#[database("main")]\npub struct Db(diesel::PgConnection);\n\n'
    "#[launch]\nfn rocket() -> _ {\n    rocket::build().attach(Db::fairing())\n}\n"
)


@pytest.mark.parametrize(
    ("pools", "engine"),
    [
        (
            'rocket_sync_db_pools = { version = "=0.1.0-rc.3", '
            'features = ["diesel_postgres_pool"] }\n',
            "PostgreSQL",
        ),
        ('rocket_db_pools = { version = "0.1.0", features = ["sqlx_sqlite"] }\n', "SQLite"),
        # Counter-cases: a cache pool names no database, nor does a pool crate with no feature.
        ('rocket_contrib = { version = "0.4.11", features = ["redis_pool"] }\n', ""),
        ('rocket_sync_db_pools = "=0.1.0-rc.3"\n', ""),
    ],
)
def test_the_pool_feature_is_the_engine(tmp_path: Path, pools: str, engine: str) -> None:
    found = by_folder(write(tmp_path, {"Cargo.toml": _cargo(pools), "src/main.rs": _MAIN}))
    assert first(found["."], K.FRAMEWORK)[0] == "Rocket"
    assert first(found["."], K.ORM)[0] == "Diesel"
    assert first(found["."], K.DATABASE)[0] == engine
