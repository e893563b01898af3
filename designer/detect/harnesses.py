"""Where a service's tests come from when they live beside it rather than in it.

A repository often keeps a service's tests in a project of their own: a Cargo crate, Go module
or Python project that depends on the service's and only tests it (`crates/api-tests`,
`test/e2e/go.mod` with `replace … => ../..`), or a `tests/` folder at the root with the test
tools in the root's manifest (`requirements-dev.txt`) beside a `backend/` that declares none.
Their test tools are the service's. (Maven, Gradle and .NET test modules fold into their
build's service already: `monorepo`.)
"""

from __future__ import annotations

from designer.detect.assemble import END_TO_END, FOLDING, Unit
from designer.detect.ecosystems import python
from designer.detect.nonservices import FULL_STACK_UIS, module_names, module_uses
from designer.detect.signals import Signal
from designer.detect.walker import TEST_FOLDERS
from designer.model.stack import FindingKind

_HARNESS_ECOSYSTEMS = frozenset({"rust", "go", "python"})
"""Where a project depending on the service's and holding tests is a harness of it. Not Node:
a browser app depends on its API's package for the types it shares (tRPC), and its tests are
the UI's; only a Node package whose folder is named as tests is a harness (`_named_as_tests`)."""


def _tests(unit: Unit, language: str) -> list[Signal]:
    return [s for s in unit.signals.get(language, []) if s.kind is FindingKind.TEST]


def hand_over(ordered: list[Unit], services: list[Unit], eco: dict[str, str]) -> None:
    """Give each service the test tools of the harness projects that depend on it, then,
    to a service still without one, those of the one enclosing project (not a service) whose
    only service it is."""
    chosen = {s.folder for s in services}
    others = [u for u in ordered if u.folder not in chosen and u.folder in eco]
    for unit in others:
        language = eco[unit.folder]
        suite = language == "node" and _named_as_tests(unit)
        # A Node package whose scripts start a workspace's server before its tests
        # (`started_harnesses`) tests that server, whatever packages it depends on.
        drives = unit.drives if language == "node" else set()
        if not suite and not drives and (
            language not in _HARNESS_ECOSYSTEMS or any(r.frontend for _, _, r in unit.manifests)
        ):
            continue
        found = _tests(unit, language)
        uses = drives if language == "node" and not suite else module_uses(unit, language) | drives
        if not found or not uses:
            continue
        for service in services:
            if eco.get(service.folder) != language:
                continue
            names = module_names(service, language)
            if suite:
                # A workspace package may name a sibling by its bare name (`"backend": "*"`
                # for `@app/backend`): the workspace's own package is meant.
                names |= {name.rpartition("/")[2] for name in names}
            if names & uses:
                service.signals[language] += found
    for service in services:
        language = eco.get(service.folder, "")
        if language in FOLDING or _tests(service, language):
            continue
        # An end-to-end suite of another language's package in the service's own folder (a
        # root package.json installing Cypress beside a PHP application) drives the service
        # through its pages or API: with no tests of its own, those are its tests.
        driven = [
            s
            for other, found in service.signals.items()
            if other != language
            for s in found
            if s.kind is FindingKind.TEST and s.name in END_TO_END
        ]
        if driven:
            service.signals[language] += driven
            continue
        # A project in the service's own tests folder is its test suite: one of another
        # language (`transcoder/tests/hls_validation` with its requirements.txt beside a Go
        # service), or of its own language with a pip list of its own for the suite
        # (`test/requirements.txt` installing pytest beside the tests of a Flask service whose
        # list names no test tool).
        inside = [
            u
            for u in others
            if u.is_under(service)
            and TEST_FOLDERS & set(_below(u, service).split("/"))
        ]
        suites = [s for u in inside for s in _tests(u, eco[u.folder])]
        if suites:
            service.signals[language] += suites
            continue
        enclosing = [u for u in others if service.is_under(u) and _tests(u, language)]
        # A service found to hold no test around it (`testless_node.drop_untested_packages`)
        # is not what the enclosing project's runner tests: that suite is another package's.
        if enclosing and service.untested:
            continue
        if enclosing:
            nearest = max(enclosing, key=lambda u: u.folder.count("/") + (u.folder != "."))
            if sum(1 for s in services if s.is_under(nearest)) == 1:
                service.signals[language] += _tests(nearest, language)
            continue
        # A Node package named as tests whose dependencies name no service (`test/` beside
        # `backend/` and `frontend/`, Cypress driving the API) drives the tree's only backend
        # when that is a Node one too (a Python service's suite beside it may be elsewhere).
        # Not when another package of the tree is a UI with a server of its own (a React
        # Router or Next.js front over the backend's API): the suite drives that UI's pages as
        # much as the backend, and which one it tests is not told. Nor a suite clicking
        # through pages (`page_suites`) beside a browser app of the tree: that app's suite.
        if len(services) == 1 and language == "node" and not _served_uis(others, eco):
            browser = _browser_apps(others, eco)
            service.signals[language] += [
                s
                for u in others
                if eco[u.folder] == "node" and _named_as_tests(u)
                and not (u.pages and browser)
                for s in _tests(u, "node")
                if s.name in END_TO_END
            ]


