"""Scala built by sbt: `build.sbt`, the build definition under `project/` (`plugins.sbt`,
`Dependencies.scala` …), and the code that proves its HTTP servers, data layers and test
frameworks. A Scala project built by Maven or Gradle stays the JVM module's.

A dependency is `"group" %% "artifact" % version`, its version a literal or a `val` of the
build (`lazy val pekkoHttpVersion = "1.3.0"` in build.sbt, `object V { val http4s = "…" }` in
project/*.scala); the build definition's files belong to the project of the folder above
`project/`, and their vals resolve every file's references (`scan` gathers them, `resolve`
applies them).
"""

from __future__ import annotations

import posixpath
import re
from typing import Any

from designer.detect.ecosystems import sbt_plugin_vals, sbt_project_methods, sbt_projects
from designer.detect.ecosystems.jdbc import CLIENT_DRIVERS, JDBC_DRIVERS
from designer.detect.signals import (
    Catalog,
    LazyPattern,
    Lines,
    ManifestResult,
    SourceRule,
    dependency_signals,
    entries,
    rule,
)
from designer.model.stack import FindingKind as K

LANGUAGE = "Scala"

_PEKKO, _AKKA, _HTTP4S, _ZIO = "Pekko HTTP", "Akka HTTP", "http4s", "ZIO HTTP"

CATALOG: Catalog = {
    "pekko-http": entries((K.FRAMEWORK, _PEKKO)),
    "akka-http": entries((K.FRAMEWORK, _AKKA)),
    **dict.fromkeys(
        (
            "http4s-ember-server",
            "http4s-blaze-server",
            "http4s-netty-server",
            "http4s-jetty-server",
            "http4s-server",
        ),
        entries((K.FRAMEWORK, _HTTP4S)),
    ),
    "zio-http": entries((K.FRAMEWORK, _ZIO)),
    # Scalatra 3 is built for one servlet API or the other.
    **dict.fromkeys(
        ("scalatra", "scalatra-javax", "scalatra-jakarta"), entries((K.FRAMEWORK, "Scalatra"))
    ),
    "finatra-http-server": entries((K.FRAMEWORK, "Finatra")),
    "finatra-http": entries((K.FRAMEWORK, "Finatra")),
    "play": entries((K.FRAMEWORK, "Play")),
    "play-server": entries((K.FRAMEWORK, "Play")),
    # Cask: Li Haoyi's Flask-like framework (`object App extends cask.MainRoutes`).
    "cask": entries((K.FRAMEWORK, "Cask")),
    # Tapir's endpoints are served by the server its interpreter names.
    "tapir-pekko-http-server": entries((K.FRAMEWORK, _PEKKO)),
    "tapir-akka-http-server": entries((K.FRAMEWORK, _AKKA)),
    "tapir-http4s-server": entries((K.FRAMEWORK, _HTTP4S)),
    "tapir-zio-http-server": entries((K.FRAMEWORK, _ZIO)),
    "slick": entries((K.ORM, "Slick")),
    # Slick with blocking calls (takezoe's blocking-slick), over Slick's own profiles.
    "blocking-slick": entries((K.ORM, "Slick")),
    "play-slick": entries((K.ORM, "Slick")),
    "doobie-core": entries((K.QUERY, "Doobie")),
    "doobie-postgres": entries((K.QUERY, "Doobie"), (K.DATABASE, "PostgreSQL")),
    "quill-jdbc": entries((K.QUERY, "Quill")),
    "quill-jdbc-zio": entries((K.QUERY, "Quill")),
    "quill-sql": entries((K.QUERY, "Quill")),
    "quill-jasync-postgres": entries((K.QUERY, "Quill"), (K.DATABASE, "PostgreSQL")),
    "scalikejdbc": entries((K.QUERY, "ScalikeJDBC")),
    "anorm": entries((K.QUERY, "Anorm")),
    # Squeryl: a Scala ORM of typed table objects (`object Schema extends
    # org.squeryl.Schema`) over JDBC, any engine its adapter names.
    "squeryl": entries((K.ORM, "Squeryl")),
    # Skunk speaks PostgreSQL's protocol and no other.
    "skunk-core": entries((K.QUERY, "Skunk"), (K.DATABASE, "PostgreSQL")),
    "slick-pg": entries((K.DATABASE, "PostgreSQL")),
    **{artifact: entries((K.DATABASE, engine)) for _, artifact, engine in JDBC_DRIVERS},
    **{artifact: entries((K.DATABASE, engine)) for _, artifact, engine in CLIENT_DRIVERS},
    # MongoDB's own Scala driver, ReactiveMongo (and Play's module of it), and HMRC's
    # hmrc-mongo (`PlayMongoRepository` over the driver), built for one Play release
    # (`s"hmrc-mongo-$playVer"`, `playVer = "play-30"`); its work-item queue and metrix
    # modules depend on hmrc-mongo's own and are often the only one a build names.
    "mongo-scala-driver": entries((K.QUERY, "mongo-scala-driver"), (K.DATABASE, "MongoDB")),
    "reactivemongo": entries((K.QUERY, "ReactiveMongo"), (K.DATABASE, "MongoDB")),
    "play2-reactivemongo": entries((K.QUERY, "ReactiveMongo"), (K.DATABASE, "MongoDB")),
    **dict.fromkeys(
        (
            "hmrc-mongo",
            *(
                f"hmrc-mongo-{module}play-{n}"
                for module in ("", "work-item-repo-", "metrix-")
                for n in (28, 29, 30)
            ),
        ),
        entries((K.QUERY, "hmrc-mongo"), (K.DATABASE, "MongoDB")),
    ),
    "flyway-core": entries((K.MIGRATIONS, "Flyway")),
    "redis4cats-effects": entries((K.CACHE, "Redis")),
    "rediscala": entries((K.CACHE, "Redis")),
    "kafka-clients": entries((K.BROKER, "Kafka")),
    "fs2-kafka": entries((K.BROKER, "Kafka")),
    "pekko-connectors-kafka": entries((K.BROKER, "Kafka")),
    "akka-stream-kafka": entries((K.BROKER, "Kafka")),
    "scalatest": entries((K.TEST, "ScalaTest")),
    # HMRC's test bootstrap for Play services, one per Play release (`bootstrap-test-play-30`):
    # it brings ScalaTest and scalatestplus-play, and is often a build's only test declaration,
    # its specs extending a helper of the suite that imports ScalaTest (`extends TestUtil`).
    **dict.fromkeys(
        (f"bootstrap-test-play-{n}" for n in (26, 27, 28, 29, 30)),
        entries((K.TEST, "ScalaTest")),
    ),
    **dict.fromkeys(
        (
            "scalatestplus-play",
            "scalatra-scalatest",
            "scalatra-scalatest-javax",
            "scalatra-scalatest-jakarta",
        ),
        entries((K.TEST, "ScalaTest")),
    ),
    "specs2-core": entries((K.TEST, "specs2")),
    "munit": entries((K.TEST, "MUnit")),
    "zio-test": entries((K.TEST, "ZIO Test")),
    "utest": entries((K.TEST, "uTest")),
    "weaver-cats": entries((K.TEST, "weaver")),
    # elastic4s, the Scala client of Elasticsearch, in its core and one module per HTTP client.
    **dict.fromkeys(
        (
            "elastic4s-core",
            "elastic4s-client-esjava",
            "elastic4s-client-http4s",
            "elastic4s-client-sttp",
            "elastic4s-client-akka",
            "elastic4s-client-pekko",
        ),
        entries((K.DATABASE, "Elasticsearch")),
    ),
}

