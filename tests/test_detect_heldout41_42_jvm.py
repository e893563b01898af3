"""JVM gaps the forty-first and forty-second held-out sets showed (benchmarks/
detect_heldout41.yaml, detect_heldout42.yaml), each as a small fixture of the real files' shape
(#19): ActiveJ's HTTP server beside plain Hibernate; the Spring Boot release a parent pom pins
for its build plugin only in a profile's pluginManagement; Spring Data JPA imported by the
repositories of a service whose company library brings the starter; a Spring Boot web module
rendering JSP pages over another module's REST API, with no data of its own (a UI)."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import SPRING_PARENT, dep, pom, write

from designer.model.stack import FindingKind as K


def test_activej_http_launcher_over_plain_hibernate(tmp_path: Path) -> None:
    """A Gradle build of ActiveJ's HTTP modules, hibernate-core without Spring and the
    PostgreSQL driver; the server class extends ActiveJ's multithreaded HTTP launcher. No
    test sources: no test framework."""
    files = {
        "build.gradle": (
            "plugins {\n    id \"java\"\n}\n\ndependencies {\n"
            "    implementation 'io.activej:activej-common:5.5'\n"
            "    implementation 'io.activej:activej-http:5.5'\n"
            "    implementation 'io.activej:activej-launchers-http:5.5'\n"
            "    implementation 'org.postgresql:postgresql:42.7.7'\n"
            "    implementation 'org.hibernate:hibernate-core:6.4.1.Final'\n"
            "}\n"
        ),
        "settings.gradle": "rootProject.name = 'piped'\n",
        "src/main/java/app/server/ServerLauncher.java": (
            "import io.activej.launchers.http.MultithreadedHttpServerLauncher;\n\n"
            "public class ServerLauncher extends MultithreadedHttpServerLauncher {\n}\n"
        ),
    }
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, K.FRAMEWORK) == ("ActiveJ", "5.5")
    assert first(backend, K.ORM)[0] == "JPA / Hibernate"
    assert first(backend, K.DATABASE)[0] == "PostgreSQL"
    assert first(backend, K.TEST) == ("", "")


def test_activej_core_modules_alone_serve_no_http(tmp_path: Path) -> None:
    """ActiveJ's promises and injector, without its HTTP server: a library or a non-HTTP
    program, no backend."""
    files = {
        "build.gradle": (
            "dependencies {\n"
            "    implementation 'io.activej:activej-promise:5.5'\n"
            "    implementation 'io.activej:activej-inject:5.5'\n"
            "}\n"
        ),
        "src/main/java/app/Main.java": "public class Main {}\n",
    }
    assert by_folder(write(tmp_path, files)) == {}


_PARENT = """<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>io.acme.admin</groupId>
  <artifactId>admin-parent</artifactId>
  <version>1.3.0</version>
  <packaging>pom</packaging>
  <properties>
    <spring-boot-maven-plugin.version>3.2.3</spring-boot-maven-plugin.version>
    <kernel.version>1.3.0</kernel.version>
  </properties>
  <dependencyManagement>
    <dependencies>
      <dependency>
        <groupId>io.acme.kernel</groupId>
        <artifactId>kernel-bom</artifactId>
        <version>${kernel.version}</version>
        <type>pom</type>
        <scope>import</scope>
      </dependency>
    </dependencies>
  </dependencyManagement>
  <modules>
    <module>admin-service</module>
  </modules>
  <profiles>
    <profile>
      <id>sonar</id>
      <build>
        <pluginManagement>
          <plugins>
            <plugin>
              <groupId>org.springframework.boot</groupId>
              <artifactId>spring-boot-maven-plugin</artifactId>
              <version>${spring-boot-maven-plugin.version}</version>
            </plugin>
          </plugins>
        </pluginManagement>
      </build>
    </profile>
  </profiles>
</project>
"""


def _module(dependencies: str) -> str:
    """A module of `_PARENT` applying Spring Boot's plugin without a version."""
    return f"""<?xml version="1.0"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <parent>
    <groupId>io.acme.admin</groupId>
    <artifactId>admin-parent</artifactId>
    <version>1.3.0</version>
  </parent>
  <artifactId>admin-service</artifactId>
  <packaging>jar</packaging>
  <properties>
    <maven.compiler.source>21</maven.compiler.source>
  </properties>
  <dependencies>
{dependencies}
  </dependencies>
  <build>
    <plugins>
      <plugin>
        <groupId>org.springframework.boot</groupId>
        <artifactId>spring-boot-maven-plugin</artifactId>
        <executions><execution><goals><goal>repackage</goal></goals></execution></executions>
      </plugin>
    </plugins>
  </build>
</project>
"""


def _admin_service(tmp_path: Path) -> dict[str, str]:
    """The shape of a service whose company library (`kernel-dataaccess-hibernate`) brings
    Spring Data JPA: the build names only the library and the PostgreSQL driver; the
    repositories, deep in the package tree, import Spring Data JPA."""
    deps = "\n".join(
        (
            dep("io.acme.kernel", "kernel-core", version="${kernel.version}"),
            dep("io.acme.kernel", "kernel-dataaccess-hibernate", version="${kernel.version}"),
            dep("org.springframework.boot", "spring-boot-starter-security"),
            dep("org.postgresql", "postgresql", version="42.7.2"),
        )
    )
    java = "admin-service/src/main/java/io/acme/admin"
    files = {
        "pom.xml": _PARENT,
        "admin-service/pom.xml": _module(deps),
        f"{java}/AdminBootApplication.java": (
            "@SpringBootApplication\npublic class AdminBootApplication {}\n"
        ),
    }
    # Enough shallow classes to spend the ordinary quota before the repositories are reached.
    for index in range(30):
        files[f"{java}/dto/Dto{index:02}.java"] = f"public class Dto{index:02} {{}}\n"
    for index in range(3):
        files[f"{java}/bulkdataupload/repositories/Thing{index}Repository.java"] = (
            "import io.acme.kernel.core.dataaccess.spi.repository.BaseRepository;\n"
            "import org.springframework.data.jpa.repository.Query;\n\n"
            f"public interface Thing{index}Repository extends BaseRepository<Thing, String> {{}}\n"
        )
    return files


