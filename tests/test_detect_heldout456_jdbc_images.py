"""A gap the 456th held-out set showed (benchmarks/detect_heldout456.yaml), as a small fixture
of the real files' shape (#19): a Maven reactor whose war serves JAX-RS on WildFly, beside an
EJB module whose JPA persistence unit names a container datasource defined outside the
repository; the project's Dockerfile adds the Oracle and SQL Server JDBC driver jars to the
server: the engines the datasource can be. An image adding no driver names none."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder
from test_detect_projects import write

from designer.model.stack import FindingKind

_ROOT = (
    '<project xmlns="http://maven.apache.org/POM/4.0.0">\n  <modelVersion>4.0.0</modelVersion>\n'
    "  <groupId>org.example</groupId>\n  <artifactId>light</artifactId>\n"
    "  <version>1.0</version>\n  <packaging>pom</packaging>\n"
    "  <modules>\n    <module>light-web</module>\n    <module>light-ejb</module>\n"
    "  </modules>\n  <dependencies>\n    <dependency>\n      <groupId>javax</groupId>\n"
    "      <artifactId>javaee-api</artifactId>\n      <version>7.0</version>\n"
    "      <scope>provided</scope>\n    </dependency>\n  </dependencies>\n</project>\n"
)


def _module(name: str, packaging: str, extra: str = "") -> str:
    return (
        '<project xmlns="http://maven.apache.org/POM/4.0.0">\n'
        "  <modelVersion>4.0.0</modelVersion>\n  <parent>\n"
        "    <groupId>org.example</groupId>\n    <artifactId>light</artifactId>\n"
        "    <version>1.0</version>\n  </parent>\n"
        f"  <artifactId>{name}</artifactId>\n  <packaging>{packaging}</packaging>\n"
        f"  <dependencies>{extra}</dependencies>\n</project>\n"
    )


_EJB_DEP = (
    "\n    <dependency>\n      <groupId>org.example</groupId>\n"
    "      <artifactId>light-ejb</artifactId>\n      <version>1.0</version>\n"
    "      <scope>provided</scope>\n    </dependency>\n  "
)

_FACADE = (
    "package org.example.web;\n\nimport javax.ws.rs.ApplicationPath;\n"
    "import javax.ws.rs.core.Application;\n\n"
    '@ApplicationPath("/rest")\npublic class RESTfulFacade extends Application {\n}\n'
)

_RESOURCE = (
    "package org.example.web;\n\nimport javax.inject.Inject;\nimport javax.ws.rs.GET;\n"
    "import javax.ws.rs.Path;\nimport org.example.ejb.IndexEJB;\n\n"
    '@Path("/index")\npublic class IndexResource {\n    @Inject\n    private IndexEJB index;\n\n'
    "    @GET\n    public String search() {\n        return index.search();\n    }\n}\n"
)

_PERSISTENCE = (
    '<?xml version="1.0" encoding="UTF-8"?>\n<persistence version="2.1" '
    'xmlns="http://xmlns.jcp.org/xml/ns/persistence">\n'
    '  <persistence-unit name="light">\n'
    "    <provider>org.hibernate.jpa.HibernatePersistenceProvider</provider>\n"
    "    <jta-data-source>java:/datasources/lightDS</jta-data-source>\n"
    "  </persistence-unit>\n</persistence>\n"
)

_EJB = (
    "package org.example.ejb;\n\nimport javax.ejb.Stateless;\n"
    "import javax.persistence.EntityManager;\nimport javax.persistence.PersistenceContext;\n\n"
    "@Stateless\npublic class IndexEJB {\n    @PersistenceContext\n"
    "    private EntityManager em;\n\n    public String search() {\n"
    '        return String.valueOf(em.createNativeQuery("select 1").getSingleResult());\n'
    "    }\n}\n"
)

_DOCKERFILE = (
    "FROM jboss/wildfly:9.0.2.Final\n\n# Add all supported JDBC drivers\n"
    "ADD docker/ojdbc7.jar /opt/jboss/wildfly/standalone/deployments/\n"
    "ADD docker/sqljdbc4.jar /opt/jboss/wildfly/standalone/deployments/\n\n"
    "ADD light-web/target/light-web.war /opt/jboss/wildfly/standalone/deployments/\n"
)


def _tree(dockerfile: str) -> dict[str, str]:
    return {
        "pom.xml": _ROOT,
        "light-web/pom.xml": _module("light-web", "war", _EJB_DEP),
        "light-web/src/main/java/org/example/web/RESTfulFacade.java": _FACADE,
        "light-web/src/main/java/org/example/web/IndexResource.java": _RESOURCE,
        "light-ejb/pom.xml": _module("light-ejb", "ejb"),
        "light-ejb/src/main/resources/META-INF/persistence.xml": _PERSISTENCE,
        "light-ejb/src/main/java/org/example/ejb/IndexEJB.java": _EJB,
        "Dockerfile": dockerfile,
    }


def _engines(tmp_path: Path, dockerfile: str) -> list[str]:
    backend = by_folder(write(tmp_path, _tree(dockerfile)))["light-web"]
    return [f.name for f in backend.findings if f.kind is FindingKind.DATABASE]


def test_the_driver_jars_the_image_adds_name_the_engines(tmp_path: Path) -> None:
    assert sorted(_engines(tmp_path, _DOCKERFILE)) == ["Oracle", "SQL Server"]


def test_an_image_adding_no_driver_names_none(tmp_path: Path) -> None:
    dockerfile = _DOCKERFILE.replace("ADD docker/ojdbc7", "# ADD docker/ojdbc7").replace(
        "ADD docker/sqljdbc4", "# ADD docker/sqljdbc4"
    )
    assert _engines(tmp_path, dockerfile) == []
