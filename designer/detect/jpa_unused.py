"""JVM: a JPA dependency declared by a module whose code is written to another data layer.

A Spring Boot service may declare `spring-boot-starter-data-jpa` and never map an entity: no
class of its own is annotated `@Entity`, none imports JPA's API, Spring Data JPA or Hibernate,
and neither do the modules of the tree it depends on (which might hold its entities), while
its code runs its SQL through `JdbcTemplate` (the starter kept for its DataSource). JPA
persists nothing there: its signals are dropped and Spring JDBC, imported by the code, is the
data layer. This is the JVM side of `bare_drivers.drop_unimported_orms` (Python's ORM
declared and never imported beside a driver the modules open).

A Quarkus service may likewise declare Hibernate ORM with Panache beside MongoDB with Panache
while every entity it has is a MongoDB one (`@MongoEntity`, `PanacheMongoEntity`): with no
class mapped to JPA, Hibernate ORM has nothing to persist, whatever Panache interface a
repository happens to name (a Hibernate ORM Panache repository works only over an `@Entity`
class, so it is no mapping by itself). There the JPA signals are dropped and MongoDB Panache,
which the build declares and the code maps its entities to, is the data layer.

A library may declare Hibernate's core jar only to pretty-print the SQL it logs
(`org.hibernate.engine.jdbc.internal.BasicFormatterImpl`), its code written to no data layer
at all: it maps nothing, and its JPA signals are dropped so that it lends no JPA to the services
depending on it.

A Scala Spring Boot service may declare the JPA starter beside Slick, its queries all written
to Slick (`slick.jdbc.PostgresProfile.api`) and no class mapped to JPA: Slick, which the build
declares and the code imports, is the data layer.

A service may keep its records in DynamoDB through the AWS SDK (`DynamoDbEnhancedClient`, its
`@DynamoDbBean` classes) and still declare `hibernate-core` from a relational past, no class
mapped to JPA: JPA's signals are dropped, and the SDK's client, which opens the store itself,
names the engine and no data layer.

So is JPA named by the starter and by Spring settings that only tune Hibernate (`format_sql`,
`jdbc.time_zone`: `jpa_tuning`), none of which maps an entity.

JPA named only by the module's Spring configuration (`spring.jpa.hibernate.ddl-auto: none`
kept from a template) is dropped the same way where the build declares Spring Boot's JDBC
starter and nothing of JPA, and the code is written to Spring JDBC (`SimpleJdbcCall`).

A reactive Spring Boot service may declare both the JPA and the R2DBC starters, its entity
classes still annotated with `jakarta.persistence` (`@Entity`, `@Table`, `@Id`), while every
repository it has extends a reactive one (`R2dbcRepository`, `ReactiveCrudRepository`) and no
code of it reaches JPA at run time (no `JpaRepository` nor blocking Spring Data repository, no
`EntityManager`, nothing of Spring Data JPA or Hibernate imported): annotations persist nothing
by themselves, its rows are read and written through R2DBC (`drop_beside_reactive`), so JPA's
signals are dropped and Spring Data R2DBC, which the build declares, is the data layer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from designer.detect import jpa_tuning
from designer.detect.assemble import Unit
from designer.detect.codewalk import all_code_files
from designer.detect.ecosystems import gradle_text
from designer.detect.jvm_sources import main_tree
from designer.detect.nonservices import module_names, module_uses
from designer.detect.signals import Signal, Strength
from designer.detect.walker import read_head
from designer.model.stack import DetectedBackend, Evidence, FindingKind

ECOSYSTEM = "jvm"

MAX_FILES = 400
"""Main sources read per module: a larger module is taken to use what it declares."""

HEAD = 16384
"""Bytes read of a source: its imports and its class annotations."""

_ENDINGS = (".java", ".kt", ".groovy", ".scala")

_JPA_USE = re.compile(
    r"^[ \t]*import[ \t]+(?:javax\.persistence|jakarta\.persistence|org\.springframework\.data"
    r"\.jpa|org\.hibernate\.(?!validator\b|engine\.jdbc\.internal\b))\.|^[ \t]*@(?:javax\."
    r"persistence\.|jakarta\.persistence\.)?Entity\b",
    re.MULTILINE,
)
"""Code written to JPA: its API, Spring Data JPA's repositories, Hibernate's own API (not
Hibernate Validator, a Bean Validation provider, nor the SQL pretty-printer of
`org.hibernate.engine.jdbc.internal`, `BasicFormatterImpl`, which a library borrows to log its
own SQL), an entity's annotation."""

