"""JVM: a war whose web layer is the application server's own (Jakarta EE / Java EE).

An application deployed on WildFly, Payara, TomEE or Open Liberty compiles against the
platform's API (`javax:javaee-api`, `javax:javaee-web-api`, `jakarta.platform:jakarta.jakartaee-api`
or its web profile), in `provided` scope: the server supplies JAX-RS, JSF, EJB and CDI, so the
build declares no web framework at all, and the catalogue (which reads servers a program brings)
sees none. The war is still a server: its JAX-RS application and resources, its EJBs, its
Faces servlet are served by the platform. So a Maven module packaged as a `war` whose own pom or
an enclosing pom of the tree declares a platform API, that declares no other framework, and whose
main sources (or those of the tree's modules it packages) hold a JAX-RS resource or an EJB, or
whose deployment descriptor mounts the Faces servlet, runs `Jakarta EE`, with the API's declared
version (a property resolved in the poms that declare it; unversioned where it comes from a
parent outside the tree). An ear, the jars it assembles and a Spring or Jersey war that pulls
one API jar keep what they had.

Such a war in an ear depends on the EJB jars beside it in `provided` scope (the ear packages
them, so the war must not): where the tree builds an ear, those modules of the tree are the
war's at run time, and their data layer is the war's.
"""

from __future__ import annotations

import posixpath
import re

from designer.detect.assemble import Unit
from designer.detect.codewalk import all_code_files
from designer.detect.jvm_sources import main_tree
from designer.detect.nonservices import module_names, used_modules
from designer.detect.signals import Signal, Strength
from designer.detect.walker import read_text
from designer.model.stack import Evidence, FindingKind

ECOSYSTEM = "jvm"
NAME = "Jakarta EE"

MAX_FILES = 3000
"""Main sources read per module: a larger tree is left alone."""

_PLATFORM_APIS = frozenset({
    ("javax", "javaee-api"),
    ("javax", "javaee-web-api"),
    ("jakarta.platform", "jakarta.jakartaee-api"),
    ("jakarta.platform", "jakarta.jakartaee-web-api"),
})
"""The platform API artifacts (full and web profile), Java EE's and Jakarta EE's."""

_WAR = re.compile(r"<packaging>\s*war\s*</packaging>")
_EAR = re.compile(r"<packaging>\s*ear\s*</packaging>")
_SCOPE = re.compile(r"<scope>\s*provided\s*</scope>")
_DEPENDENCY = re.compile(r"<dependency>(.*?)</dependency>", re.DOTALL)
_TAG = {
    tag: re.compile(rf"<{tag}>\s*([^<\s]+)\s*</{tag}>")
    for tag in ("groupId", "artifactId", "version")
}
_PROPERTIES = re.compile(r"<properties>(.*?)</properties>", re.DOTALL)
_PROPERTY = re.compile(r"<([\w.\-]+)>\s*([^<\s]+)\s*</\1>")

_SERVED = re.compile(
    r"^[ \t]*@(?:jakarta\.ws\.rs\.|javax\.ws\.rs\.)?(?:ApplicationPath|Path)"
    r"[ \t]*\([^)\n]*\)[ \t]*$"
    r"|^import[ \t]+(?:javax|jakarta)\.ejb\.(?:Stateless|Stateful|Singleton|MessageDriven)[ \t]*;",
    re.MULTILINE,
)
"""What the platform serves from code: a JAX-RS application or resource (`@Path` on a line of
its own, not a client's parameter), an EJB (session or message-driven bean)."""

_FACES = re.compile(r"<servlet-class>\s*(?:javax|jakarta)\.faces\.webapp\.FacesServlet\s*<")
"""A deployment descriptor mounting the Faces servlet: JSF pages the platform serves."""


def find(top: str, units: dict[str, Unit]) -> None:
    """Add a `Jakarta EE` framework signal to each war module running on the platform's own
    web layer (see the module's docstring)."""
    for unit in units.values():
        pom = _war_pom(top, unit)
        if pom is None or _other_framework(unit):
            continue
        declared = _platform_api(top, unit, units)
        if declared is None:
            continue
        evidence, version = declared
        modules = [unit, *used_modules(unit, units, ECOSYSTEM)]
        if not _faces(top, unit) and not any(_serves(top, m) for m in modules):
            continue
        unit.signals[ECOSYSTEM].append(Signal(
            FindingKind.FRAMEWORK, NAME, Strength.DEPENDENCY, evidence, version,
            package=evidence.text,
        ))
        if _builds_ear(top, units):
            _use_ear_siblings(top, unit, pom, units)


