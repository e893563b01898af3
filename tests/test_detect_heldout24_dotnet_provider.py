"""An ASP.NET Core backend supporting two EF Core providers whose shipped appsettings.json picks
one under a `"DataProvider"` key (held-out set 55, #19): the startup's switch on
`config["DataProvider"]` uses Npgsql for `postgres` and SQLite otherwise."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import WEB_MAIN, by_folder, csproj, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_STARTUP = (
    "public static class StartupExtensions {\n"
    "    public static IServiceCollection AddRepositories(this IServiceCollection services,"
    " IConfiguration config) {\n"
    "        Action<DbContextOptionsBuilder> optionsBuilder;\n"
    '        var connectionString = config.GetConnectionString("WikiData");\n'
    '        switch (config["DataProvider"].ToLowerInvariant()) {\n'
    '            case "postgres":\n'
    "                optionsBuilder = options => options.UseNpgsql(connectionString);\n"
    "                break;\n"
    "            default:\n"
    "                optionsBuilder = options => options.UseSqlite(connectionString);\n"
    "                break;\n        }\n        return services;\n    }\n}\n"
)


def _tree(provider: str) -> dict[str, str]:
    return {
        "Wiki/Wiki.csproj": csproj(
            "Microsoft.EntityFrameworkCore.Sqlite",
            "Npgsql.EntityFrameworkCore.PostgreSQL",
            sdk="Microsoft.NET.Sdk.Web",
        ),
        "Wiki/Program.cs": WEB_MAIN,
        "Wiki/StartupExtensions.cs": _STARTUP,
        "Wiki/appsettings.json": (
            f'{{\n  "DataProvider": "{provider}",\n  "ConnectionStrings": {{\n'
            '    "WikiData": "DataSource=./App_Data/wikiContent.db"\n  }\n}\n'
        ),
    }


def test_the_data_provider_setting_picks_sqlite(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _tree("SQLite")))["Wiki"]
    assert first(backend, K.DATABASE)[0] == "SQLite"


def test_the_data_provider_setting_picks_postgresql(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _tree("Postgres")))["Wiki"]
    assert first(backend, K.DATABASE)[0] == "PostgreSQL"
