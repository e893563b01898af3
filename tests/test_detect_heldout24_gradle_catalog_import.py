"""A Gradle plugin build sharing the main build's version catalogue (held-out set 58,
benchmarks/detect_heldout58.yaml, #19): `buildSrc/settings.gradle.kts` imports
`../gradle/libs.versions.toml`, `buildSrc/build.gradle.kts` depends on
`libs.spring.boot.gradle.plugin`, and the convention plugin applies Spring Boot to every
service: the catalogue's version is the framework's."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_CATALOG = (
    "[versions]\nspring-boot = \"2.7.17\"\nkotlin = \"1.9.25\"\n\n[libraries]\n"
    "spring-boot-gradle-plugin = { module = \"org.springframework.boot:spring-boot-gradle-plugin\""
    ", version.ref = \"spring-boot\" }\n"
    "spring-boot-dependencies = { module = \"org.springframework.boot:spring-boot-dependencies\""
    ", version.ref = \"spring-boot\" }\n"
    "spring-boot-starter-webflux = { module = \"org.springframework.boot:"
    "spring-boot-starter-webflux\" }\n"
    "kotlin-gradle-plugin = { module = \"org.jetbrains.kotlin:kotlin-gradle-plugin\", "
    "version.ref = \"kotlin\" }\n"
)

_TREE = {
    "settings.gradle.kts": (
        "rootProject.name = \"cloud\"\n\n"
        "include(\"api-gateway\")\n"
    ),
    "build.gradle.kts": "plugins {\n    kotlin(\"jvm\") apply false\n}\n",
    "gradle/libs.versions.toml": _CATALOG,
    "buildSrc/settings.gradle.kts": (
        "dependencyResolutionManagement {\n    versionCatalogs {\n        create(\"libs\") {\n"
        "            from(files(\"../gradle/libs.versions.toml\"))\n        }\n    }\n}\n"
    ),
    "buildSrc/build.gradle.kts": (
        "plugins {\n    `kotlin-dsl`\n}\n\ndependencies {\n"
        "    implementation(libs.kotlin.gradle.plugin)\n"
        "    implementation(libs.spring.boot.gradle.plugin)\n}\n"
    ),
    "buildSrc/src/main/kotlin/org/example/spring-boot-app-configuration.gradle.kts": (
        "plugins {\n    id(\"org.springframework.boot\")\n}\n"
    ),
    "api-gateway/build.gradle.kts": (
        "plugins {\n    id(\"org.example.spring-boot-app-configuration\")\n}\n\n"
        "dependencies {\n    implementation(libs.spring.boot.starter.webflux)\n}\n"
    ),
    "api-gateway/src/main/kotlin/org/example/gateway/Gateway.kt": (
        "package org.example.gateway\n\n"
        "import org.springframework.boot.autoconfigure.SpringBootApplication\n"
        "import org.springframework.boot.runApplication\n\n"
        "@SpringBootApplication\nclass Gateway\n\n"
        "fun main(args: Array<String>) {\n    runApplication<Gateway>(*args)\n}\n"
    ),
}


def test_a_plugin_build_importing_the_catalogue_gives_the_framework_version(
    tmp_path: Path,
) -> None:
    backend = by_folder(write(tmp_path, _TREE))["api-gateway"]
    assert first(backend, K.FRAMEWORK) == ("Spring Boot", "2.7.17")