_SEARCH_CLIENTS = frozenset(
    {
        ("org.elasticsearch.client", "transport"),
        ("org.elasticsearch.client", "elasticsearch-rest-high-level-client"),
        ("co.elastic.clients", "elasticsearch-java"),
    }
)
"""Group and artifact of Elasticsearch's Java clients (the transport client, the high-level
REST client, the Java API client), whose artifact alone (`transport`) names nothing."""

GLUE = frozenset(
    {
        "play-slick",
        "play2-reactivemongo",
        "blocking-slick",
        *(f"scalatra-scalatest{s}" for s in ("", "-javax", "-jakarta")),
        *(f"bootstrap-test-play-{n}" for n in (26, 27, 28, 29, 30)),
        *(f"tapir-{s}-server" for s in ("pekko-http", "akka-http", "http4s", "zio-http")),
    }
)
"""Integrations whose release is not the integrated tool's: Play's and blocking-slick's of
Slick, Scalatra's and HMRC's test bootstrap's of ScalaTest, Tapir's interpreters of the server
they run on (Tapir 0.17 on http4s 0.21)."""

PLAY_PLUGIN_GROUPS = frozenset({"org.playframework", "com.typesafe.play"})
"""Groups of Play's sbt plugin (`addSbtPlugin("org.playframework" % "sbt-plugin" % "3.0.5")`):
the build is a Play application, at the plugin's release."""

_SCALA = (".scala",)
_CONF = ("application.conf", "production.conf", "prod.conf")
"""HOCON settings of an application (Typesafe Config's `application.conf`)."""

