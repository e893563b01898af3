"""Where a Node workspace member's tests come from when it declares no runner itself (held-out
sets 69 and 72, #19): the runner the workspace root's `test` script starts over every member
(`mocha 'mods/**/*.test.ts'`), or the workspace's own tests package (`packages/tests`)
depending on the service by its bare name."""

from __future__ import annotations

import json
from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_SERVER = """import express from "express";

const app = express();
app.get("/api/recordings/:id", (req, res) => res.send(req.params.id));
app.listen(3000);
"""

_SCHEMA = """datasource db {
  provider = "postgresql"
  url      = env("DATABASE_URL")
}
"""


def _root(test: str) -> str:
    return json.dumps(
        {
            "name": "root",
            "private": True,
            "workspaces": ["mods/*"],
            "scripts": {"test": test},
            "dependencies": {"@prisma/client": "^6.19.1"},
            "devDependencies": {"mocha": "^11.7.5", "jest": "^29.0.0"},
        },
        indent=2,
    )


def _member(name: str, deps: dict[str, str], scripts: dict[str, str] | None = None) -> str:
    return json.dumps(
        {"name": name, "main": "dist/index", "scripts": scripts or {}, "dependencies": deps},
        indent=2,
    )


def _apiserver(test: str) -> dict[str, str]:
    return {
        "package.json": _root(test),
        "mods/apiserver/package.json": _member(
            "@acme/apiserver", {"express": "^5.0.1", "@prisma/client": "^6.19.1"}
        ),
        "mods/apiserver/schema.prisma": _SCHEMA,
        "mods/apiserver/src/index.ts": _SERVER,
        "mods/apiserver/test/calls.test.ts": "describe('calls', () => {});\n",
        # A second server of the workspace: the root is no one service's project.
        "mods/voice/package.json": _member("@acme/voice", {"express": "^5.0.1"}),
        "mods/voice/src/index.ts": _SERVER,
    }


def test_a_member_is_tested_by_the_runner_the_workspace_roots_test_script_starts(
    tmp_path: Path,
) -> None:
    tree = _apiserver("mocha --timeout 30000 'mods/!(dashboard)/**/*.test.ts'")
    backend = by_folder(write(tmp_path, tree))["mods/apiserver"]
    assert first(backend, K.TEST)[0] == "Mocha"


def test_a_roots_installed_test_tools_alone_are_not_the_members(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _apiserver("lerna run test")))["mods/apiserver"]
    assert first(backend, K.TEST) == ("", "")


_KOA = """import Koa from "koa";

const app = new Koa();
app.listen(3333);
"""


def _with_tests_package(folder: str) -> dict[str, str]:
    return {
        "package.json": json.dumps({"name": "app", "workspaces": ["packages/*"]}),
        "packages/backend/package.json": _member(
            "@acme/backend", {"koa": "^2.16.2", "postgres": "^3.4.5"}, {"start": "bun src/index.ts"}
        ),
        "packages/backend/src/index.ts": _KOA,
        f"packages/{folder}/package.json": _member(
            "@acme/tests",
            {"@playwright/test": "^1.52.0", "backend": "*", "react-dom": "19.2.0"},
            {"test": "playwright test"},
        ),
        f"packages/{folder}/playwright.config.ts": "export default {};\n",
        f"packages/{folder}/api.spec.ts": "import { test } from '@playwright/test';\n",
    }


def test_a_workspace_tests_package_depending_on_the_service_tests_it(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _with_tests_package("tests")))["packages/backend"]
    assert first(backend, K.TEST)[0] == "Playwright"


def test_a_ui_package_depending_on_the_service_does_not_test_it(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _with_tests_package("console")))["packages/backend"]
    assert first(backend, K.TEST) == ("", "")
