"""A NestJS program created over an ExpressAdapter of the legacy Feathers app it imports
(held-out set 66, #19): Nest starts and serves the Feathers routes beneath its own, so it is
the framework, though the Feathers app's file lies nearer the root."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import package_json, write

from designer.model.stack import FindingKind

_LEGACY = """const express = require('@feathersjs/express');
const feathers = require('@feathersjs/feathers');

const app = express(feathers());
app.configure(express.rest());
module.exports = app;
"""

_MAIN = """import { NestFactory } from '@nestjs/core';
import { ExpressAdapter } from '@nestjs/platform-express';
import { ServerModule } from './server.module';
import legacyAppPromise = require('../../../src/app');

async function bootstrap() {
	const legacyApp = await legacyAppPromise;
	const adapter = new ExpressAdapter(legacyApp);
	legacyApp.setup();
	const app = await NestFactory.create(ServerModule, adapter, {});
	await app.listen(3030);
}
void bootstrap();
"""


def _tree(main: str) -> dict[str, str]:
    deps = {
        "@feathersjs/express": "^4.5.11",
        "@feathersjs/feathers": "^4.5.11",
        "@nestjs/core": "^7.6.13",
        "@nestjs/platform-express": "^7.6.13",
    }
    return {
        "package.json": package_json(deps),
        "src/app.js": _LEGACY,
        "apps/server/src/main.ts": main,
    }


def test_nest_over_an_adapter_of_the_legacy_app_is_nest(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _tree(_MAIN)))["."]
    assert first(backend, FindingKind.FRAMEWORK)[0] == "NestJS"


def test_nest_on_its_own_adapter_leaves_the_shallower_app_first(tmp_path: Path) -> None:
    main = _MAIN.replace("new ExpressAdapter(legacyApp)", "new ExpressAdapter()")
    backend = by_folder(write(tmp_path, _tree(main)))["."]
    assert first(backend, FindingKind.FRAMEWORK)[0] == "Feathers"
