"""Java: a war's Spring MVC release from the Spring modules its pom pins (set 186, #19).

A war without Spring Boot gets spring-webmvc through another runtime's MVC module (a government
framework's `…ptl.mvc`, declared at that framework's own release), while its pom pins the
Spring line through the framework modules it declares itself (`spring-aspects`, `spring-test`
at `${spring.maven.artifact.version}`). Every module of the Spring Framework ships at one
release: that is the Spring MVC release the DispatcherServlet of its web.xml runs on. Other
Spring projects (`org.springframework.session`) have releases of their own, and spring-webmvc's
own declared version comes first."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K


def _dependency(group: str, artifact: str, version: str, scope: str = "") -> str:
    scoped = f"      <scope>{scope}</scope>\n" if scope else ""
    return (
        f"    <dependency>\n      <groupId>{group}</groupId>\n"
        f"      <artifactId>{artifact}</artifactId>\n      <version>{version}</version>\n"
        f"{scoped}    </dependency>\n"
    )


def _pom(*dependencies: str) -> str:
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<project>\n  <modelVersion>4.0.0</modelVersion>\n'
        "  <groupId>org.acme</groupId>\n  <artifactId>portal</artifactId>\n"
        "  <version>1.0</version>\n  <packaging>war</packaging>\n  <properties>\n"
        "    <spring.maven.artifact.version>4.2.4.RELEASE</spring.maven.artifact.version>\n"
        "    <runtime.version>3.7.0</runtime.version>\n  </properties>\n  <dependencies>\n"
        + "".join(dependencies)
        + "  </dependencies>\n</project>\n"
    )


_WEB_XML = (
    '<?xml version="1.0" encoding="UTF-8"?>\n<web-app>\n  <servlet>\n'
    "    <servlet-name>action</servlet-name>\n"
    "    <servlet-class>org.springframework.web.servlet.DispatcherServlet</servlet-class>\n"
    "  </servlet>\n</web-app>\n"
)

_RUNTIME = _dependency("org.acme.runtime", "acme.rte.ptl.mvc", "${runtime.version}")


def _war(pom: str) -> dict[str, str]:
    return {
        "pom.xml": pom,
        "src/main/webapp/WEB-INF/web.xml": _WEB_XML,
        "src/main/java/org/acme/portal/HomeController.java": (
            "package org.acme.portal;\n\nimport org.springframework.stereotype.Controller;\n\n"
            "@Controller\npublic class HomeController {}\n"
        ),
    }


def test_the_pinned_spring_modules_name_the_mvc_release(tmp_path: Path) -> None:
    pom = _pom(
        _RUNTIME,
        _dependency("org.springframework", "spring-aspects", "${spring.maven.artifact.version}"),
        _dependency(
            "org.springframework", "spring-test", "${spring.maven.artifact.version}", "test"
        ),
    )
    found = by_folder(write(tmp_path, _war(pom)))
    assert first(found["."], K.FRAMEWORK) == ("Spring MVC", "4.2.4.RELEASE")


def test_another_spring_project_names_no_release(tmp_path: Path) -> None:
    # Counter-case: Spring Session has a release line of its own.
    pom = _pom(_RUNTIME, _dependency("org.springframework.session", "spring-session", "1.2.2"))
    found = by_folder(write(tmp_path, _war(pom)))
    assert first(found["."], K.FRAMEWORK) == ("Spring MVC", "")


def test_the_web_module_s_own_version_comes_first(tmp_path: Path) -> None:
    # Counter-case: spring-webmvc declared at its release; a test module pinned elsewhere
    # does not override it.
    pom = _pom(
        _dependency("org.springframework", "spring-webmvc", "5.3.9"),
        _dependency("org.springframework", "spring-test", "5.2.0.RELEASE", "test"),
    )
    found = by_folder(write(tmp_path, _war(pom)))
    assert first(found["."], K.FRAMEWORK) == ("Spring MVC", "5.3.9")
