"""Deno's configuration, deno.json or deno.jsonc: the manifest of a Deno program, which names
its npm packages in an `"imports"` map (`"express": "npm:express@^4.21.1"`) rather than in a
package.json, and its commands as `"tasks"` (`"test": "deno test --allow-net"`)."""

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
)
from designer.model.stack import FindingKind as K

NAMES = frozenset({"deno.json", "deno.jsonc"})
"""Deno's configuration files."""

_NPM = LazyPattern(r"^npm:/?((?:@[^/@\s]+/)?[^@/\s]+)(?:@([^/\s]*))?")
"""An npm specifier (`npm:express@^4.21.1`, `npm:@octokit/core@6`, `npm:zod`): the package and
the range it asks for."""

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
    imports = data.get("imports")
    if isinstance(imports, dict):
        start = lines.section('"imports"')
        for key, target in imports.items():
            match = _NPM.match(target) if isinstance(target, str) else None
            if match is None:
                continue
            name, wanted = match.group(1), match.group(2) or ""
            result.runtime_dependencies += 1
            result.uses.append(name)
            evidence = lines.evidence(f'"{key}"', start)
            result.signals += scoped(
                dependency_signals(catalog, name, wanted, False, evidence, glue)
            )
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
