"""Held-out set 317 (#19): an ASP.NET Core backend invokes a Node package's exported functions
through Jering.Javascript.NodeJS and builds the package with its own project (an MSBuild target
running the package's build in its folder). The package has no start script; its `main` is a
build output, and one exported function starts Express for static files and a WebSocket. It is
the .NET application's module, not a backend. The same package with a start script of its own,
or with no .NET project invoking Node, stays a backend."""

from __future__ import annotations

import json
from pathlib import Path

from test_detect_gaps import by_folder
from test_detect_projects import write

_LIBRARY_CSPROJ = """<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup><TargetFramework>net8.0</TargetFramework></PropertyGroup>
  <ItemGroup>
    <PackageReference Include="Jering.Javascript.NodeJS" Version="[6.3.1]" />
    <PackageReference Include="MongoDB.Driver" Version="2.28.0" />
  </ItemGroup>
</Project>
"""

_APP_CSPROJ = """<Project Sdk="Microsoft.NET.Sdk.Web">
  <PropertyGroup>
    <TargetFramework>net8.0</TargetFramework>
    <RealtimeRoot>..\\Realtime\\</RealtimeRoot>
  </PropertyGroup>
  <ItemGroup>
    <ProjectReference Include="..\\Core\\Core.csproj" />
  </ItemGroup>
  <Target Name="BuildRealtime" BeforeTargets="AssignTargetPaths">
    <Exec WorkingDirectory="$(RealtimeRoot)" Command="npm run build" />
  </Target>
</Project>
"""

_PROGRAM = """var builder = WebApplication.CreateBuilder(args);
builder.Services.AddControllers();
var app = builder.Build();
app.MapControllers();
app.Run();
"""

_CONTROLLER = """using Microsoft.AspNetCore.Mvc;
using MongoDB.Driver;
[ApiController]
[Route("api/projects")]
public class ProjectsController : ControllerBase
{
    private readonly IMongoCollection<Project> _projects;
    public ProjectsController(IMongoDatabase db) =>
        _projects = db.GetCollection<Project>("projects");
    [HttpGet] public IActionResult Get() => Ok(_projects.Find(_ => true).ToList());
}
public class Project { public string Id { get; set; } }
"""

_INDEX = """import express from 'express';
import http from 'http';
import { MongoClient } from 'mongodb';

type InteropCallback = (err?: any, ret?: any) => void;

export = {
  async startServer(callback: InteropCallback, options: { port: number; connectionString: any }) {
    const client = await MongoClient.connect(options.connectionString);
    const app = express();
    app.use(express.static('static'));
    http.createServer(app).listen(options.port);
    callback(null, client.db().databaseName);
  }
};
"""


def _tree(start: bool = False, invoked: bool = True) -> dict[str, str]:
    scripts = {"build": "tsc -b tsconfig.json", "test": "jest"}
    if start:
        scripts["start"] = "node lib/index.js"
    data = {
        "name": "realtime",
        "scripts": scripts,
        "main": "lib/index.js",
        "types": "lib/index.d.ts",
        "dependencies": {"express": "^4.22.2", "mongodb": "^4.17.2"},
        "devDependencies": {"jest": "^29.7.0", "typescript": "~5.9.3"},
    }
    library = _LIBRARY_CSPROJ if invoked else _LIBRARY_CSPROJ.replace("Jering.Javascript", "Acme")
    return {
        "src/Realtime/package.json": json.dumps(data, indent=2),
        "src/Realtime/common/index.ts": _INDEX,
        "src/Core/Core.csproj": library,
        "src/App/App.csproj": _APP_CSPROJ,
        "src/App/Program.cs": _PROGRAM,
        "src/App/Controllers/ProjectsController.cs": _CONTROLLER,
    }


def test_package_the_dotnet_app_invokes_is_no_backend(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _tree()))
    assert "src/Realtime" not in found
    assert "src/App" in found


def test_package_with_a_start_script_stays(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _tree(start=True)))
    assert "src/Realtime" in found


def test_package_no_dotnet_project_invokes_stays(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _tree(invoked=False)))
    assert "src/Realtime" in found
