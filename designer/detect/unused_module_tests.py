"""A Maven module's declared tests when the build's only tests are in modules not using it.

A Maven reactor's parent (or a shared template) gives every module `spring-boot-starter-test`
and `junit`, so each service module declares a test framework whether or not it has a test.
`testless_jvm` drops such declarations only where the whole repository holds no test; one
library module's own `src/test` (an Excel writer's single JUnit class) keeps them for every
service of the build. Yet Surefire runs a module's tests against that module: a library's tests
test the library, and a service is tested only by its own folder's tests or by a test module
of the build that depends on it (an `*-it` module naming the service among its dependencies).

So where a module below the repository's top has its own `pom.xml`, its every test signal is a
declaration of a build file, and the repository holds no test outside the other Maven modules
that neither name it as a dependency nor are modules it depends on, directly or through one
another (its own folder, the folders above it, its users' and its libraries' walked: a
library's tests test code the service runs, and are lent it as before; a JavaScript project
beside the services set apart, as `testless_jvm` does), the declarations are dropped: the
module has no test framework, and a nearby library's tests are not lent it by nearness
(`own_tests.lent`). A module declaring no test itself is read as declaring those of the nearest
POM above it (a reactor root listing `spring-boot-starter-test` in its own `<dependencies>`,
which `inheritance.inherit` then hands it no longer). Neither a Go or Rust project beside the
build (its own toolchain runs its tests) nor a test-named folder of documents or Helm chart
tests holds a test of the module's code, nor a test class kept in a main source set
(`src/main/test/…Test.java`, which no build compiles or runs).
"""

from __future__ import annotations

import os
import posixpath
import re

from designer.detect import testless_jvm
from designer.detect.assemble import Unit
from designer.detect.signals import Signal
from designer.detect.testless_pytest import holds_tests
from designer.detect.walker import read_head
from designer.model.stack import FindingKind

LANGUAGE = "jvm"

_POM = "pom.xml"

_POM_BYTES = 262_144
"""Bytes of a POM read: its coordinates and dependencies."""

_PARENT = re.compile(r"<parent>.*?</parent>", re.DOTALL)
"""The parent's coordinates, whose `artifactId` is not the module's own."""

_ARTIFACT = re.compile(r"<artifactId>[ \t]*([\w.-]+)[ \t]*</artifactId>")

_DEPENDENCY = re.compile(r"<dependency>(.*?)</dependency>", re.DOTALL)


def drop_unused(top: str, units: dict[str, Unit]) -> None:
    """Drop the declared test frameworks of the Maven modules below the top whose build's
    tests all lie in modules that do not depend on them."""
    poms = {
        unit.folder: text
        for unit in units.values()
        if _has_pom(unit)
        for text in [read_head(top, _pom_path(unit.folder), _POM_BYTES)]
        if text is not None
    }
    artifacts = {
        artifact: folder
        for folder, text in poms.items()
        for artifact in [_artifact(text)]
        if artifact is not None
    }
    for unit in units.values():
        if unit.folder == "." or unit.folder not in poms:
            continue
        found = unit.signals.get(LANGUAGE, [])
        tests = [s for s in found if s.kind is FindingKind.TEST] or _root_tests(unit, units, poms)
        if not tests or not all(testless_jvm.declaration(s) for s in tests):
            continue
        artifact = _artifact(poms[unit.folder])
        if artifact is None:
            continue
        users = {folder for folder, text in poms.items() if artifact in _dependencies(text)}
        walked = {unit.folder, *users, *_used(unit.folder, poms, artifacts)}
        apart = frozenset(
            folder for folder in poms
            if folder != "." and not any(_at_or_under(w, folder) for w in walked)
        ) | testless_jvm.node_projects(units) | _own_toolchains(units, walked)
        if holds_tests(
            top, testless_jvm.test_named, lambda path: _runs_nothing(top, path),
            apart=apart, folder_holds=lambda folder: _holds_code_test(top, folder),
        ):
            continue
        unit.signals[LANGUAGE] = [s for s in found if s.kind is not FindingKind.TEST]
        unit.untested = True  # nor is an unrelated library's test lent it by nearness


