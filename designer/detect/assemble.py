"""Turn the signals of each project folder into ranked findings and backend results.

The rules that keep false frameworks out live here: development-only dependencies never make a
framework; NestJS, Sails and Ts.ED absorb the Express, Koa or Fastify they run on; Django REST
framework and Grape are add-ons of the framework they sit in; an entry point outweighs a bare
dependency; a build root whose modules are backends is not a backend of its own.
"""

from __future__ import annotations

import dataclasses
import posixpath
import re
from collections import defaultdict

from designer.detect.engines import EMBEDDED, KEY_VALUE, SEARCH_ENGINES, scope
from designer.detect.signals import MAX_HITS, OWN_DATA, ManifestResult, Scope, Signal, Strength
from designer.model.stack import DetectedBackend, Evidence, Finding, FindingKind

MAX_EVIDENCE = 6
"""Evidence lines kept per finding; the first ones are the strongest."""

BACKEND_KINDS = frozenset(
    {
        FindingKind.FRAMEWORK,
        FindingKind.ORM,
        FindingKind.QUERY,
        FindingKind.MIGRATIONS,
        FindingKind.DATABASE,
        FindingKind.CACHE,
        FindingKind.BROKER,
    }
)
"""Kinds that only a backend has (a test runner or a language alone proves nothing)."""

ABSORBED = {
    "FastAPI": ("Starlette",),
    "Flask": ("Werkzeug",),
    "Quart": ("Werkzeug",),
    "NestJS": ("Express", "Fastify"),
    "Sails": ("Express",),
    "Ts.ED": ("Express", "Koa", "Fastify"),
    "Feathers": ("Express", "Koa"),
    "ServiceStack": ("ASP.NET Core", "OWIN"),
    # The .NET Framework's frameworks served through an OWIN host (Katana): the host is the
    # pipeline they run in, not a choice of their own.
    "ASP.NET Web API": ("OWIN",),
    "ASP.NET MVC": ("OWIN",),
    "Nancy": ("OWIN",),
    "Grails": ("Spring Boot", "Micronaut", "Spring MVC"),
    # Spring Boot's web starter runs Spring MVC's DispatcherServlet.
    "Spring Boot": ("Spring MVC",),
    "Phoenix": ("Plug",),
    # Next.js API routes read a raw body (a webhook's signature check) with micro's helpers
    # (`import { buffer } from "micro"`): beside Next.js, micro is that helper, not a server.
    "Next.js": ("micro",),
    "Padrino": ("Sinatra",),
    "Loco": ("Axum",),
    # ntex's `web::HttpServer::new` has Actix Web's name (a fork of it).
    "ntex": ("Actix Web",),
    # Clojure: the routers and application templates run on Ring's handlers.
    # Luminus is a template: its server adapters (luminus-jetty) start the Ring handler of the
    # router the application declares and writes its routes in, which is then the framework.
    "Compojure": ("Ring", "Luminus"),
    "reitit": ("Ring", "Luminus"),
    "Kit": ("reitit", "Ring"),
    "Luminus": ("Ring",),
    # Noir defines the pages (`defpage`) on the server it starts; the Compojure it is built on
    # and a router called from one of its pages are no choice of their own.
    "Noir": ("Compojure", "reitit", "Ring"),
    # A Go fork under its own path keeps its original's package name (`echo.New()`): the code
    # seen calling it is written to the fork the module requires (go `RENAMED_FORKS`).
    "webx-top/echo": ("Echo",),
    # Nova serves its controllers on the Cowboy listener it starts itself.
    "Nova": ("Cowboy",),
    # Webmachine's resources are served by the Mochiweb listener it starts
    # (`webmachine_mochiweb:start`): an application declaring Mochiweb beside it serves through
    # Webmachine.
    "Webmachine": ("Mochiweb",),
    # Goa v3's generated HTTP servers mount on its muxer (`goahttp.NewMuxer()`), a Chi router:
    # a Goa service importing Chi reads that muxer's route context or adds Chi's middleware.
    "Goa": ("Chi",),
    # Airlift serves its JAX-RS resources through Jersey, which it brings and configures.
    "Airlift": ("Jersey",),
}
"""Framework → frameworks it runs on, which are therefore not a choice of their own."""

UNPACKED = frozenset({"CodeIgniter", "Phalcon"})
"""Frameworks an application gets by unpacking a download beside it (CodeIgniter 3's
`system/`) or installing it into the interpreter (Phalcon, a C extension the CI or the image
installs, which a composer.json may name as `ext-phalcon` but need not), never through a
package of its manifest: a composer.json that does not name one (it installs the application's
other libraries) leaves the framework its code shows no less certain."""

HOST_OF = {"Django REST framework": "Django"}
"""Add-on → the one host it is a plug-in of and never runs without (DRF is a Django app, listed
in `INSTALLED_APPS`). A manifest declaring the add-on confirms its host seen in code although it
names no host of its own: the host then comes with the environment the manifest is installed
into (a base image that ships Django, its version in the image tag), not from nowhere."""

SERVED_BY = {"Play": ("Pekko HTTP", "Akka HTTP")}
"""Framework → the server toolkits it runs on that an application may also use as libraries:
Play 3 serves on Pekko HTTP and Play 2.6 to 2.9 on Akka HTTP, and a Play application depending
on either (its client, its `Uri` model) is still a Play application. Not a choice of their own
unless code binds their server (`Http().newServerAt`), which a Play application never needs."""

SOCKET_SERVERS = {
    "uWebSockets.js": ("Express", "Fastify", "Koa", "hapi", "NestJS", "restify"),
    # The standalone `apollo-server` package is declared beside `apollo-server-express` and
    # Express by applications mounting Apollo on their Express app: there Express serves, and
    # Apollo Server is the framework only where code starts it by itself (`.listen()`).
    "Apollo Server": ("Express", "Fastify", "Koa", "hapi", "NestJS"),
}
"""WebSocket servers (and Apollo's standalone server) → the HTTP frameworks beside which they
are the socket (or GraphQL) endpoint only.
uWebSockets.js routes HTTP too, but a package declaring it beside Express keeps its API in
Express (an OCPP charging-station server's REST, OCPI and SOAP servers on Express, its
OCPP-JSON WebSockets on uWebSockets.js): beside one of these hosts it is no choice of its own
unless code seen gives it HTTP routes (`.get("/graphql", …)`) and so makes it an entry."""

ADD_ONS = {
    "Django REST framework": ("Django",),
    "Grape": ("Rails", "Sinatra"),
    # A Sinatra app inside a Rails application is mounted in its routes (`mount Api => "/x"`)
    # or a side tool started by hand from `lib/` (a test receiver of the app's webhooks): the
    # application is the Rails one either way.
    "Sinatra": ("Rails",),
    # Huma's typed operations are registered on the router it adapts (`humaecho.New(e, …)`),
    # which serves them: as Django REST framework over Django, the router is the framework.
    # Over net/http alone (`humago`) Huma is the framework.
    "Huma": ("Chi", "Gin", "Echo", "Fiber", "gorilla/mux", "httprouter", "BunRouter"),
    # ASP.NET Web API 2 beside MVC 5 (the template's `api/` controllers in an MVC site) or
    # Nancy (a few ApiControllers beside its modules, on one OWIN pipeline): the site's
    # framework is the other one.
    "ASP.NET Web API": ("ASP.NET MVC", "Nancy", "ASP.NET Core"),
    # Wicket's pages served from a Spring Boot application (its `@SpringBootApplication` class
    # is the Wicket application, or wicket-spring-boot-starter mounts it): Spring Boot starts
    # the program and hosts its REST controllers beside the pages.
    "Wicket": ("Spring Boot",),
}
"""Add-on → hosts; with a host present the add-on is reported but does not compete."""

FOLDING = frozenset({"jvm", "dotnet"})
"""Ecosystems whose library and test modules belong to the service module of their build."""

SERVER_LANGUAGES = frozenset(
    {"python", "go", "rust", "jvm", "php", "dotnet", "ruby", "elixir", "scala", "clojure", "erlang"}
)
"""Ecosystems whose code runs on servers whatever its dependencies (unlike a package.json)."""

CONFIG = "config"
"""Key of the signals that configuration files give a unit (a database engine from a Compose
file or a `.env.example`): they describe a backend but never make one."""

_ORDER = (
    "python",
    "node",
    "go",
    "rust",
    "jvm",
    "php",
    "dotnet",
    "ruby",
    "elixir",
    "scala",
    "clojure",
    "lua",
    "erlang",
    "swift",
    "dart",
    "haskell",
    "crystal",
    "nim",
    "perl",
    "gleam",
    "cpp",
    "zig",
    "ocaml",
)


