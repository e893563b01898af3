"""Held-out set 379 (#19): an sbt build of Play applications, one the product's API over a
`core` project holding its data layer (`api.dependsOn(core)`, Slick and the PostgreSQL driver),
another a server-rendered front (`www`): Twirl pages in `app/views`, Bootstrap's scripts and
style sheets in `public/`, no data layer of its own nor one a project lends it, its controllers
calling the API through Play's WS client. The front is a UI, not a backend (HELDOUT.md); the
API stays one. Counter-case: a lone Play app with pages and no data, no API beside it, stays a
backend."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder
from test_detect_projects import write

_BUILD = """scalaVersion := "2.10.4"

lazy val core = project
  .settings(
    libraryDependencies ++= Seq(
      "com.typesafe.slick" %% "slick" % "2.1.0-M2",
      "org.postgresql" % "postgresql" % "9.3-1101-jdbc4"
    )
  )

lazy val api = project
  .dependsOn(core % "test->test;compile->compile")
  .enablePlugins(PlayScala)

lazy val www = project
  .enablePlugins(PlayScala)
  .settings(
    libraryDependencies ++= Seq(ws, "com.typesafe.play" %% "play-json" % "2.2.2")
  )
"""

_STORE = """package com.example.data

import scala.slick.driver.PostgresDriver.simple._

class Store(db: Database) {
  def users = db.withSession { implicit s => TableQuery[Users].list }
}
"""

_API = """package controllers

import play.api.mvc._

object Users extends Controller {
  def list = Action { Ok("[]") }
}
"""

_WWW = """package controllers

import play.api.libs.ws.WS
import play.api.mvc._

object Application extends Controller {
  def index = Action.async { WS.url("http://api/users").get().map(r => Ok(r.body)) }
}
"""


def _tree(api: bool = True) -> dict[str, str]:
    files = {
        "build.sbt": _BUILD,
        "project/plugins.sbt": 'addSbtPlugin("com.typesafe.play" % "sbt-plugin" % "2.3.4")\n',
        "www/app/controllers/Application.scala": _WWW,
        "www/app/views/index.scala.html": "@(body: String)\n<div>@body</div>\n",
        "www/public/javascripts/app.js": "$(function () {});\n",
        "www/public/css/main.css": "body { margin: 0; }\n",
        "www/conf/routes": "GET / controllers.Application.index\n",
    }
    if api:
        files |= {
            "core/src/main/scala/com/example/data/Store.scala": _STORE,
            "api/app/controllers/Users.scala": _API,
            "api/conf/routes": "GET /users controllers.Users.list\n",
        }
    else:
        files["build.sbt"] = (
            _BUILD.split("lazy val core")[0] + "lazy val www" + (_BUILD.split("lazy val www")[1])
        )
    return files


def test_a_play_front_over_the_api_is_a_ui(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _tree()))
    assert "www" not in found
    assert "api" in found


def test_a_lone_play_app_with_pages_stays_a_backend(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _tree(api=False)))
    assert "www" in found
