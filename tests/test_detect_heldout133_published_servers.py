"""Two Node packages that publish a command (`bin`), told apart by deployment, as set 133
showed them (benchmarks/detect_heldout133.yaml, #19):

- an MCP server on Express (POST /mcp over the MCP SDK's Streamable HTTP transport, no data of
  its own) whose own Dockerfile runs its HTTP entry (`CMD ["node", "build/index-http.js"]`,
  compiled from src/index-http.ts): a gateway over the product's API the product deploys, a
  backend, though it also publishes a stdio command;
- an add-on developers' package (`bin: {"tool": "cli.js"}`, an Express hot-reload server in
  dev-server.js, no `start` script, no Dockerfile) that the workspace lists (`packages/*`):
  a CLI's server a developer starts by hand, a tool.
"""

from __future__ import annotations

import json
from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import package_json, write

from designer.model.stack import FindingKind as K

_HTTP_ENTRY = """import express from "express";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/streamableHttp.js";

const app = express();
app.use(express.json());
app.post("/mcp", async (req, res) => {
    const transport = new StreamableHTTPServerTransport({ sessionIdGenerator: undefined });
    await new McpServer({ name: "search", version: "1.0.0" }).connect(transport);
    await transport.handleRequest(req, res, req.body);
});
app.listen(process.env.PORT || 8080);
"""

_DOCKERFILE = """FROM node:24-alpine AS builder
WORKDIR /app
COPY package*.json ./
RUN npm ci
COPY src/ ./src/
RUN npm run build

FROM node:24-alpine
WORKDIR /app
COPY package*.json ./
RUN npm ci --omit=dev
COPY --from=builder /app/build ./build
EXPOSE 8080
CMD ["node", "build/index-http.js"]
"""

_API = {
    "backend/requirements.txt": "fastapi==0.115.0\nuvicorn==0.30.0\nsqlalchemy==2.0.35\n",
    "backend/Dockerfile": 'FROM python:3.12\nCMD ["uvicorn", "app.main:app"]\n',
    "backend/app/main.py": (
        "from fastapi import FastAPI\n\napp = FastAPI()\n\n\n@app.get('/search')\n"
        "def search():\n    return []\n"
    ),
}


def _mcp(dockerfile: str | None) -> dict[str, str]:
    files = {
        **_API,
        "mcp/package.json": package_json(
            {"@modelcontextprotocol/sdk": "^1.12.0", "express": "^4.18.2"},
            bin={"search-mcp": "./build/index.js"},
            scripts={"build": "tsc", "start": "node build/index.js",
                     "start:http": "node build/index-http.js"},
        ),
        "mcp/src/index-http.ts": _HTTP_ENTRY,
        "mcp/src/index.ts": (
            'import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";\n'
        ),
    }
    if dockerfile is not None:
        files["mcp/Dockerfile"] = dockerfile
    return files


def test_an_mcp_gateway_its_own_dockerfile_runs_is_a_backend(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _mcp(_DOCKERFILE)))
    assert first(found["mcp"], K.FRAMEWORK)[0] == "Express"


def test_an_mcp_bridge_nothing_deploys_stays_no_backend(tmp_path: Path) -> None:
    # Counter-case: without its Dockerfile it is the bridge set 36 set aside.
    found = by_folder(write(tmp_path, _mcp(None)))
    assert "mcp" not in found


def test_an_mcp_image_running_another_file_is_no_backend(tmp_path: Path) -> None:
    # Counter-case: an image running the stdio command, not the HTTP entry.
    other = _DOCKERFILE.replace("build/index-http.js", "build/index.js")
    found = by_folder(write(tmp_path, _mcp(other)))
    assert "mcp" not in found


_DEV_SERVER = """const express = require("express");
const cors = require("cors");

class AddonDevServer {
  constructor(config) {
    this.config = config;
    this.app = express();
    this.app.use(cors());
    this.app.get("/addon.js", (req, res) => res.sendFile(this.config.bundle));
  }

  start() {
    this.app.listen(this.config.port, () => console.log("dev server ready"));
  }
}

module.exports = { AddonDevServer };
"""


def _dev_tools(**extra: object) -> dict[str, str]:
    return {
        **_API,
        "pnpm-workspace.yaml": 'packages:\n  - "packages/*"\n  - "addons/*"\n',
        "package.json": json.dumps({"name": "root", "private": True}),
        "packages/addon-dev-tools/package.json": package_json(
            {"commander": "^14.0.3", "cors": "^2.8.6", "express": "^4.22.1"},
            main="index.js",
            scripts={"test": 'echo "No tests yet"'},
            **extra,
        ),
        "packages/addon-dev-tools/cli.js": (
            '#!/usr/bin/env node\nconst { program } = require("commander");\n'
            'const { AddonDevServer } = require("./dev-server");\n'
            'program.command("dev").action(() => new AddonDevServer({ port: 3001 }).start());\n'
            "program.parse();\n"
        ),
        "packages/addon-dev-tools/dev-server.js": _DEV_SERVER,
        "packages/addon-dev-tools/index.js": (
            'module.exports = { AddonDevServer: require("./dev-server").AddonDevServer };\n'
        ),
    }


def test_a_cli_package_serving_a_dev_server_is_a_tool(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _dev_tools(bin={"addon": "cli.js"})))
    assert "packages/addon-dev-tools" not in found
    assert "backend" in found


def test_the_same_server_without_a_command_is_left_to_the_other_rules(tmp_path: Path) -> None:
    # Counter-case: no `bin`, and the workspace names the folder: not taken for a tool here.
    found = by_folder(write(tmp_path, _dev_tools()))
    assert "packages/addon-dev-tools" in found
