"""Python: the DynamoDB table a service writes through boto3, in a module past the walk's quota.

boto3, the AWS SDK, names no service in the manifest: only the code's
`boto3.resource("dynamodb")` (or `.client("dynamodb")`) tells that the program keeps its records
in DynamoDB. A service laid out in layers (`src/routers/`, `src/services/`, `src/models/`…)
fills the walk's quota of ordinary sources with its shallow modules, and the one that opens
the table (an audit or repository service, three folders down) is never read: the service is
left with no engine at all.

So a Python project that declares boto3 at run time and has no data layer nor engine of its
own has its own modules read again (not its tests, installed packages, nor the projects nested
in it; within `pymodules`' budget), and the first that asks boto3 for DynamoDB names the engine.
A project with any data layer or engine found already is left alone: the table is then a side
store at most, and the ranking of what the walk saw stands.
"""

from __future__ import annotations

import re

from designer.detect.assemble import Unit
from designer.detect.ecosystems.python import BOTO3_DYNAMODB
from designer.detect.pymodules import each_module, nested_projects
from designer.detect.signals import Signal, Strength
from designer.model.stack import Evidence, FindingKind

LANGUAGE = "python"

_DATA = frozenset({FindingKind.ORM, FindingKind.QUERY, FindingKind.DATABASE})

_DYNAMODB = re.compile(BOTO3_DYNAMODB)
"""The same request for DynamoDB the walk's source rule reads (`ecosystems.python`)."""


def name_engine(top: str, units: dict[str, Unit]) -> None:
    """Give each Python project declaring boto3, with no data layer nor engine of its own,
    DynamoDB when one of its modules asks boto3 for it."""
    folders = list(units)
    for folder, unit in sorted(units.items()):
        if not any(
            ecosystem == LANGUAGE and "boto3" in result.uses
            for _, ecosystem, result in unit.manifests
        ):
            continue
        signals = unit.signals.get(LANGUAGE, [])
        if any(s.kind in _DATA and s.strength is not Strength.DEV for s in signals):
            continue
        found = _first_request(top, folder, nested_projects(folder, folders))
        if found is not None:
            unit.signals[LANGUAGE] = [
                *signals,
                Signal(FindingKind.DATABASE, "DynamoDB", Strength.ENTRY, found),
            ]


def _first_request(top: str, folder: str, nested: set[str]) -> Evidence | None:
    """Where the first module of `folder` asks boto3 for DynamoDB, or None."""
    for found in each_module(top, folder, nested):
        if found is None:
            return None  # past the budget: too large a tree to read for one guess
        path, text = found
        match = _DYNAMODB.search(text)
        if match is not None:
            line = text.count("\n", 0, match.start()) + 1
            return Evidence(path=path, line=line, text=" ".join(match.group(0).split()))
    return None
