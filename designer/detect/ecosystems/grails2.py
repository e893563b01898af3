"""Grails 2 applications, read as JVM builds.

Before Grails 3 moved onto Gradle, a Grails application had no Maven or Gradle build: the
`grails` command read `application.properties` at the application's root (`app.grails.version`,
the release the application is built with and runs on, and `app.name`) and
`grails-app/conf/BuildConfig.groovy` (its plugins and jars). The properties file is the one
manifest such an application has; another tool's `application.properties` (Spring Boot's
settings, in `src/main/resources` or `config/`) names no Grails version and is not admitted
(`walker`). Its plugins are read by source rules on BuildConfig.groovy (`jvm.RULES`): the
Hibernate plugin is GORM.
"""

from __future__ import annotations

import re

from designer.detect.signals import Lines, ManifestResult, Signal, Strength
from designer.model.stack import FindingKind as K

LANGUAGE = "jvm"

MANIFEST = "application.properties"

_VERSION = re.compile(r"^[ \t]*app\.grails\.version[ \t]*[=:][ \t]*([\w.-]+)", re.MULTILINE)
"""The Grails release the application's metadata names."""


def is_application(text: str) -> bool:
    """Whether an `application.properties` is a Grails 2 application's metadata."""
    return _VERSION.search(text) is not None


def parse(lines: Lines) -> ManifestResult:
    """The Grails release of the application's metadata: its framework, and a war the
    `grails war` command packages (a deployable application with no entry point of its own)."""
    result = ManifestResult(language=LANGUAGE)
    found = _VERSION.search(lines.text)
    if found is None:
        return result
    evidence = lines.evidence("app.grails.version")
    result.signals.append(
        Signal(
            K.FRAMEWORK,
            "Grails",
            Strength.DEPENDENCY,
            evidence,
            found.group(1),
            package="grails-core",
        )
    )
    result.runtime_dependencies = 1
    result.deployable = True
    return result
