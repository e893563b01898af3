"""Node: every form a pnpm lock writes a resolution in gives its release (set 447, #19).

A pnpm 7 lock (`lockfileVersion: 5.4`) writes what an importer's dependency resolves to as the
shortest form of its dependency path: the release alone (`4.11.0`, with a peer suffix
`4.8.0_prisma@4.8.0`), the path from the registry's root for an `npm:` alias
(`/fastify/4.11.0`, `/@prisma/client/4.8.0`), or the path with the registry's host when the
package came from a registry other than the configured one (`registry.npmjs.org/fastify/4.11.0`
in a workspace whose `.npmrc` names registry.npmjs.com; a port is written `+4873`). A
registry's tarball (`'@registry.npmjs.org/fastify/-/fastify-4.11.0.tgz'`) names its release
too. A git commit, a folder (`file:`) or a workspace member (`link:`) is no release: the
manifest's declaration stays. Those keys also name the lock's entries (`registry.npmjs.org/
fastify/4.11.0:`), whose `dependencies:` are read for what a package brings."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.detect.lock_readers import pnpm_requirements
from designer.model.stack import FindingKind as K

_API = (
    '{\n  "name": "api",\n  "dependencies": {\n    "fastify": "4.11.0",\n'
    '    "@prisma/client": "4.8.0"\n  },\n  "devDependencies": {\n    "prisma": "4.8.0"\n  }\n}\n'
)
_SERVER = "import Fastify from 'fastify';\n\nconst fastify = Fastify({ logger: true });\n"
_SCHEMA = 'datasource db {\n  provider = "postgresql"\n  url = env("DATABASE_URL")\n}\n'


def _lock(fastify: str, prisma: str = "4.8.0_prisma@4.8.0") -> str:
    return (
        "lockfileVersion: 5.4\n\nimporters:\n\n  .:\n    specifiers:\n      turbo: 1.6.3\n"
        "    devDependencies:\n      turbo: 1.6.3\n\n  apps/api:\n    specifiers:\n"
        "      '@prisma/client': 4.8.0\n      fastify: 4.11.0\n      prisma: 4.8.0\n"
        f"    dependencies:\n      '@prisma/client': {prisma}\n      fastify: {fastify}\n"
        "    devDependencies:\n      prisma: 4.8.0\n\npackages:\n\n"
        "  /turbo/1.6.3:\n    resolution: {integrity: sha512-a}\n    dev: true\n"
    )


def _tree(tmp_path: Path, lock: str) -> Path:
    return write(
        tmp_path,
        {
            "package.json": '{"name": "root", "private": true}\n',
            "pnpm-workspace.yaml": "packages:\n  - apps/*\n",
            "pnpm-lock.yaml": lock,
            "apps/api/package.json": _API,
            "apps/api/server.ts": _SERVER,
            "apps/api/prisma/schema.prisma": _SCHEMA,
        },
    )


@pytest.mark.parametrize(
    "fastify",
    [
        "4.11.0",
        "4.11.0_pino@8.8.0",
        "4.11.0_srxu27r7jelwulqij6gi3ymtwi",
        "/fastify/4.11.0",
        "/fastify/4.11.0_@types+node@18.11.18",
        "registry.npmjs.org/fastify/4.11.0",
        "localhost+4873/fastify/4.11.0",
        "'@registry.npmjs.org/fastify/-/fastify-4.11.0.tgz'",
    ],
    ids=[
        "release",
        "peer",
        "peer-hash",
        "alias",
        "alias-scoped-peer",
        "registry",
        "port",
        "tarball",
    ],
)
def test_every_registry_form_gives_its_release(tmp_path: Path, fastify: str) -> None:
    api = by_folder(_tree(tmp_path, _lock(fastify)))["apps/api"]
    assert first(api, K.FRAMEWORK) == ("Fastify", "4.11.0")
    framework = next(f for f in api.findings if f.kind is K.FRAMEWORK)
    assert any(e.path == "pnpm-lock.yaml" for e in framework.evidence)


@pytest.mark.parametrize(
    "prisma",
    [
        "registry.npmjs.org/@prisma/client/4.8.0_prisma@4.8.0",
        "/@prisma/client/4.8.0",
    ],
    ids=["registry-scoped-peer", "alias-scoped"],
)
def test_scoped_paths_give_their_release(tmp_path: Path, prisma: str) -> None:
    api = by_folder(_tree(tmp_path, _lock("4.11.0", prisma)))["apps/api"]
    assert first(api, K.ORM) == ("Prisma", "4.8.0")


@pytest.mark.parametrize(
    "fastify",
    [
        "github.com/fastify/fastify/0123456789abcdef0123456789abcdef01234567",
        "'@codeload.example.com/fastify/tar.gz/main.tgz'",
        "file:../fastify",
        "link:../../packages/fastify",
    ],
    ids=["git", "tarball-unnamed", "file", "link"],
)
def test_no_release_leaves_the_manifest(tmp_path: Path, fastify: str) -> None:
    """The counter-case: a commit, a folder or a link is no release, and never a version."""
    api = by_folder(_tree(tmp_path, _lock(fastify)))["apps/api"]
    assert first(api, K.FRAMEWORK) == ("Fastify", "4.11.0")
    framework = next(f for f in api.findings if f.kind is K.FRAMEWORK)
    assert all(e.path != "pnpm-lock.yaml" for e in framework.evidence)


_ENTRIES = """lockfileVersion: 5.4

importers:

  .:
    specifiers:
      fastify: 4.11.0
    dependencies:
      fastify: registry.npmjs.org/fastify/4.11.0

packages:

  registry.npmjs.org/fastify/4.11.0:
    resolution: {integrity: sha512-a, registry: https://registry.npmjs.com/}
    name: fastify
    version: 4.11.0
    dependencies:
      '@fastify/error': registry.npmjs.org/@fastify/error/3.2.0
      avvio: registry.npmjs.org/avvio/8.2.0
      pino: 8.8.0_@types+node@18.11.18
    dev: false
"""


def test_a_registry_keyed_entry_lists_its_requirements() -> None:
    found = pnpm_requirements(_ENTRIES.split("\n"), "fastify", "pnpm-lock.yaml", "4.11.0")
    assert [(name, version) for name, version, _ in found] == [
        ("@fastify/error", "3.2.0"),
        ("avvio", "8.2.0"),
        ("pino", "8.8.0"),
    ]
    assert found[0][2].line == 18


_FOLDER_ENTRY = """lockfileVersion: '9.0'

snapshots:

  '@acme/db@1.0.0':
    dependencies:
      mysql2: 3.9.0

  '@acme/db@file:packages/db(@types/pg@8.15.2)':
    dependencies:
      pg: 8.16.0
"""


def test_a_folder_dependency_reads_its_folder_entry_alone() -> None:
    """Installed from a `file:` folder (no release), a package brings what the folder's
    entry lists, never what a registry release of the same name does."""
    lines = _FOLDER_ENTRY.split("\n")
    found = pnpm_requirements(lines, "@acme/db", "pnpm-lock.yaml", "", unreleased=True)
    assert [(name, version) for name, version, _ in found] == [("pg", "8.16.0")]
