"""Two lock files of different package managers side by side, as set 105 showed it
(benchmarks/detect_heldout105.yaml, #19): a Next.js app moved from npm to Yarn keeps its old
package-lock.json (next 14.0.3) beside the yarn.lock its Dockerfile and CI install from (next
14.2.24). package.json declares `^14.2.24`, which no install of today's manifest resolves to
14.0.3: the lock agreeing with the declared range is the one in use, whichever sorts first.
Where both agree, the lock of the manager package.json's `packageManager` names is read first
(Corepack runs only that one)."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import package_json, write

from designer.model.stack import FindingKind as K


def _npm_lock(next_version: str) -> str:
    return (
        '{\n  "name": "app",\n  "lockfileVersion": 3,\n  "requires": true,\n'
        '  "packages": {\n    "": {\n      "name": "app",\n'
        '      "dependencies": {\n        "next": "^14.0.3"\n      }\n    },\n'
        '    "node_modules/next": {\n'
        f'      "version": "{next_version}",\n'
        '      "resolved": "https://registry.npmjs.org/next/-/next.tgz"\n    }\n  }\n}\n'
    )


_YARN_BERRY = """__metadata:
  version: 8
  cacheKey: 10c0

"next@npm:^14.2.24":
  version: 14.2.24
  resolution: "next@npm:14.2.24"
  languageName: node
  linkType: hard
"""


def _app(declared: str, npm_next: str, **extra: object) -> dict[str, str]:
    return {
        "package.json": package_json(
            {"@prisma/client": "^6.4.1", "next": declared, "react": "^18.2.0"},
            scripts={"dev": "next dev", "build": "next build", "start": "next start"},
            **extra,
        ),
        "package-lock.json": _npm_lock(npm_next),
        "yarn.lock": _YARN_BERRY,
        "prisma/schema.prisma": 'datasource db {\n  provider = "sqlite"\n'
        '  url      = "file:./app.sqlite"\n}\n\nmodel Item {\n  id Int @id\n}\n',
        "libs/db.ts": "import { PrismaClient } from '@prisma/client'\n\n"
        "export const db = new PrismaClient()\n",
        "pages/api/items.ts": "import { db } from '../../libs/db'\n\n"
        "export default async function handler(req, res) {\n"
        "  res.status(200).json(await db.item.findMany())\n}\n",
        "pages/index.tsx": "export default function Home() {\n  return null\n}\n",
    }


def test_the_lock_agreeing_with_the_declared_range_wins(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _app("^14.2.24", "14.0.3")))["."]
    assert first(backend, K.FRAMEWORK) == ("Next.js", "14.2.24")


def test_a_stale_lock_below_the_range_is_still_read_alone(tmp_path: Path) -> None:
    # Counter-case: with no other lock the stale one is all there is, and it is read.
    tree = _app("^14.2.24", "14.0.3")
    del tree["yarn.lock"]
    backend = by_folder(write(tmp_path, tree))["."]
    assert first(backend, K.FRAMEWORK) == ("Next.js", "14.0.3")


def test_a_lock_inside_the_range_keeps_its_place(tmp_path: Path) -> None:
    # Counter-case: when the first lock's release is inside the range (14.2.30 >= 14.2.24),
    # nothing moves the choice to the other lock.
    backend = by_folder(write(tmp_path, _app("^14.2.24", "14.2.30")))["."]
    assert first(backend, K.FRAMEWORK) == ("Next.js", "14.2.30")


def test_the_package_manager_field_picks_its_lock(tmp_path: Path) -> None:
    # Both locks inside the range: the one Yarn (named by `packageManager`) writes is read.
    tree = _app("^14.2.24", "14.2.30", packageManager="yarn@4.7.0")
    backend = by_folder(write(tmp_path, tree))["."]
    assert first(backend, K.FRAMEWORK) == ("Next.js", "14.2.24")


def test_a_package_manager_field_naming_npm_keeps_npms_lock(tmp_path: Path) -> None:
    # Counter-case: the field names npm, so package-lock.json stays first.
    tree = _app("^14.2.24", "14.2.30", packageManager="npm@10.8.2")
    backend = by_folder(write(tmp_path, tree))["."]
    assert first(backend, K.FRAMEWORK) == ("Next.js", "14.2.30")
