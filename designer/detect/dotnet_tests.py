"""The test files of a .NET test project, as evidence of the framework they are written in.

A solution's test projects may disagree (one end-to-end project on NUnit beside the unit
tests on xUnit), and one project may reference a framework it never uses (MSTest's package
left beside xUnit's by a template). Each reference counts one project file, which cannot tell
the framework of five test files from that of thirty, nor a used reference from an unused
one. So the C# files of each project referencing a counted framework are read, and every file
importing the framework's namespace (`using Xunit;`) becomes an entry signal for it: the
framework the tests are written in is seen in code (outranking a reference nothing imports)
and by more files (outranking a smaller project's). A project too large to read whole is
left alone (as `jvm_tests`). This runs before test projects are folded into the backends they
test, so each signal travels with its project.
"""

from __future__ import annotations

import posixpath
import re

from designer.detect.assemble import Unit
from designer.detect.codewalk import all_code_files
from designer.detect.signals import Signal, Strength
from designer.detect.walker import read_head
from designer.model.stack import Evidence, FindingKind

COUNTED = {
    "xUnit": "Xunit",
    "NUnit": "NUnit.Framework",
    "MSTest": "Microsoft.VisualStudio.TestTools.UnitTesting",
    "TUnit": "TUnit",
}
"""Test frameworks and the namespace their test files import (or one below it)."""

_HEAD = 8192
"""Bytes read of a test file: its `using` directives come first."""

MAX_FILES = 600
"""C# files read per project folder at most: a larger tree is left alone."""

_USING = re.compile(r"^[ \t]*(?:global[ \t]+)?using[ \t]+(?:static[ \t]+)?([\w.]+)[ \t]*;", re.M)


def _framework(namespace: str, declared: set[str]) -> str:
    for name in declared:
        root = COUNTED[name]
        if namespace == root or namespace.startswith(root + "."):
            return name
    return ""


def mark(top: str, units: dict[str, Unit]) -> None:
    """Add an entry signal per test file importing a framework its project references."""
    for unit in units.values():
        signals = unit.signals.get("dotnet", [])
        tests = [s for s in signals if s.kind is FindingKind.TEST and s.name in COUNTED]
        declared = {s.name for s in tests}
        for folder in sorted({posixpath.dirname(s.evidence.path) for s in tests}):
            files = all_code_files(top, folder, (".cs",), MAX_FILES)
            for path in files or ():
                head = read_head(top, path, _HEAD) or ""
                seen: set[str] = set()
                for match in _USING.finditer(head):
                    name = _framework(match.group(1), declared)
                    if name and name not in seen:
                        seen.add(name)
                        line = head.count("\n", 0, match.start()) + 1
                        evidence = Evidence(path=path, line=line, text=match.group(0).strip())
                        signals.append(Signal(FindingKind.TEST, name, Strength.ENTRY, evidence))
