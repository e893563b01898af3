"""Held-out set 360 (#19): a JVM service whose configuration options are declared in its code,
each with a default (`ConfigOptions.key("database.url").stringType().defaultValue(
"jdbc:derby:/tmp/app/derby;create=true")`, the option builders of Flink and the services built
like it). Its build carries the drivers of every engine it supports (PostgreSQL, MySQL, Derby)
and an AWS SDK client module or two for the catalogues it reaches; the shipped configuration
lies outside the module. The engine the code defaults to is the program's own choice, above
the drivers; an in-memory default keeps nothing and chooses nothing.
"""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind


def _dep(group: str, artifact: str) -> str:
    return (
        f"    <dependency><groupId>{group}</groupId><artifactId>{artifact}</artifactId>"
        "<version>1.0.0</version></dependency>"
    )


_POM = (
    '<?xml version="1.0" encoding="UTF-8"?>\n<project>\n  <modelVersion>4.0.0</modelVersion>\n'
    "  <groupId>org.example.tables</groupId>\n  <artifactId>tables-server</artifactId>\n"
    "  <version>1.0.0</version>\n  <dependencies>\n"
    + "\n".join(
        (
            _dep("io.javalin", "javalin"),
            _dep("org.mybatis", "mybatis"),
            _dep("org.postgresql", "postgresql"),
            _dep("org.apache.derby", "derby"),
            _dep("mysql", "mysql-connector-java"),
            _dep("software.amazon.awssdk", "glue"),
            _dep("software.amazon.awssdk", "dynamodb"),
        )
    )
    + "\n  </dependencies>\n</project>\n"
)

_MAIN = (
    "package org.example.tables;\n\nimport io.javalin.Javalin;\n\n"
    "public class TablesServer {\n"
    "    public static void main(String[] args) {\n"
    '        Javalin app = Javalin.create().start(1630);\n'
    '        app.get("/api/tables", ctx -> ctx.json(new TableStore().all()));\n    }\n}\n'
)

_STORE = (
    "package org.example.tables;\n\n"
    "import org.apache.ibatis.session.SqlSession;\n\n"
    "public class TableStore {\n    private SqlSession session;\n"
    "    public java.util.List<String> all() {\n"
    '        return session.selectList("tables.all");\n    }\n}\n'
)


def _conf(url: str) -> str:
    return (
        "package org.example.tables;\n\n"
        "import org.apache.flink.configuration.ConfigOption;\n"
        "import org.apache.flink.configuration.ConfigOptions;\n\n"
        "public class TablesServerConf {\n"
        "  public static final ConfigOption<String> DB_TYPE =\n"
        '      ConfigOptions.key("database.type")\n'
        "          .stringType()\n"
        '          .defaultValue("derby")\n'
        '          .withDescription("Database type.");\n\n'
        "  public static final ConfigOption<String> DB_CONNECTION_URL =\n"
        '      ConfigOptions.key("database.url")\n'
        "          .stringType()\n"
        f'          .defaultValue("{url}")\n'
        '          .withDescription("Database connection address");\n}\n'
    )


def _tree(url: str) -> dict[str, str]:
    base = "tables-server/src/main/java/org/example/tables"
    return {
        "tables-server/pom.xml": _POM,
        f"{base}/TablesServer.java": _MAIN,
        f"{base}/TableStore.java": _STORE,
        f"{base}/TablesServerConf.java": _conf(url),
        "dist/conf/config.yaml": (
            "tables:\n  database:\n    type: derby\n"
            "    url: jdbc:derby:/tmp/tables/derby;create=true\n"
        ),
    }


def test_the_code_default_jdbc_url_names_the_engine(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _tree("jdbc:derby:/tmp/tables/derby;create=true")))
    assert first(found["tables-server"], FindingKind.DATABASE)[0] == "Derby"


def test_an_in_memory_code_default_chooses_nothing(tmp_path: Path) -> None:
    # Counter-case: a database that is gone when the process ends keeps nothing.
    found = by_folder(write(tmp_path, _tree("jdbc:derby:memory:tables;create=true")))
    assert first(found["tables-server"], FindingKind.DATABASE)[0] != "Derby"
