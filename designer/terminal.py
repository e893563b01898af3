"""Text for a terminal: control characters made visible.

Design names, keys, file and folder names and manifest lines come from files anyone can write (a
cloned repository, a shared design). Printed raw, an ESC sequence in one of them could clear the
screen, set the window title or draw fake lines. Everything the CLI prints that did not come
from designer itself goes through `visible` (or `visible_json` for JSON output).
"""

from __future__ import annotations

import functools
import re

_CONTROL = r"[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]"
"""C0 and C1 controls, DEL, and the bidirectional overrides that reorder what is shown."""

_CONTROL_BUT_NEWLINE = (
    r"[\x00-\x09\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]"
)

_JSON_UNESCAPED = r"[\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]"
"""What `json.dumps(ensure_ascii=False)` leaves raw (it always escapes C0 itself)."""


@functools.cache
def _compiled(source: str) -> re.Pattern[str]:
    """A pattern above, compiled when first needed: most output holds no control character
    at all (see `visible`), and every compile is paid by every command's start."""
    return re.compile(source)


_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _escape(match: re.Match[str]) -> str:
    if match.group() in _NAMED:
        return _NAMED[match.group()]
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def visible(text: object, keep_newlines: bool = False) -> str:
    """`text` with every control character shown as an escape (`\\x1b`, `\\u202e`); line
    breaks too unless `keep_newlines` (for text whose lines designer made itself)."""
    shown = str(text)
    if shown.isprintable():
        return shown  # every character escaped below is unprintable (Cc or Cf)
    pattern = _compiled(_CONTROL_BUT_NEWLINE if keep_newlines else _CONTROL)
    return pattern.sub(_escape, shown)


def visible_json(text: str) -> str:
    """JSON text with the controls `json.dumps` leaves raw escaped as `\\uXXXX` (same data)."""
    return _compiled(_JSON_UNESCAPED).sub(lambda m: f"\\u{ord(m.group()):04x}", text)
