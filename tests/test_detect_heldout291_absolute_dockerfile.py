"""A Compose file naming its Dockerfiles by absolute paths (#19): `build: {context: .,
dockerfile: /Budget.Api/dockerfile}`, written as if from the context. Walking up from such a
path towards the context never reached it, and detect never ended; now the service builds its
context, and every project of the tree is still found."""

from __future__ import annotations

import threading
from pathlib import Path

from test_detect_gaps import by_folder, csproj, first
from test_detect_projects import write

from designer.model.stack import DetectedBackend
from designer.model.stack import FindingKind as K

_COMPOSE = """services:
  api:
    build:
      context: .
      dockerfile: /Budget.Api/dockerfile
    ports:
      - "5000:80"
    depends_on:
      - db
  db:
    image: mcr.microsoft.com/mssql/server:2019-latest
"""
_PROGRAM = """var builder = WebApplication.CreateBuilder(args);
builder.Services.AddControllers();
var app = builder.Build();
app.MapControllers();
app.Run();
"""
_DOCKERFILE = """FROM mcr.microsoft.com/dotnet/aspnet:8.0
COPY Budget.Api/ /app
ENTRYPOINT ["dotnet", "Budget.Api.dll"]
"""


def _detect(root: Path) -> dict[str, DetectedBackend]:
    """detect's backends by folder, failing instead of hanging when it does not end."""
    found: dict[str, dict[str, DetectedBackend]] = {}
    worker = threading.Thread(target=lambda: found.update(result=by_folder(root)), daemon=True)
    worker.start()
    worker.join(timeout=60)
    assert not worker.is_alive(), "detect did not end"
    return found["result"]


def test_an_absolute_dockerfile_path_ends_and_keeps_the_project(tmp_path: Path) -> None:
    write(
        tmp_path,
        {
            "docker-compose.yml": _COMPOSE,
            "Budget.Api/Budget.Api.csproj": csproj(
                "Microsoft.EntityFrameworkCore.SqlServer", sdk="Microsoft.NET.Sdk.Web"
            ),
            "Budget.Api/Program.cs": _PROGRAM,
            "Budget.Api/dockerfile": _DOCKERFILE,
        },
    )
    backend = _detect(tmp_path)["Budget.Api"]
    assert first(backend, K.FRAMEWORK)[0] == "ASP.NET Core"
    assert first(backend, K.DATABASE)[0] == "SQL Server"
