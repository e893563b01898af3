"""Where the user is in the interview: per-stage status and the resume point."""

from enum import StrEnum

from pydantic import Field, field_serializer

from designer.model.base import Part
from designer.model.factories import new_dict


class Stage(StrEnum):
    """The eight stages, in interview order."""

    REQUIREMENTS = "requirements"
    STACK = "stack"
    API = "api"
    DATA = "data"
    AUTH = "auth"
    TESTING = "testing"
    OPERATIONS = "operations"
    REVIEW = "review"

    @property
    def title(self) -> str:
        """Human title of the stage."""
        return _TITLES[self]


_TITLES = {
    Stage.REQUIREMENTS: "Requirements",
    Stage.STACK: "Framework detection",
    Stage.API: "API design",
    Stage.DATA: "Data design",
    Stage.AUTH: "Auth",
    Stage.TESTING: "Testing plan",
    Stage.OPERATIONS: "Operations",
    Stage.REVIEW: "Review & export",
}


_STAGE_OF_PART = {
    "requirements": Stage.REQUIREMENTS,
    "architecture": Stage.REQUIREMENTS,
    "stack": Stage.STACK,
    "api": Stage.API,
    "data": Stage.DATA,
    "auth": Stage.AUTH,
    "testing": Stage.TESTING,
    "operations": Stage.OPERATIONS,
    "decisions": Stage.REVIEW,
}


def stage_of(location: str) -> Stage:
    """The stage whose answers hold `location` (e.g. `data.entities[Order]` → data design)."""
    head = location.split(".", 1)[0].split("[", 1)[0]
    return _STAGE_OF_PART.get(head, Stage.REVIEW)


class StageStatus(StrEnum):
    """Progress of one stage."""

    NOT_STARTED = "not_started"
    IN_PROGRESS = "in_progress"
    DONE = "done"


class Progress(Part):
    """Per-stage status and the place to resume."""

    current_stage: Stage = Stage.REQUIREMENTS
    """Stage the user was on."""
    current_item: str = ""
    """Question id or item key the user was on within the stage."""
    stages: dict[Stage, StageStatus] = Field(default_factory=new_dict)
    """Status per stage; a stage not listed has not been started."""

    @field_serializer("stages")
    def _stage_order(self, stages: dict[Stage, StageStatus]) -> dict[str, str]:
        # Interview order, not insertion order, so that saved files diff cleanly.
        return {s.value: stages[s].value for s in Stage if s in stages}

    def status(self, stage: Stage) -> StageStatus:
        """Status of `stage`."""
        return self.stages.get(stage, StageStatus.NOT_STARTED)

    def done_count(self) -> int:
        """How many stages are done."""
        return sum(1 for s in Stage if self.status(s) is StageStatus.DONE)
