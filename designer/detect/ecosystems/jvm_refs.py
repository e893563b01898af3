"""References a Gradle build leaves to files beside it: version-catalogue accessors and plugin
aliases (`gradle/libs.versions.toml`), and `${property}` versions (`gradle.properties`, the
build file's own `ext` block)."""

from __future__ import annotations

import posixpath
import re
from typing import Any

from designer.detect.ecosystems import gradle_const_refs
from designer.detect.ecosystems.bom_pins import unpin_exceptions, unpin_own_lines
from designer.detect.ecosystems.jvm_catalog import (
    BOMS,
    NOWHERE,
    PLUGINS,
    bom_artifact,
    classify,
    typed,
)
from designer.detect.gradle_ext_names import PREFIX
from designer.detect.signals import ManifestResult, Signal, Strength
from designer.model.stack import Evidence
from designer.model.stack import FindingKind as K


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


def _published(catalog: dict[str, Any], accessor: str) -> tuple[str, str, str] | None:
    """The module an accessor of a published catalogue names (`ktorLibs.server.callId` of
    `io.ktor:ktor-version-catalog:3.1.0`: `io.ktor:ktor-server-call-id:3.1.0`), the library's
    stem before the accessor's words; None for a catalogue not published."""
    spec = catalog.get("published")
    if not isinstance(spec, dict):
        return None
    words = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "-", accessor).replace(".", "-").lower()
    return (str(spec["group"]), f"{spec['stem']}-{words}", str(spec["version"]))


def resolve(result: ManifestResult, folder: str, builds: Any) -> None:
    """Complete a build file from the files beside it: version-catalogue accessors and
    plugin aliases (`gradle/libs.versions.toml`), and `${property}` versions from
    `gradle.properties`, the build file's own `ext` block or its parents' builds'."""
    properties = dict(builds.properties(folder))
    catalog = builds.nearest(builds.catalogs, folder) or {}
    versions = catalog.get("versions") if isinstance(catalog.get("versions"), dict) else {}
    libraries = _libraries(catalog)
    bundles = catalog.get("bundles") if isinstance(catalog.get("bundles"), dict) else {}
    plugins = catalog.get("plugins") if isinstance(catalog.get("plugins"), dict) else {}
    for alias, value in versions.items():
        if isinstance(value, str):  # `version libs.versions.springboot.get()` in a build file
            properties.setdefault("libs.versions." + _key(alias), value)
    plugin_keys = {_key(alias): spec for alias, spec in plugins.items()}
    bundle_keys = {_key(alias): spec for alias, spec in bundles.items()}
    named = builds.nearest(builds.named_catalogs, folder) or {}
    constants = builds.nearest(builds.buildsrc_constants, folder) or {}
    for kind, key, dev, evidence in result.pending:
        if kind.startswith("const-"):
            _constant(result, kind, key, dev, evidence, constants)
            continue
        if kind == "classpath" or kind.startswith("named-"):
            # `deps.x` of a catalogue the settings script names `deps`, or `libs.x` on the
            # buildscript's classpath. An accessor of no catalogue known declares nothing.
            prefix, _, key = key.partition(":")
            if prefix != "libs" and prefix not in named:
                continue
            table = libraries if prefix == "libs" else _libraries(named[prefix])
            found = table.get(_key(key))
            if found is None and prefix != "libs":
                found = _published(named[prefix], key)
            if kind == "classpath":
                _classpath(result, found, evidence)
                continue
            result.runtime_dependencies += not dev
            provided = kind == "named-provided"
            _library(result, found, key, dev, evidence, provided)
            continue
        if kind.startswith("ext-"):
            # A plain `ext` name of a script plugin (`compile dropwizard`): its list's
            # libraries or its one coordinate; a name no script declares declares nothing.
            named_key = _key(PREFIX + key)
            members = bundle_keys.get(named_key)
            found = [str(m) for m in members] if isinstance(members, list) else [named_key]
            for member in found:
                if _key(member) in libraries:
                    result.runtime_dependencies += not dev
                    provided = kind == "ext-provided"
                    _library(result, libraries[_key(member)], member, dev, evidence, provided)
            continue
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
            if plugin_id in PLUGINS:
                kind_, name = PLUGINS[plugin_id]
                strength = Strength.DEV if dev else Strength.DEPENDENCY  # dev: `apply false`
                result.signals.append(
                    Signal(kind_, name, strength, evidence, version, package=plugin_id)
                )
        elif key.startswith("bundles."):
            members = bundle_keys.get(key.removeprefix("bundles.").lower())
            for member in members if isinstance(members, list) else ():
                _library(
                    result, libraries.get(_key(str(member))), _key(str(member)), dev, evidence,
                    kind == "provided",
                )
        else:
            # Spelled as the alias is (`libs.spring_boot_web` for an `ext` map's entry).
            _library(result, libraries.get(_key(key)), key, dev, evidence, kind == "provided")
    result.pending = []
    for name, value in builds.inherited_extras(folder).items():
        properties.setdefault(name, value)
    # `version PluginVersions.SPRING_BOOT_VERSION`: a constant of the build's `buildSrc/`.
    for name, value in (builds.nearest(builds.buildsrc_constants, folder) or {}).items():
        properties.setdefault(name, value)
    signals = [_substitute(s, properties) for s in result.signals] if properties else result.signals
    # The platform BOM's release before the plugin's, the generator's property before both.
    signals = [_platform(s, properties) for s in _bom_fixed(signals)]
    # One framework module pinned past the platform BOM the build imports (a catalogue entry
    # of its own at an older release, beside modules the BOM versions): an exception for one
    # jar, as in a pom (`bom_pins`); Gradle's enforced platform even overrides it. Only the
    # libraries: an applied plugin's release (or the generator's property) is settled above.
    libraries = [s for s in signals if s.package not in PLUGINS]
    unpinned = iter(unpin_exceptions(signals, libraries, BOMS.keys()))
    result.signals = [s if s.package in PLUGINS else next(unpinned) for s in signals]
    # A framework whose modules each have a release line of their own: the platform's names it.
    result.signals = unpin_own_lines(result.signals, PLUGINS)


