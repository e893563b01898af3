"""Texts given per language: `prompt: "…"` or `prompt: {en: "…", ko: "…"}`; English required."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Annotated, Any

from pydantic import BeforeValidator

_LANGUAGE = re.compile(r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$")


def _local_text(value: Any) -> dict[str, str]:
    """Accept a plain string (English) or a mapping of language code to text."""
    if isinstance(value, str):
        value = {"en": value}
    if not isinstance(value, Mapping):
        raise ValueError("must be text or a mapping of language to text, e.g. {en: …, ko: …}")
    result: dict[str, str] = {}
    for language, text in value.items():
        if not isinstance(language, str) or not _LANGUAGE.match(language):
            raise ValueError(f"'{language}' is not a language code such as en or ko")
        if not isinstance(text, str):
            raise ValueError(f"the '{language}' text must be a string")
        result[language] = text
    if not result.get("en", "").strip():
        raise ValueError("English text (en) is required")
    return result


LocalText = Annotated[dict[str, str], BeforeValidator(_local_text)]
"""A text per language code; always has non-empty English."""


def pick(texts: Mapping[str, str] | None, lang: str = "en") -> str:
    """The text for `lang` (or its base language, e.g. ko for ko-KR), else English, else ''."""
    if not texts:
        return ""
    return texts.get(lang) or texts.get(lang.split("-", 1)[0]) or texts.get("en", "")
