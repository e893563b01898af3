"""The root of the project model: one design, the single source for screens and exports."""

from typing import Literal

from pydantic import Field

from designer.model.api import Api
from designer.model.architecture import Architecture
from designer.model.auth import Auth
from designer.model.base import Part
from designer.model.data import Data
from designer.model.decisions import Decision
from designer.model.factories import new_list
from designer.model.operations import Operations
from designer.model.progress import Progress
from designer.model.requirements import Requirements
from designer.model.review import Review
from designer.model.stack_choice import Stack
from designer.model.testing import Testing

SCHEMA_VERSION = 5
"""Schema version this designer writes; older files are migrated on load."""


class Design(Part):
    """A whole backend design."""

    schema_version: Literal[5] = SCHEMA_VERSION
    """Version of the file format."""
    requirements: Requirements = Field(default_factory=Requirements)
    """Stage 1."""
    architecture: Architecture = Field(default_factory=Architecture)
    """Stage 1: style and services."""
    stack: Stack = Field(default_factory=Stack)
    """Stage 2."""
    api: Api = Field(default_factory=Api)
    """Stage 3."""
    data: Data = Field(default_factory=Data)
    """Stage 4."""
    auth: Auth = Field(default_factory=Auth)
    """Stage 5."""
    testing: Testing = Field(default_factory=Testing)
    """Stage 6."""
    operations: Operations = Field(default_factory=Operations)
    """Stage 7."""
    decisions: list[Decision] = Field(default_factory=new_list)
    """Architecture decision records."""
    review: Review = Field(default_factory=Review)
    """Review findings the team accepts, with reasons."""
    progress: Progress = Field(default_factory=Progress)
    """Where the user is."""

    @classmethod
    def new(cls, name: str) -> "Design":
        """A fresh design called `name`."""
        design = cls()
        design.requirements.name = name
        return design

    @property
    def name(self) -> str:
        """The system's name."""
        return self.requirements.name
