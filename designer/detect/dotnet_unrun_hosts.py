""".NET programs that build a web application only for its services, and never run it.

A console program may borrow ASP.NET Core's builder for what it sets up — configuration,
logging, dependency injection, OpenTelemetry — and never serve: a job shell a scheduler's worker
starts once per job builds the host, takes its service provider and runs the job with it, then
exits:

    var builder = WebApplication.CreateBuilder();
    builder.Services.AddHttpClient();
    var app = builder.Build();
    await ShellHelper.Execute(app.Services, cmd.Value);

`WebApplication.CreateBuilder` names ASP.NET Core, but the application built is never run or
started and nothing is mapped on it: no request reaches the program, a batch job or CLI, no
backend (HELDOUT.md). It is marked `Unit.no_web`.

Only a console project is judged (its project file on the plain SDK, `Microsoft.NET.Sdk`, with
`<OutputType>Exe</OutputType>`: a Web SDK project is made to serve), with its own C# files read
whole (`dotnet_sources`), and only when it takes the built application's services
(`app.Services`) and every use of the application is a read of its services, configuration,
logger or environment: a `Run`, `Start`, `Map…` or `Use…` on it, the application
handed to a method (`Startup.Configure(app)`), or any other host built in the code (a
`WebHost`, a `ConfigureWebHost`) leaves the project to the other rules.
"""

from __future__ import annotations

import re

from designer.detect.assemble import Unit
from designer.detect.dotnet_sources import own_sources
from designer.detect.ecosystems.dotnet import PROJECT_ENDINGS
from designer.detect.ecosystems.gradle_text import blank_comments
from designer.detect.walker import read_text
from designer.model.stack import FindingKind

LANGUAGE = "dotnet"

_CREATE = re.compile(r"\bWebApplication\.Create(?:Slim)?Builder\s*\(")
"""The minimal hosting model's builder."""

_OTHER_HOSTS = re.compile(
    r"\bWebHost\.CreateDefaultBuilder\s*\(|\.ConfigureWebHost(?:Defaults)?\s*\("
    r"|\bnew\s+WebHostBuilder\s*\(|\bWebApplication\.Create\s*\("
)
"""Other ways of building a web host, which this does not follow."""

_BUILT = re.compile(r"\b(?:var|WebApplication)[ \t]+(\w+)[ \t]*=[ \t]*\w+[ \t]*\.[ \t]*Build\(\)")
"""The application built from the builder (`var app = builder.Build()`)."""

_CONSOLE = re.compile(r"<OutputType>\s*Exe\s*</OutputType>", re.IGNORECASE)
"""A project building an executable."""

_READS = frozenset({"Services", "Configuration", "Logger", "Environment"})
"""What a program may take from the built application without serving anything."""


def mark(top: str, units: dict[str, Unit]) -> None:
    """Set `Unit.no_web` on the projects whose own code builds a web application and only
    takes its services, never running it."""
    for unit in units.values():
        if unit.no_web:
            continue
        signals = unit.signals.get(LANGUAGE, [])
        if not any(
            s.kind is FindingKind.FRAMEWORK
            and s.name == "ASP.NET Core"
            and _CREATE.search(s.evidence.text)
            for s in signals
        ):
            continue
        if not _console(top, unit):
            continue
        paths = own_sources(top, unit, units)
        if paths and _never_run([blank_comments(read_text(top, p)[0] or "") for p in paths]):
            unit.no_web = True


def _never_run(texts: list[str]) -> bool:
    """Whether the files build a web application, and every later use of it reads one of
    `_READS` only."""
    names: set[str] = set()
    for text in texts:
        if _OTHER_HOSTS.search(text):
            return False
        if _CREATE.search(text):
            names.update(_BUILT.findall(text))
    if not names or not any(
        re.search(rf"\b{re.escape(name)}\s*\.\s*Services\b", text)
        for name in names
        for text in texts
    ):
        return False
    for text in texts:
        for name in names:
            for use in re.finditer(rf"\b{re.escape(name)}\b(?!\s*=[^=])", text):
                after = re.match(r"\s*\.\s*(\w+)\b(?!\s*\()", text[use.end():])
                read = after is not None and after.group(1) in _READS
                if not read and not _declaration(text, use.start()):
                    return False
    return True


def _console(top: str, unit: Unit) -> bool:
    """Whether the unit's project file builds an executable on the plain SDK."""
    projects = [p for p, _, _ in unit.manifests if p.endswith(PROJECT_ENDINGS)]
    if len(projects) != 1:
        return False
    text = read_text(top, projects[0])[0] or ""
    return '"Microsoft.NET.Sdk"' in text and bool(_CONSOLE.search(text))


def _declaration(text: str, at: int) -> bool:
    """Whether the name at `at` is the one declared by `var app = …Build()`."""
    start = text.rfind("\n", 0, at) + 1
    return bool(re.match(r"[ \t]*(?:var|WebApplication)[ \t]+$", text[start:at]))
