"""A Node workspace whose root is a web server of its own, its members the services that
server calls, as set 392 showed it (#19): the root's Jest runs the root's `__tests__/`, so a
member holding no test takes no runner from it; a member holding tests still does."""

from __future__ import annotations

import json
from pathlib import Path

from test_detect_gaps import by_folder
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_ROOT_SERVER = """import Koa from 'koa'
import { sizeOf } from './utils/size'
const server = new Koa()
server.use(async ctx => { ctx.body = await sizeOf(ctx.query.package) })
server.listen(5400)
"""

_BUILD = """const Fastify = require('fastify')
const fastify = Fastify()
fastify.post('/build', async request => ({ size: request.body.name.length }))
fastify.listen({ port: 7002 })
"""


def _tree() -> dict[str, str]:
    root = {
        "name": "sizes",
        "private": True,
        "workspaces": ["build-service"],
        "scripts": {"start": "node index.js", "test": "jest"},
        "dependencies": {"koa": "^2.15.0"},
        "devDependencies": {"jest": "^24.9.0"},
    }
    build = {
        "name": "build",
        "main": "index.js",
        "dependencies": {"fastify": "^4.25.2"},
        "scripts": {"start": "node index"},
    }
    return {
        "package.json": json.dumps(root, indent=2),
        "index.ts": _ROOT_SERVER,
        "utils/size.ts": "export async function sizeOf(name: string) { return name.length }\n",
        "jest.config.js": "module.exports = { testMatch: ['**/__tests__/**/*.test.ts'] }\n",
        "__tests__/utils.test.ts": "test('sizes', () => { expect(1).toBe(1) })\n",
        "build-service/package.json": json.dumps(build, indent=2),
        "build-service/index.js": _BUILD,
    }


def _tests(backend: object) -> list[str]:
    return [f.name for f in backend.findings if f.kind is K.TEST]  # type: ignore[attr-defined]


def test_a_member_holding_no_test_takes_no_runner_from_the_root(tmp_path: Path) -> None:
    backends = by_folder(write(tmp_path, _tree()))
    assert _tests(backends["."]) == ["Jest"]
    assert _tests(backends["build-service"]) == []


def test_a_member_holding_tests_takes_the_roots_runner(tmp_path: Path) -> None:
    tree = _tree()
    tree["build-service/__tests__/build.test.js"] = "test('builds', () => expect(1).toBe(1))\n"
    backends = by_folder(write(tmp_path, tree))
    assert _tests(backends["build-service"]) == ["Jest"]
