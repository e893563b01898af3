"""Modals of importing: the file to read (for a SQL schema, its dialect; for a new design, its
name and folder), then a preview of what the import adds, replaces and leaves alone, with what
it could not represent.

Reading runs in a thread while the dialog stays open: a large file never freezes the app, and a
missing, broken or hostile one is explained inside the dialog (one line from the importer),
where the path can be corrected; so is a better choice of dialect or kind (`import_checks`).
Nothing is written by these dialogs.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.css.scalar import Scalar
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, Select, Static

from designer.importers.kinds import KINDS, TITLES
from designer.tui.import_checks import DIALECTS, read
from designer.tui.screens.dialog import Dialog

if TYPE_CHECKING:
    from designer.importers.merge import Changes
    from designer.importers.report import Report
    from designer.model import Design

SHOWN = 500
"""Lines of one section of the preview listed before "… and N more" (a description with
thousands of operations would make a list too long to scroll through usefully)."""


PLACEHOLDERS = {"openapi": "e.g. openapi.yaml", "sql": "e.g. schema.sql",
                "spec": "e.g. .do/specs/SPEC-ID/spec.md"}
"""Kind → an example path in the empty file field."""
AUTO = "auto"
"""The dialect choice that lets the importer guess, as `designer import sql` does."""
DIALECT_CHOICES = [("Auto (guess from the text)", AUTO),
                   *((title, key) for key, title in DIALECTS.items())]


@dataclass
class Imported:
    """A source read into a design, not applied anywhere yet."""

    kind: str
    """`openapi`, `sql` or `spec`."""
    source: Path
    """The file read."""
    design: Design
    """What the importer made of it."""
    report: Report
    """What it could not represent."""
    target: Path | None = None
    """For a new design: the file to create."""
    dialect: str | None = None
    """For SQL: the dialect it was read in."""
    typed: dict[str, str] = field(default_factory=dict)
    """For a new design: the dialog's fields as the user left them (field id → value), so
    that going back from the preview shows them again."""

    @property
    def what(self) -> str:
        """The kind as the preview's title names it (with the dialect of a SQL schema)."""
        if self.dialect:
            return f"{TITLES[self.kind]} ({DIALECTS[self.dialect]})"
        return TITLES[self.kind]


