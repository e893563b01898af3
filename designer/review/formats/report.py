"""What every format renders: the design, its findings, the threshold, and where each is."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from designer.model.design import Design
from designer.review.locations import Locator, Position
from designer.review.registry import Finding, Severity


@dataclass(frozen=True)
class Report:
    """One `designer check` run."""

    design: Design
    """The design checked."""
    findings: list[Finding]
    """Every finding, accepted ones marked."""
    path: Path
    """The design file as given on the command line."""
    threshold: Severity
    """`--fail-on`."""
    locator: Locator = field(repr=False, compare=False, default_factory=lambda: Locator(""))
    """Model paths → lines of the file."""

    @property
    def failing(self) -> list[Finding]:
        """Findings that fail the check: open and at least as severe as the threshold."""
        return [f for f in self.findings if not f.accepted and f.severity.reaches(self.threshold)]

    @property
    def failed(self) -> bool:
        """Whether the check fails."""
        return bool(self.failing)

    def position(self, finding: Finding) -> Position:
        """Line and column of the finding's location in the file."""
        return self.locator.position(finding.location)

    @property
    def uri(self) -> str:
        """The file as a forward-slash path, relative to the working folder when it is inside."""
        path = self.path
        if path.is_absolute():
            try:
                path = path.relative_to(Path.cwd())
            except ValueError:
                return path.as_posix()
        return path.as_posix()

    def where(self, finding: Finding) -> str:
        """`FILE:LINE:COLUMN` of the finding."""
        at = self.position(finding)
        return f"{self.uri}:{at.line}:{at.column}"
