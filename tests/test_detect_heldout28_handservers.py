"""A Gradle `application` module of a Spring Boot prototype with no controller of its own,
started only by a developer's Makefile target (`./gradlew :module:run`) and named by no
Dockerfile, CI job or Compose file, is a tool, no backend: the JVM sibling of hand_servers'
Node and Go rule (set 28's phantom) (#19)."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_detect_gaps import by_folder
from test_detect_projects import write

_BUILDSCRIPT = (
    "buildscript {\n    ext {\n        springBootVersion = '3.3.5'\n    }\n"
    "    repositories { mavenCentral() }\n    dependencies {\n"
    '        classpath("org.springframework.boot:spring-boot-gradle-plugin:'
    '${springBootVersion}")\n    }\n}\n\n'
)

_API_BUILD = (
    _BUILDSCRIPT + "plugins {\n    id 'java'\n    id 'org.springframework.boot' version "
    '"${springBootVersion}"\n'
    "    id 'io.spring.dependency-management' version '1.1.6'\n}\n\n"
    "dependencies {\n    implementation project(':app-data')\n"
    '    implementation("org.springframework.boot:spring-boot-starter-web:'
    '${springBootVersion}")\n'
    '    implementation "org.springframework.boot:spring-boot-starter-data-jpa:'
    '${springBootVersion}"\n'
    '    implementation "org.postgresql:postgresql"\n'
    '    testImplementation "org.springframework.boot:spring-boot-starter-test:'
    '${springBootVersion}"\n}\n'
)

_RULES_BUILD = (
    _BUILDSCRIPT + "plugins {\n    id 'java'\n    id 'application'\n"
    "    id 'org.springframework.boot' version \"${springBootVersion}\"\n"
    "    id 'io.spring.dependency-management' version '1.1.6'\n}\n\n"
    "application {\n    mainClass = 'org.app.rules.Main'\n}\n\n"
    "dependencies {\n    implementation 'org.graalvm.js:js:23.0.0'\n"
    "    implementation project(':app-data')\n"
    '    implementation("org.springframework.boot:spring-boot-starter-web:'
    '${springBootVersion}")\n'
    '    implementation "org.postgresql:postgresql"\n}\n'
)

_MAIN = (
    "package org.app.rules;\n\nimport org.springframework.boot.SpringApplication;\n"
    "import org.springframework.boot.autoconfigure.SpringBootApplication;\n"
    "import org.springframework.context.ApplicationContext;\n\n@SpringBootApplication\n"
    "public class Main {\n    public static void main(String[] args) {\n"
    "        ApplicationContext context = SpringApplication.run(Main.class);\n"
    "        context.getBean(RuleService.class).init();\n    }\n}\n"
)

_SERVICE = (
    "package org.app.rules;\n\nimport org.springframework.stereotype.Service;\n\n"
    "@Service\npublic class RuleService {\n    public void init() {}\n}\n"
)

_CONTROLLER = (
    "package org.app.rules;\n\nimport org.springframework.web.bind.annotation.*;\n\n"
    "@RestController\npublic class RuleController {\n"
    '    @PostMapping("/rules/run")\n    public String run() { return "ok"; }\n}\n'
)

_API_MAIN = (
    "package org.app;\n\nimport org.springframework.boot.SpringApplication;\n"
    "import org.springframework.boot.autoconfigure.SpringBootApplication;\n\n"
    "@SpringBootApplication\npublic class App {\n"
    "    public static void main(String[] args) { SpringApplication.run(App.class, args); }\n}\n"
)

_API_CONTROLLER = (
    "package org.app;\n\nimport org.springframework.web.bind.annotation.*;\n\n"
    '@RestController\npublic class ItemController {\n    @GetMapping("/items")\n'
    '    public String items() { return "[]"; }\n}\n'
)


def _tree(controller: bool = False, ci: bool = False, makefile: bool = True) -> dict[str, str]:
    files = {
        "settings.gradle": "rootProject.name = 'app'\ninclude ':app-api'\n"
        "include 'app-data'\ninclude 'rule-runner'\n",
        "build.gradle": "allprojects {\n    repositories { mavenCentral() }\n}\n",
        "Dockerfile": "FROM amazoncorretto:21\n"
        "COPY app-api/build/libs/app-0.0.1-SNAPSHOT.jar /opt/app/app.jar\n"
        "CMD java -jar /opt/app/app.jar\n",
        "Makefile": "include makefiles/api.mk\n",
        "makefiles/api.mk": "start-server:\n\t./gradlew :app-api:bootRun\n",
        "app-api/build.gradle": _API_BUILD,
        "app-api/src/main/java/org/app/App.java": _API_MAIN,
        "app-api/src/main/java/org/app/ItemController.java": _API_CONTROLLER,
        "app-api/src/main/resources/application.properties": (
            "spring.datasource.url=jdbc:postgresql://localhost:5432/app\n"
        ),
        "app-data/build.gradle": "plugins {\n    id 'java-library'\n}\n\ndependencies {\n"
        "    api 'org.springframework.boot:spring-boot-starter-data-jpa:3.3.5'\n}\n",
        "app-data/src/main/java/org/app/dao/ItemRepository.java": (
            "package org.app.dao;\n\nimport org.springframework.data.jpa.repository."
            "JpaRepository;\n\npublic interface ItemRepository extends JpaRepository<Object, Long> "
            "{}\n"
        ),
        "rule-runner/build.gradle": _RULES_BUILD,
        "rule-runner/readme.md": "The prototype runs on startup of the rule-runner jar.\n",
        "rule-runner/src/main/java/org/app/rules/Main.java": _MAIN,
        "rule-runner/src/main/java/org/app/rules/RuleService.java": _SERVICE,
    }
    if makefile:
        files["Makefile"] += "include makefiles/rule-runner.mk\n"
        files["makefiles/rule-runner.mk"] = (
            "start-rule-runner:\n\t./gradlew :rule-runner:run\n\n"
            "deps:\n\tcd rule-runner/src/main/js && npm install\n"
        )
    if controller:
        files["rule-runner/src/main/java/org/app/rules/RuleController.java"] = _CONTROLLER
    if ci:
        files[".github/workflows/build.yml"] = (
            "on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n"
            "      - uses: actions/checkout@v4\n"
            "      - run: ./gradlew :app-api:build :rule-runner:bootJar\n"
        )
    return files


def test_a_spring_boot_prototype_run_only_by_a_make_target_is_a_tool(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _tree()))
    assert "app-api" in found
    assert "rule-runner" not in found


@pytest.mark.parametrize(
    "variant",
    [
        # Counter-case: a controller of its own: it serves requests, a service.
        {"controller": True},
        # Counter-case: a CI job builds its jar: something of the product ships it.
        {"ci": True},
        # Counter-case: nothing runs it by hand either: the rule does not guess.
        {"makefile": False},
    ],
)
def test_a_jvm_module_serving_shipped_or_not_run_by_hand_stays(
    tmp_path: Path, variant: dict[str, bool]
) -> None:
    found = by_folder(write(tmp_path, _tree(**variant)))
    assert {"app-api", "rule-runner"} <= set(found)
