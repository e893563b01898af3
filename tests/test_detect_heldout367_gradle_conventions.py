"""Gradle builds with convention plugins (set 367, #19).

- A build's own plugins (`buildSrc/src/main/groovy/acme.springboot-conventions.gradle`
  adding the web starter to every service): never a backend, whatever they depend on.
- A Spring Boot service excluding the DataSource auto-configuration
  (`@EnableAutoConfiguration(exclude = {DataSourceAutoConfiguration.class})`), its rows kept
  through another service's client: the JPA starter and H2 a shared module lends it are not
  its data layer. One building a DataSource of its own keeps JPA.
- A build applying refreshVersions: the framework plugin's release is the
  `plugin.org.springframework.boot=3.0.1` line of `versions.properties`.
"""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_CONVENTION = (
    "plugins {\n    id 'java'\n}\n\n"
    "dependencies {\n"
    "    implementation 'org.springframework.boot:spring-boot-starter-web:2.7.8'\n"
    "    implementation 'org.springframework.boot:spring-boot-starter-data-jpa:2.7.8'\n"
    "    runtimeOnly 'com.h2database:h2:2.1.214'\n}\n"
)


def _app(name: str, annotations: str, body: str = "") -> str:
    return (
        "package org.acme;\n\n"
        "import org.springframework.boot.SpringApplication;\n"
        "import org.springframework.boot.autoconfigure.EnableAutoConfiguration;\n"
        "import org.springframework.boot.autoconfigure.SpringBootApplication;\n"
        "import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;\n\n"
        f"@SpringBootApplication\n{annotations}"
        f"public class {name} {{\n{body}"
        "  public static void main(String[] args) {\n"
        f"    SpringApplication.run({name}.class, args);\n  }}\n}}\n"
    )


def _tree(annotations: str, body: str = "") -> dict[str, str]:
    return {
        "settings.gradle": "rootProject.name = 'acme'\ninclude 'services:common'\n"
        "include 'services:tables'\n",
        "build.gradle": "plugins {\n    id 'java'\n}\n",
        "buildSrc/build.gradle": "plugins {\n  id 'groovy-gradle-plugin'\n}\n",
        "buildSrc/src/main/groovy/acme.springboot-conventions.gradle": _CONVENTION,
        "services/common/build.gradle": (
            "plugins {\n    id 'acme.springboot-conventions'\n    id 'java-library'\n}\n\n"
            "dependencies {\n"
            "    api 'org.springframework.boot:spring-boot-starter-data-jpa:2.7.8'\n}\n"
        ),
        "services/common/src/main/java/org/acme/common/Audit.java": (
            "package org.acme.common;\n\npublic class Audit {}\n"
        ),
        "services/tables/build.gradle": (
            "plugins {\n    id 'acme.springboot-conventions'\n"
            "    id 'org.springframework.boot' version '2.7.8'\n}\n\n"
            "dependencies {\n    api project(':services:common')\n"
            "    api 'org.springframework.boot:spring-boot-starter-webflux:2.7.8'\n}\n"
        ),
        "services/tables/Dockerfile": "FROM eclipse-temurin:17\n",
        "services/tables/src/main/java/org/acme/TablesApplication.java": _app(
            "TablesApplication", annotations, body
        ),
        "services/tables/src/main/java/org/acme/web/TablesController.java": (
            "package org.acme.web;\n\n"
            "import org.springframework.web.bind.annotation.GetMapping;\n"
            "import org.springframework.web.bind.annotation.RestController;\n\n"
            "@RestController\npublic class TablesController {\n"
            '  @GetMapping("/tables")\n  public String all() { return "[]"; }\n}\n'
        ),
    }


_EXCLUDED = "@EnableAutoConfiguration(exclude = {DataSourceAutoConfiguration.class})\n"


def test_buildsrc_script_plugins_are_no_backend(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _tree(_EXCLUDED)))
    assert sorted(found) == ["services/tables"]


def test_an_excluded_datasource_drops_the_lent_jpa(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _tree(_EXCLUDED)))
    assert first(found["services/tables"], K.ORM) == ("", "")
    assert first(found["services/tables"], K.DATABASE) == ("", "")


def test_a_datasource_built_by_hand_keeps_jpa(tmp_path: Path) -> None:
    # Counter-case: the DataSource is excluded from auto-configuration but built as a bean.
    body = (
        "  @org.springframework.context.annotation.Bean\n"
        "  public javax.sql.DataSource dataSource() {\n"
        "    return org.springframework.boot.jdbc.DataSourceBuilder.create().build();\n  }\n"
    )
    found = by_folder(write(tmp_path, _tree(_EXCLUDED, body)))
    assert first(found["services/tables"], K.ORM)[0].startswith("JPA")


def test_without_the_exclusion_jpa_stays(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _tree("")))
    assert first(found["services/tables"], K.ORM)[0].startswith("JPA")


def _refreshed(settings_plugin: str) -> dict[str, str]:
    return {
        "settings.gradle.kts": (
            'rootProject.name = "acme"\n\nplugins {\n'
            f"{settings_plugin}}}\n\n"
            'include("domain")\ninclude("application")\n'
        ),
        "versions.properties": (
            "#### Generated by `./gradlew refreshVersions`\n\n"
            "plugin.org.springframework.boot=3.0.1\n\n"
            "plugin.io.spring.dependency-management=1.0.11.RELEASE\n\n"
            "version.junit=5.9.1\n"
        ),
        "build.gradle.kts": (
            'plugins {\n    id("java")\n    id("org.springframework.boot")\n'
            '    id("io.spring.dependency-management")\n}\n\n'
            'subprojects {\n    apply(plugin = "java")\n'
            '    apply(plugin = "org.springframework.boot")\n}\n'
        ),
        "domain/build.gradle.kts": "dependencies {\n}\n",
        "application/build.gradle.kts": (
            'dependencies {\n    implementation(project(":domain"))\n'
            '    implementation("org.springframework.boot:spring-boot-starter-web")\n'
            '    implementation("org.springframework.boot:spring-boot-starter-data-jpa")\n'
            '    runtimeOnly("com.mysql:mysql-connector-j:_")\n}\n'
        ),
        "application/src/main/java/org/acme/AcmeApplication.java": (
            "package org.acme;\n\n"
            "import org.springframework.boot.SpringApplication;\n"
            "import org.springframework.boot.autoconfigure.SpringBootApplication;\n\n"
            "@SpringBootApplication\npublic class AcmeApplication {\n"
            "  public static void main(String[] args) {\n"
            "    SpringApplication.run(AcmeApplication.class, args);\n  }\n}\n"
        ),
        "Dockerfile": "FROM eclipse-temurin:17\nCOPY application/build/libs/*.jar app.jar\n",
    }


def test_refresh_versions_properties_version_the_boot_plugin(tmp_path: Path) -> None:
    tree = _refreshed('    id("de.fayard.refreshVersions") version "0.60.5"\n')
    found = by_folder(write(tmp_path, tree))
    assert sorted(found) == ["application"]
    assert first(found["application"], K.FRAMEWORK) == ("Spring Boot", "3.0.1")


def test_versions_properties_without_refresh_versions_is_not_read(tmp_path: Path) -> None:
    # Counter-case: no settings plugin reads the file.
    found = by_folder(write(tmp_path, _refreshed("")))
    assert first(found["application"], K.FRAMEWORK) == ("Spring Boot", "")
