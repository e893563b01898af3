"""Elixir (mix) and Scala (sbt) backends (#19), the two ecosystems the thirty-second held-out set
found missing (teslamate: Phoenix over Ecto and postgrex, ExUnit; tdr-consignment-api: Pekko HTTP
over Slick and PostgreSQL, ScalaTest). Each fixture is a small tree of the real files' shape: a
mix.exs with its deps tuples and the mix.lock resolving them, the Endpoint and Repo modules, an
umbrella's apps and a library; a build.sbt with its vals, project/Dependencies.scala and
project/plugins.sbt, the code binding a server, the settings naming the engine, a library
build."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_detect_gaps import by_folder, first
from test_detect_projects import Files, write

from designer.detect import detect
from designer.model.stack import DetectedBackend
from designer.model.stack import FindingKind as K


def _data(backend: DetectedBackend) -> str:
    found = next((f for f in backend.findings if f.kind in (K.ORM, K.QUERY)), None)
    return found.name if found else ""


# --- Elixir --------------------------------------------------------------------------------------


def _mix(deps: list[str], app: str = "shop", mod: bool = True, extra: str = "") -> str:
    application = (
        f"      mod: {{{app.title()}.Application, []}},\n" if mod else ""
    ) + "      extra_applications: [:logger, :runtime_tools]\n"
    listed = ",\n".join(f"      {dep}" for dep in deps)
    return (
        f"defmodule {app.title()}.MixProject do\n  use Mix.Project\n\n  def project do\n    [\n"
        f'      app: :{app},\n      version: "0.1.0",\n      elixir: "~> 1.15",\n{extra}'
        "      start_permanent: Mix.env() == :prod,\n      deps: deps()\n    ]\n  end\n\n"
        f"  def application do\n    [\n{application}    ]\n  end\n\n"
        f"  defp deps do\n    [\n{listed}\n    ]\n  end\nend\n"
    )


def _mix_lock(versions: dict[str, str]) -> str:
    lines = [
        f'  "{name}": {{:hex, :{name}, "{version}", "0a1b2c", [:mix], [], "hexpm", "3d4e5f"}},'
        for name, version in sorted(versions.items())
    ]
    return "%{\n" + "\n".join(lines) + "\n}\n"


_ENDPOINT = (
    "defmodule ShopWeb.Endpoint do\n  use Phoenix.Endpoint, otp_app: :shop\n\n"
    "  plug ShopWeb.Router\nend\n"
)


def _repo(adapter: str) -> str:
    return (
        "defmodule Shop.Repo do\n  use Ecto.Repo,\n    otp_app: :shop,\n"
        f"    adapter: Ecto.Adapters.{adapter}\nend\n"
    )


_EX_TEST = (
    "defmodule ShopWeb.PageControllerTest do\n  use ShopWeb.ConnCase, async: true\n"
    '  use ExUnit.Case\n\n  test "GET /", %{conn: conn} do\n    assert conn\n  end\nend\n'
)


def _phoenix_files() -> Files:
    """teslamate's shape: phoenix, ecto_sql and postgrex in deps, the lock's releases, the
    Endpoint and Repo modules deep in lib/ behind many others, ExUnit tests."""
    files: Files = {
        "mix.exs": _mix(
            [
                '{:phoenix, "~> 1.8.9"}',
                '{:phoenix_ecto, "~> 4.7"}',
                '{:ecto_sql, "~> 3.0"}',
                '{:postgrex, ">= 0.0.0"}',
                '{:plug_cowboy, "~> 2.0"}',
                '{:excoveralls, "~> 0.18.5", only: :test}',
                '{:credo, "~> 1.7.1", only: [:dev], runtime: false}',
            ]
        ),
        "mix.lock": _mix_lock(
            {"phoenix": "1.8.9", "ecto_sql": "3.13.5", "postgrex": "0.22.3", "plug_cowboy": "2.9.0"}
        ),
        "lib/shop_web/endpoint.ex": _ENDPOINT,
        "lib/shop/repo.ex": _repo("Postgres"),
        "test/test_helper.exs": (
            "ExUnit.start()\nEcto.Adapters.SQL.Sandbox.mode(Shop.Repo, :manual)\n"
        ),
        "test/shop_web/page_controller_test.exs": _EX_TEST,
    }
    for number in range(40):  # the folder's ordinary quota spent before the two modules
        files[f"lib/shop/a{number:02}.ex"] = f"defmodule Shop.A{number} do\nend\n"
    return files


def test_phoenix_over_ecto_on_postgres_with_exunit(tmp_path: Path) -> None:
    backends = detect(write(tmp_path, _phoenix_files())).backends
    assert [b.folder for b in backends] == ["."]
    backend = backends[0]
    assert (backend.language, backend.language_version) == ("Elixir", "~> 1.15")
    assert first(backend, K.FRAMEWORK) == ("Phoenix", "1.8.9")
    assert not backend.ambiguous  # plug_cowboy's Plug runs under Phoenix
    assert first(backend, K.ORM) == ("Ecto", "3.13.5")
    assert first(backend, K.DATABASE)[0] == "PostgreSQL"
    assert first(backend, K.TEST)[0] == "ExUnit"
    framework = next(f for f in backend.findings if f.kind is K.FRAMEWORK)
    assert any(e.path == "lib/shop_web/endpoint.ex" for e in framework.evidence)
    assert any(e.path == "mix.lock" for e in framework.evidence)


def test_a_test_only_dependency_names_no_framework(tmp_path: Path) -> None:
    files = _phoenix_files()
    files["mix.exs"] = files["mix.exs"].replace(
        '{:plug_cowboy, "~> 2.0"}', '{:bandit, "~> 1.0", only: [:dev, :test]}'
    )
    backend = by_folder(write(tmp_path, files))["."]
    assert [f.name for f in backend.findings if f.kind is K.FRAMEWORK] == ["Phoenix"]
    assert not any(f.kind is K.SERVER for f in backend.findings)


def test_plug_router_on_bandit_without_phoenix(tmp_path: Path) -> None:
    """A tuple spanning two lines of `deps` is read whole."""
    files = {
        "mix.exs": _mix(['{:bandit,\n       "~> 1.5"}', '{:jason, "~> 1.4"}'], app="hooks"),
        "mix.lock": _mix_lock({"bandit": "1.5.7", "plug": "1.16.1"}),
        "lib/hooks/application.ex": (
            "defmodule Hooks.Application do\n  use Application\n\n  def start(_type, _args) do\n"
            "    children = [{Bandit, plug: Hooks.Router}]\n"
            "    Supervisor.start_link(children, strategy: :one_for_one)\n  end\nend\n"
        ),
        "lib/hooks/router.ex": (
            "defmodule Hooks.Router do\n  use Plug.Router\n\n  plug :match\n  plug :dispatch\n"
            '\n  get "/health" do\n    send_resp(conn, 200, "ok")\n  end\nend\n'
        ),
    }
    backend = by_folder(write(tmp_path, files))["."]
    # Plug's own release from the lock, not Bandit's (which brings it)
    assert first(backend, K.FRAMEWORK) == ("Plug", "1.16.1")
    assert first(backend, K.SERVER) == ("Bandit", "1.5.7")
    assert first(backend, K.DATABASE) == ("", "")


def test_plug_declared_after_its_adapter_keeps_its_own_version(tmp_path: Path) -> None:
    """`{:bandit, …}` listed before `{:plug, …}`: the framework's version is plug's lock entry;
    without a lock, the adapter's range is all there is."""
    files = {
        "mix.exs": _mix(['{:bandit, "~> 1.0"}', '{:plug, "~> 1.15"}'], app="relay"),
        "mix.lock": _mix_lock({"bandit": "1.8.0", "plug": "1.18.1"}),
        "lib/relay/application.ex": (
            "defmodule Relay.Application do\n  use Application\n\n  def start(_type, _args) do\n"
            "    children = [{Bandit, plug: Relay.Router}]\n"
            "    Supervisor.start_link(children, strategy: :one_for_one)\n  end\nend\n"
        ),
        "lib/relay/router.ex": "defmodule Relay.Router do\n  use Plug.Router\nend\n",
    }
    backend = by_folder(write(tmp_path / "locked", files))["."]
    assert first(backend, K.FRAMEWORK) == ("Plug", "1.18.1")
    assert first(backend, K.SERVER) == ("Bandit", "1.8.0")
    del files["mix.lock"]
    files["mix.exs"] = files["mix.exs"].replace('{:plug, "~> 1.15"}', '{:jason, "~> 1.4"}')
    backend = by_folder(write(tmp_path / "unlocked", files))["."]
    assert first(backend, K.FRAMEWORK) == ("Plug", "~> 1.0")


