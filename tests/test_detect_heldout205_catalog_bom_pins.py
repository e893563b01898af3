"""One Quarkus extension pinned past the platform BOM in a Gradle version catalogue (held-out
set 205, benchmarks/detect_heldout205.yaml, #19): the catalogue's `quarkus = "3.9.2"` versions
the `io.quarkus` plugin and the `io.quarkus.platform:quarkus-bom` the application's build
imports as an enforced platform, its extensions are declared without a version, and one
extension has a catalogue entry of its own at 3.6.6. The application runs on the platform's
3.9.2; the pin is an exception for one jar, as in a pom (`bom_pins`). Without the platform
BOM the catalogue's release of the extensions stands."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_CATALOG = (
    '[versions]\nquarkus = "3.9.2"\nquarkus-adminClient = "3.6.6"\n\n[libraries]\n'
    'quarkus-universeBom = { module = "io.quarkus.platform:quarkus-bom", '
    'version.ref = "quarkus" }\n'
    'quarkus-adminClient = { module = "io.quarkus:quarkus-keycloak-admin-client-reactive", '
    'version.ref = "quarkus-adminClient" }\n\n'
    '[plugins]\nquarkus = { id = "io.quarkus", version.ref = "quarkus" }\n'
)


def _build(*dependencies: str) -> str:
    listed = "".join(f"    {d}\n" for d in dependencies)
    return (
        "plugins {\n    alias(libs.plugins.quarkus)\n}\n\ndependencies {\n"
        "    implementation(enforcedPlatform(libs.quarkus.universeBom))\n"
        f"{listed}}}\n"
    )


def _files(build: str) -> dict[str, str]:
    return {
        "backend/settings.gradle.kts": 'rootProject.name = "portal"\ninclude("portal-app")\n',
        "backend/build.gradle.kts": "subprojects {\n    repositories { mavenCentral() }\n}\n",
        "backend/gradle/libs.versions.toml": _CATALOG,
        "backend/portal-app/build.gradle.kts": build,
        "backend/portal-app/src/main/java/org/example/PortalResource.java": (
            "package org.example;\n\nimport jakarta.ws.rs.GET;\nimport jakarta.ws.rs.Path;\n\n"
            '@Path("/portal")\npublic class PortalResource {\n    @GET\n'
            '    public String hello() { return "ok"; }\n}\n'
        ),
    }


def test_one_catalogue_pin_among_extensions_left_to_the_bom_keeps_the_platform_release(
    tmp_path: Path,
) -> None:
    build = _build(
        'implementation("io.quarkus:quarkus-resteasy-reactive")',
        'implementation("io.quarkus:quarkus-scheduler")',
        "implementation(libs.quarkus.adminClient)",
    )
    found = by_folder(write(tmp_path, _files(build)))
    assert first(found["backend/portal-app"], K.FRAMEWORK) == ("Quarkus", "3.9.2")


def test_without_the_platform_bom_the_catalogue_release_stands(tmp_path: Path) -> None:
    # Counter-case: no BOM imported, so nothing fixes another release; the extensions'
    # catalogue entry is the framework's (the plugin applied by id, its version elsewhere).
    build = (
        'plugins {\n    id("io.quarkus")\n}\n\ndependencies {\n'
        "    implementation(libs.quarkus.adminClient)\n}\n"
    )
    found = by_folder(write(tmp_path, _files(build)))
    assert first(found["backend/portal-app"], K.FRAMEWORK) == ("Quarkus", "3.6.6")