class Unit:
    """A folder with manifests (or, for the root, with entry points only) and its signals."""

    # A plain class, not a dataclass: generating a dataclass's methods costs a fraction of a
    # millisecond of every start, and units are only ever told apart by their folder.

    def __init__(self, folder: str) -> None:
        self.folder = folder
        self.manifests: list[tuple[str, str, ManifestResult]] = []
        """(path, ecosystem, parsed manifest)."""
        self.signals: dict[str, list[Signal]] = defaultdict(list)
        """Ecosystem (or `CONFIG`) → signals from its manifests, source and configuration
        files."""
        self.pins: dict[str, tuple[str, Evidence]] = {}
        """Ecosystem → the language version a pin file (`.python-version`, `.nvmrc`) names."""
        self.deployable = False
        """The folder ships as an application (a Dockerfile or a Procfile)."""
        self.binary = False
        """The folder builds an executable of its own (a Rust crate's `src/main.rs`)."""
        self.serves_build = False
        """A browser application's server hands out its built files (`uihosts`), or a server
        with no data hands out the build of a browser application of its own (`node_bffs`)."""
        self.renders_ui = False
        """Its server renders UI components to HTML for another application's pages and has
        no API of its own (`uihosts`)."""
        self.ssr_front = False
        """Its Node server's only routes hand every GET to a UI's server-side renderer, beside
        another backend of the tree (`ssr_fronts`): a UI, whatever data its package declares."""
        self.signs_in_only = False
        """Its only API route is NextAuth's and only that route reaches its database
        (`next_auth_only`), or only an authentication library's adapter reaches it
        (`auth_store_only`): a UI whose sign-in reads the product's users, no data of its own."""
        self.renders_pages = False
        """Its Express or Flask server renders its pages from templates (`view_servers`, and
        PHP, Rust, Go and JVM ones: `php_pages`, `rust_pages`, `go_pages`, `jvm_pages`): a UI's
        server unless it keeps data of its own."""
        self.expiring_cache = False
        """Its code opens a Redis client and every write it makes there expires
        (`redis_only`): a cache of short-lived entries, no data of its own
        (`nonservices.ui_only`)."""
        self.session_store: str | None = None
        """The store its page-rendering server keeps only its sessions in (`rust_pages`): UI
        state, not data of its own (`nonservices.ui_only`)."""
        self.reads_only = False
        """Its page-rendering server only reads, with SQL queries of its own, the database
        whose schema another backend of the tree migrates (`rust_pages`), or its ASP.NET Core
        site's routes all read, through a library a writing host of the solution shares
        (`dotnet_sites`): another program's data, not its own (`nonservices.ui_only`)."""
        self.api_only = False
        """Its only framework is Next.js, which serves API routes and renders no page
        (`next_api_only`): a service other programs call, not a UI (`nonservices.ui_only`)."""
        self.serves_origins = False
        """Its only framework is Next.js and an API route sets `Access-Control-Allow-Origin`
        (`next_cross_origin`): a service other sites' pages call, not a UI
        (`nonservices.ui_only`)."""
        self.no_web = False
        """It serves no HTTP API: its framework's base configuration turns the web server off (a
        Spring Boot batch job's `spring.main.web-application-type: none`), its server only hands
        connections to WebSocket (`upgrades`, `dotnet_relays`), its routes only redirect the browser
        (`redirect_hops`), its code only listens to a message broker (`listeners`), it hosts an MCP
        server for AI clients (`mcphosts`, `dotnet_mcp_hosts`), its only routes serve operators
        (`probes`, `ops_routes`, `go_ops_routes`, `node_queue_workers`, `ktor_probes`,
        `sinatra_workers`, `db_probes`), its only route greets at the root of a package publishing a
        command (`node_cli_greeters`), it only forwards every request to another program through one
        proxy middleware (`node_forwarders`), its server's only client is the program its own start
        script runs beside it over the loopback (`sidecar_servers`), its API controllers only log
        the callbacks they are sent (`log_sinks`), or it is a module the build's applications depend
        on that keeps a main and declares no endpoint (`shared_mains`) or is only auto-configured
        (`autoconfig_libraries`); or it only hosts, another way, the application of a project it
        references (`second_hosts`) or a server another package starts (`aliased_starts`), or only
        runs the Django project around it with settings importing that project's
        (`settings_overlays`) or builds the base image of the service around it (`base_images`)."""
        self.no_service = False
        """It keeps no data and its server is only a mock its own Playwright config starts for
        its tests (`suite_servers`), or it is a published library whose only listening program
        is its example (`middleware_libraries`), or a Django project routing only its admin
        site in a tree that deploys and starts no server (`django_admin_tools`), or a JVM build
        that only applies a schema's migrations (`migration_projects`), or a Clojure program run
        only by hand through a deps.edn alias (`clojure_alias_tools`), or a Go module building
        no program that another module of the tree requires (`go_required_libraries`), or a
        Python project another requires that offers its framework as an extra only
        (`py_extra_libraries`), or a server the repository's desktop app spawns on the loopback
        and nothing deploys (`desktop_sidecars`): no service, even where nothing else of the
        tree is one."""
        self.settled = False
        """A rule read its code and dropped every framework its manifests named as not the
        program's (`ui_app_servers`: a dashboard's UI library's server; `compiled_vias`: a
        server another package of a compiled pip list brought), or found it a Go program serving
        through net/http alone (`go_plain_http`), a Rust crate on a bare HTTP library
        (`rust_plain_http`), a Python project importing no server (`py_batch_jobs`) or a Rails
        engine gem (`rails_engines`): a program whose frameworks were recognised and set aside,
        or that has none to recognise, not one whose framework went unrecognised, so no guess
        makes it a backend (`monorepo.backends`)."""
        self.untested = False
        """Its declared test framework tests none of its code: the build's only tests are its
        unrelated modules' own (`unused_module_tests`), so no library's tests are lent it
        (`own_tests.lent`)."""
        self.routes_nothing = False
        """Flask, its only framework in code, is built for its application context and no
        module registers a route (a batch job's `app.app_context().push()`: `flask_apps`)."""
        self.lends_server = False
        """A Node library of the workspace whose server a deployed application's program
        imports and starts (`workspace_servers`): that application's code, not a service; or
        a mix application whose Phoenix endpoint another application's router forwards to and
        no configuration starts (`forwarded_endpoints`): a part of that application's program."""
        self.released = False
        """A Compose file of its own folder named for production builds and runs it
        (`docker-compose.prod.yaml` with `build: .`): the product deploys it as a service of
        its own, not a helper an image runs beside a development or CI run
        (`nonservices.image_helper`)."""
        self.stands_in = False
        """Its own README's lead calls it a mock of another system's endpoints and it keeps no
        data (`readme_doubles`): a test double, as a folder named so is."""
        self.scheduled = False
        """Its own README's lead calls it a cron job or a scheduled job and it keeps no data
        (`readme_jobs`): a job its scheduler triggers over HTTP, not a backend."""
        self.published = False
        """A CI workflow builds its folder's image and pushes it to a registry
        (`published_images`): the product ships it as a service, wherever its folder lies (a
        `scripts/` folder's parser service)."""
        self.harness = False
        """Its own README's lead calls it an end-to-end or integration test harness and it
        keeps no data (`readme_harnesses`): the product's test harness, not a backend."""
        self.drives: set[str] = set()
        """The workspace packages its scripts start as servers for its tests
        (`started_harnesses`): the services its tests test."""
        self.pages = False
        """A Node package named as tests whose end-to-end suite drives pages more than it
        calls an API (`page_suites`): a browser UI's suite, not an API's."""
        self.vendored = False
        """Its manifest names another owner's repository as its home than the root's (or the
        root README's) does and it keeps no data, or it is a Composer package kept as Composer
        installs it, under a folder named for its vendor (`vendored_tools`): a third-party
        tool or library copied into the tree."""
        self.command_line = False
        """Its Cargo manifest files it as a command-line utility and it keeps no data
        (`rust_clis`): a CLI, whatever server it starts in its own process."""
        self.unused = False
        """Nothing of the product builds, ships or names it, or it is a framework's starter
        left as generated, and it keeps no data (`hand_servers`, `nest_starters`): a tool a
        developer starts by hand, or a leftover; or it is a Gradle Spring Boot application
        declaring no handler that only a developer's Makefile target runs (`hand_servers`), its
        data the product's reached through shared modules; or it is a browser app started by
        its bundler's dev server whose devDependency server a developer runs by hand
        (`ui_dev_servers`), or a published library whose devDependency server only tries out
        its own build (`library_demos`), or its own words call it a proof of concept nothing
        deploys (`proof_servers`), or it is a Node server the product's service definitions
        leave out while starting a sibling's (`unstarted_siblings`), data or not; or it is an
        ASP.NET Core project whose only handler is the empty template's greeting, whatever
        packages it references (`dotnet_greeters`), or a Django project template whose
        `manage.py` still holds its `{{ project_name }}` placeholder (`project_templates`)."""
        self.server_uses: set[str] | None = None
        """The packages a TanStack Start application's server functions and server routes
        import, directly or through its own modules (`server_functions`); None when not read."""
        self.declined: set[str] = set()
        """Folders of Node workspace libraries whose data layer it does not take: none of the
        names it imports from them opens a store (`library_names`)."""
        self.reached_packages: dict[str, set[str]] = {}
        """Folder of a Node workspace library → the packages the library's modules it reaches
        by name import (`library_names`): of the library's data layers it takes those."""
        self.declined_stores: set[tuple[str, str]] = set()
        """(Folder, package) of a store's SDK a referenced .NET library declares whose code
        working it only another library's registration wires (`dotnet_unwired_stores`)."""
        self.go_reached: dict[str, set[str]] = {}
        """Folder of a Go module of the tree → the folders of its packages the unit's own code
        imports (`go_reached_modules`): a data layer imported there is one it runs on."""
        self.reached_layers: set[str] = set()
        """Data layers a project of its sbt build lends it whose code there its own main
        sources import (`sbt_lent_layers`): the layer the code is written to."""
        self.unreached_layers: set[str] = set()
        """Data layers a project of its sbt build lends it whose code there its own main
        sources never import (`sbt_lent_layers`): not its data layer."""
        self.driverless = False
        """A JVM module with no data of its own, no database its build parents declare and no
        source written to a data layer (`driverless_layers`): a data layer the modules it uses
        lend it without a database has nothing to open there."""
        self.data_codeless = False
        """A JVM module whose main sources, all read, import no data layer's API
        (`unopened_lent_drivers`): a driver it lends opens nothing."""
        self.excludes_datasource = False
        """Its application excludes Spring Boot's DataSource auto-configuration
        (`excluded_datasources`)."""
        self.builds_datasource = False
        """Its main code builds a DataSource by hand (`excluded_datasources`)."""
        self.configures_jpa = False
        """Its own Spring configuration sets JPA's properties (`spring.jpa.database=postgresql`):
        the module runs JPA, whichever build file puts it on the classpath."""
        self.solution_tests = False
        """A .NET test project named after the solution that lists it (`solution_tests`): the
        solution's test suite, testing every service it references."""
        self.deployed_starts: set[str] = set()
        """Files starting a framework in a folder of developer tools that its own Dockerfile,
        Procfile or Compose services run (`loose_helpers`): the program it ships."""
        self.outnumbered: set[str] = set()
        """Test tools its manifest requires that a count of its test files found in fewer
        than a quarter of them (Ginkgo in 17 of 200 Go test files): not the main test
        framework."""
        self.test_census: dict[str, int] = {}
        """A JVM build's count of its test files importing each tool it declares, of
        `test_census_files` read (`jvm_tests`), kept for the service it folds into."""
        self.test_census_files = 0
        self.folded_census: list[Unit] = []
        """The modules folded into this service whose test files were counted
        (`jvm_tests.combine`)."""

    def is_under(self, other: Unit) -> bool:
        """Whether this unit's folder is strictly inside `other`'s."""
        if other.folder == ".":
            return self.folder != "."
        return self.folder.startswith(other.folder + "/")


