"""ASP.NET Core projects whose IIS configuration redirects every request: a hop, not a backend.

A service moved to a new address often leaves its old site behind as a stub: an ASP.NET Core
project whose `web.config` turns on IIS's HTTP redirection (`<httpRedirect enabled="true"
destination="https://new.service/">`), so that IIS answers every request with a redirect
before the application sees it; the program itself maps a catch-all route at most (one that
throws, since it should never be reached). It keeps no data and serves no API: it is no backend
(`Unit.no_web`), as a Node server whose every answer is a redirect is not (`redirect_hops`).

Only projects with no data layer, store or broker of their own are asked, and only the
`web.config` beside their project file is read.
"""

from __future__ import annotations

import os
import re

from designer.detect.assemble import Unit
from designer.detect.ecosystems.dotnet import PROJECT_ENDINGS
from designer.detect.nonservices import reaches_no_data
from designer.detect.walker import read_text
from designer.model.stack import FindingKind

_REDIRECT = re.compile(r"<httpRedirect\b(?=[^>]*\benabled\s*=\s*\"true\")[^>]*\bdestination\s*=",
                       re.IGNORECASE)
"""IIS's HTTP redirection turned on, with where to: every request is sent there."""

_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)


def mark(top: str, units: dict[str, Unit]) -> None:
    """Set `Unit.no_web` on the ASP.NET Core projects with no data of their own whose
    web.config redirects every request."""
    for unit in units.values():
        signals = unit.signals.get("dotnet", [])
        if not any(s.kind is FindingKind.FRAMEWORK and s.name == "ASP.NET Core" for s in signals):
            continue
        if not any(path.endswith(PROJECT_ENDINGS) for path, _, _ in unit.manifests):
            continue
        if not reaches_no_data(unit):
            continue
        path = "web.config" if unit.folder == "." else f"{unit.folder}/web.config"
        if not os.path.isfile(os.path.join(top, *path.split("/"))):
            continue
        text = _COMMENT.sub("", read_text(top, path)[0] or "")
        if _REDIRECT.search(text):
            unit.no_web = True
