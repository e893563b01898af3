"""Node: a `node --test` script over a build's output, in a repository with no test (set 176, #19).

An Express service compiled by tsc (`rootDir` src/, `outDir` dist/) keeps a `test` script that
generates its Prisma client and runs Node's own runner over `dist/tests`; but no test source is
in the tree (no `src/tests/`, no `*.test.ts`), so the runner finds nothing and the service has no
test framework (`testless_node`, now with Node's runner among the unit-test runners). The script's
words that are commands (`prisma` beside the `prisma/` schema folder, the `.env` a shell sources)
name no suite. A test file, a test folder, a node:test import or a CI step running the tests
keeps the runner."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_TEST = (
    "set -a && . ./.env && set +a && pnpm exec prisma generate && pnpm exec tsc"
    " && node --test --test-concurrency=1 dist/tests"
)


def _service() -> dict[str, str]:
    return {
        "package.json": '{\n  "name": "texts",\n  "type": "module",\n  "scripts": {\n'
        '    "start": "node server.js",\n    "build": "tsc",\n'
        f'    "test": "{_TEST}"\n'
        '  },\n  "dependencies": {\n    "@prisma/client": "6.19.2",\n'
        '    "express": "^4.21.0",\n    "prisma": "6.19.2"\n  }\n}\n',
        "tsconfig.json": '{\n  "compilerOptions": {"outDir": "./dist", "rootDir": "./src"}\n}\n',
        "server.js": "import './dist/server.js';\n",
        "src/server.ts": "import express from 'express';\n\nconst app = express();\n"
        "app.get('/texts', (req, res) => res.json([]));\napp.listen(3000);\n",
        "prisma/schema.prisma": 'datasource db {\n  provider = "postgresql"\n'
        '  url      = env("DATABASE_URL")\n}\n',
        ".env.example": "DATABASE_URL=postgresql://app:app@localhost:5432/app\n",
    }


def test_node_test_over_an_absent_build_is_no_test(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _service()))
    assert first(found["."], K.FRAMEWORK)[0] == "Express"
    assert first(found["."], K.TEST) == ("", "")


def test_a_test_source_keeps_node_test(tmp_path: Path) -> None:
    # Counter-cases: the suite's sources, in a test folder or named as Node's runner finds them.
    for index, path in enumerate(("src/tests/texts.ts", "src/test-texts.ts")):
        files = _service()
        # No import of the runner: the file's place or name alone says it is a test.
        files[path] = "import assert from 'node:assert';\n\nassert.ok(true);\n"
        found = by_folder(write(tmp_path / str(index), files))
        assert first(found["."], K.TEST)[0] == "node:test"


def test_a_ci_step_running_the_tests_keeps_node_test(tmp_path: Path) -> None:
    # Counter-case: the CI runs `pnpm test`, whatever the walk could not see.
    files = _service()
    files[".github/workflows/ci.yml"] = (
        "jobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - run: pnpm test\n"
    )
    found = by_folder(write(tmp_path, files))
    assert first(found["."], K.TEST)[0] == "node:test"


def test_a_script_naming_an_existing_suite_folder_keeps_node_test(tmp_path: Path) -> None:
    # Counter-case: the script's argument is a folder of the package (a suite named otherwise).
    files = _service()
    files["package.json"] = files["package.json"].replace("dist/tests", "checks")
    files["checks/texts.mjs"] = "import assert from 'node:assert';\n"
    found = by_folder(write(tmp_path, files))
    assert first(found["."], K.TEST)[0] == "node:test"
