"""Node message consumers whose only HTTP routes are health checks.

A product's notification or processing worker in Node (a package beside its services) polls a
queue (SQS's `ReceiveMessageCommand`, an AMQP channel's `consume`, a Kafka consumer's `run`)
and acts on each message: it sends the e-mail, the Slack post, the PagerDuty event. It often
starts a few lines of Express too, only so its orchestrator can probe it (`app.use('/health',
ready)`, `app.get('/status', …)`). Those routes serve operators, not clients; with no data
layer of its own the program is a worker, no backend (HELDOUT.md: workers and message
consumers with no data of their own whose only routes serve operators), as `node_ops_routes`
says of a metrics exporter.

Telling so needs every route the package declares, so its own code is read whole (a large
package is left alone). Unlike an exporter's few files, a worker's code is full of other
calls named `get` (a cache's, a map's, a client's), so only calls on the application or a
router are routes here: a name bound to `express()`, `express.Router()`, `new Koa()` or
`new Router()`, or a parameter typed as one (`(app: Express)`). A route whose path is not a
literal, one serving anything else, files served from a folder, a proxy, and a GraphQL or tRPC
server (whose routes no call names) leave the package a backend.
"""

from __future__ import annotations

import re

from designer.detect.assemble import Unit
from designer.detect.node_ops_routes import dataless_packages, operator_routes
from designer.detect.walker import read_text

FRAMEWORKS = frozenset({"Express", "Koa"})
"""Frameworks whose routes are calls naming their path on the application or a router."""

QUEUE_CLIENTS = frozenset(
    {
        "@aws-sdk/client-sqs",
        "sqs-consumer",
        "amqplib",
        "amqp-connection-manager",
        "kafkajs",
        "node-rdkafka",
        "@google-cloud/pubsub",
        "@azure/service-bus",
        "nats",
    }
)
"""Run-time dependencies of a program taking messages from a queue or a topic."""

_CONSUMES = re.compile(
    r"\bReceiveMessageCommand\b|\.receiveMessage[ \t]*\(|\bConsumer\.create[ \t]*\("
    r"|\.consume[ \t]*\(|\.subscribe[ \t]*\(|\bconsumer[ \t]*\([ \t]*\{|\.run[ \t]*\([ \t]*\{"
    r"[^}]*\beach(?:Message|Batch)\b|\.on[ \t]*\([ \t]*['\"]message['\"]"
    r"|\.createReceiver[ \t]*\("
)
"""Code taking messages: SQS polled (`ReceiveMessageCommand`, `receiveMessage`,
sqs-consumer's `Consumer.create`), an AMQP channel's `consume`, a Kafka consumer's
`run({ eachMessage })` or `subscribe`, a Pub/Sub subscription's `on('message')`, a Service Bus
receiver."""

_APP = re.compile(
    r"\b(?:const|let|var)[ \t]+(\w+)[ \t]*(?::[^=\n]+)?=[ \t]*(?:await[ \t]+)?"
    r"(?:express[ \t]*\(|express\.Router[ \t]*\(|Router[ \t]*\(|new[ \t]+(?:Koa|Router)[ \t]*\()"
    r"|\b(\w+)[ \t]*:[ \t]*(?:express\.)?(?:Express|Application|Router)\b"
)
"""A name the application or a router is bound to: assigned from its factory, or a parameter
typed as one (`export default (app: Express) => …`)."""

_CONVENTIONAL = frozenset({"app", "router", "routes", "api"})
"""Names an application or a router goes by where nothing binds it in the file (an untyped
`module.exports = (app) => …`): read as such in every file, so no route is missed."""

_ROUTE = (
    r"\b{name}[ \t]*\.[ \t]*(?P<call>get|post|put|patch|delete|del|all|head|options|route|use)"
    r"[ \t]*\(\s*(?:(['\"`])(?P<path>[^'\"`\n]*)\2)?"
)
"""A route declared on the bound name `{name}`, with its path when it is a string literal."""

_OPAQUE = re.compile(
    r"\b(?:express\.static|serveStatic|koa-static|createProxyMiddleware|http-proxy|"
    r"koa-mount|app\.callback\(\)|createExpressMiddleware|applyMiddleware|expressMiddleware|"
    r"graphqlHTTP|createHandler)\b|['\"](?:apollo-server[\w/-]*|@apollo/server[\w/-]*|"
    r"@trpc/server[\w/-]*|express-graphql|graphql-http[\w/-]*)['\"]"
)
"""Routes this reading cannot see: files served from a folder, requests proxied to another
program, a mounted app, a GraphQL or tRPC server's handler."""

_PROBE_PATH = re.compile(
    r"(?:/[\w-]+)*/_?(?:health(?:z|check)?|ready(?:z|ness)?|live(?:z|ness)?|ping|metrics|status)/?"
)
"""A probe, a metrics scrape or the worker's status under a prefix of its own."""

MAX_FILES = 300
"""Sources read per package at most: a larger package is left alone."""


_TEST_FILE = re.compile(r"[._-](?:test|spec)\.[cm]?[jt]sx?$")


def mark(top: str, units: dict[str, Unit]) -> None:
    """Set `Unit.no_web` on the Node packages on Express or Koa, declaring a queue client
    their code consumes and no data of their own, whose routes, read from their whole code,
    all serve operators."""
    for unit, paths in dataless_packages(top, units, FRAMEWORKS, QUEUE_CLIENTS, MAX_FILES):
        texts = [read_text(top, p)[0] or "" for p in paths if not _TEST_FILE.search(p)]
        if any(_CONSUMES.search(text) for text in texts) and operators_only(texts):
            unit.no_web = True


def operators_only(texts: list[str]) -> bool:
    """Whether the sources `texts` declare at least one route on the application or a router,
    every one with a literal path that serves operators (a parameter segment aside), and
    nothing served from a folder, proxied or answered by a GraphQL or tRPC server."""
    if any(_OPAQUE.search(text) for text in texts):
        return False
    served = 0
    for text in texts:
        names = _CONVENTIONAL | {
            name for found in _APP.finditer(text) for name in found.groups() if name
        }
        for name in names:
            routes = re.finditer(_ROUTE.format(name=re.escape(name)), text)
            count = operator_routes(routes, _PROBE_PATH)
            if count is None:
                return False
            served += count
    return served > 0
