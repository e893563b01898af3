"""Held-out set 9 (#19), as the lead settled what a backend is in session 34: a monitoring
system's standalone collector, a Spring Boot application whose web starter serves only
Actuator's Prometheus endpoint (`management.endpoints.web.exposure.include: prometheus`), with
no controller in its code nor in the modules of the build it uses, and no data of its own (the
drivers it declares for its tests reach monitored systems). It takes its tasks from the server
over a connection of its own and serves its operators only: no backend. The server beside it
stays one; so does the collector once it declares a controller, and so does a gateway of the
same shape, which routes clients by its configuration.
"""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder
from test_detect_projects import SPRING_PARENT, dep, pom, write

_BOOT = "org.springframework.boot"


def _main(package: str, name: str) -> str:
    return (
        f"package org.example.{package};\n\n"
        "import org.springframework.boot.SpringApplication;\n"
        "import org.springframework.boot.autoconfigure.SpringBootApplication;\n\n"
        f"@SpringBootApplication\npublic class {name} {{\n"
        "    public static void main(String[] args) {\n"
        f"        SpringApplication.run({name}.class, args);\n    }}\n}}\n"
    )


_CONTROLLER = (
    "package org.example.collector.web;\n\n"
    "import org.springframework.web.bind.annotation.GetMapping;\n"
    "import org.springframework.web.bind.annotation.RestController;\n\n"
    "@RestController\npublic class TasksController {\n"
    '    @GetMapping("/tasks")\n    public java.util.List<String> tasks() {\n'
    "        return java.util.List.of();\n    }\n}\n"
)

_SERVER = {
    "manager/pom.xml": pom(
        "\n".join(
            (
                dep(_BOOT, "spring-boot-starter-web"),
                dep(_BOOT, "spring-boot-starter-data-jpa"),
                dep("com.h2database", "h2"),
            )
        ),
        parent=SPRING_PARENT,
    ),
    "manager/src/main/java/org/example/manager/Manager.java": _main("manager", "Manager"),
    "manager/src/main/java/org/example/manager/MonitorsController.java": _CONTROLLER.replace(
        "collector.web", "manager"
    ),
    "manager/src/main/resources/application.yml": (
        "spring:\n  datasource:\n    url: jdbc:h2:./data/manager\n"
    ),
}

_SETTINGS = (
    "server:\n  port: 1159\nmanagement:\n  endpoints:\n    web:\n      exposure:\n"
    "        include:\n          - 'prometheus'\n"
)


def _collector(*extra: str, files: tuple[tuple[str, str], ...] = ()) -> dict[str, str]:
    return {
        "collector/pom.xml": pom(
            "\n".join(
                (
                    dep(_BOOT, "spring-boot-starter-web"),
                    dep(_BOOT, "spring-boot-starter-actuator"),
                    dep("io.micrometer", "micrometer-registry-prometheus"),
                    *extra,
                    dep("com.mysql", "mysql-connector-j", scope="test"),
                    dep(_BOOT, "spring-boot-starter-test", scope="test"),
                )
            ),
            parent=SPRING_PARENT,
        ),
        "collector/Dockerfile": "FROM eclipse-temurin:21\nCOPY target/app.jar /app.jar\n",
        "collector/src/main/java/org/example/collector/Collector.java": _main(
            "collector", "Collector"
        ),
        "collector/src/main/java/org/example/collector/dispatch/CommonDispatcher.java": (
            "package org.example.collector.dispatch;\n\n"
            "public class CommonDispatcher {\n    public void dispatch() { }\n}\n"
        ),
        "collector/src/main/resources/application.yml": _SETTINGS,
        **dict(files),
    }


def test_a_collector_serving_only_actuator_is_no_backend(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, {**_SERVER, **_collector()}))
    assert set(found) == {"manager"}


def test_a_collector_with_a_controller_stays_a_backend(tmp_path: Path) -> None:
    # Counter-case: a controller of its own serves HTTP clients.
    controller = ("collector/src/main/java/org/example/collector/web/TasksController.java",
                  _CONTROLLER)
    found = by_folder(write(tmp_path, {**_SERVER, **_collector(files=(controller,))}))
    assert set(found) == {"manager", "collector"}


def test_a_gateway_of_the_same_shape_stays_a_backend(tmp_path: Path) -> None:
    # Counter-case: Spring Cloud Gateway routes clients by configuration, no code of its own.
    gateway = dep("org.springframework.cloud", "spring-cloud-starter-gateway")
    found = by_folder(write(tmp_path, {**_SERVER, **_collector(gateway)}))
    assert set(found) == {"manager", "collector"}


def test_a_service_generating_its_controllers_stays_a_backend(tmp_path: Path) -> None:
    # Counter-case: its controllers are generated from an OpenAPI document at build time
    # (the openapi-generator plugin), none written among its sources.
    files = {**_SERVER, **_collector()}
    files["collector/pom.xml"] = files["collector/pom.xml"].replace(
        "</project>",
        "  <build><plugins><plugin><groupId>org.openapitools</groupId>"
        "<artifactId>openapi-generator-maven-plugin</artifactId></plugin></plugins></build>\n"
        "</project>",
    )
    found = by_folder(write(tmp_path, files))
    assert set(found) == {"manager", "collector"}
