"""Held-out set 361 (#19): side programs of a Node workspace that serve no client.

A Turborepo over Bun workspaces keeps, beside its API (`apps/api`, Hono, its own Dockerfile):

- `apps/bullboard`, a Hono program declaring `@bull-board/api` and `@bull-board/hono` whose only
  code builds the board over the product's queues (`createBullBoard`), guards it with basic
  authentication and mounts the adapter's plugin: the queues' dashboard for operators, no
  backend. Counter-cases: the same program with a route of its own beside the board, or with a
  data layer its own manifest declares, stays one.
- `apps/dev-proxy`, a Hono program forwarding every request to the services' local ports, with
  a `start` script but no Dockerfile, that the root's build script filters out (`turbo run build
  --filter=!./apps/dev-proxy`): a developer's tool, no backend. Counter-cases: the package a
  Dockerfile of the repository builds, or one the build does not exclude, stays one.
"""

from __future__ import annotations

import json
from pathlib import Path

from test_detect_gaps import by_folder
from test_detect_projects import write

_API_CODE = """import { Hono } from "hono";

const app = new Hono();
app.get("/v1/items", (c) => c.json([]));
app.post("/v1/items", (c) => c.json({}));

export default { port: 4000, fetch: app.fetch };
"""

_BOARD_CODE = """import { createBullBoard } from "@bull-board/api";
import { BullMQAdapter } from "@bull-board/api/bullMQAdapter";
import { HonoAdapter } from "@bull-board/hono";
import { eventQueue } from "@acme/queues/event-queue";
import { Hono } from "hono";
import { basicAuth } from "hono/basic-auth";
import { serveStatic } from "hono/bun";
import { pinoLogger } from "hono-pino";

const app = new Hono();

app.use(
  pinoLogger({
    http: {
      onReqBindings: (c) => {
        return { url: c.req.path };
      },
    },
  }),
);

const serverAdapter = new HonoAdapter(serveStatic);

createBullBoard({
  queues: [new BullMQAdapter(eventQueue)],
  serverAdapter,
});

const basePath = "/";
app.use(basePath, basicAuth({ username: "u", password: "p" }));
serverAdapter.setBasePath(basePath);
app.route(basePath, serverAdapter.registerPlugin());
%EXTRA%
export default { port: 4121, fetch: app.fetch };
"""

_PROXY_CODE = """import { Hono } from "hono";

const app = new Hono();
const proxies = [{ host: "app.localhost", target: "http://localhost:4000" }];

app.all("*", async (c) => {
  const found = proxies.find((p) => p.host === c.req.header("host"));
  if (!found) return c.text("Unknown host", 404);
  const url = new URL(c.req.url);
  const response = await fetch(`${found.target}${url.pathname}`, { method: c.req.method });
  return new Response(response.body, { status: response.status });
});

export default { port: 80, fetch: app.fetch };
"""

_LOCK = """{
  "lockfileVersion": 1,
  "packages": {
    "hono": ["hono@4.9.10", "", {}, "sha512-x"],
  }
}
"""


def _manifest(name: str, deps: dict[str, str], **scripts: str) -> str:
    scripts = scripts or {"start": "bun run src/index.ts"}
    return json.dumps(
        {"name": name, "private": True, "scripts": scripts, "dependencies": deps}, indent=2
    )


def _workspace(
    board_extra: str = "",
    board_deps: dict[str, str] | None = None,
    build: str = "turbo run build --filter=!./apps/dev-proxy",
    extra: dict[str, str] | None = None,
) -> dict[str, str]:
    root = {
        "name": "acme",
        "private": True,
        "scripts": {"build": build, "dev": "turbo run dev"},
        "workspaces": ["apps/*", "packages/*"],
    }
    board = {
        "@bull-board/api": "^6.9.0",
        "@bull-board/hono": "^6.9.0",
        "@acme/queues": "workspace:*",
        "hono": "^4.6.13",
        **(board_deps or {}),
    }
    return {
        "package.json": json.dumps(root, indent=2),
        "bun.lock": _LOCK,
        "apps/api/package.json": _manifest("@acme/api", {"hono": "^4.6.13"}),
        "apps/api/Dockerfile": "FROM oven/bun:1\nCOPY . .\nCMD bun run apps/api/src/index.ts\n",
        "apps/api/src/index.ts": _API_CODE,
        "apps/bullboard/package.json": _manifest("@acme/bullboard", board),
        "apps/bullboard/Dockerfile": "FROM oven/bun:1\nCMD bun run apps/bullboard/src/index.ts\n",
        "apps/bullboard/src/index.ts": _BOARD_CODE.replace("%EXTRA%", board_extra),
        "apps/dev-proxy/package.json": _manifest(
            "@acme/dev-proxy", {"hono": "^4.6.15"},
            dev="bun run --hot src/index.ts", start="bun src/index.ts",
        ),
        "apps/dev-proxy/src/index.ts": _PROXY_CODE,
        "packages/queues/package.json": _manifest("@acme/queues", {"bullmq": "^5.73.1"}),
        "packages/queues/src/event-queue.ts": (
            'import { Queue } from "bullmq";\n\nexport const eventQueue = new Queue("events");\n'
        ),
        **(extra or {}),
    }


def test_queue_dashboard_and_excluded_dev_proxy_are_no_backends(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _workspace()))
    assert sorted(found) == ["apps/api"]


def test_dashboard_beside_a_route_of_its_own_stays(tmp_path: Path) -> None:
    extra = 'app.post("/v1/retry", (c) => c.json({ ok: true }));\n'
    found = by_folder(write(tmp_path, _workspace(board_extra=extra)))
    assert "apps/bullboard" in found


def test_dashboard_with_a_probe_is_still_none(tmp_path: Path) -> None:
    extra = 'app.get("/health", (c) => c.text("ok"));\n'
    found = by_folder(write(tmp_path, _workspace(board_extra=extra)))
    assert "apps/bullboard" not in found


def test_dashboard_declaring_a_data_layer_stays(tmp_path: Path) -> None:
    deps = {"drizzle-orm": "^0.44.7", "postgres": "^3.4.7"}
    found = by_folder(write(tmp_path, _workspace(board_deps=deps)))
    assert "apps/bullboard" in found


def test_proxy_the_build_does_not_exclude_stays(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _workspace(build="turbo run build")))
    assert "apps/dev-proxy" in found


def test_excluded_proxy_a_dockerfile_builds_stays(tmp_path: Path) -> None:
    image = {"Dockerfile.proxy": "FROM oven/bun:1\nCOPY apps/dev-proxy .\n"}
    found = by_folder(write(tmp_path, _workspace(extra=image)))
    assert "apps/dev-proxy" in found
