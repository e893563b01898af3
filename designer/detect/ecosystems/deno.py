"""Deno's configuration, deno.json or deno.jsonc: the manifest of a Deno program, which names
its npm packages in an `"imports"` map (`"express": "npm:express@^4.21.1"`) rather than in a
package.json, and its commands as `"tasks"` (`"test": "deno test --allow-net"`).

Deno's own modules are imported by URL, pinned in the same map (`"acorn":
"https://deno.land/x/acorn@0.4.0/mod.ts"`) or in the separate import map the configuration's
`"importMap"` names (read by `deno_import_maps`); they are looked up in `X_CATALOG`, apart from
npm's names (npm's `acorn` is a JavaScript parser, deno.land/x's a web router)."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from typing import Any

from designer.detect.signals import (
    Catalog,
    LazyPattern,
    Lines,
    ManifestError,
    ManifestResult,
    Signal,
    Strength,
    dependency_signals,
    entries,
)
from designer.model.stack import FindingKind as K

NAMES = frozenset({"deno.json", "deno.jsonc"})
"""Deno's configuration files."""

_NPM = LazyPattern(r"^npm:/?((?:@[^/@\s]+/)?[^@/\s]+)(?:@([^/\s]*))?")
"""An npm specifier (`npm:express@^4.21.1`, `npm:@octokit/core@6`, `npm:zod`): the package and
the range it asks for."""

_URL = LazyPattern(
    r"^(?:https://deno\.land/x/([\w-]+)@([^/\s]+)/|jsr:/?(@[^/@\s]+/[^@/\s]+)(?:@([^/\s]*))?)"
)
"""A Deno module pinned by URL (`https://deno.land/x/acorn@0.4.0/mod.ts`) or a JSR specifier
(`jsr:@oak/acorn@^1.1.0`): the module and the release it asks for."""

X_CATALOG: Catalog = {
    # acorn, a router for Deno's native HTTP server (`new Router()`, `router.listen()`),
    # published on deno.land/x and, since 1.0, on JSR as @oak/acorn.
    "acorn": entries((K.FRAMEWORK, "acorn")),
    "@oak/acorn": entries((K.FRAMEWORK, "acorn")),
    # A Google Cloud Datastore client for Deno (entities committed and queried through it).
    "google_datastore": entries(
        (K.QUERY, "google_datastore"), (K.DATABASE, "Google Cloud Datastore")
    ),
}
"""Deno modules (deno.land/x names, JSR scoped names) → findings."""

_DENO_TEST = LazyPattern(r"(?:^|[\s;&|(])deno[ \t]+test(?![\w-])")
"""Deno's built-in test runner started by a task (`deno test --allow-net`)."""

_COMMENT = re.compile(r'("(?:[^"\\]|\\.)*")|//[^\n]*|/\*.*?\*/', re.DOTALL)
_TRAILING_COMMA = re.compile(r'("(?:[^"\\]|\\.)*")|,(\s*[}\]])')


def _json(text: str) -> Any:
    """deno.json, or deno.jsonc with its comments and trailing commas (JSONC) taken out."""
    try:
        return json.loads(text)
    except json.JSONDecodeError:
        pass
    text = _COMMENT.sub(lambda m: m.group(1) or "", text)
    text = _TRAILING_COMMA.sub(lambda m: m.group(1) or m.group(2), text)
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        raise ManifestError(f"not valid JSON (line {error.lineno}: {error.msg})") from None


def json_document(text: str) -> Any:
    """A JSON or JSONC document (an import map, a configuration); ManifestError if neither."""
    return _json(text)


def parse(
    lines: Lines,
    language: str,
    catalog: Catalog,
    glue: frozenset[str],
    scoped: Callable[[list[Signal]], list[Signal]],
) -> ManifestResult:
    """Read a deno.json: each npm package its import map names is a runtime dependency (Deno
    installs them all alike), and a `test` task running `deno test` is its test runner."""
    data = _json(lines.text)
    if not isinstance(data, dict):
        raise ManifestError("not a Deno configuration (the document is not an object)")
    result = ManifestResult(language=language)
    if isinstance(data.get("name"), str):
        result.name = data["name"]
    read_imports(result, data.get("imports"), lines, catalog, glue, scoped)
    tasks = data.get("tasks")
    if isinstance(tasks, dict):
        start = lines.section('"tasks"')
        for name, command in sorted(tasks.items(), key=lambda item: item[0] != "test"):
            if isinstance(command, dict):  # the long form: {"command": …, "description": …}
                command = command.get("command")
            if not (isinstance(command, str) and isinstance(name, str)):
                continue
            if name.startswith("test") and _DENO_TEST.search(command[:4096]):
                evidence = lines.evidence(f'"{name}"', start)
                result.signals.append(
                    Signal(K.TEST, "deno test", Strength.ENTRY, evidence, primary=True)
                )
                break
    return result


def read_imports(
    result: ManifestResult,
    imports: Any,
    lines: Lines,
    catalog: Catalog,
    glue: frozenset[str],
    scoped: Callable[[list[Signal]], list[Signal]],
) -> None:
    """Add the packages an import map names (a deno.json's `"imports"`, or the import map file
    it points to): npm specifiers through npm's catalogue, Deno modules through `X_CATALOG`."""
    if not isinstance(imports, dict):
        return
    start = lines.section('"imports"')
    for key, target in imports.items():
        if not isinstance(target, str):
            continue
        match = _NPM.match(target)
        if match is not None:
            name, wanted = match.group(1), match.group(2) or ""
            evidence = lines.evidence(f'"{key}"', start)
            found = dependency_signals(catalog, name, wanted, False, evidence, glue)
        else:
            url = _URL.match(target)
            if url is None or key.endswith("/"):
                continue  # a folder mapping (`"std/": …`) or a module by another host
            name = url.group(1) or url.group(3)
            if name in result.uses:
                continue  # the same module's other entry (`"google_datastore/types"`)
            wanted = url.group(2) or url.group(4) or ""
            found = dependency_signals(
                X_CATALOG, name, wanted, False, lines.evidence(f'"{key}"', start)
            )
        result.runtime_dependencies += 1
        result.uses.append(name)
        result.signals += scoped(found)


def import_map(text: str) -> str | None:
    """The import map file a deno.json names (`"importMap": "./import-map.json"`), if local."""
    data = _json(text)
    target = data.get("importMap") if isinstance(data, dict) else None
    if not isinstance(target, str) or "://" in target:
        return None
    return target
