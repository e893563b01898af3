""".NET: NPoco, PetaPoco's fork, is a micro-ORM data layer (set 265, #19).

An MVC site keeps its repositories in a class library referencing `NPoco` beside the MySQL
ADO.NET provider `MySql.Data`: every query goes through NPoco's `IDatabase` (`db.Query<T>()`,
`db.Update(poco)`), the provider only opens its connections. NPoco is the data layer (an ORM,
as PetaPoco is), lent by the library to the web project; MySQL stays the engine. The same
library with no NPoco (its repositories on `MySqlConnection` alone) stays ADO.NET."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K


def _csproj(sdk: str, items: str) -> str:
    return (
        f'<Project Sdk="{sdk}">\n  <PropertyGroup>\n'
        "    <TargetFramework>net6.0</TargetFramework>\n  </PropertyGroup>\n"
        f"  <ItemGroup>\n{items}  </ItemGroup>\n</Project>\n"
    )


_PROGRAM = """public class Program
{
    public static void Main(string[] args) =>
        Host.CreateDefaultBuilder(args)
            .ConfigureWebHostDefaults(b => b.UseStartup<Startup>())
            .Build().Run();
}
"""

_REPOSITORY = """using NPoco;

namespace Site.Repository
{
    public class SettingRepository
    {
        public static DatabaseFactory DBFactory { get; set; }

        public Setting GetSetting(string name)
        {
            using (IDatabase db = DBFactory.GetDatabase())
            {
                return db.Query<Setting>().Where(i => i.Name == name).FirstOrDefault();
            }
        }
    }
}
"""


def _site(npoco: bool) -> dict[str, str]:
    packages = '    <PackageReference Include="MySql.Data" Version="8.0.32.1" />\n'
    if npoco:
        packages += '    <PackageReference Include="NPoco" Version="5.7.1" />\n'
    return {
        "Site/Site.csproj": _csproj(
            "Microsoft.NET.Sdk.Web",
            '    <ProjectReference Include="..\\Site.Repository\\Site.Repository.csproj" />\n',
        ),
        "Site/Program.cs": _PROGRAM,
        "Site.Repository/Site.Repository.csproj": _csproj("Microsoft.NET.Sdk", packages),
        "Site.Repository/SettingRepository.cs": _REPOSITORY
        if npoco
        else _REPOSITORY.replace("using NPoco;", "using MySql.Data.MySqlClient;"),
    }


def test_npoco_in_a_referenced_library_is_the_data_layer(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _site(npoco=True)))
    assert first(found["Site"], K.FRAMEWORK)[0] == "ASP.NET Core"
    assert first(found["Site"], K.ORM) == ("NPoco", "5.7.1")
    assert first(found["Site"], K.DATABASE)[0] == "MySQL"


def test_the_provider_alone_stays_ado_net(tmp_path: Path) -> None:
    # Counter-case: the same library on the MySQL provider only.
    found = by_folder(write(tmp_path, _site(npoco=False)))
    assert first(found["Site"], K.ORM) == ("", "")
    assert first(found["Site"], K.QUERY)[0] == "ADO.NET"
    assert first(found["Site"], K.DATABASE)[0] == "MySQL"
