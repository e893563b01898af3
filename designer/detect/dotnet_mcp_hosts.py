"""ASP.NET Core projects that only host an MCP server for AI clients: no backend of the product.

A .NET product may keep, beside its API, a small Web SDK project that serves the Model Context
Protocol over HTTP (`AddMcpServer().WithHttpTransport()`, `app.MapMcp()`) and whose tools call
the managers of the solution's libraries. Its only endpoint carries the protocol to AI
assistants, as a Node server mounting the MCP SDK's transport does (`mcphosts`). It is no
backend beside the product's API when it keeps no store of its own — its code, and the
libraries it references, give the context it registers no provider (`AddDbContext<…>()` alone)
and read no connection string — and either nothing of the project deploys it (a bridge each
user starts beside a client) or every request must carry the one key its environment holds
(a middleware comparing a request header to `GetEnvironmentVariable("MCP_API_KEY")`): a server
only those handed that key reach is its operators' tool, not a service to the product's
clients (HELDOUT.md's "Tools"). It is marked `Unit.no_web`.

A route, controller, hub, page or gRPC service of its own, any endpoint mapped besides the MCP
server's (health checks aside), or a provider or connection string in its code or its
libraries' leaves it to the other rules.
"""

from __future__ import annotations

import posixpath
import re

from designer.detect import deployed_starts
from designer.detect.assemble import Unit
from designer.detect.consumer_hosts import CLIENT_ENDPOINT
from designer.detect.dotnet_sources import aspnet_projects, referenced_texts
from designer.detect.ecosystems.dotnet import PROJECT_ENDINGS
from designer.detect.ecosystems.gradle_text import blank_comments
from designer.detect.second_hosts import OWN_ROUTE
from designer.detect.walker import read_text

_MCP_MAPPED = re.compile(r"\.MapMcp\s*\(")
"""The MCP server's HTTP endpoint mapped (ModelContextProtocol.AspNetCore)."""

_MCP_HTTP = re.compile(r"\bAddMcpServer\s*\([^;]*?\.WithHttpTransport\s*\(", re.DOTALL)
"""The MCP server registered with its HTTP transport, in one statement."""

_STORE = re.compile(
    r"\.Use(?:SqlServer|Npgsql|MySql|MySQL|Sqlite|SQLite|Oracle|Cosmos|InMemoryDatabase"
    r"|MongoDB|Firebird|Jet)\w*\s*\(|\bGetConnectionString\s*\(|\bConnectionStrings\b"
    r"|\bnew\s+(?:Sql|Npgsql|MySql|Sqlite|Oracle)Connection\s*\(|\bnew\s+MongoClient\s*\("
)
"""A store opened in code: an EF Core provider given to a context, a connection string read,
an ADO.NET connection or a MongoDB client made."""

_ENV_KEY = re.compile(
    r"\bGetEnvironmentVariable\s*\(\s*\"\w*(?:API_?KEY|ACCESS_?KEY|TOKEN)\w*\"\s*\)", re.IGNORECASE
)
"""One key read from the environment (`GetEnvironmentVariable("MCP_API_KEY")`)."""

_HEADER = re.compile(r"\bRequest\s*\.\s*Headers\b")
"""A request's header read, to compare with the key."""

_MIDDLEWARE = re.compile(r"\bUseMiddleware\s*<")
"""A middleware class of the project's put in front of every endpoint."""


def mark(top: str, units: dict[str, Unit]) -> None:
    """Set `Unit.no_web` on the ASP.NET Core projects whose only endpoint is an MCP server's
    HTTP transport, keeping no store of their own, that nothing of theirs deploys or that
    admit only requests carrying the one key their environment holds."""
    for unit, paths in aspnet_projects(top, units):
        if unit.no_web:
            continue
        texts = [blank_comments(read_text(top, path)[0] or "") for path in paths]
        if not any(_MCP_MAPPED.search(t) for t in texts) or not any(
            _MCP_HTTP.search(t) for t in texts
        ):
            continue
        if not _only_mcp(texts) or any(_STORE.search(t) for t in texts):
            continue
        if any(_STORE.search(t) for t in referenced_texts(top, unit, units)):
            continue
        if _key_gated(texts) or not _deployed(top, unit):
            unit.no_web = True


def _only_mcp(texts: list[str]) -> bool:
    """Whether every endpoint the project's files serve is the MCP server's: no route of its
    own, and no mapping, routing middleware or controller registration but `MapMcp`."""
    if any(OWN_ROUTE.search(text) for text in texts):
        return False
    return all(
        _MCP_MAPPED.match(text, match.start()) for text in texts
        for match in CLIENT_ENDPOINT.finditer(text)
    )


def _key_gated(texts: list[str]) -> bool:
    """Whether a middleware of the project's compares a request header with one key read from
    the environment, in front of every endpoint."""
    return any(_MIDDLEWARE.search(t) for t in texts) and any(
        _ENV_KEY.search(t) and _HEADER.search(t) for t in texts
    )


def _deployed(top: str, unit: Unit) -> bool:
    """Whether a Dockerfile, Procfile or Compose service of the project's folder runs its
    assembly (`ENTRYPOINT ["dotnet", "Mcp.Server.dll"]`), named after its project file."""
    commands = deployed_starts.commands(top, unit.folder)
    names = {
        posixpath.splitext(posixpath.basename(path))[0]
        for path, _, _ in unit.manifests
        if path.endswith(PROJECT_ENDINGS)
    }
    return any(f"{name}.dll" in command for name in names for command in commands)
