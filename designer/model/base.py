"""Shared base for every part of the design model."""

from pydantic import BaseModel, ConfigDict

from designer.model.factories import carry_signatures

carry_signatures()  # before any class is built: pydantic asks the factories for it


class Part(BaseModel):
    """Base of every model class.

    Unknown keys are refused so that a typo in a hand-edited design file is reported instead of
    silently dropped; assignments are validated because screens edit the model in place.
    Field docstrings are not read while classes are built (see designer.model.docs), and no
    class builds its validator until it is first used: validating a design builds the whole
    tree once, where building each class as it is defined built every nested part twice (its
    own validator, then again inside its parent's) — a seventh of every headless command.
    """

    model_config = ConfigDict(
        extra="forbid",
        validate_assignment=True,
        defer_build=True,
    )
