"""Spring: the datasource of a profile named for where the application is deployed.

A Spring Boot module may keep its datasource out of the base configuration and give one per
profile: a profile named for the platform it runs on (`application-openshift.yml` with
`driver-class-name: org.postgresql.Driver`, the URL given by the deployment) or for the live
stage in the "dev / test / online" naming many teams use (`application-online.yml` with
`jdbc:mysql://…`), beside a developer's profile on an embedded database
(`application-local.yml`: `jdbc:h2:file:~/app.db`) that the base file may even activate for a
run with no database server. Nothing in the repository activates the deployed profile (the
deployment passes it), so the generic profile rules never read it.

That profile's server engine is production configuration (`Scope.PRODUCTION`), and an
activated developer's profile on an embedded engine beside it is a development fallback.
"""

from __future__ import annotations

import posixpath
import re

from designer.detect.assemble import CONFIG, Unit
from designer.detect.engines import EMBEDDED, production_named, scope
from designer.detect.profile_groups import profile_engine
from designer.detect.signals import LazyPattern, Scope, Signal, Strength
from designer.model.stack import FindingKind

_SPRING_CONFIG = LazyPattern(r"application-([\w.-]+)\.(?:properties|ya?ml)")
"""A Spring profile's own configuration file (`application-openshift.yml`)."""

_DEPLOYED_NAMES = frozenset(
    {"online", "openshift", "kubernetes", "k8s", "gcp", "gke", "aws", "azure", "heroku"}
)
"""Profile names for where the application runs live: the live stage beside `dev` and `test`,
a container platform (whose deployment descriptors pass the profile), or the cloud it is
hosted on (`application-gcp.properties` naming `org.postgresql.Driver`, the URL mounted by the
deployment beside the jar)."""
_OTHER_RUNS = frozenset(
    {"dev", "development", "local", "test", "testing", "ci", "e2e", "demo", "sample", "mock"}
)
"""Words that make a profile a developer's, a test's or a demonstration's, whatever else it
names (`openshift-dev`)."""


def deployed_named(profile: str) -> bool:
    """Whether a Spring profile is named for the live stage or the platform the application
    is deployed on, and for no development, test nor demonstration run."""
    words = set(re.findall(r"[a-z0-9]+", profile.lower()))
    return bool(words & _DEPLOYED_NAMES) and not words & _OTHER_RUNS


def _server_engine(path: str, text: str) -> str:
    """The engine of a profile file's datasource when it is a database server's, else ""."""
    found = profile_engine(path, text)
    return found[0] if found and found[0] not in EMBEDDED else ""


def displaced(profiles: dict[str, tuple[str, str, str]], name: str) -> bool:
    """Whether the activated profile `name` (profile → (path, owner, text) of one folder's
    files) is named for development, opens an embedded database, and another profile of the
    folder, named for production or deployment, opens a database server."""
    chosen = profiles.get(name)
    if chosen is None or scope(chosen[0], "", False) is not Scope.FALLBACK:
        return False
    found = profile_engine(chosen[0], chosen[2])
    if found is None or found[0] not in EMBEDDED:
        return False
    return any(
        other != name
        and (deployed_named(other) or production_named(f"application-{other}"))
        and _server_engine(path, text)
        for other, (path, _, text) in profiles.items()
    )


def mark(units: dict[str, Unit], files: list[tuple[str, str, str]]) -> None:
    """Give each unit the server engine of its deployed profiles' datasources, as production
    configuration."""
    for path, owner, text in files:
        match = _SPRING_CONFIG.fullmatch(posixpath.basename(path))
        if match is None or not deployed_named(match.group(1)):
            continue
        if scope(path, "", True) is Scope.TEST:
            continue  # a test resource's profile
        found = profile_engine(path, text)
        unit = units.get(owner)
        if found is None or found[0] in EMBEDDED or unit is None:
            continue
        unit.signals[CONFIG].append(
            Signal(FindingKind.DATABASE, found[0], Strength.ENTRY, found[1],
                   scope=Scope.PRODUCTION)
        )
