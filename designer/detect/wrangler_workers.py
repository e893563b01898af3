"""Node packages deployed as Cloudflare Workers by their own scripts.

A Cloudflare Worker is an edge function, no backend (HELDOUT: not backends, as Lambdas and
Azure Functions), even when its code is a web application (a Hono app whose `fetch` the Workers
runtime calls with each request). Wrangler, Cloudflare's CLI, bundles and uploads the Worker;
when a package's script hands it an entry module of the package itself
(`"deploy": "wrangler deploy --minify src/index.ts"`, `wrangler publish src/worker.js`), that
package is the Worker, whatever framework it builds on.

A script naming another configuration (`wrangler deploy --config=workers/caching/cdn.toml`)
deploys a Worker kept elsewhere beside the package's own server, and one with no entry module
takes it from a configuration file: both are left alone. The home package.json is then marked as
a cloud function's (`ManifestResult.event_function`, read by `nonservices.is_client`).
"""

from __future__ import annotations

import json
import posixpath
import re
import shlex

from designer.detect.assemble import Unit
from designer.detect.walker import read_text

_DEPLOY = re.compile(
    r"(?:^|[\s;&|])(?:(?:npx|pnpm|yarn|bunx|pnpx)\s+(?:exec\s+)?)?wrangler\s+(deploy|publish)\b"
    r"([^;&|]*)"
)
"""A script running Wrangler's deploy (or its older name, publish), with the rest of that
command."""

_ENTRY = re.compile(r"^[\w./-]+\.(?:[cm]?[jt]sx?)$")
"""An entry module given to Wrangler (`src/index.ts`, `./worker.mjs`)."""


def mark(top: str, units: dict[str, Unit]) -> None:
    """Mark as cloud functions the Node packages whose scripts deploy them with Wrangler."""
    for unit in units.values():
        home = [
            (path, result)
            for path, _, result in unit.manifests
            if posixpath.basename(path) == "package.json"
            and (posixpath.dirname(path) or ".") == unit.folder
        ]
        if not home or any(r.event_function for _, r in home):
            continue
        for path, result in home:
            if _deploys_own_entry(read_text(top, path)[0] or ""):
                result.event_function = True


def _deploys_own_entry(text: str) -> bool:
    """Whether a package.json's scripts deploy one of its modules as a Worker (`_DEPLOY` naming an
    entry module and no other configuration)."""
    try:
        data = json.loads(text)
    except ValueError:
        return False
    scripts = data.get("scripts") if isinstance(data, dict) else None
    if not isinstance(scripts, dict):
        return False
    for script in scripts.values():
        if not isinstance(script, str):
            continue
        for match in _DEPLOY.finditer(script):
            try:
                words = shlex.split(match.group(2))
            except ValueError:
                continue
            if any(w in ("-c", "--config") or w.startswith("--config=") for w in words):
                continue
            if any(not w.startswith("-") and _ENTRY.match(w) for w in words):
                return True
    return False
