"""Java and Kotlin: pom.xml, build.gradle(.kts), settings.gradle(.kts), and the entry points of
Spring Boot, Quarkus and Micronaut."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import replace
from typing import Any

from designer.detect.signals import (
    Lines,
    ManifestError,
    ManifestResult,
    Signal,
    SourceRule,
    Strength,
    rule,
)
from designer.model.stack import Evidence
from designer.model.stack import FindingKind as K

LANGUAGE = "Java"

_SPRING_STARTERS = {
    "spring-boot-starter-data-jpa": ((K.ORM, "JPA / Hibernate"),),
    "spring-boot-starter-data-redis": ((K.CACHE, "Redis"),),
    "spring-boot-starter-data-jdbc": ((K.ORM, "Spring Data JDBC"),),
    "spring-boot-starter-jdbc": ((K.QUERY, "Spring JDBC"),),
    "spring-boot-starter-amqp": ((K.BROKER, "RabbitMQ"),),
    "spring-boot-starter-web": ((K.SERVER, "Tomcat"),),
    "spring-boot-starter-webflux": ((K.SERVER, "Netty"),),
    "spring-boot-starter-undertow": ((K.SERVER, "Undertow"),),
    "spring-boot-starter-jetty": ((K.SERVER, "Jetty"),),
}

_ARTIFACTS = {
    "hibernate-core": ((K.ORM, "JPA / Hibernate"),),
    "jakarta.persistence-api": ((K.ORM, "JPA / Hibernate"),),
    "mybatis": ((K.ORM, "MyBatis"),),
    "mybatis-spring-boot-starter": ((K.ORM, "MyBatis"),),
    "mybatis-plus-boot-starter": ((K.ORM, "MyBatis"),),
    "postgresql": ((K.DATABASE, "PostgreSQL"),),
    "r2dbc-postgresql": ((K.DATABASE, "PostgreSQL"),),
    "mysql-connector-j": ((K.DATABASE, "MySQL"),),
    "mysql-connector-java": ((K.DATABASE, "MySQL"),),
    "mariadb-java-client": ((K.DATABASE, "MariaDB"),),
    "spring-boot-starter-data-mongodb": ((K.DATABASE, "MongoDB"),),
    "mongodb-driver-sync": ((K.DATABASE, "MongoDB"),),
    "h2": ((K.DATABASE, "H2"),),
    "sqlite-jdbc": ((K.DATABASE, "SQLite"),),
    "ojdbc8": ((K.DATABASE, "Oracle"),),
    "ojdbc11": ((K.DATABASE, "Oracle"),),
    "mssql-jdbc": ((K.DATABASE, "SQL Server"),),
    "flyway-core": ((K.MIGRATIONS, "Flyway"),),
    "flyway-maven-plugin": ((K.MIGRATIONS, "Flyway"),),
    "liquibase-core": ((K.MIGRATIONS, "Liquibase"),),
    "liquibase-maven-plugin": ((K.MIGRATIONS, "Liquibase"),),
    "jedis": ((K.CACHE, "Redis"),),
    "lettuce-core": ((K.CACHE, "Redis"),),
    "redisson": ((K.CACHE, "Redis"),),
    "spymemcached": ((K.CACHE, "Memcached"),),
    "kafka-clients": ((K.BROKER, "Kafka"),),
    "spring-kafka": ((K.BROKER, "Kafka"),),
    "amqp-client": ((K.BROKER, "RabbitMQ"),),
    "spring-rabbit": ((K.BROKER, "RabbitMQ"),),
    "junit": ((K.TEST, "JUnit"),),
    "junit-jupiter": ((K.TEST, "JUnit"),),
    "junit-jupiter-api": ((K.TEST, "JUnit"),),
    "spring-boot-starter-test": ((K.TEST, "JUnit"),),
    "quarkus-junit5": ((K.TEST, "JUnit"),),
    "micronaut-test-junit5": ((K.TEST, "JUnit"),),
    "quarkus-hibernate-orm": ((K.ORM, "JPA / Hibernate"),),
    "quarkus-hibernate-orm-panache": ((K.ORM, "JPA / Hibernate"),),
    "quarkus-flyway": ((K.MIGRATIONS, "Flyway"),),
    "quarkus-liquibase": ((K.MIGRATIONS, "Liquibase"),),
    "quarkus-redis-client": ((K.CACHE, "Redis"),),
    "quarkus-kafka-client": ((K.BROKER, "Kafka"),),
    "micronaut-data-hibernate-jpa": ((K.ORM, "JPA / Hibernate"),),
    "kotlin-stdlib": ((K.LANGUAGE, "Kotlin"),),
}

GLUE = frozenset(
    {
        "spring-boot-starter-test",
        "quarkus-junit5",
        "micronaut-test-junit5",
        "mybatis-spring-boot-starter",
        "mybatis-plus-boot-starter",
        "quarkus-hibernate-orm",
        "quarkus-hibernate-orm-panache",
        "micronaut-data-hibernate-jpa",
        "quarkus-flyway",
        "quarkus-liquibase",
    }
)
"""Artifacts that integrate a library: its own artifact's version is the library's."""

_PLUGINS = {
    "org.springframework.boot": (K.FRAMEWORK, "Spring Boot"),
    "spring-boot-maven-plugin": (K.FRAMEWORK, "Spring Boot"),
    "io.quarkus": (K.FRAMEWORK, "Quarkus"),
    "quarkus-maven-plugin": (K.FRAMEWORK, "Quarkus"),
    "io.micronaut.application": (K.FRAMEWORK, "Micronaut"),
    "micronaut-maven-plugin": (K.FRAMEWORK, "Micronaut"),
    "org.jetbrains.kotlin.jvm": (K.LANGUAGE, "Kotlin"),
    "org.flywaydb.flyway": (K.MIGRATIONS, "Flyway"),
    "org.liquibase.gradle": (K.MIGRATIONS, "Liquibase"),
}

BOMS = {
    "spring-boot-dependencies": "Spring Boot",
    "spring-boot-gradle-plugin": "Spring Boot",
    "spring-boot-starter-parent": "Spring Boot",
    "quarkus-bom": "Quarkus",
    "quarkus-universe-bom": "Quarkus",
    "micronaut-bom": "Micronaut",
    "micronaut-platform": "Micronaut",
    "micronaut-parent": "Micronaut",
}
"""Bills of materials, parents and build plugins that fix a framework's version without using
the framework: they give its version, never a framework of their own."""

_APPLICATION_PLUGINS = frozenset(
    {
        "spring-boot-maven-plugin",
        "quarkus-maven-plugin",
        "micronaut-maven-plugin",
        "org.springframework.boot",
        "io.quarkus",
        "io.micronaut.application",
    }
)
"""Build plugins that package a runnable application (a module, not a library)."""

_JVM = (".java", ".kt")
_SPRING_CONFIG = ("application.properties", "application.yml", "application.yaml")
"""Spring configuration files; their `spring.datasource.url` names the database engine."""

RULES: tuple[SourceRule, ...] = (
    rule(
        K.FRAMEWORK,
        "Spring Boot",
        r"@SpringBootApplication\b|\bSpringApplication\.run\s*\(|\brunApplication<",
        endings=_JVM,
    ),
    rule(K.FRAMEWORK, "Quarkus", r"@QuarkusMain\b|\bQuarkus\.run\s*\(", endings=_JVM),
    rule(K.FRAMEWORK, "Quarkus", r"^quarkus\.", names=("application.properties",)),
    rule(K.FRAMEWORK, "Micronaut", r"\bMicronaut\.(?:run|build)\s*\(", endings=_JVM),
    rule(K.TEST, "JUnit", r"^import (?:static )?org\.junit\.", endings=_JVM),
    *(
        rule(K.DATABASE, engine, rf"\bjdbc:{scheme}:", names=_SPRING_CONFIG)
        for scheme, engine in (
            ("postgresql", "PostgreSQL"),
            ("mysql", "MySQL"),
            ("mariadb", "MariaDB"),
            ("sqlserver", "SQL Server"),
            ("oracle", "Oracle"),
            ("sqlite", "SQLite"),
        )
    ),
)


def classify(group: str, artifact: str) -> tuple[tuple[K, str], ...]:
    """What a Maven coordinate means; `group` may be empty (Gradle version catalogs)."""
    artifact = artifact.lower()
    found: list[tuple[K, str]] = list(_ARTIFACTS.get(artifact, ()))
    if artifact == "junit-jupiter" and group not in ("org.junit.jupiter", ""):
        found = []  # org.testcontainers:junit-jupiter is Testcontainers' JUnit glue, not JUnit
    if artifact.startswith("komapper-") and group in ("org.komapper", ""):
        found.append((K.ORM, "Komapper"))
    if artifact.startswith("flyway-"):
        found.append((K.MIGRATIONS, "Flyway"))
    if artifact.startswith("spring-boot-starter") and artifact != "spring-boot-starter-test":
        found.append((K.FRAMEWORK, "Spring Boot"))
        found += _SPRING_STARTERS.get(artifact, ())
    elif artifact.startswith("quarkus-") and group in ("io.quarkus", ""):
        if artifact != "quarkus-junit5":
            found.append((K.FRAMEWORK, "Quarkus"))
        if "kafka" in artifact:
            found.append((K.BROKER, "Kafka"))
    elif artifact.startswith("micronaut-") and not artifact.startswith("micronaut-test"):
        found.append((K.FRAMEWORK, "Micronaut"))
    return tuple(dict.fromkeys(found))


def is_manifest(name: str, parent: str) -> bool:
    """Whether the file is a Maven or Gradle build file."""
    return name in (
        "pom.xml",
        "build.gradle",
        "build.gradle.kts",
        "settings.gradle",
        "settings.gradle.kts",
    )


def parse(lines: Lines) -> ManifestResult:
    """Read a Maven or Gradle build file."""
    if lines.path.endswith("pom.xml"):
        return _pom(lines)
    if "settings.gradle" in lines.path.rsplit("/", 1)[-1]:
        return _settings(lines)
    return _gradle(lines)


def _signals(
    lines: Lines, group: str, artifact: str, version: str, dev: bool, start: int = 0
) -> list[Signal]:
    return typed(classify(group, artifact), artifact, version, dev, lines.evidence(artifact, start))


def typed(
    meanings: tuple[tuple[K, str], ...], artifact: str, version: str, dev: bool, evidence: Evidence
) -> list[Signal]:
    """The signals of one dependency (a language is never development-only)."""
    strength = Strength.DEV if dev else Strength.DEPENDENCY
    glue = artifact.lower() in GLUE or artifact.lower().startswith("spring-boot-starter")
    return [
        Signal(
            kind,
            name,
            Strength.DEPENDENCY if kind is K.LANGUAGE else strength,
            evidence,
            version,
            package=artifact.lower(),
            # A Spring starter's version is Spring Boot's, the framework's own.
            glue=glue and kind is not K.FRAMEWORK,
        )
        for kind, name in meanings
    ]


def _bom(artifact: str, version: str, lines: Lines, needle: str) -> list[Signal]:
    """The version-only signal of a BOM, parent or build plugin (development strength: it
    names the framework's version, never makes the framework)."""
    name = BOMS.get(artifact.lower())
    if name is None or not version:
        return []  # an unresolved `${…}` version is blanked by `resolve`
    evidence = lines.evidence(needle)
    return [Signal(K.FRAMEWORK, name, Strength.DEV, evidence, version, package=artifact.lower())]


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _child(element: ET.Element, name: str) -> ET.Element | None:
    return next((c for c in element if _local(c.tag) == name), None)


def _text(element: ET.Element | None, name: str) -> str:
    child = _child(element, name) if element is not None else None
    return (child.text or "").strip() if child is not None else ""


def _pom(lines: Lines) -> ManifestResult:
    # ElementTree never fetches external entities, but it does expand internal ones: refuse any
    # DTD so that a "billion laughs" file cannot eat the memory.
    if re.search(r"<!DOCTYPE|<!ENTITY", lines.text, re.IGNORECASE):
        raise ManifestError("has a DOCTYPE or ENTITY declaration; not read (XML bomb guard)")
    try:
        root = ET.fromstring(lines.text)
    except ET.ParseError as error:
        raise ManifestError(f"not valid XML ({error})") from None
    result = ManifestResult(language=LANGUAGE)
    found = _child(root, "properties")
    properties = {_local(p.tag): (p.text or "").strip() for p in found} if found is not None else {}

    def resolve(value: str) -> str:
        return re.sub(r"\$\{([^}]+)\}", lambda m: properties.get(m.group(1), m.group(0)), value)

    for key in ("java.version", "maven.compiler.release", "maven.compiler.source"):
        if properties.get(key):
            result.language_version = properties[key]
            result.version_evidence = lines.evidence(f"<{key}>")
            break
    if properties.get("kotlin.version"):
        result.signals.append(
            Signal(K.LANGUAGE, "Kotlin", Strength.DEPENDENCY, lines.evidence("<kotlin.version>"))
        )
    parent = _child(root, "parent")
    if parent is not None and _text(parent, "artifactId") == "spring-boot-starter-parent":
        evidence = lines.evidence("spring-boot-starter-parent")
        result.signals.append(
            Signal(
                K.FRAMEWORK,
                "Spring Boot",
                Strength.DEPENDENCY,
                evidence,
                resolve(_text(parent, "version")),
            )
        )
    elif parent is not None:
        artifact = _text(parent, "artifactId")
        result.signals += _bom(artifact, resolve(_text(parent, "version")), lines, artifact)
    # Imported BOMs, whose coordinates are often properties (Quarkus' platform group, artifact
    # and version all are): they fix the framework's version for every module.
    management = _child(root, "dependencyManagement")
    managed = _child(management, "dependencies") if management is not None else None
    for dependency in managed if managed is not None else ():
        if _text(dependency, "scope") != "import":
            continue
        raw = _text(dependency, "artifactId")
        result.signals += _bom(
            resolve(raw), resolve(_text(dependency, "version")), lines, raw
        )
    modules = _child(root, "modules")
    if modules is not None:
        result.modules = [(m.text or "").strip() for m in modules if _local(m.tag) == "module"]
    dependencies = _child(root, "dependencies")  # dependencyManagement only pins versions
    start = lines.section("<dependencies>")
    for dependency in dependencies if dependencies is not None else ():
        artifact = _text(dependency, "artifactId")
        if not artifact:
            continue
        dev = _text(dependency, "scope") in ("test", "provided")
        if not dev:
            result.runtime_dependencies += 1
        version = resolve(_text(dependency, "version"))
        result.signals += _signals(
            lines, _text(dependency, "groupId"), artifact, version, dev, start
        )
    build = _child(root, "build")
    plugins = _child(build, "plugins") if build is not None else None
    for plugin in plugins if plugins is not None else ():
        artifact = _text(plugin, "artifactId")
        if artifact in _PLUGINS:
            kind, name = _PLUGINS[artifact]
            result.signals.append(Signal(kind, name, Strength.DEPENDENCY, lines.evidence(artifact)))
            result.deployable = result.deployable or artifact in _APPLICATION_PLUGINS
        elif artifact:
            result.signals += _signals(lines, _text(plugin, "groupId"), artifact, "", False)
    return result


_GRADLE_DEP = re.compile(
    r"""^[ \t]*(\w+)[ \t]*(?:\([ \t]*)?(?:(?:enforced)?[pP]latform[ \t]*\(?[ \t]*)?"""
    r"""["']([\w.-]+):([\w.-]+)(?::([^"'\s]+))?["']""",
    re.MULTILINE,
)
_GRADLE_CATALOG = re.compile(
    r"^[ \t]*(\w+)[ \t]*(?:\([ \t]*)?(?:(?:enforced)?[pP]latform[ \t]*\(?[ \t]*)?libs\.([\w.]+)",
    re.MULTILINE,
)
_GRADLE_PLUGIN = re.compile(
    r"""\bid[ \t]*(?:\([ \t]*)?["']([\w.-]+)["'][ \t]*(?:\)[ \t]*)?"""
    r"""(?:version[ \t]*(?:\([ \t]*)?["']([^"']+)["'])?"""
)
_APPLY_PLUGIN = re.compile(r"""\bapply[ \t]*\(?[ \t]*plugin[ \t]*[:=][ \t]*["']([\w.-]+)["']""")
_KOTLIN_PLUGIN = re.compile(r"""\bkotlin\s*\(\s*["']jvm["']\s*\)""")
_GRADLE_JAVA = re.compile(
    r"""JavaVersion\.VERSION_(\d+(?:_\d+)?)|jvmToolchain\s*\(\s*(\d+)|JavaLanguageVersion\.of\s*\(\s*(\d+)|sourceCompatibility\s*=\s*['"]?(\d[\d.]*)"""
)
_EXT_VERSION = re.compile(
    r"""^[ \t]*(?:ext\.|set\([ \t]*["']|extra\[["'])?([\w.]*[vV]ersion)["']?\]?[ \t]*[=,]"""
    r"""[ \t]*["']([^"'$]+)["']""",
    re.MULTILINE,
)
"""`ext { springBootVersion = '3.2.0' }`, `ext.kotlin_version = …`, `extra["x.version"] = …`."""
_NOT_DEPENDENCY = frozenset({"id", "classpath", "version", "group", "kotlin", "plugin", "alias"})


def _gradle(lines: Lines) -> ManifestResult:
    result = ManifestResult(language=LANGUAGE)
    text = lines.text
    for match in _GRADLE_PLUGIN.finditer(text):
        result.signals += _plugin(match.group(1), match.group(2) or "", lines, match.start())
        line_end = text.find("\n", match.end())
        rest = text[match.end() : line_end if line_end != -1 else len(text)]
        if match.group(1) in _APPLICATION_PLUGINS and "apply false" not in rest:
            result.deployable = True
    for match in _APPLY_PLUGIN.finditer(text):
        result.signals += _plugin(match.group(1), "", lines, match.start())
    for match in re.finditer(r"\balias[ \t]*\([ \t]*libs\.plugins\.([\w.]+)", text):
        evidence = lines.at_offset(match.start())
        result.pending.append(("plugin", match.group(1), False, evidence))
    for match in _KOTLIN_PLUGIN.finditer(text):
        evidence = lines.at_offset(match.start())
        result.signals.append(Signal(K.LANGUAGE, "Kotlin", Strength.DEPENDENCY, evidence))
    java = _GRADLE_JAVA.search(text)
    if java:
        result.language_version = next(g for g in java.groups() if g).replace("_", ".")
        result.version_evidence = lines.at_offset(java.start())
    for match in _EXT_VERSION.finditer(text):
        result.pending.append(("property", f"{match.group(1)}={match.group(2)}", False, _NO))
    found: list[tuple[int, str, str, str, str]] = [
        (m.start(), m.group(1), m.group(2), m.group(3), m.group(4) or "")
        for m in _GRADLE_DEP.finditer(text)
    ]
    for offset, configuration, group, artifact, version in sorted(found):
        if artifact in BOMS:  # a BOM or the Boot plugin on the build classpath
            result.signals += _bom(artifact, version, lines, artifact)
            continue
        if configuration in _NOT_DEPENDENCY:
            continue
        dev = configuration.lower().startswith("test") or "Test" in configuration
        if not dev:
            result.runtime_dependencies += 1
        evidence = lines.at_offset(offset)
        result.signals += typed(classify(group, artifact), artifact, version, dev, evidence)
    for match in _GRADLE_CATALOG.finditer(text):
        configuration, accessor = match.group(1), match.group(2)
        if configuration in _NOT_DEPENDENCY or accessor.startswith(("plugins.", "versions.")):
            continue
        dev = configuration.lower().startswith("test") or "Test" in configuration
        if not dev:
            result.runtime_dependencies += 1
        result.pending.append(("library", accessor, dev, lines.at_offset(match.start())))
    return result


_NO = Evidence(path="")


def _plugin(plugin_id: str, version: str, lines: Lines, offset: int) -> list[Signal]:
    if plugin_id not in _PLUGINS:
        return []
    kind, name = _PLUGINS[plugin_id]
    evidence = lines.at_offset(offset)
    return [Signal(kind, name, Strength.DEPENDENCY, evidence, version, package=plugin_id)]


def _key(alias: str) -> str:
    """A catalogue alias as its accessor reads (`spring-boot_web` → `spring.boot.web`)."""
    return re.sub(r"[-_.]+", ".", alias).lower()


def _catalog_version(spec: Any, versions: dict[str, Any]) -> str:
    if isinstance(spec, dict):
        ref = spec.get("version.ref") or _table_get(spec, "version", "ref")
        value = versions.get(ref, "") if isinstance(ref, str) else spec.get("version", "")
        if isinstance(value, dict):  # rich versions: {strictly, require, prefer}
            value = value.get("strictly") or value.get("require") or value.get("prefer") or ""
        return value if isinstance(value, str) else ""
    return ""


def _table_get(spec: dict[str, Any], *keys: str) -> Any:
    for key in keys:
        spec = spec.get(key) if isinstance(spec, dict) else None
    return spec


def _libraries(catalog: dict[str, Any]) -> dict[str, tuple[str, str, str]]:
    """Accessor → (group, artifact, version) of a version catalogue's libraries."""
    versions = catalog.get("versions") if isinstance(catalog.get("versions"), dict) else {}
    found: dict[str, tuple[str, str, str]] = {}
    libraries = catalog.get("libraries")
    for alias, spec in libraries.items() if isinstance(libraries, dict) else ():
        if isinstance(spec, str):
            parts = spec.split(":")
            if len(parts) >= 2:
                found[_key(alias)] = (parts[0], parts[1], parts[2] if len(parts) > 2 else "")
            continue
        if not isinstance(spec, dict):
            continue
        module = spec.get("module")
        if isinstance(module, str) and ":" in module:
            group, artifact = module.split(":", 1)
        else:
            group, artifact = str(spec.get("group", "")), str(spec.get("name", ""))
        if artifact:
            found[_key(alias)] = (group, artifact, _catalog_version(spec, versions))
    return found


def resolve(result: ManifestResult, folder: str, builds: Any) -> None:
    """Complete a build file from the files beside it: version-catalogue accessors and
    plugin aliases (`gradle/libs.versions.toml`), and `${property}` versions from
    `gradle.properties` or the build file's own `ext` block."""
    properties = dict(builds.properties(folder))
    catalog = builds.nearest(builds.catalogs, folder) or {}
    versions = catalog.get("versions") if isinstance(catalog.get("versions"), dict) else {}
    libraries = _libraries(catalog)
    bundles = catalog.get("bundles") if isinstance(catalog.get("bundles"), dict) else {}
    plugins = catalog.get("plugins") if isinstance(catalog.get("plugins"), dict) else {}
    plugin_keys = {_key(alias): spec for alias, spec in plugins.items()}
    bundle_keys = {_key(alias): spec for alias, spec in bundles.items()}
    for kind, key, dev, evidence in result.pending:
        if kind == "property":
            name, _, value = key.partition("=")
            properties.setdefault(name, value)
        elif kind == "plugin":
            spec = plugin_keys.get(key.lower())
            plugin_id, version = "", ""
            if isinstance(spec, str):
                plugin_id, _, version = spec.partition(":")
            elif isinstance(spec, dict):
                plugin_id, version = str(spec.get("id", "")), _catalog_version(spec, versions)
            if plugin_id in _PLUGINS:
                kind_, name = _PLUGINS[plugin_id]
                result.signals.append(
                    Signal(kind_, name, Strength.DEPENDENCY, evidence, version, package=plugin_id)
                )
        elif key.startswith("bundles."):
            members = bundle_keys.get(key.removeprefix("bundles.").lower())
            for member in members if isinstance(members, list) else ():
                _library(result, libraries.get(_key(str(member))), _key(str(member)), dev, evidence)
        else:
            _library(result, libraries.get(key.lower()), key, dev, evidence)
    result.pending = []
    if properties:
        result.signals = [_substitute(s, properties) for s in result.signals]


def _library(
    result: ManifestResult,
    found: tuple[str, str, str] | None,
    key: str,
    dev: bool,
    evidence: Evidence,
) -> None:
    # Without a catalogue entry the accessor is the best guess of the artifact.
    group, artifact, version = found if found else ("", key.replace(".", "-"), "")
    if artifact in BOMS:
        result.signals += [replace(s, evidence=evidence) for s in _bom_plain(artifact, version)]
        return
    result.signals += typed(classify(group, artifact), artifact, version, dev, evidence)


def _bom_plain(artifact: str, version: str) -> list[Signal]:
    name = BOMS.get(artifact.lower())
    if name is None or not version:
        return []
    return [Signal(K.FRAMEWORK, name, Strength.DEV, _NO, version, package=artifact.lower())]


def _substitute(signal: Signal, properties: dict[str, str]) -> Signal:
    if "$" not in signal.version:
        return signal

    def value(match: re.Match[str]) -> str:
        name = match.group(1) or match.group(2)
        return properties.get(name, properties.get(name.removeprefix("project."), match.group(0)))

    version = re.sub(r"\$\{([\w.]+)\}|\$([\w.]+)", value, signal.version)
    return replace(signal, version="" if "$" in version else version)


_INCLUDE = re.compile(r"""^[ \t]*include[ \t]*\(?(.*)$""", re.MULTILINE)


def _settings(lines: Lines) -> ManifestResult:
    result = ManifestResult(language=LANGUAGE)
    for match in _INCLUDE.finditer(lines.text):
        for name in re.findall(r"""["']([^"']+)["']""", match.group(1)):
            result.modules.append(name.lstrip(":").replace(":", "/"))
    return result
