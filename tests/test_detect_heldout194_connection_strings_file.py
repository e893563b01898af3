"""Held-out set 194 (#19): an ASP.NET MVC 5 application on the .NET Framework whose web.config
moves its connection strings to a file of their own (`<connectionStrings configSource=
"connectionStrings.config" />`), kept out of the repository and committed as
`connectionStrings.config.example`, naming the Npgsql provider. The project references both
Npgsql and MySql.Data (an import tool beside it reads a MySQL source): the provider the
example's connection string names is the engine the app runs on. An example naming MySQL's
provider picks MySQL; a file of another name is not read as the connection strings.
"""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_CSPROJ = (
    '<?xml version="1.0" encoding="utf-8"?>\n'
    '<Project ToolsVersion="14.0" DefaultTargets="Build" '
    'xmlns="http://schemas.microsoft.com/developer/msbuild/2003">\n'
    "  <PropertyGroup>\n    <OutputType>Library</OutputType>\n"
    "    <RootNamespace>Site</RootNamespace>\n"
    "    <TargetFrameworkVersion>v4.6</TargetFrameworkVersion>\n  </PropertyGroup>\n"
    "  <ItemGroup>\n"
    '    <Reference Include="System.Web" />\n'
    '    <Reference Include="EntityFramework">\n'
    "      <HintPath>packages\\EntityFramework.6.1.3\\lib\\net45\\EntityFramework.dll</HintPath>\n"
    "    </Reference>\n"
    '    <Reference Include="MySql.Data">\n'
    "      <HintPath>packages\\MySql.Data.6.9.8\\lib\\net45\\MySql.Data.dll</HintPath>\n"
    "    </Reference>\n"
    '    <Reference Include="Npgsql">\n'
    "      <HintPath>packages\\Npgsql.3.0.2\\lib\\net45\\Npgsql.dll</HintPath>\n"
    "    </Reference>\n"
    '    <Reference Include="System.Web.Mvc, Version=5.2.3.0">\n'
    "      <HintPath>packages\\Microsoft.AspNet.Mvc.5.2.3\\lib\\net45\\System.Web.Mvc.dll"
    "</HintPath>\n    </Reference>\n"
    "  </ItemGroup>\n"
    "  <ItemGroup>\n"
    '    <Compile Include="Global.asax.cs" />\n'
    '    <Compile Include="Models\\DB.cs" />\n'
    "  </ItemGroup>\n"
    '  <Import Project="$(MSBuildToolsPath)\\Microsoft.CSharp.targets" />\n'
    "</Project>\n"
)

_IMPORTER_CSPROJ = (
    '<?xml version="1.0" encoding="utf-8"?>\n'
    '<Project ToolsVersion="14.0" DefaultTargets="Build" '
    'xmlns="http://schemas.microsoft.com/developer/msbuild/2003">\n'
    "  <PropertyGroup>\n    <OutputType>Exe</OutputType>\n"
    "    <TargetFrameworkVersion>v4.6</TargetFrameworkVersion>\n  </PropertyGroup>\n"
    "  <ItemGroup>\n"
    '    <Reference Include="MySql.Data">\n'
    "      <HintPath>..\\packages\\MySql.Data.6.9.8\\lib\\net45\\MySql.Data.dll</HintPath>\n"
    "    </Reference>\n"
    "  </ItemGroup>\n"
    '  <ItemGroup>\n    <Compile Include="Program.cs" />\n  </ItemGroup>\n'
    "</Project>\n"
)

_PACKAGES = (
    '<?xml version="1.0" encoding="utf-8"?>\n<packages>\n'
    '  <package id="EntityFramework" version="6.1.3" targetFramework="net46" />\n'
    '  <package id="Microsoft.AspNet.Mvc" version="5.2.3" targetFramework="net46" />\n'
    '  <package id="MySql.Data" version="6.9.8" targetFramework="net46" />\n'
    '  <package id="Npgsql" version="3.0.2" targetFramework="net46" />\n'
    "</packages>\n"
)

_WEB_CONFIG = (
    '<?xml version="1.0" encoding="utf-8"?>\n<configuration>\n'
    '  <connectionStrings configSource="connectionStrings.config" />\n'
    '  <system.web>\n    <compilation debug="true" targetFramework="4.6" />\n'
    "  </system.web>\n</configuration>\n"
)

_CONNECTIONS = (
    '<?xml version="1.0"?>\n<connectionStrings>\n'
    '  <add name="DefaultConnection" connectionString="{value}" providerName="{provider}" />\n'
    "</connectionStrings>\n"
)

_POSTGRES = ("Host=localhost;Port=5432;Database=site;User ID=postgres;", "Npgsql")
_MYSQL = ("Server=localhost;Database=site;Uid=root;", "MySql.Data.MySqlClient")

_GLOBAL = (
    "using System.Web;\nusing System.Web.Mvc;\nusing System.Web.Routing;\n\n"
    "namespace Site\n{\n    public class MvcApplication : HttpApplication\n    {\n"
    "        protected void Application_Start()\n        {\n"
    "            AreaRegistration.RegisterAllAreas();\n        }\n    }\n}\n"
)

_IMPORTER = (
    "using MySql.Data.MySqlClient;\n\nnamespace Importer\n{\n    class Program\n    {\n"
    "        static void Main()\n        {\n"
    "            var connection = new MySqlConnection();\n        }\n    }\n}\n"
)


def _engines(tmp_path: Path, connections: dict[str, str]) -> list[str]:
    files = {
        "App.csproj": _CSPROJ,
        "packages.config": _PACKAGES,
        "Web.config": _WEB_CONFIG,
        "Global.asax": '<%@ Application Codebehind="Global.asax.cs" '
        'Inherits="Site.MvcApplication" Language="C#" %>\n',
        "Global.asax.cs": _GLOBAL,
        "Models/DB.cs": "using System.Data.Entity;\n\nnamespace Site.Models\n{\n"
        '    public class DB : DbContext\n    {\n        public DB() : base("DefaultConnection")'
        " { }\n    }\n}\n",
        "Importer/Importer.csproj": _IMPORTER_CSPROJ,
        "Importer/Program.cs": _IMPORTER,
        **connections,
    }
    backend = by_folder(write(tmp_path, files))["."]
    return [f.name for f in backend.findings if f.kind is K.DATABASE]


def _connections(value: str, provider: str) -> str:
    return _CONNECTIONS.format(value=value, provider=provider)


def test_the_connection_strings_example_names_the_engine(tmp_path: Path) -> None:
    engines = _engines(tmp_path, {"connectionStrings.config.example": _connections(*_POSTGRES)})
    assert engines[0] == "PostgreSQL"
    assert "MySQL" in engines


def test_an_example_naming_mysqls_provider_picks_mysql(tmp_path: Path) -> None:
    engines = _engines(tmp_path, {"connectionStrings.config.example": _connections(*_MYSQL)})
    assert engines[0] == "MySQL"


def test_a_file_of_another_name_is_not_the_connection_strings(tmp_path: Path) -> None:
    engines = _engines(tmp_path, {"Docs/connections.xml": _connections(*_POSTGRES)})
    assert engines[0] == "MySQL"
