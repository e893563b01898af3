"""The review & export stage: the design review's findings, then export with progress."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any, ClassVar

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.message import Message
from textual.widgets import Button, Checkbox, Input, Label, OptionList, ProgressBar, Static
from textual.widgets.option_list import Option

from designer.model.design import Design
from designer.model.places import place
from designer.model.progress import Stage
from designer.model.review import Acceptance
from designer.paths import DESIGN_SUFFIX
from designer.tui.findings import Shown, review_findings
from designer.tui.messages import DesignChanged
from designer.tui.questions import editors_for
from designer.tui.screens.accept_dialog import AcceptDialog
from designer.tui.widgets.form_scroll import FormScroll

SEVERITY_MARK = {"error": "✗ error", "warning": "! warning", "info": "· info"}
SEVERITY_STYLE = {"error": "bold red", "warning": "yellow", "info": "dim"}


def _line(finding: Shown) -> Text:
    """One finding as a (wrapping) list entry: severity, stage, place, message and fix; an
    accepted one dimmed, with the team's reason instead of the fix."""
    if finding.accepted:
        return Text.assemble(
            ("✓ accepted", "green"), f" {finding.severity} · {finding.stage.title} · ",
            (place(finding.location), "italic"), "\n  ", finding.message,
            ("\n  reason: ", "green"), finding.accepted, style="dim",
        )
    text = Text.assemble(
        (SEVERITY_MARK.get(finding.severity, finding.severity), SEVERITY_STYLE.get(
            finding.severity, "")),
        f" · {finding.stage.title} · ", (place(finding.location), "italic"), "\n  ",
        finding.message,
    )
    if finding.fix:
        text.append(f"\n  → {finding.fix}", style="green")
    return text


MAX_LISTED = 8
"""Errors listed in the question before an export; the rest are counted."""


def default_out(path: Path) -> Path:
    """Default export folder: `shop.design.yaml` → `shop-docs` beside it."""
    stem = path.name.removesuffix(DESIGN_SUFFIX).removesuffix(".yaml")
    return path.with_name(f"{stem}-docs")