_ENGINES = (
    ("postgresql", "Postgres", "PostgreSQL"),
    ("mysql", "MySQL", "MySQL"),
    ("mariadb", "MySQL", "MariaDB"),
    ("h2", "H2", "H2"),
    ("sqlite", "SQLite", "SQLite"),
)
"""JDBC scheme, Slick profile stem, engine."""

RULES: tuple[SourceRule, ...] = (
    # The program binding its server: Pekko's and Akka's `Http()`, http4s' server builders,
    # ZIO HTTP's `Server`, Finatra's `HttpServer`, Scalatra's servlets, Play's controllers.
    rule(
        K.FRAMEWORK,
        _PEKKO,
        r"^import[ \t]+org\.apache\.pekko\.http\.scaladsl\.(?:Http\b|\{[^}\n]*\bHttp\b)",
        endings=_SCALA,
    ),
    rule(
        K.FRAMEWORK,
        _AKKA,
        r"^import[ \t]+akka\.http\.scaladsl\.(?:Http\b|\{[^}\n]*\bHttp\b)",
        endings=_SCALA,
    ),
    rule(
        K.FRAMEWORK,
        _HTTP4S,
        r"\b(?:EmberServerBuilder|BlazeServerBuilder|NettyServerBuilder)\b",
        endings=_SCALA,
    ),
    rule(K.FRAMEWORK, _ZIO, r"^import[ \t]+zio\.http\.", endings=_SCALA),
    rule(K.FRAMEWORK, "Finatra", r"\bextends[ \t]+HttpServer\b", endings=_SCALA),
    rule(K.FRAMEWORK, "Cask", r"\bextends[ \t]+cask\.Main(?:Routes)?\b", endings=_SCALA),
    rule(K.FRAMEWORK, "Scalatra", r"\bextends[ \t]+Scalatra(?:Servlet|Filter)\b", endings=_SCALA),
    rule(
        K.FRAMEWORK,
        "Play",
        r"\bextends[ \t]+(?:AbstractController|BaseController|InjectedController)\b",
        endings=_SCALA,
    ),
    rule(
        K.ORM,
        "Slick",
        # Imported inside the trait a code generator writes (`trait Tables { import
        # slick.jdbc.{GetResult => GR}`), or from Slick 3.1's `slick.driver` before it
        # became `slick.jdbc`.
        r"^[ \t]*import[ \t]+slick\.(?:jdbc|lifted|driver)\.|\bslick\.jdbc\.\w+Profile\b",
        endings=_SCALA,
    ),
    rule(K.QUERY, "Doobie", r"^import[ \t]+doobie\.", endings=_SCALA),
    rule(K.QUERY, "Quill", r"^import[ \t]+io\.getquill\.", endings=_SCALA),
    rule(K.QUERY, "ScalikeJDBC", r"^import[ \t]+scalikejdbc\.", endings=_SCALA),
    rule(K.QUERY, "Anorm", r"^import[ \t]+anorm\.", endings=_SCALA),
    rule(K.QUERY, "Skunk", r"^import[ \t]+skunk\.", endings=_SCALA),
    # The engine a JDBC URL of the application's settings names (`url = "jdbc:postgresql:db"`),
    # or the Slick profile it configures (`profile = "slick.jdbc.PostgresProfile$"`) or
    # imports (`import slick.jdbc.PostgresProfile.api._`).
    *(
        rule(K.DATABASE, engine, rf"\bjdbc:{scheme}:", names=_CONF)
        for scheme, _, engine in _ENGINES
    ),
    *(
        rule(K.DATABASE, engine, rf"\bslick\.jdbc\.{profile}Profile\b", names=_CONF)
        for _, profile, engine in _ENGINES
        if engine != "MariaDB"
    ),
    # The JDBC DataSource class a HOCON settings file gives the pool (`dataSourceClass =
    # "org.postgresql.ds.PGSimpleDataSource"`, Slick's and HikariCP's key): the driver's, so
    # the engine's, whatever the file's name (`docker.conf` beside `dev.conf`).
    *(
        rule(
            K.DATABASE,
            engine,
            rf"^[ \t]*dataSourceClass[ \t]*[=:][ \t]*\"?{package}",
            endings=(".conf",),
        )
        for package, engine in (
            (r"org\.postgresql\.ds\.", "PostgreSQL"),
            (r"com\.mysql\.(?:cj\.)?jdbc\.", "MySQL"),
            (r"org\.mariadb\.jdbc\.", "MariaDB"),
        )
    ),
    # MongoDB as the application's settings reach it: a connection string, or a `mongo`
    # block giving its host the server's port (`mongo { url { host = "localhost", port =
    # 27017 } }`) for a persistence library to connect with.
    rule(
        K.DATABASE,
        "MongoDB",
        r"\bmongodb(?:\+srv)?://|^[ \t]*mongo(?:db)?[ \t]*[{.][^\n]*(?:\n[^\n]*){0,12}?"
        r"\bport[ \t]*[=:][ \t]*27017\b",
        names=_CONF,
    ),
    # Code importing one profile's API is written for that engine; a profile it only extends
    # may be one of several it supports (one per engine, the default chosen by its URL).
    *(
        rule(
            K.DATABASE,
            engine,
            rf"^import[ \t]+slick\.jdbc\.{profile}Profile\.api\.",
            endings=_SCALA,
        )
        for _, profile, engine in _ENGINES
        if engine != "MariaDB"
    ),
    rule(K.TEST, "ScalaTest", r"^import[ \t]+org\.scalatest\.", endings=_SCALA),
    rule(K.TEST, "specs2", r"^import[ \t]+org\.specs2\.", endings=_SCALA),
    rule(K.TEST, "MUnit", r"\bextends[ \t]+munit\.|^import[ \t]+munit\.", endings=_SCALA),
    rule(K.TEST, "ZIO Test", r"\bextends[ \t]+ZIOSpec(?:Default)?\b", endings=_SCALA),
    rule(K.TEST, "weaver", r"^import[ \t]+weaver\.", endings=_SCALA),
    # A Play application written in Java (`javaCore`, `PlayJava`) tests in JUnit, which Play's
    # sbt plugin adds to every build (play-test): its Java test classes import it.
    rule(K.TEST, "JUnit", r"^import[ \t]+(?:static[ \t]+)?org\.junit\.", endings=(".java",)),
)

