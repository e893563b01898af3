"""`designer detect --json`: the detection as JSON, documented by `detection.schema.json`.

The document is the detection model with, per backend, a `frameworks` list (names, primary
first) beside the findings, so a script need not filter findings by kind to learn the choice.
"""

from __future__ import annotations

import json
from dataclasses import asdict
from importlib import resources
from typing import Any

from designer.model.stack import Detection, FindingKind

SCHEMA = "detection.schema.json"
"""The JSON Schema shipped in this package that every output of `as_json` satisfies."""


def as_json(detection: Detection) -> dict[str, Any]:
    """The JSON document of `detection`."""
    data = asdict(detection)  # what pydantic's dump of the design holds (a test compares)
    for document, backend in zip(data["backends"], detection.backends, strict=True):
        for finding in document["findings"]:
            finding["kind"] = finding["kind"].value
        names = [f.name for f in backend.findings if f.kind is FindingKind.FRAMEWORK]
        document["frameworks"] = list(dict.fromkeys(names))
    return data


def schema() -> dict[str, Any]:
    """The JSON Schema of `as_json`'s documents, read from the installed package."""
    text = resources.files("designer.detect").joinpath(SCHEMA).read_text(encoding="utf-8")
    loaded: dict[str, Any] = json.loads(text)
    return loaded
