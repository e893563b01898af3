"""Descriptions in SDL: a design's free text as a GraphQL string that any text survives."""

from __future__ import annotations

import json


def description(text: str, indent: str = "") -> str:
    """`"text"` on its own line before a definition, or nothing for blank text.

    A JSON string is a GraphQL string (the same escapes), so quotes, backslashes, control
    characters and line breaks in a design's text cannot end it early; surrogates that are not
    characters are replaced, as no UTF-8 file can hold them.
    """
    text = text.strip()
    if not text:
        return ""
    clean = text.encode("utf-8", "replace").decode("utf-8")
    return f"{indent}{json.dumps(clean, ensure_ascii=False)}\n"
