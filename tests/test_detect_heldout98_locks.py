"""A nested package with no lock of its own under a root whose npm lock does not install it
(benchmarks/detect_heldout98.yaml, #19): the root lock resolves the root's tools, Express among
their dependencies, so the package's version is its manifest's range. A workspace member, or a
folder the lock lists under its `"packages"`, takes the root lock's release."""

from __future__ import annotations

import json
from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import package_json, write

from designer.model.stack import FindingKind as K

_API = (
    "import express from 'express';\n\n"
    "const app = express();\n"
    "app.use(express.json());\n"
    "app.post('/api/export', (req, res) => res.json({ ok: true }));\n"
    "app.listen(3000);\n"
)


def _lock(listed: bool) -> str:
    packages: dict[str, object] = {
        "": {"name": "site", "version": "9.0.0", "devDependencies": {"webpack-dev-server": "^5"}},
        "node_modules/express": {"version": "4.21.2", "dev": True},
        "node_modules/webpack-dev-server": {"version": "5.2.0", "dev": True},
    }
    if listed:
        packages["export"] = {"name": "export", "version": "1.0.0"}
        packages["node_modules/export"] = {"resolved": "export", "link": True}
    lock = {"name": "site", "version": "9.0.0", "lockfileVersion": 3, "requires": True,
            "packages": packages}
    return json.dumps(lock, indent=2) + "\n"


def _version(tmp_path: Path, listed: bool = False, workspaces: bool = False) -> str:
    root: dict[str, object] = {"name": "site", "version": "9.0.0", "private": True,
                               "devDependencies": {"webpack-dev-server": "^5"}}
    if workspaces:
        root["workspaces"] = ["export"]
    files = {
        "package.json": json.dumps(root, indent=2) + "\n",
        "package-lock.json": _lock(listed),
        "export/package.json": package_json({"express": "^4.18.2"}),
        "export/src/api.ts": _API,
    }
    return first(by_folder(write(tmp_path, files))["export"], K.FRAMEWORK)[1]


def test_a_root_lock_not_installing_the_package_lends_no_version(tmp_path: Path) -> None:
    assert _version(tmp_path) == "^4.18.2"


def test_a_folder_the_lock_lists_takes_its_release(tmp_path: Path) -> None:
    assert _version(tmp_path, listed=True) == "4.21.2"


def test_a_workspace_member_takes_the_root_locks_release(tmp_path: Path) -> None:
    assert _version(tmp_path, workspaces=True) == "4.21.2"
