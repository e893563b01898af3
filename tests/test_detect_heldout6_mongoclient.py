"""MongoDB.Driver's client opened in C# code (held-out set 6, #19): a shop whose data library
references LiteDB and MongoDB.Driver, keeps a LiteDB repository for an optional embedded mode
and builds a `MongoClient` in its startup code. The code opening MongoDB's client counts as
much as the code opening LiteDB's database, and the server engine is the main one over the
embedded store. The counter-case: when no code opens a MongoDB client (the package only
referenced), LiteDB, the store the code opens, stays the engine."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_detect_gaps import by_folder
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_WEB = (
    '<Project Sdk="Microsoft.NET.Sdk.Web">\n  <PropertyGroup>\n'
    "    <TargetFramework>net9.0</TargetFramework>\n  </PropertyGroup>\n"
    '  <ItemGroup>\n    <ProjectReference Include="..\\..\\Core\\Data\\Data.csproj" />\n'
    "  </ItemGroup>\n</Project>\n"
)
_DATA = (
    '<Project Sdk="Microsoft.NET.Sdk">\n  <PropertyGroup>\n'
    "    <TargetFramework>net9.0</TargetFramework>\n  </PropertyGroup>\n  <ItemGroup>\n"
    '    <PackageReference Include="LiteDB" Version="5.0.21" />\n'
    '    <PackageReference Include="MongoDB.Driver" Version="3.2.1" />\n'
    "  </ItemGroup>\n</Project>\n"
)
_PROGRAM = (
    "var builder = WebApplication.CreateBuilder(args);\n"
    "var app = builder.Build();\napp.MapGet(\"/\", () => \"ok\");\napp.Run();\n"
)
_LITE = (
    "using LiteDB;\n\nnamespace Data.LiteDb;\n\npublic class LiteDBContext\n{\n"
    "    public LiteDBContext(LiteDatabase database) { Database = database; }\n"
    "    public LiteDatabase Database { get; }\n}\n"
)
_STARTUP = (
    "using LiteDB;\nusing MongoDB.Driver;\n\nnamespace Data;\n\npublic static class Startup\n{\n"
    "    public static void AddData(IServiceCollection services, string url, bool lite)\n"
    "    {\n        if (lite)\n"
    "            services.AddSingleton(_ => new LiteDatabase(url));\n"
    "        else\n"
    "            services.AddScoped(_ => new MongoClient(url).GetDatabase(\"shop\"));\n"
    "    }\n}\n"
)
_LITE_ONLY = (
    "using LiteDB;\n\nnamespace Data;\n\npublic static class Startup\n{\n"
    "    public static void AddData(IServiceCollection services, string url)\n    {\n"
    "        services.AddSingleton(_ => new LiteDatabase(url));\n    }\n}\n"
)


@pytest.mark.parametrize(
    ("startup", "engine"),
    [(_STARTUP, "MongoDB"), (_LITE_ONLY, "LiteDB")],
    ids=["mongo client opened", "lite only"],
)
def test_mongo_client_in_code_outranks_the_embedded_store(
    tmp_path: Path, startup: str, engine: str
) -> None:
    write(
        tmp_path,
        {
            "src/Web/Shop.Web/Shop.Web.csproj": _WEB,
            "src/Web/Shop.Web/Program.cs": _PROGRAM,
            "src/Core/Data/Data.csproj": _DATA,
            "src/Core/Data/LiteDb/LiteDBContext.cs": _LITE,
            "src/Core/Data/Startup.cs": startup,
        },
    )
    backend = by_folder(tmp_path)["src/Web/Shop.Web"]
    assert next(f.name for f in backend.findings if f.kind is K.DATABASE) == engine
