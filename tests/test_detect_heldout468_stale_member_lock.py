"""A gap the 468th held-out set showed, as a small fixture of the real files' shape (#19): a Hono
API in `api/`, a member of the root's npm workspace, keeps a `package-lock.json` of its own left
from an earlier layout (a Vercel function's: `@vercel/node`, no Hono), while the workspace's
root lock resolves the member's `hono ^4.0.5` to 4.9.2. The member's lock holds no Hono at all,
so the version is the workspace lock's (`locks.LockFiles.versions`). A member's lock that holds
the package keeps its own release."""

from __future__ import annotations

import json
from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import package_json, write

from designer.model.stack import FindingKind as K


def _lock(name: str, root: dict[str, object], packages: dict[str, str]) -> str:
    entries: dict[str, object] = {"": {"name": name, "version": "1.0.0", **root}}
    for key, version in packages.items():
        entries[key] = {"version": version}
    return (
        json.dumps(
            {"name": name, "lockfileVersion": 3, "requires": True, "packages": entries}, indent=2
        )
        + "\n"
    )


def _tree(member_lock: dict[str, str]) -> dict[str, str]:
    return {
        "package.json": json.dumps(
            {"name": "birding", "private": True, "workspaces": ["client", "api"]}, indent=2
        )
        + "\n",
        "package-lock.json": _lock(
            "birding",
            {"workspaces": ["client", "api"]},
            {
                "api": "1.0.0",
                "client": "1.0.0",
                "node_modules/api": "",
                "node_modules/hono": "4.9.2",
                "node_modules/@hono/node-server": "1.14.4",
                "node_modules/react": "18.3.1",
            },
        ),
        "api/package.json": package_json(
            {"hono": "^4.0.5", "@hono/node-server": "^1.8.2"},
            scripts={"start": "tsx index.ts"},
        ),
        "api/package-lock.json": _lock(
            "api", {"dependencies": {"@vercel/node": "^5.3.7"}}, member_lock
        ),
        "api/index.ts": "import { Hono } from 'hono';\n"
        "import { serve } from '@hono/node-server';\n"
        "const app = new Hono();\napp.get('/health', (c) => c.json({ ok: true }));\n"
        "serve({ fetch: app.fetch, port: 3000 });\n",
        "client/package.json": package_json({"react": "^18.3.1"}),
        "client/src/main.tsx": "import React from 'react';\n",
    }


def test_a_member_lock_holding_no_framework_defers_to_the_workspace_lock(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _tree({"node_modules/@vercel/node": "5.3.7"})))
    assert first(found["api"], K.FRAMEWORK) == ("Hono", "4.9.2")


def test_a_member_lock_holding_the_framework_keeps_its_release(tmp_path: Path) -> None:
    # Counter-case: the member's own lock resolves Hono; it is the nearest resolution.
    found = by_folder(write(tmp_path, _tree({"node_modules/hono": "4.6.1"})))
    assert first(found["api"], K.FRAMEWORK) == ("Hono", "4.6.1")