def test_a_profiles_plugin_management_pins_the_framework_plugins_release(
    tmp_path: Path,
) -> None:
    """The parent imports a company BOM (not in the repository) and pins Spring Boot's plugin
    only in a profile's pluginManagement: the module applying the plugin without a version
    builds with that release, the only Spring Boot release the files state."""
    backend = by_folder(write(tmp_path, _admin_service(tmp_path)))["admin-service"]
    assert first(backend, K.FRAMEWORK) == ("Spring Boot", "3.2.3")


def test_spring_data_jpa_imported_by_repositories_is_the_data_layer(tmp_path: Path) -> None:
    """No JPA artifact in the build (the company library brings it), but the repositories
    import Spring Data JPA: JPA / Hibernate, on the PostgreSQL driver."""
    backend = by_folder(write(tmp_path, _admin_service(tmp_path)))["admin-service"]
    assert first(backend, K.ORM)[0] == "JPA / Hibernate"
    assert first(backend, K.DATABASE)[0] == "PostgreSQL"


def test_a_bom_release_outranks_a_managed_plugins(tmp_path: Path) -> None:
    """A parent importing Spring Boot's own BOM at 3.4.5 while its pluginManagement leaves the
    plugin at 2.7.18: the modules are built with the BOM's release."""
    parent = _PARENT.replace(
        "<groupId>io.acme.kernel</groupId>\n        <artifactId>kernel-bom</artifactId>\n"
        "        <version>${kernel.version}</version>",
        "<groupId>org.springframework.boot</groupId>\n"
        "        <artifactId>spring-boot-dependencies</artifactId>\n"
        "        <version>3.4.5</version>",
    )
    tag = "spring-boot-maven-plugin.version"
    parent = parent.replace(f">3.2.3</{tag}>", f">2.7.18</{tag}>")
    files = _admin_service(tmp_path) | {"pom.xml": parent}
    backend = by_folder(write(tmp_path, files))["admin-service"]
    assert first(backend, K.FRAMEWORK) == ("Spring Boot", "3.4.5")


def _jsp_admin(data: str = "") -> dict[str, str]:
    """A Spring Boot build of two modules: the server keeping the data (Spring Data JPA on
    PostgreSQL) and an admin war rendering JSP pages (Jasper for the embedded Tomcat), whose
    controllers call the server through its REST client; `data` adds dependencies to the
    admin."""
    modules = "  <modules><module>admin</module><module>server</module></modules>"
    root = pom("", SPRING_PARENT, modules)
    admin_deps = "\n".join(
        (
            dep("org.springframework.boot", "spring-boot-starter-web"),
            dep("org.springframework.boot", "spring-boot-starter-security"),
            dep("com.example", "rest-client-spring", version="1.0"),
            dep("org.apache.tomcat.embed", "tomcat-embed-jasper", scope="provided"),
            dep("org.springframework.boot", "spring-boot-starter-test", scope="test"),
        )
    ) + data
    server_deps = "\n".join(
        (
            dep("org.springframework.boot", "spring-boot-starter-web"),
            dep("org.springframework.boot", "spring-boot-starter-data-jpa"),
            dep("org.postgresql", "postgresql"),
        )
    )
    app = "@SpringBootApplication\npublic class {0}Application {{}}\n"
    return {
        "pom.xml": root,
        "admin/pom.xml": pom(admin_deps, SPRING_PARENT),
        "admin/src/main/java/app/admin/AdminApplication.java": app.format("Admin"),
        "admin/src/main/java/app/admin/controller/ApplicationController.java": (
            "@Controller\npublic class ApplicationController {\n"
            "    @GetMapping(\"/application/list\")\n"
            "    public String list() { return \"applications\"; }\n}\n"
        ),
        "admin/src/main/webapp/WEB-INF/jsp/applications.jsp": "<html></html>\n",
        "server/pom.xml": pom(server_deps, SPRING_PARENT),
        "server/src/main/java/app/server/ServerApplication.java": app.format("Server"),
    }


def test_a_jsp_admin_ui_without_data_of_its_own_is_no_backend(tmp_path: Path) -> None:
    """The admin module renders JSP pages and reaches the data only through the server's
    REST API: a UI; the server is the backend."""
    found = by_folder(write(tmp_path, _jsp_admin()))
    assert list(found) == ["server"]
    assert first(found["server"], K.ORM)[0] == "JPA / Hibernate"


def test_a_jsp_application_keeping_its_own_data_stays_a_backend(tmp_path: Path) -> None:
    """JSP pages over the application's own JPA entities: a classic server-rendered backend."""
    data = "\n" + dep("org.springframework.boot", "spring-boot-starter-data-jpa") + "\n" + dep(
        "org.postgresql", "postgresql"
    )
    found = by_folder(write(tmp_path, _jsp_admin(data)))
    assert sorted(found) == ["admin", "server"]
