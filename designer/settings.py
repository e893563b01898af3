"""The app's remembered choices (today: the theme), in `settings.yaml` of designer's data folder.

A missing or damaged file only loses the choice, never anything else; writes are atomic.
"""

from __future__ import annotations

import contextlib
import re
from typing import Any

from designer import bounded, paths

_LINE = re.compile(r"([a-z][a-z0-9_-]*): ([a-z][a-z0-9_-]*)\n")
"""One `key: value` line of lowercase words, as `remember` writes the theme."""
_NOT_WORDS = frozenset({"yes", "no", "true", "false", "on", "off", "null"})
"""Lowercase words YAML reads as a boolean or null rather than a string (no other such word
starts with a letter a-z and holds only a-z, 0-9, - and _)."""


def load() -> dict[str, Any]:
    """The remembered settings; empty when there are none or the file cannot be read."""
    try:
        text = bounded.read_regular(paths.settings_path(), 1 << 16).decode("utf-8")
    except (OSError, bounded.Refused, UnicodeDecodeError):
        return {}
    data = _words(text)
    if data is None:
        data = _yaml(text)
    return data if isinstance(data, dict) else {}


def _words(text: str) -> dict[str, str] | None:
    """The settings as YAML reads them when the file is `key: value` lines of plain words (as
    designer writes it), else None.

    The app reads the theme before its first frame, and importing PyYAML for it was a third of
    what designer added to a bare Textual app's start (100 of 320 million instructions): the
    file designer writes is read here without it, anything else (quotes, comments, a hand
    edit) by PyYAML, so both read the same settings.
    """
    data: dict[str, str] = {}
    end = 0
    for match in _LINE.finditer(text):
        key, value = match.groups()
        if match.start() != end or key in data or {key, value} & _NOT_WORDS:
            return None  # text between lines, a key twice (refused by yamlio) or a non-string
        data[key] = value
        end = match.end()
    return data if data and end == len(text) else None


def _yaml(text: str) -> Any:
    """`text` read by PyYAML; None when it is not YAML designer accepts."""
    import yaml

    from designer import yamlio

    try:
        return yamlio.load(text)
    except (yaml.YAMLError, yamlio.UnsafeYaml):
        return None


def remember(key: str, value: str) -> None:
    """Keep `key: value`; a folder that cannot be written only loses the choice."""
    data = load()
    if data.get(key) == value:
        return
    from designer import yamlio
    from designer.atomic import write_atomic

    data[key] = value
    path = paths.settings_path()
    with contextlib.suppress(OSError):
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(path, yamlio.dump(data))