_JDBC_TEMPLATE = re.compile(r"^[ \t]*import[ \t]+org\.springframework\.jdbc\.core\.", re.MULTILINE)
"""Code querying through Spring's JdbcTemplate (and its row mappers and extractors)."""

_MONGO_PANACHE = re.compile(
    r"^[ \t]*import[ \t]+io\.quarkus\.mongodb\.panache\.|^[ \t]*@(?:io\.quarkus\.mongodb"
    r"\.panache\.common\.)?MongoEntity\b",
    re.MULTILINE,
)
"""Code written to MongoDB with Panache: its entities (`@MongoEntity`, `PanacheMongoEntity`),
repositories and queries."""


_SLICK = re.compile(r"^[ \t]*import[ \t]+slick\.", re.MULTILINE)
"""Code written to Slick: its profiles' API, plain SQL actions, `DBIO` and result mappers."""

_OPENSEARCH = re.compile(r"^[ \t]*import[ \t]+org\.opensearch\.data\.client\.", re.MULTILINE)
"""Code written to Spring Data OpenSearch: its clients' configuration and templates."""

_ELASTICSEARCH = re.compile(
    r"^[ \t]*import[ \t]+org\.springframework\.data\.elasticsearch\.", re.MULTILINE
)
"""Code written to Spring Data Elasticsearch: its documents, repositories and operations."""

_DYNAMODB = re.compile(
    r"^[ \t]*import[ \t]+(?:software\.amazon\.awssdk\.(?:enhanced\.dynamodb|services\.dynamodb)"
    r"|com\.amazonaws\.services\.dynamodbv2)\.",
    re.MULTILINE,
)
"""Code written to DynamoDB through the AWS SDK: its enhanced client's mapped beans and
tables (`DynamoDbEnhancedClient`, `@DynamoDbBean`), or the plain client (v2 or v1)."""


@dataclass(frozen=True)
class _Layer:
    """A data layer a module's code may be written to instead of JPA."""

    name: str
    kind: FindingKind
    code: re.Pattern[str]
    """Code written to it."""
    shown: str
    """The evidence's text."""
    declared: bool
    """Whether it counts only where the module's build declares it too (a layer of its own
    dependency, not one JPA's starter brings along)."""
    engine: str = ""
    """The engine the layer itself names (a search engine's Spring Data module keeps its
    documents in that engine's index), else empty."""


_LAYERS = (
    # A Scala service's own Slick dependency, its queries written to Slick, comes before the
    # JDBC template the starters bring along.
    _Layer("Slick", FindingKind.ORM, _SLICK, "imports slick", True),
    _Layer("Spring JDBC", FindingKind.QUERY, _JDBC_TEMPLATE,
           "imports org.springframework.jdbc.core", False),
    _Layer("MongoDB Panache", FindingKind.ORM, _MONGO_PANACHE,
           "imports io.quarkus.mongodb.panache", True),
    # A search service's documents kept in OpenSearch through Spring Data OpenSearch (its
    # client `org.opensearch.data.client`, on Spring Data Elasticsearch's repositories and
    # templates), or in Elasticsearch through Spring Data Elasticsearch: after the SQL
    # layers, which a service also indexing its rows would be written to.
    _Layer("Spring Data OpenSearch", FindingKind.ORM, _OPENSEARCH,
           "imports org.opensearch.data.client", False, "OpenSearch"),
    _Layer("Spring Data Elasticsearch", FindingKind.ORM, _ELASTICSEARCH,
           "imports org.springframework.data.elasticsearch", False, "Elasticsearch"),
    # A service keeping its records in DynamoDB through the AWS SDK, `hibernate-core` left
    # in its build from a relational past: no data layer, the SDK's client opens the store
    # itself (a DATABASE signal, not a layer).
    _Layer("DynamoDB", FindingKind.DATABASE, _DYNAMODB, "imports the AWS SDK's DynamoDB client",
           False),
)

_MAPPING_FILES = (".hbm.xml", "orm.xml")
"""XML mappings, entities declared without annotations."""


def _starter_only(signals: list[Signal]) -> bool:
    """Whether JPA is named only by the module's own build (a starter or provider), never
    by code."""
    jpa = [s for s in signals if s.kind is FindingKind.ORM and s.name.startswith("JPA")]
    return bool(jpa) and all(s.strength is Strength.DEPENDENCY for s in jpa)


_JDBC_STARTER = "spring-boot-starter-jdbc"


