"""Clojure backends and a Play application's MongoDB data layer (#19), two misses of the
thirty-third held-out set: cljdoc (Pedestal over next.jdbc on SQLite, Kaocha running
clojure.test, read from deps.edn) and agent-client-relationships (Play 3 over hmrc-mongo on
MongoDB, its artifact interpolating a val of project/AppDependencies.scala). Each fixture is a
small tree of the real files' shape: a deps.edn with its aliases or a Leiningen project.clj with
its profiles, the code starting a server, the settings naming the engine; an sbt build."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_detect_gaps import by_folder, first
from test_detect_projects import Files, write

from designer.detect import detect
from designer.model.stack import DetectedBackend
from designer.model.stack import FindingKind as K
from designer.questionnaire import stacks


def _data(backend: DetectedBackend) -> str:
    found = next((f for f in backend.findings if f.kind in (K.ORM, K.QUERY)), None)
    return found.name if found else ""


# --- Scala: Play over a MongoDB client ----------------------------------------------------------


_PLAY_CONTROLLER = (
    "package controllers\n\nimport javax.inject._\nimport play.api.mvc._\n\n"
    "@Singleton\nclass HomeController @Inject() (val controllerComponents: "
    "ControllerComponents) extends BaseController {\n}\n"
)


def _play(dependencies: str, defined: str = "") -> Files:
    return {
        "build.sbt": (
            'lazy val microservice = Project("agents", file("."))\n'
            "  .enablePlugins(PlayScala, SbtDistributablesPlugin)\n"
            '  .settings(\n    scalaVersion := "2.13.18",\n'
            "    libraryDependencies ++= AppDependencies.compile ++ AppDependencies.test\n  )\n"
        ),
        "project/plugins.sbt": 'addSbtPlugin("org.playframework" % "sbt-plugin" % "3.0.10")\n',
        "project/AppDependencies.scala": (
            "import sbt.*\n\nobject AppDependencies {\n\n"
            '  private val bootstrapVer = "10.7.0"\n  private val mongoVer = "2.12.0"\n'
            f"{defined}\n  val compile: Seq[ModuleID] = Seq(\n{dependencies}\n  )\n\n"
            "  val test: Seq[ModuleID] = Seq(\n"
            '    "org.scalatestplus.play" %% "scalatestplus-play" % "7.0.1" % Test\n  )\n}\n'
        ),
        "app/controllers/HomeController.scala": _PLAY_CONTROLLER,
        "conf/application.conf": 'mongodb {\n  uri = "mongodb://localhost:27017/agents"\n}\n',
        "test/HomeSpec.scala": "import org.scalatest.wordspec.AnyWordSpec\n\nclass HomeSpec\n",
    }


def test_play_over_hmrc_mongo_with_its_play_release_interpolated(tmp_path: Path) -> None:
    """agent-client-relationships' shape: `s"hmrc-mongo-$playVer"` with a private val."""
    files = _play(
        '    "uk.gov.hmrc"       %% s"bootstrap-backend-$playVer" % bootstrapVer,\n'
        '    "uk.gov.hmrc.mongo" %% s"hmrc-mongo-$playVer"        % mongoVer,\n'
        '    "org.typelevel"     %% "cats-core"                   % "2.13.0"',
        '  private val playVer = "play-30"\n',
    )
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, K.FRAMEWORK) == ("Play", "3.0.10")
    assert (_data(backend), first(backend, K.DATABASE)[0]) == ("hmrc-mongo", "MongoDB")
    hmrc = next(f for f in backend.findings if f.name == "hmrc-mongo")
    assert hmrc.version == "2.12.0"  # `private val mongoVer` resolves
    assert first(backend, K.TEST)[0] == "ScalaTest"


def test_hmrc_mongo_whose_play_release_is_defined_elsewhere(tmp_path: Path) -> None:
    files = _play('    "uk.gov.hmrc.mongo" %% s"hmrc-mongo-${playVersion}" % mongoVer')
    backend = by_folder(write(tmp_path, files))["."]
    assert (_data(backend), first(backend, K.DATABASE)[0]) == ("hmrc-mongo", "MongoDB")


@pytest.mark.parametrize(
    ("dependency", "data"),
    [
        ('"org.mongodb.scala" %% "mongo-scala-driver" % "5.1.4"', "mongo-scala-driver"),
        ('"org.reactivemongo" %% "reactivemongo" % "1.0.10"', "ReactiveMongo"),
        ('"org.reactivemongo" %% "play2-reactivemongo" % "1.0.10-play28"', "ReactiveMongo"),
    ],
)
def test_play_over_a_mongodb_client(tmp_path: Path, dependency: str, data: str) -> None:
    backend = by_folder(write(tmp_path, _play(f"    {dependency}")))["."]
    assert (_data(backend), first(backend, K.DATABASE)[0]) == (data, "MongoDB")


