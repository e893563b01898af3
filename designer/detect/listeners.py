"""Spring Boot applications fed by a queue that serve no HTTP API.

A consumer of SQS, Kafka, RabbitMQ or JMS messages is often a Spring Boot application with
the web starter on its classpath (for Actuator's probes), but its code declares listeners
(`@SqsListener`, `@KafkaListener` …, or a loop polling the plain Kafka client's consumer for
its `ConsumerRecords`) and no controller, router or endpoint: it serves no
client, it is no backend. Telling so needs the absence of every endpoint from its sources, so
only applications declaring a message broker (a JMS client among their dependencies counts,
though no finding names its broker) are read again, their own main source tree
(`src/main`) and those of the repository modules they use (a controller there would be
theirs: a module of entities has none); one too large to read whole is left alone.

So is an executor of a job scheduler's jobs (XXL-JOB's and its forks'): a Spring Boot
application with no data of its own whose code declares job handlers (`@JobHandler`, `extends
IJobHandler`, `@XxlJob`) that the scheduler's admin triggers through the executor's embedded
server, and no endpoint, in it or the modules it uses.

So is a worker its own scheduler drives (`@Scheduled`: a dummy cleaning service polling an
orchestrator for tasks), with no data of its own and no endpoint. A module it uses that is
an application itself (`@SpringBootApplication`) is not read: its controllers are its own;
in the other modules only a class that serves counts, not the mappings of the API interfaces
a client module declares.

And so is a job run to its end: a Spring Boot application whose build brings no web server
(no web starter, no servlet container, in its pom nor a servlet container in a module of the
build it uses: an `application` module assembling a `configuration` module that declares the
web starter serves, its runner a command-line mode; WebFlux in a module of typed API clients
is for their `WebClient`; a web starter its pom's dependency on the module excludes is not
brought) and whose code runs its work at start-up
(`CommandLineRunner`, `ApplicationRunner`, Spring Batch) and declares no endpoint — a
database utility a scheduler launches, which the `@SpringBootApplication` alone would count;
or a system tester whose `main` runs its Cucumber suite. An application whose code builds
Spring Batch jobs and declares no endpoint is a batch job whatever server its build brings
(WebFlux for its `WebClient` calls, the web starter for Actuator's probes): its server serves
no client, whatever data its jobs keep.

So is a server of another protocol: a Spring Boot application with no data of its own whose
code starts an SSH/SFTP server (Apache MINA SSHD's `SshServer`) or an FTP server (Apache
FtpServer's `FtpServerFactory`) and declares no endpoint, an upload inbox whose web starter
serves only Actuator's probes. Its clients speak that protocol, not HTTP.

So is a console client: a Spring Boot application with no data of its own whose code reads
what its user types (`new Scanner(System.in)`, `System.console()`, a JLine `LineReader`) and
sends it to the product's servers, and declares no endpoint, in it or the modules it uses (a
chat client whose web starter serves only Swagger's page and Actuator's probes). Its user
is at its console, not an HTTP client.

Quarkus needs no main class, so a module declaring Quarkus's REST extension and its Maven
plugin shows no entry point either way; one whose sources run a plain `main` and (with those
of the modules it uses) declare no resource, route or Quarkus main is a command-line tool
packaged with Quarkus's plugin (a checker comparing two deployments of the API), not an
application serving HTTP.
"""

from __future__ import annotations

import re

from designer.detect.assemble import Unit, has_entry_point
from designer.detect.codewalk import all_code_files
from designer.detect.jvm_sources import main_tree
from designer.detect.nonservices import module_names, module_uses, serverless, used_modules
from designer.detect.signals import OWN_DATA, LazyPattern, Strength
from designer.detect.walker import read_text
from designer.model.stack import FindingKind

_ENDINGS = (".java", ".kt", ".scala")
"""Sources read: Java's, Kotlin's and Scala's (a Scala 3 Spring Boot job whose main class's
file holds a `CommandLineRunner` is as much a job as a Java one)."""

