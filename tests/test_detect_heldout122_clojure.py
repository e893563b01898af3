"""Clojure backends of held-out set 122 (#19).

- The harja shape: a Leiningen project on Compojure and http-kit whose queries are jeesql's
  (yesql's fork: functions made of .sql files), with a root package.json for Cypress whose
  specs (`cypress/e2e/*.cy.js`, shallow) fill the folder's test quota before the walk reaches
  the program's clojure.test namespaces under `test/clj/`: those are still seen, and
  clojure.test is the test framework.
"""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_PROJECT = """(defproject app "0.0.1-SNAPSHOT"
  :dependencies [[org.clojure/clojure "1.10.3"]
                 [http-kit "2.8.0"]
                 [compojure "1.7.1"]
                 [org.postgresql/postgresql "42.7.4"]
                 {query}]
  :main app.palvelin.main)
"""
_MAIN = (
    "(ns app.palvelin.main\n  (:require [org.httpkit.server :as http]\n"
    "            [compojure.core :refer [GET routes]]))\n\n"
    '(defn -main [] (http/run-server (routes (GET "/" [] "ok")) {:port 3000}))\n'
)
_TEST = (
    "(ns app.{name}-test\n  (:require [clojure.test :refer :all]\n"
    "            [app.{name} :as sut]))\n\n(deftest works (is (= 1 1)))\n"
)
_SPEC = "describe('view', () => { it('opens', () => { cy.visit('/') }) })\n"


def _harja(query: str = '[webjure/jeesql "0.4.7"]', unit_tests: bool = True) -> dict[str, str]:
    files = {
        "project.clj": _PROJECT.replace("{query}", query),
        "src/clj/app/palvelin/main.clj": _MAIN,
        "package.json": '{\n  "dependencies": {\n    "cypress": "10.2.0"\n  }\n}\n',
        "cypress.config.js": "module.exports = { e2e: {} }\n",
        "cypress/support/e2e.js": "import './commands'\n",
    }
    for index in range(24):
        files[f"cypress/e2e/view{index}.cy.js"] = _SPEC
    if unit_tests:
        for name in ("fmt", "geo", "pvm"):
            files[f"test/clj/app/{name}_test.clj"] = _TEST.replace("{name}", name)
    return files


def test_jeesql_is_the_data_layer(tmp_path: Path) -> None:
    write(tmp_path, _harja())
    assert first(by_folder(tmp_path)["."], K.QUERY) == ("jeesql", "0.4.7")


def test_no_jeesql_no_query_layer(tmp_path: Path) -> None:
    # The counter-case: a project declaring only its driver has no query layer to name.
    write(tmp_path, _harja(query=""))
    assert first(by_folder(tmp_path)["."], K.QUERY) == ("", "")


def test_unit_tests_past_a_shallow_cypress_suite_are_seen(tmp_path: Path) -> None:
    write(tmp_path, _harja())
    assert first(by_folder(tmp_path)["."], K.TEST)[0] == "clojure.test"


def test_cypress_alone_stays_the_test_framework(tmp_path: Path) -> None:
    # The counter-case: with no Clojure test namespace, Cypress is all the project tests with.
    write(tmp_path, _harja(unit_tests=False))
    assert first(by_folder(tmp_path)["."], K.TEST)[0] == "Cypress"
