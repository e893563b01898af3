"""Python: the database section of a YAML settings file the program's code names.

A Python service may read its settings from a YAML file kept outside its package, beside the
start scripts of the installation (`conf/service_conf.yaml` at the top of the repository while
the manifest is in `python/`): its modules name the file (`SERVICE_CONF_NAME =
"service_conf.yaml"`) and load it at start. The file's database section picks the engine
(`database:` … `engine: sqlite`, a `mysql:` block of settings beside it for the operator who
switches): as shipped, that is the engine the service runs on, above the drivers it installs
for the others (`defaults.yaml_section_rules`, as Go and JVM programs' settings files are read).

Only Python projects with a framework and no engine their own files already choose are asked,
only about YAML files whose name a string of their modules (outside tests and nested projects)
holds, looked for in the project's folder and the folders above it, in each directly or in its
`conf/`, `config/` or `etc/` folder. Files naming different engines say nothing.
"""

from __future__ import annotations

import posixpath
import re

from designer.detect import defaults
from designer.detect.assemble import Unit
from designer.detect.pymodules import each_module, nested_projects
from designer.detect.signals import Scope, Signal, Strength
from designer.detect.walker import read_text
from designer.model.stack import Evidence, FindingKind

LANGUAGE = "python"

_NAMED = re.compile(r"""["']([\w.-]+\.ya?ml)["']""")
"""A YAML file's name in a string (`"service_conf.yaml"`)."""

_SECTIONS = defaults.yaml_section_rules(("settings.yaml",))
"""One rule per engine: a database section's engine key naming it."""

_HOMES = ("", "conf", "config", "etc")
"""Where, in the project's folder and each folder above it, a named settings file is kept."""

_DECIDED = frozenset({Scope.CHOSEN, Scope.PRODUCTION})


def read(top: str, units: dict[str, Unit]) -> None:
    """Give each Python service the engine of the YAML settings file its modules name."""
    folders = list(units)
    for unit in units.values():
        if not any(ecosystem == LANGUAGE for _, ecosystem, _ in unit.manifests):
            continue
        signals = unit.signals.get(LANGUAGE, [])
        if not any(s.kind is FindingKind.FRAMEWORK for s in signals):
            continue
        if any(s.kind is FindingKind.DATABASE and s.scope in _DECIDED for s in signals):
            continue
        names = _named(top, unit.folder, nested_projects(unit.folder, folders))
        found = [signal for path in _candidates(top, unit.folder, names) if
                 (signal := _section(top, path)) is not None]
        if found and len({s.name for s in found}) == 1:
            signals.append(found[0])


def _named(top: str, folder: str, nested: set[str]) -> set[str]:
    """The YAML file names the project's modules hold in strings."""
    names: set[str] = set()
    for module in each_module(top, folder, nested):
        if module is None:
            break
        if ".y" in module[1]:
            names.update(_NAMED.findall(module[1]))
    return names


def _candidates(top: str, folder: str, names: set[str]) -> list[str]:
    """The paths (relative to `top`) of the named files in `folder`, the folders above it, and
    their settings folders."""
    paths: list[str] = []
    current = folder
    while True:
        for home in _HOMES:
            for name in sorted(names):
                path = "/".join(p for p in (current, home, name) if p and p != ".")
                if path not in paths and read_text(top, path)[0] is not None:
                    paths.append(path)
        if current == ".":
            return paths
        current = posixpath.dirname(current) or "."


def _section(top: str, path: str) -> Signal | None:
    """The engine the file's database section picks, as a signal, if it picks one."""
    text = read_text(top, path)[0] or ""
    for rule in _SECTIONS:
        match = rule.pattern.search(text) if rule.pattern is not None else None
        if match is not None:
            line = text.count("\n", 0, match.start()) + 1
            evidence = Evidence(path=path, line=line, text=text.splitlines()[line - 1].strip())
            return Signal(FindingKind.DATABASE, rule.name, Strength.ENTRY, evidence,
                          scope=Scope.CHOSEN)
    return None
