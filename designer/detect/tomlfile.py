"""TOML read with the standard library's parser, imported on first use.

Importing `tomllib` compiles its regular expressions (dates, times, numbers): about 40 million
instructions, a tenth of `designer detect` on a large tree, which a repository without a TOML
file (most Node, JVM, Go, PHP, Ruby and .NET projects) never needs.
"""

from __future__ import annotations

from typing import Any

from designer.detect.signals import Lines, ManifestError


def load(lines: Lines) -> dict[str, Any]:
    """The TOML file's tables; ManifestError when it is not TOML."""
    import tomllib

    try:
        return tomllib.loads(lines.text)
    except tomllib.TOMLDecodeError as error:
        raise ManifestError(f"not valid TOML ({error})") from None


def loads(text: str) -> dict[str, Any]:
    """`tomllib.loads`: raises its TOMLDecodeError (a ValueError) when `text` is not TOML."""
    import tomllib

    return tomllib.loads(text)
