"""A command-line tool that reuses a service's module without its web starter (held-out set
206, benchmarks/detect_heldout206.yaml, #19): a Maven module of a multi-module build is a
Spring Boot program whose `ApplicationRunner` does its work at start-up and declares no
endpoint; its own pom declares only `spring-boot-starter`, and it depends on the build's
scheduler module (which declares `spring-boot-starter-web`) with an `<exclusion>` of that
starter. The exclusion keeps the web server off its classpath: it is a job run to its end, no
backend (`listeners`). Without the exclusion the module brings Tomcat and it stays one."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder
from test_detect_projects import write

_BOOT = "<version>3.2.12</version>\n"


def _dependency(artifact: str, group: str = "org.springframework.boot", extra: str = "") -> str:
    version = _BOOT if group == "org.springframework.boot" else "<version>1.0</version>\n"
    return (
        f"    <dependency>\n      <groupId>{group}</groupId>\n"
        f"      <artifactId>{artifact}</artifactId>\n      {version}{extra}    </dependency>\n"
    )


def _pom(artifact: str, dependencies: str) -> str:
    return (
        '<?xml version="1.0"?>\n<project xmlns="http://maven.apache.org/POM/4.0.0">\n'
        "  <modelVersion>4.0.0</modelVersion>\n  <parent>\n    <groupId>org.example</groupId>\n"
        "    <artifactId>keeper-parent</artifactId>\n    <version>1.0</version>\n  </parent>\n"
        f"  <artifactId>{artifact}</artifactId>\n"
        f"  <dependencies>\n{dependencies}  </dependencies>\n</project>\n"
    )


_EXCLUDE_WEB = (
    "      <exclusions>\n        <exclusion>\n"
    "          <groupId>org.springframework.boot</groupId>\n"
    "          <artifactId>spring-boot-starter-web</artifactId>\n"
    "        </exclusion>\n      </exclusions>\n"
)


def _files(exclusion: str) -> dict[str, str]:
    return {
        "pom.xml": (
            '<?xml version="1.0"?>\n<project xmlns="http://maven.apache.org/POM/4.0.0">\n'
            "  <modelVersion>4.0.0</modelVersion>\n  <groupId>org.example</groupId>\n"
            "  <artifactId>keeper-parent</artifactId>\n  <version>1.0</version>\n"
            "  <packaging>pom</packaging>\n  <modules>\n    <module>keeper-scheduler</module>\n"
            "    <module>keeper-tool</module>\n  </modules>\n</project>\n"
        ),
        "keeper-scheduler/pom.xml": _pom(
            "keeper-scheduler",
            _dependency("spring-boot-starter-web") + _dependency("spring-boot-starter-data-jpa")
            + _dependency("mysql-connector-j", "com.mysql"),
        ),
        "keeper-scheduler/src/main/java/org/example/scheduler/SchedulerService.java": (
            "package org.example.scheduler;\n\nimport org.springframework.stereotype.Service;\n\n"
            "@Service\npublic class SchedulerService {}\n"
        ),
        "keeper-tool/pom.xml": _pom(
            "keeper-tool",
            _dependency("keeper-scheduler", "org.example", exclusion)
            + _dependency("spring-boot-starter") + _dependency("mysql-connector-j", "com.mysql"),
        ),
        "keeper-tool/src/main/java/org/example/tool/KeeperTool.java": (
            "package org.example.tool;\n\n"
            "import org.springframework.boot.autoconfigure.SpringBootApplication;\n"
            "import org.springframework.boot.builder.SpringApplicationBuilder;\n\n"
            "@SpringBootApplication\npublic class KeeperTool {\n"
            "    public static void main(String[] args) {\n"
            "        new SpringApplicationBuilder(KeeperTool.class).build().run(args);\n"
            "    }\n}\n"
        ),
        "keeper-tool/src/main/java/org/example/tool/ToolRun.java": (
            "package org.example.tool;\n\n"
            "import org.springframework.boot.ApplicationArguments;\n"
            "import org.springframework.boot.ApplicationRunner;\n"
            "import org.springframework.stereotype.Component;\n\n"
            "@Component\npublic class ToolRun implements ApplicationRunner {\n"
            "    @Override\n    public void run(ApplicationArguments args) {}\n}\n"
        ),
    }


def test_a_runner_using_a_module_without_its_web_starter_is_no_backend(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _files(_EXCLUDE_WEB)))
    assert "keeper-tool" not in found


def test_without_the_exclusion_the_modules_web_server_keeps_it(tmp_path: Path) -> None:
    # Counter-case: the scheduler module brings the web starter's Tomcat with it.
    found = by_folder(write(tmp_path, _files("")))
    assert "keeper-tool" in found
