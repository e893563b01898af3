"""The properties of a Maven parent pom kept under another file name.

A build may keep its parent beside the aggregator under a name of its own (`back-end/pom.xml`
naming `<relativePath>./pom-parent.xml</relativePath>`), and keep there the properties the
aggregator's BOM import reads (`<spring-boot.version>2.7.18</spring-boot.version>` for the
`spring-boot-dependencies` it imports at `${spring-boot.version}`). The walk reads only files
named `pom.xml` as manifests, so that parent is never read and the version stays unresolved.
Maven reads the file `relativePath` names: here its properties are read too, the pom's own
winning, and lent to the pom before the modules below it inherit them
(`jvm_refs.inherit_properties`).
"""

from __future__ import annotations

import posixpath

from designer.detect.ecosystems import jvm
from designer.detect.ecosystems.jvm_refs import with_properties
from designer.detect.signals import Lines, ManifestError, ManifestResult
from designer.detect.walker import read_text

MAX_PARENTS = 4
"""Parents followed up one chain of `relativePath`s (a loop stops)."""


def lend_properties(top: str, parsed: list[tuple[str, str, ManifestResult]]) -> None:
    """Give each pom the properties of the parent files its `<relativePath>` names that are
    not `pom.xml` (read here, as the walk does not), and resolve its own `${property}`
    versions with them."""
    for path, _, result in parsed:
        if posixpath.basename(path) != "pom.xml" or not result.maven_parent_path:
            continue
        inherited = _parent_properties(top, path, result.maven_parent_path)
        if not inherited:
            continue
        for name, value in inherited.items():
            result.properties.setdefault(name, value)
        result.signals = [with_properties(s, result.properties) for s in result.signals]


def _parent_properties(top: str, path: str, relative: str) -> dict[str, str]:
    """The properties of the chain of parent files from the pom at `path`, nearest first
    winning; {} when the first parent is a `pom.xml` (a manifest read as such) or a folder."""
    found: dict[str, str] = {}
    seen: set[str] = set()
    for _ in range(MAX_PARENTS):
        target = _target(path, relative)
        if not target or target in seen:
            break
        seen.add(target)
        text, _ = read_text(top, target)
        if text is None:
            break
        try:
            parent = jvm.read_pom(Lines(target, text))
        except (ManifestError, ValueError):
            break
        for name, value in parent.properties.items():
            found.setdefault(name, value)
        path, relative = target, parent.maven_parent_path
        if not relative:
            break
    return found


def _target(path: str, relative: str) -> str:
    """The file a `relativePath` names from the pom at `path`: only another file name than
    `pom.xml` (a folder means its pom.xml, a manifest the walk reads) inside the tree."""
    relative = relative.strip()
    if not relative.endswith(".xml") or posixpath.basename(relative) == "pom.xml":
        return ""
    target = posixpath.normpath(posixpath.join(posixpath.dirname(path), relative))
    if target.startswith("../") or target == ".." or posixpath.isabs(target):
        return ""
    return target

