"""Node: a Deno program with no package.json (set 325, #19).

Its deno.json's import map names its npm packages (`"express": "npm:express@^4.21.1"`), its
deno.lock resolves them (`"express@4.21.1": {` in the lock's "npm" object: at the top in lock
versions 4 and 5, under "packages" in 2 and 3), and its tests register with `Deno.test(…)`
under a `deno test` task. The framework's version is the lock's; the test runner is
`deno test`.
"""

from __future__ import annotations

import json
from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.detect.lock_readers import READERS
from designer.model.stack import FindingKind as K

_DENO_JSON = json.dumps(
    {
        "tasks": {
            "dev": "deno run --env-file --allow-all src/index.ts",
            "test": "deno test --allow-net --allow-env --allow-read",
        },
        "imports": {
            "@/": "./",
            "@std/assert": "jsr:@std/assert@^1.0.13",
            "express": "npm:express@^4.21.1",
            "mongoose": "npm:mongoose@^8.8.1",
            "zod": "npm:zod@^3.23.8",
        },
    },
    indent=2,
)

_LOCK_V5 = json.dumps(
    {
        "version": "5",
        "specifiers": {
            "jsr:@std/assert@^1.0.13": "1.0.13",
            "npm:express@^4.21.1": "4.21.1",
            "npm:mongoose@^8.8.1": "8.8.1",
        },
        "jsr": {"@std/assert@1.0.13": {"integrity": "ae0d"}},
        "npm": {
            "express@4.21.1": {"integrity": "sha512-a", "dependencies": ["body-parser"]},
            "mongoose@8.8.1": {"integrity": "sha512-b"},
            "probot@13.4.0_@octokit+core@5.2.0": {"integrity": "sha512-c"},
        },
    },
    indent=2,
)

_INDEX = (
    'import express from "express";\n'
    'import mongoose from "mongoose";\n\n'
    "await mongoose.connect(Deno.env.get(\"MONGODB_URL\")!);\n"
    "const server = express();\n"
    'server.get("/", (_req, res) => res.send("ok"));\n'
    "server.listen(3000);\n"
)

_TEST = (
    'import { assertEquals } from "@std/assert";\n\n'
    'Deno.test("schema", () => {\n  assertEquals(1, 1);\n});\n'
)


def _tree(**extra: str) -> dict[str, str]:
    return {
        "deno.json": _DENO_JSON,
        "src/index.ts": _INDEX,
        "src/utils/schema.test.ts": _TEST,
        **extra,
    }


def test_a_deno_program_takes_express_from_its_lock_and_tests_with_deno_test(
    tmp_path: Path,
) -> None:
    backend = by_folder(write(tmp_path, _tree(**{"deno.lock": _LOCK_V5})))["."]
    assert first(backend, K.FRAMEWORK) == ("Express", "4.21.1")
    assert first(backend, K.TEST)[0] == "deno test"
    assert first(backend, K.ORM)[0] == "Mongoose"


def test_without_a_lock_the_import_maps_range_is_the_version(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _tree()))["."]
    assert first(backend, K.FRAMEWORK) == ("Express", "^4.21.1")


def test_a_deno_test_task_alone_names_the_runner(tmp_path: Path) -> None:
    files = _tree()
    files["src/utils/schema.test.ts"] = 'import { assert } from "@std/assert";\n'
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, K.TEST)[0] == "deno test"


def test_the_lock_reader_reads_npm_packages_of_old_and_new_layouts() -> None:
    old = json.dumps(
        {
            "version": "3",
            "packages": {
                "specifiers": {"npm:express@^4": "npm:express@4.18.2"},
                "npm": {"express@4.18.2": {"integrity": "x", "dependencies": {}}},
            },
            "remote": {},
        },
        indent=2,
    ).splitlines()
    assert [(k, e[1]) for _, k, e in READERS["deno.lock"](old)] == [("express", "4.18.2")]
    new = [(k, e[1]) for _, k, e in READERS["deno.lock"](_LOCK_V5.splitlines())]
    # jsr packages are not npm's; a peer-resolved copy keeps its own release.
    assert new == [("express", "4.21.1"), ("mongoose", "8.8.1"), ("probot", "13.4.0")]


def test_a_deno_jsonc_with_comments_is_read(tmp_path: Path) -> None:
    jsonc = _DENO_JSON.replace('"tasks": {', '// the tasks\n  "tasks": {  /* run */', 1)
    jsonc = jsonc.replace('"npm:zod@^3.23.8"', '"npm:zod@^3.23.8",', 1)
    files = _tree()
    del files["deno.json"]
    files["deno.jsonc"] = jsonc
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, K.FRAMEWORK) == ("Express", "^4.21.1")
