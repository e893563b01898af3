"""Held-out set 298 (#19): a Gradle build naming its dependencies by a script plugin's names.

The build applies `external-dependencies.gradle`, whose `ext` block keeps the framework's
modules as a list (`dropwizard = ["io.dropwizard:dropwizard-core:${dropwizard_version}", …]`)
and single coordinates (`jdbi = 'org.jdbi:jdbi:2.78'`); the build declares `compile dropwizard,
jdbi`. The framework, its version and the data layer come from the script; a name no script
declares declares nothing. (The service's DAO is written to Jdbi: a query library no main source
names is dropped by `unused_query_libraries`.)
"""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_BUILD = """apply plugin: 'java'
apply plugin: 'application'
apply from: 'external-dependencies.gradle'

mainClassName = 'org.example.register.RegisterApplication'

dependencies {
    compile dropwizard, jdbi, unknownThing
    testCompile junit
}
"""

_SCRIPT = """ext {
    dropwizard_version = '1.3.11'

    dropwizard = [
            "io.dropwizard:dropwizard-core:${dropwizard_version}",
            "io.dropwizard:dropwizard-jdbi:${dropwizard_version}",
    ]

    jdbi = 'org.jdbi:jdbi:2.78'
    junit = 'junit:junit:4.12'
}
"""

_APPLICATION = """package org.example.register;

import io.dropwizard.Application;
import io.dropwizard.setup.Environment;

public class RegisterApplication extends Application<RegisterConfiguration> {
    public static void main(String[] args) throws Exception {
        new RegisterApplication().run(args);
    }

    @Override
    public void run(RegisterConfiguration configuration, Environment environment) {
    }
}
"""


_DAO = """package org.example.register;

import org.skife.jdbi.v2.sqlobject.SqlQuery;

public interface RegisterDao {
    @SqlQuery("select count(*) from entry")
    int count();
}
"""


def test_script_plugin_names_resolve(tmp_path: Path) -> None:
    files = {
        "build.gradle": _BUILD,
        "external-dependencies.gradle": _SCRIPT,
        "src/main/java/org/example/register/RegisterApplication.java": _APPLICATION,
        "src/main/java/org/example/register/RegisterDao.java": _DAO,
    }
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, K.FRAMEWORK) == ("Dropwizard", "1.3.11")
    assert not backend.ambiguous
    assert first(backend, K.QUERY)[0] == "Jdbi"


def test_names_no_script_declares_declare_nothing(tmp_path: Path) -> None:
    files = {
        "build.gradle": _BUILD.replace("apply from: 'external-dependencies.gradle'\n", ""),
        "src/main/java/org/example/register/RegisterApplication.java": _APPLICATION,
    }
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, K.FRAMEWORK) == ("Dropwizard", "")
    assert first(backend, K.QUERY) == ("", "")
