"""JVM: Spark Java declared under a fork's group, confirmed by its import (set 251, #19).

A social network's server depends on its author's patched Spark Java,
`me.example.sparkjava:spark-core:2.9.4+patch.4`, and its application imports
`static spark.Spark.*`. The catalogue reads `spark-core` under `com.sparkjava` only, so the
code alone named Spark, unversioned and unconfirmed. A unit whose framework is seen in code
only and whose own build declares the framework's artifact under another group now reads it as
the framework's, with its version (`jvm_forks`). Counter-cases: Apache Spark's `spark-core_2.12`
(a Scala-built artifact) is no fork, nor is an unsuffixed `org.apache.spark:spark-core`, and a
fork nothing imports names no framework. And the report of one undecided framework says it is
unconfirmed rather than "Spark are plausible"."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.cli import main
from designer.model.stack import FindingKind as K


def _pom(group: str, artifact: str, version: str) -> str:
    return (
        "<project>\n  <modelVersion>4.0.0</modelVersion>\n  <groupId>social</groupId>\n"
        "  <artifactId>server</artifactId>\n  <version>1.0</version>\n  <dependencies>\n"
        f"    <dependency>\n      <groupId>{group}</groupId>\n"
        f"      <artifactId>{artifact}</artifactId>\n      <version>{version}</version>\n"
        "    </dependency>\n  </dependencies>\n</project>\n"
    )


_MAIN = (
    "package social;\n\nimport static spark.Spark.*;\n\npublic class Application {\n"
    '    public static void main(String[] args) {\n        port(4567);\n'
    '        get("/users/:id", (req, res) -> "{}");\n    }\n}\n'
)


def _server(group: str, artifact: str, version: str, code: str = _MAIN) -> dict[str, str]:
    return {
        "pom.xml": _pom(group, artifact, version),
        "src/main/java/social/Application.java": code,
    }


def test_a_forked_spark_core_is_spark_with_its_version(tmp_path: Path) -> None:
    files = _server("me.example.sparkjava", "spark-core", "2.9.4+patch.4")
    found = by_folder(write(tmp_path, files))
    assert first(found["."], K.FRAMEWORK) == ("Spark", "2.9.4+patch.4")
    assert not found["."].ambiguous


@pytest.mark.parametrize(
    ("group", "artifact"),
    [("org.apache.spark", "spark-core_2.12"), ("org.apache.spark", "spark-core")],
)
def test_apache_spark_is_no_fork(tmp_path: Path, group: str, artifact: str) -> None:
    # Counter-case: Apache Spark's core beside the import leaves Spark Java unversioned.
    found = by_folder(write(tmp_path, _server(group, artifact, "3.5.1")))
    assert first(found["."], K.FRAMEWORK) == ("Spark", "")
    assert found["."].ambiguous


def test_a_fork_nothing_imports_is_no_framework(tmp_path: Path) -> None:
    # Counter-case: the code never imports spark.Spark: the artifact alone confirms nothing.
    code = "package social;\n\npublic class Application {}\n"
    files = _server("me.example.sparkjava", "spark-core", "2.9.4", code)
    found = by_folder(write(tmp_path, files))
    assert all(s.name != "Spark" for s in (found["."].findings if "." in found else []))


def test_one_undecided_framework_reads_as_unconfirmed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = write(tmp_path / "p", _server("org.apache.spark", "spark-core_2.12", "3.5.1"))
    assert main(["detect", str(root)]) == 0
    out = capsys.readouterr().out
    assert "ambiguous: Spark is plausible but unconfirmed; confirm or choose one" in out
    assert "Spark are plausible" not in out
