"""A server in a developers' support folder is a tool beside the product (set 244, #19).

A Blazor Server clinic application keeps a `DevSupport/` folder of its developers' material:
database scripts, notes, and under `05_Resources/PDFs` sample laboratory PDFs with the Python
scripts that parsed them, one of them a FastAPI app (`uvicorn api_analize:app`, a
requirements.txt of its own) the C# application later replaced with a native parser. Nothing
ships it. A folder named for developer support is a tools folder (`nonservices.TOOL_FOLDERS`):
beside the product's service, its server is a tool, not a backend. The same FastAPI app in a
folder of the product's services, or one its own Dockerfile ships, stays a backend."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, csproj, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_PARSER = (
    "from fastapi import FastAPI, File, UploadFile\n\n"
    'app = FastAPI(title="Lab PDF parser")\n\n\n'
    '@app.post("/parse")\n'
    "async def parse(file: UploadFile = File(...)):\n"
    '    return {"ok": True}\n'
)


def _clinic(parser_folder: str) -> dict[str, str]:
    return {
        "Clinic/Clinic.csproj": csproj(
            "Dapper", "Microsoft.Data.SqlClient", sdk="Microsoft.NET.Sdk.Web"
        ),
        "Clinic/Program.cs": "var builder = WebApplication.CreateBuilder(args);\n"
        "var app = builder.Build();\napp.MapControllers();\napp.Run();\n",
        "DevSupport/DevSupport.csproj": csproj(),
        "DevSupport/README.md": "# Developer support\n\nScripts and resources.\n",
        f"{parser_folder}/requirements.txt": "fastapi>=0.109.0\nuvicorn>=0.27.0\n",
        f"{parser_folder}/api_parse.py": _PARSER,
        f"{parser_folder}/sample.pdf": "%PDF-1.4\n",
    }


def test_a_server_in_a_dev_support_folder_is_a_tool(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _clinic("DevSupport/05_Resources/PDFs")))
    assert sorted(found) == ["Clinic"]
    assert first(found["Clinic"], K.FRAMEWORK)[0] == "ASP.NET Core"


def test_the_same_server_among_the_services_stays(tmp_path: Path) -> None:
    # Counter-case: the parser in a folder of the product's services is a service.
    found = by_folder(write(tmp_path, _clinic("services/pdf-parser")))
    assert sorted(found) == ["Clinic", "services/pdf-parser"]
    assert first(found["services/pdf-parser"], K.FRAMEWORK)[0] == "FastAPI"


def test_a_dev_support_server_its_dockerfile_ships_stays(tmp_path: Path) -> None:
    # Counter-case: a Dockerfile of its own ships it as an application.
    files = _clinic("DevSupport/pdf-parser")
    files["DevSupport/pdf-parser/Dockerfile"] = (
        "FROM python:3.12-slim\nCOPY . /app\nRUN pip install -r /app/requirements.txt\n"
        'CMD ["uvicorn", "api_parse:app", "--host", "0.0.0.0"]\n'
    )
    found = by_folder(write(tmp_path, files))
    assert "DevSupport/pdf-parser" in found
