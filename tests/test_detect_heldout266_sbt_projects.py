"""Scala: sbt builds whose application project was lost or misread (set 266, #19).

- A build reading snapshots from Sonatype (`resolvers += Resolver.sonatypeRepo("snapshots")`)
  does not publish there: its application project is no library.
- Tapir's server interpreter (`tapir-http4s-server`) is released with Tapir, not with the
  server it runs on: http4s' version is its own artifacts'.
- `lazy val server = project` with no `.in(file(…))` is the project of the folder `server/`
  (sbt's `project` macro names the folder after the val), and its dependencies are its own.
- A project enabling the native packager's server archetype (`JavaServerAppPackaging`) packages
  a program to run as a server: an application, though its code binds `Http()` through a
  wildcard import the rules do not read (`import akka.http.scaladsl._`).
"""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_TAPIR_BUILD = (
    "lazy val commonSettings = Seq(\n"
    '  scalaVersion := "2.12.15",\n'
    '  Compile / run / mainClass := Some("org.acme.api.Server"),\n'
    "  resolvers ++= Seq(\n"
    '    Resolver.sonatypeRepo("snapshots"),\n'
    "  )\n"
    ")\n\n"
    'lazy val root = (project in file("."))\n'
    "  .settings(commonSettings: _*)\n"
    "  .aggregate(application)\n\n"
    "lazy val applicationSettings = commonSettings ++ Seq(\n"
    '  name := "application",\n'
    '  assembly / assemblyJarName := "api-assembly.jar"\n'
    ")\n\n"
    "lazy val applicationDependencies = Seq(\n"
    '  "com.softwaremill.sttp.tapir" %% "tapir-http4s-server" % "0.17.20",\n'
    '  "org.http4s" %% "http4s-blaze-server" % "0.21.34",\n'
    '  "org.http4s" %% "http4s-dsl" % "0.21.34",\n'
    '  "org.tpolecat" %% "doobie-postgres" % "0.13.4",\n'
    '  "org.scalatest" %% "scalatest" % "3.2.19" % "test"\n'
    ")\n\n"
    'lazy val application = (project in file("application"))\n'
    "  .settings(applicationSettings: _*)\n"
    "  .settings({\n"
    "    libraryDependencies ++= applicationDependencies\n"
    "  })\n"
)

_SERVER = (
    "package org.acme.api\n\n"
    "import org.http4s.server.blaze.BlazeServerBuilder\n\n"
    "object Server extends IOApp {\n"
    "  def run(args: List[String]) = BlazeServerBuilder[IO](ec).serve.compile.drain\n"
    "}\n"
)


def _catalogue() -> dict[str, str]:
    return {
        "build.sbt": _TAPIR_BUILD,
        "application/src/main/scala/org/acme/api/Server.scala": _SERVER,
        # A Python loader image beside it, with no server of its own.
        "loader/requirements.txt": "psycopg[binary]==3.1.18\n",
        "loader/bin/load.py": 'import psycopg\n\npsycopg.connect("postgres://u@h/d")\n',
    }


def test_a_sonatype_resolver_leaves_the_application_an_application(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _catalogue()))
    assert "application" in found
    assert "loader" not in found
    assert first(found["application"], K.FRAMEWORK) == ("http4s", "0.21.34")
    assert first(found["application"], K.QUERY)[0] == "Doobie"


def test_a_build_publishing_to_sonatype_is_a_library(tmp_path: Path) -> None:
    # Counter-case: a build that publishes through Sonatype is a library's, whatever server
    # it depends on.
    files = _catalogue()
    files["build.sbt"] = _TAPIR_BUILD.replace(
        "  resolvers ++= Seq(\n",
        "  publishTo := sonatypePublishToBundle.value,\n  resolvers ++= Seq(\n",
    ).replace('  assembly / assemblyJarName := "api-assembly.jar"\n', "").replace(
        '  Compile / run / mainClass := Some("org.acme.api.Server"),\n', ""
    )
    files.pop("application/src/main/scala/org/acme/api/Server.scala")
    assert "application" not in by_folder(write(tmp_path, files))