def test_deps_as_a_one_line_function(tmp_path: Path) -> None:
    """`defp deps, do: [` with the list on the lines after, up to its closing bracket."""
    mix = _mix(['{:phoenix, "~> 1.7.14"}', '{:plug_cowboy, "~> 2.7"}'])
    mix = mix.replace("  defp deps do\n    [\n", "  defp deps, do: [\n").replace(
        "    ]\n  end\nend\n", "  ]\n\n  def cli, do: [preferred_envs: [ci: :test]]\nend\n"
    )
    files = {"mix.exs": mix, "lib/shop_web/endpoint.ex": _ENDPOINT}
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, K.FRAMEWORK) == ("Phoenix", "~> 1.7.14")
    assert first(backend, K.SERVER)[0] == "Cowboy"


@pytest.mark.parametrize(
    ("driver", "adapter", "engine"),
    [
        ('{:myxql, "~> 0.7"}', "MyXQL", "MySQL"),
        ('{:ecto_sqlite3, "~> 0.17"}', "SQLite3", "SQLite"),
        ('{:tds, "~> 2.3"}', "Tds", "SQL Server"),
        ("", "Postgres", "PostgreSQL"),  # the Repo's adapter alone
    ],
)
def test_the_engine_from_the_ecto_adapter_and_its_driver(
    tmp_path: Path, driver: str, adapter: str, engine: str
) -> None:
    deps = ['{:phoenix, "~> 1.7.14"}', '{:ecto_sql, "~> 3.12"}', *([driver] if driver else [])]
    files = {
        "mix.exs": _mix(deps),
        "lib/shop_web/endpoint.ex": _ENDPOINT,
        "lib/shop/repo.ex": _repo(adapter),
    }
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, K.FRAMEWORK) == ("Phoenix", "~> 1.7.14")
    assert first(backend, K.ORM)[0] == "Ecto"
    assert first(backend, K.DATABASE)[0] == engine


