"""Held-out set 305 (#19): three Node servers that are no backends (HELDOUT.md). A published
middleware library whose package exports an Express app and only its example listens; a mock
server only its own package's Playwright config starts (`webServer.command` runs the script
starting it); a server folder inside an Electron app's package whose manifest declares nothing,
its framework and data layer the app's. Beside each, the shape that stays a backend."""

from __future__ import annotations

import json
from pathlib import Path

from test_detect_gaps import by_folder
from test_detect_projects import write

_MIDDLEWARE = """import * as express from 'express';
export const mount = (opts: object): express.Express => {
  const app = express();
  app.get('/', (req, res) => res.send('ui'));
  return app;
};
"""

_EXAMPLE = """import * as express from 'express';
import { mount } from '../index';
const app = express();
app.use('/ui', mount({}));
app.listen(3030, () => console.log('example'));
"""


def _library(start: bool = False) -> dict[str, str]:
    data: dict[str, object] = {
        "name": "ui-express-middleware",
        "main": "./build/index.js",
        "types": "./build/index.d.ts",
        "dependencies": {"express": "^4.19.2"},
        "scripts": {
            "example": "nodemon example/index.ts",
            **({"start": "node build"} if start else {}),
        },
    }
    return {
        "packages/mw/package.json": json.dumps(data, indent=2),
        "packages/mw/index.ts": _MIDDLEWARE,
        "packages/mw/example/index.ts": _EXAMPLE,
    }


def test_middleware_library_listening_only_in_its_example_is_no_backend(tmp_path: Path) -> None:
    root = write(tmp_path, _library())
    assert "packages/mw" not in by_folder(root)


def test_package_with_a_start_script_stays_a_backend(tmp_path: Path) -> None:
    root = write(tmp_path, _library(start=True))
    assert "packages/mw" in by_folder(root)


_MOCK = """import express from 'express';
const app = express();
app.get('/auth/token', (req, res) => res.json({ token: 'x' }));
app.listen(4010);
"""

_PLAYWRIGHT = """import { PlaywrightTestConfig } from '@playwright/test';
const config: PlaywrightTestConfig = {
  webServer: {
    command: 'npm run serve',
    url: 'http://127.0.0.1:4010',
  },
  testDir: 'tests',
};
export default config;
"""


def _smoke(config: str) -> dict[str, str]:
    data = {
        "name": "smoke-test",
        "private": True,
        "scripts": {"test": "playwright test", "serve": "esr server/index.ts"},
        "devDependencies": {"@playwright/test": "1.43.0", "express": "^4.19.2"},
    }
    return {
        "packages/smoke/package.json": json.dumps(data, indent=2),
        "packages/smoke/server/index.ts": _MOCK,
        "packages/smoke/playwright.config.ts": config,
        "packages/smoke/tests/app.test.ts": "import { test } from '@playwright/test';\n",
    }


def test_server_only_its_playwright_suite_starts_is_no_backend(tmp_path: Path) -> None:
    root = write(tmp_path, _smoke(_PLAYWRIGHT))
    assert by_folder(root) == {}


def test_server_the_suite_does_not_start_stays(tmp_path: Path) -> None:
    root = write(tmp_path, _smoke(_PLAYWRIGHT.replace("npm run serve", "npm run other")))
    assert "packages/smoke" in by_folder(root)


_ADONIS_START = """import { Ignitor } from '@adonisjs/ignitor';
export const server = async () =>
  new Ignitor(require('@adonisjs/fold')).appRoot(__dirname).fireHttpServer();
"""


_DATABASE = """module.exports = {
  connection: 'sqlite',
  sqlite: {
    client: 'sqlite3',
    connection: { filename: 'server.sqlite' },
    useNullAsDefault: true,
  },
};
"""


def _desktop(inner: dict[str, object]) -> dict[str, str]:
    data = {
        "name": "desktop-app",
        "main": "index.js",
        "scripts": {"start": "electron ./build"},
        "dependencies": {
            "@adonisjs/framework": "5.0.13",
            "@adonisjs/ignitor": "2.0.8",
            "@adonisjs/lucid": "6.3.0",
            "sqlite3": "5.1.6",
        },
        "devDependencies": {"electron": "30.0.0", "electron-builder": "24.0.0"},
    }
    return {
        "package.json": json.dumps(data, indent=2),
        "src/electron/localServer.ts": "import { server } from '../internal-server/start';\n",
        "src/internal-server/package.json": json.dumps(inner),
        "src/internal-server/start.ts": _ADONIS_START,
        "src/internal-server/config/database.js": _DATABASE,
    }


def test_server_folder_of_an_electron_app_declaring_nothing_is_no_backend(tmp_path: Path) -> None:
    root = write(tmp_path, _desktop({"main": "index.js"}))
    assert by_folder(root) == {}


def test_server_of_a_package_without_electron_stays_a_backend(tmp_path: Path) -> None:
    files = _desktop({"main": "index.js"})
    data = json.loads(files["package.json"])
    del data["devDependencies"]
    files["package.json"] = json.dumps(data, indent=2)
    root = write(tmp_path, files)
    assert by_folder(root) != {}