class ImportDialog(Dialog[Imported]):
    """Ask for the file of one kind and read it; the result is the imported design."""

    # A Select's current value is a Horizontal: undo the spacing of the dialog's button row.
    # No padding above and below: the error line may take a few lines (a path, the parser's
    # words, what to choose instead) and must still fit 80×24 with the buttons.
    DEFAULT_CSS = """
    ImportDialog > Vertical { padding: 0 2; }
    ImportDialog #kind-help { width: 1fr; height: auto; }
    ImportDialog SelectCurrent { margin-top: 0; align-horizontal: left; }
    """

    OK_TEXT = "Read"

    def __init__(self, kind: str) -> None:
        super().__init__()
        self.kind = kind
        """What the file is."""
        self.TITLE_TEXT = f"Import {TITLES[kind]}"
        self._reading = False
        self._abandoned = False
        self._advised: tuple[str, str, str | None, str | None] | None = None
        """The choices a warning was shown for: reading them again goes ahead."""

    def fields(self) -> ComposeResult:
        """The path of the source and, for SQL, its dialect."""
        yield Label(f"File: {KINDS[self.kind]}", id="kind-help")
        yield Input(placeholder=PLACEHOLDERS[self.kind], id="path")
        if self.kind == "sql":
            yield Label("Dialect")
            yield Select(DIALECT_CHOICES, value=AUTO, allow_blank=False, id="dialect")

    FIRST = "#path"
    """The field focused when the dialog opens."""

    def on_mount(self) -> None:
        """Focus the first field (Textual runs this for subclasses too: they set `FIRST`)."""
        self.query_one(self.FIRST).focus()

    def name_and_folder(self) -> tuple[str | None, Path | None] | None:
        """(name, folder) for a new design; (None, None) when importing into one; None after
        showing why they are not acceptable."""
        return None, None

    def dialect(self) -> str | None:
        """The SQL dialect chosen; None: guessed (and for the other kinds)."""
        if self.kind != "sql":
            return None
        value = self.query_one("#dialect", Select).value
        return None if value == AUTO else str(value)

    def result(self) -> Imported | None:
        """Start reading the file; the dialog closes once it has been read."""
        if self._reading:
            return None
        text = self.query_one("#path", Input).value.strip()
        if not text:
            self.show_error("Type the path of the file to import.")
            return None
        asked = self.name_and_folder()
        if asked is None:
            return None
        name, folder = asked
        source = Path(text).expanduser()
        dialect = self.dialect()
        # The same choices again after a warning: the user has read it and goes ahead.
        choices = (self.kind, str(source), dialect, name)
        advise = choices != self._advised
        # The button stays enabled while reading (a second press is ignored above): disabling
        # the focused button would move focus to Cancel, and the next enter would close all.
        self._reading = True
        self.show_error(f"Reading {source.name}…")
        kind = self.kind  # taken now: the kind may be changed while the file is read
        self.run_worker(lambda: self._read(kind, source, name, folder, dialect, advise),
                        thread=True, group="import-read", exit_on_error=False)
        return None

    def _read(self, kind: str, source: Path, name: str | None, folder: Path | None,
              dialect: str | None, advise: bool) -> None:
        """In a thread: run the importer; every failure becomes one line in the dialog."""
        from designer.errors import DesignerError

        try:
            reading = read(kind, source, name, dialect, advise)
        except DesignerError as error:
            self.app.call_from_thread(self._failed, str(error))
            return
        except Exception as error:
            self.app.call_from_thread(
                self._failed, f"{source}: could not be imported ({type(error).__name__}: "
                              f"{error})")
            return
        if reading.advice:
            self.app.call_from_thread(self._advise, reading.advice,
                                      (kind, str(source), dialect, name))
            return
        got = Imported(kind, source, reading.design, reading.report, dialect=reading.dialect)
        self.app.call_from_thread(self._read_done, got, folder)

    @on(Input.Changed)
    @on(Select.Changed)
    def _forget_the_outcome(self) -> None:
        """A field changed: the line about the last read no longer describes what is asked."""
        if not self._reading:
            self.show_error("")

    def _failed(self, message: str) -> None:
        self._reading = False
        if self._abandoned:
            return
        self.show_error(" ".join(message.split()))  # one line, however the importer wrapped

    def _advise(self, message: str, choices: tuple[str, str, str | None, str | None]) -> None:
        """Another choice reads the file better: say so; the same choices again go ahead."""
        self._failed(message)
        self._advised = choices

    def _read_done(self, got: Imported, folder: Path | None) -> None:
        self._reading = False
        if self._abandoned:
            return
        if folder is not None:
            from designer.commands.new import file_name

            got.target = folder / file_name(got.design.name)
            if got.target.exists():
                self.show_error(f"{got.target}: already exists; give the design another name")
                return
        self.dismiss(got)

    def action_cancel(self) -> None:
        """Close with no result (a read still running is ignored when it ends)."""
        self._abandoned = True
        super().action_cancel()


