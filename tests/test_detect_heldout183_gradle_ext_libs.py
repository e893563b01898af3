"""Gradle: a `libs` map in an applied script's `ext` block is the build's catalogue, and a
Spring Boot main written in Groovy is an entry point (set 183, #19).

A Gradle 6 multi-project build keeps its coordinates in `gradle/dependencies.gradle` (`ext {
versions = [...]; libs = [...] }`), applied to every subproject; the modules declare `compile
libs.spring_boot_starter_data_jpa`. Read as the build's catalogue, that accessor is Spring Data
JPA. The application module's main class is Groovy (`src/main/groovy/.../Broker.groovy` with
`@SpringBootApplication`): its entry point, so the module is the application and the client
library it depends on (the Boot plugin applied, its `bootJar` turned off, a dummy application
only in its tests) and the core library in a folder under it are libraries of it, not backends:
without that entry point the module, holding the core library's folder, was only their
aggregator."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.detect.gradle_ext_libs import catalog
from designer.model.stack import FindingKind as K

_DEPENDENCIES = (
    "ext {\n    versions = [\n        spring_boot : '2.3.1.RELEASE',  // the framework\n"
    "        mysql : '8.0.21',\n    ]\n    libs = [\n"
    '        spring_boot_starter_web : "org.springframework.boot:spring-boot-starter-web:'
    '${versions.spring_boot}",\n'
    '        spring_boot_starter_data_jpa : "org.springframework.boot:spring-boot-starter-'
    'data-jpa:${versions.spring_boot}",\n'
    '        mysql_connector_java : "mysql:mysql-connector-java:${versions.mysql}",\n'
    '        spock : "org.spockframework:spock-core:1.2-groovy-2.5",\n    ]\n}\n'
)
_ROOT = (
    "plugins {\n    id 'org.springframework.boot' version '2.3.1.RELEASE' apply false\n}\n\n"
    "subprojects {\n    apply plugin: 'groovy'\n"
    '    apply from: "$rootDir/gradle/dependencies.gradle"\n}\n'
)
_BROKER = (
    'apply plugin: "org.springframework.boot"\n\n'
    "dependencies {\n    compile project(':client')\n    compile project(':broker:core')\n"
    "    compile libs.spring_boot_starter_web\n    compile libs.spring_boot_starter_data_jpa\n"
    "    runtime libs.mysql_connector_java\n    testCompile libs.spock\n}\n"
)
_CLIENT = (
    'apply plugin: "org.springframework.boot"\n\njar {\n    enabled = true\n}\n\n'
    "bootJar {\n    enabled = false\n}\n\n"
    "dependencies {\n    compile libs.spring_boot_starter_web\n    testCompile libs.spock\n}\n"
)
_MAIN = (
    "package org.acme.broker\n\nimport org.springframework.boot.autoconfigure."
    "SpringBootApplication\nimport org.springframework.boot.builder.SpringApplicationBuilder\n\n"
    "@SpringBootApplication\nclass Broker {\n    static void main(String[] args) {\n"
    "        new SpringApplicationBuilder(Broker.class).run(args)\n    }\n}\n"
)
_DUMMY = _MAIN.replace("Broker", "DummyBroker").replace("org.acme.broker", "org.acme.client")
_SPEC = (
    "package org.acme.broker\n\nimport spock.lang.Specification\n\n"
    "class BrokerSpec extends Specification {\n    def 'starts'() { expect: true }\n}\n"
)


def _build(dependencies: str = _DEPENDENCIES) -> dict[str, str]:
    return {
        "settings.gradle": "rootProject.name = 'acme-broker'\n\ninclude 'client'\n"
        "include 'broker'\ninclude 'broker:core'\n",
        "build.gradle": _ROOT,
        "gradle/dependencies.gradle": dependencies,
        "broker/build.gradle": _BROKER,
        "broker/src/main/groovy/org/acme/broker/Broker.groovy": _MAIN,
        "broker/src/main/resources/application.yml": (
            "spring:\n  datasource:\n    url: jdbc:mysql://localhost/broker\n"
        ),
        "broker/src/test/groovy/org/acme/broker/BrokerSpec.groovy": _SPEC,
        # The broker's core library, a subproject in the broker's own folder.
        "broker/core/build.gradle": (
            "dependencies {\n    compile libs.spring_boot_starter_data_jpa\n}\n"
        ),
        "broker/core/src/main/groovy/org/acme/broker/core/Plans.groovy": (
            "package org.acme.broker.core\n\nclass Plans {}\n"
        ),
        "client/build.gradle": _CLIENT,
        "client/src/main/groovy/org/acme/client/BrokerClient.groovy": (
            "package org.acme.client\n\nclass BrokerClient {}\n"
        ),
        "client/src/test/groovy/org/acme/client/DummyBroker.groovy": _DUMMY,
    }


def test_the_ext_map_names_the_data_layer_and_the_groovy_main_the_application(
    tmp_path: Path,
) -> None:
    found = by_folder(write(tmp_path, _build()))
    assert set(found) == {"broker"}
    assert first(found["broker"], K.FRAMEWORK) == ("Spring Boot", "2.3.1.RELEASE")
    assert first(found["broker"], K.ORM)[0] == "JPA / Hibernate"
    assert first(found["broker"], K.DATABASE)[0] == "MySQL"


def test_an_accessor_no_map_declares_names_nothing(tmp_path: Path) -> None:
    # Counter-case: the script keeps only its versions; `libs.x` resolves to nothing.
    only_versions = _DEPENDENCIES[: _DEPENDENCIES.index("    libs = [")] + "}\n"
    found = by_folder(write(tmp_path, _build(only_versions)))
    assert first(found["broker"], K.ORM) == ("", "")


def test_the_catalogue_of_a_script() -> None:
    declared = catalog(_DEPENDENCIES)
    assert declared is not None
    assert declared["libraries"]["spring_boot_starter_data_jpa"] == (
        "org.springframework.boot:spring-boot-starter-data-jpa:2.3.1.RELEASE"
    )
    assert declared["libraries"]["spock"] == "org.spockframework:spock-core:1.2-groovy-2.5"
    # Counter-cases: an interpolation of anything but the versions map leaves no version;
    # a script without a `libs` map declares no catalogue.
    other = catalog('ext {\n    libs = [\n        x : "g:a:${rootProject.v}",\n    ]\n}\n')
    assert other == {"versions": {}, "libraries": {"x": "g:a"}}
    assert catalog("ext {\n    versions = [\n        a : '1.0',\n    ]\n}\n") is None
