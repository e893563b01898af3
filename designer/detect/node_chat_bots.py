"""Node chat bots whose web framework only comes with their bot framework.

A product's Slack bot (a package beside its services) is built on Slack's Bolt: `new App({...})`
starts Bolt's own receiver, which serves Slack's event and install callbacks over the Express
Bolt depends on. The package often declares `express` too (Bolt's `ExpressReceiver` needs it),
so the catalogue sees an Express service; but none of its code imports Express, and its only
routes are the ones Bolt answers for Slack and the `customRoutes` it adds for a health probe. It
takes Slack's events and relays them to the product's API: a message consumer with no data of
its own, no backend (HELDOUT.md: workers and message consumers with no data of their own whose
only routes serve operators), as `node_queue_workers` says of a queue's.

So a Node package on Express alone, with no data of its own, declaring a bot framework
(`BOT_FRAMEWORKS`) whose code constructs that framework's app and never imports Express (nor
another web framework), is no backend. A package whose code imports Express keeps its own routes
and is left a backend, as is a large one (read whole or not at all).
"""

from __future__ import annotations

import re

from designer.detect.assemble import Unit
from designer.detect.node_ops_routes import dataless_packages
from designer.detect.walker import read_text

FRAMEWORKS = frozenset({"Express"})
"""The web framework a bot framework brings for its receiver."""

BOT_FRAMEWORKS = frozenset({"@slack/bolt"})
"""Run-time dependencies of a chat bot whose app starts its own HTTP receiver."""

_BOT_APP = re.compile(
    r"""(?:require[ \t]*\([ \t]*|from[ \t]+)['"]@slack/bolt['"]"""
)
"""The bot framework loaded by the package's code (`require('@slack/bolt')`, `import { App }
from '@slack/bolt'`)."""

_NEW_APP = re.compile(r"\bnew[ \t]+App[ \t]*\(")
"""The bot's app constructed (`new App(appConfig)`): the program is the bot."""

_WEB_IMPORT = re.compile(
    r"""(?:require[ \t]*\([ \t]*|from[ \t]+|import[ \t]+)['"](?:express|koa|fastify|hapi"""
    r"""|@hapi/hapi|restify|@nestjs/core|polka|h3|hono)(?:/[^'"]*)?['"]"""
)
"""A web framework loaded by the package's own code: its own routes, whatever the bot does."""

MAX_FILES = 60
"""Sources read per package at most: a larger package is left alone."""



def mark(top: str, units: dict[str, Unit]) -> None:
    """Set `Unit.no_web` on the Node packages on Express alone, with no data of their own,
    whose code builds a bot framework's app and never loads a web framework."""
    for unit, paths in dataless_packages(top, units, FRAMEWORKS, BOT_FRAMEWORKS, MAX_FILES):
        texts = [read_text(top, p)[0] or "" for p in paths]
        if any(_WEB_IMPORT.search(text) for text in texts):
            continue
        if any(_BOT_APP.search(text) and _NEW_APP.search(text) for text in texts):
            unit.no_web = True