def enclosing(unit: Unit, ecosystem: str, units: dict[str, Unit]) -> Unit | None:
    """The unit of the nearest folder above `unit`'s declaring a project of `ecosystem` (a
    manifest of it), or None."""
    folder = unit.folder
    while folder != ".":
        folder = posixpath.dirname(folder) or "."
        outer = units.get(folder)
        if outer is not None and any(e == ecosystem for _, e, _ in outer.manifests):
            return outer
    return None


def _evidence_order(signal: Signal) -> tuple[bool, bool, str, int]:
    # Manifest lines, then the lock's resolution, then code and configuration.
    return (
        signal.strength is Strength.ENTRY,
        signal.locked,
        signal.evidence.path,
        signal.evidence.line or 0,
    )


def _merge(kind: FindingKind, name: str, signals: list[Signal]) -> Finding | None:
    """One finding from every signal about (kind, name), or None when too weak to report."""
    strengths = {s.strength for s in signals}
    dep = Strength.DEPENDENCY in strengths
    entry = Strength.ENTRY in strengths
    dev = Strength.DEV in strengths
    if kind is FindingKind.FRAMEWORK:
        started = 0.55 if entry else 0.0
        confidence = _INSTALLED_AND_STARTED if dep and entry else 0.6 if dep else started
    elif kind is FindingKind.TEST:
        confidence = 0.9 if (dep or dev) and entry else 0.75 if dep or dev else 0.6
    elif kind is FindingKind.MIGRATIONS and dev and not dep:
        confidence = 0.85 if entry else 0.7  # migration CLIs are dev dependencies by design
    else:
        confidence = 0.95 if dep and entry else 0.8 if dep else 0.6 if entry else 0.0
    if confidence == 0.0:
        return None
    version = _version(kind, signals)
    evidence: list[Evidence] = []
    # Manifest lines first (they carry the version), then the code that uses the thing.
    for signal in sorted(signals, key=_evidence_order):
        if signal.evidence not in evidence:
            evidence.append(signal.evidence)
    return Finding(
        kind=kind,
        name=name,
        version=version,
        confidence=confidence,
        evidence=evidence[:MAX_EVIDENCE],
    )


EXACT = re.compile(r"^(?:==|=)?v?\d[\w.+-]*$")
"""A version that names one release, not a range."""


def _version(kind: FindingKind, signals: list[Signal]) -> str:
    """The version of a finding: from its own package before a glue package, a lock file's
    resolved version before a manifest's range, a runtime declaration before a development
    one, an exact pin (a requirements export's `==5.2.15`) before another manifest's range
    (`~=5.0`); a database engine's only from configuration (an image tag, a URL), never from
    its driver's release; never a property reference nothing resolved."""
    if kind is FindingKind.DATABASE:
        signals = [s for s in signals if s.strength is Strength.ENTRY]
    # A `${property}` no build file defined (a parent POM outside the tree holds it) names no
    # release: left unresolved, it is no version at all.
    ranked = sorted(
        (s for s in signals if s.version and "${" not in s.version),
        key=lambda s: (
            s.glue,
            not s.locked,
            s.strength is Strength.DEV,
            not EXACT.match(s.version),
        ),
    )
    return ranked[0].version if ranked else ""


def _findings(signals: list[Signal]) -> list[Finding]:
    groups: dict[tuple[FindingKind, str], list[Signal]] = defaultdict(list)
    for signal in signals:
        groups[(signal.kind, signal.name)].append(signal)
    found = [_merge(kind, name, group) for (kind, name), group in groups.items()]
    return [f for f in found if f is not None]


STARTED_HOSTS = frozenset({"NestJS", "Ts.ED"})
"""Hosts of `ABSORBED` whose application the program always builds in its entry file (Nest's
`NestFactory.create`, Ts.ED's `PlatformExpress.bootstrap`). Declared but started in no code,
while the program's own code starts the server they would run on (a package that kept Nest's
dependencies and nest-cli.json after its main.ts moved to a bare `fastify()`), they are
leftovers: the server the code starts is the framework."""

_ENTRY_STEMS = frozenset(
    {"main", "index", "server", "app", "manage", "wsgi", "asgi", "program", "__main__", "startup"}
)
"""Names of the file a program starts from (`*Application.java` and marker files too)."""

_MARKERS = frozenset({"nest-cli.json", ".sailsrc", "artisan", "think"})

_NOT_ENTRY = (1, 0)
_INSTALLED_AND_STARTED = 0.95
"""A framework's confidence when a run-time dependency declares it and code starts it."""
_PRIMARY = (-1, 0)


def _entry_rank(signals: list[Signal]) -> dict[str, tuple[int, int]]:
    """Framework → (0 when seen in an entry-point file else 1, depth of the shallowest one),
    or (-1, 0) for the one the entry points' imports lead to (`Signal.primary`).

    Of two frameworks seen in code, the one whose app the program starts from (main.py,
    manage.py, src/index.ts, *Application.java …) is the primary one.
    """
    ranks: dict[str, tuple[int, int]] = {}
    for signal in signals:
        if signal.kind is not FindingKind.FRAMEWORK or signal.strength is not Strength.ENTRY:
            continue
        if signal.primary:
            ranks[signal.name] = _PRIMARY
            continue
        path = signal.evidence.path
        name = path.rsplit("/", 1)[-1]
        stem = name.split(".", 1)[0]
        is_entry = (
            stem.lower() in _ENTRY_STEMS or stem.endswith("Application") or name in _MARKERS
        )
        rank = (0, path.count("/")) if is_entry else _NOT_ENTRY
        ranks[signal.name] = min(ranks.get(signal.name, _NOT_ENTRY), rank)
    return ranks