_LISTENER = re.compile(
    r"@(?:SqsListener|KafkaListener|RabbitListener|JmsListener|StreamListener)\b"
    r"|\bConsumerRecords[ \t]*<"
)
"""A method fed by a message broker's queue or topic, or the loop of the plain Kafka client
polling one itself (`ConsumerRecords<String, String> records = consumer.poll(…)` in a `while`:
a logger started from the main class, with no Spring Kafka annotation to show it)."""

_JMS_CLIENTS = frozenset(
    {
        "spring-jms",
        "spring-boot-starter-artemis",
        "spring-boot-starter-activemq",
        "spring-boot-artemis",
        "spring-boot-activemq",
        "pooled-jms",
    }
)
"""A JMS client among an application's run-time dependencies (Spring's JMS support, Boot's
Artemis or ActiveMQ starter, a pooled connection factory): a message broker declared though
no broker finding names it, what `@JmsListener` methods are fed by."""

ENDPOINT = re.compile(
    r"@(?:RestController|Controller|RequestMapping|GetMapping|PostMapping|PutMapping|"
    r"PatchMapping|DeleteMapping|RepositoryRestResource|QueryMapping|MutationMapping|"
    r"SchemaMapping|MessageMapping|Endpoint|WebServlet|Path|GrpcService)\b|\bRouterFunction\b"
    r"|\bcoRouter\b|@EnableZuul(?:Proxy|Server)\b"
)
"""What serves HTTP clients: a controller or its mappings, a functional router, Spring Data
REST, GraphQL or WebSocket message mappings, a SOAP endpoint, a servlet, a JAX-RS resource,
a gRPC service (grpc-spring-boot-starter's `@GrpcService`: an agent the server calls), a Zuul
gateway (`@EnableZuulProxy`: it serves the routes it proxies, its filters its own code)."""

_SERVING = re.compile(
    r"@(?:RestController|Controller|RepositoryRestResource|Endpoint|WebServlet|Path|GrpcService)\b"
    r"|\bRouterFunction\b|\bcoRouter\b"
)
"""What serves HTTP clients in a module the application uses: a class that serves, not the
mappings of an API interface, which a module of client contracts declares for the HTTP
clients that call another service (`@GetMapping` on a `PoolApi` interface)."""

_APPLICATION = re.compile(r"@SpringBootApplication\b")
"""A module that is an application of its own: its endpoints are its own, not its users'
(a worker depending on the orchestrator's module for its types; Boot scans its own package)."""

_JOB_HANDLER = re.compile(
    r"@(?:JobHandler|XxlJob|Scheduled)\b|\bextends\s+(?:IJobHandler|QuartzJobBean)\b"
    r"|^[ \t]*import[ \t]+org\.quartz\.Job[ \t]*;|\bimplements\s+org\.quartz\.Job\b",
    re.MULTILINE,
)
"""A job a scheduler triggers on the executor (XXL-JOB's handler, named or annotated), or
that the application's own scheduler runs (`@Scheduled`: a worker polling another service
for tasks; a Quartz job, `implements org.quartz.Job` or Spring's `QuartzJobBean`, fired by
the triggers the application registers)."""

_OTHER_PROTOCOL = re.compile(r"\bSshServer\b|\bFtpServerFactory\b")
"""A server of another protocol the application starts: Apache MINA SSHD's
(`SshServer.setUpDefaultServer()`, an SFTP subsystem on it), Apache FtpServer's."""

_CONSOLE = re.compile(
    r"\bnew\s+Scanner\s*\(\s*System\.in\s*\)|\bInputStreamReader\s*\(\s*System\.in\s*\)"
    r"|\bSystem\.console\s*\(\s*\)|\bLineReaderBuilder\b"
)
"""A program reading what its user types at the console: a `Scanner` or reader over
`System.in`, the `Console`, JLine's line reader."""

