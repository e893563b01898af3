"""A batch job that only inherits Spring Boot's starter parent (#19): the pacbot shape of
held-out set 86. Beside Spring Boot API services under api/, jobs/rule-engine is a Maven module
whose parent is `spring-boot-starter-parent`, declaring no Spring Boot starter, with a plain
`main` and a Dockerfile a batch scheduler runs; jobs/rules, a sibling module of rules, is tested
with JUnit. The job is no backend, and its tests and its sibling's stay with it rather than
going to an API service that has none (api/config). Counter-cases: the job declaring the web
starter and starting Spring Boot is a backend; a module with the parent and a Spring Boot
entry stays one."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_PARENT = """    <parent>
        <groupId>org.springframework.boot</groupId>
        <artifactId>spring-boot-starter-parent</artifactId>
        <version>2.0.4.RELEASE</version>
    </parent>
"""


def _pom(artifact: str, dependencies: str, parent: bool = True) -> str:
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<project>\n'
        "    <modelVersion>4.0.0</modelVersion>\n"
        + (_PARENT if parent else "")
        + f"    <groupId>com.example</groupId>\n    <artifactId>{artifact}</artifactId>\n"
        f"    <version>1.0</version>\n    <dependencies>\n{dependencies}    </dependencies>\n"
        "</project>\n"
    )


def _dependency(group: str, artifact: str, scope: str = "") -> str:
    scoped = f"            <scope>{scope}</scope>\n" if scope else ""
    return (
        f"        <dependency>\n            <groupId>{group}</groupId>\n"
        f"            <artifactId>{artifact}</artifactId>\n{scoped}        </dependency>\n"
    )


_WEB = _dependency("org.springframework.boot", "spring-boot-starter-web")
_JUNIT = _dependency("junit", "junit", "test")
_SERVICE = (
    "package com.example.{name};\n\n"
    "import org.springframework.boot.SpringApplication;\n"
    "import org.springframework.boot.autoconfigure.SpringBootApplication;\n\n"
    "@SpringBootApplication\npublic class {cls}Application {{\n"
    "    public static void main(String[] args) {{\n"
    "        SpringApplication.run({cls}Application.class, args);\n    }}\n}}\n"
)
_EXECUTOR = (
    "package com.example.executor;\n\npublic class RuleExecutor {\n"
    "    public static void main(String[] args) {\n        new RuleExecutor().run(args);\n    }\n\n"
    "    void run(String[] args) {\n    }\n}\n"
)
_TEST = (
    "package com.example.{pkg};\n\nimport org.junit.Test;\n\npublic class {cls}Test {{\n"
    "    @Test\n    public void runs() {{\n    }}\n}}\n"
)


def _repository(job: str = "program") -> dict[str, str]:
    files = {
        "api/admin/pom.xml": _pom("admin", _WEB + _JUNIT),
        "api/admin/src/main/java/com/example/admin/AdminApplication.java":
            _SERVICE.format(name="admin", cls="Admin"),
        "api/admin/src/test/java/com/example/admin/AdminTest.java":
            _TEST.format(pkg="admin", cls="Admin"),
        "api/config/pom.xml": _pom("config", _WEB),
        "api/config/src/main/java/com/example/config/ConfigApplication.java":
            _SERVICE.format(name="config", cls="Config"),
        "jobs/rules/pom.xml": _pom("rules", _JUNIT, parent=False),
        "jobs/rules/src/main/java/com/example/rules/Rule.java":
            "package com.example.rules;\n\npublic class Rule {\n}\n",
        "jobs/rules/src/test/java/com/example/rules/RuleTest.java":
            _TEST.format(pkg="rules", cls="Rule"),
        "jobs/rule-engine/cloudresources/docker/Dockerfile":
            "FROM anapsix/alpine-java\nADD fetch_and_run.sh /fetch_and_run.sh\n",
        "jobs/rule-engine/src/test/java/com/example/executor/RuleExecutorTest.java":
            _TEST.format(pkg="executor", cls="RuleExecutor"),
    }
    if job == "program":
        files["jobs/rule-engine/pom.xml"] = _pom("rule-engine", _JUNIT)
        files["jobs/rule-engine/src/main/java/com/example/executor/RuleExecutor.java"] = _EXECUTOR
    else:
        files["jobs/rule-engine/pom.xml"] = _pom(
            "rule-engine", (_WEB if job == "web" else "") + _JUNIT
        )
        files["jobs/rule-engine/src/main/java/com/example/executor/EngineApplication.java"] = (
            _SERVICE.format(name="executor", cls="Engine")
        )
    return files


def test_job_inheriting_only_the_starter_parent_is_no_backend(tmp_path: Path) -> None:
    write(tmp_path, _repository())
    found = by_folder(tmp_path)
    assert sorted(found) == ["api/admin", "api/config"]
    # The job's tests and its sibling's stay with the job: the API service has none.
    assert first(found["api/config"], K.TEST) == ("", "")
    assert first(found["api/admin"], K.TEST)[0] == "JUnit"


@pytest.mark.parametrize("job", ["web", "entry"])
def test_job_starting_spring_boot_stays_a_backend(tmp_path: Path, job: str) -> None:
    # Counter-cases: the web starter with a Spring Boot main; the parent alone with a main
    # that starts Spring Boot.
    write(tmp_path, _repository(job))
    found = by_folder(tmp_path)
    assert "jobs/rule-engine" in found
    assert first(found["jobs/rule-engine"], K.FRAMEWORK)[0] == "Spring Boot"


def test_build_root_with_the_starter_parent_versions_its_modules(tmp_path: Path) -> None:
    # Counter-case (set 91's klass shape): the root pom takes the starter parent and lists
    # the modules below it; it hands the parent's version down and is no program of its own.
    root = _pom("root", "").replace(
        "    <dependencies>\n    </dependencies>\n",
        "    <packaging>pom</packaging>\n    <modules>\n        <module>api</module>\n"
        "    </modules>\n",
    )
    child = _pom("api", _WEB, parent=False).replace(
        "    <groupId>com.example</groupId>\n",
        "    <parent>\n        <groupId>com.example</groupId>\n"
        "        <artifactId>root</artifactId>\n        <version>1.0</version>\n"
        "    </parent>\n    <groupId>com.example</groupId>\n",
    )
    write(tmp_path, {
        "pom.xml": root,
        "api/pom.xml": child,
        "api/src/main/java/com/example/api/ApiApplication.java":
            _SERVICE.format(name="api", cls="Api"),
    })
    assert first(by_folder(tmp_path)["api"], K.FRAMEWORK) == ("Spring Boot", "2.0.4.RELEASE")