def test_the_adapter_named_in_configuration(tmp_path: Path) -> None:
    """An older Repo's adapter is set in config (`config :shop, Shop.Repo, adapter: …`)."""
    files = {
        "mix.exs": _mix(['{:phoenix, "~> 1.3.0"}', '{:ecto, "~> 2.2"}', '{:mariaex, "~> 0.8"}']),
        "lib/shop_web/endpoint.ex": _ENDPOINT,
        "lib/shop/repo.ex": "defmodule Shop.Repo do\n  use Ecto.Repo, otp_app: :shop\nend\n",
        "config/prod.exs": (
            "use Mix.Config\n\nconfig :shop, Shop.Repo,\n  adapter: Ecto.Adapters.MySQL,\n"
            "  pool_size: 15\n"
        ),
    }
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, K.ORM)[0] == "Ecto"
    assert first(backend, K.DATABASE)[0] == "MySQL"


def test_a_library_mix_project_is_no_backend(tmp_path: Path) -> None:
    """A hex package of Plug middleware: no application module to start."""
    files = {
        "mix.exs": _mix(['{:plug, "~> 1.14"}', '{:jason, "~> 1.4"}'], app="plug_auth", mod=False),
        "lib/plug_auth.ex": (
            "defmodule PlugAuth do\n  import Plug.Conn\n\n  def init(opts), do: opts\n"
            "  def call(conn, _opts), do: conn\nend\n"
        ),
        "test/plug_auth_test.exs": "defmodule PlugAuthTest do\n  use ExUnit.Case\nend\n",
    }
    assert detect(write(tmp_path, files)).backends == []


def test_an_umbrella_web_app_uses_its_sibling_s_repo(tmp_path: Path) -> None:
    """apps/shop_web (Phoenix) depends on apps/shop (Ecto, postgrex) `in_umbrella`; the root
    mix.exs builds them and the root mix.lock resolves both."""
    umbrella = '      apps_path: "apps",\n'
    files = {
        "mix.exs": _mix(
            ['{:credo, "~> 1.7", only: [:dev, :test], runtime: false}'],
            app="shop_umbrella",
            mod=False,
            extra=umbrella,
        ),
        "mix.lock": _mix_lock({"phoenix": "1.7.21", "ecto_sql": "3.12.1", "postgrex": "0.19.3"}),
        "apps/shop/mix.exs": _mix(
            ['{:ecto_sql, "~> 3.10"}', '{:postgrex, ">= 0.0.0"}'], app="shop", mod=True
        ),
        "apps/shop/lib/shop/repo.ex": _repo("Postgres"),
        "apps/shop_web/mix.exs": _mix(
            ['{:phoenix, "~> 1.7.10"}', "{:shop, in_umbrella: true}", '{:bandit, "~> 1.2"}'],
            app="shop_web",
        ),
        "apps/shop_web/lib/shop_web/endpoint.ex": _ENDPOINT,
        "apps/shop_web/test/test_helper.exs": "ExUnit.start()\n",
        "apps/shop_helpers/mix.exs": _mix(['{:plug, "~> 1.14"}'], app="shop_helpers", mod=False),
    }
    found = by_folder(write(tmp_path, files))
    assert sorted(found) == ["apps/shop_web"]
    backend = found["apps/shop_web"]
    assert first(backend, K.FRAMEWORK) == ("Phoenix", "1.7.21")
    assert first(backend, K.ORM) == ("Ecto", "3.12.1")
    assert first(backend, K.DATABASE)[0] == "PostgreSQL"
    assert first(backend, K.TEST)[0] == "ExUnit"


