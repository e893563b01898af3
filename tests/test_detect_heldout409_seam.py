"""A JBoss Seam 2 war on JBoss AS (#19): its pom declares jboss-seam and its modules, JSF and
Hibernate provided by the server; the persistence unit uses the server's datasource
(`jta-data-source`) and names its engine only by the `hibernate.dialect` property."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K


def _dependency(group: str, artifact: str, version: str, scope: str = "") -> str:
    tail = f"<scope>{scope}</scope>" if scope else ""
    return (
        f"<dependency><groupId>{group}</groupId><artifactId>{artifact}</artifactId>"
        f"<version>{version}</version>{tail}</dependency>\n"
    )


POM = (
    "<project>\n<modelVersion>4.0.0</modelVersion>\n<groupId>org.example</groupId>\n"
    "<artifactId>casemanager</artifactId>\n<version>2.3.0</version>\n"
    "<packaging>war</packaging>\n<dependencies>\n"
    + _dependency("junit", "junit", "4.11", "test")
    + _dependency("org.jboss.seam", "jboss-seam", "2.2.1.Final")
    + _dependency("org.jboss.seam", "jboss-seam-ui", "2.2.1.Final")
    + _dependency("org.jboss.seam", "jboss-seam-mail", "2.2.1.Final")
    + _dependency("org.richfaces.ui", "richfaces-ui", "3.3.3.Final")
    + _dependency("org.hibernate", "hibernate", "3.3.1.GA", "provided")
    + _dependency("org.hibernate", "hibernate-entitymanager", "3.3.1.GA", "provided")
    + _dependency("javax.faces", "jsf-api", "1.2", "provided")
    + "</dependencies>\n</project>\n"
)


def _persistence(dialect: str) -> str:
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<persistence version="1.0">\n'
        '  <persistence-unit name="app">\n'
        "    <provider>org.hibernate.ejb.HibernatePersistence</provider>\n"
        "    <jta-data-source>java:/${app.datasource}</jta-data-source>\n"
        "    <properties>\n"
        f'      <property name="hibernate.dialect" value="org.hibernate.dialect.{dialect}"/>\n'
        '      <property name="hibernate.show_sql" value="false"/>\n'
        "    </properties>\n  </persistence-unit>\n</persistence>\n"
    )


ACTION = (
    "package org.example.cases;\n\nimport org.jboss.seam.annotations.Name;\n"
    "import org.jboss.seam.annotations.In;\nimport javax.persistence.EntityManager;\n\n"
    '@Name("caseHome")\npublic class CaseHome {\n    @In EntityManager entityManager;\n}\n'
)
TEST = (
    "package org.example.test;\n\nimport org.junit.Test;\n\n"
    "public class ValidatorTest {\n    @Test public void checks() {}\n}\n"
)


def _backend(tmp_path: Path, dialect: str) -> object:
    files = {
        "pom.xml": POM,
        "src/main/resources/META-INF/persistence.xml": _persistence(dialect),
        "src/main/java/org/example/cases/CaseHome.java": ACTION,
        "src/test/java/org/example/test/ValidatorTest.java": TEST,
    }
    return by_folder(write(tmp_path, files))["."]


def test_seam_war_is_a_seam_backend_on_its_persistence_dialect(tmp_path: Path) -> None:
    backend = _backend(tmp_path, "MySQLDialect")
    assert first(backend, K.FRAMEWORK) == ("Seam", "2.2.1.Final")
    assert first(backend, K.ORM)[0] == "JPA / Hibernate"
    assert first(backend, K.DATABASE)[0] == "MySQL"
    assert first(backend, K.TEST)[0] == "JUnit"


def test_persistence_dialect_names_postgresql(tmp_path: Path) -> None:
    backend = _backend(tmp_path, "PostgreSQL82Dialect")
    assert first(backend, K.DATABASE)[0] == "PostgreSQL"
