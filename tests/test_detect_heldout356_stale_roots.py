"""Held-out set 356 (#19): a Spring Boot service split into Gradle modules keeps, at its root,
the `src/` of the application from before the split (its `@SpringBootApplication`, a context
test). The root's build applies every plugin with `apply false` and configures the modules in
`subprojects {}`: nothing compiles that tree, so it is no backend, and its test runs nowhere —
the `application/` module, with no test of its own, has no test framework, however its build
declares the starter. A main source named like a test (`InviteTagSpec.kt`, a domain
specification) is no test either. A root applying a plugin to itself stays a backend."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_CATALOG = """[versions]
spring-boot = "3.5.0"
kotlin = "1.9.25"

[libraries]
spring-boot-starter-web = { module = "org.springframework.boot:spring-boot-starter-web" }
spring-boot-starter-test = { module = "org.springframework.boot:spring-boot-starter-test" }

[plugins]
kotlin-jvm = { id = "org.jetbrains.kotlin.jvm", version.ref = "kotlin" }
spring-boot = { id = "org.springframework.boot", version.ref = "spring-boot" }
"""

_ROOT = """plugins {
    alias(libs.plugins.kotlin.jvm) apply false
    alias(libs.plugins.spring.boot) apply false
}

allprojects {
    repositories {
        mavenCentral()
    }
}

subprojects {
    apply(plugin = "org.jetbrains.kotlin.jvm")
}
"""

_APPLICATION = """plugins {
    alias(libs.plugins.kotlin.jvm)
    alias(libs.plugins.spring.boot)
}

dependencies {
    implementation(project(":domain"))
    implementation(libs.spring.boot.starter.web)
    testImplementation(libs.spring.boot.starter.test)
}
"""

_MAIN = """package %s

import org.springframework.boot.autoconfigure.SpringBootApplication
import org.springframework.boot.runApplication

@SpringBootApplication
class CoreApplication

fun main(args: Array<String>) {
    runApplication<CoreApplication>(*args)
}
"""

_CONTROLLER = """package core.application

import org.springframework.web.bind.annotation.GetMapping
import org.springframework.web.bind.annotation.RestController

@RestController
class MemberController {
    @GetMapping("/members")
    fun list() = listOf<String>()
}
"""

_TEST = """package com.server.core

import org.junit.jupiter.api.Test
import org.springframework.boot.test.context.SpringBootTest

@SpringBootTest
class CoreApplicationTests {
    @Test
    fun contextLoads() {}
}
"""

_SPEC = """package core.domain

class InviteTagSpec(val tag: String)
"""


def _tree(root: str = _ROOT) -> dict[str, str]:
    return {
        "settings.gradle.kts": 'rootProject.name = "core"\ninclude("application")\n'
        'include("domain")\n',
        "gradle/libs.versions.toml": _CATALOG,
        "build.gradle.kts": root,
        "src/main/kotlin/com/server/core/CoreApplication.kt": _MAIN % "com.server.core",
        "src/test/kotlin/com/server/core/CoreApplicationTests.kt": _TEST,
        "application/build.gradle.kts": _APPLICATION,
        "application/src/main/kotlin/core/application/CoreApplication.kt": _MAIN
        % "core.application",
        "application/src/main/kotlin/core/application/MemberController.kt": _CONTROLLER,
        "domain/build.gradle.kts": "dependencies {}\n",
        "domain/src/main/kotlin/core/domain/InviteTagSpec.kt": _SPEC,
    }


def test_the_stale_root_is_no_backend_and_its_test_runs_nowhere(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _tree()))
    assert set(found) == {"application"}
    assert first(found["application"], K.FRAMEWORK) == ("Spring Boot", "3.5.0")
    assert first(found["application"], K.TEST) == ("", "")


def test_a_root_applying_a_plugin_to_itself_stays(tmp_path: Path) -> None:
    applied = _ROOT.replace("alias(libs.plugins.spring.boot) apply false",
                            "alias(libs.plugins.spring.boot)")
    found = by_folder(write(tmp_path, _tree(applied)))
    assert "." in found