# --- Scala ---------------------------------------------------------------------------------------


_PEKKO_SERVER = (
    "package uk.gov.api.http\n\nimport org.apache.pekko.actor.ActorSystem\n"
    "import org.apache.pekko.http.scaladsl.Http\n\nobject ApiServer extends App {\n"
    '  Http().newServerAt("0.0.0.0", 8080).bind(routes)\n}\n'
)


def _tdr_files() -> Files:
    """tdr-consignment-api's shape: vals for versions, Seq(…) of coordinates, Test ones."""
    return {
        "build.sbt": (
            'name := "consignment-api"\nversion := "0.1.0-SNAPSHOT"\n\n'
            'scalaVersion := "2.13.18"\n\n'
            '(Compile / run / mainClass) := Some("uk.gov.api.http.ApiServer")\n\n'
            'lazy val pekkoVersion = "1.5.0"\nlazy val pekkoHttpVersion = "1.3.0"\n\n'
            "libraryDependencies ++= Seq(\n"
            '  "org.sangria-graphql" %% "sangria" % "4.2.17",\n'
            '  "org.apache.pekko" %% "pekko-stream" % pekkoVersion,\n'
            '  "org.apache.pekko" %% "pekko-http" % pekkoHttpVersion,\n'
            '  "org.apache.pekko" %% "pekko-http-testkit" % pekkoHttpVersion % Test,\n'
            '  "org.postgresql" % "postgresql" % "42.7.10",\n'
            '  "com.typesafe.slick" %% "slick" % "3.6.1",\n'
            '  "com.typesafe.slick" %% "slick-hikaricp" % "3.6.1",\n'
            '  "org.scalatest" %% "scalatest" % "3.2.20" % Test,\n'
            '  "org.mockito" %% "mockito-scala-scalatest" % "2.1.0" % Test\n'
            ")\n"
        ),
        "project/plugins.sbt": 'addSbtPlugin("com.eed3si9n" % "sbt-assembly" % "2.3.1")\n',
        "project/build.properties": "sbt.version=1.11.7\n",
        "src/main/scala/uk/gov/api/http/ApiServer.scala": _PEKKO_SERVER,
        "src/main/scala/uk/gov/api/db/DbConnection.scala": (
            "package uk.gov.api.db\n\nimport slick.jdbc.JdbcBackend\n\nobject DbConnection\n"
        ),
        "src/main/resources/application.conf": (
            'consignmentapi = {\n  db {\n    url = "jdbc:postgresql:consignmentapi",\n'
            '    driver = "org.postgresql.Driver"\n  }\n}\n'
        ),
        "src/test/scala/uk/gov/api/RouteSpec.scala": (
            "package uk.gov.api\n\nimport org.scalatest.flatspec.AnyFlatSpec\n"
            "import org.scalatest.matchers.should.Matchers\n\n"
            "class RouteSpec extends AnyFlatSpec with Matchers\n"
        ),
    }


def test_pekko_http_over_slick_on_postgres_with_scalatest(tmp_path: Path) -> None:
    backends = detect(write(tmp_path, _tdr_files())).backends
    assert [b.folder for b in backends] == ["."]
    backend = backends[0]
    assert (backend.language, backend.language_version) == ("Scala", "2.13.18")
    assert first(backend, K.FRAMEWORK) == ("Pekko HTTP", "1.3.0")
    assert first(backend, K.ORM) == ("Slick", "3.6.1")
    assert first(backend, K.DATABASE)[0] == "PostgreSQL"
    assert first(backend, K.TEST) == ("ScalaTest", "3.2.20")


