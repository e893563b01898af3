"""Held-out set 125 (#19): a Clojure math worker beside a Node server, run from deps.edn's
`:run` alias (`:main-opts ["-m" "app.runner"]`), which polls the database and writes results
back. Its deps.edn still lists ring-core, a Jetty component and bidi, and its sources still keep
`app.components.server` (requiring `ring.adapter.jetty`), a namespace no other one requires.

The program serves no HTTP, so it is no backend: following the `ns` forms from the project's
own main namespaces (a tool's runner, `nrepl.cmdline`, aside) reaches no namespace requiring a
server adapter, while an unreached one does. Counter-case: a runner requiring the server
component stays a backend.
"""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder
from test_detect_projects import write

_DEPS = """{:paths ["src"]
 :deps {org.clojure/clojure {:mvn/version "1.11.1"}
        com.taoensso/timbre {:mvn/version "5.2.1"}
        ;; implicitly requires jetty, component and ring
        ring/ring-core {:mvn/version "1.9.6" :exclusions [clj-time/clj-time]}
        ring-jetty-component/ring-jetty-component {:mvn/version "0.3.1"}
        bidi/bidi {:mvn/version "2.1.6"}
        org.postgresql/postgresql {:mvn/version "42.5.2"}
        honeysql/honeysql {:mvn/version "1.0.461"}}
 :aliases {:dev
           {:extra-paths ["dev" "test"]
            :extra-deps {cider/cider-nrepl {:mvn/version "0.30.0"}}
            :main-opts ["-m" "nrepl.cmdline" "--middleware" "[cider.nrepl/cider-middleware]"]}
           :run
           {:main-opts ["-m" "app.runner"]}}}
"""

_RUNNER = """(ns app.runner
  "This namespace is responsible for running systems"
  (:require [app.system :as system]
            ;[app.components.server :as server]
            [taoensso.timbre :as log]
            [clojure.string :as string]))

(defn -main [& args]
  (system/start! (system/poller-system)))
"""

_SYSTEM = """(ns app.system
  (:require [app.components.postgres :as postgres]
            [app.conv-man :as conv-man]))

(defn poller-system [] {:postgres (postgres/create-postgres)})
(defn start! [system] system)
"""

_SERVER = """(ns app.components.server
  (:require
    [taoensso.timbre :as log]
    [ring.adapter.jetty :as jetty]
    [ring.util.response :as response]
    [bidi.bidi :as bidi]))

(defn healthcheck-handler [_] {:status 200 :body "All systems go!"})
"""


def _tree(runner: str) -> dict[str, str]:
    return {
        # The product's API beside the worker (a repository of one program reports it anyway).
        "server/package.json": '{"name": "server", "dependencies": {"express": "4.18.2"}}',
        "server/app.js": (
            "const express = require('express');\nconst app = express();\n"
            "app.get('/api/v3/comments', (req, res) => res.json([]));\napp.listen(5000);\n"
        ),
        "math/deps.edn": _DEPS,
        "math/Dockerfile": (
            "FROM docker.io/clojure:tools-deps-bullseye\nWORKDIR /app\nCOPY . .\n"
            "RUN clojure -A:dev -P\nCMD [\"./bin/run\"]\n"
        ),
        "math/bin/run": "#!/usr/bin/env bash\nclojure -M:run full\n",
        "math/src/app/runner.clj": runner,
        "math/src/app/system.clj": _SYSTEM,
        "math/src/app/conv_man.clj": "(ns app.conv-man\n  (:require [clojure.core.async :as a]))\n",
        "math/src/app/components/postgres.clj": (
            "(ns app.components.postgres\n  (:require [honeysql.core :as sql]))\n"
            "(defn create-postgres [] {})\n"
        ),
        "math/src/app/components/server.clj": _SERVER,
    }


def test_a_program_whose_mains_reach_no_server_is_no_backend(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _tree(_RUNNER)))
    assert "server" in found
    assert "math" not in found


def test_a_runner_requiring_the_server_stays_a_backend(tmp_path: Path) -> None:
    runner = _RUNNER.replace(";[app.components.server", "[app.components.server")
    assert "math" in by_folder(write(tmp_path, _tree(runner)))
