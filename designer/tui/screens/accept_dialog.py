"""Accept a review finding: the reason the team accepts it, and an optional last day."""

from __future__ import annotations

from datetime import date

from textual.app import ComposeResult
from textual.widgets import Input, Label, Static

from designer.model.places import place
from designer.tui.findings import Shown
from designer.tui.screens.dialog import Dialog


class AcceptDialog(Dialog[tuple[str, date | None]]):
    """Ask why a finding is accepted (required) and until when (optional, YYYY-MM-DD)."""

    TITLE_TEXT = "Accept finding"
    OK_TEXT = "Accept"

    def __init__(self, finding: Shown) -> None:
        super().__init__()
        self.finding = finding
        """The finding to accept."""

    def fields(self) -> ComposeResult:
        """The finding, the reason and the last day."""
        finding = self.finding
        yield Static(f"{finding.rule_id} · {place(finding.location)}\n{finding.message}",
                     markup=False)
        yield Label("Why does the team accept it?")
        yield Input(placeholder="e.g. the gateway rate-limits every route", id="reason")
        yield Label("Until (YYYY-MM-DD, empty for as long as it stays the same)")
        yield Input(placeholder="e.g. 2026-12-31", id="expires")

    def result(self) -> tuple[str, date | None] | None:
        """(reason, last day) once the reason is given and the date, if any, is a date."""
        reason = " ".join(self.query_one("#reason", Input).value.split())
        if not reason:
            self.show_error("Say why the finding is accepted: the next reviewer reads it.")
            return None
        text = self.query_one("#expires", Input).value.strip()
        if not text:
            return reason, None
        try:
            return reason, date.fromisoformat(text)
        except ValueError:
            self.show_error(f"'{text}' is not a date like 2026-12-31.")
            return None