def test_versions_kept_in_the_build_definition_s_scala_files(tmp_path: Path) -> None:
    """http4s on Ember over Doobie, MUnit: versions in project/Dependencies.scala's object V,
    the coordinates there too, build.sbt naming the Seq."""
    files = {
        "build.sbt": (
            "import Dependencies._\n\nThisBuild / scalaVersion := V.scala\n\n"
            'lazy val root = (project in file("."))\n  .settings(\n'
            '    name := "ledger",\n    libraryDependencies ++= backend,\n'
            '    Compile / mainClass := Some("ledger.Main")\n  )\n'
        ),
        "project/Dependencies.scala": (
            "import sbt._\n\nobject Dependencies {\n  object V {\n"
            '    val scala = "3.3.4"\n    val http4s = "0.23.30"\n    val doobie = "1.0.0-RC6"\n'
            '    val munit = "1.0.2"\n  }\n\n  val backend = Seq(\n'
            '    "org.http4s" %% "http4s-ember-server" % V.http4s,\n'
            '    "org.http4s" %% "http4s-dsl" % V.http4s,\n'
            '    "org.tpolecat" %% "doobie-core" % V.doobie,\n'
            '    "org.tpolecat" %% "doobie-postgres" % V.doobie,\n'
            '    "org.scalameta" %% "munit" % V.munit % Test\n  )\n}\n'
        ),
        "src/main/scala/ledger/Main.scala": (
            "package ledger\n\nimport cats.effect._\nimport doobie._\n"
            "import org.http4s.ember.server.EmberServerBuilder\n\n"
            "object Main extends IOApp.Simple {\n"
            "  val run = EmberServerBuilder.default[IO].build.useForever\n}\n"
        ),
        "src/test/scala/ledger/RoutesSuite.scala": (
            "package ledger\n\nclass RoutesSuite extends munit.FunSuite {\n}\n"
        ),
    }
    found = by_folder(write(tmp_path, files))
    assert sorted(found) == ["."]
    backend = found["."]
    assert (backend.language, backend.language_version) == ("Scala", "3.3.4")
    assert first(backend, K.FRAMEWORK) == ("http4s", "0.23.30")
    assert (_data(backend), first(backend, K.QUERY)[1]) == ("Doobie", "1.0.0-RC6")
    assert first(backend, K.DATABASE)[0] == "PostgreSQL"
    assert first(backend, K.TEST) == ("MUnit", "1.0.2")


@pytest.mark.parametrize("group", ["org.playframework", "com.typesafe.play"])
def test_play_from_its_sbt_plugin(tmp_path: Path, group: str) -> None:
    """A Play application: the plugin in project/plugins.sbt, `enablePlugins(PlayScala)`,
    Anorm over H2 in application.conf, specs2."""
    files = {
        "build.sbt": (
            'name := "notes"\n\nlazy val root = (project in file(".")).enablePlugins(PlayScala)\n'
            '\nscalaVersion := "2.13.16"\n\nlibraryDependencies ++= Seq(\n  guice,\n  jdbc,\n'
            '  "org.playframework.anorm" %% "anorm" % "2.7.0",\n'
            '  "com.h2database" % "h2" % "2.3.232",\n'
            "  specs2 % Test\n)\n"
        ),
        "project/plugins.sbt": f'addSbtPlugin("{group}" % "sbt-plugin" % "3.0.6")\n',
        "app/controllers/HomeController.scala": (
            "package controllers\n\nimport javax.inject._\nimport play.api.mvc._\n\n"
            "@Singleton\nclass HomeController @Inject() (val controllerComponents: "
            "ControllerComponents) extends BaseController {\n}\n"
        ),
        "app/models/Note.scala": "package models\n\nimport anorm._\n\ncase class Note(id: Long)\n",
        "conf/application.conf": (
            'db.default.driver = org.h2.Driver\ndb.default.url = "jdbc:h2:mem:play"\n'
        ),
        "test/HomeSpec.scala": (
            "import org.specs2.mutable._\n\nclass HomeSpec extends Specification\n"
        ),
    }
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, K.FRAMEWORK) == ("Play", "3.0.6")
    assert _data(backend) == "Anorm"
    assert first(backend, K.DATABASE)[0] == "H2"
    assert first(backend, K.TEST)[0] == "specs2"


def _single(dependencies: list[str], code: Files, conf: str = "") -> Files:
    listed = ",\n".join(f"  {d}" for d in dependencies)
    files = {
        "build.sbt": (
            'name := "svc"\nscalaVersion := "2.13.16"\nenablePlugins(JavaAppPackaging)\n\n'
            f"libraryDependencies ++= Seq(\n{listed}\n)\n"
        ),
        **code,
    }
    if conf:
        files["src/main/resources/application.conf"] = conf
    return files


