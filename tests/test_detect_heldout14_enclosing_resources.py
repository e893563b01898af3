"""A module whose build packs files of a folder enclosing it, as set 14 showed it again
(benchmarks/detect_heldout14.yaml, #19): a Spring Boot agent's pom adds a `<resource>` of
`../../` (the repository's root) to copy its LICENSE and changelog into the jar. That folder
holds every other module and their tests, so it is no main tree of the module's: readers of
main sources (JDBC in code among them) keep reading the module's own `src/main`, and a sibling
server's JDBC code lends the agent no data layer."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder
from test_detect_projects import write

from designer.detect.assemble import Unit
from designer.detect.ecosystems import jvm
from designer.detect.jvm_sources import main_tree
from designer.detect.signals import Lines
from designer.model.stack import FindingKind as K

_ROOT_POM = (
    "<project>\n  <groupId>g</groupId>\n  <artifactId>reactor</artifactId>\n"
    "  <packaging>pom</packaging>\n  <modules>\n    <module>modules/agent</module>\n"
    "    <module>modules/server</module>\n  </modules>\n</project>\n"
)


def _pom(name: str, resources: str) -> str:
    return (
        "<project>\n  <parent>\n    <groupId>org.springframework.boot</groupId>\n"
        "    <artifactId>spring-boot-starter-parent</artifactId>\n"
        "    <version>2.7.18</version>\n  </parent>\n"
        f"  <artifactId>{name}</artifactId>\n  <dependencies>\n"
        "    <dependency>\n      <groupId>org.springframework.boot</groupId>\n"
        "      <artifactId>spring-boot-starter-web</artifactId>\n    </dependency>\n"
        "  </dependencies>\n"
        f"  <build>\n    <resources>\n{resources}    </resources>\n  </build>\n</project>\n"
    )


_ENCLOSING = (
    "      <resource>\n        <filtering>false</filtering>\n"
    "        <directory>../../</directory>\n        <includes>\n"
    "          <include>CHANGELOG.md</include>\n          <include>LICENSE</include>\n"
    "        </includes>\n      </resource>\n"
    "      <resource>\n        <directory>src/main/resources</directory>\n      </resource>\n"
)

_APP = (
    "package org.acme.{0};\n\nimport org.springframework.boot.SpringApplication;\n"
    "import org.springframework.boot.autoconfigure.SpringBootApplication;\n\n"
    "@SpringBootApplication\npublic class {1}Application {{\n"
    "  public static void main(String[] args) {{\n"
    "    SpringApplication.run({1}Application.class, args);\n  }}\n}}\n"
)

_JDBC = (
    "package org.acme.server.db;\n\nimport java.sql.Connection;\nimport java.sql.ResultSet;\n"
    "import java.sql.PreparedStatement;\n\npublic class Store{0} {{\n"
    "  ResultSet rows(Connection c) throws Exception {{\n"
    "    PreparedStatement s = c.prepareStatement(\"select 1\");\n"
    "    return s.executeQuery();\n  }}\n}}\n"
)


def _agent() -> Unit:
    unit = Unit("modules/agent")
    path = "modules/agent/pom.xml"
    unit.manifests.append((path, "jvm", jvm.parse(Lines(path, _pom("agent", _ENCLOSING)))))
    return unit


def test_an_enclosing_resource_folder_is_no_main_tree() -> None:
    assert main_tree(_agent()) == "modules/agent/src/main"


def test_a_siblings_jdbc_code_lends_the_agent_no_data_layer(tmp_path: Path) -> None:
    files = {
        "pom.xml": _ROOT_POM,
        "LICENSE": "MIT\n",
        "CHANGELOG.md": "# 1.0\n",
        "modules/agent/pom.xml": _pom("agent", _ENCLOSING),
        "modules/agent/src/main/java/org/acme/agent/AgentApplication.java": _APP.format(
            "agent", "Agent"
        ),
        "modules/server/pom.xml": _pom("server", ""),
        "modules/server/src/main/java/org/acme/server/ServerApplication.java": _APP.format(
            "server", "Server"
        ),
    }
    for number in range(6):
        path = f"modules/server/src/main/java/org/acme/server/db/Store{number}.java"
        files[path] = _JDBC.format(number)
    found = by_folder(write(tmp_path, files))
    assert not any(f.kind is K.QUERY for f in found["modules/agent"].findings)
    # The sibling writing its own SQL keeps JDBC.
    assert any(f.name == "JDBC" for f in found["modules/server"].findings)