def _frameworks(
    findings: list[Finding], entries: set[str], unconfirmed: set[str], signals: list[Signal]
) -> tuple[list[Finding], bool]:
    """Framework findings ranked, and whether the choice among them is ambiguous.

    `entries` names the frameworks seen in code: one of them outweighs any number of bare
    dependencies; two or more leave a choice unless one of them alone is started from the
    program's entry point (the shallowest entry-point file); several bare dependencies, or
    none at all, leave a choice too. `unconfirmed` names those seen in code only although the
    folder's manifest, which would declare them, does not: vendored or sample code, perhaps;
    the user confirms.
    """
    ranks = _entry_rank(signals)
    frameworks = [f for f in findings if f.kind is FindingKind.FRAMEWORK]
    names = {f.name for f in frameworks}
    absorbed = {
        a
        for host, runs_on in ABSORBED.items()
        if host in names
        for a in runs_on
        if not (host in STARTED_HOSTS and host not in entries and a in entries)
    }
    absorbed |= {
        a
        for host, servers in SERVED_BY.items()
        if host in names
        for a in servers
        if a not in entries
    }
    absorbed |= {
        socket
        for socket, hosts in SOCKET_SERVERS.items()
        if socket in names and socket not in entries and names & set(hosts)
    }
    frameworks = [f for f in frameworks if f.name not in absorbed]
    add_ons = {f.name for f in frameworks if _hosted(f.name, names, entries)}
    primary = sorted(
        (f for f in frameworks if f.name not in add_ons),
        key=lambda f: (-f.confidence, ranks.get(f.name, _NOT_ENTRY), f.name),
    )
    extras = sorted((f for f in frameworks if f.name in add_ons), key=lambda f: f.name)
    with_entry = [f for f in primary if f.name in entries and f.name not in unconfirmed]
    if with_entry:
        best = sorted(ranks.get(f.name, _NOT_ENTRY) for f in with_entry)
        decided = best[0] != _NOT_ENTRY and (len(best) == 1 or best[0] < best[1])
        # Or one alone is also a run-time dependency (the rest installed only for development
        # or a side group's daemons): it ranks first by its confidence.
        installed = [f for f in with_entry if f.confidence >= _INSTALLED_AND_STARTED]
        decided = decided or len(installed) == 1
        ambiguous = len(with_entry) > 1 and not decided
    else:
        ambiguous = len(primary) != 1 or primary[0].name in unconfirmed
    return primary + extras, ambiguous


ROUTED_ADD_ONS = frozenset({"ASP.NET Web API"})
"""Add-ons whose sign in code is the application's own route configuration, made where the
program starts (Web API's `GlobalConfiguration.Configure(WebApiConfig.Register)` in
Global.asax): seen so while no host is seen in code, the add-on is what the program serves.
Not Grape or Django REST framework: a class of theirs is seen in any application using them,
whatever its host."""


def _hosted(name: str, names: set[str], entries: set[str]) -> bool:
    """Whether the framework `name` is an add-on of a host among `names` (`ADD_ONS`). Not a
    routed add-on configured in code when no host present is seen in code: a .NET Framework
    project whose Global.asax configures Web API's routes and never MVC's (no `RouteConfig`,
    no areas) serves ApiControllers; the MVC package beside it is the project template's
    (help pages, Razor), not the site's framework."""
    hosts = set(ADD_ONS.get(name, ())) & names
    if name in ROUTED_ADD_ONS and name in entries and not hosts & entries:
        return False
    return bool(hosts)


def _choose_ecosystems(unit: Unit) -> list[str]:
    """Ecosystems of the folder that describe its backend: those naming a framework."""
    present = [e for e in _ORDER if unit.signals.get(e) or _manifests(unit, e)]
    with_framework = [
        e
        for e in present
        if any(f.kind is FindingKind.FRAMEWORK for f in _findings(unit.signals.get(e, [])))
    ]
    if with_framework:
        return with_framework
    backendish = [
        e for e in present if any(s.kind in BACKEND_KINDS for s in unit.signals.get(e, []))
    ]
    return backendish or present


PLUGIN_PREFIXES = {"django-": "Django", "flask-": "Flask"}
"""Package-name prefix → the framework every package so named is a plug-in of and requires
(`django-redis`, `flask-login`): a manifest declaring one installs the framework with it, so
the framework its code starts is declared even where the list does not name it."""


REQUIRED_FRAMEWORKS = {"bokeh": "Tornado"}
"""Package → the web framework it requires and serves on (Bokeh's server is a Tornado
application): a manifest declaring the package installs the framework with it, so the framework
its code starts (a Bokeh server with the program's own Tornado handlers) is declared even where
the list does not name it. Nothing is found from the package alone."""


def _plugin_hosts(signals: list[Signal]) -> set[str]:
    """The frameworks (`PLUGIN_PREFIXES`) the plug-in packages a manifest declares require."""
    return {
        host
        for s in signals
        if s.strength is not Strength.ENTRY and s.package
        for prefix, host in PLUGIN_PREFIXES.items()
        if s.package.startswith(prefix)
    }


def _manifests(unit: Unit, ecosystem: str) -> list[ManifestResult]:
    return [result for _, eco, result in unit.manifests if eco == ecosystem]


def declares_nothing(path: str, result: ManifestResult) -> bool:
    """Whether a manifest is a Python setup.py declaring no dependency at all, for run time or
    development (a distutils `setup(` with no `install_requires`): it packages the code and
    says nothing of what the code runs on, whose installs its README lists. (A pyproject.toml
    declaring nothing is still a declaration, and leaves the code's framework unconfirmed.)
    A Perl Module::Build `Build.PL` or MakeMaker `Makefile.PL` requiring nothing is the same
    shape: it builds and tests the distribution while a system package (`debian/control`)
    lists what it runs on."""
    packaging = (posixpath.basename(path), result.language) in (
        ("setup.py", "Python"),
        ("Build.PL", "Perl"),
        ("Makefile.PL", "Perl"),
    )
    return (
        packaging
        and result.runtime_dependencies == 0
        and not any(s.strength in (Strength.DEPENDENCY, Strength.DEV) for s in result.signals)
    )


def is_backendish(unit: Unit) -> bool:
    """Whether the folder shows anything only a backend has, or is deployed server code.

    Server code with dependencies but nothing that deploys it (a Python library needing
    jinja2) is a library, not an application.
    """
    for ecosystem, signals in unit.signals.items():
        if ecosystem == CONFIG:
            continue
        if any(s.kind in BACKEND_KINDS and s.strength is not Strength.DEV for s in signals):
            return True
        if unit.deployable and ecosystem in SERVER_LANGUAGES and any(
            m.runtime_dependencies for m in _manifests(unit, ecosystem)
        ):
            return True
    return False


def has_framework(unit: Unit) -> bool:
    """Whether any framework is plausible in the folder."""
    return any(
        f.kind is FindingKind.FRAMEWORK
        for signals in unit.signals.values()
        for f in _findings(signals)
    )


def has_entry_point(unit: Unit) -> bool:
    """Whether a framework was seen in code or a framework marker file of the folder."""
    return any(
        s.kind is FindingKind.FRAMEWORK and s.strength is Strength.ENTRY
        for signals in unit.signals.values()
        for s in signals
    )


def shows_own_data(unit: Unit, runtime: bool = False) -> bool:
    """Whether any signal of the folder shows data of its own (`OWN_DATA`: a data layer, its
    migrations, an engine), whatever its strength, or only one beyond development (`runtime`:
    a test database's driver is no store of the program's)."""
    return any(
        s.kind in OWN_DATA and not (runtime and s.strength is Strength.DEV)
        for signals in unit.signals.values()
        for s in signals
    )


def main_ecosystem(unit: Unit) -> str:
    """The ecosystem the folder's backend is written in ("" for configuration alone)."""
    chosen = _choose_ecosystems(unit)
    return chosen[0] if chosen else ""


