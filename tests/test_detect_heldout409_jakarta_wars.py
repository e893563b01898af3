"""Wars on the application server's own web layer (#19): a Maven reactor whose root declares the
Jakarta EE (or Java EE) platform API `provided`, a war module serving JAX-RS resources and EJBs,
or only the Faces servlet over a library it packages; an ear whose war uses the EJB jars beside
it in `provided` scope. The war is the backend, framework `Jakarta EE`; its data layer and
engine come from its persistence units (a `hibernate.*` property with no provider named, a
Hibernate dialect). A Spring MVC war pulling the API jar keeps Spring MVC."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind

API = {
    "jakarta": ("jakarta.platform", "jakarta.jakartaee-api"),
    "javax": ("javax", "javaee-api"),
}


def pom(
    artifact: str,
    packaging: str,
    dependencies: str = "",
    modules: tuple[str, ...] = (),
    properties: str = "",
    parent: bool = True,
) -> str:
    listed = "".join(f"<module>{m}</module>" for m in modules)
    return (
        '<project xmlns="http://maven.apache.org/POM/4.0.0">\n'
        "  <modelVersion>4.0.0</modelVersion>\n"
        + (
            "  <parent><groupId>org.acme</groupId><artifactId>acme</artifactId>"
            "<version>1.0</version></parent>\n"
            if parent
            else "  <groupId>org.acme</groupId><version>1.0</version>\n"
        )
        + f"  <artifactId>{artifact}</artifactId>\n  <packaging>{packaging}</packaging>\n"
        + (f"  <modules>{listed}</modules>\n" if listed else "")
        + (f"  <properties>{properties}</properties>\n" if properties else "")
        + f"  <dependencies>{dependencies}</dependencies>\n</project>\n"
    )


def dependency(group: str, artifact: str, scope: str = "", version: str = "") -> str:
    return (
        f"<dependency><groupId>{group}</groupId><artifactId>{artifact}</artifactId>"
        + (f"<version>{version}</version>" if version else "")
        + (f"<scope>{scope}</scope>" if scope else "")
        + "</dependency>\n"
    )


def api(flavour: str = "jakarta", version: str = "") -> str:
    group, artifact = API[flavour]
    return dependency(group, artifact, "provided", version)


RESOURCE = (
    "package org.acme.rest;\n\nimport jakarta.ws.rs.GET;\nimport jakarta.ws.rs.Path;\n\n"
    '@Path("/items")\npublic class ItemResource {\n'
    '    @GET\n    public String all() { return ""; }\n}\n'
)
BEAN = (
    "package org.acme.service;\n\nimport javax.ejb.Stateless;\n\n"
    "@Stateless\npublic class ItemService { }\n"
)
TEST = (
    "package org.acme;\n\nimport org.junit.Test;\n\n"
    "public class ItemTest {\n    @Test\n    public void works() { }\n}\n"
)
PERSISTENCE = (
    '<persistence version="2.0" xmlns="http://java.sun.com/xml/ns/persistence">\n'
    '  <persistence-unit name="itemPU" transaction-type="JTA">\n'
    "    <jta-data-source>jdbc/items</jta-data-source>\n"
    '    <properties>\n      <property name="hibernate.dialect" value="${hibernate.dialect}"/>\n'
    "    </properties>\n  </persistence-unit>\n</persistence>\n"
)


def reactor(war_dependencies: str = "") -> dict[str, str]:
    """A root pom declaring the platform API for its modules, a war serving JAX-RS, a model jar."""
    return {
        "pom.xml": pom("acme", "pom", api(), ("module", "model"), parent=False),
        "module/pom.xml": pom(
            "acme-module", "war",
            dependency("org.acme", "acme-model") + war_dependencies
            + dependency("junit", "junit", "test", "4.13"),
        ),
        "module/src/main/java/org/acme/rest/ItemResource.java": RESOURCE,
        "module/src/main/resources/META-INF/persistence.xml": PERSISTENCE,
        "module/src/test/java/org/acme/ItemTest.java": TEST,
        "model/pom.xml": pom("acme-model", "jar"),
        "model/src/main/java/org/acme/model/Item.java": "package org.acme.model;\nclass Item {}\n",
    }


def test_war_under_platform_api_is_jakarta_ee(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, reactor()))
    assert list(found) == ["module"]
    backend = found["module"]
    assert first(backend, FindingKind.FRAMEWORK) == ("Jakarta EE", "")
    assert first(backend, FindingKind.ORM)[0] == "JPA / Hibernate"
    assert first(backend, FindingKind.TEST)[0] == "JUnit"


def test_version_is_the_api_property(tmp_path: Path) -> None:
    files = {
        "pom.xml": pom(
            "acme", "pom", api(version="${jakarta.version}"), ("app", "util"),
            "<jakarta.version>10.0.0</jakarta.version>", parent=False,
        ),
        "app/pom.xml": pom("acme-app", "war", dependency("org.acme", "acme-util")),
        "app/src/main/webapp/WEB-INF/web.xml": (
            "<web-app><servlet><servlet-name>Faces Servlet</servlet-name>"
            "<servlet-class>jakarta.faces.webapp.FacesServlet</servlet-class></servlet></web-app>\n"
        ),
        "util/pom.xml": pom("acme-util", "jar"),
        "util/src/main/java/org/acme/rest/ItemResource.java": RESOURCE,
    }
    found = by_folder(write(tmp_path, files))
    assert list(found) == ["app"]
    assert first(found["app"], FindingKind.FRAMEWORK) == ("Jakarta EE", "10.0.0")


def test_ear_war_takes_provided_ejb_jar_data(tmp_path: Path) -> None:
    service_unit = PERSISTENCE.replace(
        "${hibernate.dialect}", "org.hibernate.dialect.PostgreSQLDialect"
    ).replace(
        "<jta-data-source>",
        "<provider>org.hibernate.jpa.HibernatePersistenceProvider</provider>\n"
        "    <jta-data-source>",
    )
    files = {
        "pom.xml": pom("acme", "pom", api("javax"), ("service", "rest", "module"), parent=False),
        "service/pom.xml": pom("acme-service", "ejb"),
        "service/src/main/java/org/acme/service/ItemService.java": BEAN,
        "service/src/main/resources/META-INF/persistence.xml": service_unit,
        "rest/pom.xml": pom("acme-rest", "war", dependency("org.acme", "acme-service", "provided")),
        "rest/src/main/java/org/acme/rest/ItemResource.java": RESOURCE,
        "module/pom.xml": pom(
            "acme-module", "ear",
            dependency("org.acme", "acme-service") + dependency("org.acme", "acme-rest"),
        ),
    }
    found = by_folder(write(tmp_path, files))
    assert list(found) == ["rest"]
    assert first(found["rest"], FindingKind.FRAMEWORK) == ("Jakarta EE", "")
    assert first(found["rest"], FindingKind.ORM)[0] == "JPA / Hibernate"
    assert first(found["rest"], FindingKind.DATABASE)[0] == "PostgreSQL"


def test_spring_war_keeps_spring_mvc(tmp_path: Path) -> None:
    files = reactor(dependency("org.springframework", "spring-webmvc", version="5.3.30"))
    found = by_folder(write(tmp_path, files))
    assert first(found["module"], FindingKind.FRAMEWORK)[0] == "Spring MVC"


def test_war_serving_nothing_of_the_platform_is_left_alone(tmp_path: Path) -> None:
    files = reactor()
    del files["module/src/main/java/org/acme/rest/ItemResource.java"]
    files["module/src/main/java/org/acme/Util.java"] = "package org.acme;\nclass Util {}\n"
    assert "module" not in by_folder(write(tmp_path, files)) or not first(
        by_folder(tmp_path)["module"], FindingKind.FRAMEWORK
    )[0]
