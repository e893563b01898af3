""".NET: a MongoDB URL in the root Compose file of a host that has no MongoDB client is no
store (set 273, #19).

A bibliography API keeps its data in PostgreSQL through an EF Core context of a library it
references (`UseNpgsql`). The root Compose file starts a `mongo` service and gives the API a
`CONNECTIONSTRINGS__DEFAULT=mongodb://…` left from the template the API was made from: no
project of the API declares a MongoDB client and no code uses one, so that URL, handed down from
the root to the one backend inside it, ranks no higher than a driver and PostgreSQL is the
engine (`dotnet_side_stores`). A host declaring MongoDB's driver and using it keeps the URL."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K


def _project(sdk: str, *packages: str, refs: tuple[str, ...] = ()) -> str:
    items = "".join(
        f'    <PackageReference Include="{name}" Version="{version}" />\n'
        for name, version in (p.split("@") for p in packages)
    )
    items += "".join(f'    <ProjectReference Include="{r}" />\n' for r in refs)
    return (
        f'<Project Sdk="{sdk}">\n  <PropertyGroup>\n'
        "    <TargetFramework>net9.0</TargetFramework>\n  </PropertyGroup>\n"
        f"  <ItemGroup>\n{items}  </ItemGroup>\n</Project>\n"
    )


_PROGRAM = (
    "WebApplicationBuilder builder = WebApplication.CreateBuilder(args);\n"
    "builder.Services.AddControllers();\n"
    'string cs = builder.Configuration.GetConnectionString("Biblio")!;\n'
    "var app = builder.Build();\napp.MapControllers();\napp.Run();\n"
)

_CONTEXT = (
    "using Microsoft.EntityFrameworkCore;\n\nnamespace Acme.Biblio.Ef;\n\n"
    "public sealed class BiblioDbContext : DbContext\n{\n"
    "    protected override void OnConfiguring(DbContextOptionsBuilder options) =>\n"
    "        options.UseNpgsql(\"Server=localhost;Database=biblio\");\n}\n"
)

_COMPOSE = """services:
  biblio-mongo:
    image: mongo
  biblio-pgsql:
    image: postgres
  biblio-api:
    image: acme/biblio-api:1.0.0
    depends_on:
      - biblio-mongo
      - biblio-pgsql
    environment:
      - CONNECTIONSTRINGS__DEFAULT=mongodb://biblio-mongo:27017/{0}
      - CONNECTIONSTRINGS__BIBLIO=Server=biblio-pgsql;port=5432;Database={0};User Id=postgres
"""


def _repo(*api_packages: str, extra: dict[str, str] | None = None) -> dict[str, str]:
    return {
        "AcmeBiblio.sln": "Microsoft Visual Studio Solution File, Format Version 12.00\n",
        "docker-compose.yml": _COMPOSE,
        "Acme.Biblio.Ef/Acme.Biblio.Ef.csproj": _project(
            "Microsoft.NET.Sdk",
            "Microsoft.EntityFrameworkCore@9.0.8",
            "Npgsql.EntityFrameworkCore.PostgreSQL@9.0.4",
        ),
        "Acme.Biblio.Ef/BiblioDbContext.cs": _CONTEXT,
        "AcmeBiblioApi/AcmeBiblioApi.csproj": _project(
            "Microsoft.NET.Sdk.Web",
            "Microsoft.AspNetCore.OpenApi@9.0.8",
            *api_packages,
            refs=("..\\Acme.Biblio.Ef\\Acme.Biblio.Ef.csproj",),
        ),
        "AcmeBiblioApi/Program.cs": _PROGRAM,
        **(extra or {}),
    }


def test_a_mongo_url_no_client_reads_is_no_engine(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _repo()))
    assert sorted(found) == ["AcmeBiblioApi"]
    assert first(found["AcmeBiblioApi"], K.DATABASE)[0] == "PostgreSQL"


def test_a_host_using_mongo_keeps_the_url(tmp_path: Path) -> None:
    # Counter-case: the API declares MongoDB's driver and its code uses it.
    extra = {
        "AcmeBiblioApi/Services/NoteStore.cs": (
            "using MongoDB.Driver;\n\nnamespace AcmeBiblioApi.Services;\n\n"
            "public class NoteStore\n{\n"
            "    private readonly IMongoCollection<Note> _notes;\n}\n"
        ),
    }
    found = by_folder(write(tmp_path, _repo("MongoDB.Driver@3.0.0", extra=extra)))
    assert first(found["AcmeBiblioApi"], K.DATABASE)[0] == "MongoDB"