class NewFromDialog(ImportDialog):
    """New design from an OpenAPI file, a SQL schema or a SPEC: kind, file, name and folder."""

    # Five fields and their help must fit 80×24 with the buttons: each field on the line of
    # its label, one line high. A compact field has no border, so it is shaded to show where
    # to type even when it is empty.
    DEFAULT_CSS = """
    NewFromDialog .row { height: 1; margin: 0 0 1 0; align-horizontal: left; }
    NewFromDialog .row.-file { margin-bottom: 0; }
    NewFromDialog .row > Label { width: 12; }
    NewFromDialog .row > Input, NewFromDialog .row > Select { width: 1fr; }
    NewFromDialog Input { background: $boost; }
    NewFromDialog Input:focus { background: $panel; }
    NewFromDialog Select > SelectCurrent { background: $boost; }
    NewFromDialog Select:focus > SelectCurrent { background: $panel; }
    NewFromDialog #kind-help { margin: 0 0 1 12; color: $text-muted; }
    """

    OK_TEXT = "Read"
    FIRST = "#kind"

    def __init__(self, typed: dict[str, str] | None = None) -> None:
        self.typed = dict(typed or {})
        """The fields' values to start from (back from the preview), by field id."""
        super().__init__(self.typed.get("kind", "openapi"))
        self.TITLE_TEXT = "New design from…"

    def fields(self) -> ComposeResult:
        """What the source is, its path (and SQL dialect), the name and folder of the design."""
        typed, kind = self.typed, self.kind
        with Horizontal(classes="row"):
            yield Label("Start from")
            yield Select([(TITLES[k], k) for k in KINDS], value=kind, allow_blank=False,
                         id="kind", compact=True)
        with Horizontal(classes="row -file"):
            yield Label("File")
            yield Input(typed.get("path", ""), placeholder=PLACEHOLDERS[kind], id="path",
                        compact=True)
        yield Label(KINDS[kind], id="kind-help")
        with Horizontal(classes="row", id="dialect-row"):
            yield Label("Dialect")
            yield Select(DIALECT_CHOICES, value=typed.get("dialect", AUTO), allow_blank=False,
                         id="dialect", compact=True)
        with Horizontal(classes="row"):
            yield Label("Name")
            yield Input(typed.get("name", ""),
                        placeholder="empty: the title or SPEC id in the file", id="name",
                        compact=True)
        with Horizontal(classes="row"):
            yield Label("Folder")
            yield Input(typed.get("folder", "."), placeholder="the folder of the design file",
                        id="folder", compact=True)

    def on_mount(self) -> None:
        """The dialect is asked only of a SQL schema."""
        self.query_one("#dialect-row").display = self.kind == "sql"

    def _read_done(self, got: Imported, folder: Path | None) -> None:
        got.typed = {"kind": self.kind, "dialect": str(self.query_one("#dialect", Select).value),
                     **{i: self.query_one(f"#{i}", Input).value
                        for i in ("path", "name", "folder")}}
        super()._read_done(got, folder)

    @on(Select.Changed, "#kind")
    def _kind_changed(self, event: Select.Changed) -> None:
        self.kind = str(event.value)
        self.query_one("#kind-help", Label).update(KINDS[self.kind])
        self.query_one("#path", Input).placeholder = PLACEHOLDERS[self.kind]
        self.query_one("#dialect-row").display = self.kind == "sql"

    def name_and_folder(self) -> tuple[str | None, Path | None] | None:
        """The name (None: from the source) and an existing folder."""
        name = self.query_one("#name", Input).value.strip() or None
        folder = Path(self.query_one("#folder", Input).value.strip() or ".").expanduser()
        if not folder.is_dir():
            self.show_error(f"{folder}: no such folder")
            return None
        return name, folder


def _section(title: str, lines: list[str]) -> str:
    if not lines:
        return ""
    shown = lines[:SHOWN]
    more = [f"  … and {len(lines) - SHOWN} more"] if len(lines) > SHOWN else []
    return "\n".join([f"{title} ({len(lines)}):", *[f"  {x}" for x in shown], *more]) + "\n"


def preview_text(changes: Changes, report: Report) -> str:
    """The preview as plain text: additions, conflicts, what stays, what did not fit."""
    parts = [
        _section("Will be added", changes.added),
        _section("Differs from yours (replace or keep)", changes.conflicts),
        _section("Already the same, left alone", changes.kept),
        _section("Could not be represented", report.notes),
    ]
    text = "\n".join(p for p in parts if p)
    return text or "The file holds nothing the design does not have already.\n"