def _runs_nothing(top: str, path: str) -> bool:
    """Whether the test-named file at `path` runs in no build: a JVM source of a main source
    set (`src/main/test/…Test.java`, kept beside `src/main/java` where neither Surefire nor
    Gradle's test task looks, nor the compiler of the main sources: `testless_jvm.main_source`),
    a scratch program or a test class marking no test (`testless_jvm.scratch`)."""
    return testless_jvm.main_source(path) or testless_jvm.scratch(top, path)


_OWN_TOOLCHAINS = frozenset({"go", "rust"})
"""Ecosystems whose projects run their own tests (`go test`, `cargo test`): a CLI or agent
of the product beside the Maven build, whose tests no Surefire run ever reaches."""


def _own_toolchains(units: dict[str, Unit], walked: set[str]) -> frozenset[str]:
    """The folders below the top of the Go and Rust projects with no JVM build of their own
    that neither hold nor lie in a walked module: set apart as `node_projects` sets apart a
    browser UI."""
    return frozenset(
        unit.folder
        for unit in units.values()
        if unit.folder != "."
        and unit.manifests
        and all(e in _OWN_TOOLCHAINS for _, e, _ in unit.manifests)
        and not any(_at_or_under(unit.folder, w) or _at_or_under(w, unit.folder) for w in walked)
    )


_NO_CODE_TEST = re.compile(r"\.(?:md|rst|adoc|txt)$|_test\.ya?ml$")
"""Files of a test-named folder that test no code: a guide to testing (`docs/testing/*.md`)
and Helm chart unit tests (helm-unittest's `tests/*_test.yaml`)."""


def _holds_code_test(top: str, folder: str) -> bool:
    """Whether the test-named `folder` holds a test of code (`testless_jvm.folder_holds_test`),
    not only documents and chart tests."""
    if not testless_jvm.folder_holds_test(top, folder):
        return False
    base = os.path.join(top, *folder.split("/"))
    for _path, dirs, files in os.walk(base):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        if any(not f.startswith(".") and not _NO_CODE_TEST.search(f) for f in files):
            return True
    return False


def _root_tests(unit: Unit, units: dict[str, Unit], poms: dict[str, str]) -> list[Signal]:
    """The tests the nearest enclosing POM's module declares for a module that declares none
    itself: a reactor's parent listing `spring-boot-starter-test` among its `<dependencies>`
    hands it to every module, and the services beneath fold it in later (`monorepo`), so a
    module with no test of its own and none of its libraries' is read as one declaring it."""
    folder = unit.folder
    while folder != ".":
        folder = posixpath.dirname(folder) or "."
        outer = units.get(folder)
        if outer is not None and folder in poms:
            return [s for s in outer.signals.get(LANGUAGE, []) if s.kind is FindingKind.TEST]
    return []


def _used(folder: str, poms: dict[str, str], artifacts: dict[str, str]) -> set[str]:
    """The folders of the build's modules the module at `folder` depends on, directly or
    through one another: a library's tests test code the module runs."""
    seen: set[str] = set()
    todo = [folder]
    while todo:
        for artifact in _dependencies(poms[todo.pop()]):
            used = artifacts.get(artifact)
            if used is not None and used not in seen and used != folder:
                seen.add(used)
                todo.append(used)
    return seen


def _has_pom(unit: Unit) -> bool:
    return any(path == _pom_path(unit.folder) for path, _, _ in unit.manifests)


def _pom_path(folder: str) -> str:
    return _POM if folder == "." else f"{folder}/{_POM}"


def _artifact(text: str) -> str | None:
    """The module's own `artifactId` (the parent's set aside)."""
    match = _ARTIFACT.search(_PARENT.sub("", text, count=1))
    return match.group(1) if match else None


def _dependencies(text: str) -> set[str]:
    """The `artifactId`s a POM names among its dependencies (managed ones included)."""
    return {
        m.group(1)
        for block in _DEPENDENCY.finditer(text)
        for m in _ARTIFACT.finditer(block.group(1))
    }


def _at_or_under(folder: str, other: str) -> bool:
    """Whether `folder` is `other` or lies below it."""
    return folder == other or folder.startswith(other + "/")
