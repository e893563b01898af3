"""Spring MVC without Spring Boot (#19, held-out set 47's chpl-api): a war whose initializer
or deployment descriptor registers Spring's DispatcherServlet, versioned by Spring's BOM; under
a Spring Boot application Spring MVC is Boot's."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K


def _dependency(group: str, artifact: str) -> str:
    return (
        f"    <dependency>\n      <groupId>{group}</groupId>\n"
        f"      <artifactId>{artifact}</artifactId>\n    </dependency>\n"
    )


_ROOT = (
    '<project xmlns="http://maven.apache.org/POM/4.0.0">\n  <modelVersion>4.0.0</modelVersion>\n'
    "  <groupId>gov.healthit</groupId>\n  <artifactId>chpl</artifactId>\n"
    "  <version>1.0</version>\n  <packaging>pom</packaging>\n"
    "  <properties>\n    <org.springframework.version>6.1.6</org.springframework.version>\n"
    "  </properties>\n  <modules>\n    <module>chpl-service</module>\n"
    "    <module>chpl-api</module>\n  </modules>\n  <dependencyManagement>\n"
    "    <dependencies>\n      <dependency>\n        <groupId>org.springframework</groupId>\n"
    "        <artifactId>spring-framework-bom</artifactId>\n"
    "        <version>${org.springframework.version}</version>\n        <type>pom</type>\n"
    "        <scope>import</scope>\n      </dependency>\n    </dependencies>\n"
    "  </dependencyManagement>\n</project>\n"
)


def _module(artifact: str, packaging: str, dependencies: str) -> str:
    return (
        '<project xmlns="http://maven.apache.org/POM/4.0.0">\n'
        "  <modelVersion>4.0.0</modelVersion>\n  <parent>\n"
        "    <groupId>gov.healthit</groupId>\n    <artifactId>chpl</artifactId>\n"
        "    <version>1.0</version>\n  </parent>\n"
        f"  <artifactId>{artifact}</artifactId>\n  <packaging>{packaging}</packaging>\n"
        f"  <dependencies>\n{dependencies}  </dependencies>\n</project>\n"
    )


_INITIALIZER = (
    "package gov.healthit.chpl;\n\nimport jakarta.servlet.ServletContext;\n"
    "import org.springframework.web.WebApplicationInitializer;\n\n"
    "public class ChplWebappInitializer implements WebApplicationInitializer {\n"
    "    @Override\n    public void onStartup(ServletContext container) {}\n}\n"
)
_WEB_XML = (
    '<web-app version="3.1">\n  <servlet>\n    <servlet-name>api</servlet-name>\n'
    "    <servlet-class>org.springframework.web.servlet.DispatcherServlet</servlet-class>\n"
    "  </servlet>\n</web-app>\n"
)


def _chpl(entry: dict[str, str]) -> dict[str, str]:
    return {
        "chpl/pom.xml": _ROOT,
        "chpl/chpl-service/pom.xml": _module(
            "chpl-service",
            "jar",
            _dependency("org.springframework", "spring-webmvc")
            + _dependency("org.hibernate.orm", "hibernate-core")
            + _dependency("org.postgresql", "postgresql"),
        ),
        "chpl/chpl-service/src/main/java/gov/healthit/chpl/dao/ListingDao.java": (
            "package gov.healthit.chpl.dao;\n\nimport jakarta.persistence.EntityManager;\n\n"
            "public class ListingDao {\n    private EntityManager entityManager;\n}\n"
        ),
        "chpl/chpl-api/pom.xml": _module(
            "chpl-api",
            "war",
            _dependency("gov.healthit", "chpl-service")
            + _dependency("org.springframework", "spring-web"),
        ),
        **entry,
    }


@pytest.mark.parametrize(
    "entry",
    [
        {"chpl/chpl-api/src/main/java/gov/healthit/chpl/ChplWebappInitializer.java": _INITIALIZER},
        {"chpl/chpl-api/src/main/webapp/WEB-INF/web.xml": _WEB_XML},
    ],
)
def test_a_spring_mvc_war_is_the_backend_at_springs_bom_release(
    tmp_path: Path, entry: dict[str, str]
) -> None:
    found = by_folder(write(tmp_path, _chpl(entry)))
    assert set(found) == {"chpl/chpl-api"}
    backend = found["chpl/chpl-api"]
    assert first(backend, K.FRAMEWORK) == ("Spring MVC", "6.1.6")
    assert not backend.ambiguous
    assert first(backend, K.ORM)[0] == "JPA / Hibernate"


def test_spring_mvc_under_spring_boot_is_boots(tmp_path: Path) -> None:
    files = {
        "pom.xml": '<project xmlns="http://maven.apache.org/POM/4.0.0">\n'
        "  <modelVersion>4.0.0</modelVersion>\n  <parent>\n"
        "    <groupId>org.springframework.boot</groupId>\n"
        "    <artifactId>spring-boot-starter-parent</artifactId>\n"
        "    <version>3.3.4</version>\n  </parent>\n  <artifactId>app</artifactId>\n"
        "  <dependencies>\n"
        + _dependency("org.springframework.boot", "spring-boot-starter-web")
        + _dependency("org.springframework", "spring-webmvc")
        + "  </dependencies>\n</project>\n",
        "src/main/java/app/App.java": "package app;\n\n"
        "import org.springframework.boot.autoconfigure.SpringBootApplication;\n\n"
        "@SpringBootApplication\npublic class App {}\n",
        "src/main/java/app/WebInit.java": "package app;\n\n"
        "public class WebInit implements WebApplicationInitializer {}\n",
    }
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, K.FRAMEWORK) == ("Spring Boot", "3.3.4")
    assert not backend.ambiguous
    assert [f.name for f in backend.findings if f.kind is K.FRAMEWORK] == ["Spring Boot"]
