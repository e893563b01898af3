""".NET gaps the forty-first and forty-second held-out sets showed (benchmarks/
detect_heldout41.yaml, detect_heldout42.yaml), each as a small fixture of the real files' shape
(#19): a test project named after a solution's core library tests the services reaching the
core's own parts it references; LiteDB, an embedded document store, as the default store of a
service that switches to PostgreSQL only when its connection setting is given."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, csproj, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_HOST = "var builder = WebApplication.CreateBuilder(args);\nvar app = builder.Build();\n"


def _references(project: str, *targets: str) -> str:
    """`project` referencing sibling projects `targets` (folders named as the projects)."""
    items = "".join(f'<ProjectReference Include="..\\{t}\\{t}.csproj" />' for t in targets)
    return project.replace("</Project>", f"  <ItemGroup>{items}</ItemGroup>\n</Project>")


def test_a_core_libraries_test_project_tests_services_reaching_the_cores_parts(
    tmp_path: Path,
) -> None:
    """`App.Core.Test` references App.Core, App.Core.Data and a migrations project: the API,
    which references App.Core.Data (not App.Core), is tested by it as the Blazor app
    referencing App.Core is."""
    web = csproj(sdk="Microsoft.NET.Sdk.Web")
    tests = csproj("Microsoft.NET.Test.Sdk", "xunit")
    files = {
        "App.API/App.API.csproj": _references(web, "App.Core.Data.Services", "App.Core.Data"),
        "App.API/Program.cs": _HOST,
        "App.Blazor/App.Blazor.csproj": _references(web, "App.Core"),
        "App.Blazor/Program.cs": _HOST,
        "App.Core/App.Core.csproj": _references(csproj(), "App.Core.Data"),
        "App.Core.Data/App.Core.Data.csproj": csproj(
            "Microsoft.EntityFrameworkCore", "Pomelo.EntityFrameworkCore.MySql"
        ),
        "App.Core.Data.Services/App.Core.Data.Services.csproj": csproj(),
        "App.Core.Data.MySql.Migrations/App.Core.Data.MySql.Migrations.csproj": csproj(
            "Pomelo.EntityFrameworkCore.MySql"
        ),
        "App.Core.Test/App.Core.Test.csproj": _references(
            tests, "App.Core", "App.Core.Data.MySql.Migrations", "App.Core.Data"
        ),
        "App.Core.Test/Tests/Database/AccountDatabaseTest.cs": "using Xunit;\n",
    }
    found = by_folder(write(tmp_path, files))
    assert sorted(found) == ["App.API", "App.Blazor"]
    assert first(found["App.API"], K.TEST)[0] == "xUnit"
    assert first(found["App.Blazor"], K.TEST)[0] == "xUnit"


def test_a_test_project_named_after_one_library_tests_only_what_reaches_it(
    tmp_path: Path,
) -> None:
    """`Pims.Dal.Test` references Pims.Dal, its entities (`Pims.Dal.Entities`) and a shared
    helper library every service references: it tests the service reaching Pims.Dal, not the
    one reaching the entities only through another library (the helper is no part of
    Pims.Dal)."""
    web = csproj(sdk="Microsoft.NET.Sdk.Web")
    tests = csproj("Microsoft.NET.Test.Sdk", "xunit")
    files = {
        "Pims.Api/Pims.Api.csproj": _references(web, "Pims.Dal", "Shared.Helpers"),
        "Pims.Api/Program.cs": _HOST,
        "Pims.Proxy/Pims.Proxy.csproj": _references(web, "Pims.Core", "Shared.Helpers"),
        "Pims.Proxy/Program.cs": _HOST,
        "Pims.Core/Pims.Core.csproj": _references(csproj(), "Pims.Dal.Entities"),
        "Pims.Dal/Pims.Dal.csproj": _references(
            csproj("Microsoft.EntityFrameworkCore.SqlServer"), "Pims.Dal.Entities"
        ),
        "Pims.Dal.Entities/Pims.Dal.Entities.csproj": csproj(),
        "Shared.Helpers/Shared.Helpers.csproj": csproj(),
        "Pims.Dal.Test/Pims.Dal.Test.csproj": _references(
            tests, "Pims.Dal", "Pims.Dal.Entities", "Shared.Helpers"
        ),
        "Pims.Dal.Test/DalTests.cs": "using Xunit;\n",
    }
    found = by_folder(write(tmp_path, files))
    assert first(found["Pims.Api"], K.TEST)[0] == "xUnit"
    assert first(found["Pims.Proxy"], K.TEST)[0] == ""


_PROGRAM = (
    _HOST
    + "//LiteDB is always injected even if user uses Postgres.\n"
    "builder.Services.AddSingleton<ILiteDBHelper, LiteDBHelper>();\n"
    'if (!string.IsNullOrWhiteSpace(builder.Configuration["POSTGRES_CONNECTION"])){\n'
    "    builder.Services.AddSingleton<IVehicleDataAccess, PGVehicleDataAccess>();\n"
    "}\nelse\n{\n"
    "    builder.Services.AddSingleton<IVehicleDataAccess, VehicleDataAccess>();\n}\n"
)


def test_litedb_is_the_default_store_postgresql_the_opt_in(tmp_path: Path) -> None:
    """LiteDB and Npgsql referenced; Program.cs switches to the PostgreSQL data access only
    when POSTGRES_CONNECTION is set; a Compose variant runs PostgreSQL, the main Compose file
    the app alone: LiteDB is the data layer and the engine."""
    files = {
        "App.csproj": csproj("LiteDB", "Npgsql", sdk="Microsoft.NET.Sdk.Web"),
        "Program.cs": _PROGRAM,
        "Controllers/MigrationController.cs": "using LiteDB;\nusing Npgsql;\n",
        "docker-compose.yml": "services:\n  app:\n    image: acme/app:latest\n",
        "docker-compose.postgresql.yml": (
            "services:\n  app:\n    image: acme/app:latest\n"
            "  postgres:\n    image: postgres:18\n"
        ),
    }
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, K.DATABASE)[0] == "LiteDB"
    assert first(backend, K.QUERY)[0] == "LiteDB"


def test_a_postgresql_service_with_litedb_beside_keeps_postgresql(tmp_path: Path) -> None:
    """No switch: the code opens PostgreSQL through Npgsql and the main Compose file runs it;
    LiteDB, embedded, is a local side store."""
    files = {
        "App.csproj": csproj("LiteDB", "Npgsql", sdk="Microsoft.NET.Sdk.Web"),
        "Program.cs": _HOST,
        "Data/Store.cs": "using LiteDB;\nusing Npgsql;\n",
        "docker-compose.yml": (
            "services:\n  app:\n    image: acme/app:latest\n"
            "  postgres:\n    image: postgres:18\n"
        ),
    }
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, K.DATABASE)[0] == "PostgreSQL"
