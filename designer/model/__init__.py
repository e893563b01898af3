"""The project model: one pydantic design that every screen edits and every exporter reads."""

from designer.model.checks import Problem, problems
from designer.model.design import SCHEMA_VERSION, Design
from designer.model.progress import Stage, StageStatus

__all__ = ["SCHEMA_VERSION", "Design", "Problem", "Stage", "StageStatus", "problems"]