# --- Clojure ------------------------------------------------------------------------------------


def _deps_edn(deps: list[str], aliases: str) -> str:
    listed = "\n        ".join(deps)
    return (
        '{:deps {org.clojure/clojure {:mvn/version "1.12.5"}\n\n'
        "        ;; web server/services\n"
        f"        {listed}}}\n\n"
        ' :paths ["src" "resources"]\n'
        f" :aliases {{{aliases}}}}}\n"
    )


_TEST_ALIAS = (
    ':test\n           {:extra-paths ["test"]\n'
    '            :extra-deps {lambdaisland/kaocha {:mvn/version "1.91.1392"}\n'
    '                         org.clojure/test.check {:mvn/version "1.1.3"}}\n'
    '            :main-opts ["-m" "kaocha.runner"]}\n'
    "           :nrepl\n"
    '           {:extra-deps {nrepl/nrepl {:mvn/version "1.7.0"}}\n'
    '            :main-opts  ["-m" "nrepl.cmdline" "-i"]}'
)
_CLI_ALIAS = '\n           :cli\n           {:main-opts ["-m" "shop.cli"]}'

_CLJ_TEST = (
    "(ns shop.server-test\n  (:require [clojure.test :as t]\n"
    "            [clojure.test.check.generators :as gen]\n            [shop.server]))\n\n"
    "(t/deftest home\n  (t/is (= 200 (:status (shop.server/home {})))))\n"
)


def _cljdoc(aliases: str = _TEST_ALIAS + _CLI_ALIAS) -> Files:
    """cljdoc's shape: Pedestal on Jetty, next.jdbc and the SQLite driver in :deps (a
    coordinate's version on the next line), Kaocha in the :test alias and tests.edn,
    clojure.test in the test namespaces, an alias running the project's own CLI."""
    return {
        "deps.edn": _deps_edn(
            [
                'io.pedestal/pedestal.jetty {:mvn/version "0.8.1"}    ;; jetty engine',
                'com.github.seancorfield/next.jdbc {:mvn/version "1.3.1118"}',
                'org.xerial/sqlite-jdbc {:mvn/version "3.53.2.0"}',
                'com.vladsch.flexmark/flexmark\n        {:mvn/version "0.64.8"}',
                'cljdoc/cljdoc-shared {:git/url "https://github.com/cljdoc/cljdoc-shared.git"\n'
                '                      :git/sha "adbab7d7471509bb49c0c24cf33ffa161f7fa1e0"}',
            ],
            aliases,
        ),
        "tests.edn": "#kaocha/v1 {:reporter kaocha.report/documentation}\n",
        "src/shop/server.clj": (
            "(ns shop.server\n  (:require [io.pedestal.http :as http]))\n\n"
            "(defn home [_] {:status 200})\n"
        ),
        "test/shop/server_test.clj": _CLJ_TEST,
    }


def test_pedestal_over_next_jdbc_on_sqlite_with_kaocha(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _cljdoc()))["."]
    assert backend.language == "Clojure"
    assert first(backend, K.FRAMEWORK) == ("Pedestal", "0.8.1")
    assert (_data(backend), first(backend, K.DATABASE)[0]) == ("next.jdbc", "SQLite")
    assert first(backend, K.TEST)[0] in ("Kaocha", "clojure.test")
    tests = {f.name for f in backend.findings if f.kind is K.TEST}
    assert {"Kaocha", "clojure.test"} <= tests  # not clojure.test.check's property tests


def test_a_deps_edn_library_is_no_backend(tmp_path: Path) -> None:
    """No alias running a namespace of its own (the test and nREPL runners come with their
    aliases' dependencies), no uberjar built: a library, whatever server it depends on."""
    assert detect(write(tmp_path, _cljdoc(_TEST_ALIAS))).backends == []


def test_a_deps_edn_application_built_as_an_uberjar(tmp_path: Path) -> None:
    files = _cljdoc(_TEST_ALIAS)
    files["build.clj"] = (
        "(ns build\n  (:require [clojure.tools.build.api :as b]))\n\n"
        "(defn uber [_]\n  (b/uber {:class-dir class-dir :uber-file uber-file\n"
        "           :basis @basis :main 'shop.core}))\n"
    )
    assert first(by_folder(write(tmp_path, files))["."], K.FRAMEWORK)[0] == "Pedestal"


