"""Kotlin: the Spring Boot release a build-logic platform fixes (set 190, #19).

A hexagonal Gradle build keeps its convention plugins and its platform as builds of their own
side by side in `build-logic/` (`build-logic/plugins`, `build-logic/platform`, each with a
settings file), included through a settings plugin rather than the root's settings. The
application module applies a convention plugin and names no version; the platform imports
`spring-boot-dependencies:4.1.0`, the release every module builds with. A platform build of
the same shape kept anywhere else (`tools/platform`) is no plugin build of the application's."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_PLATFORM = (
    'plugins {\n    id("java-platform")\n}\n\ndependencies {\n'
    '    api(platform("org.springframework.boot:spring-boot-dependencies:4.1.0"))\n}\n'
)


def _build(platform_home: str) -> dict[str, str]:
    return {
        "settings.gradle.kts": (
            'pluginManagement {\n    includeBuild("build-logic/meta-plugins")\n}\n'
            'rootProject.name = "graph"\ninclude("rest-api-server", "graph-core")\n'
        ),
        "build-logic/meta-plugins/settings.gradle.kts": 'include("settings-plugins")\n',
        "build-logic/meta-plugins/settings-plugins/build.gradle.kts": (
            "plugins {\n    `kotlin-dsl`\n}\n"
        ),
        f"{platform_home}/settings.gradle.kts": (
            'pluginManagement {\n    includeBuild("../meta-plugins")\n}\n'
        ),
        f"{platform_home}/build.gradle.kts": _PLATFORM,
        "rest-api-server/build.gradle.kts": (
            'plugins {\n    id("org.acme.gradle.spring-boot-application")\n}\n\n'
            "dependencies {\n"
            '    implementation("org.springframework.boot:spring-boot-starter-webmvc")\n'
            '    implementation(project(":graph-core"))\n}\n'
        ),
        "rest-api-server/src/main/kotlin/org/acme/Application.kt": (
            "package org.acme\n\nimport org.springframework.boot.autoconfigure."
            "SpringBootApplication\nimport org.springframework.boot.runApplication\n\n"
            "@SpringBootApplication\nclass Application\n\n"
            "fun main(args: Array<String>) {\n    runApplication<Application>(*args)\n}\n"
        ),
        "graph-core/build.gradle.kts": (
            'plugins {\n    id("org.acme.gradle.kotlin-library")\n}\n'
        ),
        "graph-core/src/main/kotlin/org/acme/graph/Resource.kt": (
            "package org.acme.graph\n\ndata class Resource(val id: String)\n"
        ),
    }


def test_the_build_logic_platform_fixes_the_release(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _build("build-logic/platform")))
    assert first(found["rest-api-server"], K.FRAMEWORK) == ("Spring Boot", "4.1.0")


def test_a_platform_build_elsewhere_fixes_nothing(tmp_path: Path) -> None:
    # Counter-case: the same build outside the convention folder serves no build above it.
    found = by_folder(write(tmp_path, _build("tools/platform")))
    assert first(found["rest-api-server"], K.FRAMEWORK) == ("Spring Boot", "")
