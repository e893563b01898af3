"""A Spring Boot console chat client, as set 499 showed it (benchmarks/detect_heldout499.yaml,
#19): an application with the web starter, Actuator and springdoc (Swagger's page), no data
layer, whose `CommandLineRunner` starts a thread reading what its user types (`new
Scanner(System.in)`) and sending it to the route service, and which declares no controller.
Its user is at its console: no backend. The route service beside it stays one; so does the
client once it declares a controller of its own, or keeps data of its own."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder
from test_detect_projects import SPRING_PARENT, dep, pom, write

from designer.model.stack import FindingKind as K

_BOOT = "org.springframework.boot"

_MAIN = (
    "package org.example.client;\n\nimport org.springframework.boot.CommandLineRunner;\n"
    "import org.springframework.boot.SpringApplication;\n"
    "import org.springframework.boot.autoconfigure.SpringBootApplication;\n\n"
    "@SpringBootApplication\npublic class ClientApplication implements CommandLineRunner {\n"
    "    public static void main(String[] args) {\n"
    "        SpringApplication.run(ClientApplication.class, args);\n    }\n\n"
    "    @Override\n    public void run(String... args) {\n"
    "        new Thread(new Scan()).start();\n    }\n}\n"
)

_SCAN = (
    "package org.example.client;\n\nimport java.util.Scanner;\n\n"
    "public class Scan implements Runnable {\n    @Override\n    public void run() {\n"
    "        Scanner sc = new Scanner(System.in);\n"
    "        while (true) {\n            String msg = sc.nextLine();\n"
    "            RouteClient.send(msg);\n        }\n    }\n}\n"
)

_CONTROLLER = (
    "package org.example.{pkg};\n\n"
    "import org.springframework.web.bind.annotation.PostMapping;\n"
    "import org.springframework.web.bind.annotation.RestController;\n\n"
    "@RestController\npublic class RouteController {{\n"
    '    @PostMapping("/login")\n    public String login() {{\n        return "ok";\n    }}\n}}\n'
)


def _client(*deps: str, extra: dict[str, str] | None = None) -> dict[str, str]:
    return {
        "client/pom.xml": pom(
            "\n".join(
                (
                    dep(_BOOT, "spring-boot-starter-web"),
                    dep(_BOOT, "spring-boot-starter-actuator"),
                    dep("org.springdoc", "springdoc-openapi-starter-webmvc-ui", version="2.5.0"),
                    *deps,
                )
            ),
            parent=SPRING_PARENT,
        ),
        "client/src/main/java/org/example/client/ClientApplication.java": _MAIN,
        "client/src/main/java/org/example/client/Scan.java": _SCAN,
        **(extra or {}),
    }


_ROUTE = {
    "route/pom.xml": pom(
        "\n".join(
            (dep(_BOOT, "spring-boot-starter-web"), dep(_BOOT, "spring-boot-starter-data-redis"))
        ),
        parent=SPRING_PARENT,
    ),
    "route/src/main/java/org/example/route/RouteApplication.java": (
        _MAIN.replace("client", "route")
        .replace("ClientApplication", "RouteApplication")
        .replace(" implements CommandLineRunner", "")
    ),
    "route/src/main/java/org/example/route/RouteController.java": _CONTROLLER.format(pkg="route"),
}


def test_a_console_client_with_the_web_starter_is_no_backend(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, {**_ROUTE, **_client()}))
    assert set(found) == {"route"}


def test_a_console_client_with_a_controller_stays_a_backend(tmp_path: Path) -> None:
    # Counter-case: a controller of its own serves HTTP clients beside the console.
    controller = {
        "client/src/main/java/org/example/client/RouteController.java": _CONTROLLER.format(
            pkg="client"
        )
    }
    found = by_folder(write(tmp_path, {**_ROUTE, **_client(extra=controller)}))
    assert set(found) == {"route", "client"}


def test_a_console_program_keeping_data_stays_a_backend(tmp_path: Path) -> None:
    # Counter-case: a data layer of its own (JPA over PostgreSQL) keeps it as it was.
    deps = (dep(_BOOT, "spring-boot-starter-data-jpa"), dep("org.postgresql", "postgresql"))
    found = by_folder(write(tmp_path, {**_ROUTE, **_client(*deps)}))
    assert set(found) == {"route", "client"}
    assert K.ORM in {f.kind for f in found["client"].findings}
