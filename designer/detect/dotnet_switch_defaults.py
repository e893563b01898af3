""".NET: the EF Core provider the `default:` section of a host's own provider `switch` registers.

A program supporting several engines may pick its context's provider in a `switch` over a
value it reads at start (a database type from a configuration service, an environment
variable), one section per engine, and name the engine it falls back to in the `default:`
section:

    switch (dbType)
    {
        case "PostgreSql":
            builder.UseNpgsql();
            break;
        default:
            builder.UseSqlServer();
            break;
    }

Every provider call names its engine in the code alike, and both packages are referenced; the
`default:` section is the engine the program runs on when nothing says otherwise: its own
explicit default (`Scope.CHOSEN`, with that call's line as evidence), the cases engines it
supports. Such a helper lies anywhere in the host's code (an `Infrastructure/Extensions`
folder), beyond the shallow files the walk samples, so the host's own C# files are read whole
(`dotnet_sources`); a project too large to read is left alone. A host whose settings or code
already choose an engine, a `default:` section calling no provider or several engines', a
switch whose other sections call no other engine's provider, and hosts whose files disagree on
the default, are left to the other rules (`dotnet_setting_branches` reads `if` branches a
shipped setting selects).
"""

from __future__ import annotations

import re

from designer.detect.assemble import Unit
from designer.detect.dotnet_registrations import closing
from designer.detect.dotnet_sources import own_sources
from designer.detect.ecosystems.gradle_text import blank_comments
from designer.detect.ef_registrations import ENGINES, PROVIDER, undecided_hosts
from designer.detect.signals import Scope, Signal, Strength
from designer.detect.walker import read_text
from designer.model.stack import Evidence, FindingKind

LANGUAGE = "dotnet"

_SWITCH = re.compile(r"\bswitch[ \t]*\([^)\n]*\)\s*\{")
"""A `switch` statement's head, up to its opening brace (a switch expression has no `case`)."""

_LABEL = re.compile(r"^[ \t]*(?:case\b[^\n]*?|default[ \t]*):[ \t]*$", re.MULTILINE)
"""A section's label on a line of its own: `case "PostgreSql":`, `default:`."""


def mark(top: str, units: dict[str, Unit]) -> None:
    """Add, to each ASP.NET Core host whose own code picks its provider in a `switch` with a
    `default:` section naming one engine, that engine as the program's choice."""
    for unit, signals in undecided_hosts(units):
        found: dict[str, Evidence] = {}
        for path in own_sources(top, unit, units):
            text = read_text(top, path)[0] or ""
            if "default" not in text or not PROVIDER.search(text):
                continue
            for engine, line in _defaults(blank_comments(text)):
                found.setdefault(engine, Evidence(path=path, line=line, text=_line(text, line)))
        if len(found) == 1:
            engine, evidence = found.popitem()
            signals.append(
                Signal(FindingKind.DATABASE, engine, Strength.ENTRY, evidence, scope=Scope.CHOSEN)
            )


def _line(text: str, line: int) -> str:
    lines = text.splitlines()
    return lines[line - 1].strip() if 0 < line <= len(lines) else ""


def _defaults(text: str) -> list[tuple[str, int]]:
    """The engine each provider `switch` of the (comment-blanked) text falls back to, with the
    1-based line of its `default:` section's provider call."""
    found: list[tuple[str, int]] = []
    for head in _SWITCH.finditer(text):
        body = closing(text, head.end() - 1) - 1  # its closing brace (an unclosed one: the end)
        labels = list(_LABEL.finditer(text, head.end(), body))
        sections: list[tuple[bool, set[str], int | None]] = []
        for index, label in enumerate(labels):
            end = labels[index + 1].start() if index + 1 < len(labels) else body
            engines: set[str] = set()
            first: int | None = None
            for call in PROVIDER.finditer(text, label.end(), end):
                engines.add(ENGINES[call.group(1).lower()])
                if first is None:
                    first = text.count("\n", 0, call.start()) + 1
            is_default = label.group(0).strip().startswith("default")
            sections.append((is_default, engines, first))
        defaults = [s for s in sections if s[0]]
        if len(defaults) != 1 or len(defaults[0][1]) != 1 or defaults[0][2] is None:
            continue
        engine = next(iter(defaults[0][1]))
        # The other sections choose other engines: a provider switch, not one that only
        # tunes the default engine's options.
        if not any(engines - {engine} for is_default, engines, _ in sections if not is_default):
            continue
        found.append((engine, defaults[0][2]))
    return found