def backend(
    unit: Unit,
    inherited: ManifestResult | None = None,
    pin: tuple[str, Evidence] | None = None,
) -> DetectedBackend:
    """The result for one folder; `inherited` is the manifest of its build's parent, if any,
    and `pin` the language version a pin file of the folder or an ancestor names."""
    chosen = _choose_ecosystems(unit)
    signals = [s for e in [*chosen, CONFIG] for s in unit.signals.get(e, [])]
    findings = _without_lone_assertions(_findings(signals))
    entries = {
        s.name for s in signals if s.kind is FindingKind.FRAMEWORK and s.strength is Strength.ENTRY
    }
    unconfirmed: set[str] = set()
    for eco in chosen:
        declaring = [(path, result) for path, e, result in unit.manifests if e == eco]
        if not declaring or all(declares_nothing(path, result) for path, result in declaring):
            # No manifest, or only ones declaring no dependency at all (a distutils setup.py
            # packaging the code while a README lists what to install): nothing to confirm
            # the code's framework by, nor to contradict it.
            continue
        framework_signals = [
            s for s in unit.signals.get(eco, []) if s.kind is FindingKind.FRAMEWORK
        ]
        declared = {s.name for s in framework_signals if s.strength is not Strength.ENTRY}
        declared |= {HOST_OF[name] for name in declared if name in HOST_OF}
        declared |= _plugin_hosts(unit.signals.get(eco, []))
        declared |= {
            REQUIRED_FRAMEWORKS[name]
            for _, result in declaring
            for name in result.uses
            if name in REQUIRED_FRAMEWORKS
        }
        unconfirmed |= {s.name for s in framework_signals} - declared - UNPACKED
    frameworks, ambiguous = _frameworks(findings, entries, unconfirmed, signals)
    language, version, language_finding = _language(unit, chosen[0], signals, inherited, pin)
    frameworks = [_on_framework_target(f, version) for f in frameworks]
    others = sorted(
        (f for f in findings if f.kind not in (FindingKind.FRAMEWORK, FindingKind.LANGUAGE)),
        key=lambda f: (list(FindingKind).index(f.kind), -f.confidence, f.name),
    )
    others = _rank_data(others, signals, unit.folder, unit.outnumbered)
    if len(chosen) > 1 and frameworks and not ambiguous:
        others = _own_tests_first(others, unit, chosen, frameworks[0].name)
    return DetectedBackend(
        folder=unit.folder,
        language=language,
        language_version=version,
        ambiguous=ambiguous,
        findings=[*frameworks, language_finding, *others],
    )


def _without_lone_assertions(findings: list[Finding]) -> list[Finding]:
    """Drop an assertion library no runner's tests are seen beside (testify required by a
    go.mod whose module holds no `_test.go` file): it asserts in no test, so the project has
    none, whatever its manifest keeps."""
    tests = {f.name for f in findings if f.kind is FindingKind.TEST}
    if not tests or tests - ASSERTION_LIBRARIES:
        return findings
    return [f for f in findings if f.kind is not FindingKind.TEST]


def _own_tests_first(
    others: list[Finding], unit: Unit, chosen: list[str], framework: str
) -> list[Finding]:
    """Of a folder holding two ecosystems (a Rails app beside the package.json of its
    JavaScript), the test tools of the one whose framework the backend runs on come first: the
    other's (Jest for the browser code, run by `npm test`) test that code, not the backend."""
    home = next(
        (
            e
            for e in chosen
            if any(
                s.kind is FindingKind.FRAMEWORK and s.name == framework
                for s in unit.signals.get(e, [])
            )
        ),
        "",
    )
    own = {s.name for s in unit.signals.get(home, []) if s.kind is FindingKind.TEST}
    tests = [f for f in others if f.kind is FindingKind.TEST]
    if not own or not tests or tests[0].name in own:
        return others
    ranked = iter(sorted(tests, key=lambda f: f.name not in own))
    return [next(ranked) if f.kind is FindingKind.TEST else f for f in others]


ON_NET_FRAMEWORK = frozenset({"ASP.NET MVC", "ASP.NET Web API", "OWIN"})
"""Web frameworks of the .NET Framework (System.Web): their version is the Framework's the
project targets (`v4.8.1`), as ASP.NET Core's is its target's shared framework."""

_NET_FRAMEWORK = re.compile(r"net(\d)(\d)(\d?)")
"""A .NET Framework target moniker (`net472`, `net48`)."""


def _on_framework_target(finding: Finding, target: str) -> Finding:
    """ASP.NET MVC 5 (Web API 2 too) runs on the .NET Framework its project targets (`net472`:
    4.7.2), as the project's own package reference says (`dotnet`); seen only in the project's
    code, its package lent by a library the project references, it takes that version too."""
    match = _NET_FRAMEWORK.fullmatch(target)
    if finding.name not in ON_NET_FRAMEWORK or finding.version or match is None:
        return finding
    return dataclasses.replace(finding, version=".".join(p for p in match.groups() if p))


def signal_scope(signal: Signal) -> Scope:
    """The scope an engine signal ranks in (`_rank_data`)."""
    return _signal_scope(signal)


def _signal_scope(signal: Signal) -> Scope:
    if signal.scope is Scope.CHOSEN and scope(signal.evidence.path, "", False) is Scope.TEST:
        # The default a test settings module sets (`settings/test.py`'s in-memory database)
        # is the tests', not the program's.
        return Scope.TEST
    if signal.scope is not None:
        return signal.scope
    if signal.strength is Strength.DEV:
        return Scope.TEST  # a driver only the tests install
    if signal.strength is Strength.DEPENDENCY:
        return Scope.RUNTIME
    return scope(signal.evidence.path, signal.evidence.text, False)


DOCUMENT_STORES = {
    "MongoDB": frozenset(
        {
            "Mongoose",
            "Mongoid",
            "Beanie",
            "MongoEngine",
            "ODMantic",
            "pymodm",
            "Spring Data MongoDB",
            # Morphia (dev.morphia) maps JVM classes to MongoDB documents and to nothing else:
            # beside the MongoDB driver it wraps, it is the data layer the code is written to.
            "Morphia",
            "MongoDB.Driver",
        }
    ),
    # Spring Data Elasticsearch keeps documents in a search index and nowhere else: beside a
    # SQL layer of the primary relational engine it is the side layer, as the engine is.
    "Elasticsearch": frozenset({"Spring Data Elasticsearch"}),
}
"""Engine → the data layers that only talk to it."""


CONNECTOR_LAYERS = frozenset({"loopback-datasource-juggler", "LoopBack Repository"})
"""Data layers written to no engine at all: LoopBack's models reach MongoDB and SQL engines
alike through the connector package the application installs, so the files using them say
nothing against a document store that connector talks to (`_rank_data`'s `outweighed`)."""


ASSERTION_LIBRARIES = frozenset({"testify"})
"""Test tools that only assert and mock inside another runner's tests (testify's tests are
`go test` functions): the runner, when seen, is the main test framework."""


TESTS_BUILT_ON = {"Spock": "JUnit", "Pest": "PHPUnit"}
"""Test tools whose tests run on another one the build then also names: Spock's
specifications run as JUnit tests (a JUnit 4 runner in Spock 1, a JUnit Platform engine in
Spock 2), so a build asking for Spock asks for JUnit beside it; Pest runs its `it()` tests
through PHPUnit and its phpunit.xml, which a Laravel app keeps declaring beside it. The tests
are written in the upper one."""


SUITE_CALLS = frozenset({"Ginkgo", "RSpec"})
"""Test tools every suite of which calls the tool in its test files (Ginkgo's `RunSpecs`,
RSpec's `RSpec.describe` or `require "rails_helper"`): when the test files read show another
tool's tests and none of these calls, the manifest's line is for a corner of the repository
(one package's suites, a JavaScript runner's specs), not its main test framework."""


END_TO_END = frozenset({"Cypress", "Playwright", "Codeception", "Hurl", "Cucumber"})
"""Test tools that drive the whole application from a browser (or, Codeception, its
acceptance and functional suites over PHPUnit; Hurl, over HTTP; Cucumber, the Gherkin
scenarios of `features/` written as a user's acceptance tests): beside a unit-test runner
they are the second suite, the main one only alone."""


UNIT_SUITES = ("unit.suite.yml", "unit.suite.dist.yml")
"""Settings of an end-to-end tool's unit suite (Codeception's): where one is kept, the tool
runs the unit tests too (classes extending `Codeception\\Test\\Unit`), so it is the main test
framework, not the second suite (`END_TO_END`), and the runner beneath it
(`UNIT_SUITES_RUN_ON`) is only that."""

UNIT_SUITES_RUN_ON = {"Codeception": "PHPUnit"}
"""End-to-end tools whose unit suites run on another test tool the build also names."""


SUITE_WORDS = frozenset(
    {"e2e", "endtoend", "playwright", "cypress", "selenium", "performance", "benchmark",
     "benchmarks"}
)
"""Words naming a folder of end-to-end suites (`playwright_tests/`, `e2e/`, a build's
`app-endtoend` module) or of performance suites (`performance_test/`, a locust and pytest
benchmark run against a running server): they measure or drive the deployed service, not
its units."""


def _in_suite_folder(path: str) -> bool:
    """Whether `path` lies in a folder of end-to-end suites."""
    folders = path.rpartition("/")[0].lower().replace("-", "_").replace(".", "_")
    return any(word in SUITE_WORDS for part in folders.split("/") for word in part.split("_"))


