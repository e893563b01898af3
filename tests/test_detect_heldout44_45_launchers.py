"""Held-out set 45's JVM miss (benchmarks/detect_heldout45.yaml), as a small fixture of the
real files' shape (#19): a Maven build whose Jersey resources and embedded Jetty live in a web
module with no `main`, started by another module (the build's one `main`, named by its shade
plugin's manifest through a property) that depends on it; its parent declaring JPA's API
alone for every module while the DAOs run SQL through Spring's JdbcTemplate; Spock
specifications only in the build's end-to-end module beside JUnit tests everywhere else."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import dep, write

from designer.model.stack import FindingKind as K


def _module(artifact: str, dependencies: str, build: str = "", properties: str = "") -> str:
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<project xmlns="http://maven.apache.org/POM/4.0.0">\n'
        "  <parent>\n    <groupId>net.example.db</groupId>\n    <artifactId>registry</artifactId>\n"
        "    <version>1.0-SNAPSHOT</version>\n  </parent>\n"
        "  <modelVersion>4.0.0</modelVersion>\n"
        f"  <artifactId>{artifact}</artifactId>\n  <packaging>jar</packaging>\n"
        f"{properties}  <dependencies>\n{dependencies}\n  </dependencies>\n{build}</project>\n"
    )


_ROOT = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    '<project xmlns="http://maven.apache.org/POM/4.0.0">\n  <modelVersion>4.0.0</modelVersion>\n'
    "  <groupId>net.example.db</groupId>\n  <artifactId>registry</artifactId>\n"
    "  <version>1.0-SNAPSHOT</version>\n  <packaging>pom</packaging>\n"
    "  <properties>\n    <java.version>21</java.version>\n"
    "    <jersey.version>4.0.2</jersey.version>\n  </properties>\n"
    "  <modules>\n    <module>registry-api</module>\n    <module>registry-commons</module>\n"
    "    <module>registry-db</module>\n    <module>registry-endtoend</module>\n  </modules>\n"
    "  <dependencyManagement>\n    <dependencies>\n"
    "      <dependency><groupId>org.glassfish.jersey.containers</groupId>"
    "<artifactId>jersey-container-servlet</artifactId>"
    "<version>${jersey.version}</version></dependency>\n"
    "    </dependencies>\n  </dependencyManagement>\n"
    "  <dependencies>\n"
    "    <dependency><groupId>jakarta.persistence</groupId>"
    "<artifactId>jakarta.persistence-api</artifactId><version>3.2.0</version>"
    "<scope>compile</scope></dependency>\n"
    "    <dependency><groupId>org.junit.jupiter</groupId>"
    "<artifactId>junit-jupiter-api</artifactId><version>6.1.3</version>"
    "<scope>test</scope></dependency>\n"
    "    <dependency><groupId>org.spockframework</groupId><artifactId>spock-core</artifactId>"
    "<version>2.4-groovy-5.0</version><scope>test</scope></dependency>\n"
    "  </dependencies>\n</project>\n"
)

_SHADE = (
    "  <profiles>\n    <profile>\n      <id>release</id>\n"
    "      <properties>\n        <registry.main>net.example.db.RegistryServer</registry.main>\n"
    "      </properties>\n      <build>\n        <plugins>\n          <plugin>\n"
    "            <groupId>org.apache.maven.plugins</groupId>\n"
    "            <artifactId>maven-shade-plugin</artifactId>\n"
    "            <configuration>\n              <transformers>\n"
    '                <transformer implementation="org.apache.maven.plugins.shade.resource.'
    'ManifestResourceTransformer">\n'
    "                  <manifestEntries>\n"
    "                    <Main-Class>${registry.main}</Main-Class>\n"
    "                  </manifestEntries>\n                </transformer>\n"
    "              </transformers>\n            </configuration>\n"
    "          </plugin>\n        </plugins>\n      </build>\n    </profile>\n  </profiles>\n"
)

_SERVER = (
    "package net.example.db;\n\nimport org.springframework.context.annotation.Configuration;\n\n"
    "@Configuration\npublic class RegistryServer {\n"
    "    public static void main(final String[] args) {\n"
    "        new RegistryServer().start();\n    }\n\n    public void start() {\n    }\n}\n"
)

_DAO = (
    "package net.example.db.dao;\n\nimport org.springframework.jdbc.core.JdbcTemplate;\n\n"
    "public class ObjectDao {\n    private JdbcTemplate jdbcTemplate;\n}\n"
)


def _tree(server: str = _SERVER, shade: str = _SHADE) -> dict[str, str]:
    own = "net.example.db"
    files = {
        "pom.xml": _ROOT,
        "registry-api/pom.xml": _module(
            "registry-api",
            "\n".join(
                (
                    dep("org.glassfish.jersey.containers", "jersey-container-servlet"),
                    dep("org.eclipse.jetty", "jetty-server", version="12.1.12"),
                    dep(own, "registry-commons"),
                )
            ),
        ),
        "registry-api/src/main/java/net/example/db/api/JettyBootstrap.java": (
            "package net.example.db.api;\n\nimport org.eclipse.jetty.server.Server;\n"
            "import org.glassfish.jersey.servlet.ServletContainer;\n\n"
            "public class JettyBootstrap {\n    private Server server;\n}\n"
        ),
        "registry-api/src/test/java/net/example/db/api/WhoisRestTest.java": (
            "package net.example.db.api;\n\nimport org.junit.jupiter.api.Test;\n\n"
            "class WhoisRestTest {\n    @Test\n    void lookup() {\n    }\n}\n"
        ),
        "registry-commons/pom.xml": _module(
            "registry-commons",
            "\n".join(
                (
                    dep("org.springframework", "spring-jdbc", version="7.0.8"),
                    dep("org.mariadb.jdbc", "mariadb-java-client", version="3.5.10"),
                )
            ),
        ),
        "registry-commons/src/main/java/net/example/db/dao/ObjectDao.java": _DAO,
        "registry-db/pom.xml": _module("registry-db", dep(own, "registry-api"), shade),
        "registry-db/src/main/java/net/example/db/RegistryServer.java": server,
        "registry-endtoend/pom.xml": _module(
            "registry-endtoend", dep(own, "registry-db", scope="test")
        ),
        "registry-endtoend/src/test/groovy/net/example/db/spec/QuerySpec.groovy": (
            "package net.example.db.spec\n\nimport spock.lang.Specification\n\n"
            "class QuerySpec extends Specification {\n}\n"
        ),
    }
    return files


def test_the_module_that_starts_the_web_module_is_the_backend(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _tree()))
    assert sorted(found) == ["registry-db"]
    backend = found["registry-db"]
    assert first(backend, K.FRAMEWORK) == ("Jersey", "4.0.2")
    assert first(backend, K.DATABASE)[0] == "MariaDB"


def test_jpa_api_alone_is_no_data_layer_beside_spring_jdbc(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _tree()))["registry-db"]
    assert first(backend, K.ORM) == ("", "")
    assert first(backend, K.QUERY)[0] == "Spring JDBC"


def test_jpa_api_beside_a_provider_stays_jpa(tmp_path: Path) -> None:
    files = _tree()
    files["registry-commons/pom.xml"] = files["registry-commons/pom.xml"].replace(
        "  </dependencies>",
        dep("org.hibernate.orm", "hibernate-core", version="6.6.0.Final") + "\n  </dependencies>",
    )
    backend = by_folder(write(tmp_path, files))["registry-db"]
    assert first(backend, K.ORM)[0] == "JPA / Hibernate"


def test_specifications_only_in_the_end_to_end_module_leave_junit_first(
    tmp_path: Path,
) -> None:
    backend = by_folder(write(tmp_path, _tree()))["registry-db"]
    assert first(backend, K.TEST)[0] == "JUnit"


def test_without_a_main_method_the_web_module_stays_the_backend(tmp_path: Path) -> None:
    # The packaging names a class its sources do not start: nothing launches from there.
    server = _SERVER.replace("public static void main(final String[] args)", "public void run()")
    found = by_folder(write(tmp_path, _tree(server=server)))
    assert sorted(found) == ["registry-api"]


def test_without_a_main_class_named_the_web_module_stays_the_backend(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _tree(shade="")))
    assert sorted(found) == ["registry-api"]


def test_a_web_module_starting_its_own_server_stays_the_backend(tmp_path: Path) -> None:
    # A Spring Boot application in the web module: the other module's main is a tool's.
    files = _tree()
    files["registry-api/pom.xml"] = files["registry-api/pom.xml"].replace(
        "  </dependencies>",
        dep("org.springframework.boot", "spring-boot-starter-web", version="3.3.0")
        + "\n  </dependencies>",
    )
    files["registry-api/src/main/java/net/example/db/api/Application.java"] = (
        "package net.example.db.api;\n\n"
        "import org.springframework.boot.SpringApplication;\n"
        "import org.springframework.boot.autoconfigure.SpringBootApplication;\n\n"
        "@SpringBootApplication\npublic class Application {\n"
        "    public static void main(String[] args) {\n"
        "        SpringApplication.run(Application.class, args);\n    }\n}\n"
    )
    found = by_folder(write(tmp_path, files))
    assert "registry-api" in found
    assert "registry-db" not in found