PLATFORM_PROPERTIES = {
    "io.micronaut.application": "micronautVersion",
    "io.micronaut.minimal.application": "micronautVersion",
    "io.quarkus": "quarkusPlatformVersion",
    # Grails' application plugin: the generator writes the release as `grailsVersion`, which
    # the plugin reads to import the matching grails-bom (its own release line may differ).
    "org.grails.grails-web": "grailsVersion",
    "org.apache.grails.gradle.grails-web": "grailsVersion",
}
"""Application plugin → the Gradle property naming the framework release it builds with: the
plugin's own version (`id("io.micronaut.application") version "4.4.2"`) is the build
plugin's, the property (`micronautVersion=4.6.3` in gradle.properties, as the project
generators write it) the framework's."""


def _platform(signal: Signal, properties: dict[str, str]) -> Signal:
    wanted = PLATFORM_PROPERTIES.get(signal.package)
    release = properties.get(wanted, "") if wanted else ""
    return signal.replace(version=release) if release and "$" not in release else signal


def _bom_fixed(signals: list[Signal]) -> list[Signal]:
    """Blank the version of a Micronaut / Quarkus application plugin when the build imports
    the framework's platform BOM with a version (`platform(libs.micronaut.platform)`): the
    plugin is released on its own line (Micronaut's Gradle plugin 5.0.0 beside platform
    5.0.2), the BOM fixes the framework's libraries, as a Maven build's BOM or parent does."""
    fixed = {s.name for s in signals if s.kind is K.FRAMEWORK and s.version and s.package in BOMS}
    return [
        s.replace(version="") if s.package in PLATFORM_PROPERTIES and s.name in fixed else s
        for s in signals
    ]


def _library(
    result: ManifestResult,
    found: tuple[str, str, str] | None,
    key: str,
    dev: bool,
    evidence: Evidence,
    provided: bool = False,
) -> None:
    # Without a catalogue entry the accessor is the best guess of the artifact.
    group, artifact, version = found if found else ("", key.replace(".", "-"), "")
    artifact = bom_artifact(artifact)
    if artifact in BOMS:
        result.signals += [s.replace(evidence=evidence) for s in _bom_plain(artifact, version)]
        return
    result.signals += typed(classify(group, artifact), artifact, version, dev, evidence, provided)