def _configured_beside_jdbc(signals: list[Signal]) -> bool:
    """Whether JPA is named only by the module's Spring configuration (`spring.jpa.hibernate.
    ddl-auto: none` kept from a template) while its build declares Spring Boot's JDBC starter
    and nothing of JPA: the build chose JDBC, and JPA is there only if its code or a module it
    depends on says so (a library lending JPA would have named it in the build)."""
    jpa = [s for s in signals if s.kind is FindingKind.ORM and s.name.startswith("JPA")]
    return (
        bool(jpa)
        and all(not s.package and s.strength is Strength.ENTRY for s in jpa)
        and any(s.package == _JDBC_STARTER for s in signals)
    )


_SEARCH_DOCUMENT = re.compile(
    r"^[ \t]*import[ \t]+org\.springframework\.data\.elasticsearch\.annotations\.",
    re.MULTILINE,
)
"""A class mapped to a search index (`@Document(indexName = …)`, `@Field`)."""

_ENTITY = re.compile(
    r"^[ \t]*@(?:javax\.persistence\.|jakarta\.persistence\.)?Entity\b", re.MULTILINE
)


def _search_document(text: str) -> bool:
    """Whether a source is a search index's document that borrows a JPA annotation
    (`@ElementCollection` on a list field of an OpenSearch record) without being an entity:
    JPA maps no class that is not `@Entity`, so the annotation persists nothing."""
    return bool(_SEARCH_DOCUMENT.search(text)) and not _ENTITY.search(text)


def _scan(top: str, unit: Unit, layers: tuple[_Layer, ...]) -> tuple[bool, dict[str, str]] | None:
    """(Whether a main source of `unit` uses JPA, layer of `layers` → the first source
    written to it), or None when there are too many to read or a mapping file is found."""
    main = main_tree(unit)
    paths = all_code_files(top, main, (*_ENDINGS, *_MAPPING_FILES), MAX_FILES)
    if paths is None:
        return None
    written: dict[str, str] = {}
    for path in paths:
        if path.endswith(_MAPPING_FILES):
            return None
        text = read_head(top, path, HEAD) or ""
        if _JPA_USE.search(text) and not _search_document(text):
            return True, written
        for layer in layers:
            if layer.name not in written and layer.code.search(text):
                written[layer.name] = path
    return False, written


_FORMATTER = re.compile(
    r"^[ \t]*import[ \t]+org\.hibernate\.engine\.jdbc\.internal\.", re.MULTILINE
)
"""Code borrowing Hibernate's SQL pretty-printer (`BasicFormatterImpl`, `FormatStyle`)."""

_HIBERNATE = "hibernate-core"


def _formatter_only(top: str, unit: Unit, signals: list[Signal]) -> bool:
    """Whether JPA is named only by Hibernate's core jar the module's build declares, and its
    code uses nothing of Hibernate but the SQL formatter: a library declaring `hibernate-core`
    to pretty-print the SQL it logs maps nothing, and lends no JPA to the services using it."""
    jpa = [s for s in signals if s.kind is FindingKind.ORM and s.name.startswith("JPA")]
    if not jpa or any(s.package != _HIBERNATE for s in jpa):
        return False
    paths = all_code_files(top, main_tree(unit), _ENDINGS, MAX_FILES)
    return bool(paths) and any(_FORMATTER.search(read_head(top, p, HEAD) or "") for p in paths)


def drop_unmapped(top: str, units: dict[str, Unit]) -> None:
    """Drop the JPA signals of each JVM module that declares JPA while no code of it or of
    the tree's modules it depends on is written to JPA, and its code is written to another
    data layer (`_LAYERS`); give it that layer, seen in that code."""
    by_name: dict[str, Unit] = {}
    for unit in units.values():
        for name in module_names(unit, ECOSYSTEM):
            by_name.setdefault(name, unit)
    for folder, unit in sorted(units.items()):
        signals = unit.signals.get(ECOSYSTEM, [])
        if not (
            (_starter_only(signals) and not unit.configures_jpa)
            or _configured_beside_jdbc(signals)
            or (unit.configures_jpa and jpa_tuning.tuning_only(top, unit, signals))
        ):
            continue
        declared = {s.name for s in signals if s.kind in (FindingKind.ORM, FindingKind.QUERY)}
        layers = tuple(layer for layer in _LAYERS if not layer.declared or layer.name in declared)
        own = _scan(top, unit, layers)
        if own is not None and not own[0] and not own[1] and _formatter_only(top, unit, signals):
            unit.signals[ECOSYSTEM] = [
                s for s in signals if not (s.kind is FindingKind.ORM and s.name.startswith("JPA"))
            ]
            continue
        if own is None or own[0] or not own[1]:
            continue
        # The modules of the tree it depends on, followed through each other.
        queue, seen, mapped = [unit], {folder}, False
        while queue and not mapped:
            for name in module_uses(queue.pop(0), ECOSYSTEM):
                used = by_name.get(name)
                if used is None or used.folder in seen:
                    continue
                seen.add(used.folder)
                found = _scan(top, used, ())
                mapped = found is None or found[0]
                if mapped:
                    break
                queue.append(used)
        if mapped:
            continue
        # The first layer of `_LAYERS` the code is written to.
        layer = next(layer for layer in layers if layer.name in own[1])
        evidence = Evidence(path=own[1][layer.name], text=layer.shown)
        unit.signals[ECOSYSTEM] = [
            s for s in signals if not (s.kind is FindingKind.ORM and s.name.startswith("JPA"))
        ] + [Signal(layer.kind, layer.name, Strength.ENTRY, evidence)]
        if layer.engine:
            unit.signals[ECOSYSTEM].append(
                Signal(FindingKind.DATABASE, layer.engine, Strength.ENTRY, evidence)
            )


