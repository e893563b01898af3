"""A package manager's install folder kept aside under another name (`bower_components.safe`)
holds installed packages, never the project's code: an ASP.NET MVC sample shipped inside a
JavaScript package there is no backend (held-out set 157's your-priorities-app, #19). A folder
merely named like one of the project's own (`components`) is read as before."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from test_detect_gaps import by_folder, csproj
from test_detect_projects import write

_PROGRAM = """var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();
app.MapGet("/", () => "RecordRTC");
app.Run();
"""

_SERVER = """const express = require("express");
const app = express();
app.get("/api/health", (req, res) => res.send("ok"));
app.listen(9080);
"""


def _folders(tmp_path: Path, aside: str) -> list[str]:
    sample = f"web/old/client/{aside}/recordrtc/RecordRTC-to-MVC/RecordRTC_to_MVC"
    manifest = {"name": "server-api", "dependencies": {"express": "^5.2.1"}}
    files = {
        "server_api/package.json": json.dumps(manifest),
        "server_api/server.js": _SERVER,
        f"{sample}/RecordRTC_to_MVC.csproj": csproj(sdk="Microsoft.NET.Sdk.Web"),
        f"{sample}/Program.cs": _PROGRAM,
    }
    return sorted(by_folder(write(tmp_path, files)))


@pytest.mark.parametrize("aside", ["bower_components.safe", "node_modules_old"])
def test_an_install_folder_kept_aside_is_not_read(tmp_path: Path, aside: str) -> None:
    assert _folders(tmp_path, aside) == ["server_api"]


def test_a_folder_of_the_projects_own_is_read(tmp_path: Path) -> None:
    assert _folders(tmp_path, "components") == [
        "server_api",
        "web/old/client/components/recordrtc/RecordRTC-to-MVC/RecordRTC_to_MVC",
    ]
