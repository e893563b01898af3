"""Go web servers that render their pages from templates over the product's own APIs: a UI.

A product's console may be two Go modules of one workspace: its API (`api/`, keeping data)
and its front (`front/`, an Echo or Gin server) that renders every page from templates of a
template engine its go.mod requires (Jet, pongo2, templ, Fiber's or Gin's template packages)
and hands the browser's calls on to that API (`httputil.NewSingleHostReverseProxy`, requests
it builds with `http.NewRequest`). With no data of its own, that server is a front end over
the product's APIs (HELDOUT.md: a server-rendered front with no data of its own whose pages
and forms go to the product's own APIs is a UI), as an Express or Flask server rendering its
templates is (`view_servers`) and a Rust one (`rust_pages`): it is marked as rendering pages
for `nonservices.ui_only`.

All three halves are needed: a template engine alone may render an API's mails, forwarding
alone serves a gateway or a relay (HELDOUT counts those), and without another backend of the
tree keeping data there is no API of the product for its pages to go to. A server holding a
data layer, a store or migrations of its own is a classic web application and a backend.
"""

from __future__ import annotations

import re

from designer.detect.assemble import Unit
from designer.detect.codewalk import all_code_files
from designer.detect.signals import OWN_DATA, Strength
from designer.detect.walker import read_text
from designer.model.stack import FindingKind

LANGUAGE = "go"

TEMPLATE_ENGINES = (
    "github.com/cloudykit/jet",
    "github.com/flosch/pongo2",
    "github.com/a-h/templ",
    "github.com/gofiber/template",
    "github.com/foolin/goview",
    "github.com/gin-contrib/multitemplate",
    "github.com/unrolled/render",
    "github.com/gobuffalo/plush",
    "github.com/valyala/quicktemplate",
    "github.com/eknkc/amber",
    "github.com/joker/jade",
    "github.com/yosssi/ace",
)
"""Go modules of template engines a web server renders its pages with (matched as a prefix of
the module path, lower-cased: `…/jet/v6`, `…/gofiber/template/html/v2`). Go's own
`html/template` is left out on purpose: APIs use it for mails and error pages as often."""

_FORWARDS = re.compile(
    r"\bhttputil\.(?:NewSingleHostReverseProxy|ReverseProxy)\b"
    r"|\bhttp\.NewRequest(?:WithContext)?[ \t]*\("
)
"""The server handing a request on to another service: a reverse proxy, or a request it
builds to send."""

MAX_FILES = 400
"""Go files read per server at most: a larger one is left a backend."""


def mark(top: str, units: dict[str, Unit]) -> None:
    """Set `Unit.renders_pages` on the Go servers with no data of their own whose go.mod
    requires a template engine and whose code forwards requests, beside another backend of
    the tree that keeps data."""
    keepers = [u for u in units.values() if _keeps_data(u)]
    for unit in units.values():
        signals = unit.signals.get(LANGUAGE, [])
        if unit.renders_pages or not any(s.kind is FindingKind.FRAMEWORK for s in signals):
            continue
        if _keeps_data(unit) or not any(other is not unit for other in keepers):
            continue
        if not _requires_engine(unit):
            continue
        paths = all_code_files(top, unit.folder, (".go",), MAX_FILES)
        if not paths:
            continue
        sources = [read_text(top, p)[0] or "" for p in paths if not p.endswith("_test.go")]
        if any(_FORWARDS.search(text) for text in sources):
            unit.renders_pages = True


def _keeps_data(unit: Unit) -> bool:
    """Whether the unit holds a data layer, migrations or an engine (not a development one)."""
    return any(
        s.kind in OWN_DATA and s.strength is not Strength.DEV
        for found in unit.signals.values()
        for s in found
    )


def _requires_engine(unit: Unit) -> bool:
    """Whether the unit's own go.mod requires a template engine directly."""
    return any(
        use.lower().startswith(TEMPLATE_ENGINES)
        for _, e, r in unit.manifests
        if e == LANGUAGE
        for use in r.uses
    )
