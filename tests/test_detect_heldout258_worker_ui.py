"""Node: a UI's Cloudflare Worker that hands out the build through its assets binding is the UI's
(set 258, #19).

A React website's package (react-dom, a build script) keeps a Worker beside its sources
(`src/worker.ts`, named `main` in `wrangler.json`): a Hono app whose one catch-all GET reads the
build's `index.html` through the Workers static-assets binding (`c.env.ASSETS.fetch(...)`), fills
in the page's meta tags from the product's API and hands the page out. It keeps no data; the
product's API is another package of the repository. The Worker serves the UI's build: not a
backend (`uihosts`, as an Express server handing out `express.static('dist')`). A route of its own
that takes data (a POST) keeps it a backend."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_API_PACKAGE = (
    '{\n  "name": "api",\n  "dependencies": {\n    "@nestjs/core": "^11.1.0",\n'
    '    "@nestjs/typeorm": "^11.0.0",\n    "typeorm": "^0.3.20",\n    "pg": "^8.2.1"\n  },\n'
    '  "devDependencies": {\n    "typescript": "^5.7.3"\n  }\n}\n'
)

_WEBSITE_PACKAGE = (
    '{\n  "name": "website",\n  "private": true,\n  "scripts": {\n'
    '    "build": "rsbuild build",\n    "deploy:worker": "rsbuild build && wrangler deploy"\n'
    '  },\n  "dependencies": {\n    "hono": "^4.12.0",\n    "react": "18.3.1",\n'
    '    "react-dom": "18.3.1"\n  },\n  "devDependencies": {\n    "typescript": "^5.7.3"\n'
    '  }\n}\n'
)

_WORKER = (
    "import { Hono } from 'hono';\n\n"
    "type Bindings = { ASSETS: { fetch: (r: Request | string) => Promise<Response> } };\n\n"
    "const app = new Hono<{ Bindings: Bindings }>();\n\n"
    "app.get('*', async (c) => {\n"
    "  const url = new URL(c.req.url);\n"
    "  const index = await c.env.ASSETS.fetch(new URL('/', url.origin).toString());\n"
    "  const html = (await index.text()).replace('<!-- meta -->', '<title>Reefs</title>');\n"
    "  return c.html(html);\n"
    "});\n\n"
    "export default app;\n"
)


def _tree(worker: str = _WORKER) -> dict[str, str]:
    return {
        "package.json": '{\n  "private": true,\n  "workspaces": ["packages/*"]\n}\n',
        "packages/api/package.json": _API_PACKAGE,
        "packages/api/src/main.ts": (
            "import { NestFactory } from '@nestjs/core';\n"
            "import { AppModule } from './app.module';\n\n"
            "async function bootstrap() {\n  const app = await NestFactory.create(AppModule);\n"
            "  await app.listen(8080);\n}\nbootstrap();\n"
        ),
        "packages/api/src/app.module.ts": (
            "import { Module } from '@nestjs/common';\n"
            "import { TypeOrmModule } from '@nestjs/typeorm';\n\n"
            "@Module({ imports: [TypeOrmModule.forRoot({ type: 'postgres' })] })\n"
            "export class AppModule {}\n"
        ),
        "packages/website/package.json": _WEBSITE_PACKAGE,
        "packages/website/wrangler.json": (
            '{\n  "name": "site",\n  "main": "src/worker.ts",\n'
            '  "assets": { "directory": "./build/", "binding": "ASSETS" }\n}\n'
        ),
        "packages/website/src/worker.ts": worker,
        "packages/website/src/index.tsx": (
            "import React from 'react';\nimport { createRoot } from 'react-dom/client';\n"
        ),
    }


def test_a_worker_handing_out_the_ui_build_is_no_backend(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _tree()))
    assert first(found["packages/api"], K.FRAMEWORK)[0] == "NestJS"
    assert "packages/website" not in found


def test_a_worker_with_a_route_taking_data_stays_a_backend(tmp_path: Path) -> None:
    # Counter-case: the same Worker with a POST route of its own serves an API beside the build.
    worker = _WORKER.replace(
        "export default app;",
        "app.post('/feedback', async (c) => c.json(await c.req.json()));\n\nexport default app;",
    )
    found = by_folder(write(tmp_path, _tree(worker)))
    assert first(found["packages/website"], K.FRAMEWORK)[0] == "Hono"
