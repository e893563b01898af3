"""Build files of many blank lines read in linear time (#19): three patterns anchored at a line
start with `^\\s*` ran from every line start over all the blank lines below it, so a
project.clj of 300 000 blank lines kept `designer detect` busy for minutes. Their blanks now
stay on the line; a match exists exactly where one did before."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder
from test_detect_projects import write

from designer.detect.autoconfig_libraries import _WAR
from designer.detect.ecosystems.clojure import _LEIN_MAIN
from designer.detect.ecosystems.scala import _PUBLISHED

_BLANKS = "\n" * 200_000


def test_a_project_clj_of_blank_lines_is_read(tmp_path: Path) -> None:
    project = (
        '(defproject app "0.1.0"\n  :dependencies [[ring/ring-core "1.9.0"]]'
        + _BLANKS
        + "  :main app.core)\n"
    )
    assert by_folder(write(tmp_path, {"project.clj": project})) is not None
    assert _LEIN_MAIN.search(project)


def test_the_patterns_answer_as_before_on_ordinary_files() -> None:
    assert _LEIN_MAIN.search("(defproject a \"1\"\n\n   :main ^:skip-aot app.core)")
    assert not _LEIN_MAIN.search("(defproject a \"1\"\n  :main-opts [])" + _BLANKS)
    assert _PUBLISHED.search("name := \"x\"\n\n  ThisBuild / publishTo := None\n")
    assert not _PUBLISHED.search("name := \"x\"" + _BLANKS + "x")
    assert _WAR.search("plugins {\n    id 'war'\n}\n")
    assert _WAR.search("plugins {\n    id('war')\n}\n")
    assert _WAR.search("plugins {\n\n  war  \n}\n")
    assert not _WAR.search("plugins {" + _BLANKS + " warn\n}")
    assert not _WAR.search("id" + " " * 200_000 + "x")