def drop_foreign_spring_settings(units: dict[str, Unit]) -> None:
    """Drop JPA named only by Spring Boot's settings (`spring.jpa.hibernate.ddl-auto=validate`)
    in a module built on another framework and on nothing of Spring's: no Micronaut, Quarkus or
    Helidon application reads `spring.jpa` keys, so the file configures another program (the
    settings of a Spring service the tests or the Compose file run beside it, kept among the
    module's resources), not this one's data layer."""
    for unit in units.values():
        signals = unit.signals.get(ECOSYSTEM, [])
        jpa = [s for s in signals if s.kind is FindingKind.ORM and s.name.startswith("JPA")]
        if not jpa or not all(_spring_setting(s) for s in jpa):
            continue
        frameworks = {
            s.name
            for found in unit.signals.values()
            for s in found
            if s.kind is FindingKind.FRAMEWORK
        }
        if not frameworks or any(name.startswith("Spring") for name in frameworks):
            continue
        unit.signals[ECOSYSTEM] = [
            s for s in signals if not (s.kind is FindingKind.ORM and s.name.startswith("JPA"))
        ]


def _spring_setting(signal: Signal) -> bool:
    """Whether `signal` is a line of a Spring settings file (`application*.properties`,
    `application*.yml`), not a dependency nor code."""
    name = signal.evidence.path.rpartition("/")[2]
    return (
        not signal.package
        and signal.strength is Strength.ENTRY
        and name.startswith("application")
        and any(f".{ext}" in name for ext in ("properties", "yml", "yaml"))
    )


_R2DBC = "Spring Data R2DBC"

_REACTIVE_REPOSITORY = re.compile(
    r"(?:\b(?:extends|implements)\s|\binterface[ \t]+\w+[^{;:\n]{0,200}?:)[^{;]{0,200}?"
    r"\b(?:R2dbcRepository|ReactiveCrudRepository|ReactiveSortingRepository"
    r"|CoroutineCrudRepository|CoroutineSortingRepository)\s*<"
)
"""A repository interface extending Spring Data's reactive ones (R2DBC's), in Java
(`extends`) or Kotlin (`interface StaffRepository : ReactiveSortingRepository<…>`, or a
coroutine repository). The types between are bounded: unbounded, a file of `extends` words
took a time growing with its square."""

_JPA_RUNTIME = re.compile(
    r"\b(?:JpaRepository|JpaSpecificationExecutor|CrudRepository|ListCrudRepository"
    r"|PagingAndSortingRepository|ListPagingAndSortingRepository|EntityManager"
    r"|EntityManagerFactory|PersistenceContext)\b"
    r"|^[ \t]*import[ \t]+(?:org\.springframework\.data\.jpa\.|org\.hibernate\.(?!validator\b))",
    re.MULTILINE,
)
"""Code reaching JPA at run time: Spring Data JPA's or blocking repositories, the entity
manager, Hibernate's own API (not Hibernate Validator). Entity annotations are not in it."""

_OWN_TYPE = re.compile(
    r"^[ \t]*(?:public[ \t]+|final[ \t]+|abstract[ \t]+)*(?:class|interface)[ \t]+"
    r"(EntityManager|EntityManagerFactory)\b",
    re.MULTILINE,
)
"""A class of the module's own bearing JPA's name: JHipster's reactive applications declare an
`EntityManager` component that builds R2DBC's SQL selects. Its uses reach no JPA."""


