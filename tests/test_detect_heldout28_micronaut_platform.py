"""Held-out set 87 (#19): a Micronaut application whose version catalogue pins the Gradle
plugins on one line (`micronautGradle = "5.0.0"`) and the framework's platform BOM on another
(`micronaut = "5.0.2"`, `io.micronaut.platform:micronaut-platform`), the build importing the
BOM with `platform(libs.micronaut.platform)`.

The Gradle plugin is released apart from the framework: the BOM fixes the libraries the
application runs on, so its release is the framework's. Without the BOM import the plugin's
version stays the only one, as before.
"""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_CATALOG = """[versions]
micronaut = "5.0.2"
micronautGradle = "5.0.0"
kotlin = "2.4.0"

[libraries]
micronaut-http-client = { module = "io.micronaut:micronaut-http-client" }
micronaut-serde-jackson = { module = "io.micronaut.serde:micronaut-serde-jackson" }

[libraries.micronaut-platform]
module = "io.micronaut.platform:micronaut-platform"
version.ref = "micronaut"

[plugins]
jvm = { id = "org.jetbrains.kotlin.jvm", version.ref = "kotlin" }
micronaut-application = { id = "io.micronaut.application", version.ref = "micronautGradle" }
"""

_BUILD = """plugins {
    alias(libs.plugins.jvm)
    alias(libs.plugins.micronaut.application)
}

dependencies {
    implementation(libs.micronaut.http.client)
    implementation(libs.micronaut.serde.jackson)
    aotPlugins(platform(libs.micronaut.platform))
}

micronaut {
    runtime("netty")
    testRuntime("junit5")
}
"""

_APP = """package example

import io.micronaut.runtime.Micronaut.run

fun main(args: Array<String>) {
    run(*args)
}
"""

_CONTROLLER = """package example

import io.micronaut.http.annotation.Controller
import io.micronaut.http.annotation.Get

@Controller("/variables")
class VariablesController {
    @Get
    fun list(): List<String> = emptyList()
}
"""


def _tree(bom: bool) -> dict[str, str]:
    bom_line = "    aotPlugins(platform(libs.micronaut.platform))\n"
    build = _BUILD if bom else _BUILD.replace(bom_line, "")
    return {
        "settings.gradle.kts": 'rootProject.name = "variables"\n',
        "build.gradle.kts": build,
        "gradle/libs.versions.toml": _CATALOG,
        "src/main/kotlin/example/Application.kt": _APP,
        "src/main/kotlin/example/VariablesController.kt": _CONTROLLER,
    }


def test_the_platform_bom_gives_the_framework_version(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _tree(bom=True)))["."]
    assert first(backend, K.FRAMEWORK) == ("Micronaut", "5.0.2")


def test_without_the_bom_the_plugin_version_stays(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _tree(bom=False)))["."]
    assert first(backend, K.FRAMEWORK) == ("Micronaut", "5.0.0")


def test_the_generator_property_still_wins(tmp_path: Path) -> None:
    files = _tree(bom=True) | {"gradle.properties": "micronautVersion=4.9.1\n"}
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, K.FRAMEWORK) == ("Micronaut", "4.9.1")
