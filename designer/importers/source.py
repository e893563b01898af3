"""Reading an import source: a bounded regular file, UTF-8, parsed as JSON or YAML.

Every failure becomes one `ImportError_` line naming the file, which the CLI prints with exit
code 2: a directory, a FIFO, a file over the limit, bytes that are not UTF-8, a truncated or
malformed document, or a document whose top level is not what the importer expects.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import yaml

from designer import bounded, yamlio
from designer.errors import DesignerError

T = TypeVar("T")

MAX_BYTES = 32 * 1024 * 1024
"""Largest source read: ten times the largest public descriptions (GitHub's REST description
is about 10 MB as YAML); a bigger file is refused before anything is parsed, since parsing
it would take minutes and memory in the gigabytes."""


class ImportSourceError(DesignerError):
    """An import source cannot be read or is not what the importer expects."""


def read_text(path: Path, what: str) -> str:
    """The text of `path`; `what` names the expected kind in messages (`an OpenAPI file`)."""
    try:
        raw = bounded.read_regular(path, MAX_BYTES)
    except bounded.Refused as refused:
        raise ImportSourceError(f"{path}: {refused}") from None
    except FileNotFoundError:
        raise ImportSourceError(f"{path}: no such file") from None
    except PermissionError:
        raise ImportSourceError(f"{path}: permission denied") from None
    except OSError as error:
        raise ImportSourceError(f"{path}: cannot be read ({error.strerror or error})") from None
    if b"\x00" in raw:
        raise ImportSourceError(f"{path}: is a binary file, not {what}")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ImportSourceError(
            f"{path}: is not UTF-8 text (bad byte at offset {error.start})"
        ) from None
    if not text.strip():
        raise ImportSourceError(f"{path}: is empty")
    return text


def load_document(path: Path, what: str) -> dict[str, Any]:
    """A JSON or YAML document whose top level is a mapping."""
    text = read_text(path, what)
    data: Any
    if text.lstrip().startswith("{"):
        try:
            data = json.loads(text)
        except json.JSONDecodeError as error:
            raise ImportSourceError(
                f"{path}: is not valid JSON (line {error.lineno}: {error.msg})"
            ) from None
        except RecursionError:
            raise ImportSourceError(f"{path}: is nested too deeply") from None
    else:
        try:
            data = yamlio.load(text)
        except yamlio.UnsafeYaml as error:
            raise ImportSourceError(f"{path}: {error}") from None
        except yaml.YAMLError as error:
            mark = getattr(error, "problem_mark", None)
            where = f"line {mark.line + 1}: " if mark is not None else ""
            problem = getattr(error, "problem", None) or "malformed"
            raise ImportSourceError(f"{path}: is not valid YAML ({where}{problem})") from None
    if not isinstance(data, dict):
        raise ImportSourceError(f"{path}: is not {what} (the top level is not a mapping)")
    return data


def guarded(path: Path, what: str, work: Callable[[], T]) -> T:
    """Run `work()`; a value of the source that the model refuses, or a structure too deep,
    becomes one line naming the file instead of a traceback."""
    from pydantic import ValidationError

    try:
        return work()
    except ValidationError as error:
        first = error.errors()[0]
        where = ".".join(str(p) for p in first.get("loc", ()))
        raise ImportSourceError(f"{path}: {what} holds a value designer cannot take"
                                f"{' at ' + where if where else ''} ({first.get('msg')})") \
            from None
    except RecursionError:
        raise ImportSourceError(f"{path}: is nested too deeply") from None