def drop_beside_reactive(top: str, units: dict[str, Unit]) -> None:
    """Drop the JPA signals of each JVM module declaring Spring Data R2DBC beside JPA whose
    repositories all extend reactive ones, none of its code reaching JPA at run time."""
    for unit in units.values():
        signals = unit.signals.get(ECOSYSTEM, [])
        jpa = [s for s in signals if s.kind is FindingKind.ORM and s.name.startswith("JPA")]
        if not jpa or not any(
            s.kind is FindingKind.ORM and s.name == _R2DBC and s.strength is Strength.DEPENDENCY
            for s in signals
        ):
            continue
        if _reactive_only(top, unit):
            unit.signals[ECOSYSTEM] = [s for s in signals if all(s is not j for j in jpa)]


def drop_lent_beside_reactive(
    top: str, units: dict[str, Unit], found: list[DetectedBackend]
) -> None:
    """Drop the JPA finding of each JVM backend given both JPA and Spring Data R2DBC by the
    builds around it (a Gradle root's `subprojects {}` lending every module both starters)
    whose repositories all extend reactive ones, none of its code reaching JPA at run time:
    as for a module declaring both itself (`drop_beside_reactive`), its rows go through
    R2DBC. Run once the enclosing builds' dependencies are handed down."""
    for backend in found:
        unit = units.get(backend.folder)
        if unit is None or ECOSYSTEM not in unit.signals:
            continue
        layers = {f.name: f for f in backend.findings if f.kind is FindingKind.ORM}
        jpa = [f for name, f in layers.items() if name.startswith("JPA")]
        if not jpa or _R2DBC not in layers or not _reactive_only(top, unit):
            continue
        backend.findings[:] = [f for f in backend.findings if all(f is not j for j in jpa)]


def drop_settings_only(top: str, units: dict[str, Unit], found: list[DetectedBackend]) -> None:
    """Drop the JPA finding of each JVM backend where only its Spring settings name JPA
    (`spring.jpa.hibernate.ddl-auto: update`) while its own build keeps JPA's starter
    commented out, no build around it or module it uses declares anything of JPA, and none of
    its main sources is written to JPA: the starter was taken out and the settings left
    behind, and Spring reads no `spring.jpa` key without JPA on the classpath. (Settings alone,
    with no such trace, may configure entities a library outside the tree brings: they keep
    JPA.) Run once every build's and module's dependencies are handed down (a lent starter
    would be evidence of its own)."""
    for backend in found:
        unit = units.get(backend.folder)
        if unit is None or ECOSYSTEM not in unit.signals:
            continue
        jpa = [
            f for f in backend.findings if f.kind is FindingKind.ORM and f.name.startswith("JPA")
        ]
        if not jpa or not all(
            e.path and _settings_file(e.path) for f in jpa for e in f.evidence
        ):
            continue
        if not _starter_commented_out(top, unit):
            continue
        scanned = _scan(top, unit, ())
        if scanned is None or scanned[0]:
            continue
        backend.findings[:] = [f for f in backend.findings if all(f is not j for j in jpa)]


_JPA_STARTER = "spring-boot-starter-data-jpa"

_XML_COMMENT = re.compile(r"<!--[\s\S]*?(?:-->|\Z)")


def _starter_commented_out(top: str, unit: Unit) -> bool:
    """Whether a build file of `unit`'s own names JPA's starter only inside a comment."""
    for path, eco, _ in unit.manifests:
        if eco != ECOSYSTEM:
            continue
        text = read_head(top, path, 1 << 20) or ""
        if _JPA_STARTER not in text:
            continue
        if path.endswith(".xml"):
            code = _XML_COMMENT.sub(" ", text)
        else:
            code = gradle_text.blank_comments(text)
        return _JPA_STARTER not in code
    return False


def _settings_file(path: str) -> bool:
    """Whether `path` is a Spring settings file (`application*.yml`, `.properties`)."""
    name = path.rpartition("/")[2]
    return name.startswith(("application", "bootstrap")) and name.endswith(
        (".yml", ".yaml", ".properties")
    )


def _reactive_only(top: str, unit: Unit) -> bool:
    """Whether some main source of `unit` declares a reactive repository and none reaches JPA
    at run time (a class of its own bearing JPA's name aside)."""
    paths = all_code_files(top, main_tree(unit), _ENDINGS, MAX_FILES)
    if not paths:
        return False
    texts = [read_head(top, path, HEAD) or "" for path in paths]
    own = {name for text in texts for name in _OWN_TYPE.findall(text)}
    reactive = False
    for text in texts:
        if any(m.group(0) not in own for m in _JPA_RUNTIME.finditer(text)):
            return False
        reactive = reactive or _REACTIVE_REPOSITORY.search(text) is not None
    return reactive