def test_tapir_alone_gives_its_own_release(tmp_path: Path) -> None:
    # Counter-case: with no http4s artifact of its own declared, Tapir's interpreter is the
    # only version there is (a glue's version is used when nothing else gives one).
    files = _catalogue()
    files["build.sbt"] = (
        _TAPIR_BUILD.replace('  "org.http4s" %% "http4s-blaze-server" % "0.21.34",\n', "")
        .replace('  "org.http4s" %% "http4s-dsl" % "0.21.34",\n', "")
    )
    assert first(by_folder(write(tmp_path, files))["application"], K.FRAMEWORK) == (
        "http4s",
        "0.17.20",
    )


_BARE_BUILD = (
    'lazy val akkaHttpVersion = "10.2.9"\n\n'
    "lazy val root = project\n"
    '  .in(file("."))\n'
    "  .aggregate(server, storage, runner)\n\n"
    "lazy val runner = project\n"
    '  .in(file("code-runner"))\n'
    "  .settings(\n"
    '    libraryDependencies += "org.http4s" %% "http4s-ember-server" % "0.23.24"\n'
    "  )\n\n"
    "lazy val server = project\n"
    "  .settings(\n"
    "    libraryDependencies ++= Seq(\n"
    '      "com.typesafe.akka" %% "akka-http" % akkaHttpVersion,\n'
    '      "org.scalatest" %% "scalatest" % "3.2.17" % Test\n'
    "    )\n"
    "  )\n"
    "  .enablePlugins(JavaServerAppPackaging)\n"
    "  .dependsOn(storage)\n\n"
    "lazy val storage = project\n"
    "  .settings(\n"
    "    libraryDependencies ++= Seq(\n"
    '      "org.mongodb.scala" %% "mongo-scala-driver" % "4.11.1"\n'
    "    )\n"
    "  )\n"
)


def _playground() -> dict[str, str]:
    return {
        "build.sbt": _BARE_BUILD,
        "server/src/main/scala/org/acme/web/ServerMain.scala": (
            "package org.acme.web\n\n"
            "import akka.actor.ActorSystem\n"
            "import akka.http.scaladsl._\n\n"
            "object ServerMain {\n"
            "  def main(args: Array[String]): Unit = {\n"
            '    Http().newServerAt("localhost", 9000).bindFlow(routes)\n'
            "  }\n"
            "}\n"
        ),
        "storage/src/main/scala/org/acme/storage/MongoStore.scala": (
            "package org.acme.storage\n\nimport org.mongodb.scala._\n\nclass MongoStore\n"
        ),
        "code-runner/src/main/scala/org/acme/runner/Main.scala": (
            "package org.acme.runner\n\n"
            "import org.http4s.ember.server.EmberServerBuilder\n\n"
            "object Main extends IOApp.Simple {\n"
            "  def run = EmberServerBuilder.default[IO].build.useForever\n"
            "}\n"
        ),
    }


def test_a_project_with_no_folder_given_is_its_vals_folder(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _playground()))
    assert first(found["server"], K.FRAMEWORK) == ("Akka HTTP", "10.2.9")
    assert first(found["server"], K.QUERY)[0] == "mongo-scala-driver"
    # The storage project's driver is not the other server's.
    assert first(found["code-runner"], K.FRAMEWORK)[0] == "http4s"
    assert first(found["code-runner"], K.QUERY) == ("", "")
    assert first(found["code-runner"], K.DATABASE) == ("", "")


def test_a_folder_given_below_keeps_its_folder(tmp_path: Path) -> None:
    # Counter-case: `project` given its folder further down its chain is not the folder
    # named as its val, though a `server/` folder lies beside it.
    files = _playground()
    files["build.sbt"] = _BARE_BUILD.replace(
        "lazy val server = project\n  .settings(\n",
        'lazy val server = project\n  .settings(name := "web")\n  .in(file("web"))\n  .settings(\n',
    )
    files["web/README.md"] = "The web server.\n"
    assert "server" not in by_folder(write(tmp_path, files))


def test_a_project_packaged_as_no_server_and_binding_none_is_none(tmp_path: Path) -> None:
    # Counter-case: the plain archetype (`JavaAppPackaging`: a command-line program) and code
    # that only names HTTP models make no application of it.
    files = _playground()
    files["build.sbt"] = _BARE_BUILD.replace("JavaServerAppPackaging", "JavaAppPackaging")
    files["server/src/main/scala/org/acme/web/ServerMain.scala"] = (
        "package org.acme.web\n\nimport akka.http.scaladsl.model._\n\nobject Codes\n"
    )
    found = by_folder(write(tmp_path, files))
    assert "server" not in found
