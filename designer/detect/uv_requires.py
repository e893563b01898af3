"""What uv.lock records that a registry package requires at run time.

A Python application may take its web framework and its database driver from a kit of the
registry that builds its servers (`Server(...)` over FastAPI and uvicorn, a `Database` over
asyncpg) and declare only the kit: uv's lock still records, under the kit's `[[package]]`
entry, the `dependencies = [...]` it requires (`{ name = "fastapi" }`), and so the framework
the kit lends the application (`py_lent_frameworks`). Only the entry's own requirements are
read: its optional and development tables (`[package.optional-dependencies]`) are what the
kit supports, not what it runs on.
"""

from __future__ import annotations

import re

from designer.model.stack import Evidence

_NAME = re.compile(r'\{\s*name\s*=\s*"([^"]+)"')
"""A requirement of the array: `{ name = "fastapi" }`, `{ name = "pydantic", extra = [...] }`."""


def _normal(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def requirements(lines: list[str], package: str, path: str) -> list[tuple[str, str, Evidence]]:
    """(name, "", evidence) of each run-time requirement the uv.lock at `path` (its `lines`)
    records under `package`'s entry; nothing when the lock has no entry of that name."""
    wanted = _normal(package)
    for index, line in enumerate(lines):
        if not line.startswith("name = ") or index == 0 or lines[index - 1] != "[[package]]":
            continue
        if _normal(line[7:].strip().strip('"')) != wanted:
            continue
        found: list[tuple[str, str, Evidence]] = []
        inside = False
        for number in range(index + 1, len(lines)):
            text = lines[number].strip()
            if text.startswith("[") and not inside:
                # The next entry or one of this entry's tables: its own array is behind.
                break
            if not inside and text.startswith("dependencies = ["):
                inside = True
                text = text[len("dependencies = [") :]
            if inside:
                for name in _NAME.findall(text):
                    evidence = Evidence(path=path, line=number + 1, text=lines[number][:120])
                    found.append((_normal(name), "", evidence))
                if text.rstrip().endswith("]") and not text.rstrip().endswith("]}"):
                    break
        return found
    return []
