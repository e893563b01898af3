"""Clojure: the Clojure CLI's `deps.edn` and Leiningen's `project.clj`, and the code and
settings that prove clojure.test, Kaocha, Midje and the engine a JDBC URL names.

A dependency is a Maven coordinate, `group/artifact` (a bare `ring` is `ring/ring`): in
deps.edn a key of `:deps` mapped to `{:mvn/version "…"}` (or a git or local coordinate), in
project.clj a vector of `:dependencies` (`[ring/ring-core "1.9.6"]`). What an alias of
deps.edn or a profile of project.clj adds (`:test`, `:dev`, `:build`) is development tooling.

A project is an application when it names the program it runs: project.clj's `:main`,
lein-ring's `:ring {:handler …}` or an uberjar it builds (`:uberjar-name`, an `:uberjar`
profile compiling the main namespace ahead of time), a deps.edn alias running a namespace of
the project's own (`:main-opts ["-m" "app.cli"]` with no dependency of the alias to run:
kaocha's, nREPL's and cljfmt's runners come with the alias), or a build script making an
uberjar (`b/uber`). Any other is a library another program loads, never a backend.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from designer.detect.ecosystems.jdbc import CLIENT_DRIVERS, JDBC_DRIVERS
from designer.detect.signals import (
    Catalog,
    LazyPattern,
    Lines,
    ManifestResult,
    Signal,
    SourceRule,
    Strength,
    dependency_signals,
    entries,
    rule,
)
from designer.model.stack import FindingKind as K

LANGUAGE = "Clojure"

_JDBC_LAYERS = ("next.jdbc", "clojure.java.jdbc")
_COMPOJURE_API = "metosin/compojure-api"

CATALOG: Catalog = {
    **dict.fromkeys(
        ("io.pedestal/pedestal.service", "io.pedestal/pedestal.http"),
        entries((K.FRAMEWORK, "Pedestal")),
    ),
    "io.pedestal/pedestal.jetty": entries((K.FRAMEWORK, "Pedestal"), (K.SERVER, "Jetty")),
    **dict.fromkeys(("ring/ring", "ring/ring-core"), entries((K.FRAMEWORK, "Ring"))),
    **dict.fromkeys(
        ("ring/ring-jetty-adapter", "info.sunng/ring-jetty9-adapter"),
        entries((K.FRAMEWORK, "Ring"), (K.SERVER, "Jetty")),
    ),
    "http-kit/http-kit": entries((K.SERVER, "http-kit")),
    # yetti: a Ring adapter over Undertow.
    "funcool/yetti": entries((K.SERVER, "Undertow")),
    "compojure/compojure": entries((K.FRAMEWORK, "Compojure")),
    # compojure-api: Compojure's routing macros with schemas and Swagger (`compojure.api.sweet`),
    # bringing Compojure and Ring undeclared. Only where compojure itself is not declared
    # (`_COMPOJURE_API`), and only over no declared Ring (`clojure_lent_routers`).
    _COMPOJURE_API: entries((K.FRAMEWORK, "Compojure")),
    # Noir: pages defined by `defpage` on a server it starts itself, built on Compojure and Ring.
    "noir/noir": entries((K.FRAMEWORK, "Noir")),
    # yada: web resources described as data, served by its own aleph listener (`yada/lean` is
    # its distribution without the optional extras).
    **dict.fromkeys(("yada/yada", "yada/lean"), entries((K.FRAMEWORK, "yada"))),
    **dict.fromkeys(("metosin/reitit", "metosin/reitit-ring"), entries((K.FRAMEWORK, "reitit"))),
    # Kit and Luminus generate a reitit (Luminus: also Compojure) application on Ring.
    "io.github.kit-clj/kit-core": entries((K.FRAMEWORK, "Kit")),
    "luminus-jetty/luminus-jetty": entries((K.FRAMEWORK, "Luminus"), (K.SERVER, "Jetty")),
    "luminus-undertow/luminus-undertow": entries((K.FRAMEWORK, "Luminus"), (K.SERVER, "Undertow")),
    "luminus-http-kit/luminus-http-kit": entries((K.FRAMEWORK, "Luminus"), (K.SERVER, "http-kit")),
    **dict.fromkeys(
        ("com.github.seancorfield/next.jdbc", "seancorfield/next.jdbc"),
        entries((K.QUERY, "next.jdbc")),
    ),
    "org.clojure/java.jdbc": entries((K.QUERY, "clojure.java.jdbc")),
    **dict.fromkeys(
        ("com.github.seancorfield/honeysql", "honeysql/honeysql"),
        entries((K.QUERY, "HoneySQL")),
    ),
    "com.layerware/hugsql": entries((K.QUERY, "HugSQL")),
    # conman: a connection pool binding the queries of HugSQL's .sql files (`bind-connection`);
    # it brings HugSQL, which the code is written to, without the application declaring it.
    "conman/conman": entries((K.QUERY, "HugSQL")),
    # yesql: functions made of the queries of .sql files (`defqueries`), run through
    # clojure.java.jdbc.
    "yesql/yesql": entries((K.QUERY, "yesql")),
    # jeesql: a fork of yesql (functions made of the queries of .sql files, run through
    # clojure.java.jdbc).
    "webjure/jeesql": entries((K.QUERY, "jeesql")),
    **dict.fromkeys(("toucan/toucan", "io.github.camsaul/toucan2"), entries((K.ORM, "Toucan"))),
    **dict.fromkeys(
        (
            "com.datomic/peer",
            "com.datomic/datomic-pro",
            "com.datomic/datomic-free",
            "com.datomic/client-pro",
            "com.datomic/client-cloud",
            "com.datomic/local",
        ),
        entries((K.QUERY, "Datomic"), (K.DATABASE, "Datomic")),
    ),
    **dict.fromkeys(
        ("com.xtdb/xtdb-core", "com.xtdb/xtdb-api", "juxt/crux-core"),
        entries((K.QUERY, "XTDB"), (K.DATABASE, "XTDB")),
    ),
    **{
        f"{group}/{artifact}": entries((K.DATABASE, engine))
        for group, artifact, engine in JDBC_DRIVERS + CLIENT_DRIVERS
    },
    # Korma: an SQL DSL over JDBC (`defentity`, `select`), the layer the code queries with.
    "korma/korma": entries((K.QUERY, "Korma")),
    # congomongo: a MongoDB wrapper (`mongo!`, `fetch`, `insert!`) written to as the data layer.
    "congomongo/congomongo": entries((K.QUERY, "congomongo"), (K.DATABASE, "MongoDB")),
    # faraday: a DynamoDB client (`far/put-item`, `far/query`) written to as the data layer.
    "com.taoensso/faraday": entries((K.QUERY, "faraday"), (K.DATABASE, "DynamoDB")),
    # Monger: the MongoDB client written to as the data layer (no mapping beside it).
    "com.novemberain/monger": entries((K.QUERY, "Monger"), (K.DATABASE, "MongoDB")),
    # spandex: a thin client of Elasticsearch's REST API.
    "cc.qbits/spandex": entries((K.QUERY, "spandex"), (K.DATABASE, "Elasticsearch")),
    "com.taoensso/carmine": entries((K.CACHE, "Redis")),
    "lambdaisland/kaocha": entries((K.TEST, "Kaocha")),
    "midje/midje": entries((K.TEST, "Midje")),
    "speclj/speclj": entries((K.TEST, "speclj")),
}

ROUTERS: Catalog = {"metosin/reitit-core": entries((K.FRAMEWORK, "reitit"))}
"""Routers alone, which ClojureScript front ends use too: a project's framework only beside a
Ring server it declares (reitit-core's routes served by yetti or http-kit)."""

_CLJ = (".clj", ".cljc")
_CONFIG = (".edn",)

_ENGINES = (
    ("postgresql", "PostgreSQL"),
    ("mysql", "MySQL"),
    ("mariadb", "MariaDB"),
    ("sqlite", "SQLite"),
    ("h2", "H2"),
)
"""JDBC scheme (next.jdbc's `:dbtype`) → engine."""

_FARADAY = r"\[taoensso(?:\.faraday\b|\s+\[faraday\b)"
_FARADAY_FINDINGS = ((K.QUERY, "faraday"), (K.DATABASE, "DynamoDB"))

RULES: tuple[SourceRule, ...] = (
    # clojure.test ships with Clojure: a test namespace requiring it proves it (not
    # clojure.test.check, property testing run by it).
    rule(K.TEST, "clojure.test", r"\bclojure\.test\b(?![.\w-])", endings=("_test.clj",)),
    rule(K.TEST, "Midje", r"\bmidje\.sweet\b", endings=("_test.clj", "_facts.clj")),
    rule(K.TEST, "speclj", r"\[speclj\.core\b", endings=("_spec.clj",)),
    # A JVM namespace requiring reitit's router (`[reitit.core :as r]`): the server's routes
    # are built in code. Only `.clj`: ClojureScript front ends route with reitit too.
    rule(K.FRAMEWORK, "reitit", r"\[reitit\.(?:core|ring|http)\b", endings=(".clj",)),
    # A namespace requiring Compojure's routing macros (`[compojure.core :refer [GET POST]]`)
    # builds the server's routes with them, even where Compojure comes undeclared through a
    # library lending it (Duct's web module brings Compojure and Ring): no version is stated.
    # So do compojure-api's (`[compojure.api.sweet :refer [api GET]]`, `compojure.api.core`),
    # which bring Compojure undeclared.
    rule(
        K.FRAMEWORK,
        "Compojure",
        r"\[compojure\.(?:core|api\.(?:sweet|core))\b",
        endings=(".clj",),
    ),
    # A namespace starting a Ring adapter (`[ring.adapter.jetty :refer [run-jetty]]`) or
    # writing Ring responses (`[ring.util.response :as r]`) serves Ring handlers, even where a
    # shared library lends Ring undeclared (a company's service skeleton bringing the HTTP
    # server): the framework, at no stated version.
    rule(K.FRAMEWORK, "Ring", r"\[ring\.(?:adapter\.[\w-]+|util\.response)\b", endings=(".clj",)),
    # A namespace requiring faraday's client (`[taoensso.faraday :as far]`, or in a prefix
    # list `[taoensso [faraday :as far]]`), whatever group a fork of it is published under:
    # the data layer and DynamoDB.
    *(rule(kind, name, _FARADAY, endings=_CLJ) for kind, name in _FARADAY_FINDINGS),
    # The SQL-file query layers a namespace requires: with both declared (yesql's defqueries
    # in most namespaces, HugSQL's for one file), the one more namespaces use is the layer.
    rule(K.QUERY, "yesql", r"\[yesql\.core\b", endings=(".clj",)),
    rule(K.QUERY, "HugSQL", r"\[hugsql\.core\b", endings=(".clj",)),
    # A namespace requiring next.jdbc (`[next.jdbc :as jdbc]`, `[next.jdbc.sql :as sql]`)
    # runs its SQL through it, even where a shared library lends it undeclared (a company's
    # core library bringing the connection pool and next.jdbc with it).
    rule(K.QUERY, "next.jdbc", r"\[next\.jdbc(?![\w-])", endings=(".clj",)),
    # A namespace requiring XTDB's (formerly Crux's) API (`[xtdb.api :as xt]`) queries and
    # writes the store the program opens, even where a library lends XTDB undeclared (a
    # framework's `use-xt` component starting the node): the data layer and its engine.
    *(
        rule(kind, "XTDB", r"\[(?:xtdb|crux)\.api\b", endings=_CLJ)
        for kind in (K.QUERY, K.DATABASE)
    ),
    # A namespace requiring Datomic's peer or client API (`[datomic.api :as d]`) transacts
    # and queries the database the program connects to, even where Datomic is declared only in
    # an alias or profile choosing its edition (free, pro, cloud): the data layer and engine.
    *(
        rule(kind, "Datomic", r"\[datomic\.(?:api|client\.api)\b", endings=_CLJ)
        for kind in (K.QUERY, K.DATABASE)
    ),
    # clj-rethinkdb's query namespace (`[rethinkdb.query :as r]`), which a shared library may
    # lend undeclared: the program's tables are RethinkDB's.
    rule(K.QUERY, "clj-rethinkdb", r"\[rethinkdb\.query\b", endings=_CLJ),
    rule(K.DATABASE, "RethinkDB", r"\[rethinkdb\.query\b", endings=_CLJ),
    # Kaocha's configuration and its runner script.
    rule(K.TEST, "Kaocha", r"#kaocha/v1\b", names=("tests.edn",)),
    rule(K.TEST, "Kaocha", r"\bkaocha\.runner\b", names=("kaocha",)),
    # The engine a JDBC URL of the settings names (`"jdbc:sqlite:data/app.db"`), or
    # next.jdbc's database spec (`{:dbtype "postgresql" …}`).
    *(
        rule(K.DATABASE, engine, rf"\bjdbc:{scheme}:", endings=_CONFIG)
        for scheme, engine in _ENGINES
    ),
    *(
        rule(K.DATABASE, engine, rf':dbtype[ \t]+"{scheme}"', endings=(*_CLJ, *_CONFIG))
        for scheme, engine in _ENGINES
    ),
    # clojure.java.jdbc's older database spec (`{:subprotocol "postgresql" …}`), which
    # component libraries read under a `:db-` prefix (`:db-subprotocol "postgresql"`).
    *(
        rule(
            K.DATABASE, engine, rf':(?:db-)?subprotocol[ \t]+"{scheme}"', endings=(*_CLJ, *_CONFIG)
        )
        for scheme, engine in _ENGINES
    ),
)

_COMMENT = LazyPattern(r"(?:^|(?<=[\s\[\]{}()]));.*$", re.MULTILINE)
_COORDINATE = LazyPattern(
    r"(?<![\w.:/-])([A-Za-z][\w.-]*(?:/[\w.-]+)?)\s+\{\s*:(mvn/version|git/url|git/sha|git/tag"
    r"|local/root|sha)\s+\"([^\"]*)\""
)
"""A deps.edn coordinate (`io.pedestal/pedestal.jetty {:mvn/version "0.8.1"}`)."""
_VECTOR = LazyPattern(r"\[\s*([A-Za-z][\w.-]*(?:/[\w.-]+)?)\s+\"([^\"]*)\"")
"""A Leiningen dependency (`[ring/ring-core "1.9.6"]`)."""
_BARE = LazyPattern(r"\[\s*([A-Za-z][\w.-]*(?:/[\w.-]+)?)\s*(?=\]|:)")
"""A Leiningen dependency without its version (`[ring/ring-core]`, `[cheshire :exclusions […]]`),
which `:managed-dependencies` gives."""
_OWN_MAIN = LazyPattern(r":main-opts\s*\[\s*\"-m\"\s+\"([\w.-]+)\"")
_ALIAS_DEPS = LazyPattern(r":(?:extra-deps|replace-deps|deps)\s*\{")
_LEIN_MAIN = LazyPattern(r"^[^\S\n]*:main\s+(?:\^[:\w{} -]+\s+)?[\w.-]+", re.MULTILINE)
"""`:main` opening a line of project.clj. Its leading blanks stay on the line: blanks matched
from every line start across lines ran over all the blank lines below it (a file of blank lines
took quadratic time)."""
_LEIN_RING = LazyPattern(r":ring\s*\{[^}]*:handler\b")
_LEIN_UBERJAR = LazyPattern(r":uberjar-name\s+\"|:uberjar\s*\{[^{}]*:aot\b")
"""project.clj naming its standalone jar or compiling one ahead of time (`:profiles {:uberjar
{:aot [app.main]}}`, the namespace with `-main` that `java -jar` or a Dockerfile starts):
like tools.build's `b/uber`, a program's build, though no `:main` names the namespace."""
_UBER = LazyPattern(r"\(\s*b/uber\b")
_SEARCH_CLIENT = LazyPattern(
    r"^(?!org\.testcontainers/)[\w.-]+/(?:[\w.]+-)?elasticsearch(?:-[\w.-]+)?$"
)
"""A coordinate whose artifact names Elasticsearch (not Testcontainers' module of it)."""


def is_manifest(name: str, parent: str) -> bool:
    """Whether the file is a Clojure project: deps.edn, project.clj, or the tools.build
    script beside a deps.edn (`build.clj`, making the uberjar of an application)."""
    return name in ("deps.edn", "project.clj", "build.clj")


def parse(lines: Lines) -> ManifestResult:
    """Read a deps.edn, project.clj or build.clj as text (EDN and Clojure; never run)."""
    result = ManifestResult(language=LANGUAGE)
    text = _COMMENT.sub("", lines.text)
    name = lines.path.rsplit("/", 1)[-1]
    if name == "build.clj":
        # Only says whether the project is an application: an uberjar is a program's.
        result.library = not makes_uberjar(text)
        return result
    if name == "project.clj":
        runtime = _lein_dependencies(text)
        found = [(m, m.start() in runtime) for m in _VECTOR.finditer(text)]
        application = bool(
            _LEIN_MAIN.search(text) or _LEIN_RING.search(text) or _LEIN_UBERJAR.search(text)
        )
        head = re.match(r"\s*\(defproject\s+([\w.-]+(?:/[\w.-]+)?)", text)
        if head:
            result.name = head.group(1)
    else:
        aliases = _top_key(text, ":aliases")
        found = [
            (m, not (aliases[0] <= m.start() < aliases[1])) for m in _COORDINATE.finditer(text)
        ]
        application = _runs_its_own_main(text, aliases)
    routers: list[Signal] = []
    for match, run_time in found:
        if match.re.pattern == _VECTOR.pattern:
            version = match.group(2)
        else:
            # deps.edn's Maven version (a git sha is no release).
            version = match.group(3) if match.group(2) == "mvn/version" else ""
        routers += _dependency(
            result, lines, text, (match.group(1), version, match.start()), not run_time
        )
    if name == "project.clj":
        for declared in _managed_dependencies(text):
            routers += _dependency(result, lines, text, declared, False)
    if any(s.kind is K.SERVER for s in result.signals):
        result.signals += routers
    if any(s.package == "compojure/compojure" for s in result.signals):
        # compojure declared beside compojure-api states the Compojure version run.
        result.signals = [s for s in result.signals if s.package != _COMPOJURE_API]
    names = {s.name for s in result.signals if s.kind is K.QUERY}
    if names & set(_JDBC_LAYERS):
        # HoneySQL builds the SQL strings; the JDBC library beside it runs them and is the
        # layer the code is written to.
        result.signals = [s for s in result.signals if s.name != "HoneySQL"]
    result.library = not application
    return result


def _dependency(
    result: ManifestResult, lines: Lines, text: str, declared: tuple[str, str, int], dev: bool
) -> list[Signal]:
    """Add the signals of the dependency `declared` (its coordinate as written, its version,
    its offset in `text`) to `result`; return those of a router it names (`ROUTERS`), which
    only a server beside it makes the project's."""
    written, version, start = declared
    coordinate = _coordinate(written)
    if coordinate in ("org.clojure/clojure", "org.clojure/clojurescript"):
        return []
    if not dev:
        result.runtime_dependencies += 1
    evidence = lines.evidence(written, text.count("\n", 0, start))
    result.signals += dependency_signals(CATALOG, coordinate, version, dev, evidence)
    if not dev and _SEARCH_CLIENT.search(coordinate) and coordinate not in CATALOG:
        # A client named after Elasticsearch (`clj-elasticsearch`, `elasticsearch-rest-client`):
        # the program keeps its indices there. A test container of it is no client.
        result.signals.append(Signal(K.DATABASE, "Elasticsearch", Strength.DEPENDENCY, evidence))
    return dependency_signals(ROUTERS, coordinate, version, dev, evidence)


def _outside_strings(text: str, start: int) -> Iterator[tuple[int, str, int]]:
    """Each character of `text` from `start` that is not inside a string literal, with the
    bracket depth after it (an opening bracket counted in, a closing one out)."""
    depth = 0
    in_string = False
    index = start
    while index < len(text):
        char = text[index]
        if in_string:
            if char == "\\":
                index += 1
            elif char == '"':
                in_string = False
        elif char == '"':
            in_string = True
        else:
            if char in "{[(":
                depth += 1
            elif char in "}])":
                depth -= 1
            yield index, char, depth
        index += 1


def _top_key(text: str, key: str) -> tuple[int, int]:
    """The span from `key` to the end of its value at the top level of the outermost form (an
    EDN file's map, project.clj's `defproject`), (0, 0) if none."""
    for index, char, depth in _outside_strings(text, 0):
        if depth == 1 and char not in "{[()]}" and text.startswith(key, index):
            return index, _form_end(text, index + len(key))
    return 0, 0


def _form_end(text: str, start: int) -> int:
    """Where the form opening at or after `start` closes (the text's end if it never does)."""
    for index, char, depth in _outside_strings(text, start):
        if char in "}])" and depth <= 0:
            return index + 1
    return len(text)


def _runs_its_own_main(text: str, aliases: tuple[int, int]) -> bool:
    """Whether an alias of deps.edn runs a namespace of the project's own: `-m` in an alias
    adding no dependency (a tool's runner comes with the dependency the alias adds)."""
    start = text.find("{", aliases[0], aliases[1])
    if start < 0:
        return False
    index = start + 1
    while index < aliases[1]:
        opened = text.find("{", index, aliases[1])
        if opened < 0:
            break
        end = _form_end(text, opened)
        alias = text[opened:end]
        if _OWN_MAIN.search(alias) and not _ALIAS_DEPS.search(alias):
            return True
        index = end
    return False


_NS_DEFAULT = LazyPattern(r":ns-default\s+([\w.-]+)")
_EXTRA_PATHS = LazyPattern(r":extra-paths\s*\[([^\]]*)\]")


def build_scripts(text: str) -> list[str]:
    """The files, relative to a deps.edn's folder, that may hold the build program an alias of
    it runs with tools.build (`:build {:extra-paths ["src/build"] :ns-default app.build}` runs
    `src/build/app/build.clj`, the build.clj kept in a source folder rather than beside
    deps.edn). Clojure's namespace `a.b-c` lives in `a/b_c.clj`. Run as a tool (`clojure
    -T:build`), the alias has the project's folder itself on its path: `:ns-default
    scripts.build` with no `:extra-paths` runs `scripts/build.clj`."""
    text = _COMMENT.sub("", text)
    begin, end = _top_key(text, ":aliases")
    found: list[str] = []
    start = text.find("{", begin, end)
    index = start + 1 if start >= 0 else end
    while index < end:
        opened = text.find("{", index, end)
        if opened < 0:
            break
        close = _form_end(text, opened)
        alias = text[opened:close]
        namespace = _NS_DEFAULT.search(alias)
        paths = _EXTRA_PATHS.search(alias)
        if namespace and "tools.build" in alias:
            file = namespace.group(1).replace(".", "/").replace("-", "_") + ".clj"
            folders = re.findall(r'"([^"]+)"', paths.group(1)) if paths else []
            found += [f"{folder.strip('/')}/{file}" for folder in folders]
            # The root's own build.clj is read as a manifest already.
            if "/" in file:
                found.append(file)
        index = close
    return found


def makes_uberjar(text: str) -> bool:
    """Whether a tools.build program makes an uberjar (`(b/uber …)`): a program's build."""
    return bool(_UBER.search(_COMMENT.sub("", text)))


def _coordinate(written: str) -> str:
    """The `group/artifact` of a coordinate as written (a bare `ring` is `ring/ring`)."""
    coordinate = written.lower()
    return coordinate if "/" in coordinate else f"{coordinate}/{coordinate}"


def _managed_dependencies(text: str) -> list[tuple[str, str, int]]:
    """project.clj's own `:dependencies` written without a version (`[ring/ring-jetty-adapter]`,
    `[metosin/compojure-api :exclusions […]]`), each with the version its
    `:managed-dependencies` pins (or none): Leiningen takes a version left out from there, so
    such a dependency is as declared as one carrying its version."""
    begin, end = _top_key(text, ":dependencies")
    if not end:
        return []
    m_begin, m_end = _top_key(text, ":managed-dependencies")
    pinned = {
        _coordinate(m.group(1)): m.group(2) for m in _VECTOR.finditer(text, m_begin, m_end)
    }
    return [
        (m.group(1), pinned.get(_coordinate(m.group(1)), ""), m.start())
        for m in _BARE.finditer(text, begin, end)
    ]


def _lein_dependencies(text: str) -> set[int]:
    """Offsets of the dependency vectors of project.clj's own `:dependencies` (not a
    profile's, not `:plugins`): the top level of the `defproject` form."""
    begin, end = _top_key(text, ":dependencies")
    if end:
        return {m.start() for m in _VECTOR.finditer(text, begin, end)}
    return set()
