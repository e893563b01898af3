"""Default factories of the model's list and dict fields: `Field(default_factory=new_list)`.

pydantic asks every default factory for its signature while it builds a class's schema (does
it take the validated data?). For the builtins `list` and `dict` Python answers by parsing
their text signature: about 0.2 ms a field, a fifth of the model's class building (~20 ms of
every start that reads a design). These functions carry their signature, so the answer is
immediate; what they make is the same empty list or dict.

The signature is given by the pydantic side of the model (`designer.model.base`), which every
class pydantic builds imports first: `designer detect` makes the detection dataclasses, whose
lists come from here, without pydantic, and never needs `inspect` (a twentieth of its time).
"""

from __future__ import annotations

from typing import Any


def new_list() -> list[Any]:
    """A new empty list."""
    return []


def new_dict() -> dict[Any, Any]:
    """A new empty dict."""
    return {}


def carry_signatures() -> None:
    """Give the factories their signature (none): set, not computed, as `inspect.signature`
    returns a function's `__signature__` as it is."""
    import inspect

    new_list.__signature__ = inspect.Signature()  # type: ignore[attr-defined]
    new_dict.__signature__ = inspect.Signature()  # type: ignore[attr-defined]
