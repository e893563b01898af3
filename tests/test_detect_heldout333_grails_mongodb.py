"""Held-out set 333 (#19): a Grails application maps its domain classes onto MongoDB through
GORM for MongoDB (`org.grails.plugins:mongodb`), declared beside the MongoDB driver it runs on.
The data layer is GORM, the ORM over the bare driver, and the engine MongoDB."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_BUILD = """buildscript {
    repositories {
        maven { url "https://repo.grails.org/grails/core" }
    }
    dependencies {
        classpath "org.grails:grails-gradle-plugin:$grailsGradlePluginVersion"
    }
}

apply plugin:"war"
apply plugin:"org.grails.grails-web"

dependencies {
    implementation "org.grails:grails-core"
    implementation "org.grails:grails-web-boot"
    implementation "org.grails.plugins:mongodb:$gormMongoVersion"
    implementation "org.mongodb:mongodb-driver-sync:$mongodbDriverVersion"
    testImplementation "org.grails:grails-gorm-testing-support"
}
"""

_PROPERTIES = """grailsVersion=6.2.3
grailsGradlePluginVersion=6.2.4
mongodbDriverVersion=4.11.5
gormMongoVersion=8.2.0
"""

_APPLICATION = """package org.example

import grails.boot.GrailsApp
import grails.boot.config.GrailsAutoConfiguration

class Application extends GrailsAutoConfiguration {
    static void main(String[] args) {
        GrailsApp.run(Application, args)
    }
}
"""

_DOMAIN = """package org.example

class Profile {
    String uuid
    String name

    static constraints = {
        name nullable: false
    }
}
"""


def test_grails_mongodb_plugin_is_gorm(tmp_path: Path) -> None:
    tree = {
        "build.gradle": _BUILD,
        "gradle.properties": _PROPERTIES,
        "grails-app/init/org/example/Application.groovy": _APPLICATION,
        "grails-app/domain/org/example/Profile.groovy": _DOMAIN,
    }
    backend = by_folder(write(tmp_path, tree))["."]
    assert first(backend, K.FRAMEWORK)[0] == "Grails"
    assert first(backend, K.ORM) == ("GORM", "8.2.0")
    assert first(backend, K.DATABASE)[0] == "MongoDB"
