"""The project model: one pydantic design that every screen edits and every exporter reads.

The names below load on first use (PEP 562): importing one part of the model, such as
`designer.model.progress`, must not build every model class, because the app's first frame
only needs a few of them.

The modules that define model classes do without `from __future__ import annotations`: their
annotations are evaluated once, by Python, as each class is defined, where pydantic would
otherwise compile and evaluate every annotation's text while building the classes (about a
tenth of the model's building, paid by every command that reads a design). A name defined
further down (a part that holds itself) is written in quotes.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from designer.model.checks import Problem, problems
    from designer.model.design import SCHEMA_VERSION, Design
    from designer.model.progress import Stage, StageStatus

__all__ = ["SCHEMA_VERSION", "Design", "Problem", "Stage", "StageStatus", "problems"]

_HOMES = {
    "SCHEMA_VERSION": "designer.model.design",
    "Design": "designer.model.design",
    "Problem": "designer.model.checks",
    "problems": "designer.model.checks",
    "Stage": "designer.model.progress",
    "StageStatus": "designer.model.progress",
}


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module 'designer.model' has no attribute {name!r}")
    return getattr(importlib.import_module(home), name)