class PreviewDialog(ModalScreen[str | None]):
    """What an import will do, before it does it.

    The result is "replace" (conflicts take the imported version), "keep" (conflicts keep
    the design's) or None (cancelled: nothing changes). Without conflicts there is one button.
    """

    DEFAULT_CSS = """
    PreviewDialog { align: center middle; }
    PreviewDialog > Vertical {
        width: 90; max-width: 95%; height: auto;
        border: thick $accent; background: $surface; padding: 0 1;
    }
    PreviewDialog .title { text-style: bold; }
    PreviewDialog .hint { color: $text-muted; }
    PreviewDialog VerticalScroll { height: auto; border: round $panel; }
    PreviewDialog Horizontal { height: auto; align-horizontal: right; }
    PreviewDialog Button { margin-left: 1; }
    """
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel", id="import.cancel",
                tooltip="Close; nothing changes"),
    ]

    def __init__(self, title: str, changes: Changes, report: Report, ok: str = "Import",
                 cancel: str = "Cancel") -> None:
        super().__init__()
        self.title_text = title
        """What is imported into what."""
        self.changes = changes
        """What the merge will do (conflicts still open)."""
        self.report = report
        """What the importer could not represent."""
        self.ok_text = ok
        """Label of the button applying an import without conflicts."""
        self.cancel_text = cancel
        """Label of the button that closes with nothing changed."""

    def compose(self) -> ComposeResult:
        """Title, counts, the lists (scrolling), what happens next and the buttons."""
        c = self.changes
        with Vertical():
            yield Static(self.title_text, classes="title", markup=False)
            differ = "differs" if len(c.conflicts) == 1 else "differ"
            yield Static(f"{len(c.added)} to add, {len(c.conflicts)} {differ} from yours, "
                         f"{len(c.kept)} already the same, {len(self.report.notes)} not "
                         "representable. Everything else stays as it is.", classes="hint")
            with VerticalScroll(id="preview-lists"):
                yield Static(preview_text(c, self.report), markup=False, id="preview-text")
            if c.conflicts:
                yield Static("Replace takes the file's version of what differs; Keep keeps "
                             "yours. Either way the rest is added.", classes="hint")
            with Horizontal():
                yield Button(self.cancel_text, id="cancel")
                if c.conflicts:
                    yield Button("Keep mine", id="keep")
                    yield Button("Replace", id="replace", variant="warning")
                else:
                    yield Button(self.ok_text, id="apply", variant="primary")

    ROOM = 0.95
    """Share of the terminal's height the dialog may take."""

    def on_mount(self) -> None:
        """Focus the safe choice: keep when something differs, else the one button."""
        self.query_one("#keep" if self.changes.conflicts else "#apply", Button).focus()
        self.call_after_refresh(self._fit_lists)

    def on_resize(self) -> None:
        """The terminal changed size: fit the lists again."""
        self.call_after_refresh(self._fit_lists)

    def _fit_lists(self) -> None:
        # A long list must scroll inside the dialog, not push the buttons off the screen;
        # a short one keeps its own height. CSS cannot say "what is left of 95% once the
        # title, hints and buttons are placed" in an auto-height box, so it is measured.
        box = self.query_one(Vertical)
        lists = self.query_one("#preview-lists", VerticalScroll)
        chrome = box.styles.gutter.height + sum(
            child.outer_size.height for child in box.children if child is not lists)
        room = max(3, int(self.size.height * self.ROOM) - chrome)
        if lists.styles.max_height != Scalar.from_number(room):
            lists.styles.max_height = room

    @on(Button.Pressed, "#replace")
    def _replace(self) -> None:
        self.dismiss("replace")

    @on(Button.Pressed, "#keep")
    def _keep(self) -> None:
        self.dismiss("keep")

    @on(Button.Pressed, "#apply")
    def _apply(self) -> None:
        self.dismiss("keep")

    @on(Button.Pressed, "#cancel")
    def action_cancel(self) -> None:
        """Close; nothing changes."""
        self.dismiss(None)
