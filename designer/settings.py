"""The app's remembered choices (today: the theme), in `settings.yaml` of designer's data folder.

A missing or damaged file only loses the choice, never anything else; writes are atomic.
"""

from __future__ import annotations

import contextlib
from typing import Any

import yaml

from designer import bounded, paths, yamlio
from designer.atomic import write_atomic


def load() -> dict[str, Any]:
    """The remembered settings; empty when there are none or the file cannot be read."""
    try:
        data = yamlio.load(bounded.read_regular(paths.settings_path(), 1 << 16).decode("utf-8"))
    except (OSError, bounded.Refused, UnicodeDecodeError, yaml.YAMLError, yamlio.UnsafeYaml):
        return {}
    return data if isinstance(data, dict) else {}


def remember(key: str, value: str) -> None:
    """Keep `key: value`; a folder that cannot be written only loses the choice."""
    data = load()
    if data.get(key) == value:
        return
    data[key] = value
    path = paths.settings_path()
    with contextlib.suppress(OSError):
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(path, yamlio.dump(data))