_DEPENDENCY = LazyPattern(
    r'(?:s?"(?P<group>[\w.${}-]+)"|\b(?P<group_val>[A-Za-z_]\w*))\s*(?P<cross>%{1,3})\s*'
    r's?"(?P<artifact>[\w.${}-]+)"\s*%\s*(?P<version>"[^"]*"|[A-Za-z_][\w.]*)'
    r'(?P<configurations>(?:\s*%\s*(?:"[^"]*"|[A-Za-z_][\w.]*))*)'
)
"""`"group" %% "artifact" % version`, then its configurations (`% Test`, `% "it,test"`); the
group may be a val or interpolate one (`hmrc %% …`, `s"$hmrc.mongo" %% …`), the artifact may
interpolate a val (`s"hmrc-mongo-$playVer"`)."""
_INTERPOLATED = LazyPattern(r"\$\{?(\w+)\}?")
_MAPPED_LIST = LazyPattern(
    r'\b(?:List|Seq)[ \t]*\((?P<body>(?:\s*s?"[\w.${}-]+"\s*%%?\s*s?"[\w.${}-]+"\s*,?)+\s*)\)'
    r'\s*\.map[ \t]*\([ \t]*_[ \t]*%[ \t]*(?P<version>"[^"\n]*"|[A-Za-z_][\w.]*)[ \t]*\)'
)
"""A list of modules with no version, given one by a map over it (`List("org.http4s" %%
"http4s-dsl", "org.http4s" %% "http4s-blaze-server").map(_ % Http4sVersion)`)."""
_UNVERSIONED = LazyPattern(r'"[\w.${}-]+"\s*%%?\s*s?"[\w.${}-]+"(?!\s*%)')
_NAMED_DEPENDENCY = LazyPattern(
    r'^\s*(?:(?:private|protected|final|lazy)\s+)*val\s+\w+(?:\s*:\s*\w+)?\s*=\s*s?"[^"]*"\s*%'
)
"""A val naming one dependency (`val weaver = "org.typelevel" %% "weaver-cats" % "0.13.0"`)."""
_HELPER = LazyPattern(
    r"^\s*(?:(?:private|protected|final)\s+)*def\s+(?P<name>\w+)\s*\(\s*(?P<param>\w+)\s*:"
    r"\s*String\s*\)\s*(?::\s*\w+\s*)?=\s*(?P<body>.*\$\{?(?P=param)\b.*)$"
)
"""A helper of the build naming one module of a family by its suffix (`def http4s(artifact:
String) = "org.http4s" %% s"http4s-$artifact" % V.http4s`)."""
_TEST_CONFIGURATION = LazyPattern(r'%\s*(?:Test|IntegrationTest|"[\w,-]*(?:test|it)[\w,-]*")\b')
_VAL = LazyPattern(
    r'^\s*(?:(?:private|protected|final|lazy)\s+)*val\s+(\w+)(?:\s*:\s*String)?\s*=\s*"([^"$]+)"'
)
_OBJECT = LazyPattern(r"^\s*(?:case\s+)?object\s+(\w+)")
_NAME = LazyPattern(r'^\s*(?:ThisBuild\s*/\s*)?name\s*:=\s*"([^"]+)"')
_SCALA_VERSION = LazyPattern(r'^\s*(?:ThisBuild\s*/\s*)?scalaVersion\s*:=\s*("[^"]+"|[\w.]+)')
_PUBLISHED = LazyPattern(
    # Leading blanks stay on the line: `^\s*` from every line start ran over all the blank
    # lines below it (a file of blank lines took quadratic time).
    r"^[^\S\n]*(?:ThisBuild\s*/\s*)?(?:publishTo|publishMavenStyle|crossScalaVersions)\b"
    # Not a resolver's (`resolvers += Resolver.sonatypeRepo("snapshots")`, `"Sonatype" at
    # "https://oss.sonatype.org/…"` in a list of resolvers): an application reads
    # dependencies from Sonatype too; only a library publishes there.
    r"|^(?![^\S\n]*resolvers\b)(?![^\n]*\bat[ \t]+\"[^\"\n]*sonatype)[^\n]*?"
    r"(?<![Rr]esolver\.)\bsonatype",
    re.MULTILINE,
)
"""A build that publishes its artifacts (to Maven Central through Sonatype), or builds them
for several Scala versions: a library's."""
_PACKAGED = LazyPattern(
    r"\bmainClass\b|\bassembly\b|\breStart\b|\bdocker\w*\s*:=|enablePlugins\([^)\n]*\b"
    r"(?:JavaAppPackaging|JavaServerAppPackaging|DockerPlugin|AshScriptPlugin|PlayScala|PlayJava"
    r"|PlayService|PlayMinimalJava)\b",
    re.MULTILINE,
)
"""A build that packages a program: a main class, a fat jar (sbt-assembly), a native-packager
or Play application."""
_MAIN_CLASS = LazyPattern(
    r"\bmainClass\b[^\n]*:=[ \t]*Some[ \t]*\(|enablePlugins\([^)\n]*\bJavaServerAppPackaging\b"
)
"""A project's main class (`Compile / mainClass := Some("org.acme.Worker")`), or the
native packager's server archetype it enables (`.enablePlugins(JavaServerAppPackaging)`: a
program packaged to run as a server, with its start scripts and service user), which finds the
main class itself."""
_OVERRIDABLE = LazyPattern(
    r'\bOption\(\s*(?:System\.getProperty|System\.getenv|sys\.props|sys\.env)\(\s*"[^"]*"\s*\)\s*\)'
    r'\s*\.getOrElse\(\s*("[^"]*")\s*\)'
    r'|\bsys\.(?:props|env)\.get\(\s*"[^"]*"\s*\)\s*\.getOrElse\(\s*("[^"]*")\s*\)'
    r'|\bSystem\.getProperty\(\s*"[^"]*"\s*,\s*("[^"]*")\s*\)'
    r'|\bsys\.(?:props|env)\.getOrElse\(\s*"[^"]*"\s*,\s*("[^"]*")\s*\)'
)
"""A version a build lets its runner override from a system property or the environment
(`% Option(System.getProperty("play.version")).getOrElse("2.2.2")`, `sys.props.getOrElse(…,
"2.2.2")`): nothing sets it on an ordinary build, so the default is the version it builds."""
_LAMBDA_RUNTIME = LazyPattern(r'"aws-lambda-java-(?:core|events)"')
"""AWS Lambda's Java runtime interface (`RequestHandler`) or its event types, declared by a
project (`"com.amazonaws" % "aws-lambda-java-core"`): a function the Lambda service invokes."""
_PLAY_PLUGIN = LazyPattern(
    r"enablePlugins\([^)\n]*\b(?:play\.sbt\.)?Play(?:Scala|Java|Service|MinimalJava)\b"
)
"""A project enabling Play's sbt plugin: a Play application."""
_PLAY_KEYS: Catalog = {"javaebean": entries((K.ORM, "Ebean")), "anorm": entries((K.QUERY, "Anorm"))}
"""Library keys Play 2.0-2.3's sbt plugin defines (`libraryDependencies ++= Seq(javaCore,
javaEbean)`): the module each brings, named without group or version."""
_PLAY_KEY = LazyPattern(r'(?<![\w"$.-])(javaEbean|anorm)\b(?![\w"-])')
_PLAY_EBEAN = LazyPattern(r"enablePlugins\([^)\n]*\b(PlayEbean)\b")
"""A project enabling the Play Ebean plugin (`.enablePlugins(PlayJava, PlayEbean)`, added by
`sbt-play-ebean` in project/plugins.sbt): the plugin puts Ebean on the application's classpath
and enhances its models, so no `libraryDependencies` line names Ebean. A plugin only added
(Play's templates ship the line, commented or not) enhances nothing: the enabling says it."""
_PLAY_EBEAN_KEYS: Catalog = {"playebean": entries((K.ORM, "Ebean"))}
_SUFFIX = LazyPattern(r"_(?:2\.1[0-3]|3)$")
"""A cross-built artifact's Scala suffix (`oci-tools-scala_2.13`)."""


