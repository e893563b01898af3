"""Scala: a Play application's Slick code and its pool's DataSource class (set 266, #19).

A Play project keeps its schema in the `Tables.scala` Slick's code generator writes, whose Slick
imports sit inside the generated trait (`trait Tables { import slick.jdbc.{GetResult => GR}`),
and an older module imports Slick 3.1's `slick.driver.JdbcProfile`; the profile it queries
through is a library's (`org.acme.dal.AcmePostgresProfile.api._`), which names no Slick artifact
the build declares. Its settings files are `dev.conf` and `docker.conf` (the application.conf
only includes others), each giving the pool `dataSourceClass =
"org.postgresql.ds.PGSimpleDataSource"`: the engine is PostgreSQL."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_BUILD = (
    "lazy val hat = project\n"
    '  .in(file("hat"))\n'
    "  .enablePlugins(PlayScala)\n"
    "  .settings(\n"
    "    libraryDependencies ++= Seq(\n"
    '      "org.acme" %% "acme-postgres-profile" % "0.0.9",\n'
    '      "org.scalatest" %% "scalatest" % "3.2.3" % Test\n'
    "    )\n"
    "  )\n\n"
    'lazy val root = project.in(file(".")).aggregate(hat)\n'
)

_TABLES = (
    "package org.acme.dal\n"
    "// AUTO-GENERATED Slick data model\n"
    "object Tables extends {\n"
    "  val profile = org.acme.dal.AcmePostgresProfile\n"
    "} with Tables\n\n"
    "trait Tables {\n"
    "  val profile: org.acme.dal.AcmePostgresProfile\n"
    "  import profile.api._\n"
    "  import slick.model.ForeignKeyAction\n"
    "  import slick.jdbc.{ GetResult => GR }\n"
    "}\n"
)

_DEV_CONF = (
    "hat {\n"
    "  db {\n"
    '    dataSourceClass = "org.postgresql.ds.PGSimpleDataSource"\n'
    "    properties.databaseName = hat\n"
    "  }\n"
    "}\n"
)


def _hub() -> dict[str, str]:
    return {
        "build.sbt": _BUILD,
        "project/plugins.sbt": 'addSbtPlugin("com.typesafe.play" % "sbt-plugin" % "2.6.25")\n',
        "hat/app/org/acme/controllers/Api.scala": (
            "package org.acme.controllers\n\n"
            "class Api(cc: ControllerComponents) extends AbstractController(cc)\n"
        ),
        "hat/app/org/acme/dal/Tables.scala": _TABLES,
        "hat/conf/application.conf": 'include "base.conf"\n',
        "hat/conf/base.conf": "play.http.secret.key = changeme\n",
        "hat/conf/dev.conf": _DEV_CONF,
        "hat/conf/docker.conf": _DEV_CONF,
        "hat/conf/routes": "GET  /  org.acme.controllers.Api.index\n",
    }


def test_generated_slick_tables_and_a_datasource_class(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _hub()))
    assert first(found["hat"], K.FRAMEWORK) == ("Play", "2.6.25")
    assert first(found["hat"], K.ORM)[0] == "Slick"
    assert first(found["hat"], K.DATABASE)[0] == "PostgreSQL"


def test_slick_3_1_driver_package_is_slick(tmp_path: Path) -> None:
    files = _hub()
    files["hat/app/org/acme/dal/Tables.scala"] = (
        "package org.acme.dal\n\nimport slick.driver.JdbcProfile\n\nclass SchemaMigration\n"
    )
    assert first(by_folder(write(tmp_path, files))["hat"], K.ORM)[0] == "Slick"


def test_a_slick_model_import_and_no_datasource_give_nothing(tmp_path: Path) -> None:
    # Counter-case: Slick's schema model alone (`slick.model`) queries nothing, and settings
    # naming no DataSource class (a commented one) name no engine.
    files = _hub()
    files["hat/app/org/acme/dal/Tables.scala"] = _TABLES.replace(
        "  import slick.jdbc.{ GetResult => GR }\n", ""
    )
    files["hat/conf/dev.conf"] = _DEV_CONF.replace("    dataSourceClass", "    # dataSourceClass")
    files["hat/conf/docker.conf"] = "hat.db.properties.databaseName = hat\n"
    found = by_folder(write(tmp_path, files))
    assert first(found["hat"], K.ORM) == ("", "")
    assert first(found["hat"], K.DATABASE) == ("", "")
