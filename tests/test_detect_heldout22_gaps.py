"""Generic gaps the twenty-second held-out set showed (benchmarks/detect_heldout22.yaml), each as
a small fixture of the real files' shape (#19): a server in a native client app's folder, and a
Python server a .NET project copies into its output."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, csproj
from test_detect_projects import package_json, write

# --- .NET ----------------------------------------------------------------------------------------


def test_a_python_server_a_dotnet_project_copies_into_its_output(tmp_path: Path) -> None:
    """AntSK: a .NET library ships a FastAPI model server (its requirements.txt and code
    copied to the output) that the .NET web app starts: no backend of its own."""
    library = csproj().replace(
        "</Project>",
        '  <ItemGroup>\n    <Content Include="llamafactory\\**">\n'
        "      <CopyToOutputDirectory>PreserveNewest</CopyToOutputDirectory>\n    </Content>\n"
        '    <None Update="requirements.txt">\n'
        "      <CopyToOutputDirectory>PreserveNewest</CopyToOutputDirectory>\n    </None>\n"
        "  </ItemGroup>\n</Project>",
    )
    files = {
        "src/Web/Web.csproj": csproj(sdk="Microsoft.NET.Sdk.Web"),
        "src/Web/Program.cs": "var builder = WebApplication.CreateBuilder(args);\n",
        "src/Factory/Factory.csproj": library,
        "src/Factory/requirements.txt": "fastapi\nuvicorn\n",
        "src/Factory/llamafactory/api.py": (
            "import uvicorn\nfrom fastapi import FastAPI\n\napp = FastAPI()\n"
        ),
    }
    assert list(by_folder(write(tmp_path, files))) == ["src/Web"]


# --- Monorepos -----------------------------------------------------------------------------------


def test_a_server_in_a_native_client_apps_folder_is_its_tool(tmp_path: Path) -> None:
    """omnivore: apple/gql-server serves the API's schema for the iOS app's code generation."""
    server = "var express = require('express');\nvar app = express();\napp.listen(4000);\n"
    files = {
        "packages/api/package.json": package_json({"express": "^5.2.1", "pg": "^8.11.0"}),
        "packages/api/src/server.js": server,
        "apple/gql-server/package.json": package_json({"express": "^4.19.2"}),
        "apple/gql-server/server.js": server,
    }
    assert list(by_folder(write(tmp_path, files))) == ["packages/api"]
