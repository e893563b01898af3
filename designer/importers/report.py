"""What an import could not represent: one list, printed once at the end, never dropped."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Report:
    """Notes about what was left out or approximated, each naming where in the source."""

    notes: list[str] = field(default_factory=list)
    read_as: str = ""
    """For SQL: the dialect the source was read in (`postgres` or `mysql`)."""

    def note(self, where: str, what: str) -> None:
        """Record that `what` at `where` could not be represented as it is."""
        line = f"{where}: {what}"
        if line not in self._seen:
            self._seen.add(line)
            self.notes.append(line)

    def __post_init__(self) -> None:
        self._seen: set[str] = set(self.notes)

    def render(self) -> str:
        """The report as text: a heading and one line per note, or a line saying all fit."""
        if not self.notes:
            return "import report: everything in the source was represented\n"
        head = (f"import report: {counted(len(self.notes), 'thing')} could not be represented "
                "as written\n")
        return head + "".join(f"  - {note}\n" for note in self.notes)


def counted(count: int, noun: str, plural: str = "") -> str:
    """`1 endpoint`, `2 endpoints`: the count and the noun agreeing with it (`plural` when the
    plural is not the noun and an s)."""
    return f"{count} {noun if count == 1 else plural or noun + 's'}"
