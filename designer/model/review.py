"""The team's verdicts on review findings: what they accept, where, why, and until when."""

from datetime import date

from pydantic import Field

from designer.model.base import Part
from designer.model.factories import new_list


class Acceptance(Part):
    """A review finding the team has read and accepts, with its reason.

    An accepted finding is listed apart and never fails `designer check`; an acceptance that no
    longer matches a finding, or whose date has passed, is itself reported so it can be removed.
    """

    rule: str = ""
    """Id of the rule whose finding is accepted, e.g. `DATA-008`."""
    location: str = ""
    """Place of the finding in the design, exactly as the review names it,
    e.g. `data.entities[Order].fields[member_id]`."""
    reason: str = ""
    """Why the team accepts it (read by the next reviewer)."""
    expires: date | None = None
    """Last day the acceptance holds; None for as long as the finding stays the same."""

    @property
    def key(self) -> tuple[str, str]:
        """(rule, location): what it matches."""
        return self.rule, self.location


class Review(Part):
    """What the team decided about the design review."""

    accepted: list[Acceptance] = Field(default_factory=new_list)
    """Accepted findings."""

    def acceptance(self, rule: str, location: str) -> Acceptance | None:
        """The acceptance of the finding of `rule` at `location`, if any."""
        return next((a for a in self.accepted if a.key == (rule, location)), None)