def _war_pom(top: str, unit: Unit) -> str | None:
    """The unit's own pom.xml when it packages a war."""
    for path, ecosystem, _ in unit.manifests:
        pom = ecosystem == ECOSYSTEM and posixpath.basename(path) == "pom.xml"
        if pom and _WAR.search(read_text(top, path)[0] or ""):
            return path
    return None


def _other_framework(unit: Unit) -> bool:
    """Whether the module declares or starts a framework of its own (Spring MVC, Jersey …)."""
    return any(
        s.kind is FindingKind.FRAMEWORK and s.strength is not Strength.DEV
        for s in unit.signals.get(ECOSYSTEM, [])
    )


def _poms(unit: Unit, units: dict[str, Unit]) -> list[str]:
    """The unit's pom.xml, then those of the folders above it, nearest first."""
    found: list[str] = []
    folder = unit.folder
    while True:
        holder = units.get(folder)
        if holder is not None:
            found += [
                p for p, e, _ in holder.manifests
                if e == ECOSYSTEM and posixpath.basename(p) == "pom.xml"
            ]
        if folder == ".":
            return found
        folder = posixpath.dirname(folder) or "."


def _platform_api(
    top: str, unit: Unit, units: dict[str, Unit]
) -> tuple[Evidence, str] | None:
    """Where the unit's pom or an enclosing one declares a platform API (not in a
    `dependencyManagement` block only), and its version, properties resolved."""
    poms = _poms(unit, units)
    texts = {path: read_text(top, path)[0] or "" for path in poms}
    for path in poms:
        text = texts[path]
        managed = _managed_spans(text)
        for match in _DEPENDENCY.finditer(text):
            if any(start <= match.start() < end for start, end in managed):
                continue
            tags = {t: p.search(match.group(1)) for t, p in _TAG.items()}
            if tags["artifactId"] is None or tags["groupId"] is None:
                continue
            coordinate = (tags["groupId"].group(1), tags["artifactId"].group(1))
            if coordinate not in _PLATFORM_APIS:
                continue
            version = tags["version"].group(1) if tags["version"] else ""
            version = _resolve(version, [texts[p] for p in poms[poms.index(path):]])
            line = text.count("\n", 0, match.start(1) + tags["artifactId"].start()) + 1
            return Evidence(path=path, line=line, text=coordinate[1]), version
    return None


def _managed_spans(text: str) -> list[tuple[int, int]]:
    return [
        (m.start(), m.end())
        for m in re.finditer(r"<dependencyManagement>.*?</dependencyManagement>", text, re.DOTALL)
    ]


def _resolve(version: str, texts: list[str]) -> str:
    """A `${property}` version resolved in the declaring pom or those above it; empty when
    unresolved (a parent outside the tree), never guessed."""
    match = re.fullmatch(r"\$\{([\w.\-]+)\}", version)
    if match is None:
        return version
    for text in texts:
        for block in _PROPERTIES.finditer(text):
            for prop in _PROPERTY.finditer(block.group(1)):
                if prop.group(1) == match.group(1) and not prop.group(2).startswith("${"):
                    return prop.group(2)
    return ""


def _serves(top: str, unit: Unit) -> bool:
    """Whether the module's main sources hold a JAX-RS resource or an EJB."""
    paths = all_code_files(top, main_tree(unit), (".java", ".kt"), MAX_FILES) or []
    return any(_SERVED.search(read_text(top, path)[0] or "") for path in paths)


def _faces(top: str, unit: Unit) -> bool:
    """Whether the war's deployment descriptor mounts the Faces servlet."""
    web = posixpath.join(main_tree(unit), "webapp", "WEB-INF", "web.xml")
    return bool(_FACES.search(read_text(top, web)[0] or ""))


def _builds_ear(top: str, units: dict[str, Unit]) -> bool:
    """Whether a Maven module of the tree packages an ear."""
    return any(
        _EAR.search(read_text(top, path)[0] or "")
        for unit in units.values()
        for path, ecosystem, _ in unit.manifests
        if ecosystem == ECOSYSTEM and posixpath.basename(path) == "pom.xml"
    )


def _use_ear_siblings(top: str, unit: Unit, pom: str, units: dict[str, Unit]) -> None:
    """Count the war's `provided` dependencies on modules of the tree among its run-time
    uses (the ear deploys them beside it)."""
    siblings = {
        name for other in units.values() if other is not unit
        for name in module_names(other, ECOSYSTEM)
    }
    text = read_text(top, pom)[0] or ""
    provided = {
        found.group(1)
        for match in _DEPENDENCY.finditer(text)
        if _SCOPE.search(match.group(1))
        for found in [_TAG["artifactId"].search(match.group(1))]
        if found is not None and found.group(1) in siblings
    }
    for path, ecosystem, result in unit.manifests:
        if path == pom and ecosystem == ECOSYSTEM:
            result.uses.extend(sorted(provided - set(result.uses)))
