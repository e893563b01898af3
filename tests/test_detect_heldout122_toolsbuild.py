"""A deps.edn application whose tools.build script lives in a source folder (#19): the lrsql
shape of held-out set 122, a Pedestal service whose deps.edn runs no namespace of its own
through an alias (its mains are started from a shell script over the uberjar), and whose
`:build` alias keeps the build program in `src/build` (`:extra-paths ["src/build"]
:ns-default app.build`) rather than as build.clj beside deps.edn. The program makes an
uberjar: the project is an application, its Pedestal the backend's framework. A library built
the same way (its script makes a jar to deploy) stays a library."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_DEPS = """{:paths ["src/main" "resources"]
 :deps
 {org.clojure/clojure {:mvn/version "1.11.2"}
  ;; Pedestal and Jetty webserver deps
  com.github.seancorfield/next.jdbc {:mvn/version "1.2.709"}
  io.pedestal/pedestal.jetty
  {:mvn/version "0.8.2-beta-10"
   :exclusions  [com.fasterxml.jackson.core/jackson-core]}}
 :aliases
 {:db-postgres
  {:extra-paths ["src/db/postgres"]
   :extra-deps  {org.postgresql/postgresql {:mvn/version "42.7.13"}}}
  :test
  {:extra-paths ["src/test"]
   :extra-deps  {io.github.cognitect-labs/test-runner
                 {:git/url "https://github.com/cognitect-labs/test-runner.git"
                  :git/sha "3f288f1f16d167723ad87cc35b1dfee3c1681e10"}}}
  ;; Build alias invoked like clojure -Xbuild uber
  :build
  {:replace-deps {io.github.clojure/tools.build {:git/tag "v0.10.0"
                                                 :git/sha "3a2c484"}}
   :extra-paths  ["src/build"]
   :ns-default   app.build}}}
"""
_BUILD = """(ns app.build
  (:require [clojure.tools.build.api :as b]))

(def class-dir "target/classes")

(defn {goal}
  "Create the {goal}."
  [_]
  (b/compile-clj {:basis (b/create-basis) :class-dir class-dir})
  (b/{goal} {:class-dir class-dir :{goal}-file "target/app.jar"}))
"""
_MAIN = (
    "(ns app.postgres.main\n  (:require [io.pedestal.http :as http])\n  (:gen-class))\n\n"
    "(defn -main [& _] (http/start (http/create-server {})))\n"
)


def _service(goal: str) -> dict[str, str]:
    return {
        "deps.edn": _DEPS,
        "src/build/app/build.clj": _BUILD.replace("{goal}", goal),
        "src/db/postgres/app/postgres/main.clj": _MAIN,
        "src/test/app/system_test.clj": (
            "(ns app.system-test\n  (:require [clojure.test :refer [deftest is]]))\n\n"
            "(deftest up (is true))\n"
        ),
    }


def test_uberjar_built_from_a_source_folder_makes_an_application(tmp_path: Path) -> None:
    write(tmp_path, _service("uber"))
    backend = by_folder(tmp_path)["."]
    assert first(backend, K.FRAMEWORK) == ("Pedestal", "0.8.2-beta-10")


def test_jar_built_from_a_source_folder_stays_a_library(tmp_path: Path) -> None:
    # The counter-case: the script only makes a jar (a library's, deployed to Clojars).
    write(tmp_path, _service("jar"))
    assert "." not in by_folder(tmp_path)