def is_manifest(name: str, parent: str) -> bool:
    """Whether the file is an sbt build file (`build.sbt`, `project/plugins.sbt`) or a Scala
    file of the build definition (`project/Dependencies.scala`)."""
    return name.endswith(".sbt") or (parent == "project" and name.endswith(".scala"))


def parse(
    lines: Lines,
    outside: sbt_projects.Helpers | None = None,
    methods: sbt_project_methods.Methods | None = None,
) -> ManifestResult:
    """Read an sbt build file line by line (it is Scala code; it is never run); `outside` are
    the helpers making projects that other files of the build define, `methods` the methods
    they add to `Project` (`sbt_units`)."""
    result = ManifestResult(language=LANGUAGE)
    folder, name = posixpath.split(lines.path)
    if posixpath.basename(folder) == "project":
        # Part of the build of the folder above: that folder's project, not one of its own.
        result.written_as = f"project/{name}"
    # The `libraryDependencies` of an .sbt file under `project/` are the build definition's
    # own classpath (the JDBC driver a code-generating plugin connects with), not the
    # application's; only the plugins it adds (`addSbtPlugin`) say what the build makes.
    meta = posixpath.basename(folder) == "project" and name.endswith(".sbt")
    objects: list[tuple[str, int]] = []
    depth = 0
    values: dict[str, str] = {}
    helpers: dict[str, tuple[str, str]] = {}
    # The lines defining a project of a folder below the build's declare that folder's
    # dependencies and name (`lazy val server = (project in file("server")).settings(…)`).
    owners = [result] * len(lines.lines)
    for start, end, folder in sbt_projects.blocks(lines.lines, outside):
        if folder != "." and not folder.startswith(".."):
            project = result.projects.setdefault(folder, ManifestResult(language=LANGUAGE))
            owners[start:end] = [project] * (end - start)
    # A helper making projects (`def playProject(name: String) = Project(name, file(…))`):
    # what its lines declare, each project it makes declares.
    shared: list[list[ManifestResult]] = [[] for _ in lines.lines]
    # So do a val of settings the projects list by name (`lazy val commonSettings = Seq(…)`).
    made_by = [
        *sbt_projects.helper_blocks(lines.lines, outside),
        *sbt_projects.settings_blocks(lines.lines, outside),
    ]
    for start, end, folders in made_by:
        made = [result.projects[f] for f in folders if f in result.projects]
        if made:
            owners[start:end] = [made[0]] * (end - start)
            shared[start:end] = [made[1:]] * (end - start)
    mapped = _mapped_versions(lines.text)
    for index, line in enumerate(lines.lines):
        owner = owners[index]
        code = line.split("//", 1)[0]
        if index in mapped:
            # `"org.http4s" %% "http4s-dsl",` of a list given its version by `.map(_ % V)`.
            code = _UNVERSIONED.sub(lambda m, v=mapped[index]: f"{m.group(0)} % {v}", code)
        while objects and depth < objects[-1][1]:
            objects.pop()
        opened = _OBJECT.match(code)
        if opened and "{" in code:
            objects.append((opened.group(1), depth + 1))
        depth += code.count("{") - code.count("}")
        val = _VAL.match(code)
        # `val weaver = "org.typelevel" %% "weaver-cats" % "0.13.0"` names a dependency (a
        # project's settings list it by name), not a string value.
        if val and not code[val.end() :].lstrip().startswith("%"):
            values[val.group(1)] = val.group(2)
            if objects:
                values[".".join((*(o for o, _ in objects), val.group(1)))] = val.group(2)
            continue
        named = _NAME.match(code)
        if named and not owner.name:
            owner.name = named.group(1)
        scala = _SCALA_VERSION.match(code)
        if scala and not result.language_version:
            result.language_version = scala.group(1)
            result.version_evidence = lines.evidence(line.strip(), index)
        helper = _HELPER.match(code)
        if helper:
            # Its body is no dependency of its own; each call below declares one.
            helpers[helper.group("name")] = (helper.group("param"), helper.group("body"))
            continue
        expanded = _OVERRIDABLE.sub(
            lambda m: next(g for g in m.groups() if g), _expand_calls(code, helpers)
        )
        if meta and "addSbtPlugin" not in code and "sbt-plugin" not in code:
            continue
        for target in (owner, *shared[index]):
            named = len(target.signals), target.runtime_dependencies
            for found in _DEPENDENCY.finditer(expanded):
                _dependency(target, lines, index, found, values)
            if _NAMED_DEPENDENCY.match(expanded):
                # A dependency a val names is one only where the build lists that val: held
                # until `sbt_vals.release` finds it referenced.
                target.held += target.signals[named[0] :]
                target.signals = target.signals[: named[0]]
                target.runtime_dependencies = named[1]
            for key in _PLAY_KEY.finditer(code):
                evidence = lines.evidence(key.group(1), index)
                target.signals += dependency_signals(_PLAY_KEYS, key.group(1), "", False, evidence)
            for key in _PLAY_EBEAN.finditer(code):
                evidence = lines.evidence(key.group(1), index)
                target.signals += dependency_signals(
                    _PLAY_EBEAN_KEYS, key.group(1), "", False, evidence
                )
    result.properties = values
    # A library build (it publishes, packages no program) serves nothing of its own, whatever
    # server it depends on (an http4s middleware, a Pekko HTTP directive library).
    result.library = bool(_PUBLISHED.search(lines.text)) and not _PACKAGED.search(lines.text)
    if result.language_version.startswith('"'):
        result.language_version = result.language_version.strip('"')
    elif result.language_version:
        # `scalaVersion := V.scala`: the val's value, here or in another file of the build.
        reference, result.language_version = result.language_version, ""
        evidence = result.version_evidence or lines.evidence(reference)
        result.pending.append(("language", reference, False, evidence))
    _apply(result, values)
    published = bool(_PUBLISHED.search(lines.text))
    # A project an application of the build depends on (`.dependsOn(commonLib)`) packaging
    # nothing itself is that application's library, whatever server it depends on.
    depended = sbt_projects.depended_on(lines.lines, _PACKAGED, outside, methods)
    needs = sbt_projects.dependencies(lines.lines, outside)
    # A project defined for the build's own folder (`project in file(".")`, a Play app at the
    # root beside its `common` module) runs with the projects it depends on as any other.
    if own := needs.get("."):
        result.uses = sorted({*result.uses, *(":" + f.replace("/", ":") for f in own)})
    for folder, project in result.projects.items():
        text = "\n".join(
            line
            for line, o, more in zip(lines.lines, owners, shared, strict=True)
            if o is project or project in more
        )
        # The plugins it enables through a val of the build (`.enablePlugins(plugins: _*)`)
        # are read as if its own `enablePlugins(…)` listed them.
        listed = sbt_plugin_vals.enabled(text, lines.text)
        spelt = "\n".join([text, *(t for _, t in listed)])
        # So are the bodies of the build's `Project` methods it calls
        # (`.withExecutableSettings(…)` enabling a packager).
        spelt = sbt_project_methods.spelt(spelt, methods)
        project.library = (published or folder in depended) and not _PACKAGED.search(spelt)
        # The projects it depends on are modules of the build it runs with, named as a
        # module's project path (`build_modules`): their data layer is lent to it.
        project.uses = sorted(":" + f.replace("/", ":") for f in needs.get(folder, ()))
        # A project naming its main class packages that program: an application of the build
        # (where it serves), not a library, though the code binding its server is not read.
        project.deployable = bool(_MAIN_CLASS.search(text))
        # A project on Lambda's runtime interface naming no web framework is a function the
        # Lambda service invokes with its events (its fat jar's main class the handler's
        # home): no server of its own (HELDOUT: Lambdas are not backends).
        project.event_function = bool(_LAMBDA_RUNTIME.search(text)) and not any(
            s.kind is K.FRAMEWORK for s in project.signals
        )
        play = _PLAY_PLUGIN.search(text)
        if play:
            needle = play.group(0)
            index = lines.text.count("\n", 0, lines.text.find(needle))
        else:
            # Or through a val of the build: the evidence is the line listing it.
            found = [(i, m) for i, t in listed if (m := _PLAY_PLUGIN.search(t))]
            index, play = found[0] if found else (0, None)
            needle = lines.lines[index].strip()
        if play and not any(s.name == "Play" for s in project.signals):
            # Play's sbt plugin, which the build adds in project/plugins.sbt, enabled for this
            # project: a Play application, at the plugin's release (`sbt_units`).
            evidence = lines.evidence(needle, index)
            project.signals += dependency_signals(
                {"sbt-plugin": entries((K.FRAMEWORK, "Play"))}, "sbt-plugin", "", False, evidence
            )
        project.language_version = result.language_version
        project.version_evidence = result.version_evidence
        _apply(project, values)
    return result


