"""JVM: the engine a JDBC service's own SQL is written for, when nothing names one (set 262, #19).

A Jersey WAR runs its SQL through JDBC on a connection its product's own library opens (a
company jar, no driver declared, settings holding a host only): nothing in the tree names an
engine. Its start-up DDL declares `SERIAL PRIMARY KEY` and `BIGSERIAL` columns and its
searches compare with `ILIKE`: PostgreSQL's dialect, in two files, makes PostgreSQL its engine
(`jdbc_dialect`). One such file, or a driver the build declares, leaves the engine as it was."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_BUILD = (
    "plugins {\n    id 'java'\n    id 'war'\n}\n\nsourceCompatibility = 1.8\n\n"
    "dependencies {\n"
    "    implementation group: 'com.example', name: 'house-commons', version: '1.0'\n"
    "    implementation group: 'org.glassfish.jersey.core', name: 'jersey-server', "
    "version: '2.27'\n"
    "    implementation group: 'org.glassfish.jersey.containers', "
    "name: 'jersey-container-servlet', version: '2.27'\n"
    "EXTRA}\n"
)

_PKG = "src/main/java/com/example/gifts/db"

_DAO = (
    "package com.example.gifts.db;\n\nimport java.sql.Connection;\n"
    "import java.sql.PreparedStatement;\nimport java.sql.ResultSet;\n\n"
    "public class {name}DB {{\n    String sql = \"{sql}\";\n}}\n"
)

_UPGRADE = (
    "CREATE TABLE gifts (id BIGSERIAL PRIMARY KEY, fund_id INTEGER, amount FLOAT)"
)
_SEARCH = "SELECT * FROM funds WHERE name ILIKE '%%%s%%'"
_PLAIN = "SELECT * FROM gifts WHERE id=?"


def _service(upgrade: str = _UPGRADE, search: str = _SEARCH, extra: str = "") -> dict[str, str]:
    files = {
        "build.gradle": _BUILD.replace("EXTRA", extra),
        "settings.gradle": "rootProject.name = 'gift-svc'\n",
        "src/main/webapp/WEB-INF/web.xml": "<web-app>\n  <servlet>\n    <servlet-class>"
        "org.glassfish.jersey.servlet.ServletContainer</servlet-class>\n  </servlet>\n"
        "</web-app>\n",
        f"{_PKG}/Upgrade.java": _DAO.format(name="Upgrade", sql=upgrade),
        f"{_PKG}/Fund.java": _DAO.format(name="Fund", sql=search),
    }
    for name in ("Gift", "Pledge", "Family"):
        files[f"{_PKG}/{name}.java"] = _DAO.format(name=name, sql=_PLAIN)
    return files


def test_postgresql_sql_names_the_engine(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _service()))
    assert first(found["."], K.QUERY)[0] == "JDBC"
    assert first(found["."], K.DATABASE)[0] == "PostgreSQL"


def test_one_file_of_it_is_not_enough(tmp_path: Path) -> None:
    # Counter-case: only the search uses `ILIKE`; the DDL is portable.
    files = _service(upgrade="CREATE TABLE gifts (id INTEGER PRIMARY KEY, amount FLOAT)")
    found = by_folder(write(tmp_path, files))
    assert first(found["."], K.DATABASE) == ("", "")


def test_a_declared_driver_keeps_its_engine(tmp_path: Path) -> None:
    # Counter-case: the build names MySQL's driver; the SQL is not asked.
    extra = "    implementation group: 'mysql', name: 'mysql-connector-java', version: '8.0.28'\n"
    found = by_folder(write(tmp_path, _service(extra=extra)))
    assert first(found["."], K.DATABASE)[0] == "MySQL"