def _constant(
    result: ManifestResult,
    kind: str,
    key: str,
    dev: bool,
    evidence: Evidence,
    constants: dict[str, str],
) -> None:
    """A plugin, dependency or module of the build named by a constant of the build's
    `buildSrc/` (`gradle_const_refs`): the id, coordinate or path it holds; a name no constant
    gives is nothing."""
    if kind == "const-project":
        path = constants.get(key, "")
        if path.startswith(":"):
            (result.test_uses if dev else result.uses).append(path)
        return
    if kind == "const-plugin":
        name, _, version = key.partition("=")
        plugin_id = constants.get(name, "")
        if plugin_id in PLUGINS:
            kind_, framework = PLUGINS[plugin_id]
            strength = Strength.DEV if dev else Strength.DEPENDENCY  # dev: `apply false`
            result.signals.append(
                Signal(kind_, framework, strength, evidence, version, package=plugin_id)
            )
        return
    found = gradle_const_refs.coordinate(key, constants)
    if found is None:
        return
    result.runtime_dependencies += not dev
    _library(result, found, key, dev, evidence, kind == "const-provided")


def _classpath(
    result: ManifestResult, found: tuple[str, str, str] | None, evidence: Evidence
) -> None:
    """A catalogue library on the buildscript's classpath: only a framework's build plugin
    (`spring-boot-gradle-plugin`) says anything, the framework's release; other build plugins
    are no dependencies of the program."""
    if found is None:
        return
    artifact = bom_artifact(found[1])
    if artifact in BOMS:
        result.signals += [s.replace(evidence=evidence) for s in _bom_plain(artifact, found[2])]


def _bom_plain(artifact: str, version: str) -> list[Signal]:
    name = BOMS.get(artifact.lower())
    if name is None or not version:
        return []
    return [Signal(K.FRAMEWORK, name, Strength.DEV, NOWHERE, version, package=artifact.lower())]


_TEMPLATE = re.compile(
    r"\$\{([\w.]+?)(?:\.get\(\))?\}|\$([\w.]+)"
    r"""|\$\{(?:project\.)?(?:property|findProperty)\([ \t]*["']([\w.-]+)["'][ \t]*\)\}"""
)
"""A reference in a version: `${property}`, `$property`, a catalogue version a Kotlin
string template reads (`"io.ktor:ktor-server-core:${libs.versions.ktor.get()}"`, the
`Provider`'s `.get()` giving the catalogue's text), or a project property read by call
(`${property("ktorVersion")}`)."""


def _substitute(signal: Signal, properties: dict[str, str]) -> Signal:
    if "$" not in signal.version:
        return signal

    def value(match: re.Match[str]) -> str:
        name = match.group(1) or match.group(2) or match.group(3)
        if name.startswith("libs.versions."):
            # The accessor as the catalogue's keys are kept (`_key`: lower case).
            name = name.lower()
        return properties.get(name, properties.get(name.removeprefix("project."), match.group(0)))

    version = _TEMPLATE.sub(value, signal.version)
    return signal.replace(version="" if "$" in version else version)


def inherit_properties(poms: dict[str, ManifestResult]) -> None:
    """Resolve the `${property}` versions a Maven module leaves to the poms above it (folder
    → pom): the nearest one defining the property wins, as a `<parent>` chain up the tree
    does. A version still unresolved stays as written."""
    for folder, result in poms.items():
        if not any("$" in s.version for s in result.signals):
            continue
        inherited: dict[str, str] = {}
        here = folder
        while here != ".":
            here = posixpath.dirname(here) or "."
            above = poms.get(here)
            for name, value in above.properties.items() if above else ():
                inherited.setdefault(name, value)
        if inherited:
            result.signals = [with_properties(s, inherited) for s in result.signals]


def with_properties(signal: Signal, properties: dict[str, str]) -> Signal:
    """The signal with the `${property}` references of its version replaced from
    `properties`; as it was while one stays unresolved. Shared with `maven_parent_files`."""
    # Maven property names may hold hyphens (`spring-boot.version`). A property may name
    # another (`<plugin.x.version>${x.version}</plugin.x.version>`): follow a short chain.
    version = signal.version
    for _ in range(_CHAIN):
        if "$" not in version:
            break
        version = re.sub(
            r"\$\{([^}]+)\}", lambda m: properties.get(m.group(1), m.group(0)), version
        )
    return signal if "$" in version else signal.replace(version=version)


_CHAIN = 4
"""Property-to-property hops followed before a version is left as written (a loop stops)."""
