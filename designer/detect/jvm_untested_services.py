"""JVM services of a multi-module build holding no test of their own.

A Maven or Gradle reactor often holds several services beside library modules, each library
with its own tests (`src/test` beside its `src/main`). The folding of modules into services
(`monorepo`) gives a service the tests of the libraries it uses or stands nearest to, and a
service pom declaring `junit` or the test starter (inherited habit, a parent's template) counts
as tested. Yet a service module with no test source of its own (no file in any `src/<set>` but
`main`) runs no test: what it got are the libraries' tests of themselves. Where another service
of the same repository does hold tests of its own, the reader asked for this one's test
framework answers none: its test findings are dropped. A test found in a module with no main
sources (a test-only module, `service-tests/`, whose suite is the service's) keeps them; so
does a repository none of whose services holds tests (the tests are kept elsewhere for all).
"""

from __future__ import annotations

import os
import posixpath
from itertools import pairwise

from designer.detect.codewalk import all_code_files
from designer.model.stack import DetectedBackend, FindingKind

_LANGUAGES = frozenset({"Java", "Kotlin"})

_SERVICE_FRAMEWORKS = frozenset({"Spring Boot"})
"""The frameworks whose applications this reads (each module an application of its own)."""

_ENDINGS = (".java", ".kt", ".groovy", ".scala")

MAX_FILES = 600
"""Test files listed per service at most: a larger tree counts as tested."""


def drop_borrowed(top: str, found: list[DetectedBackend]) -> None:
    """Drop the test findings of the JVM services holding no test source of their own whose
    tests are all libraries' tests of themselves, where another service holds tests."""
    services = [
        b
        for b in found
        if b.language in _LANGUAGES
        and any(
            f.kind is FindingKind.FRAMEWORK and f.name in _SERVICE_FRAMEWORKS for f in b.findings
        )
    ]
    if len(services) < 2:
        return
    own = {b.folder: _holds_tests(top, b.folder) for b in services}
    if not any(own.values()):
        return
    for backend in services:
        if own[backend.folder]:
            continue
        tests = [f for f in backend.findings if f.kind is FindingKind.TEST]
        sources = [e.path for f in tests for e in f.evidence if _in_test_set(e.path)]
        if not tests or not sources:
            continue  # declarations only: left to the declaration's reading
        if not all(_library_test(top, path, backend.folder) for path in sources):
            continue
        backend.findings = [f for f in backend.findings if f.kind is not FindingKind.TEST]


def _holds_tests(top: str, folder: str) -> bool:
    """Whether the module in `folder` holds a JVM source in a test set (`src/<set>` but
    `main`); True past `MAX_FILES`."""
    src = posixpath.join(folder, "src") if folder not in ("", ".") else "src"
    try:
        sets = sorted(os.listdir(os.path.join(top, *src.split("/"))))
    except OSError:
        return False
    for name in sets:
        if name == "main" or name.startswith("."):
            continue
        files = all_code_files(top, f"{src}/{name}", _ENDINGS, MAX_FILES)
        if files is None or files:
            return True
    return False


def _in_test_set(path: str) -> bool:
    """Whether `path` is a file of a JVM test source set (`…/src/test/…`)."""
    parts = path.split("/")
    return any(a == "src" and b != "main" for a, b in pairwise(parts[:-1]))


def _library_test(top: str, path: str, folder: str) -> bool:
    """Whether the test file `path` belongs to another module that has main sources of its
    own: a library's test of itself, not a test module of the service in `folder`."""
    parts = path.split("/")
    index = next(i for i, p in enumerate(parts[:-1]) if p == "src" and parts[i + 1] != "main")
    module = "/".join(parts[:index])
    if folder in ("", ".") or module == folder or module.startswith(folder + "/"):
        return False
    return os.path.isdir(os.path.join(top, *posixpath.join(module, "src", "main").split("/")))
