"""Held-out set 356 (#19): Spring Boot releases a Gradle build states away from the module.

A convention plugin of `buildSrc/` applies the framework's plugin from the main build's version
catalogue (`alias(libs.plugins.spring.boot)`), and the application's build only applies the
convention (`id("base-spring-boot-conventions")`): the catalogue's release is the application's.
A root build applies the plugin with a version (`id 'org.springframework.boot' version '2.6.2'`)
and carries no code (its `bootJar` disabled), and each subproject applies the plugin bare: Gradle
resolves it from the root's classpath, so the root's release is theirs."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_CATALOG = """[versions]
spring-boot = "3.5.7"
kotlin = "2.2.20"

[libraries]
spring-boot-starter-web = { group = "org.springframework.boot", name = "spring-boot-starter-web" }
kotlin-gradlePlugin = { module = "org.jetbrains.kotlin:kotlin-gradle-plugin", version = "2.2.20" }

[plugins]
spring-boot = { id = "org.springframework.boot", version.ref = "spring-boot" }
"""

_BUILDSRC = """plugins {
    `kotlin-dsl`
}

dependencies {
    implementation(libs.kotlin.gradlePlugin)
    implementation(files(libs.javaClass.superclass.protectionDomain.codeSource.location))
}
"""

_CONVENTION = """plugins {
    alias(libs.plugins.spring.boot)
}

tasks.withType<Test>().configureEach { useJUnitPlatform() }
"""

_APP_BUILD = """plugins {
    id("base-spring-boot-conventions")
}

dependencies {
    implementation(libs.spring.boot.starter.web)
}
"""

_KOTLIN_APP = """package org.example.server

import org.springframework.boot.autoconfigure.SpringBootApplication

@SpringBootApplication
class ServerApplication
"""


def _conventions(convention: str = _CONVENTION) -> dict[str, str]:
    return {
        "settings.gradle.kts": 'rootProject.name = "server"\n',
        "gradle/libs.versions.toml": _CATALOG,
        "buildSrc/build.gradle.kts": _BUILDSRC,
        "buildSrc/src/main/kotlin/base-spring-boot-conventions.gradle.kts": convention,
        "build.gradle.kts": _APP_BUILD,
        "src/main/kotlin/org/example/server/ServerApplication.kt": _KOTLIN_APP,
    }


def test_the_convention_plugin_s_catalogue_release(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _conventions()))["."]
    assert first(backend, K.FRAMEWORK) == ("Spring Boot", "3.5.7")


def test_a_convention_applying_the_plugin_bare_names_no_release(tmp_path: Path) -> None:
    bare = 'plugins {\n    id("org.springframework.boot")\n}\n'
    backend = by_folder(write(tmp_path, _conventions(bare)))["."]
    assert first(backend, K.FRAMEWORK) == ("Spring Boot", "")


_ROOT = """plugins {
    id 'org.springframework.boot' version '2.6.2'
    id 'io.spring.dependency-management' version '1.0.11.RELEASE'
    id 'java'
}

allprojects {
    repositories {
        mavenCentral()
    }
}

bootJar {
    enabled = false
}
"""

_MODULE = """plugins {
    id 'org.springframework.boot'
    id 'io.spring.dependency-management'
    id 'java'
}

dependencies {
    implementation 'org.springframework.boot:spring-boot-starter-web'
%s}
"""

_JAVA_APP = """package org.example.%s;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class Application {
    public static void main(String[] args) {
        SpringApplication.run(Application.class, args);
    }
}
"""


def _modules(member_build: str = "") -> dict[str, str]:
    return {
        "settings.gradle": "rootProject.name = 'club'\ninclude 'admin'\ninclude 'member'\n",
        "build.gradle": _ROOT,
        "admin/build.gradle": _MODULE % "",
        "admin/src/main/java/org/example/admin/Application.java": _JAVA_APP % "admin",
        "member/build.gradle": _MODULE % member_build,
        "member/src/main/java/org/example/member/Application.java": _JAVA_APP % "member",
    }


def test_bare_subproject_plugins_take_the_root_s_release(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _modules()))
    assert "." not in found
    for folder in ("admin", "member"):
        assert first(found[folder], K.FRAMEWORK) == ("Spring Boot", "2.6.2")


def test_a_module_s_own_release_stays(tmp_path: Path) -> None:
    own = "    implementation 'org.springframework.boot:spring-boot-starter-actuator:2.7.18'\n"
    found = by_folder(write(tmp_path, _modules(own)))
    assert first(found["member"], K.FRAMEWORK) == ("Spring Boot", "2.7.18")
    assert first(found["admin"], K.FRAMEWORK) == ("Spring Boot", "2.6.2")
