"""An Egg.js server tested by `egg-bin test` (#19): Egg's development tool runs Mocha, which it
installs as its own dependency, over egg-mock's application; the package declares no runner of
its own, yet its tests are Mocha's. A package that declares Vitest beside egg-bin is tested by
the release of egg-bin that runs Vitest."""

from __future__ import annotations

import json
from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K


def _package(dev: dict[str, str]) -> str:
    return json.dumps(
        {
            "name": "forum",
            "dependencies": {"egg": "^2.2.1", "egg-mongoose": "^2.1.1", "egg-scripts": "^2.5.1"},
            "devDependencies": {"egg-bin": "^4.3.5", "egg-mock": "^3.14.0", **dev},
            "scripts": {
                "start": "egg-scripts start --daemon",
                "dev": "egg-bin dev",
                "test": "npm run lint -- --fix && npm run test-local",
                "test-local": "egg-bin test",
                "cov": "egg-bin cov",
            },
        },
        indent=2,
    )


_TEST = (
    "'use strict';\n\nconst { app, assert } = require('egg-mock/bootstrap');\n\n"
    "describe('test/app/service/cache.test.js', () => {\n"
    "  it('set value should ok', async () => {\n"
    "    const ctx = app.mockContext();\n"
    "    assert(await ctx.service.cache.setex('greet', 'hi', 300) === undefined);\n"
    "  });\n});\n"
)
_ROUTER = (
    "'use strict';\n\nmodule.exports = app => {\n"
    "  const { router, controller } = app;\n"
    "  router.get('/', controller.site.index);\n};\n"
)


def _tree(dev: dict[str, str]) -> dict[str, str]:
    return {
        "package.json": _package(dev),
        "app/router.js": _ROUTER,
        "config/config.default.js": (
            "module.exports = { mongoose: { url: 'mongodb://127.0.0.1:27017/forum' } };\n"
        ),
        "config/plugin.js": "exports.mongoose = { enable: true, package: 'egg-mongoose' };\n",
        "test/app/service/cache.test.js": _TEST,
    }


def test_egg_bin_test_runs_mocha(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _tree({})))["."]
    assert first(backend, K.FRAMEWORK)[0] == "Egg.js"
    assert first(backend, K.TEST)[0] == "Mocha"


def test_a_declared_vitest_is_what_egg_bin_runs(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _tree({"vitest": "^4.1.10"})))["."]
    assert first(backend, K.TEST)[0] == "Vitest"