def _suite_runners(signals: list[Signal]) -> set[str]:
    """Test tools whose every file lies in a folder of end-to-end suites (pytest configured
    only in `playwright_tests/`) while another tool's files lie outside (Django's test cases
    of the unit suite): they run that suite, not the unit tests."""
    inside: dict[str, bool] = {}
    for signal in signals:
        if signal.kind is FindingKind.TEST and signal.strength is Strength.ENTRY:
            there = _in_suite_folder(signal.evidence.path)
            inside[signal.name] = inside.get(signal.name, True) and there
    if all(inside.values()):
        return set()
    return {name for name, there in inside.items() if there}


RAW_ACCESS = frozenset(
    {"database/sql", "ADO.NET", "pg", "mysql", "mysql2", "mariadb", "mongodb", "mongo-driver",
     "Spring JDBC", "JDBC", "psycopg", "psycopg2", "asyncpg", "better-sqlite3", "postgres.js",
     "mssql", "pgx", "bbolt", "PDO", "PyMongo", "Motor", "aiomongo"}
)
"""Query layers that are a language's own raw database access or a bare driver: named first
only alone (an ORM or query builder sits on them; Spring Boot's JDBC starter is also the
DataSource that Jdbi and the like run on)."""

CONNECTIONS_ONLY = frozenset({"JDBC"})
"""Raw access seen only through the connection pool a build declares: beneath any other raw
access (Spring JDBC's templates run on the pool)."""


ONE_ENGINE = {
    "rusqlite": "SQLite",
    "better-sqlite3": "SQLite",
    "bbolt": "BoltDB",
    "buntdb": "BuntDB",
    "LiteDB": "LiteDB",
    "redb": "redb",
    "r2d2_sqlite": "SQLite",
    "r2d2_mysql": "MySQL",
    "r2d2_postgres": "PostgreSQL",
    "postgres": "PostgreSQL",
    # CouchDB's Node client (nano) speaks CouchDB's HTTP API and nothing else: a program
    # keeping it beside another engine's driver (a repository adapter per supported store,
    # picked by the URL's scheme) runs on the primary engine's driver.
    "nano": "CouchDB",
}
"""Query layers bound to one engine: an embedded engine's own binding, beside a primary engine
of another kind, keeps a local side store (a node's state in SQLite), not the data the service
is written around; of the pools a program keeps one per supported engine (r2d2_sqlite beside
r2d2_mysql), the primary engine's is the one it runs on."""


POOLED_CLIENTS = {"r2d2_sqlite": "rusqlite"}
"""Connection pools → the client whose connections they hand out. A program declaring both
writes its SQL on the client's connection (`rusqlite::params!`, `conn.prepare`): the client
is its data layer, the pool only how connections are shared between requests."""


EMBEDDED_LAYERS = {"Storm": "BoltDB"}
"""ORMs that run on one embedded engine only (Storm keeps its records in bbolt's file and
nowhere else): beside a primary engine of another kind they keep a local side store (a cache of
fetched records), and the query library serving the primary engine is the data layer, as with
`DOCUMENT_STORES`' layers."""


OWN_BINDING_ONLY = frozenset({"BoltDB", "BuntDB", "LiteDB", "redb"})
"""Embedded engines no ORM reaches: when one is the primary engine, its own binding
(`ONE_ENGINE`) is the data layer, whatever ORM the project keeps for its other providers."""


QUERY_BUILDERS = frozenset({"goqu", "squirrel", "Kysely", "jOOQ", "Jet"})
"""Query builders: the code writes its queries with them, and a query library beside them
(sqlx, which runs what goqu builds) only executes those queries."""


QUERY_GENERATORS = frozenset({"sqlc", "SQLDelight"})
"""Generators of a package of typed queries from the project's SQL: before a query builder
beside them, which writes only the few dynamic queries (a search's filters) no static SQL file
can, while the stored queries (every read and write the generated package holds) are the
layer the code is written to."""


WRITTEN_TO = MAX_HITS
"""Main source files importing a query library (as many as a scan keeps evidence of) that make
it the layer the code is written to when no source file is seen using the ORM beside it (a JPA
provider declared for one annotated class while the DAOs are Jdbi's): one or two files may be
a side path, a report's query."""


BUILT_ON = {
    "Objection": "Knex",
    "Bookshelf": "Knex",
    "MyBatis-Plus": "MyBatis",
    "Doctrine": "Doctrine DBAL",
    # Laravel's schema builder needs DBAL for column changes: a part of its migrations.
    "Eloquent": "Doctrine DBAL",
    # Storm keeps its typed records through bbolt's buckets: bbolt beside it is its store.
    "Storm": "bbolt",
}
"""Data layers built on another one the project then also names (an ORM over a query
builder, an extension over its base): the upper layer is the one the code is written to."""


def _variants(signals: list[Signal]) -> set[str]:
    """Names of settings files the project keeps one of per engine (a Prisma schema in
    `prisma/postgres/` and another in `prisma/sqlite/`): the engine each chooses is a variant's,
    not the program's default."""
    chosen: dict[str, dict[str, str]] = defaultdict(dict)
    for signal in signals:
        if signal.kind is FindingKind.DATABASE and signal.scope is Scope.CHOSEN:
            name = signal.evidence.path.rpartition("/")[2]
            chosen[name].setdefault(signal.evidence.path, signal.name)
    return {name for name, engines in chosen.items() if len(set(engines.values())) > 1}


_ENV_TEST = re.compile(
    r"[\"'](\w+)[\"'][ \t]+in[ \t]+os\.environ\b"
    r"|\bos\.(?:environ\.get|getenv)[ \t]*\([ \t]*[\"'](\w+)[\"']"
)
"""The environment variable a default's `if` tests (`if "DATABASE_URL" in os.environ:`)."""


def _deployed_tests(signals: list[Signal]) -> set[str]:
    """Evidence lines of defaults (`Scope.CHOSEN`) taken when an environment variable is
    unset (`if "DATABASE_URL" in os.environ: … else: … sqlite3`) whose variable the shipped
    Compose file sets for the app, to another engine's (`DATABASE_URL: postgres://…`): the
    program as deployed takes the other branch, so the unset branch is a developer's local
    fallback, not the engine it runs on."""
    chosen: dict[str, list[Signal]] = defaultdict(list)
    for signal in signals:
        if signal.kind is FindingKind.DATABASE and signal.scope is Scope.CHOSEN:
            match = _ENV_TEST.search(signal.evidence.text)
            if match:
                chosen[match.group(1) or match.group(2)].append(signal)
    if not chosen:
        return set()
    found: set[str] = set()
    for signal in signals:
        if signal.kind is not FindingKind.DATABASE or _signal_scope(signal) is not Scope.DEPLOYED:
            continue
        key = re.match(r"[ \t]*-?[ \t]*[\"']?(\w+)[\"']?[ \t]*[:=]", signal.evidence.text)
        for default in chosen.get(key.group(1) if key else "", []):
            if default.name != signal.name:
                found.add(default.evidence.text)
    return found


