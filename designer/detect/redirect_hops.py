"""Node servers whose every answer is a redirect: a hop of the browser's, not a backend.

A login bridge beside an application (a single-sign-on shim behind a Shibboleth or SAML
service provider) starts Express with a route or two that read the headers the identity
provider set, perhaps call the real API once, and send the browser on with `res.redirect(…)`.
It keeps no data and answers no client with content of its own: it serves no API, and is no
backend (`Unit.no_web`). Telling so needs the text of its server files: only the few files the
framework was seen started in are read again, and only for packages with no data layer or store.

A server answering anything else anywhere in those files (`res.json`, `res.send`, a rendered
page, a file), mounting routers or middleware on a path (`app.use("/api", routes)`, whose
routes these files do not show) or starting a GraphQL server is left alone.
"""

from __future__ import annotations

import re

from designer.detect.assemble import Unit
from designer.detect.upgrades import dataless_servers

_COMMENT = re.compile(r"/\*.*?\*/|(?<![:\w])//[^\n]*", re.DOTALL)
"""A block or line comment (not the `//` of a URL): code kept commented out answers nothing."""

_ROUTE = re.compile(r"""\.(?:get|post|put|patch|delete|all)[ \t]*\([ \t]*["'`/]""")
"""A route registered on the application with its path."""

_REDIRECT = re.compile(r"""\.redirect[ \t]*\(""")

_OTHER_ANSWER = re.compile(
    r"""\b(?!express\b|bodyParser\b)\w+\.(?:json|jsonp|send|sendFile|sendStatus|render|end|write"""
    r"""|download|attachment|pipe)[ \t]*\(|\.body[ \t]*=[^=]"""
)
"""A response with content (a document, a page, a file, a status alone, a stream), not the
body-parsing middleware `express.json()`."""

_MOUNT = re.compile(
    r"""\.(?:use|route)[ \t]*\([ \t]*["'`/]|\bRouter[ \t]*\(|ApolloServer|graphqlHTTP"""
    r"""|createYoga|createHandler|\.register[ \t]*\("""
)
"""A router or middleware mounted on a path, a router built, a GraphQL server or a plugin
registered: routes these files do not show."""


def redirects_only(texts: list[str]) -> bool:
    """Whether the server files register routes, answer with redirects and nothing else, and
    mount nothing on a path."""
    text = _COMMENT.sub("", "\n".join(texts))
    return (
        _ROUTE.search(text) is not None
        and _REDIRECT.search(text) is not None
        and _OTHER_ANSWER.search(text) is None
        and _MOUNT.search(text) is None
    )


def mark(top: str, units: dict[str, Unit]) -> None:
    """Set `Unit.no_web` on the Node packages with no data layer or store of their own whose
    server files only redirect (`redirects_only`)."""
    for unit, texts in dataless_servers(top, units):
        if redirects_only(texts):
            unit.no_web = True
