"""Gradle: an `ext` property named with the short `Ver` ending names a version (set 175, #19).

An older Spring Boot build (Gradle 2, a war for Tomcat) keeps its releases in the root build's
`ext` block under short names (`springBootVer = '1.3.6.RELEASE'`) and every starter asks for
`${springBootVer}`: the property is the framework's release, as `springBootVersion` would be. A
camel-case `Ver` or a `_ver` ending is read; a name merely ending in the letters "ver"
(`server`) is no version property, so a coordinate naming it stays unresolved."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_BUILD = (
    "apply plugin: 'java'\napply plugin: 'war'\n\n"
    "ext {\n\tmajorVersion = 1\n    springBootVer = '1.3.6.RELEASE'\n"
    "    tomcatVer = '8.0.14'\n}\n\n"
    "dependencies {\n"
    '    compile("org.springframework.boot:spring-boot-starter-web:${springBootVer}")\n'
    '    compile("org.springframework.boot:spring-boot-starter-data-jpa:${springBootVer}")\n'
    '    providedRuntime("org.springframework.boot:spring-boot-starter-tomcat:${springBootVer}")\n'
    '    testCompile("junit:junit:4.12")\n'
    "}\n"
)
_MAIN = (
    "package app;\n\n"
    "import org.springframework.boot.autoconfigure.EnableAutoConfiguration;\n"
    "import org.springframework.boot.SpringApplication;\n\n"
    "@EnableAutoConfiguration\npublic class App {\n"
    "    public static void main(String[] args) { SpringApplication.run(App.class, args); }\n}\n"
)


def _service(build: str) -> dict[str, str]:
    return {
        "settings.gradle": "rootProject.name = 'app'\n",
        "build.gradle": build,
        "src/main/java/app/App.java": _MAIN,
    }


def test_a_short_ver_property_names_the_release(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _service(_BUILD)))
    assert first(found["."], K.FRAMEWORK) == ("Spring Boot", "1.3.6.RELEASE")


def test_a_snake_case_ver_property_names_the_release(tmp_path: Path) -> None:
    build = _BUILD.replace("springBootVer", "spring_boot_ver")
    found = by_folder(write(tmp_path, _service(build)))
    assert first(found["."], K.FRAMEWORK) == ("Spring Boot", "1.3.6.RELEASE")


def test_a_name_ending_in_ver_is_no_version_property(tmp_path: Path) -> None:
    # Counter-case: `bootserver` only ends in the letters: the coordinate stays unresolved.
    build = _BUILD.replace("springBootVer", "bootserver")
    found = by_folder(write(tmp_path, _service(build)))
    assert first(found["."], K.FRAMEWORK) == ("Spring Boot", "")
