"""ASP.NET Core hosts that open the user's browser on themselves: a local app, not a backend.

A desktop product may ship its UI as a web page served by a self-contained ASP.NET Core program
the user starts on their own machine: once started, it opens the machine's default browser on
its own address, the way a desktop launcher does —

    Process.Start(new ProcessStartInfo("xdg-open", url) { UseShellExecute = true });
    Process.Start("open", url);

A server deployed for a product's clients never opens a browser where it runs: there is no user
at that screen. A program that does serves the one person who started it, with data kept on
their machine (a local SQLite file per project): a desktop app whose window is the browser
(HELDOUT.md: desktop apps and tools are no backends), however it was scaffolded (a Web SDK
project, even a template Dockerfile). It is marked `Unit.no_web`.

Only the project's own C# files are read (`dotnet_sources`, whole); one too large to read is
left alone. Starting another program (`Process.Start("git", …)`), or a browser automated
headlessly (`dotnet_sites` reads PuppeteerSharp and Playwright), is no such launch.
"""

from __future__ import annotations

import re

from designer.detect.assemble import Unit
from designer.detect.dotnet_sources import aspnet_projects
from designer.detect.ecosystems.gradle_text import blank_comments
from designer.detect.walker import read_text

_LAUNCH = re.compile(
    r"\bProcess\.Start\s*\(\s*(?:new\s+(?:System\.Diagnostics\.)?ProcessStartInfo\s*\(\s*)?"
    r"\"(?:xdg-open|open)\"\s*,"
)
"""A process started to open a URL with the desktop's opener: `xdg-open` (Linux) or `open`
(macOS), given the address as its argument."""


def mark(top: str, units: dict[str, Unit]) -> None:
    """Set `Unit.no_web` on the ASP.NET Core projects whose own code opens the desktop's
    browser."""
    for unit, paths in aspnet_projects(top, units):
        if unit.no_web:
            continue
        for path in paths:
            text = read_text(top, path)[0] or ""
            if "Process" in text and _LAUNCH.search(blank_comments(text)):
                unit.no_web = True
                break
