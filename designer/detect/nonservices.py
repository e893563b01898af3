"""Folders that are no service whatever framework they name, and the names a build gives its
modules.

A framework named is not yet an application: examples, samples, playgrounds and benchmark
harnesses ship with a product; a web host under a tests folder serves the tests; a browser or
desktop client, or a project that only tests others, serves no network clients; a JVM module
that only the framework's packaging plugin names is a jar of something else; a Node package
starting a framework nothing of it declares runs on what another package installed; a
framework-only helper inside `docker/` is part of an image, not a backend.
"""

from __future__ import annotations

import posixpath
import re
from itertools import pairwise

from designer.detect import front_lent_stores, lock_frameworks
from designer.detect.assemble import BACKEND_KINDS, Unit, has_entry_point
from designer.detect.demo_data import keeps_data
from designer.detect.ecosystems.jvm_catalog import APPLICATION_PLUGINS
from designer.detect.ecosystems.node import SSR_SERVER
from designer.detect.lock_readers import NPM_LOCKS
from designer.detect.locks import LockFiles
from designer.detect.signals import LazyPattern, ManifestResult, Signal, Strength
from designer.detect.workspace_data import lent
from designer.model.stack import FindingKind

DATA_KINDS = BACKEND_KINDS - {FindingKind.FRAMEWORK}
"""What only a backend has besides its framework: a data layer and the stores it talks to."""


EXAMPLE_FOLDERS = frozenset(
    {
        "examples",
        "samples",
        "_example",
        "_examples",
        "playground",
        "playgrounds",
        "benchmark",
        "benchmarks",
        "prototype",
        "prototypes",
        "experiments",
        "load-testing",
        "load-tests",
        "loadtest",
        "loadtests",
    }
)
"""Folders whose projects are examples, playgrounds, prototypes, experiments or benchmark and
load-test harnesses (with the stub servers they drive) shipped with a product, never one of
its backends (matched whatever the case: a .NET solution names its folders `Samples/`,
`Prototype/`)."""

_EXAMPLE_ENDINGS = (
    "-samples",
    "-examples",
    "-sample",
    "-example",
    "-playground",
    "-benchmark",
    "-benchmarks",
)


_HELLO_WORLD = re.compile(r"hello[-_]?world(?:[-_.]|$)")
"""A folder named as the first program of a tutorial (`hello-world/`, `HelloWorld/`,
`hello_world/`, `hello-world-react/`): a minimal sample a team keeps to try its toolchain or
cluster, or to show how to call the product."""


def is_example(folder: str) -> bool:
    """Whether `folder` lies in an examples, samples, playground, prototype or benchmark folder
    (`examples/service-fastapi`, `xxl-job-executor-samples/…`, `playground/nestjs`,
    `remote-benchmark`, a solution's `Prototype/` of trial integrations), or is a module named
    for one (`acme-client-example`, even listed by the product's build: it shows how to use a
    module) or for a hello-world program (`hello-world/`, a Tide server answering `/hello/:name`
    beside the product's own servers); a bare singular `sample/` may be a template's second
    app."""
    return any(
        part in EXAMPLE_FOLDERS
        or part.endswith(_EXAMPLE_ENDINGS)
        or _HELLO_WORLD.match(part) is not None
        for part in folder.lower().split("/")
    )


DEMO_WORDS = frozenset({"demo", "demos", "sample", "quickstart"})
"""Words of a folder name (`cas-springboot-demo`, `oauth-client-sample`, `quickstart`) that
call its project a demonstration of the product rather than a part of it."""
_DEMO_NAMES = frozenset({"quickstart"})
"""Folder names that are a demonstration on their own (a bare `sample/` or `Demo/` may hold a
template's second app)."""


def is_demo(unit: Unit, units: dict[str, Unit], seen: frozenset[str] = frozenset()) -> bool:
    """Whether the project is a demonstration shipped beside the product: a folder of its
    path is named as one, and the repository's root build does not list it among its modules,
    directly or through builds it lists (`mall-demo` in the root POM's modules is one of the
    product's applications; `integrations/sso/spring-demo-client1`, listed only by the
    integration's own POM, is not), unless it keeps no data, itself or through the modules
    of its build it depends on (`demo_data`: a demo portal over the product's client library,
    listed by the root POM). A build whose modules are all demonstrations (the
    integration's POM) is one too. A build listing itself (a Cargo workspace's `members =
    [".", "migration"]`) or its lister (`seen`) is not followed back. A project named for the
    product and then as a demonstration of some kind of program (`AcmeDemoApi`) is one only
    beside another host of the repository (`_demo_twin`)."""
    if not (
        any(_demo_named(part) for part in unit.folder.split("/")) or _demo_twin(unit, units)
    ):
        seen = seen | {unit.folder}
        listed = [
            units[folder]
            for _, _, result in unit.manifests
            for m in result.modules
            if (folder := posixpath.normpath(posixpath.join(unit.folder, m))) in units
            and folder not in seen
        ]
        return bool(listed) and all(is_demo(module, units, seen) for module in listed)
    folder = unit.folder
    while folder != ".":
        lister = _lister(folder, units)
        if lister is None:
            return True
        folder = lister
    # Listed by the root build, it is one of the product's applications if it keeps data; a
    # demo portal over the product's client, storing nothing, only shows the product.
    return not keeps_data(unit, units)


