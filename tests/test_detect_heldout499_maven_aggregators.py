"""A Maven reactor's inner aggregator, as set 499 showed it (benchmarks/detect_heldout499.yaml,
#19): below the root pom, a `persistence/` folder whose pom packages `pom`, lists its `-api`,
`-mysql` and `-redis` modules and hands them Spring Boot's starter and plugin and the build's
`common` module, with no sources of its own; the route service uses its `-api` module. It
builds no artifact: no backend. The route service stays one; an aggregator a Dockerfile ships
is left alone."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder
from test_detect_projects import SPRING_PARENT, dep, junit5_test, pom, write

_BOOT = "org.springframework.boot"

_PLUGIN = (
    "  <build><plugins><plugin><groupId>org.springframework.boot</groupId>"
    "<artifactId>spring-boot-maven-plugin</artifactId></plugin></plugins></build>\n"
)

_MAIN = (
    "package org.example.route;\n\nimport org.springframework.boot.SpringApplication;\n"
    "import org.springframework.boot.autoconfigure.SpringBootApplication;\n"
    "import org.springframework.web.bind.annotation.PostMapping;\n"
    "import org.springframework.web.bind.annotation.RestController;\n\n"
    "@SpringBootApplication\n@RestController\npublic class RouteApplication {\n"
    "    public static void main(String[] args) {\n"
    "        SpringApplication.run(RouteApplication.class, args);\n    }\n\n"
    '    @PostMapping("/login")\n    public String login() {\n        return "ok";\n    }\n}\n'
)


_ROOT_PARENT = """  <parent>
    <groupId>com.example</groupId>
    <artifactId>root</artifactId>
    <version>1.0.0-SNAPSHOT</version>
  </parent>"""


def _tree() -> dict[str, str]:
    aggregator = pom(
        "\n".join(
            (
                dep("com.example", "common"),
                dep(_BOOT, "spring-boot-starter"),
                dep(_BOOT, "spring-boot-starter-test", scope="test"),
            )
        ),
        parent=_ROOT_PARENT,
        extra=_PLUGIN,
    ).replace(
        "<artifactId>demo</artifactId>",
        "<artifactId>persistence</artifactId>\n  <packaging>pom</packaging>\n"
        "  <modules>\n    <module>persistence-api</module>\n"
        "    <module>persistence-redis</module>\n  </modules>",
    )
    library = pom(
        dep(_BOOT, "spring-boot-starter-data-redis"),
        parent=_ROOT_PARENT.replace("root", "persistence"),
    )
    return {
        "pom.xml": pom("", parent=SPRING_PARENT).replace(
            "<artifactId>demo</artifactId>",
            "<artifactId>root</artifactId>\n  <packaging>pom</packaging>\n"
            "  <modules>\n    <module>common</module>\n    <module>route</module>\n"
            "    <module>persistence</module>\n"
            "  </modules>",
        ),
        "route/pom.xml": pom(
            "\n".join(
                (
                    dep(_BOOT, "spring-boot-starter-web"),
                    dep("com.example", "persistence-api"),
                    dep(_BOOT, "spring-boot-starter-test", scope="test"),
                )
            ),
            parent=SPRING_PARENT,
        ).replace("<artifactId>demo</artifactId>", "<artifactId>route</artifactId>"),
        "route/src/main/java/org/example/route/RouteApplication.java": _MAIN,
        "route/src/test/java/org/example/route/RouteTest.java": junit5_test(
            "org.example.route", "RouteTest"
        ),
        "common/pom.xml": pom(
            dep("org.junit.jupiter", "junit-jupiter", scope="test"), parent=SPRING_PARENT
        ).replace("<artifactId>demo</artifactId>", "<artifactId>common</artifactId>"),
        "common/src/main/java/org/example/common/Util.java": (
            "package org.example.common;\n\npublic class Util {}\n"
        ),
        "common/src/test/java/org/example/common/UtilTest.java": junit5_test(
            "org.example.common", "UtilTest"
        ),
        "persistence/pom.xml": aggregator,
        "persistence/persistence-api/pom.xml": library.replace(
            "<artifactId>demo</artifactId>", "<artifactId>persistence-api</artifactId>"
        ),
        "persistence/persistence-api/src/main/java/org/example/api/Store.java": (
            "package org.example.api;\n\npublic interface Store {\n    void save(String m);\n}\n"
        ),
    }


def test_an_inner_maven_aggregator_is_no_backend(tmp_path: Path) -> None:
    assert set(by_folder(write(tmp_path, _tree()))) == {"route"}


def test_an_aggregator_a_dockerfile_ships_is_left_alone(tmp_path: Path) -> None:
    # Counter-case: a Dockerfile in its folder ships something from it.
    files = {**_tree(), "persistence/Dockerfile": "FROM eclipse-temurin:17\n"}
    assert "persistence" in set(by_folder(write(tmp_path, files)))
