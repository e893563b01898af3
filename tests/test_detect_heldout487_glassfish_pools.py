"""A gap the 487th held-out set showed (benchmarks/detect_heldout487.yaml), as a small fixture
of the real files' shape (#19): a Maven war in a nested folder (`code/server`) serves JAX-RS on
Payara; its persistence unit (EclipseLink) names a container datasource (`jdbc/appDatabase`)
and its build no driver. The repository keeps the server's `domain.xml` for deployment in a
configuration folder beside the code, binding that name to a PostgreSQL pool beside the
server's own embedded Derby pools: the engine is the bound pool's. A name bound nowhere, or a
config binding only other names, gives none."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind

_POM = (
    '<project xmlns="http://maven.apache.org/POM/4.0.0">\n  <modelVersion>4.0.0</modelVersion>\n'
    "  <groupId>org.example</groupId>\n  <artifactId>grid</artifactId>\n"
    "  <version>1.0</version>\n  <packaging>war</packaging>\n  <dependencies>\n"
    "    <dependency>\n      <groupId>javax</groupId>\n      <artifactId>javaee-api</artifactId>\n"
    "      <version>8.0</version>\n      <scope>provided</scope>\n    </dependency>\n"
    "  </dependencies>\n</project>\n"
)

_APPLICATION = (
    "package org.example.grid;\n\nimport javax.ws.rs.ApplicationPath;\n"
    "import javax.ws.rs.core.Application;\n\n"
    '@ApplicationPath("webapi")\npublic class GridApplication extends Application {\n}\n'
)

_DAO = (
    "package org.example.grid;\n\nimport javax.ejb.Stateless;\n"
    "import javax.persistence.EntityManager;\nimport javax.persistence.PersistenceContext;\n\n"
    '@Stateless\npublic class StudyDao {\n    @PersistenceContext(unitName = "grid")\n'
    "    private EntityManager em;\n\n    public Object find(long id) {\n"
    "        return em.find(Object.class, id);\n    }\n}\n"
)


def _persistence(name: str) -> str:
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<persistence version="2.1" '
        'xmlns="http://xmlns.jcp.org/xml/ns/persistence">\n'
        '  <persistence-unit name="grid">\n'
        "    <provider>org.eclipse.persistence.jpa.PersistenceProvider</provider>\n"
        f"    <jta-data-source>{name}</jta-data-source>\n"
        "  </persistence-unit>\n</persistence>\n"
    )


_DOMAIN = (
    '<domain log-root="${com.sun.aas.instanceRoot}/logs" application-root="x">\n'
    "  <resources>\n"
    '    <jdbc-resource pool-name="__TimerPool" jndi-name="jdbc/__TimerPool"></jdbc-resource>\n'
    '    <jdbc-connection-pool datasource-classname="org.apache.derby.jdbc.EmbeddedXADataSource"'
    ' name="__TimerPool" res-type="javax.sql.XADataSource">\n'
    '      <property name="databaseName" value="${com.sun.aas.instanceRoot}/lib/databases">'
    "</property>\n    </jdbc-connection-pool>\n"
    '    <jdbc-connection-pool driver-classname="org.postgresql.Driver" '
    'datasource-classname="org.postgresql.xa.PGXADataSource" res-type="javax.sql.XADataSource"'
    ' name="appDatabase" ping="true">\n'
    '      <property name="User" value="app"></property>\n'
    '      <property name="URL" value="jdbc:postgresql://localhost:5432/appdatabase"></property>\n'
    "    </jdbc-connection-pool>\n"
    '    <jdbc-resource pool-name="appDatabase" jndi-name="jdbc/appDatabase"></jdbc-resource>\n'
    "  </resources>\n</domain>\n"
)


def _tree(name: str = "jdbc/appDatabase", **extra: str) -> dict[str, str]:
    return {
        "code/server/pom.xml": _POM,
        "code/server/src/main/java/org/example/grid/GridApplication.java": _APPLICATION,
        "code/server/src/main/java/org/example/grid/StudyDao.java": _DAO,
        "code/server/src/main/resources/META-INF/persistence.xml": _persistence(name),
        "configuration/application-server/domain.xml": _DOMAIN,
        **extra,
    }


def test_the_engine_is_the_pool_the_shipped_domain_binds_the_datasource_to(
    tmp_path: Path,
) -> None:
    found = by_folder(write(tmp_path, _tree()))
    assert first(found["code/server"], FindingKind.DATABASE)[0] == "PostgreSQL"
    engine = next(f for f in found["code/server"].findings if f.kind is FindingKind.DATABASE)
    assert engine.evidence[0].path == "configuration/application-server/domain.xml"


def test_a_resources_file_naming_the_pool_by_its_driver_class_alone(tmp_path: Path) -> None:
    resources = (
        '<!DOCTYPE resources PUBLIC "-//GlassFish.org//DTD GlassFish Application Server 3.1 '
        'Resource Definitions//EN" "http://glassfish.org/dtds/glassfish-resources_1_5.dtd">\n'
        "<resources>\n"
        '  <jdbc-connection-pool name="gridPool" res-type="javax.sql.DataSource"\n'
        '      datasource-classname="com.mysql.cj.jdbc.MysqlDataSource">\n'
        '    <property name="serverName" value="db"/>\n  </jdbc-connection-pool>\n'
        '  <jdbc-resource enabled="true" jndi-name="java:app/jdbc/grid" pool-name="gridPool"/>\n'
        "</resources>\n"
    )
    tree = _tree("java:app/jdbc/grid")
    del tree["configuration/application-server/domain.xml"]
    tree["code/server/src/main/webapp/WEB-INF/glassfish-resources.xml"] = resources
    found = by_folder(write(tmp_path, tree))
    assert first(found["code/server"], FindingKind.DATABASE)[0] == "MySQL"


def test_a_datasource_the_config_does_not_bind_names_no_engine(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _tree("jdbc/elsewhere")))
    assert first(found["code/server"], FindingKind.DATABASE)[0] == ""