_WORD = LazyPattern(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+|\d+")
"""A word of a CamelCase name: a run of capitals, a capitalised or lower-case word, digits."""


def _demo_named(part: str) -> bool:
    words = set(part.lower().replace("_", "-").split("-"))
    return (
        part.lower() in _DEMO_NAMES
        or (len(words) > 1 and bool(words & DEMO_WORDS))
        or any(_ends_as_demo(segment) or _demo_kind(segment) for segment in part.split("."))
    )


_KINDS = frozenset({"api", "web", "webapi", "server", "service", "app", "host", "site"})
"""Words naming what kind of program a project is, not what it is about."""


def _demo_kind(segment: str) -> bool:
    """Whether a CamelCase segment of a dotted name is a demonstration's word followed only by
    the kind of program it is (.NET's `Acme.Cli.DemoApi`, the API a tool's README runs it
    against; not `Acme.SampleToDo.Web`, named for what it shows)."""
    words = [w.lower() for w in _WORD.findall(segment)]
    return len(words) > 1 and words[0] in DEMO_WORDS and all(w in _KINDS for w in words[1:])


def _named_demo_kind(segment: str) -> bool:
    """Whether a CamelCase segment is the product's name, then a demonstration's word, then
    only the kind of program it is (`AcmeBiblioDemoApi`, `AcmeSampleWeb`; not
    `AcmeDemoInvoices`, named for what it shows)."""
    words = [w.lower() for w in _WORD.findall(segment)]
    return any(
        word in DEMO_WORDS and 0 < i < len(words) - 1 and all(w in _KINDS for w in words[i + 1 :])
        for i, word in enumerate(words)
    )


def _demo_twin(unit: Unit, units: dict[str, Unit]) -> bool:
    """Whether the project's own folder is named as the product's demonstration host
    (`_named_demo_kind`: `AcmeDemoApi`) and another project of the repository, not named as a
    demonstration, starts a web framework (`AcmeApi`, the host the demo sits beside: a demo
    host that tries an editor or a client against it). A repository whose only host is so
    named deploys it: it stays the product's backend."""
    name = posixpath.basename(unit.folder)
    if not any(_named_demo_kind(segment) for segment in name.split(".")):
        return False
    return any(
        other is not unit
        and has_entry_point(other)
        and not any(
            _demo_named(part) or _named_demo_kind(part) for part in other.folder.split("/")
        )
        for other in units.values()
    )


def _ends_as_demo(segment: str) -> bool:
    """Whether a CamelCase segment of a dotted name ends with a demonstration's word after
    others (.NET's `Acme.WebApiClient.WebApiSample`; not `Acme.SampleToDo.Web`, a template's
    application named for what it shows)."""
    words = _WORD.findall(segment)
    return len(words) > 1 and words[-1].lower() in DEMO_WORDS


def _lister(folder: str, units: dict[str, Unit], profiles: bool = False) -> str | None:
    """The nearest enclosing folder whose build lists `folder` as a module (with `profiles`,
    in a Maven profile too), or None."""
    outer = folder
    while outer != ".":
        outer = posixpath.dirname(outer) or "."
        unit = units.get(outer)
        if unit is None:
            continue
        for _, _, result in unit.manifests:
            listed = [*result.modules, *result.profile_modules] if profiles else result.modules
            if any(posixpath.normpath(posixpath.join(outer, m)) == folder for m in listed):
                return outer
    return None


def _pom(unit: Unit | None) -> ManifestResult | None:
    if unit is None:
        return None
    return next((r for p, _, r in unit.manifests if posixpath.basename(p) == "pom.xml"), None)


def is_unbuilt(unit: Unit, units: dict[str, Unit]) -> bool:
    """Whether the project is a Maven module its build has switched off: going up the poms
    that list this folder as a module (in a profile too), the chain stops at a module that an
    enclosing pom lists only inside an XML comment (`<!-- <module>acme-iot</module> -->`).
    No reactor builds it nor anything under it, so it is no backend. A project no pom lists
    at all may be built on its own (`mvn -f tools/x`) and is not concerned. A Gradle project
    with no settings file of its own is one too where the nearest settings file above it
    includes it only in a commented-out line (`// include 'acme-core'`): Gradle builds a
    project only through the settings of its build (`unincluded_gradle`)."""
    if _pom(unit) is None:
        return _gradle_commented_out(unit, units)
    folder = unit.folder
    while folder != ".":
        lister = _lister(folder, units, profiles=True)
        if lister is None:
            return _commented_out(folder, units)
        folder = lister
    return False


_GRADLE_SETTINGS = frozenset({"settings.gradle", "settings.gradle.kts"})
_GRADLE_BUILDS = frozenset({"build.gradle", "build.gradle.kts"})


def _gradle_settings(unit: Unit) -> list[ManifestResult]:
    return [r for p, _, r in unit.manifests if posixpath.basename(p) in _GRADLE_SETTINGS]


def _gradle_commented_out(unit: Unit, units: dict[str, Unit]) -> bool:
    """Whether the Gradle project's nearest settings file above it (it has none of its own)
    names its folder only in a commented-out `include`, not in a live one nor as the folder
    of a project it moves there."""
    names = {posixpath.basename(p) for p, _, _ in unit.manifests}
    if not names & _GRADLE_BUILDS or names & _GRADLE_SETTINGS or unit.folder == ".":
        return False
    outer = unit.folder
    while outer != ".":
        outer = posixpath.dirname(outer) or "."
        above = units.get(outer)
        settings = _gradle_settings(above) if above is not None else []
        if not settings:
            continue

        def here(module: str, outer: str = outer) -> bool:
            return posixpath.normpath(posixpath.join(outer, module)) == unit.folder

        live = [m for r in settings for m in (*r.modules, *r.project_dirs.values())]
        commented = [m for r in settings for m in r.commented_modules]
        return any(map(here, commented)) and not any(map(here, live))
    return False


def _commented_out(folder: str, units: dict[str, Unit]) -> bool:
    """Whether a pom of a folder above `folder` lists it as a module inside a comment."""
    outer = folder
    while outer != ".":
        outer = posixpath.dirname(outer) or "."
        pom = _pom(units.get(outer))
        if pom is not None and any(
            posixpath.normpath(posixpath.join(outer, m)) == folder for m in pom.commented_modules
        ):
            return True
    return False


TEST_HOST_FOLDERS = frozenset(
    {"test", "tests", "__tests__", "e2e", "cypress", "playwright", "suites", "fixtures"}
)
"""Folders (in any case: .NET writes `Tests/`) whose projects serve tests, never users; a folder
named for an end-to-end runner holds its suites and the mock server they start, a folder
of integration suites (`internal/suites/…`) the composes and test doubles they run, and a
fixtures folder the sample applications an integration suite deploys."""


BROWSER_RUNNERS = frozenset({"cypress", "playwright"})
"""End-to-end runners that drive a browser: besides naming a folder of suites, the name of the
browser automation a service is built around (a page-rendering service running Playwright's
Chromium)."""

SERVICE_WORDS = frozenset({"service", "microservice"})
"""Words that name a folder as a deployed service of the product (`playwright-service-ts`)."""


def is_test_host(folder: str) -> bool:
    """Whether `folder` lies in a tests folder, named so alone or as the first or last word
    of a longer name (`product-integrated-test/…`, `Api.Tests`, `test-embed`): a web project
    there hosts what the tests drive (an end-to-end test server, a page embedding the product
    for its tests); its tests still join the service they test."""
    for part in folder.split("/"):
        words = part.lower().replace("_", "-").replace(".", "-").split("-")
        found = {part.lower(), words[0], words[-1]} & TEST_HOST_FOLDERS
        # A browser runner's name beside a service word (`playwright-service`) names the
        # service that runs the browser for the product (rendering pages to scrape), not a
        # folder of suites: a suites folder is named for the runner alone or with `tests`.
        if found and not (found <= BROWSER_RUNNERS and SERVICE_WORDS & set(words)):
            return True
        if len(words) > 1 and words[-1] in _HELPER_WORDS and words[-2] in _TESTING_WORDS:
            return True  # `protocol-testing-helper`: an application the tests start
        if any(a in _SUITE_KINDS and b in _TESTING_WORDS for a, b in pairwise(words)):
            return True  # `x-integration-test-service`: what the integration suites call
    return False


_HELPER_WORDS = frozenset({"helper", "helpers", "harness"})
_TESTING_WORDS = frozenset({"test", "tests", "testing"})
"""A project named as the tests' helper (`x-testing-helper`, `test-harness`): what it serves,
it serves to the suites that start it (a bank's stand-in the protocol tests drive)."""


_SUITE_KINDS = frozenset({"integration", "e2e", "acceptance", "functional"})
"""Kinds of suite that drive a running product: a project named for one beside the word test
(`x-integration-test-service`, `e2e-testing-app`), wherever in its name, serves those suites
(resetting and seeding the product's store for them), not the product's users; a bare `test`
in the middle of a name (`ab-test-service`) may be the product's own."""


TOOL_FOLDERS = frozenset(
    {"tools", "tooling", "utilities", "devsupport", "dev-support", "dev_support"}
)
"""Folders of a repository's developer tools and utilities (a load tester, an OAuth2 client
tester serving its own pages, an example endpoint the product calls out to), or of its
developers' support material (`DevSupport/`: database scripts, notes, resources and the
scripts a developer ran over them, a PDF parser's FastAPI app among its sample PDFs): beside
the product's service, a web server there is a tool, not a backend."""


def _under(folder: str, names: frozenset[str]) -> bool:
    """Whether one of `folder`'s parts is named one of `names`, in any case."""
    return any(part.lower() in names for part in folder.split("/"))


def is_tool(folder: str) -> bool:
    """Whether `folder` lies in a tools folder (`tools/oauth2-tester`)."""
    return _under(folder, TOOL_FOLDERS)


CLIENT_APP_FOLDERS = frozenset({"ios", "android", "apple", "macos", "mobile"})
"""Folders of a repository's native client apps: beside the product's service, a web server
there (the GraphQL server an iOS app generates its client code from, a mock API its tests
call) is a tool of that client, not a backend."""


def in_client_app(folder: str) -> bool:
    """Whether `folder` lies in a native client app's folder (`apple/gql-server`)."""
    return _under(folder, CLIENT_APP_FOLDERS)


def is_bundled(unit: Unit, eco: dict[str, str]) -> bool:
    """Whether the folder's program is shipped inside another language's project of the same
    folder: its manifest (or everything under a folder holding it) is among what that
    project's build copies into its output (a .NET library copying `requirements.txt` and
    its Python server, which the .NET app starts). It is that project's resource."""
    language = eco.get(unit.folder, "")
    copied = [
        posixpath.normpath(posixpath.join(posixpath.dirname(path), item))
        for path, e, r in unit.manifests
        if e != language
        for item in r.bundled
    ]
    return any(
        e == language
        and any(path == c or (c.endswith("/**") and path.startswith(c[:-2])) for c in copied)
        for path, e, _ in unit.manifests
    )


SCRIPT_FOLDERS = frozenset({"scripts"})
"""Folders of a repository's scripts: beside the product's service, a server there (a mock of
a remote API, a development identity provider, a bot watching the repository) is a helper the
developers run, even with a Dockerfile of its own: a script's image is a development one."""


def is_script(folder: str) -> bool:
    """Whether `folder` lies in a scripts folder (`scripts/mock-llm-server`)."""
    return _under(folder, SCRIPT_FOLDERS)


DOUBLE_WORDS = ("mock", "fake", "stub", "dummy")
"""How the name of a test double's folder starts (`mockserver`, `mock-api`, `fake_idp`,
`stubs`, `dummy_payments`: an aiohttp server answering with the fixture JSON of the events API
its sibling reads), or its last word (`tiqr-mock`, `payment_stub`, `idp-fake`: the system it
stands in for, then what it is): beside the product's service, a server there stands in for
another system while tests or developers run, even when it is built and packaged like an
application (a module of the product's build)."""

_DOUBLE_LAST = frozenset(
    {"mock", "mocks", "fake", "fakes", "stub", "stubs", "dummy", "simulator", "simulators",
     "emulator", "emulators", "sandbox", "sandboxes"}
)
"""The last words of such a name: a whole word, not a word's ending (`hammock`). A simulator
or emulator named for the system it imitates (`csp-simulator`, a Flask stand-in for the
identity provider in local development; `device-simulator`, `bq-emulator`) is such a double
too; a product named so in one word (`pensjonssimulator`) is not. So is a sandbox named for
the system it imitates (`hbci-sandbox`, a bank's protocol served from fixtures for the
product's tests and demos), or a folder of them (`sandboxes/`)."""


_ROLE_LAST = frozenset({"api", "webapi", "web", "server", "service", "host"})
"""Last words that say what a project is, after the system it stands for: a .NET project
named `Catalogue.Mock.API` or `CatalogueMock.Api` is the catalogue's double, served."""

_CAMEL_DOUBLE = LazyPattern(r"[a-z\d](?:Mock|Fake|Stub)s?$")
"""A PascalCase word ending in a double's word (`SalesCatalogueServicesMock`), at a word's
start (not `Hammock`)."""


def is_double(folder: str) -> bool:
    """Whether one of `folder`'s parts is named as a test double (`other/mockserver`,
    `tiqr-mock`, `CatalogueMock.API`)."""
    return any(_double_part(part) for part in folder.split("/"))


_NAMED_FOR_WHAT = frozenset({"simulator", "emulator"})
"""Last words that make a double only after the name of what is imitated (`csp-simulator`,
`queue_emulator`). A project named the simulator and its role alone (`simulator_api`,
`simulator-service`) names no system it stands in for: it is the product's own service running
simulations (a permit system's diagnosis runs, which its screens call). A bare `simulator/`
stays a double (a device simulator beside an IoT platform), as do the plurals, folders of them
(`simulators/`, as `sandboxes/`)."""


def _double_part(part: str) -> bool:
    if part.lower().startswith(DOUBLE_WORDS):
        return True
    words = re.split(r"[-_.]", part)
    while len(words) > 1 and words[-1].lower() in _ROLE_LAST:
        words.pop()
    last = words[-1].lower()
    if last in _NAMED_FOR_WHAT and len(words) == 1 and part.lower() != last:
        return False  # the simulator and its role: nothing named that it imitates
    return last in _DOUBLE_LAST or _CAMEL_DOUBLE.search(words[-1]) is not None


def packaging_only(unit: Unit, units: dict[str, Unit], eco: dict[str, str]) -> bool:
    """Whether a JVM module names its framework only through the framework's packaging
    plugin (Spring Boot's repackaging a command-line agent's jar), with no dependency on the
    framework of its own or of an enclosing build file, and no entry point: not an
    application of that framework."""
    if eco.get(unit.folder) != "jvm" or has_entry_point(unit):
        return False
    named = [s for s in unit.signals.get("jvm", []) if s.kind is FindingKind.FRAMEWORK]
    if not any(s.package in APPLICATION_PLUGINS for s in named):
        return False
    if any(_depends_on_framework(s) for s in named):
        return False
    folder = unit.folder
    while folder != ".":
        folder = posixpath.dirname(folder) or "."
        outer = units.get(folder)
        if outer is not None and any(
            s.kind is FindingKind.FRAMEWORK and _depends_on_framework(s)
            for s in outer.signals.get("jvm", [])
        ):
            return False
    return True


def _depends_on_framework(signal: Signal) -> bool:
    return signal.strength is Strength.DEPENDENCY and signal.package not in APPLICATION_PLUGINS


UNDECLARED_LANGUAGES = frozenset({"node", "ruby", "python"})
"""Languages whose manifests declare every framework a program loads (a Ruby program runs on
the gems its Gemfile, or a Gemfile above it, bundles). A Python folder may run with no
manifest at all; but Flask started in code nothing above declares (a repository root's
extension or mock server), while the application beside it declares Flask, runs on what that
application's list installed. A framework no manifest of the tree declares is the folder's
own (a Django project kept with no manifest)."""


_NODE_LOCKS = NPM_LOCKS | {"pnpm-lock.yaml", "yarn.lock"}
"""Node's lock files: one in a package's own folder resolves what its manifest requires."""


def undeclared(
    unit: Unit, units: dict[str, Unit], language: str, locks: LockFiles | None = None
) -> bool:
    """Whether a Node package (or a Ruby or Python folder) starts a framework that neither its own
    manifests, an enclosing one's (a workspace root's) nor a package of the tree it depends on
    (a shared server core) declares: it runs on what another package happened to install (a
    rake task requiring the Sinatra of the backend beside it, a plugin's Rails routes under a
    Gemfile of rake tasks)."""
    if language not in UNDECLARED_LANGUAGES:
        return False
    started = {
        s.name
        for s in unit.signals.get(language, [])
        if s.kind is FindingKind.FRAMEWORK and s.strength is Strength.ENTRY
    }
    if not started:
        return False
    holders = [unit]
    folder = unit.folder
    while folder != ".":
        folder = posixpath.dirname(folder) or "."
        if folder in units:
            holders.append(units[folder])
    used = module_uses(unit, language)
    holders += [u for u in units.values() if module_names(u, language) & used]
    declared = {
        s.name
        for holder in holders
        for _, e, r in holder.manifests
        if e == language
        for s in r.signals
        if s.kind is FindingKind.FRAMEWORK
    }
    # A framework the package's own lock installed for it (lent by a kit its manifest declares:
    # `lent_frameworks`) came with its own dependencies, not with what another package brought.
    declared |= {
        s.name
        for s in unit.signals.get(language, [])
        if s.kind is FindingKind.FRAMEWORK
        and s.strength is Strength.DEPENDENCY
        and s.evidence is not None
        and posixpath.basename(s.evidence.path) in _NODE_LOCKS
        and (posixpath.dirname(s.evidence.path) or ".") == unit.folder
    }
    if started & declared:
        return False
    if language == "python" and locks is not None and _locked_here(unit, started, locks):
        return False
    # A Python application kept with no manifest starts a framework nothing else declares.
    return language != "python" or started <= _declared_elsewhere(unit, units, language)


def _locked_here(unit: Unit, started: set[str], locks: LockFiles) -> bool:
    """Whether the lock in the Python project's own folder installs a framework its code
    starts: a program started through a runtime that brings the framework (a model service's
    `ray[serve]`, whose serve extra installs FastAPI for the `@serve.ingress(app)` it writes)
    runs on its own install, not on what another application of the tree declares."""
    wanted = {
        package: ""
        for name in started
        for package in lock_frameworks.own_packages("python", name)
    }
    return bool(wanted) and bool(locks.versions(unit.folder, "python", wanted, above=False))


def _declared_elsewhere(unit: Unit, units: dict[str, Unit], language: str) -> set[str]:
    """The frameworks the tree's other applications declare and start (a pinned list kept
    among deployment files, starting nothing, is no such application)."""
    found: set[str] = set()
    for other in units.values():
        if other is unit:
            continue
        started = {
            s.name
            for s in other.signals.get(language, [])
            if s.kind is FindingKind.FRAMEWORK and s.strength is Strength.ENTRY
        }
        found |= {
            s.name
            for _, e, r in other.manifests
            if e == language
            for s in r.signals
            if s.kind is FindingKind.FRAMEWORK and s.name in started
        }
    return found


IMAGE_FOLDERS = frozenset({"docker", "containers"})
"""Folders that hold what container images are built from (`docker/worker/`,
`ops/containers/selenium/`): the images a development or CI Compose file runs beside the
product."""


def image_helper(unit: Unit) -> bool:
    """Whether the package lies in a folder of container images and shows nothing but its
    framework: a helper an image runs beside its program (a health-check server, a stand-in
    for an outside login service the tests sign in through), no backend. A package with a
    test suite of its own (test modules, a `conftest.py` in its folder) is developed as a
    service, not kept as a helper: a product's stateless building blocks under
    `containers/` (a converter, a validator, each with its image and its pytest suite). Nor
    is one a production Compose file of its own folder builds and runs (`Unit.released`): the
    product deploys it as a service (an image classifier its application posts uploads to)."""
    return (
        not IMAGE_FOLDERS.isdisjoint(unit.folder.split("/"))
        and reaches_no_data(unit)
        and not _tested(unit)
        and not unit.released
    )


def _tested(unit: Unit) -> bool:
    """Whether the package's own files hold tests: a test tool seen in a file of its folder
    that is a test module or lies in a test folder (`tests/integration/conftest.py`,
    `test_main.py`), not only declared or configured."""
    prefix = "" if unit.folder == "." else unit.folder + "/"
    for signals in unit.signals.values():
        for s in signals:
            if s.kind is not FindingKind.TEST or s.strength is not Strength.ENTRY:
                continue
            path = s.evidence.path
            if path.startswith(prefix) and any(
                part.startswith("test") or part == "conftest.py"
                for part in path[len(prefix):].split("/")
            ):
                return True
    return False


def image_recipe(unit: Unit) -> bool:
    """Whether the package lies in a folder of container images and starts nothing itself:
    the recipe of an image (`docker/api/`: a Dockerfile and the requirements it installs,
    its command starting `api.main:app` of the project around it), whose application is
    the one whose code it copies, not a backend of its own."""
    return not IMAGE_FOLDERS.isdisjoint(unit.folder.split("/")) and not has_entry_point(unit)


TOOLKITS = frozenset({"Starlette"})
"""Toolkits other libraries build their servers on (the MCP SDK's SSE and streamable-HTTP
apps, sse-starlette): declared, they are a transport those libraries need, not a framework
the package is written to, unless its code constructs the application itself."""


def unstarted_helper(unit: Unit, units: dict[str, Unit], language: str) -> bool:
    """Whether a deployed package declares only a toolkit it never starts in its own code,
    reaches no data and uses no other package of the repository (which might start it or lend
    it a data layer): the toolkit is the transport another library's server runs on (an MCP
    bridge's SSE app on Starlette, calling the product's API), no backend beside the
    product's. (A package declaring a framework proper stays a backend when deployed.)"""
    if has_entry_point(unit) or not reaches_no_data(unit):
        return False
    if any(
        s.kind is FindingKind.FRAMEWORK and s.name not in TOOLKITS
        for s in unit.signals.get(language, [])
    ):
        return False
    used = module_uses(unit, language)
    return not any(module_names(u, language) & used for u in units.values() if u is not unit)


def reaches_no_data(unit: Unit) -> bool:
    """Whether `unit` has no data layer, engine, cache or broker of its own, in any language."""
    return not any(
        s.kind in DATA_KINDS for signals in unit.signals.values() for s in signals
    )


FULL_STACK_UIS = frozenset(
    {"Next.js", "Nuxt", "React Router", "SvelteKit", "TanStack Start"}
)
"""Frameworks of browser applications that may serve an API of their own (route handlers):
a backend when that API reaches data, a UI otherwise."""


STARTED_ONLY = frozenset({"swift", "dart", "perl", "gleam", "cpp", "zig", "ocaml"})
"""Ecosystems whose manifests build apps, tools and libraries alike (an iOS app's Package.swift,
a Flutter app's or a Dart tool's pubspec.yaml): a package is a server only where its code starts
the framework it names (Vapor's `Application.make(env)`, shelf's `shelf_io`)."""

DEFINITE_LIBRARIES = frozenset(
    {"elixir", "scala", "clojure", "dotnet", "erlang", "swift", "dart", "haskell", "crystal",
     "nim", "perl", "gleam", "cpp", "zig", "ocaml"}
)
"""Ecosystems whose manifests say outright that they build a library: a mix project whose
`application` starts no module, an sbt build that publishes and packages no program, a Clojure
project naming no program to run (no `:main`, no alias running its own namespace, no uberjar),
a .NET project whose `OutputType` is `Library`, a rebar3 project assembling no release and
declaring no web framework, a SwiftPM package with no executable product nor target, a pub
package with no `bin/` (nor Dart Frog's `routes/`) folder, a Haskell, Crystal or Nim package
building no program that declares a web framework (a Cabal package with no `executable`, a
shard with no `targets`, a Nimble package with no `bin`).
A gem's gemspec says less (gemstash ships its server as a gem)."""


def is_library(unit: Unit, eco: dict[str, str]) -> bool:
    """Whether the folder's own manifests are all a library's, in an ecosystem whose manifests
    say so outright (`DEFINITE_LIBRARIES`): an application elsewhere loads it, so it is no
    backend even where no other folder is one."""
    language = eco.get(unit.folder, "")
    if language not in DEFINITE_LIBRARIES:
        return False
    if language in STARTED_ONLY and not has_entry_point(unit):
        return True  # an app, a tool or a library of its own: nothing starts a server
    home = [
        r
        for path, e, r in unit.manifests
        if e == language and (posixpath.dirname(path) or ".") == unit.folder
    ]
    return bool(home) and all(r.library for r in home)


def is_client(unit: Unit, eco: dict[str, str]) -> bool:
    """Whether the folder is no server whatever framework it names: a desktop application
    (Electron, Tauri), a browser application whose framework is not both a run-time
    dependency and started in its code (an Angular UI's development mock API), or a project
    that only tests others (a .NET test project on the Web SDK: its tests join the service
    it tests), or a library (a gem's Gemfile: a Rails engine plugin inside the app), or a
    cloud function an event source feeds (a .NET Lambda on SQS events, an Azure Functions
    app)."""
    language = eco.get(unit.folder, "")
    own = [r for _, e, r in unit.manifests if e == language]
    if not own:
        return False
    # A script another build file includes (a Gradle `apply from:` shared by several modules)
    # belongs to every includer alike: the folder's own build files say what the project is.
    home = [
        r
        for path, e, r in unit.manifests
        if e == language and (posixpath.dirname(path) or ".") == unit.folder
    ]
    if all(r.tests_only or r.library for r in home or own):
        return True
    if any(r.event_function for r in home or own):
        return True  # a Lambda a queue feeds, an Azure Functions app: no server of its own
    if language in STARTED_ONLY and not has_entry_point(unit):
        return True  # a Swift or Dart package naming a server framework its code never starts
    if language == "rust":
        return False  # Tauri crates are handled with the workspace's other crates
    if any(r.desktop for r in own) and not _ships_server(unit, own):
        return True
    if language == "node" and _development_server(unit, own):
        return True
    if not any(r.frontend for r in own):
        return False
    # The UI's own server would depend on its framework at run time; one only in the
    # development dependencies serves a mock API or the development build.
    runtime = {
        s.name
        for r in own
        for s in r.signals
        if s.kind is FindingKind.FRAMEWORK and s.strength is Strength.DEPENDENCY
    }
    if runtime and runtime <= FULL_STACK_UIS:
        # A full-stack framework's server code runs without an entry point of the app's own
        # (a server component reading the database): `ui_only` decides by the data it reaches.
        return False
    return not (runtime and has_entry_point(unit))


def _ships_server(unit: Unit, own: list[ManifestResult]) -> bool:
    """Whether a package that builds a desktop app also ships a server of its own: a
    Dockerfile deploys the folder, and its run-time dependencies hold a data layer (the
    repository's Koa server over `pg` beside the Electron client it packages). A desktop
    app's bundled server needs neither an image nor a data layer at run time."""
    return unit.deployable and any(
        s.kind in (FindingKind.ORM, FindingKind.QUERY) and s.strength is Strength.DEPENDENCY
        for r in own
        for s in r.signals
    )


_DEV_SERVER = LazyPattern(r"(?i)dev[-_.]?server\.[cm]?[jt]s|server\.dev\.[cm]?[jt]s")
"""How a development server's file is named (`dev-server.js`, `devServer.ts`, `server.dev.js`)."""


def _development_server(unit: Unit, own: list[ManifestResult]) -> bool:
    """Whether the folder's only server is a development server of its build: its framework a
    development dependency alone, started only in a file named for a development server (a
    browser UI's `dev-server.js` serving its webpack build under nodemon)."""
    declared = [s for r in own for s in r.signals if s.kind is FindingKind.FRAMEWORK]
    if not declared or any(s.strength is not Strength.DEV for s in declared):
        return False
    started = [
        s
        for s in unit.signals.get("node", [])
        if s.kind is FindingKind.FRAMEWORK and s.strength is Strength.ENTRY
    ]
    return bool(started) and all(
        _DEV_SERVER.fullmatch(posixpath.basename(s.evidence.path)) for s in started
    )


def ui_only(unit: Unit, units: dict[str, Unit], eco: dict[str, str]) -> bool:
    """Whether the folder's only frameworks are full-stack UI frameworks, or it is a browser
    application whose server renders it (Express calling Vite's SSR beside react-dom) or
    hands out its build (`express.static('dist')`, `uihosts`; a .NET host of a Blazor
    WebAssembly client), or a server rendering UI components for another application's pages
    (`uihosts`' `renders_ui`), or an Express server rendering its pages from templates
    (`view_servers`; its sessions' cache is UI state), or a Rust one rendering Askama or Tera
    pages with Redis for its sessions only (`rust_pages`), or a JVM application rendering JSP
    pages, and neither it nor a package of the tree it depends on (a workspace's
    `@app/prisma`; of a common library, what `workspace_data` lends it) holds a data layer, a
    store or a migration tool: its route handlers (an auth callback, a proxy, the render of
    every page) serve the UI, not data."""
    language = eco.get(unit.folder, "")
    if unit.ssr_front and language == "node":
        return True  # its pages rendered over the product's API (`ssr_fronts`)
    if unit.signs_in_only and language == "node":
        return True  # its database serves sign-in alone (`next_auth_only`, `auth_store_only`)
    signals = unit.signals.get(language, [])
    named = {s.name for s in signals if s.kind is FindingKind.FRAMEWORK}
    # Only where no other language of the folder names a framework: a Laravel app's root
    # package.json renders its pages, but the folder is the Laravel backend.
    # (`uihosts` sets `serves_build` only on a browser application's package, or on a server
    # package inside one, handing out its build.)
    browser_app = unit.serves_build or (
        any(r.frontend for _, e, r in unit.manifests if e == language)
        and any(s.kind is FindingKind.SERVER and s.name == SSR_SERVER for s in signals)
    )
    renders = (
        (browser_app or unit.renders_ui or unit.renders_pages)
        and not any(
            s.kind is FindingKind.FRAMEWORK
            for other, found in unit.signals.items()
            if other != language
            for s in found
        )
    )
    renders = renders or any(
        r.hosts_browser_app or r.renders_jsp for _, e, r in unit.manifests if e == language
    )
    if not named or not (named <= FULL_STACK_UIS or renders):
        return False
    if unit.api_only and not renders:
        return False  # a Next.js app rendering no page: an API service (`next_api_only`)
    if unit.serves_origins and not renders:
        return False  # its API routes answer other sites' pages (`next_cross_origin`)
    used = module_uses(unit, language)
    # A package holding the data for it, not an application of its own that the UI calls or
    # bundles (a workspace's API server with its entry point keeps its own data); of a
    # workspace library, only the data layers it lends this package (`workspace_data`).
    held = list(unit.signals.get(language, []))
    lenders = [
        u
        for u in units.values()
        if u is not unit and module_names(u, language) & used and not has_entry_point(u)
    ]
    if unit.server_uses is not None:
        # A TanStack Start application's server code reaches only the packages it imports
        # (`server_functions`): what its components import for types or constants is the UI's.
        lenders = [
            u
            for u in lenders
            if {name.lower() for name in module_names(u, language)} & unit.server_uses
        ]
    lenders += _carried(unit, lenders, units, language)
    # A .NET library whose data layer the project's code never registers lends it none
    # (`dotnet_registrations`, as `build_modules` reads `Unit.declined`).
    if language == "dotnet":
        lenders = [u for u in lenders if u.folder not in unit.declined]
    if _opens_none(unit, lenders, units, language):
        lenders = []
    if language == "dotnet" and unit.renders_ui and unit.reads_only:
        # A site whose routes all read, over the library a writing host of the solution shares
        # (`dotnet_sites`): the database it renders is that host's data, not its own.
        lenders = []
    for u in lenders:
        given = lent(unit, u, units, language)
        if unit.renders_pages and language == front_lent_stores.ECOSYSTEM:
            # A shared platform library's queue publisher and Redis cache: the front's events
            # and cache, not a store of its own (`front_lent_stores`).
            given = [s for s in given if not front_lent_stores.ui_state(s)]
        held += given
    # A server rendering its pages from templates keeps its sessions in a cache: UI state. So
    # does a server-rendered front of the product's API (an ASP.NET Core site's Redis session
    # store and distributed cache, `dotnet_sites`): sessions and caches are no data of its own.
    rendered = unit.renders_pages or (unit.renders_ui and language == "dotnet")
    kinds = DATA_KINDS - {FindingKind.CACHE} if rendered else DATA_KINDS
    if unit.reads_only and (unit.renders_pages or (unit.renders_ui and language == "dotnet")):
        # Its queries only read the database another backend of the tree migrates and writes
        # (`rust_pages`; a browser application's ASP.NET Core host looking up the product's
        # users at sign-in, `dotnet_spa_hosts`): that API's data, reached through the same
        # libraries.
        kinds = kinds - {FindingKind.QUERY, FindingKind.DATABASE}
    sessions = _session_store(unit, language) if unit.renders_pages else None
    return not any(
        s.kind in kinds
        and s.strength is not Strength.DEV
        and s.name != sessions
        # A Redis whose every write the code makes expires is a cache (`redis_only`).
        and not (unit.expiring_cache and s.kind is FindingKind.CACHE and s.name == "Redis")
        for s in held
    )


MAX_CARRIED_DEPTH = 3
"""How many libraries deep a library with no data of its own is followed to the data it
carries (`@app/core` on `@app/db`)."""


def _carried(unit: Unit, lenders: list[Unit], units: dict[str, Unit], language: str) -> list[Unit]:
    """The libraries behind those `unit` uses that keep no data of their own: a workspace
    library with no data layer that depends on one holding it (`@app/core` on `@app/db`)
    carries that data to its users, as `library_names` reads it (which declines it for a
    user importing nothing of it that opens the store)."""
    seen = {unit.folder, *(u.folder for u in lenders)}
    found: list[Unit] = []
    level = [u for u in lenders if not _keeps_data(u, language)]
    for _ in range(MAX_CARRIED_DEPTH):
        uses = {name for u in level for name in module_uses(u, language)}
        behind = [
            u
            for u in units.values()
            if u.folder not in seen
            and module_names(u, language) & uses
            and not has_entry_point(u)
        ]
        seen.update(u.folder for u in behind)
        found += behind
        level = [u for u in behind if not _keeps_data(u, language)]
        if not level:
            break
    return found


def _keeps_data(unit: Unit, language: str) -> bool:
    return any(
        s.kind in DATA_KINDS and s.strength is not Strength.DEV
        for s in unit.signals.get(language, [])
    )


SESSION_STORES = {"connect-redis": "Redis"}
"""npm session stores of express-session → the store they keep the sessions in."""


def _session_store(unit: Unit, language: str) -> str | None:
    """The store a page-rendering server keeps its sessions in when it installs a session
    store for it (`connect-redis`), or its code keeps them there alone (`rust_pages`): the
    Redis client it opens for that (`createClient()` from `redis`, read as a database) holds
    the sign-ins of its pages, UI state, not data."""
    if unit.session_store:
        return unit.session_store  # read from its code (`rust_pages`)
    uses = {use for _, e, r in unit.manifests if e == language for use in r.uses}
    return next((SESSION_STORES[u] for u in sorted(uses) if u in SESSION_STORES), None)


def _opens_none(unit: Unit, lenders: list[Unit], units: dict[str, Unit], language: str) -> bool:
    """Whether a .NET project and the projects it references open no database while other
    code of the solution does: the data project it references for its types (an entity
    class for a view model) lends it nothing, as `build_modules.take_from_used_modules`
    lends such a service no data layer. So do references naming no engine at all beside a
    project of the solution naming one."""
    # Imported here: build_modules reads this module's names.
    from designer.detect.build_modules import opens_database

    if language != "dotnet" or not lenders:
        return False
    if any(opens_database(u, language) for u in (unit, *lenders)):
        return False
    if any(opens_database(u, language) for u in units.values()):
        return True
    # The code opening it may lie beyond the files read; the engine is then still named by
    # the project that references its provider (`…EntityFrameworkCore.SqlServer`). A front
    # whose references name no engine at all (an application library on EF Core's base
    # package, for the query types its handlers share) reaches none of it.
    return not any(_names_engine(u, language) for u in (unit, *lenders)) and any(
        _names_engine(u, language) for u in units.values()
    )


def _names_engine(unit: Unit, language: str) -> bool:
    """Whether the project names a database engine (a provider package, a connection)."""
    return any(s.kind is FindingKind.DATABASE for s in unit.signals.get(language, []))


def is_desktop(unit: Unit) -> bool:
    return any(r.desktop for _, _, r in unit.manifests)


def inside_desktop(unit: Unit, ordered: list[Unit]) -> bool:
    """Whether the folder is code of a desktop app around it: a package inside an Electron
    app's package whose own manifests declare nothing (a server folder keeping only
    `{"main": "index.js"}`, its framework, ORM and driver among the app's dependencies). The
    app's main process starts such a server in its own process for its window: HELDOUT.md
    counts desktop apps as no backends, and a folder of one is no backend either."""
    if not unit.manifests or any(r.signals for _, _, r in unit.manifests):
        return False
    return any(v is not unit and unit.is_under(v) and is_desktop(v) for v in ordered)


def module_key(name: str, language: str) -> str:
    """A module's name as its build matches it: Cargo makes one crate name of `tuwunel-api`
    and `tuwunel_api` (a workspace dependency renamed only by its punctuation)."""
    return name.replace("-", "_") if language == "rust" else name


def module_names(unit: Unit, language: str) -> set[str]:
    """The names other modules of its build reference the unit by: its manifests' own (a
    Maven artifactId, a package name), and a Gradle module's project paths, as its settings
    give them (`gradle_projects`)."""
    return {
        module_key(name, language)
        for _, e, r in unit.manifests
        if e == language
        for name in (r.name, *r.project_paths)
        if name
    }


def module_uses(unit: Unit, language: str) -> set[str]:
    return {
        module_key(use, language) for _, e, r in unit.manifests if e == language for use in r.uses
    }


def used_modules(unit: Unit, units: dict[str, Unit], language: str) -> list[Unit]:
    """The other units of the tree whose modules `unit`'s manifests use (by the names its
    build gives them): the build's modules it runs with."""
    used = module_uses(unit, language) - module_names(unit, language)
    return [
        other
        for other in units.values()
        if other is not unit and module_names(other, language) & used
    ]


def reaches_module(user: Unit, module: Unit, units: dict[str, Unit], language: str) -> bool:
    """Whether `user`'s build uses `module`, directly or through other modules of the tree
    (the web module an application names brings the security module along)."""
    seen = {user.folder}
    queue = [user]
    while queue:
        for used in used_modules(queue.pop(), units, language):
            if used is module:
                return True
            if used.folder not in seen:
                seen.add(used.folder)
                queue.append(used)
    return False


def mounted(unit: Unit, services: list[Unit], eco: dict[str, str]) -> bool:
    """Whether `unit` is a Node workspace package another service depends on, with no program
    of its own (no `main`, no `start` script running a file) and nothing deploying it: code
    that service mounts (an API library whose routes the web app serves), not a service. A
    `main` beside an `exports` map and no start script is a library's entry, what importers
    load (the servers' shared routes and services), not a program. So is such a package that
    names another service as its peer dependency (`plugs_into`): its plugin."""
    if eco.get(unit.folder) != "node" or unit.deployable:
        return False
    manifests = [r for _, e, r in unit.manifests if e == "node"]
    if not manifests or any(r.program and not r.exported_only for r in manifests):
        return False
    names = module_names(unit, "node")
    return any(
        other is not unit and eco.get(other.folder) == "node" and names & module_uses(other, "node")
        for other in services
    ) or plugs_into(unit, services, eco)


def plugs_into(unit: Unit, services: list[Unit], eco: dict[str, str]) -> bool:
    """Whether the Node package names another service of the tree among its peer dependencies
    (`ManifestResult.hosts`), one that is no such plugin itself: npm's shape of a plugin, which
    the host application installs and loads (a middleware module whose express sub-app the
    host mounts by the path its package exports, found by scanning the workspace rather than
    declared among the host's dependencies). Its own `express()` is the host's server."""
    hosts = _hosts(unit)
    return any(
        other is not unit
        and eco.get(other.folder) == "node"
        and module_names(other, "node") & hosts
        and not any(module_names(s, "node") & _hosts(other) for s in services if s is not other)
        for other in services
    )


def _hosts(unit: Unit) -> set[str]:
    """The names the Node package's manifests give as peer dependencies."""
    return {
        module_key(host, "node") for _, e, r in unit.manifests if e == "node" for host in r.hosts
    }


HTTP_EXTENSIONS = ("quarkus-rest", "quarkus-resteasy", "quarkus-vertx-http", "quarkus-undertow",
                    "quarkus-reactive-routes", "quarkus-websockets", "micronaut-http-server")
"""Quarkus extensions serving HTTP on the server the framework embeds (Vert.x), which the
catalogue names the framework only, no server; their clients (`quarkus-rest-client`) serve
nothing. So does Micronaut's HTTP server module, whose runtime (Netty's, `jvm_catalog.ENGINES`)
may come with another module of the build."""


def serverless(unit: Unit) -> bool:
    """Whether a module's build brings no web server: no embedded server (a web starter, a
    web SDK, a Quarkus HTTP extension at run time) and no container it is deployed in (a
    framework `provided`, `compileOnly`: see `Signal.provided`). A framework of development
    strength otherwise is a test harness (`quarkus-junit5`, `spring-boot-starter-web` in test
    scope) or a version a BOM or an unapplied plugin fixes: a library's build has them too."""
    return not any(
        # A server of development strength is a test's (`testImplementation` of an engine,
        # a web starter in test scope), unless the container provides it.
        (s.kind is FindingKind.SERVER and (s.strength is not Strength.DEV or s.provided))
        or (s.kind is FindingKind.FRAMEWORK and (s.provided or _serves_http(s)))
        for signals in unit.signals.values()
        for s in signals
    )


def _serves_http(signal: Signal) -> bool:
    return (
        signal.strength is Strength.DEPENDENCY
        and signal.package.startswith(HTTP_EXTENSIONS)
        and "client" not in signal.package
    )


MAX_PARENTS = 8
"""How many Maven parents of a pom are followed."""


def unpackaged(unit: Unit, units: dict[str, Unit]) -> bool:
    """Whether the folder's pom applies Spring Boot's Maven plugin without its `repackage`
    goal bound anywhere: not here, nor in any parent up to a pom with no parent of its own,
    the module naming one and all of them in the tree (AgileBoot's infrastructure module,
    under a root importing Spring Boot's BOM rather than inheriting the starter parent). Such
    a build packages a plain jar, a library of the applications of the build. A parent
    outside the tree may bind it, and a pom naming no parent is a project of its own: then
    the module packages an application, as the plugin says."""
    poms = {
        r.name: r
        for other in units.values()
        for path, e, r in other.manifests
        if e == "jvm" and r.name and posixpath.basename(path) == "pom.xml"
    }
    own = [r for _, e, r in unit.manifests if e == "jvm" and r.repackage == "unbound"]
    if not own:
        return False
    parent = own[0].maven_parent
    if not parent:
        return False  # a project of its own: read as the plugin says
    for _ in range(MAX_PARENTS):
        if not parent:
            return True
        found = poms.get(parent)
        if found is None or found.repackage == "bound":
            return False
        parent = found.maven_parent
    return False

