"""Generic gaps the thirteenth held-out set showed (benchmarks/detect_heldout13.yaml), each as a
small fixture of the real files' shape (#19): Grails plugin modules beside the Grails
application; a Maven `pom` packaging module assembling a service built elsewhere; a web
application inside a folder named as a test harness."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder
from test_detect_projects import write

# --- JVM modules that are no application ---------------------------------------------------------

_GRAILS_PLUGIN_BUILD = (
    "buildscript {\n    dependencies {\n"
    '        classpath platform("org.apache.grails:grails-bom:$grailsVersion")\n'
    "    }\n}\n\n"
    'plugins {\n    id "org.springframework.boot" version "${springBootVersion}"\n}\n\n'
    'apply plugin:"org.apache.grails.gradle.grails-plugin"\n'
    "apply from:'../gradle/shared.gradle'\n\n"
    "dependencies {\n"
    '    implementation "org.springframework.boot:spring-boot-starter-actuator"\n'
    '    implementation "org.apache.grails:grails-core"\n'
    "}\n"
)
_APP_BUILD = (
    'plugins {\n    id "org.springframework.boot" version "3.5.16"\n}\n\n'
    "dependencies {\n"
    '    implementation "org.springframework.boot:spring-boot-starter-web"\n'
    "    implementation project(':grails-audit')\n"
    "}\n"
)


def _grails_build() -> dict[str, str]:
    return {
        "settings.gradle": "include 'app', 'grails-audit', 'grails-hooks'\n",
        "gradle.properties": "springBootVersion=3.5.16\n",
        # A script plugin every module applies: it belongs to all of them alike.
        "gradle/shared.gradle": "dependencies {\n"
        '    compileOnly "io.micronaut:micronaut-http-server:4.10.26"\n}\n',
        "app/build.gradle": _APP_BUILD + "apply from:'../gradle/shared.gradle'\n",
        "app/src/main/java/app/Application.java": "package app;\n\n"
        "import org.springframework.boot.autoconfigure.SpringBootApplication;\n\n"
        "@SpringBootApplication\npublic class Application {\n"
        "    public static void main(String[] args) {}\n}\n",
        "grails-audit/build.gradle": _GRAILS_PLUGIN_BUILD,
        "grails-audit/grails-app/controllers/audit/AuditController.groovy": "package audit\n\n"
        "class AuditController {\n    def index() {}\n}\n",
        "grails-hooks/build.gradle": _GRAILS_PLUGIN_BUILD.replace(
            'apply plugin:"org.apache.grails.gradle.grails-plugin"',
            'apply plugin:"org.grails.grails-plugin"',
        ),
    }


def test_grails_plugin_modules_are_libraries_of_the_application(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _grails_build()))
    assert list(found) == ["app"]


def test_a_module_without_the_grails_plugin_plugin_stays_a_backend(tmp_path: Path) -> None:
    # The same module applying no library plugin is an application of its own.
    files = _grails_build()
    files["grails-hooks/build.gradle"] = _APP_BUILD
    files["grails-hooks/src/main/java/hooks/Main.java"] = files[
        "app/src/main/java/app/Application.java"
    ].replace("package app;", "package hooks;")
    found = by_folder(write(tmp_path, files))
    assert list(found) == ["app", "grails-hooks"]


def _pom(artifact: str, body: str, packaging: str = "") -> str:
    kind = f"    <packaging>{packaging}</packaging>\n" if packaging else ""
    return (
        '<project xmlns="http://maven.apache.org/POM/4.0.0">\n'
        "    <modelVersion>4.0.0</modelVersion>\n"
        f"    <groupId>org.example</groupId>\n    <artifactId>{artifact}</artifactId>\n"
        f"{kind}{body}</project>\n"
    )


_STARTER_WEB = (
    "    <dependencies>\n"
    "        <dependency>\n            <groupId>org.springframework.boot</groupId>\n"
    "            <artifactId>spring-boot-starter-web</artifactId>\n"
    "            <version>3.3.1</version>\n        </dependency>\n"
    "    </dependencies>\n"
)


def _dist_build(packaging: str) -> dict[str, str]:
    modules = (
        "    <modules>\n        <module>admin</module>\n"
        "        <module>admin-dist</module>\n    </modules>\n"
    )
    return {
        "pom.xml": _pom("parent", modules, "pom"),
        "admin/pom.xml": _pom("admin", _STARTER_WEB),
        "admin/src/main/java/admin/AdminApplication.java": "package admin;\n\n"
        "import org.springframework.boot.autoconfigure.SpringBootApplication;\n\n"
        "@SpringBootApplication\npublic class AdminApplication {\n"
        "    public static void main(String[] args) {}\n}\n",
        # The distribution: the service's jar and its starter, assembled into an archive.
        "admin-dist/pom.xml": _pom("admin-dist", _STARTER_WEB, packaging),
        "admin-dist/Dockerfile": "FROM eclipse-temurin:17\nCOPY admin.jar /opt/admin.jar\n",
    }


def test_a_pom_packaging_distribution_module_is_no_backend(tmp_path: Path) -> None:
    # Even with a main class beside it: a `pom` packaging never compiles it.
    files = _dist_build("pom")
    files["admin-dist/src/main/java/dist/Launcher.java"] = files[
        "admin/src/main/java/admin/AdminApplication.java"
    ].replace("package admin;", "package dist;").replace("AdminApplication", "Launcher")
    found = by_folder(write(tmp_path, files))
    assert list(found) == ["admin"]


def test_a_jar_module_with_the_same_dependencies_and_a_main_stays_a_backend(
    tmp_path: Path,
) -> None:
    files = _dist_build("jar")
    files["admin-dist/src/main/java/dist/Launcher.java"] = files[
        "admin/src/main/java/admin/AdminApplication.java"
    ].replace("package admin;", "package dist;").replace("AdminApplication", "Launcher")
    found = by_folder(write(tmp_path, files))
    assert list(found) == ["admin", "admin-dist"]


# --- test harnesses ------------------------------------------------------------------------------


def _harness(folder: str) -> dict[str, str]:
    files = _dist_build("pom")
    files[f"{folder}/pom.xml"] = _pom("harness-admin", _STARTER_WEB)
    files[f"{folder}/src/main/java/harness/HarnessApplication.java"] = files[
        "admin/src/main/java/admin/AdminApplication.java"
    ].replace("package admin;", "package harness;").replace("AdminApp", "HarnessApp")
    return files


def test_an_application_under_a_folder_named_as_a_test_harness_is_no_backend(
    tmp_path: Path,
) -> None:
    files = _harness("product-integrated-test/product-integrated-test-admin")
    assert list(by_folder(write(tmp_path, files))) == ["admin"]


def test_a_folder_merely_containing_the_word_test_stays_a_backend(tmp_path: Path) -> None:
    # `test` must be the name's last word: a `testimonials-api` or `contest-service` serves users.
    files = _harness("contest-service")
    assert list(by_folder(write(tmp_path, files))) == ["admin", "contest-service"]
