"""JVM: versions a build keeps out of its own file, a production profile's Hibernate dialect, and
a jar module packaged only into another application (set 328, #19).

- A Gradle build's Spring Boot plugin versioned by a Kotlin constant of its `buildSrc/`
  (`id("org.springframework.boot") version PluginVersions.SPRING_BOOT_VERSION`, the object in
  `buildSrc/src/main/kotlin/PluginVersions.kt`): the constant is the release
  (`gradle_buildsrc_consts`).
- A Maven reactor's war module pinning Spring Boot's plugin in its `pluginManagement` with a
  property of the root pom (`${spring-boot.version}`): the root's property is the release.
- A production profile's settings naming Hibernate's dialect (`database-platform: org.hibernate.
  dialect.PostgreSQLDialect`) while the datasource is left to the platform, beside H2 for
  development: the engine is the dialect's.
- A jar module with a `@SpringBootApplication` and controllers of its own, whose pom packages a
  plain jar, that the war module depends on: the war's code, not a second backend
  (`packaged_boot_jars`). Shipped alone (a Dockerfile), or used only by another plain jar, it
  stays."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_APP_KT = (
    "package org.acme\n\n"
    "import org.springframework.boot.autoconfigure.SpringBootApplication\n"
    "import org.springframework.boot.runApplication\n\n"
    "@SpringBootApplication\nclass AcmeApplication\n\n"
    "fun main(args: Array<String>) {\n    runApplication<AcmeApplication>(*args)\n}\n"
)


def _gradle_tree(constants: str) -> dict[str, str]:
    return {
        "settings.gradle.kts": 'rootProject.name = "acme"\n',
        "build.gradle.kts": (
            "plugins {\n"
            "    id(\"org.springframework.boot\") version PluginVersions.SPRING_BOOT_VERSION\n"
            "    id(\"io.spring.dependency-management\") version "
            "PluginVersions.DEPENDENCY_MANAGER_VERSION\n"
            "    kotlin(\"jvm\") version PluginVersions.JVM_VERSION\n}\n\n"
            "dependencies {\n"
            "    implementation(\"org.springframework.boot:spring-boot-starter-web\")\n"
            "    implementation(\"org.springframework.boot:spring-boot-starter-data-jpa\")\n"
            "    runtimeOnly(\"com.mysql:mysql-connector-j\")\n}\n"
        ),
        "buildSrc/build.gradle.kts": "plugins {\n    `kotlin-dsl`\n}\n",
        "buildSrc/src/main/kotlin/PluginVersions.kt": constants,
        "src/main/kotlin/org/acme/AcmeApplication.kt": _APP_KT,
    }


_CONSTANTS = (
    "object PluginVersions {\n"
    '    const val SPRING_BOOT_VERSION = "2.7.5"\n'
    '    const val DEPENDENCY_MANAGER_VERSION = "1.0.11.RELEASE"\n'
    '    const val JVM_VERSION = "1.7.22"\n}\n'
)


def test_a_buildsrc_constant_versions_the_boot_plugin(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _gradle_tree(_CONSTANTS)))
    assert sorted(found) == ["."]
    assert first(found["."], K.FRAMEWORK) == ("Spring Boot", "2.7.5")


def test_a_nested_object_constant_is_read_by_its_qualified_name(tmp_path: Path) -> None:
    files = _gradle_tree(
        "object PluginVersions {\n"
        '    const val SPRING_BOOT_VERSION = "3.1.4"\n'
        "    object Other {\n"
        '        const val SPRING_BOOT_VERSION = "9.9.9"\n    }\n}\n'
    )
    assert first(by_folder(write(tmp_path, files))["."], K.FRAMEWORK) == ("Spring Boot", "3.1.4")


def test_a_constant_no_buildsrc_defines_gives_no_version(tmp_path: Path) -> None:
    # Counter-case: the object names other constants only.
    files = _gradle_tree('object PluginVersions {\n    const val KTLINT = "11.5.1"\n}\n')
    assert first(by_folder(write(tmp_path, files))["."], K.FRAMEWORK) == ("Spring Boot", "")


_ROOT_POM = (
    "<project>\n  <modelVersion>4.0.0</modelVersion>\n  <groupId>org.acme</groupId>\n"
    "  <artifactId>acme</artifactId>\n  <version>0.0.1-SNAPSHOT</version>\n"
    "  <packaging>pom</packaging>\n"
    "  <properties>\n    <spring-boot.version>2.1.2.RELEASE</spring-boot.version>\n"
    "    <generator-dependencies.version>2.0.28</generator-dependencies.version>\n"
    "  </properties>\n"
    "  <dependencyManagement><dependencies><dependency>\n"
    "    <groupId>io.github.generator</groupId>\n"
    "    <artifactId>generator-dependencies</artifactId>\n"
    "    <version>${generator-dependencies.version}</version><type>pom</type>"
    "<scope>import</scope>\n"
    "  </dependency></dependencies></dependencyManagement>\n"
    "  <modules><module>web</module><module>tracker</module></modules>\n</project>\n"
)

_PARENT = (
    "  <parent><groupId>org.acme</groupId><artifactId>acme</artifactId>"
    "<version>0.0.1-SNAPSHOT</version></parent>\n"
)

_WEB_POM = (
    "<project>\n  <modelVersion>4.0.0</modelVersion>\n" + _PARENT
    + "  <artifactId>web</artifactId>\n  <packaging>war</packaging>\n"
    "  <dependencies>\n"
    "    <dependency><groupId>org.acme</groupId><artifactId>tracker</artifactId>"
    "<version>0.0.1-SNAPSHOT</version></dependency>\n"
    "    <dependency><groupId>org.springframework.boot</groupId>"
    "<artifactId>spring-boot-starter-web</artifactId></dependency>\n"
    "    <dependency><groupId>org.springframework.boot</groupId>"
    "<artifactId>spring-boot-starter-data-jpa</artifactId></dependency>\n"
    "    <dependency><groupId>com.h2database</groupId><artifactId>h2</artifactId>"
    "</dependency>\n"
    "  </dependencies>\n"
    "  <build>\n    <plugins><plugin><groupId>org.springframework.boot</groupId>"
    "<artifactId>spring-boot-maven-plugin</artifactId>\n"
    "      <executions><execution><goals><goal>repackage</goal></goals></execution>"
    "</executions>\n    </plugin></plugins>\n"
    "    <pluginManagement><plugins><plugin><groupId>org.springframework.boot</groupId>"
    "<artifactId>spring-boot-maven-plugin</artifactId>"
    "<version>${spring-boot.version}</version></plugin></plugins></pluginManagement>\n"
    "  </build>\n</project>\n"
)

_TRACKER_POM = (
    "<project>\n  <modelVersion>4.0.0</modelVersion>\n" + _PARENT
    + "  <artifactId>tracker</artifactId>\n  <packaging>jar</packaging>\n"
    "  <dependencies>\n"
    "    <dependency><groupId>org.springframework.boot</groupId>"
    "<artifactId>spring-boot-starter-web</artifactId></dependency>\n"
    "  </dependencies>\n</project>\n"
)


def _java_app(package: str, name: str) -> str:
    return (
        f"package {package};\n\n"
        "import org.springframework.boot.SpringApplication;\n"
        "import org.springframework.boot.autoconfigure.SpringBootApplication;\n\n"
        f"@SpringBootApplication\npublic class {name} {{\n"
        "    public static void main(String[] args) {\n"
        f"        SpringApplication.run({name}.class, args);\n    }}\n}}\n"
    )


def _maven_tree() -> dict[str, str]:
    return {
        "pom.xml": _ROOT_POM,
        "Procfile": "web: java -jar web/target/*.war --spring.profiles.active=prod\n",
        "web/pom.xml": _WEB_POM,
        "web/src/main/java/org/acme/AcmeApp.java": _java_app("org.acme", "AcmeApp"),
        "web/src/main/java/org/acme/web/AccountResource.java": (
            "package org.acme.web;\n\n"
            "import org.springframework.web.bind.annotation.RestController;\n\n"
            "@RestController\npublic class AccountResource {}\n"
        ),
        "web/src/main/resources/config/application-dev.yml": (
            "spring:\n    datasource:\n"
            "        url: jdbc:h2:file:./target/h2db/db/acme;DB_CLOSE_DELAY=-1\n"
            "    jpa:\n        database-platform: io.github.generator.domain.util.FixedH2Dialect\n"
            "        database: H2\n"
        ),
        "web/src/main/resources/config/application-prod.yml": (
            "spring:\n    jpa:\n"
            "        database-platform: org.hibernate.dialect.PostgreSQLDialect\n"
            "        database: postgresql\n        show-sql: false\n"
        ),
        "tracker/pom.xml": _TRACKER_POM,
        "tracker/src/main/java/org/acme/tracker/TrackerApplication.java": _java_app(
            "org.acme.tracker", "TrackerApplication"
        ),
        "tracker/src/main/java/org/acme/tracker/ActivityController.java": (
            "package org.acme.tracker;\n\n"
            "import org.springframework.web.bind.annotation.GetMapping;\n"
            "import org.springframework.web.bind.annotation.RestController;\n\n"
            "@RestController\npublic class ActivityController {\n"
            "    @GetMapping(\"/activities\")\n    public String all() { return \"\"; }\n}\n"
        ),
    }


def test_a_war_module_takes_the_root_poms_boot_property(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _maven_tree()))
    assert first(found["web"], K.FRAMEWORK) == ("Spring Boot", "2.1.2.RELEASE")


def test_the_production_profiles_dialect_names_the_engine(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _maven_tree()))
    assert first(found["web"], K.DATABASE)[0] == "PostgreSQL"


def test_a_jar_module_the_war_packages_is_no_backend(tmp_path: Path) -> None:
    assert sorted(by_folder(write(tmp_path, _maven_tree()))) == ["web"]


def test_a_jar_module_shipped_alone_stays(tmp_path: Path) -> None:
    # Counter-case: a Dockerfile in its folder ships it as a program of its own.
    files = _maven_tree()
    files["tracker/Dockerfile"] = (
        "FROM eclipse-temurin:17\nCOPY target/tracker.jar /app.jar\n"
        'ENTRYPOINT ["java", "-jar", "/app.jar"]\n'
    )
    assert sorted(by_folder(write(tmp_path, files))) == ["tracker", "web"]


def test_a_jar_module_beside_a_plain_jar_user_stays(tmp_path: Path) -> None:
    # Counter-case: its user packages no program either (no war, no `repackage`).
    files = _maven_tree()
    files["web/pom.xml"] = (
        _WEB_POM.replace("<packaging>war</packaging>", "<packaging>jar</packaging>")
        .replace("<executions><execution><goals><goal>repackage</goal></goals></execution>"
                 "</executions>\n", "")
    )
    assert "tracker" in by_folder(write(tmp_path, files))