def _project_clj(dependencies: list[str], extra: str = "") -> str:
    listed = "\n                 ".join(dependencies)
    return (
        '(defproject shop "0.1.0-SNAPSHOT"\n  :description "A shop"\n'
        f'  :dependencies [[org.clojure/clojure "1.11.1"]\n                 {listed}]\n'
        '  :plugins [[lein-cljfmt "0.9.2"]]\n'
        f"{extra}"
        '  :profiles {:dev {:dependencies [[ring/ring-mock "0.4.0"]\n'
        '                                  [midje "1.10.9"]]}})\n'
    )


@pytest.mark.parametrize(
    ("dependencies", "framework", "data", "engine"),
    [
        (
            [
                '[compojure "1.7.0"]',
                '[ring/ring-jetty-adapter "1.9.6"]',
                '[org.clojure/java.jdbc "0.7.12"]',
                '[org.postgresql/postgresql "42.7.3"]',
            ],
            ("Compojure", "1.7.0"),
            "clojure.java.jdbc",
            "PostgreSQL",
        ),
        (
            [
                '[metosin/reitit "0.7.0"]',
                '[ring/ring-core "1.12.1"]',
                '[http-kit "2.8.0"]',
                '[com.github.seancorfield/honeysql "2.6.1126"]',
                '[com.github.seancorfield/next.jdbc "1.3.925"]',
                '[com.mysql/mysql-connector-j "8.4.0"]',
            ],
            ("reitit", "0.7.0"),
            "next.jdbc",  # HoneySQL builds the SQL that next.jdbc runs
            "MySQL",
        ),
        (
            ['[ring "1.12.1"]', '[toucan "1.18.0"]', '[org.xerial/sqlite-jdbc "3.46.0.0"]'],
            ("Ring", "1.12.1"),
            "Toucan",
            "SQLite",
        ),
        (
            ['[io.pedestal/pedestal.service "0.6.3"]', '[com.datomic/peer "1.0.7075"]'],
            ("Pedestal", "0.6.3"),
            "Datomic",
            "Datomic",
        ),
        (
            [
                '[io.github.kit-clj/kit-core "1.0.7"]',
                '[metosin/reitit "0.7.0"]',
                '[com.xtdb/xtdb-core "1.24.3"]',
            ],
            ("Kit", "1.0.7"),
            "XTDB",
            "XTDB",
        ),
    ],
)
def test_leiningen_applications(
    tmp_path: Path,
    dependencies: list[str],
    framework: tuple[str, str],
    data: str,
    engine: str,
) -> None:
    files = {
        "project.clj": _project_clj(dependencies, "  :main ^:skip-aot shop.core\n"),
        "src/shop/core.clj": "(ns shop.core\n  (:gen-class))\n\n(defn -main [& args])\n",
        "test/shop/core_test.clj": (
            "(ns shop.core-test\n  (:require [midje.sweet :refer :all]))\n\n(fact (+ 1 1) => 2)\n"
        ),
    }
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, K.FRAMEWORK) == framework
    assert (_data(backend), first(backend, K.DATABASE)[0]) == (data, engine)
    assert first(backend, K.TEST)[0] == "Midje"
    # A profile's dependency is development tooling: ring-mock names no framework.
    assert all(f.version != "0.4.0" for f in backend.findings)


def test_lein_ring_handler_is_an_application_and_a_jdbc_url_its_engine(
    tmp_path: Path,
) -> None:
    files = {
        "project.clj": _project_clj(
            ['[compojure "1.7.0"]', '[com.github.seancorfield/next.jdbc "1.3.925"]'],
            '  :plugins [[lein-ring "0.12.6"]]\n  :ring {:handler shop.handler/app}\n',
        ),
        "resources/config.edn": '{:db {:jdbcUrl "jdbc:postgresql://localhost/shop"}}\n',
    }
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, K.FRAMEWORK)[0] == "Compojure"
    assert first(backend, K.DATABASE)[0] == "PostgreSQL"


def test_a_leiningen_library_is_no_backend(tmp_path: Path) -> None:
    files = {"project.clj": _project_clj(['[ring/ring-core "1.12.1"]', '[compojure "1.7.0"]'])}
    assert detect(write(tmp_path, files)).backends == []


@pytest.mark.parametrize(
    "name", ["Pedestal", "Ring", "Compojure", "reitit", "Kit", "Luminus", "Noir"]
)
def test_clojure_frameworks_have_stack_defaults(name: str) -> None:
    """Named from deps.edn or project.clj alone (no source rule), so not in
    test_stack_defaults' DETECTABLE: the same checks here."""
    found = stacks.facts(name)
    assert stacks.framework_name(name) == name
    assert found is not None and found.language == "Clojure"
    assert found.server and found.test_tools and found.start_command
    assert stacks.migrate_command(found.migration_tool) == "lein migratus migrate"
