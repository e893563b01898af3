"""A deps.edn application whose tools.build script is run as a tool from the project's folder
(set 449, #19). Its `:build` alias declares tools.build and `:ns-default scripts.build` with no
`:extra-paths`: `clojure -T:build uber` puts the project's folder itself on the path, so the
program is `scripts/build.clj`, which makes the uberjar of the reitit server (`b/uber` with its
`:main`). Its deps.edn runs no namespace of its own through an alias (the HTTP server comes
from a shared library), so without the script it read as a library. The same script making a
plain jar leaves it one."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_DEPS = """{:paths ["src" "resources"]
 :deps
 {metosin/reitit {:mvn/version "0.7.1"}
  ring/ring-core {:mvn/version "1.15.5"}
  shared/core {:local/root "./shared-clj"}}
 :aliases
 {:build {:deps
          {io.github.example/tools.build
           {:git/tag "v0.9.5" :git/sha "94a26a9"}}
          :ns-default scripts.build}
  :test {:extra-paths ["test"]
         :extra-deps {io.github.cognitect-labs/test-runner
                      {:git/tag "v0.5.1" :git/sha "dfb30dd"}}
         :main-opts ["-m" "cognitect.test-runner"]}}}
"""

_BUILD = """(ns scripts.build
  (:require [clojure.tools.build.api :as b]))

(def class-dir "target/classes")
(def basis (b/create-basis {:project "deps.edn"}))

(defn {goal} [_]
  (b/compile-clj {:basis basis :src-dirs ["src"] :class-dir class-dir})
  (b/{goal} {:class-dir class-dir :{goal}-file "target/app.jar" :basis basis
           :main 'app.server.main}))
"""

_HANDLER = """(ns app.server.handler
  (:require [reitit.ring :as reitit-ring]))

(def app (reitit-ring/ring-handler (reitit-ring/router [["/items" {:get identity}]])))
"""


def _service(goal: str) -> dict[str, str]:
    return {
        "deps.edn": _DEPS,
        "scripts/build.clj": _BUILD.replace("{goal}", goal),
        "src/app/server/handler.clj": _HANDLER,
    }


def test_uberjar_built_by_a_tool_alias_makes_an_application(tmp_path: Path) -> None:
    write(tmp_path, _service("uber"))
    assert first(by_folder(tmp_path)["."], K.FRAMEWORK) == ("reitit", "0.7.1")


def test_jar_built_by_a_tool_alias_stays_a_library(tmp_path: Path) -> None:
    # The counter-case: the script makes a plain jar, a library's.
    write(tmp_path, _service("jar"))
    assert "." not in by_folder(tmp_path)