@pytest.mark.parametrize(
    ("dependencies", "code", "conf", "expected"),
    [
        (
            [
                '"com.typesafe.akka" %% "akka-http" % "10.2.10"',
                '"org.scalikejdbc" %% "scalikejdbc" % "4.3.2"',
                '"com.mysql" % "mysql-connector-j" % "9.1.0"',
                '"org.scalatest" %% "scalatest" % "3.2.19" % "test"',
            ],
            {
                "src/main/scala/svc/Main.scala": (
                    "import akka.http.scaladsl.{Http, server}\nimport scalikejdbc._\n"
                    "object Main extends App\n"
                )
            },
            "",
            ("Akka HTTP", "10.2.10", "ScalikeJDBC", "MySQL", "ScalaTest"),
        ),
        (
            [
                '"dev.zio" %% "zio-http" % "3.0.1"',
                '"io.getquill" %% "quill-jdbc-zio" % "4.8.5"',
                '"org.postgresql" % "postgresql" % "42.7.4"',
                '"dev.zio" %% "zio-test" % "2.1.14" % Test',
            ],
            {
                "src/main/scala/svc/Main.scala": (
                    "import zio._\nimport zio.http._\nimport io.getquill._\n"
                    "object Main extends ZIOAppDefault\n"
                ),
                "src/test/scala/svc/MainSpec.scala": (
                    "import zio.test._\nobject MainSpec extends ZIOSpecDefault\n"
                ),
            },
            "",
            ("ZIO HTTP", "3.0.1", "Quill", "PostgreSQL", "ZIO Test"),
        ),
        (
            [
                '"org.scalatra" %% "scalatra" % "3.1.0"',
                '"com.typesafe.slick" %% "slick" % "3.5.2"',
                '"com.h2database" % "h2" % "2.3.232"',
                '"org.scalatra" %% "scalatra-scalatest" % "3.1.0" % Test',
            ],
            {
                "src/main/scala/svc/Servlet.scala": (
                    "import org.scalatra._\nclass Servlet extends ScalatraServlet\n"
                ),
            },
            "",
            ("Scalatra", "3.1.0", "Slick", "H2", "ScalaTest"),
        ),
        (
            [
                '"com.twitter" %% "finatra-http-server" % "24.2.0"',
                '"org.tpolecat" %% "skunk-core" % "0.6.4"',
            ],
            {
                "src/main/scala/svc/Server.scala": (
                    "import com.twitter.finatra.http.HttpServer\nimport skunk._\n"
                    "object Server extends HttpServer\n"
                ),
            },
            "",
            ("Finatra", "24.2.0", "Skunk", "PostgreSQL", ""),
        ),
        (
            [
                '"com.softwaremill.sttp.tapir" %% "tapir-pekko-http-server" % "1.11.9"',
                '"com.typesafe.slick" %% "slick" % "3.5.2"',
            ],
            {
                "src/main/scala/svc/Main.scala": (
                    "import org.apache.pekko.http.scaladsl.Http\n"
                    "import slick.jdbc.PostgresProfile.api._\nobject Main extends App\n"
                ),
            },
            "",
            ("Pekko HTTP", "1.11.9", "Slick", "PostgreSQL", ""),
        ),
        (
            [
                '"org.apache.pekko" %% "pekko-http" % "1.1.0"',
                '"com.typesafe.slick" %% "slick" % "3.5.2"',
            ],
            {"src/main/scala/svc/Main.scala": _PEKKO_SERVER},
            'slick.dbs.default {\n  profile = "slick.jdbc.MySQLProfile$"\n'
            '  db.url = "jdbc:mariadb://db:3306/svc"\n}\n',
            ("Pekko HTTP", "1.1.0", "Slick", "MariaDB", ""),
        ),
    ],
)
def test_scala_servers_data_layers_engines_and_tests(
    tmp_path: Path,
    dependencies: list[str],
    code: Files,
    conf: str,
    expected: tuple[str, str, str, str, str],
) -> None:
    backend = by_folder(write(tmp_path, _single(dependencies, code, conf)))["."]
    framework, version, data, engine, test = expected
    assert backend.language == "Scala"
    assert first(backend, K.FRAMEWORK) == (framework, version)
    assert _data(backend) == data
    assert first(backend, K.DATABASE)[0] == engine
    assert first(backend, K.TEST)[0] == test


def test_the_main_test_framework_where_the_build_names_two(tmp_path: Path) -> None:
    """ScalaTest in every test file, MUnit in the build only: ScalaTest, the suite's own."""
    files = _tdr_files()
    files["build.sbt"] = files["build.sbt"].replace(
        '  "org.scalatest"', '  "org.scalameta" %% "munit" % "1.0.2" % Test,\n  "org.scalatest"'
    )
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, K.TEST)[0] == "ScalaTest"


