"""Held-out set 108 (#19): an npm-workspaces monorepo whose root package.json names the
project's repository, beside its Fastify API, carrying a published tool under that tool's own
package.json (`s3-server`: Express streaming a storage bucket's objects over HTTP, built into
one of the project's images), whose `repository` still names its author's GitHub project.

A Node package keeping no data whose manifest names another owner's repository as its home
than the root's manifest does is a third-party tool copied into the tree, not a backend.
Counter-cases: a package naming another repository of the same owner (one merged into the
monorepo) stays a backend, and so does a copied package with a data layer of its own, and any
package when the root names no repository.
"""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder
from test_detect_projects import package_json, write

_FASTIFY = """import Fastify from "fastify"
import postgres from "postgres"

const sql = postgres(process.env.DB_URL)
const app = Fastify()
app.get("/cases", async () => sql`select * from cases`)
app.listen({ port: 3321 })
"""

_S3_SERVER = """#!/usr/bin/env node

const express = require("express")
const AWS = require("aws-sdk")

const bucket = process.env.S3_SERVER_BUCKET
const s3 = new AWS.S3({ endpoint: process.env.S3_SERVER_ENDPOINT })
const app = express()

app.get("*", function (req, res) {
  s3.getObject({ Bucket: bucket, Key: req.path.slice(1) }, function (err, data) {
    if (err) return res.status(err.statusCode).end()
    res.status(200).send(data.Body)
  })
})

app.listen(process.env.S3_SERVER_PORT || 3010)
"""

_ROOT_REPOSITORY = {"type": "git", "url": "git+https://github.com/justice-example/results-core.git"}


def _tree(tool_repository: object, root_repository: object = _ROOT_REPOSITORY,
          tool_deps: dict[str, str] | None = None) -> dict[str, str]:
    root_extra = {"workspaces": ["packages/*"], "private": True}
    if root_repository is not None:
        root_extra["repository"] = root_repository
    deps = {"aws-sdk": "^2.1400.0", "express": "^4.18.2", **(tool_deps or {})}
    return {
        "package.json": package_json({}, **root_extra),
        "packages/api/package.json": package_json(
            {"fastify": "^5.12.0", "postgres": "^3.4.9"}, name="api",
            repository=_ROOT_REPOSITORY,
        ),
        "packages/api/src/index.ts": _FASTIFY,
        "packages/s3-web-proxy/s3-server/package.json": package_json(
            deps, name="s3-server", main="./bin/server.js", repository=tool_repository,
            bin={"s3-server": "./bin/server.js"},
        ),
        "packages/s3-web-proxy/s3-server/bin/server.js": _S3_SERVER,
    }


_TOOL = {"type": "git", "url": "git://github.com/signal-example/s3-server.git"}
_TOOL_FOLDER = "packages/s3-web-proxy/s3-server"


def test_a_tool_copied_from_another_owner_is_no_backend(tmp_path: Path) -> None:
    backends = by_folder(write(tmp_path, _tree(_TOOL)))
    assert set(backends) == {"packages/api"}


def test_npm_shorthand_names_the_owner_too(tmp_path: Path) -> None:
    backends = by_folder(write(tmp_path, _tree("signal-example/s3-server")))
    assert set(backends) == {"packages/api"}


def test_another_repository_of_the_same_owner_is_the_projects(tmp_path: Path) -> None:
    merged = {"type": "git", "url": "git+https://github.com/justice-example/results-proxy.git"}
    backends = by_folder(write(tmp_path, _tree(merged)))
    assert _TOOL_FOLDER in backends


def test_a_copied_package_with_data_of_its_own_stays(tmp_path: Path) -> None:
    backends = by_folder(write(tmp_path, _tree(_TOOL, tool_deps={"pg": "^8.11.0"})))
    assert _TOOL_FOLDER in backends


def test_nothing_is_copied_where_the_root_names_no_repository(tmp_path: Path) -> None:
    backends = by_folder(write(tmp_path, _tree(_TOOL, root_repository=None)))
    assert _TOOL_FOLDER in backends