def _rank_data(
    others: list[Finding],
    signals: list[Signal],
    folder: str = ".",
    outnumbered: frozenset[str] | set[str] = frozenset(),
) -> list[Finding]:
    """Put the primary database engine first, and the data layer that talks to it first.

    Engines rank by the strongest scope they were seen in (production configuration, then the
    program's own default, then a Compose file's database, then runtime drivers and base
    settings, then development fallbacks, then tests: `designer.detect.defaults`), then a
    document store the code reaches through fewer files than another ORM (or than a SQL query
    builder a census chose) after that layer's engines, then by confidence (a driver the code
    also configures before a driver alone), then a server engine before an embedded one seen as
    strongly (SQLite beside PostgreSQL is the local stand-in), then one seen in the service's
    own `folder` before one only the library modules folded into it use (a .NET web project's
    `UseSqlServer` beside the MySQL client of the solution's utility library). A key-value store
    a repository keeps data in (Redis) is primary only where no other engine is seen in as
    strong a scope, and so is a search engine (Elasticsearch), though before a key-value store.
    The others stay, as secondary engines, with their evidence.
    """
    scopes: dict[str, Scope] = {}
    files: dict[str, set[str]] = defaultdict(set)
    variants = _variants(signals)
    deployed_tests = _deployed_tests(signals)
    for signal in signals:
        if signal.kind is FindingKind.DATABASE and not signal.opt_in:
            found = _signal_scope(signal)
            if found is Scope.CHOSEN and signal.evidence.path.rpartition("/")[2] in variants:
                found = Scope.RUNTIME
            if found is Scope.CHOSEN and signal.evidence.text in deployed_tests:
                found = Scope.FALLBACK
            scopes[signal.name] = min(scopes.get(signal.name, Scope.TEST), found)
            files[signal.name].add(signal.evidence.path)
    within = "" if folder == "." else folder + "/"
    own = {name for name, paths in files.items() if any(p.startswith(within) for p in paths)}
    # The data layer most of the code imports (`Signal.primary`, a Go module's census) and the
    # engine its package alone talks to (mongo-driver's MongoDB beside GORM's MySQL).
    censused = [
        s for s in signals if s.primary and s.kind in (FindingKind.ORM, FindingKind.QUERY)
    ]
    chosen = {s.name for s in censused}
    chosen_packages = {s.package for s in censused}
    chosen_engines = {
        s.name
        for s in signals
        if s.kind is FindingKind.DATABASE and s.package and s.package in chosen_packages
    }
    for signal in signals:
        # A server the program's own defaults leave off is a fallback, whatever drivers are
        # compiled in for it, unless a default or production configuration chooses it.
        if signal.kind is FindingKind.DATABASE and signal.opt_in:
            found = scopes.get(signal.name, Scope.TEST)
            scopes[signal.name] = found if found <= Scope.DEPLOYED else max(found, Scope.FALLBACK)
    # Of layers seen as strongly, the one more files use is the one the code is written to
    # (query libraries too: sqlx in three crates over rusqlite in one, for its update hooks).
    users: dict[str, set[str]] = defaultdict(set)
    written: dict[str, set[str]] = defaultdict(set)
    # Files that use an ORM beyond declaring it for development: a development requirements
    # file naming a glue package of one ORM (SQLAlchemy-Utils for the tests of a deprecated
    # module) does not make it the layer of a project whose framework lends it another.
    run_users: dict[str, set[str]] = defaultdict(set)
    for signal in signals:
        if signal.kind in (FindingKind.ORM, FindingKind.QUERY):
            users[signal.name].add(signal.evidence.path)
            if signal.strength is not Strength.DEV:
                run_users[signal.name].add(signal.evidence.path)
            # Tests are never asked about data layers: these are the main code's files.
            if signal.strength is Strength.ENTRY:
                written[signal.name].add(signal.evidence.path)

    def outweighed(engine: str) -> bool:
        """A document store whose own layers fewer files use than another ORM (Mongoose's
        schemas beside TypeORM's entities, a Django ORM service keeping a MongoDB URL for a
        side store through the raw driver): the service is written around the other's engine,
        whatever the store's URL adds to its confidence."""
        layers = DOCUMENT_STORES.get(engine)
        if not layers:
            return False
        own = max((len(users[name]) for name in layers), default=0)
        return any(
            (
                f.kind is FindingKind.ORM
                and f.name not in layers
                and f.name not in CONNECTOR_LAYERS
                and len(users[f.name]) > own
            )
            # A SQL query builder the census found most of the main code written to (jOOQ's
            # repositories beside one class reading a collection through the raw driver):
            # the store is the side one, though its starter names no code of its own.
            or (f.kind is FindingKind.QUERY and f.name in QUERY_BUILDERS and f.name in chosen)
            for f in others
        )

    def confidence(engine: Finding) -> float:
        """The engine's confidence from what names it no weaker than a run-time driver (or
        its own strongest scope): a Compose file offered as one alternative deployment, a
        development profile or a test setting adds nothing to the driver of an engine seen
        beside another that the program's own settings name."""
        limit = max(scopes.get(engine.name, Scope.TEST), Scope.RUNTIME)
        kept = [
            s
            for s in signals
            if s.kind is FindingKind.DATABASE
            and s.name == engine.name
            and _signal_scope(s) <= limit
        ]
        found = _merge(FindingKind.DATABASE, engine.name, kept)
        return found.confidence if found is not None else 0.0

    def side_store(engine: str) -> bool:
        """A document store whose own layers the census found outnumbered by another ORM
        (Mongoose in 8 modules, TypeORM's entities in 61): the code is written around the
        other's engine, whatever scope the store's URL has (a side collection's
        `TRAIT_SUMMARIES_DB_URL` in the env example)."""
        layers = DOCUMENT_STORES.get(engine)
        return bool(layers) and bool(chosen) and not chosen & layers and any(
            f.kind is FindingKind.ORM and f.name in chosen for f in others
        )

    engines = sorted(
        (f for f in others if f.kind is FindingKind.DATABASE),
        key=lambda f: (
            side_store(f.name),
            scopes.get(f.name, Scope.TEST),
            2 if f.name in KEY_VALUE else 1 if f.name in SEARCH_ENGINES else 0,
            f.name not in chosen_engines,
            outweighed(f.name),
            -confidence(f),
            f.name in EMBEDDED,
            f.name not in own,
            # Of engines a project supports alike (a driver and a settings branch each), the
            # one more of its files set up (the Compose variants, the lock) is its main one.
            -len(files[f.name]),
            f.name,
        ),
    )
    engines = _mariadb_first(engines, scopes, signals)
    engines = _mysql_server_first(engines, scopes, signals)
    primary = engines[0].name if engines else ""
    only_for = {layer: engine for engine, layers in DOCUMENT_STORES.items() for layer in layers}
    only_for.update(EMBEDDED_LAYERS)

    def foreign(finding: Finding) -> bool:
        """A data layer bound to another engine than the primary one."""
        engine = only_for.get(finding.name)
        if primary in DOCUMENT_STORES:
            return engine != primary
        return engine is not None

    # A provider switch binds layers to engines: the primary engine's layer comes first, one
    # bound only to other engines last.
    bound: dict[str, set[str]] = defaultdict(set)
    for signal in signals:
        if signal.engine and signal.kind in (FindingKind.ORM, FindingKind.QUERY):
            bound[signal.name].add(signal.engine)

    # An ORM declared with engine features for several engines, the primary one among them
    # (sea-orm's `sqlx-sqlite`, `sqlx-mysql` and `sqlx-postgres` on its own manifest line),
    # serves the primary engine as surely as a layer bound to it alone: no ORM kept for the
    # other providers. (Not a query library: a driver names its own engine on its line.)
    engine_lines: dict[tuple[str, str, int | None], set[str]] = defaultdict(set)
    for signal in signals:
        if signal.kind is FindingKind.DATABASE and signal.package and signal.evidence.line:
            engine_lines[(signal.package, signal.evidence.path, signal.evidence.line)].add(
                signal.name
            )
    declared: dict[str, set[str]] = defaultdict(set)
    for signal in signals:
        if signal.kind is FindingKind.ORM and signal.package:
            key = (signal.package, signal.evidence.path, signal.evidence.line)
            # Several engines: one alone is a catalogue's store of its own (Mongoose's
            # MongoDB), or a layer built for that engine only, bound already (`Signal.engine`).
            if len(engine_lines.get(key, ())) > 1:
                declared[signal.name] |= engine_lines[key]

    def binding(finding: Finding) -> int:
        engines = bound.get(finding.name)
        if primary and primary in declared.get(finding.name, ()):
            return 0
        return 1 if not engines else 0 if primary in engines else 2

    found = {f.name for f in others if f.kind is FindingKind.ORM}
    beneath = {BUILT_ON[name] for name in found if name in BUILT_ON}
    # An ORM the main code is seen using only in its migrations (TypeORM's migration files
    # beside queries written to Knex) is the migration runner: beneath a layer beside it.
    migrating = {
        s.name.removesuffix(" migrations")
        for s in signals
        if s.kind is FindingKind.MIGRATIONS and s.strength is Strength.ENTRY
    }
    runner_only = {name for name in migrating & found if not written[name]}
    layers = sorted(
        (f for f in others if f.kind is FindingKind.ORM),
        key=lambda f: (
            bool(primary) and foreign(f),
            f.name not in chosen,
            binding(f),
            f.name in beneath,
            f.name in runner_only,
            -f.confidence,
            -len(run_users[f.name]),
            f.name,
        ),
    )
    # A query library or generator outranks the standard library's raw access it builds on
    # (sqlc's generated code and squirrel both sit on database/sql), and a query builder the
    # library that runs what it builds (goqu's queries executed through sqlx); a generator of
    # typed queries the builder beside it (sqlc's package, squirrel for a search's filters).
    query_names = {f.name for f in others if f.kind is FindingKind.QUERY}
    queries = sorted(
        (f for f in others if f.kind is FindingKind.QUERY),
        key=lambda f: (
            bool(primary) and ONE_ENGINE.get(f.name, primary) != primary,
            f.name not in chosen,
            binding(f),
            f.name in RAW_ACCESS,
            f.name in CONNECTIONS_ONLY,
            POOLED_CLIENTS.get(f.name) in query_names,
            0 if f.name in QUERY_GENERATORS else 1 if f.name in QUERY_BUILDERS else 2,
            -f.confidence,
            -len(users[f.name]),
            f.name,
        ),
    )
    # Of test tools seen as strongly, the main one is the one more files use (the solution's
    # test projects: three on xUnit, one on MSTest), unless the package's `test` script runs
    # the other (`npm test` starting mocha beside a `test:vitest` script).
    uses: dict[str, set[str]] = defaultdict(set)
    scripted: set[str] = set()
    for signal in signals:
        if signal.kind is FindingKind.TEST:
            uses[signal.name].add(signal.evidence.path)
            if signal.primary:
                scripted.add(signal.name)
    named = {f.name for f in others if f.kind is FindingKind.TEST}
    # A runner is only that when the tool built on it is not outnumbered in the test files
    # (one Spock specification among sixty JUnit classes leaves JUnit the tests' own tool).
    runners = {
        TESTS_BUILT_ON[name] for name in named if name in TESTS_BUILT_ON and name not in outnumbered
    }
    unit_suites = {
        s.name
        for s in signals
        if s.kind is FindingKind.TEST and s.evidence.path.rpartition("/")[2] in UNIT_SUITES
    }
    runners |= {UNIT_SUITES_RUN_ON[name] for name in unit_suites if name in UNIT_SUITES_RUN_ON}
    in_files = {
        s.name for s in signals if s.kind is FindingKind.TEST and s.strength is Strength.ENTRY
    }
    unproven = (SUITE_CALLS & named) - in_files if in_files - SUITE_CALLS else set()
    suites = _suite_runners(signals)
    tests = sorted(
        (f for f in others if f.kind is FindingKind.TEST),
        key=lambda f: (
            f.name in ASSERTION_LIBRARIES,
            (f.name in END_TO_END and f.name not in unit_suites) or f.name in suites,
            f.name in runners,
            f.name in unproven or f.name in outnumbered,
            -f.confidence,
            f.name not in scripted,
            -len(uses[f.name]),
            f.name,
        ),
    )
    ranked = {
        FindingKind.DATABASE: iter(engines),
        FindingKind.ORM: iter(layers),
        FindingKind.QUERY: iter(queries),
        FindingKind.TEST: iter(tests),
    }
    result = [next(ranked[f.kind]) if f.kind in ranked else f for f in others]
    if (
        (queries and binding(queries[0]) == 0 and not (layers and binding(layers[0]) == 0))
        or (
            queries
            and queries[0].name not in RAW_ACCESS
            and len(written[queries[0].name]) >= WRITTEN_TO
            and not any(written[f.name] for f in layers)
        )
        or (queries and queries[0].name in chosen and not chosen & {f.name for f in layers})
        # Every ORM bound to another engine than the primary one (a document store's client
        # kept as the alternative provider) while a query library serves the primary engine.
        # Bound by name to that other engine: an ORM this table does not tie to the primary
        # document store (Parse Server over MongoDB) is not shown to be another engine's, and
        # the store's raw driver beside it stays beneath it.
        or (
            queries
            and bool(primary)
            and layers
            and all(only_for.get(f.name) not in (None, primary) for f in layers)
            and ONE_ENGINE.get(queries[0].name, primary) == primary
        )
        # The primary engine is one only its own binding reaches (LiteDB picked by the
        # settings beside EF Core's providers for the SQL engines), unless an ORM built on
        # that binding is there (Storm over bbolt): the ORM is then the layer written to.
        or (
            queries
            and primary in OWN_BINDING_ONLY
            and ONE_ENGINE.get(queries[0].name) == primary
            and not any(BUILT_ON.get(f.name) == queries[0].name for f in layers)
        )
    ):
        # The query library the code uses with the primary engine is the data layer, before
        # an ORM kept for the other providers; so is one the main code imports in several
        # files while none is seen using the ORM, or in far more files than the ORM (a
        # census: `Signal.primary`): the query findings move ahead of the ORMs.
        at = next((i for i, f in enumerate(result) if f.kind is FindingKind.ORM), None)
        if at is not None:
            rest = [f for f in result if f.kind is not FindingKind.QUERY]
            result = [*rest[:at], *queries, *rest[at:]]
    return result


