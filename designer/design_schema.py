"""The JSON Schema of design files, for editors (completion and validation while typing).

Generated from the model (`Design.model_json_schema()`, what designer accepts when it reads a
file) and shipped in the package as `design.schema.json`; a test keeps the shipped file equal to
a fresh generation. Every saved design starts with a `yaml-language-server` line naming
`design.schema.json` beside it: a relative path works offline, needs no host, and
stays right for the designer that wrote the file — `designer schema --out DIR` puts the file
there (a path inside the installed package would change with every venv and upgrade).
"""

from __future__ import annotations

import json
from typing import Any

FILE_NAME = "design.schema.json"
"""Name of the schema file, in the package and beside designs."""
MODELINE = f"# yaml-language-server: $schema={FILE_NAME}\n"
"""First line of every design file designer writes."""


def generate() -> str:
    """The schema as designer ships it: the model's validation schema, stable JSON."""
    from designer.model.design import Design

    schema: dict[str, Any] = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        **Design.model_json_schema(),
    }
    return json.dumps(schema, indent=2, ensure_ascii=False) + "\n"


def shipped() -> str:
    """The schema file installed with designer."""
    from importlib import resources  # not at import: the CLI parser names FILE_NAME

    return resources.files("designer").joinpath(FILE_NAME).read_text(encoding="utf-8")
