"""A `package.json` holding only Node's module switch is no package of its own.

Node reads the nearest `package.json` above a file for its `"type"` (ES modules or
CommonJS), so a package whose server code is ES modules while the rest is not (or the
reverse) writes `{"type": "module"}` into that folder alone. Such a file has no name, no
dependencies and no scripts: the folder's code is still the enclosing package's, installed
and started from that package's manifest, not a project of its own.
"""

from __future__ import annotations

import json
import os

_SWITCH_KEYS = frozenset({"type", "sideEffects", "private"})
"""The keys such a file holds: the module system, and what a bundler or npm reads of a
folder; none makes the folder a package that installs or runs anything."""


def module_switch(folder: str) -> bool:
    """Whether `folder`'s package.json only switches the module system of its files."""
    try:
        with open(os.path.join(folder, "package.json"), encoding="utf-8") as handle:
            text = handle.read(4096)
        data = json.loads(text)
    except (OSError, UnicodeDecodeError, json.JSONDecodeError):
        return False
    return isinstance(data, dict) and "type" in data and _SWITCH_KEYS.issuperset(data)