def _mariadb_first(
    engines: list[Finding], scopes: dict[str, Scope], signals: list[Signal]
) -> list[Finding]:
    """MariaDB before MySQL when MySQL is named only as the protocol a driver speaks
    (`DB_CONNECTION=mysql`, `mysql://`, a MySQL client library, all of which reach MariaDB)
    while MariaDB is what the project runs, no weaker than a runtime signal (its Compose
    service's image): the server is the more exact answer. A MySQL server image keeps MySQL.
    When MySQL is named only by a client library (`mysql2`), the only server any Compose file
    runs (a development or CI one: `mariadb:10.5`) is the one the project is written for."""
    names = [f.name for f in engines]
    if not names or names[0] != "MySQL" or "MariaDB" not in names:
        return engines
    if any(s.kind is FindingKind.DATABASE and s.name == "MySQL" and s.server for s in signals):
        return engines
    client_only = all(
        s.package for s in signals if s.kind is FindingKind.DATABASE and s.name == "MySQL"
    ) and any(s.kind is FindingKind.DATABASE and s.name == "MariaDB" and s.server for s in signals)
    if scopes.get("MariaDB", Scope.TEST) > Scope.RUNTIME and not client_only:
        return engines
    mariadb = names.index("MariaDB")
    return [engines[mariadb], *engines[:mariadb], *engines[mariadb + 1 :]]


def _mysql_server_first(
    engines: list[Finding], scopes: dict[str, Scope], signals: list[Signal]
) -> list[Finding]:
    """MySQL before MariaDB when MySQL is named as the server the program is deployed against
    (a managed MySQL instance's connector: `jvm_catalog.SERVER_CONNECTORS`) and MariaDB only by
    a client driver, seen no more strongly: the MariaDB driver is one more client of that MySQL
    server (MariaDB Connector/J speaks MySQL's protocol). The mirror of `_mariadb_first`."""
    names = [f.name for f in engines]
    if not names or names[0] != "MariaDB" or "MySQL" not in names:
        return engines
    if any(s.kind is FindingKind.DATABASE and s.name == "MariaDB" and s.server for s in signals):
        return engines
    if not any(s.kind is FindingKind.DATABASE and s.name == "MySQL" and s.server for s in signals):
        return engines
    if scopes.get("MySQL", Scope.TEST) > scopes.get("MariaDB", Scope.TEST):
        return engines
    mysql = names.index("MySQL")
    return [engines[mysql], *engines[:mysql], *engines[mysql + 1 :]]


_LANGUAGES = {
    "python": "Python",
    "node": "JavaScript",
    "go": "Go",
    "rust": "Rust",
    "jvm": "Java",
    "php": "PHP",
    "dotnet": "C#",
    "ruby": "Ruby",
    "elixir": "Elixir",
    "scala": "Scala",
    "clojure": "Clojure",
    "lua": "Lua",
    "erlang": "Erlang",
    "swift": "Swift",
    "dart": "Dart",
    "haskell": "Haskell",
    "crystal": "Crystal",
    "nim": "Nim",
    "perl": "Perl",
    "gleam": "Gleam",
    "cpp": "C++",
    "zig": "Zig",
    "ocaml": "OCaml",
}


def _language(
    unit: Unit,
    ecosystem: str,
    signals: list[Signal],
    inherited: ManifestResult | None,
    pin: tuple[str, Evidence] | None,
) -> tuple[str, str, Finding]:
    language = _LANGUAGES[ecosystem]
    override = [s for s in signals if s.kind is FindingKind.LANGUAGE]
    if override:
        language = override[0].name
    own = [(path, r) for path, eco, r in unit.manifests if eco == ecosystem]
    own.sort(key=lambda item: -item[1].runtime_dependencies)  # the main manifest first
    declared = [r for _, r in own if r.language_version]
    if not declared and inherited is not None and inherited.language_version:
        declared = [inherited]
    version, evidence = "", []
    if override and language != _LANGUAGES[ecosystem] and ecosystem != "dotnet":
        # A JVM build compiling Kotlin or Scala: the manifest's language version is Java's
        # (the bytecode target), the language's own comes with its library or plugin. A .NET
        # project's target framework is the platform C# and F# alike run on: it stays.
        declared, pin = [], None
    if pin is not None:
        # The version the project runs on, more exact than a manifest's range.
        version, evidence = pin[0], [pin[1]]
    elif declared:
        version = declared[0].language_version
        if declared[0].version_evidence is not None:
            evidence.append(declared[0].version_evidence)
    elif override:
        version = next((s.version for s in override if s.version), "")
    evidence += [s.evidence for s in override]
    if not evidence:
        evidence = [Evidence(path=path) for path, _ in own[:1]] or [s.evidence for s in signals[:1]]
    unique: list[Evidence] = []
    for item in evidence:
        if item not in unique:
            unique.append(item)
    finding = Finding(
        kind=FindingKind.LANGUAGE,
        name=language,
        version=version,
        confidence=0.9,
        evidence=unique[:MAX_EVIDENCE],
    )
    return language, version, finding