def _served_uis(others: list[Unit], eco: dict[str, str]) -> bool:
    """Whether a Node package of the tree that is no service declares a full-stack UI's
    framework (`nonservices.FULL_STACK_UIS`): a front served by a server of its own."""
    return any(
        eco[u.folder] == "node"
        and any(
            s.kind is FindingKind.FRAMEWORK and s.name in FULL_STACK_UIS
            for s in u.signals.get("node", [])
        )
        for u in others
    )


def _browser_apps(others: list[Unit], eco: dict[str, str]) -> bool:
    """Whether a Node package of the tree that is no service is a browser application (a
    React or Vue package's manifest): the pages an end-to-end suite may drive."""
    return any(
        eco[u.folder] == "node" and any(r.frontend for _, _, r in u.manifests) for u in others
    )


def _named_as_tests(unit: Unit) -> bool:
    """Whether a Node package's folder is named as a test suite (`packages/tests`): a package
    kept for the tests of the workspace's services, whatever UI packages it installs to drive
    them, rather than a browser app sharing its API's types."""
    return unit.folder.rpartition("/")[2] in TEST_FOLDERS


def drop_vendored_suites(service: Unit, language: str) -> None:
    """Forget the test tools of the Python dependencies a service keeps vendored in its tree
    (`lib/cherrypy/test/…`, beside `cherrypy==18.10.0` in its requirements): their suites test
    those packages, not the service. A vendored package's folder is named as the dependency
    it is, outside the service's own tests (`tests/redis/` tests the service's cache)."""
    if language != "python":
        return
    uses = module_uses(service, language)
    if uses:
        service.signals[language] = [
            s
            for s in service.signals[language]
            if s.kind is not FindingKind.TEST
            or not _vendored(_within(s.evidence.path, service.folder), uses)
        ]


def _within(path: str, folder: str) -> str:
    """`path` from `folder` (the service's own folder may be named as a dependency, a Django
    project kept in `src/django/`: only folders inside it can be vendored copies)."""
    return path if folder == "." else path.removeprefix(folder + "/")


def _vendored(path: str, uses: set[str]) -> bool:
    """Whether `path` lies in a folder named as one of the dependencies `uses`, with no tests
    folder above it."""
    for part in path.split("/")[:-1]:
        if part in TEST_FOLDERS:
            return False
        if python.normalise(part) in uses:
            return True
    return False


def _below(unit: Unit, service: Unit) -> str:
    """The path of `unit`'s folder from `service`'s, which encloses it."""
    return unit.folder if service.folder == "." else unit.folder[len(service.folder) + 1 :]