def _mapped_versions(text: str) -> dict[int, str]:
    """Line index → the version a list of unversioned modules is given by a map over it
    (`List("org.http4s" %% "http4s-dsl", …).map(_ % Http4sVersion)`), for its lines."""
    found: dict[int, str] = {}
    if ".map" not in text:
        return found
    for match in _MAPPED_LIST.finditer(text):
        first = text.count("\n", 0, match.start("body"))
        last = text.count("\n", 0, match.end("body"))
        for index in range(first, last + 1):
            found[index] = match.group("version")
    return found


def _expand_calls(code: str, helpers: dict[str, tuple[str, str]]) -> str:
    """`code` with each call of a helper of the build (`http4s("ember-server")`) written out
    as the dependency its body declares (`"org.http4s" %% s"http4s-ember-server" % V.http4s`):
    the module is the family's, named by the argument."""
    for name, (param, body) in helpers.items():
        if f"{name}(" not in code:
            continue
        code = re.sub(
            rf'(?<![\w.]){re.escape(name)}\(\s*"([\w.-]+)"\s*\)',
            lambda m, p=param, b=body: re.sub(rf"\$\{{?{p}\b\}}?", m.group(1), b),
            code,
        )
    return code


def _dependency(
    result: ManifestResult,
    lines: Lines,
    index: int,
    found: re.Match[str],
    values: dict[str, str],
) -> None:
    # A val the artifact interpolates, defined above it in the file (`s"hmrc-mongo-$playVer"`
    # with `val playVer = "play-30"`); one defined elsewhere is left out with its dash.
    def interpolate(text: str) -> str:
        return _INTERPOLATED.sub(lambda m: values.get(m.group(1), ""), text)

    written = found.group("artifact")
    artifact = _SUFFIX.sub("", interpolate(written).strip("-").lower())
    group = interpolate(found.group("group") or "") or values.get(found.group("group_val"), "")
    version, configurations = found.group("version"), found.group("configurations")
    dev = bool(_TEST_CONFIGURATION.search(configurations))
    evidence = lines.evidence(written, index)
    if evidence.line is None:
        # Written out from a helper's call: the call's line is the evidence.
        evidence = lines.evidence(lines.lines[index].strip(), index)
    if version.startswith('"'):
        version = version.strip('"')
    else:
        result.pending.append(("version", f"{artifact}={version}", dev, evidence))
        version = ""
    if artifact == "sbt-plugin":
        if group in PLAY_PLUGIN_GROUPS:
            result.signals += dependency_signals(
                {"sbt-plugin": entries((K.FRAMEWORK, "Play"))}, artifact, version, dev, evidence
            )
        return
    if not dev:
        result.runtime_dependencies += 1
    if not dev and (group, artifact) in _SEARCH_CLIENTS:
        # Elasticsearch's own Java clients, which the JVM catalogue leaves to Spring Data's
        # starter: a Scala service calling them keeps its indices there (elastic4s's shape).
        result.signals += dependency_signals(
            {artifact: entries((K.DATABASE, "Elasticsearch"))}, artifact, version, dev, evidence
        )
        return
    if artifact not in CATALOG and found.group("cross") == "%":
        # A Java library (`"com.linecorp.armeria" % "armeria" % "1.28.4"`, no Scala suffix):
        # what the JVM catalogue says of its Maven coordinate. Imported here: that catalogue
        # reads this one's Scala entries.
        from designer.detect.ecosystems.jvm_catalog import classify, typed

        result.signals += typed(classify(group, artifact), artifact, version, dev, evidence)
        return
    result.signals += dependency_signals(CATALOG, artifact, version, dev, evidence, GLUE)


def _apply(result: ManifestResult, values: dict[str, str]) -> None:
    """Give the signals whose version is a val's name (`% pekkoHttpVersion`, `% V.http4s`)
    the val's value, when `values` has it; what is left waits for `resolve`."""
    left = []
    for entry in result.pending:
        kind, key, _, evidence = entry
        artifact, _, reference = key.rpartition("=")
        value = values.get(reference) or values.get(reference.rsplit(".", 1)[-1], "")
        if not value:
            left.append(entry)
        elif kind == "language":
            result.language_version = value
        else:
            result.signals, result.held = (
                [
                    s.replace(version=value)
                    if s.package == artifact and not s.version and s.evidence == evidence
                    else s
                    for s in signals
                ]
                for signals in (result.signals, result.held)
            )
    result.pending = left


def resolve(result: ManifestResult, folder: str, builds: Any) -> None:
    """Resolve the versions left to vals of the build's other files (`project/*.scala`)."""
    build = posixpath.dirname(folder) if posixpath.basename(folder) == "project" else folder
    values = builds.nearest(builds.sbt_values, build or ".")
    if values:
        _apply(result, values)
