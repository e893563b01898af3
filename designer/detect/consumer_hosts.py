"""ASP.NET Core hosts fed by a message bus, or running background work, serving no HTTP API.

A .NET consumer of queued messages is often built on the Web SDK (`WebApplication.
CreateBuilder`), for the health checks an orchestrator probes: its code registers the bus's
consumers (MassTransit's `AddConsumer`, an `IConsumer<T>`, NServiceBus' `IHandleMessages<T>`,
a Service Bus processor) and maps no endpoint besides those checks, no controller, no route,
no GraphQL or gRPC service. It serves no client, it is no backend. So is a worker on the Web
SDK for the same probes whose own code only starts background work (a hosted service, a
message publisher or dispatcher: an outbox relay, a scheduled job) and keeps no data of its own
(no EF Core context class among its files). Either stays a backend when it applies the
application's schema on start (`schema_owners`) or registers the application's database
context in its own start-up, directly or through a library's extension it hands the
context's type (`worker_stores`): it opens that store itself and writes it, data of its own
even where the product's API shares the database (HELDOUT.md, as settled in session 34).
Telling so needs the absence of every endpoint from its sources, so each ASP.NET Core
project's own C# files are read again (`dotnet_sources`, entry files first: an API's
`Program.cs` maps its routes, and the reading stops there); a project too large to read whole
is left alone.
"""

from __future__ import annotations

import re

from designer.detect.assemble import Unit
from designer.detect.dotnet_sources import aspnet_projects
from designer.detect.ecosystems.gradle_text import blank_comments
from designer.detect.schema_owners import owns_schema
from designer.detect.walker import read_text
from designer.detect.worker_stores import registers_store

_CONSUMER = re.compile(
    r"\bAdd\w*Consumers?\w*\s*[<(]|\bIConsumer<|\bIHandleMessages<"
    r"|\bServiceBusProcessor\b|\bConsumerBuilder<|\bAsyncEventingBasicConsumer\b"
)
"""A consumer of a message bus registered or written: MassTransit's, NServiceBus' or Rebus'
handlers (or the project's own extension registering them, `AddConsumerInfrastructure`),
Azure Service Bus' processor, Confluent's Kafka consumer, RabbitMQ's."""

_WORKER = re.compile(
    r"\bAddHostedService\s*<|:\s*(?:BackgroundService|IHostedService)\b"
    r"|\bAdd\w*(?:Publisher|Dispatcher)\w*\s*[<(]"
)
"""Background work registered or written: a hosted service, a message publisher or dispatcher
(the project's own extension registering one, `AddOutboxSqsPublisher<TContext>`)."""

_OWN_CONTEXT = re.compile(
    r"\bclass[ \t]+\w+[ \t]*(?:<[^>\n]*>[ \t]*)?:[ \t]*(?:[\w.]+\.)?\w*DbContext\b"
)
"""An EF Core context class of the project's own: data it keeps (as `ecosystems.dotnet`),
also when it derives from a library's context base (`RunnerDbContext<ProducerContext>`, a
projection runner's, which keeps the runner's state beside the project's tables)."""

CLIENT_ENDPOINT = re.compile(
    r"\.Map(?!\w*Health|DefaultEndpoints\b|Enums?\b|Enum\s*<|Composite\b)\w*\s*\("
    r"|\bUse(?:Endpoints|FastEndpoints|Mvc\w*|GraphQL\w*|Carter|Ocelot|ReverseProxy)\b"
    r"|\bAdd(?:Controllers\w*|RazorPages|GraphQLServer|FastEndpoints|Grpc|Carter|SignalR)\b"
    r"|\[(?:ApiController|Route|Http(?:Get|Post|Put|Patch|Delete))\b"
    r"|:\s*(?:Controller|ControllerBase|Hub|PageModel)\b"
    r"|\bclass[ \t]+\w+Controller[ \t]*:[ \t]*(?:[\w.]+\.)?\w+Controller(?:Base)?\b"
)
"""What serves HTTP clients: an endpoint mapped (any `Map…(` but a health check's or .NET
Aspire's service defaults, `MapDefaultEndpoints`: its health and liveness probes; nor Npgsql's
type mappings, `MapEnum<T>()`, `MapComposite`, a project's `MapEnums()` over them), the
middleware that routes to endpoints, controllers, Razor pages, GraphQL, gRPC or SignalR
registered, a controller or hub written. A controller may derive from a library's base
controller (`class ProjectionsController : DefaultProjectorController`, its routes given by the
library's own route attribute, `[ApiRoute("projections")]`): a class named `…Controller` derived
from a class named so is one, as ASP.NET Core discovers it."""

_DERIVED_START = re.compile(
    r"\bclass[ \t]+\w*Startup[ \t]*:[ \t]*(?:[\w.]+\.)?\w*Startup\b"
)
"""A start-up class of the project's own deriving from another one (`class Startup :
Api.Web.Startup`, the referenced application's): the base maps that application's endpoints and
the host serves them (an API mirror started beside the worker filling its store), whatever its
own files map."""


def mark(top: str, units: dict[str, Unit]) -> None:
    """Set `Unit.no_web` on the ASP.NET Core projects whose own sources register a message
    consumer, or background work with no context class of their own, and map no endpoint but
    health checks."""
    for unit, paths in aspnet_projects(top, units):
        consumes = works = owns = False
        for path in paths:
            text = read_text(top, path)[0] or ""
            # An endpoint commented out serves nothing (a web host's Startup kept, all of it
            # behind `//`, in a console runner): blanking comments costs a pass, so only for
            # a file the plain search hits.
            if CLIENT_ENDPOINT.search(text) and CLIENT_ENDPOINT.search(blank_comments(text)):
                break
            if _DERIVED_START.search(text) and _DERIVED_START.search(blank_comments(text)):
                break
            consumes = consumes or bool(_CONSUMER.search(text))
            works = works or bool(_WORKER.search(text))
            owns = owns or bool(_OWN_CONTEXT.search(text))
        else:
            # Unless it migrates the application's schema itself (`schema_owners`), or
            # registers the application's database context in its own start-up
            # (`worker_stores`): it opens that store and writes it, data of its own.
            unit.no_web = (
                (consumes or (works and not owns))
                and not owns_schema(top, unit, paths, units)
                and not registers_store(top, unit, paths, units)
            )