_RUNNER = re.compile(
    r"\b(?:CommandLineRunner|ApplicationRunner)\b|@EnableBatchProcessing\b"
    r"|\bio\.cucumber\.core\.cli\.Main\b"
)
"""Work an application runs once it has started, then ends: a runner or a batch job, or the
Cucumber suite a system tester's `main` hands its arguments to."""

_UNSERVED_WORK = re.compile(f"{_RUNNER.pattern}|{_JOB_HANDLER.pattern}", re.MULTILINE)
"""What an application with no web server runs: work at start-up (`_RUNNER`), or jobs its
scheduler fires (`_JOB_HANDLER`): a Quartz daemon copying one store into another serves no
client, whatever data it keeps."""

_BATCH = LazyPattern(
    r"@EnableBatchProcessing\b|^[ \t]*import[ \t]+org\.springframework\.batch\.core\.", re.M
)
"""Spring Batch's jobs, enabled or built (`JobBuilder`, `StepBuilder`, a `Tasklet`)."""

QUARKUS_SERVING = re.compile(
    _SERVING.pattern + r"|@(?:Route|RouteBase|GraphQLApi|ServerEndpoint|QuarkusMain)\b"
    r"|\bQuarkus\.run\s*\(|\bRouter\b"
)
"""What serves HTTP clients in a Quarkus module: a JAX-RS resource, a reactive route or a
Vert.x router, a GraphQL API, a WebSocket endpoint, or a main starting Quarkus."""

_MAIN = re.compile(r"\bfun\s+main\s*\(|\bstatic\s+void\s+main\s*\(")
"""A program's own `main` (Kotlin's or Java's): what a command-line tool runs."""

MAX_FILES = 500
"""Source files read per application at most: a larger tree is left alone."""


def mark(top: str, units: dict[str, Unit]) -> None:
    """Set `Unit.no_web` on the Spring Boot applications declaring a message broker (or using
    a module of the build that does) whose own sources declare a listener and no endpoint, on
    those with no data of their own whose sources and the repository modules they use declare
    a job handler, start a server of another protocol (SSH, FTP) or read the console, and no
    endpoint, and on those with no web server in their build whose sources declare a runner
    and no endpoint."""
    for unit in units.values():
        signals = unit.signals.get("jvm", [])
        if _quarkus_unserved(top, unit, units):
            unit.no_web = True
            continue
        if not any(s.kind is FindingKind.FRAMEWORK and s.name == "Spring Boot" for s in signals):
            continue
        modules = used_modules(unit, units, "jvm")
        folders = [main_tree(unit)] + [main_tree(other) for other in modules]
        # The broker client may come with a module of the build the application uses (the
        # common library declaring the AMQP starter for every agent of the build).
        lent = [s for other in modules for s in other.signals.get("jvm", [])]
        unit.no_web = (
            unit.no_web
            or (
                (
                    any(s.kind is FindingKind.BROKER for s in (*signals, *lent))
                    or bool(module_uses(unit, "jvm") & _JMS_CLIENTS)
                )
                and _serves_none(top, folders, _LISTENER)
            )
            or (
                not any(s.kind in OWN_DATA for s in signals)
                and (
                    _serves_none(top, folders, _JOB_HANDLER)
                    or _serves_none(top, folders, _OTHER_PROTOCOL)
                    or _serves_none(top, folders, _CONSOLE)
                )
            )
            # The web server may come with a module of the build the application assembles
            # (a `configuration` module declaring the web starter beside the settings): its
            # build brings one then, and a runner in its code is a command-line mode beside it.
            or (
                serverless(unit)
                and not any(_lends_server(other, _excluded(unit, other)) for other in modules)
                and _serves_none(top, folders, _UNSERVED_WORK)
            )
            or _serves_none(top, folders, _BATCH)
        )


def _lends_server(module: Unit, excluded: set[str]) -> bool:
    """Whether a module of the build an application uses brings it a servlet container (the
    web starter's Tomcat, Jetty, Undertow) for run time. Not WebFlux's Netty: a module of an
    API's typed clients declares WebFlux for its `WebClient`, and a system tester calling the
    services through those clients serves nothing. Nor one the application's dependency on
    the module excludes (`excluded`: a command-line tool reusing a service's scheduling code
    without its `spring-boot-starter-web`)."""
    return any(
        s.kind is FindingKind.SERVER and s.strength is not Strength.DEV and s.name != "Netty"
        and s.package not in excluded
        for signals in module.signals.values()
        for s in signals
    )