class ReviewPanel(FormScroll):
    """Findings (enter goes to the stage to fix), the export folder, the export buttons."""

    HELP = (
        "**Review & export.** The findings of the design review, most severe first; press "
        "**enter** on one to go to its stage. Then export the architecture document, the "
        "Mermaid diagrams and the OpenAPI file into the folder given. **a** accepts the "
        "highlighted finding with a reason: it is then listed apart and fails no check."
    )
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("a", "accept_finding", "Accept…", id="review.accept",
                tooltip="Accept the highlighted finding, with the team's reason"),
    ]

    class GoTo(Message):
        """The user wants to fix a finding: go to its stage."""

        def __init__(self, stage: Stage, location: str) -> None:
            super().__init__()
            self.stage = stage
            """Stage of the finding."""
            self.location = location
            """Place in the design."""

    def __init__(self, design: Design, path: Path, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.design = design
        """The design (shared with the screen)."""
        self.path = path
        """The design file (the export folder defaults beside it)."""
        self.findings: list[Shown] = []
        """Findings shown."""
        self.written: list[Path] = []
        """Files written by the last export."""

    def compose(self) -> ComposeResult:
        """Findings, export settings, progress and results."""
        yield Static("Review & export", classes="stage-title")
        yield Static("", id="summary")
        yield OptionList(id="findings")
        for editor in editors_for(Stage.REVIEW):
            yield editor(self.design)
        yield Static("Export", classes="heading")
        yield Label("Folder (relative to the design file's folder)")
        yield Input(default_out(self.path).name, id="out", compact=True)
        yield Checkbox("replace files changed by hand", id="force", compact=True)
        with Horizontal(id="export-buttons"):
            yield Button("Export all", id="export-all", variant="primary", compact=True)
            yield Button("OpenAPI only", id="export-openapi", compact=True)
        yield ProgressBar(id="progress", show_eta=False)
        yield Static("", id="step")
        yield Static("", id="written", markup=False)

    def on_mount(self) -> None:
        """Columns, then the first review."""
        self.query_one(ProgressBar).display = False
        self.refresh_findings()

    def reload(self) -> None:
        """The design changed: review again."""
        self.refresh_findings()

    def refresh_findings(self) -> None:
        """Run the review and list its findings."""
        found, from_review = review_findings(self.design)
        order = {"error": 0, "warning": 1, "info": 2}
        # Open findings first (most severe first), the accepted ones after them.
        self.findings = sorted(found, key=lambda f: (bool(f.accepted), order.get(f.severity, 3),
                                                     list(Stage).index(f.stage), f.location))
        listing = self.query_one("#findings", OptionList)
        listing.clear_options()
        listing.add_options(
            Option(_line(f), id=str(i)) for i, f in enumerate(self.findings)
        )
        source = "design review" if from_review else "model checks"
        errors = sum(f.severity == "error" and not f.accepted for f in self.findings)
        accepted = sum(bool(f.accepted) for f in self.findings)
        if self.findings:
            shown = len(self.findings) - accepted
            text = (f"{shown} finding{'s' if shown != 1 else ''} from the {source} "
                    f"({errors} error{'s' if errors != 1 else ''})"
                    + (f", {accepted} accepted" if accepted else "")
                    + "; enter on one goes to its stage, a accepts it.")
        else:
            text = f"No findings from the {source}. Ready to export."
        self.query_one("#summary", Static).update(text)
        listing.display = bool(self.findings)

    @on(OptionList.OptionSelected, "#findings")
    def _go(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        finding = self.findings[int(str(event.option.id))]
        self.post_message(self.GoTo(finding.stage, finding.location))

    def action_accept_finding(self) -> None:
        """Ask why the highlighted finding is accepted, then record it in `review.accepted`."""
        index = self.query_one("#findings", OptionList).highlighted
        if index is None or not self.findings:
            self.notify("Highlight a finding first.", severity="warning")
            return
        finding = self.findings[index]
        if finding.accepted:
            self.notify(f"Already accepted: {finding.accepted}")
            return
        if not finding.rule_id or finding.rule_id == "REVIEW-001":
            self.notify("Only a review finding can be accepted; fix this one instead.",
                        severity="warning")
            return

        def accept(answer: tuple[str, date | None] | None) -> None:
            if answer is None:
                return
            reason, expires = answer
            self.design.review.accepted.append(Acceptance(
                rule=finding.rule_id, location=finding.location, reason=reason, expires=expires))
            self.post_message(DesignChanged("review.accepted"))
            self.refresh_findings()

        self.app.push_screen(AcceptDialog(finding), accept)

    @on(Button.Pressed, "#export-all")
    def _export_all(self) -> None:
        self.start_export(None)

    @on(Button.Pressed, "#export-openapi")
    def _export_openapi(self) -> None:
        self.start_export("openapi")

    def open_errors(self) -> list[Shown]:
        """The review's errors the design does not accept, as last listed."""
        return [f for f in self.findings if f.severity == "error" and not f.accepted]

    def start_export(self, only: str | None) -> None:
        """Export (everything, or one output); with open errors, ask first, listing them."""
        errors = self.open_errors()
        if not errors:
            self._start_export(only)
            return
        from designer.tui.screens.dialog import ConfirmDialog

        lines = [f"- {place(f.location)}: {f.message}" for f in errors[:MAX_LISTED]]
        if len(errors) > MAX_LISTED:
            lines.append(f"- … and {len(errors) - MAX_LISTED} more (listed above the buttons)")
        count = f"{len(errors)} error{'s' if len(errors) != 1 else ''}"
        question = (f"The review finds {count} in this design:\n" + "\n".join(lines)
                    + "\nExport anyway? The documents will describe the design as it is.")

        def answered(go: bool | None) -> None:
            if go:
                self._start_export(only)
            else:
                self.notify(f"Not exported: fix the {count} first, or accept them with a "
                            "reason (a on a finding).", title="Export")

        self.app.push_screen(ConfirmDialog(question, ok="Export anyway"), answered)

    def _start_export(self, only: str | None) -> None:
        """Export (everything, or one output) into the folder given, in a thread worker."""
        out = Path(self.query_one("#out", Input).value.strip() or ".").expanduser()
        if not out.is_absolute():
            out = self.path.parent / out
        force = self.query_one("#force", Checkbox).value
        bar = self.query_one(ProgressBar)
        bar.display = True
        bar.update(total=None, progress=0)
        self.query_one("#step", Static).update("Exporting…")
        self.query_one("#written", Static).update("")
        for button in self.query(Button):
            button.disabled = True
        self._export(self.design.model_copy(deep=True), out, only, force)

    @work(thread=True, exclusive=True, group="export", exit_on_error=False,
          description="export the design")  # not the repr of a whole design
    def _export(self, design: Design, out: Path, only: str | None, force: bool) -> None:
        from designer.errors import DesignerError

        try:
            from designer.export import export
        except ImportError:
            self.app.call_from_thread(self._finished, [], "export is not available yet")
            return

        def progress(step: str) -> None:
            self.app.call_from_thread(self._step, step)

        try:
            written = export(design, out, only={only} if only else None, force=force,
                             progress=progress)
        except DesignerError as error:
            self.app.call_from_thread(self._finished, [], str(error))
            return
        except OSError as error:
            self.app.call_from_thread(self._finished, [], f"{out}: {error.strerror or error}")
            return
        except Exception as error:  # an exporter bug is reported, the design stays open
            self.app.call_from_thread(self._finished, [], f"{type(error).__name__}: {error}")
            return
        self.app.call_from_thread(self._finished, list(written), "")

    def _step(self, step: str) -> None:
        self.query_one("#step", Static).update(step)
        self.query_one(ProgressBar).advance(1)

    def _finished(self, written: list[Path], error: str) -> None:
        for button in self.query(Button):
            button.disabled = False
        bar = self.query_one(ProgressBar)
        self.written = written
        if error:
            bar.display = False
            self.query_one("#step", Static).update(Text.assemble(("Export failed: ", "bold red"),
                                                                 error))
            self.notify(error, title="Export failed", severity="error", timeout=10)
            return
        bar.update(total=max(len(written), 1), progress=max(len(written), 1))
        self.query_one("#step", Static).update(f"Exported {len(written)} files.")
        shown = self.query_one("#written", Static)
        shown.update("\n".join(str(p) for p in written))
        self.call_after_refresh(self.scroll_to_widget, shown)
        self.notify(f"{len(written)} files written", title="Export done")
        if self.app.is_web and written:
            # Served in a browser (`designer serve`): the files also go to the browser.
            from designer.tui.delivery import deliver_export

            deliver_export(self.app, written)
