"""Node: a pnpm workspace member runs on the workspace's shared lock (set 215, #19).

A pnpm/turbo workspace (`pnpm-workspace.yaml` listing `apps/*`) installs every member from the
root's one pnpm-lock.yaml, whose `importers:` name each member folder; a pnpm-lock.yaml or
package-lock.json left in a member's folder from before it joined is not read by pnpm, so the
release the server runs is the root lock's (NestJS 10.4.20), not the stale nested lock's
(10.4.7). A workspace whose `.npmrc` turns the shared lock off, or whose lock does not list the
member, leaves the member's own lock the one it installs from."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_API = (
    '{\n  "name": "api",\n  "dependencies": {\n    "@nestjs/core": "^10.0.0",\n'
    '    "@nestjs/common": "^10.0.0"\n  }\n}\n'
)


def _lock(importers: str, version: str) -> str:
    return (
        "lockfileVersion: '9.0'\n\nsettings:\n  autoInstallPeers: true\n\nimporters:\n\n"
        f"{importers}\n"
        "packages:\n\n"
        f"  '@nestjs/core@{version}':\n    resolution: {{integrity: sha512-x}}\n\n"
        f"  '@nestjs/common@{version}':\n    resolution: {{integrity: sha512-y}}\n"
    )


def _importer(folder: str, version: str) -> str:
    return (
        f"  {folder}:\n    dependencies:\n"
        f"      '@nestjs/core':\n        specifier: ^10.0.0\n        version: {version}\n"
        f"      '@nestjs/common':\n        specifier: ^10.0.0\n        version: {version}\n"
    )


def _workspace(listed: bool = True) -> dict[str, str]:
    root = "  .:\n    devDependencies: {}\n\n"
    return {
        "package.json": '{\n  "name": "product",\n  "private": true\n}\n',
        "pnpm-workspace.yaml": "packages:\n  - 'apps/*'\n",
        "pnpm-lock.yaml": _lock(root + (_importer("apps/api", "10.4.20") if listed else ""),
                                "10.4.20"),
        "apps/api/package.json": _API,
        # Left from before the folder joined the workspace.
        "apps/api/pnpm-lock.yaml": _lock(_importer(".", "10.4.7"), "10.4.7"),
        "apps/api/src/main.ts": "import { NestFactory } from '@nestjs/core';\n\n"
        "async function bootstrap() {\n  const app = await NestFactory.create(AppModule);\n"
        "  await app.listen(3000);\n}\nbootstrap();\n",
    }


def test_a_member_runs_on_the_workspace_lock(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _workspace()))
    assert first(found["apps/api"], K.FRAMEWORK) == ("NestJS", "10.4.20")


def test_an_unshared_workspace_lock_keeps_the_members_own(tmp_path: Path) -> None:
    # Counter-case: `.npmrc` gives each member a lock of its own.
    files = _workspace()
    files[".npmrc"] = "shared-workspace-lockfile=false\n"
    found = by_folder(write(tmp_path, files))
    assert first(found["apps/api"], K.FRAMEWORK) == ("NestJS", "10.4.7")


def test_a_member_the_workspace_lock_does_not_list_keeps_its_own(tmp_path: Path) -> None:
    # Counter-case: the root lock has no importer for the folder.
    found = by_folder(write(tmp_path, _workspace(listed=False)))
    assert first(found["apps/api"], K.FRAMEWORK) == ("NestJS", "10.4.7")


def test_no_workspace_file_keeps_the_members_own(tmp_path: Path) -> None:
    # Counter-case: no pnpm-workspace.yaml, so no pnpm workspace at all.
    files = _workspace()
    del files["pnpm-workspace.yaml"]
    found = by_folder(write(tmp_path, files))
    assert first(found["apps/api"], K.FRAMEWORK) == ("NestJS", "10.4.7")
