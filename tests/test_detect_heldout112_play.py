"""The hundred-and-twelfth held-out set (benchmarks/detect_heldout112.yaml), as a small fixture
of the real files' shape (#19): a Play 3 application (Play's sbt plugin, the root project
enabling `PlayScala`) that also depends on Pekko HTTP for its client and `Uri` model. Play 3
serves on Pekko HTTP: the library is the server Play runs on, not a second framework, unless
the code binds Pekko's own server (`Http()`)."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_BUILD = """import play.core.PlayVersion.{pekkoHttpVersion, pekkoVersion}

val appName = "docview"

val backendDependencies = Seq(
  "org.apache.pekko" %% "pekko-http"   % pekkoHttpVersion,
  "org.playframework.anorm" %% "anorm" % "2.7.0",
  "org.postgresql" % "postgresql" % "42.3.2",
  "org.specs2" %% "specs2-core" % "4.20.0" % Test
)

lazy val main = Project(appName, file("."))
  .enablePlugins(play.sbt.PlayScala)
  .settings(
    ThisBuild / scalaVersion := "2.13.18",
    libraryDependencies ++= backendDependencies
  )
"""

_PLUGINS = 'addSbtPlugin("org.playframework" % "sbt-plugin" % "3.0.10")\n'

_PORTAL = (
    "package controllers\n\n"
    "import org.apache.pekko.http.scaladsl.model.Uri\n"
    "import play.api.mvc.ControllerComponents\n\n"
    "class Portal(val controllerComponents: ControllerComponents) {\n"
    '  def home = Uri("/")\n}\n'
)

_SERVER = (
    "package server\n\n"
    "import org.apache.pekko.http.scaladsl.Http\n\n"
    "object Main extends App {\n"
    '  Http().newServerAt("0.0.0.0", 8080)\n}\n'
)


def _frameworks(tmp_path: Path, files: dict[str, str]) -> tuple[list[str], bool]:
    found = by_folder(write(tmp_path, files))
    backend = found["."]
    names = [f.name for f in backend.findings if f.kind is K.FRAMEWORK]
    return names, backend.ambiguous


def test_pekko_http_beside_play_is_the_server_play_runs_on(tmp_path: Path) -> None:
    files = {
        "build.sbt": _BUILD,
        "project/plugins.sbt": _PLUGINS,
        "app/controllers/Portal.scala": _PORTAL,
        "conf/application.conf": 'db.default.url = "jdbc:postgresql://localhost/docview"\n',
    }
    names, ambiguous = _frameworks(tmp_path, files)
    assert names == ["Play"]
    assert not ambiguous


def test_pekkos_own_server_bound_in_code_stays_a_framework(tmp_path: Path) -> None:
    # Counter-case: the code starts Pekko HTTP's server itself; it is not Play's alone.
    files = {
        "build.sbt": _BUILD,
        "project/plugins.sbt": _PLUGINS,
        "app/server/Main.scala": _SERVER,
    }
    names, _ = _frameworks(tmp_path, files)
    assert "Pekko HTTP" in names
