"""Storage modules a server chooses among by configuration, as the hundred-and-eighteenth
held-out set showed (benchmarks/detect_heldout118.yaml, #19): a Gradle server depends on one
module per store, side by side in `storage/` (JDBC, MongoDB, Cassandra, …), which store runs
being a setting. Reached through their project references, none of them is its data layer.
A service using a database module and a cache module beside it keeps both."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K


def _app(*projects: str) -> str:
    uses = "".join(f'  implementation(project(":{p}"))\n' for p in projects)
    return (
        'plugins {\n  java\n  id("org.springframework.boot") version "3.3.5"\n}\n\n'
        "dependencies {\n"
        '  implementation("org.springframework.boot:spring-boot-starter-web")\n'
        f"{uses}}}\n"
    )


def _lib(*coordinates: str) -> str:
    deps = "".join(f'  implementation("{c}")\n' for c in coordinates)
    return f"plugins {{\n  `java-library`\n}}\n\ndependencies {{\n{deps}}}\n"


_MAIN = (
    "package org.acme;\n\n"
    "import org.springframework.boot.SpringApplication;\n"
    "import org.springframework.boot.autoconfigure.SpringBootApplication;\n\n"
    "@SpringBootApplication\npublic class App {\n"
    "  public static void main(String[] args) {\n"
    "    SpringApplication.run(App.class, args);\n  }\n}\n"
)

_STORES = {
    "storage/jdbc/build.gradle.kts": _lib(
        "org.jooq:jooq:3.19.1", "org.postgresql:postgresql:42.7.3"
    ),
    "storage/mongodb/build.gradle.kts": _lib("org.mongodb:mongodb-driver-sync:5.1.0"),
    "storage/cassandra/build.gradle.kts": _lib("com.datastax.oss:java-driver-core:4.17.0"),
}


def _tree(*projects: str) -> dict[str, str]:
    listed = ", ".join(f'"{p}"' for p in ("server", *projects))
    return {
        "settings.gradle.kts": f'rootProject.name = "acme"\ninclude({listed})\n',
        "server/build.gradle.kts": _app(*(f"storage:{p}" for p in projects)),
        "server/src/main/java/org/acme/App.java": _MAIN,
        **{k: v for k, v in _STORES.items() if k.split("/")[1] in projects},
        "storage/redis/build.gradle.kts": _lib("redis.clients:jedis:5.1.0"),
    }


def test_a_server_choosing_among_storage_modules_keeps_none_as_its_data(
    tmp_path: Path,
) -> None:
    found = by_folder(write(tmp_path, _tree("jdbc", "mongodb", "cassandra")))
    assert first(found["server"], K.QUERY) == ("", "")
    assert first(found["server"], K.DATABASE) == ("", "")


def test_a_database_module_and_a_cache_module_are_both_the_servers(tmp_path: Path) -> None:
    """Counter-case: two storage modules (a database, a cache) are no choice."""
    found = by_folder(write(tmp_path, _tree("jdbc", "redis")))
    assert first(found["server"], K.QUERY)[0] == "jOOQ"
    assert first(found["server"], K.DATABASE)[0] == "PostgreSQL"