def test_a_library_sbt_build_is_no_backend(tmp_path: Path) -> None:
    """An http4s middleware published to Maven Central for two Scala versions: no server."""
    files = {
        "build.sbt": (
            'ThisBuild / organization := "io.example"\n'
            'ThisBuild / crossScalaVersions := Seq("2.13.16", "3.3.4")\n'
            "ThisBuild / publishTo := sonatypePublishToBundle.value\n\n"
            'name := "http4s-ratelimit"\n\nlibraryDependencies ++= Seq(\n'
            '  "org.http4s" %% "http4s-server" % "0.23.30",\n'
            '  "org.scalameta" %% "munit" % "1.0.2" % Test\n)\n'
        ),
        "project/plugins.sbt": 'addSbtPlugin("org.xerial.sbt" % "sbt-sonatype" % "3.12.2")\n',
        "src/main/scala/io/example/RateLimit.scala": (
            "package io.example\n\nimport org.http4s._\n\nobject RateLimit\n"
        ),
    }
    assert detect(write(tmp_path, files)).backends == []


def test_a_java_build_s_application_conf_is_not_scala(tmp_path: Path) -> None:
    """A Spring Boot service keeping a HOCON application.conf: Java, whatever it names."""
    files = {
        "pom.xml": (
            "<project>\n  <artifactId>svc</artifactId>\n  <dependencies>\n"
            "    <dependency>\n      <groupId>org.springframework.boot</groupId>\n"
            "      <artifactId>spring-boot-starter-web</artifactId>\n"
            "      <version>3.3.5</version>\n    </dependency>\n  </dependencies>\n</project>\n"
        ),
        "src/main/java/svc/SvcApplication.java": (
            "package svc;\n\n@SpringBootApplication\npublic class SvcApplication {}\n"
        ),
        "src/main/resources/application.conf": 'db.url = "jdbc:postgresql://db/svc"\n',
    }
    backend = by_folder(write(tmp_path, files))["."]
    assert backend.language == "Java"
    assert first(backend, K.FRAMEWORK)[0] == "Spring Boot"


def test_a_gem_serving_sinatra_stays_a_backend(tmp_path: Path) -> None:
    """Only mix and sbt manifests say outright that they build a library: gemstash's server
    ships as a gem (a gemspec the Gemfile loads), and is the tree's one backend."""
    files = {
        "Gemfile": 'source "https://rubygems.org"\n\ngemspec\ngem "rspec", "~> 3.3"\n',
        "gemstash.gemspec": (
            'Gem::Specification.new do |spec|\n  spec.name = "gemstash"\n'
            '  spec.add_runtime_dependency "puma", ">= 6.1", "< 8.0"\n'
            '  spec.add_runtime_dependency "sequel", "~> 5.0"\n'
            '  spec.add_runtime_dependency "sinatra", ">= 1.4", "< 5.0"\nend\n'
        ),
        "lib/gemstash/web.rb": 'require "sinatra/base"\n\nmodule Gemstash\n'
        "  class Web < Sinatra::Base\n  end\nend\n",
    }
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, K.FRAMEWORK)[0] == "Sinatra"


def test_a_maven_build_s_scala_server_and_data_layer(tmp_path: Path) -> None:
    """A Scala service built by Maven stays the JVM module's; the Scala libraries its pom
    names for one Scala version (`akka-http_${scala.binary.version}`, `slick_2.13`) are its
    server and data layer."""
    files = {
        "pom.xml": (
            "<project>\n  <artifactId>ledger</artifactId>\n  <properties>\n"
            "    <scala.binary.version>2.13</scala.binary.version>\n"
            "    <akka.http.version>10.2.10</akka.http.version>\n  </properties>\n"
            "  <dependencies>\n    <dependency>\n      <groupId>com.typesafe.akka</groupId>\n"
            "      <artifactId>akka-http_${scala.binary.version}</artifactId>\n"
            "      <version>${akka.http.version}</version>\n    </dependency>\n"
            "    <dependency>\n      <groupId>com.typesafe.slick</groupId>\n"
            "      <artifactId>slick_2.13</artifactId>\n      <version>3.5.2</version>\n"
            "    </dependency>\n    <dependency>\n      <groupId>org.postgresql</groupId>\n"
            "      <artifactId>postgresql</artifactId>\n      <version>42.7.4</version>\n"
            "    </dependency>\n  </dependencies>\n</project>\n"
        ),
        "src/main/scala/ledger/Main.scala": (
            "package ledger\n\nimport akka.http.scaladsl.Http\nimport slick.jdbc.JdbcBackend\n\n"
            "object Main extends App\n"
        ),
    }
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, K.FRAMEWORK) == ("Akka HTTP", "10.2.10")
    assert first(backend, K.ORM) == ("Slick", "3.5.2")
    assert first(backend, K.DATABASE)[0] == "PostgreSQL"


