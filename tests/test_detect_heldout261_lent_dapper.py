""".NET: Dapper seen in code, and PostgreSQL from the solution's pg_dump (set 261, #19).

An ASP.NET Core host references its solution's repositories library, which references the
product's common projects by a relative path outside the repository (they bring Dapper and the
connection): no project of the tree declares a data layer or a driver. The library imports
Dapper once for all its files (`global using Dapper;`) and calls `Connection.QueryAsync<T>` in
every repository class: Dapper is its data layer, lent to the host (`dapper_code`). The
solution's folder holds the schema as `pg_dump` wrote it: PostgreSQL, at the weakest rank
(`pg_dump_schemas`). Fewer files calling Dapper, or no dump, leave the host without them; a
driver the tree declares keeps its own engine."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_SLN = (
    'Microsoft Visual Studio Solution File, Format Version 12.00\n'
    'Project("{9A19103F-16F7-4668-BE54-9A1E7A4F7556}") = "Hr.Web", '
    '"Hr.Web\\Hr.Web.csproj", "{11111111-1111-1111-1111-111111111111}"\nEndProject\n'
    'Project("{9A19103F-16F7-4668-BE54-9A1E7A4F7556}") = "Hr.Repositories", '
    '"Hr.Repositories\\Hr.Repositories.csproj", "{22222222-2222-2222-2222-222222222222}"\n'
    "EndProject\n"
)


def _csproj(sdk: str, refs: tuple[str, ...], packages: tuple[str, ...] = ()) -> str:
    projects = "\n".join(f'    <ProjectReference Include="{r}" />' for r in refs)
    items = "\n".join(f'    <PackageReference Include="{p}" Version="7.0.0" />' for p in packages)
    return (
        f'<Project Sdk="{sdk}">\n  <PropertyGroup>\n'
        "    <TargetFramework>net7.0</TargetFramework>\n  </PropertyGroup>\n"
        f"  <ItemGroup>\n{projects}\n{items}\n  </ItemGroup>\n</Project>\n"
    )


_REPOSITORY = (
    "namespace Hr.Repositories;\n\npublic class {name}Repository : GenericRepository<{name}>\n"
    "{{\n    public async Task<IEnumerable<{name}>> GetAllAsync()\n    {{\n"
    '        var sql = "SELECT * FROM hr.{name} WHERE isarchived = false";\n'
    "        return await Connection.QueryAsync<{name}>(sql);\n    }}\n}}\n"
)

_DUMP = (
    "--\n-- PostgreSQL database dump\n--\n\n-- Dumped by pg_dump version 10.12\n\n"
    "SET statement_timeout = 0;\nCREATE SCHEMA hr;\n"
)


def _solution(calling: int = 6, dump: bool = True, packages: tuple[str, ...] = ()) -> dict:
    files = {
        "Hr.sln": _SLN,
        "Hr.Web/Hr.Web.csproj": _csproj(
            "Microsoft.NET.Sdk.Web",
            ("..\\..\\common\\Common.Data\\Common.Data.csproj",
             "..\\Hr.Repositories\\Hr.Repositories.csproj"),
            packages,
        ),
        "Hr.Web/Program.cs": "var builder = WebApplication.CreateBuilder(args);\n"
        "builder.Services.AddControllers();\nvar app = builder.Build();\napp.MapControllers();\n"
        "app.Run();\n",
        "Hr.Repositories/Hr.Repositories.csproj": _csproj(
            "Microsoft.NET.Sdk", ("..\\..\\common\\Common.Data\\Common.Data.csproj",)
        ),
        "Hr.Repositories/globalusings.cs": "global using Dapper;\nglobal using System;\n",
    }
    for n in range(calling):
        files[f"Hr.Repositories/Repo{n}Repository.cs"] = _REPOSITORY.format(name=f"Repo{n}")
    if dump:
        files["Pgsql_Hr.1.0.0.sql"] = _DUMP
    return files


def test_dapper_in_code_and_a_pg_dump(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _solution()))
    assert first(found["Hr.Web"], K.QUERY)[0] == "Dapper"
    assert first(found["Hr.Web"], K.DATABASE)[0] == "PostgreSQL"


def test_a_few_calls_are_no_data_layer(tmp_path: Path) -> None:
    # Counter-case: two repository files only; nothing else gives a data layer or an engine.
    found = by_folder(write(tmp_path, _solution(calling=2)))
    assert first(found["Hr.Web"], K.QUERY) == ("", "")
    assert first(found["Hr.Web"], K.DATABASE) == ("", "")


def test_no_dump_no_engine(tmp_path: Path) -> None:
    # Counter-case: Dapper is seen, but nothing names the engine.
    found = by_folder(write(tmp_path, _solution(dump=False)))
    assert first(found["Hr.Web"], K.QUERY)[0] == "Dapper"
    assert first(found["Hr.Web"], K.DATABASE) == ("", "")


def test_a_declared_driver_keeps_its_engine(tmp_path: Path) -> None:
    # Counter-case: the host declares SQL Server's ADO.NET provider; the dump is not asked.
    found = by_folder(write(tmp_path, _solution(packages=("Microsoft.Data.SqlClient",))))
    assert first(found["Hr.Web"], K.DATABASE)[0] == "SQL Server"