def _excluded(unit: Unit, module: Unit) -> set[str]:
    """The artifacts the unit's poms declare their dependency on `module` without (Maven's
    `<exclusions>`)."""
    names = module_names(module, "jvm")
    return {
        artifact
        for _, e, r in unit.manifests
        if e == "jvm"
        for name, artifacts in r.excludes.items()
        if name in names
        for artifact in artifacts
    }


def scheduled_only(top: str, folders: list[str]) -> bool:
    """Whether the main source trees `folders` (`jvm_sources.main_tree`: an application's
    first, then the modules it uses) declare a job a scheduler fires and no endpoint
    (`shared_workers`)."""
    return _serves_none(top, folders, _JOB_HANDLER)


def consumes_messages(top: str, tree: str) -> bool:
    """Whether the main source tree `tree` declares a method a message broker feeds
    (`@JmsListener` …): a consumer keeping data of its own is a worker that counts, whatever
    else its scheduler runs (`shared_workers`). A tree too large to read counts as one."""
    paths = _main_sources(top, tree)
    if paths is None:
        return True
    return any(_LISTENER.search(read_text(top, path)[0] or "") for path in paths)


def runs_without_endpoint(top: str, folders: list[str]) -> bool:
    """Whether the main source trees `folders` declare work run at start-up (a runner, a batch
    job) and no endpoint (`spring_exits`)."""
    return _serves_none(top, folders, _RUNNER)


def serves_no_endpoint(top: str, folders: list[str]) -> bool:
    """Whether the main source trees `folders` (an application's first, then the modules it
    uses) hold its `@SpringBootApplication` and declare no endpoint (`actuator_workers`)."""
    return _serves_none(top, folders, _APPLICATION)


def _quarkus_unserved(top: str, unit: Unit, units: dict[str, Unit]) -> bool:
    """Whether a Quarkus module with no entry point seen runs a `main` of its own and declares
    nothing that serves HTTP in its sources nor in those of the modules of the tree it uses
    (a module with neither may serve through what the build generates: left alone)."""
    if has_entry_point(unit) or not any(
        s.kind is FindingKind.FRAMEWORK and s.name == "Quarkus" for s in unit.signals.get("jvm", [])
    ):
        return False
    folders = [main_tree(unit)] + [main_tree(o) for o in used_modules(unit, units, "jvm")]
    runs = False
    for index, folder in enumerate(folders):
        paths = _main_sources(top, folder)
        if paths is None:
            return False
        for path in paths:
            text = read_text(top, path)[0] or ""
            if QUARKUS_SERVING.search(text):
                return False
            runs = runs or (not index and bool(_MAIN.search(text)))
    return runs


def _serves_none(top: str, folders: list[str], work: re.Pattern[str]) -> bool:
    """Whether the main sources of `folders` declare `work` (a listener, a job handler) and no
    endpoint; False when one of them is too large to read whole."""
    found = False
    for index, folder in enumerate(folders):
        paths = _main_sources(top, folder)
        if paths is None:
            return False
        texts = [read_text(top, path)[0] or "" for path in paths]
        if index and any(_APPLICATION.search(text) for text in texts):
            continue  # another application, used for its types
        endpoint = _SERVING if index else ENDPOINT
        for text in texts:
            if endpoint.search(text):
                return False
            found = found or bool(work.search(text))
    return found


def _main_sources(top: str, tree: str) -> list[str] | None:
    """The JVM sources under the main source tree `tree` (`jvm_sources.main_tree`), relative
    to `top` (None past `MAX_FILES`): its tests may declare endpoints of test doubles."""
    return all_code_files(top, tree, _ENDINGS, MAX_FILES)
