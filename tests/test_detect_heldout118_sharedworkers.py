"""Workers beside a build's API application serve no client (#19), two shapes of held-out
set 118:

- dp3t's interops module: a Spring Boot application whose own build declares no data layer,
  running `@Scheduled` jobs on the build's data module (which the API application uses too),
  its configuration pointing at that database, its web starter serving Actuator only;
- biosamples' agents: Spring Boot applications whose `@RabbitListener` methods are fed through
  the AMQP starter a common module of the build declares.

Each counter-case keeps the worker a backend: an endpoint of its own, or no serving application
on the data module."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_detect_gaps import by_folder
from test_detect_projects import write


def _pom(artifact: str, deps: list[tuple[str, str]]) -> str:
    items = "\n".join(
        f"    <dependency>\n      <groupId>{g}</groupId>\n      <artifactId>{a}</artifactId>\n"
        "    </dependency>"
        for g, a in deps
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<project>\n  <modelVersion>4.0.0</modelVersion>\n'
        "  <parent>\n    <groupId>org.acme</groupId>\n    <artifactId>backend</artifactId>\n"
        "    <version>1.0</version>\n  </parent>\n"
        f"  <artifactId>{artifact}</artifactId>\n  <dependencies>\n{items}\n"
        "  </dependencies>\n</project>\n"
    )


_ROOT = """<?xml version="1.0" encoding="UTF-8"?>
<project>
  <modelVersion>4.0.0</modelVersion>
  <groupId>org.acme</groupId>
  <artifactId>backend</artifactId>
  <version>1.0</version>
  <packaging>pom</packaging>
  <modules>
    <module>backend-data</module>
    <module>backend-ws</module>
    <module>backend-sync</module>
  </modules>
  <dependencyManagement>
    <dependencies>
      <dependency>
        <groupId>org.springframework.boot</groupId>
        <artifactId>spring-boot-dependencies</artifactId>
        <version>2.4.10</version>
        <type>pom</type>
        <scope>import</scope>
      </dependency>
    </dependencies>
  </dependencyManagement>
</project>
"""

_BOOT = "org.springframework.boot"


def _app(package: str, body: str, imports: str = "") -> str:
    return (
        f"package org.acme.{package};\n\n{imports}"
        "import org.springframework.boot.autoconfigure.SpringBootApplication;\n\n"
        f"@SpringBootApplication\npublic class Application {{\n{body}}}\n"
    )


_DAO = (
    "package org.acme.data;\n\n"
    "import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;\n\n"
    "public class JdbcKeyDataServiceImpl {\n  private NamedParameterJdbcTemplate jt;\n}\n"
)
_CONTROLLER = (
    "package org.acme.ws;\n\nimport org.springframework.web.bind.annotation.RestController;\n\n"
    "@RestController\npublic class KeyController {}\n"
)
_SCHEDULED = (
    "  @Scheduled(cron = \"0 0/10 * * * ?\")\n"
    "  public void sync() {}\n"
)
_PROPERTIES = "datasource.url=jdbc:postgresql://localhost:5432/keys\n"


def _scheduled_tree(change: str = "") -> dict[str, str]:
    web = [(_BOOT, "spring-boot-starter-web"), (_BOOT, "spring-boot-starter-actuator")]
    files = {
        "pom.xml": _ROOT,
        "backend-data/pom.xml": _pom(
            "backend-data",
            [(_BOOT, "spring-boot-starter-jdbc"), ("org.postgresql", "postgresql")],
        ),
        "backend-data/src/main/java/org/acme/data/JdbcKeyDataServiceImpl.java": _DAO,
        "backend-sync/pom.xml": _pom("backend-sync", [*web, ("org.acme", "backend-data")]),
        "backend-sync/src/main/java/org/acme/sync/Application.java": _app(
            "sync", _SCHEDULED, "import org.springframework.scheduling.annotation.Scheduled;\n"
        ),
        "backend-sync/src/main/resources/application.properties": _PROPERTIES,
    }
    if change != "no server":
        files["backend-ws/pom.xml"] = _pom("backend-ws", [*web, ("org.acme", "backend-data")])
        files["backend-ws/src/main/java/org/acme/ws/Application.java"] = _app("ws", "")
        files["backend-ws/src/main/java/org/acme/ws/KeyController.java"] = _CONTROLLER
    if change == "endpoint":
        files["backend-sync/src/main/java/org/acme/sync/StatusController.java"] = (
            _CONTROLLER.replace("org.acme.ws", "org.acme.sync")
        )
    return files


def test_scheduled_worker_on_the_api_data_module_is_no_backend(tmp_path: Path) -> None:
    write(tmp_path, _scheduled_tree())
    assert sorted(by_folder(tmp_path)) == ["backend-ws"]


@pytest.mark.parametrize("change", ["endpoint", "no server"])
def test_scheduled_worker_stays_a_backend(tmp_path: Path, change: str) -> None:
    # The counter-cases: the worker declares an endpoint of its own; no application serving
    # endpoints uses the data module (the worker is the only application on it).
    write(tmp_path, _scheduled_tree(change))
    assert "backend-sync" in by_folder(tmp_path)


_LISTENER = (
    "  @RabbitListener(queues = \"samples\")\n"
    "  public void handle(String message) {}\n"
)


_RABBIT = "import org.springframework.amqp.rabbit.annotation.RabbitListener;\n"


def _agents_tree(endpoint: bool = False) -> dict[str, str]:
    files = {
        "pom.xml": _ROOT.replace("backend-data", "core").replace("backend-ws", "webapp")
        .replace("backend-sync", "agent"),
        "core/pom.xml": _pom(
            "core",
            [(_BOOT, "spring-boot-starter-amqp"), (_BOOT, "spring-boot-starter-data-mongodb")],
        ),
        "core/src/main/java/org/acme/core/SampleRepository.java": (
            "package org.acme.core;\n\npublic interface SampleRepository {}\n"
        ),
        "agent/pom.xml": _pom("agent", [(_BOOT, "spring-boot-starter-web"), ("org.acme", "core")]),
        "agent/src/main/java/org/acme/agent/Application.java": _app("agent", _LISTENER, _RABBIT),
        "webapp/pom.xml": _pom(
            "webapp", [(_BOOT, "spring-boot-starter-web"), ("org.acme", "core")]
        ),
        "webapp/src/main/java/org/acme/ws/Application.java": _app("ws", ""),
        "webapp/src/main/java/org/acme/ws/KeyController.java": _CONTROLLER,
    }
    if endpoint:
        files["agent/src/main/java/org/acme/agent/StatusController.java"] = (
            _CONTROLLER.replace("org.acme.ws", "org.acme.agent")
        )
    return files


def test_listener_fed_through_a_build_module_broker_is_no_backend(tmp_path: Path) -> None:
    write(tmp_path, _agents_tree())
    assert sorted(by_folder(tmp_path)) == ["webapp"]


def test_listener_with_an_endpoint_stays_a_backend(tmp_path: Path) -> None:
    # The counter-case: the agent declares a controller of its own.
    write(tmp_path, _agents_tree(endpoint=True))
    assert sorted(by_folder(tmp_path)) == ["agent", "webapp"]
