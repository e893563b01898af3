"""Example settings the project's own start script installs as its settings.

A Python program may keep its database settings in a module it does not ship (`configs.py`,
ignored by git), importing it when the environment names no database server, and ship an
example of it instead (`configs.example.py`: Django's `DATABASES` on SQLite). An example alone
is a suggestion (`engines.scope` ranks what it names with the drivers). But where a command
file of the project — the container's entrypoint script, a Dockerfile, a setup script — copies
the example into place (`cp configs.example.py configs.py`), the example is what the program
runs with as installed and started: its engine is the program's explicit default
(`Scope.CHOSEN`), above the drivers of the servers an operator may opt into.
"""

from __future__ import annotations

import posixpath
import re

from designer.detect.assemble import Unit
from designer.detect.project_commands import command_texts
from designer.detect.signals import Scope
from designer.model.stack import FindingKind

_EXAMPLE = re.compile(
    r"^(?P<stem>\w+?)(?:[._-](?:example|sample|dist|default|template))"
    r"(?P<ending>\.py)$|^(?P<stem2>\w+)\.py\.(?:example|sample|dist|default|template)$"
)
"""An example of a Python module, by its name (`configs.example.py`, `settings_sample.py`,
`local_settings.py.example`)."""

_COPY = re.compile(
    r"(?:^|[;&|(]|\bRUN)[ \t]*(?:cp|COPY)[ \t]+(?:-[\w-]+[ \t]+)*"
    r"[\"']?(?P<source>[\w./$-]+)[\"']?[ \t]+[\"']?(?P<target>[\w./$-]+)[\"']?[ \t]*(?:$|[;&|)#])",
    re.MULTILINE,
)
"""A command copying one file onto another (`cp configs.example.py configs.py`, a
Dockerfile's `COPY`)."""


def _installed(name: str) -> str:
    """The module an example settings file is the example of (`configs.py`), or ""."""
    match = _EXAMPLE.match(name)
    if match is None:
        return ""
    return (match.group("stem") or match.group("stem2")) + ".py"


def mark(top: str, units: dict[str, Unit]) -> None:
    """Rank the engine of an example settings module a command file of the project copies
    into place as the program's explicit default."""
    for unit in units.values():
        examples = {
            signal.evidence.path
            for found in unit.signals.values()
            for signal in found
            if signal.kind is FindingKind.DATABASE
            and signal.scope is None
            and _installed(posixpath.basename(signal.evidence.path))
        }
        if not examples:
            continue
        copied = _copied(top, unit.folder, examples)
        if not copied:
            continue
        for ecosystem, found in unit.signals.items():
            unit.signals[ecosystem] = [
                signal.replace(scope=Scope.CHOSEN)
                if signal.kind is FindingKind.DATABASE
                and signal.scope is None
                and signal.evidence.path in copied
                else signal
                for signal in found
            ]


def _copied(top: str, folder: str, examples: set[str]) -> set[str]:
    """The paths among `examples` a command file of the repository or of `folder` copies onto
    the module each is the example of."""
    names = {posixpath.basename(path): path for path in examples}
    found: set[str] = set()
    folders = ("",) if folder in ("", ".") else ("", folder)
    for _, text in command_texts(top, folders):
        if "cp" not in text and "COPY" not in text:
            continue
        for match in _COPY.finditer(text):
            source = posixpath.basename(match.group("source"))
            target = posixpath.basename(match.group("target"))
            if source in names and target == _installed(source):
                found.add(names[source])
    return found
