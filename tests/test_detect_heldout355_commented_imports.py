"""Held-out set 355 (#19): a Node service's shim explains in comments what it replaces
(`// The barrel does export { Prisma, PrismaClient } from '@prisma/client'`), and JSDoc
shows how a module is used (` * const db = require("pg")`). A comment line imports nothing: the
rules that ask which packages a package's modules import (`node_imports.named`) read code only,
while code after a comment on the next line, or an import with a trailing comment, still counts.
"""

from __future__ import annotations

import pytest

from designer.detect import node_imports

_SHIM = """// ESM interop shim for @prisma/client (wired via the tsup alias).
// The barrel does `export { Prisma, PrismaClient } from '@prisma/client'`,
// and a named ESM import (`import { Prisma } from '@prisma/client'`) throws at load.
import { createRequire } from 'node:module';

const nodeRequire = createRequire(import.meta.url);
export const Prisma = nodeRequire(['@prisma', 'client'].join('/')).Prisma;
"""

_JSDOC = """/**
 * Opens the pool once.
 *
 *   const db = require("pg")
 *   import knex from 'knex'
 */
/* import mongoose from "mongoose" */
const { Pool } = require('pg'); // import 'mysql2' once it ships
"""


def test_comment_lines_import_nothing() -> None:
    assert node_imports.named(_SHIM) == {"node:module"}
    assert node_imports.named(_JSDOC) == {"pg"}


@pytest.mark.parametrize(
    "line",
    [
        "import { Pool } from 'pg';",
        "  const pg = require(\"pg\");",
        "export { sql } from 'pg';",
        "const mod = await import('pg');",
        "import 'pg'; // the pool registers itself",
    ],
)
def test_code_lines_still_import(line: str) -> None:
    assert node_imports.named(f"// setup\n{line}\n") == {"pg"}
