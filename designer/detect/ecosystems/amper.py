"""Amper (JetBrains' "Kotlin Toolchain") module files, read as JVM builds.

An Amper project lists its modules in `project.yaml`; each module is a folder whose
`module.yaml` says what it builds (`product: jvm/app`, `jvm/lib`), which templates it applies
(`apply: [../templates/spring.module-template.yaml]`), its dependencies (`$libs.x.y` accessors
of the Gradle version catalogue `gradle/libs.versions.toml`, `$spring.boot.starter.web` of
Amper's built-in catalogue, `group:artifact:version`, `../core/lib` modules) and its settings
(`settings: springBoot: {enabled: true, version: 4.1.0}`, which fixes the release of every
Spring Boot module of the built-in catalogue). A template is written the same way: this module
reads one file; `amper_templates` merges the templates a module applies.
"""

from __future__ import annotations

import re
from typing import Any

from designer.detect.ecosystems.jvm_catalog import classify, typed
from designer.detect.signals import Lines, ManifestError, ManifestResult, Signal, Strength
from designer.model.stack import FindingKind as K

LANGUAGE = "jvm"

MODULE_FILE = "module.yaml"

_PRODUCT = re.compile(r"^product\s*:", re.MULTILINE)
"""The top-level key every Amper module file carries: what the module builds."""

BUILT_IN_GROUPS = {
    "spring": "org.springframework.boot",
    "ktor": "io.ktor",
    "kotlin": "org.jetbrains.kotlin",
}
"""Amper's built-in catalogue (`$spring.boot.starter.web`): the Maven group of each of its
prefixes; the artifact is the accessor with dashes (`spring-boot-starter-web`)."""


def is_module(text: str) -> bool:
    """Whether a `module.yaml` is an Amper module file (other tools use the name too)."""
    return _PRODUCT.search(text) is not None


def read(lines: Lines) -> tuple[ManifestResult, list[str]]:
    """A module or template file's dependencies and settings, and the templates it applies
    (as written, relative to its folder)."""
    # PyYAML on first use: most scans read no Amper module, and its import is a tenth of
    # `designer detect`'s start (as sidefiles does for Compose files).
    import yaml

    try:
        data = yaml.safe_load(lines.text)
    except yaml.YAMLError as error:
        raise ManifestError(f"not YAML ({type(error).__name__})") from error
    if not isinstance(data, dict):
        raise ManifestError("not an Amper module")
    result = ManifestResult(language=LANGUAGE)
    product = data.get("product")
    if isinstance(product, dict):
        product = product.get("type")
    if isinstance(product, str):
        # `jvm/app` runs (a main class); `jvm/lib` is loaded by the modules depending on it.
        result.deployable = product.endswith("/app")
        result.library = product.endswith("/lib")
    for key, dev in (("dependencies", False), ("test-dependencies", True)):
        for entry in _entries(data.get(key)):
            _dependency(result, lines, entry, dev)
    settings = data.get("settings")
    boot = settings.get("springBoot") if isinstance(settings, dict) else None
    version = boot.get("version") if isinstance(boot, dict) else None
    if isinstance(version, str) and version:
        # The release Amper resolves every `$spring.boot.*` module at: the framework's.
        evidence = lines.evidence(f"version: {version}")
        result.signals.append(
            Signal(K.FRAMEWORK, "Spring Boot", Strength.DEPENDENCY, evidence, version,
                   package="springBoot")
        )
    applied = data.get("apply")
    templates = [t for t in applied if isinstance(t, str)] if isinstance(applied, list) else []
    return result, templates


def parse(lines: Lines) -> ManifestResult:
    """Read an Amper module file (its templates are merged later, by `amper_templates`)."""
    if not is_module(lines.text):
        raise ManifestError("not an Amper module (no product)")
    return read(lines)[0]


def _entries(value: Any) -> list[str]:
    """The dependency notations of a list: `- $libs.x` or `- $libs.x: exported`."""
    found: list[str] = []
    for item in value if isinstance(value, list) else ():
        if isinstance(item, str):
            found.append(item)
        elif isinstance(item, dict):
            found += [k for k in item if isinstance(k, str)]
    return found


def _dependency(result: ManifestResult, lines: Lines, entry: str, dev: bool) -> None:
    evidence = lines.evidence(entry)
    if entry.startswith("$libs."):
        # The Gradle catalogue's accessor, resolved with the build's other accessors.
        result.runtime_dependencies += not dev
        result.pending.append(("library", entry.removeprefix("$libs."), dev, evidence))
    elif entry.startswith("$"):
        prefix, _, rest = entry[1:].partition(".")
        group = BUILT_IN_GROUPS.get(prefix)
        if group is None or not rest:
            return
        artifact = f"{prefix}-{rest.replace('.', '-')}"
        result.runtime_dependencies += not dev
        result.signals += typed(classify(group, artifact), artifact, "", dev, evidence)
    elif entry.count(":") >= 1 and not entry.startswith((".", "/")):
        group, artifact, *rest = entry.split(":")
        version = rest[0] if rest else ""
        result.runtime_dependencies += not dev
        result.signals += typed(classify(group, artifact), artifact, version, dev, evidence)
