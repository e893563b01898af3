"""Node: a service named for the browser runner it drives is a service, not a suites folder
(set 184, #19).

A monorepo keeps its API in `apps/api` and, beside it, `apps/playwright-service-ts`: an Express
server (`app.post('/scrape', …)`) that renders pages in Playwright's Chromium for the API, with
its own Dockerfile. A folder named for an end-to-end runner (`playwright/`, `cypress-tests/`)
holds suites and the mock servers they start; the runner's name beside a service word names the
service that runs the browser, which is a backend (a data-less computation the product calls).
A runner's folder without the service word stays a test host."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_API = (
    '{\n  "name": "api",\n  "scripts": {"start": "node dist/index.js"},\n'
    '  "dependencies": {"express": "^4.21.2"}\n}\n'
)

_RENDERER = (
    '{\n  "name": "scraper-api",\n  "main": "api.ts",\n'
    '  "scripts": {"start": "node dist/api.js", "build": "tsc"},\n'
    '  "dependencies": {"express": "^4.19.2", "playwright": "^1.45.0"},\n'
    '  "devDependencies": {"typescript": "^5.5.2"}\n}\n'
)

_SERVER = (
    "import express, { Request, Response } from 'express';\n"
    "import { chromium } from 'playwright';\n\n"
    "const app = express();\n"
    "app.post('/scrape', async (req: Request, res: Response) => {\n"
    "  const browser = await chromium.launch();\n"
    "  res.json({ content: await (await browser.newPage()).content() });\n"
    "});\n"
    "app.listen(3000);\n"
)


def _monorepo(folder: str) -> dict[str, str]:
    return {
        "apps/api/package.json": _API,
        "apps/api/src/index.ts": "import express from 'express';\n\nconst app = express();\n"
        "app.get('/v1/scrape', (req, res) => res.json({}));\napp.listen(3002);\n",
        "apps/api/Dockerfile": "FROM node:20\nCMD [\"npm\", \"start\"]\n",
        f"apps/{folder}/package.json": _RENDERER,
        f"apps/{folder}/api.ts": _SERVER,
        f"apps/{folder}/tsconfig.json": "{}\n",
        f"apps/{folder}/Dockerfile": "FROM node:20\nCMD [\"npm\", \"start\"]\n",
    }


def test_a_browser_runner_service_is_a_backend(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _monorepo("playwright-service-ts")))
    assert set(found) == {"apps/api", "apps/playwright-service-ts"}
    assert first(found["apps/playwright-service-ts"], K.FRAMEWORK)[0] == "Express"


def test_a_runner_folder_stays_a_test_host(tmp_path: Path) -> None:
    # Counter-case: named for the runner alone or with its tests, the folder holds suites and
    # the server they start.
    for folder in ("playwright", "playwright-tests", "cypress-e2e"):
        found = by_folder(write(tmp_path / folder, _monorepo(folder)))
        assert set(found) == {"apps/api"}, folder


def test_a_test_service_folder_stays_a_test_host(tmp_path: Path) -> None:
    # Counter-case: the service word beside `test` or `e2e` is a test double's folder.
    found = by_folder(write(tmp_path, _monorepo("e2e-service")))
    assert set(found) == {"apps/api"}
