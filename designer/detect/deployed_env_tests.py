"""An engine a Node program opts into by an environment variable that its Helm chart sets.

A program supporting two stores may open one only when a variable names it (`if
(process.env.DB_TYPE === 'postgres') { … dialect: 'postgres' … } else { …the MongoDB URL… }`):
with the variable unset the other branch runs, so the tested engine is an opt-in
(`engines.env_test_rules`). The chart that deploys the product may set that variable, though:
a template under its `templates/` folder (`DB_TYPE: {{ .Values.api.db.type | quote }}` in a
ConfigMap, over the chart's `values.yaml` giving `api:` / `db:` / `type: postgres`; or a
literal, `DB_TYPE: postgres`, `- name: DB_TYPE` / `value: postgres`). Then the engine is the
one the product is deployed with (production configuration first), no opt-in. Only a variable
every template found gives that same value counts; a value left to the deployer (`{{
requiredEnv "DB_TYPE" }}`) says nothing, and a Compose file switching the variable (a
`docker-compose.postgres.yml` variant) is one alternative way to run it, not the deployment.
"""

from __future__ import annotations

import os
import posixpath
import re

from designer.detect.assemble import Unit
from designer.detect.codewalk import code_files
from designer.detect.node_imports import ENDINGS
from designer.detect.signals import Scope, Signal, Strength
from designer.detect.walker import PRUNED, read_text
from designer.model.stack import Evidence, FindingKind

LANGUAGE = "node"

MAX_FILES = 2000
"""YAML files of the repository looked through at most (only a chart's templates are read)."""

_TEST = re.compile(
    r"""process\.env(?:\.(\w+)|\[[ \t]*["'`](\w+)["'`][ \t]*\])[ \t]*={2,3}[ \t]*"""
    r"""["'`]([\w.-]+)["'`]"""
)
"""The test of the variable's value (`process.env.DB_TYPE === 'postgres'`)."""

_SKIPPED = frozenset({*PRUNED, "test", "tests", "e2e", "cypress", "examples"})


def _skip(name: str) -> bool:
    return name in _SKIPPED


def mark(top: str, units: dict[str, Unit]) -> None:
    """Make each opted-in engine whose variable the deployment sets to it a deployed one."""
    wanted: list[tuple[Unit, int, str, str]] = []
    for unit in units.values():
        for index, signal in enumerate(unit.signals.get(LANGUAGE, [])):
            evidence = signal.evidence
            if (
                signal.kind is not FindingKind.DATABASE
                or not signal.opt_in
                or not evidence.path.endswith(ENDINGS)
            ):
                continue
            test = _TEST.search(evidence.text)
            if test is not None:
                wanted.append((unit, index, test.group(1) or test.group(2), test.group(3)))
    if not wanted:
        return
    settings = _settings(top, {variable for _, _, variable, _ in wanted})
    for unit, index, variable, value in wanted:
        found = settings.get(variable, [])
        if not found or any(given.lower() != value.lower() for given, _ in found):
            continue  # unset, or set to another engine somewhere
        signals = unit.signals[LANGUAGE]
        signal = signals[index]
        signals[index] = signal.replace(opt_in=False, scope=Scope.DEPLOYED)
        for _, evidence in found:
            signals.append(
                Signal(FindingKind.DATABASE, signal.name, Strength.ENTRY, evidence,
                       scope=Scope.DEPLOYED)
            )


_LITERAL = r"""[ \t]*["']?([\w.-]+)["']?[ \t]*(?:#[^\n]*)?$"""


def _settings(top: str, variables: set[str]) -> dict[str, list[tuple[str, Evidence]]]:
    """Variable → the literal values the charts' templates give it, with where."""
    found: dict[str, list[tuple[str, Evidence]]] = {}
    charts: dict[str, tuple[str, str, object] | None] = {}  # each chart's values read once
    endings = (".yaml", ".yml")
    for path in code_files(top, ".", endings, MAX_FILES, skip_dir=_skip):
        if path is None:
            return {}  # too large a tree: unread
        if _chart(path) is None:
            continue  # not a chart's template
        text = read_text(top, path)[0] or ""
        for variable in variables:
            if variable not in text:
                continue
            name = re.escape(variable)
            plain = re.compile(rf"(?m)^[ \t]*-?[ \t]*{name}[ \t]*[:=]{_LITERAL}")
            listed = re.compile(
                rf"(?m)^[ \t]*-[ \t]*name:[ \t]*[\"']?{name}[\"']?[ \t]*\n[ \t]*value:{_LITERAL}"
            )
            for pattern in (plain, listed):
                for match in pattern.finditer(text):
                    found.setdefault(variable, []).append(
                        (match.group(1), _evidence(path, text, match.start(1)))
                    )
            templated = re.compile(
                rf"(?m)^[ \t]*{name}[ \t]*:[ \t]*\{{\{{-?[ \t]*\.Values\.([\w.]+)[^}}\n]*\}}\}}"
            )
            for match in templated.finditer(text):
                chart = _chart(path) or ""
                if chart not in charts:
                    charts[chart] = _values(top, chart)
                given = _chart_value(charts[chart], match.group(1))
                if given is not None:
                    found.setdefault(variable, []).append(given)
    return found


def _values(top: str, chart: str) -> tuple[str, str, object] | None:
    """The chart's `values.yaml` (or `.yml`): its path, text and parsed data; None when it has
    none or it does not parse."""
    for name in ("values.yaml", "values.yml"):
        path = posixpath.join(chart, name) if chart else name
        if not os.path.isfile(os.path.join(top, path)):
            continue
        import yaml  # here: most scans never read a chart, and the module costs a start

        text = read_text(top, path)[0] or ""
        try:
            return path, text, yaml.safe_load(text)
        except (yaml.YAMLError, RecursionError, ValueError, TypeError):
            return None
    return None


def _chart_value(values: tuple[str, str, object] | None, key: str) -> tuple[str, Evidence] | None:
    """The literal a chart's values give `.Values.<key>` (`lti.db.type`), with where; None
    when they give none."""
    if values is None:
        return None
    path, text, data = values
    for part in key.split("."):
        data = data.get(part) if isinstance(data, dict) else None
    if not isinstance(data, str) or not data:
        return None
    leaf = re.escape(key.rpartition(".")[2])
    match = re.search(rf"(?m)^[ \t]*{leaf}[ \t]*:[ \t]*[\"']?{re.escape(data)}\b", text)
    return data, _evidence(path, text, match.start() if match else 0)


def _chart(path: str) -> str | None:
    """The folder of the Helm chart whose `templates/` holds `path` ("" at the top), or None."""
    folder = posixpath.dirname(path)
    while folder and posixpath.basename(folder) != "templates":
        folder = posixpath.dirname(folder)
    return posixpath.dirname(folder) if folder else None


def _evidence(path: str, text: str, at: int) -> Evidence:
    line = text.count("\n", 0, at) + 1
    return Evidence(path=path, line=line, text=text.splitlines()[line - 1].strip()[:200])