def test_a_maven_or_gradle_build_compiling_scala_is_scala(tmp_path: Path) -> None:
    """Maven's scala-library beside scala-maven-plugin, Gradle's core `scala` plugin: the
    language is Scala at its library's version, not Java at the bytecode target the build
    also sets (`<java.version>17</java.version>`)."""
    files = {
        "maven/pom.xml": (
            "<project>\n  <artifactId>ledger</artifactId>\n  <properties>\n"
            "    <java.version>17</java.version>\n"
            "    <scala.version>2.13.14</scala.version>\n  </properties>\n"
            "  <dependencies>\n    <dependency>\n      <groupId>org.scala-lang</groupId>\n"
            "      <artifactId>scala-library</artifactId>\n"
            "      <version>${scala.version}</version>\n    </dependency>\n"
            "    <dependency>\n      <groupId>com.typesafe.akka</groupId>\n"
            "      <artifactId>akka-http_2.13</artifactId>\n      <version>10.2.10</version>\n"
            "    </dependency>\n  </dependencies>\n  <build>\n    <plugins>\n      <plugin>\n"
            "        <groupId>net.alchim31.maven</groupId>\n"
            "        <artifactId>scala-maven-plugin</artifactId>\n"
            "        <version>4.9.2</version>\n      </plugin>\n    </plugins>\n  </build>\n"
            "</project>\n"
        ),
        "maven/src/main/scala/ledger/Main.scala": (
            "package ledger\n\nimport akka.http.scaladsl.Http\n\nobject Main extends App\n"
        ),
        "gradle/build.gradle": (
            "plugins {\n    id 'scala'\n    id 'application'\n}\n\n"
            "java {\n    sourceCompatibility = '17'\n}\n\ndependencies {\n"
            "    implementation 'org.http4s:http4s-ember-server_3:0.23.30'\n}\n"
        ),
        "gradle/src/main/scala/Main.scala": "import org.http4s.ember.server.*\n\n"
        "object Main extends App\n",
    }
    found = by_folder(write(tmp_path, files))
    assert (found["maven"].language, found["maven"].language_version) == ("Scala", "2.13.14")
    assert first(found["maven"], K.FRAMEWORK) == ("Akka HTTP", "10.2.10")
    assert (found["gradle"].language, found["gradle"].language_version) == ("Scala", "")


def test_scalatra_3_over_blocking_slick_supporting_several_engines(tmp_path: Path) -> None:
    """gitbucket's shape: Scalatra 3's javax build, blocking-slick, one profile per engine
    (`extends slick.jdbc.PostgresProfile`): Slick is proven, no engine is by that profile."""
    files = {
        "build.sbt": (
            'val ScalatraVersion = "3.2.0"\n\nname := "gitbucket"\nscalaVersion := "2.13.18"\n\n'
            "libraryDependencies ++= Seq(\n"
            '  "org.scalatra" %% "scalatra-javax" % ScalatraVersion,\n'
            '  "com.github.takezoe" %% "blocking-slick" % "0.0.14",\n'
            '  "com.h2database" % "h2" % "2.4.240",\n'
            '  "org.mariadb.jdbc" % "mariadb-java-client" % "2.7.15",\n'
            '  "org.postgresql" % "postgresql" % "42.7.13",\n'
            '  "org.scalatra" %% "scalatra-scalatest-javax" % ScalatraVersion % "test"\n)\n'
            '\nassembly / mainClass := Some("JettyLauncher")\n'
        ),
        "src/main/scala/app/util/DatabaseConfig.scala": (
            "package app.util\n\nimport com.github.takezoe.slick.blocking.BlockingJdbcProfile\n\n"
            "object BlockingPostgresDriver extends slick.jdbc.PostgresProfile with "
            "BlockingJdbcProfile\n"
        ),
    }
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, K.FRAMEWORK) == ("Scalatra", "3.2.0")
    assert first(backend, K.ORM)[0] == "Slick"
    assert first(backend, K.TEST)[0] == "ScalaTest"
    engines = [f for f in backend.findings if f.kind is K.DATABASE]
    assert {f.name for f in engines} == {"H2", "MariaDB", "PostgreSQL"}
    assert not any(e.path.endswith("DatabaseConfig.scala") for f in engines for e in f.evidence)
    slick = next(f for f in backend.findings if f.kind is K.ORM)
    assert any(e.path.endswith("DatabaseConfig.scala") for e in slick.evidence)
