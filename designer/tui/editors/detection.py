"""Framework detection: scan a folder in a worker, show findings with evidence, pick one; or
name the framework by hand when detection is empty or ambiguous."""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.widgets import Button, Input, Label, ProgressBar, RadioButton, RadioSet, Static, Tree

from designer.errors import DesignerError
from designer.model.stack import Detection, Finding
from designer.tui.editors.base import Editor
from designer.tui.editors.records import EDITOR_CSS, plain
from designer.tui.editors.stack_apply import (
    FRAMEWORK_CHOICES,
    OTHER,
    apply_backend,
    choose_framework,
    needs_choice,
)

NodeData = tuple[int, Finding | None]
"""A tree node's backend index and, on finding and evidence nodes, the finding."""


def _percent(confidence: float) -> str:
    return f"{round(confidence * 100)}%"


class DetectionEditor(Editor):
    """Scan a project folder and choose the stack it shows."""

    DEFAULT_CSS = EDITOR_CSS + """
    DetectionEditor { height: auto; margin-bottom: 1; }
    DetectionEditor .line { height: auto; margin-bottom: 1; }
    DetectionEditor #detect-folder { width: 1fr; }
    DetectionEditor Button { width: auto; min-width: 8; margin-left: 1; }
    DetectionEditor #detect-progress { height: 1; display: none; }
    DetectionEditor #detect-progress.-scanning { display: block; }
    DetectionEditor #detect-findings { height: auto; max-height: 9; display: none; }
    DetectionEditor #detect-findings.-shown { display: block; }
    DetectionEditor #detect-choice { layout: grid; grid-size: 4; grid-gutter: 0 1; width: 100%;
                              height: auto; }
    DetectionEditor #detect-other { width: 1fr; }
    DetectionEditor #detect-stack { color: $text-muted; width: 1fr; }
    DetectionEditor .chooser { display: none; }
    DetectionEditor.-choosing .chooser { display: block; }
    """

    BINDINGS: ClassVar = [
        Binding("ctrl+r", "scan", "Scan", id="detection.scan",
                tooltip="Scan the folder for manifests and entry points"),
        Binding("u", "use", "Use this", id="detection.use",
                tooltip="Use the highlighted backend (or framework) as the stack"),
    ]

    HELP: ClassVar[str] = """\
## Framework detection
Type the project folder and press **Scan** (**ctrl+r**). The scan reads manifests
(requirements.txt, pyproject.toml, package.json, go.mod, pom.xml, build.gradle, composer.json,
*.csproj, Gemfile, Cargo.toml …) and entry points; each finding shows its confidence and the
file and line that prove it. A monorepo gives one result per service folder.

- Highlight a backend (or one of its frameworks) and press **u** / **Use this**.
- When nothing or more than one framework is plausible, choose it below (**Other** takes a
  name) and press **Use choice**.
"""

    def compose(self) -> ComposeResult:
        with Horizontal(classes="editor-header"):
            yield Label("Framework detection", classes="editor-title")
        with Horizontal(classes="line"):
            yield Input(".", placeholder="project folder to scan", id="detect-folder",
                        compact=True,
                        tooltip="Folder of the project to scan (relative to where you started)")
            yield Button("Scan", id="detect-scan", variant="primary", compact=True)
        yield ProgressBar(total=None, show_eta=False, show_percentage=False,
                          id="detect-progress")
        yield Static("", id="detect-status", classes="editor-hint")
        yield Tree[NodeData]("Findings", id="detect-findings")
        with Horizontal(classes="line"):
            yield Static("", id="detect-stack")
            yield Button("Use this", id="detect-use", compact=True)
        yield Label("", id="detect-question", classes="chooser")
        with RadioSet(id="detect-choice", compact=True, classes="chooser"):
            current = self.design.stack.framework
            for name in (*FRAMEWORK_CHOICES, "Other"):
                yield RadioButton(name, value=name.lower() == current.lower() != "",
                                  compact=True)
        with Horizontal(classes="line chooser"):
            yield Input(self.design.stack.framework_other, placeholder="name when Other",
                        id="detect-other", compact=True)
            yield Button("Use choice", id="detect-choose", compact=True)

    def on_mount(self) -> None:
        """Show the last detection saved in the design (once mounted: `reload` skips an editor
        not mounted yet, and during its own mount handler it is not)."""
        self.call_after_refresh(self.reload)

    def reload(self) -> None:
        """Re-read the stack and the stored detection."""
        if not self.is_mounted:
            return
        saved = self.design.stack.detection
        if saved is not None and saved.root and self.detection is None:
            self.query_one("#detect-folder", Input).value = saved.root
        # A scan of this session is newer than the saved one: a reload never hides it.
        self.show(self.detection or saved)
        self.show_stack()

    def show_stack(self) -> None:
        """One line: the stack as chosen now."""
        s = self.design.stack
        framework = s.framework_other if s.framework == OTHER else s.framework
        parts = [p for p in (f"{framework} {s.framework_version}".strip(),
                             f"{s.language} {s.language_version}".strip(), s.server, s.cache,
                             s.test_framework) if p]
        self.query_one("#detect-stack", Static).update(
            plain("Stack: " + " · ".join(parts) if parts else "Stack: not chosen yet"))
        for button in self.query_one("#detect-choice", RadioSet).query(RadioButton):
            name = str(button.label)
            chosen = OTHER if name == "Other" else name
            if chosen.lower() == s.framework.lower() != "" and not button.value:
                button.value = True
        self._ask_when_needed()

    def question_answered(self, question_id: str) -> None:
        """The stack questions above changed the stack: show it (and drop the chooser)."""
        if self.is_mounted:
            self.show_stack()

    def _ask_when_needed(self) -> None:
        """The framework chooser shows only while a scan left the question open (nothing found,
        or ambiguous) and no framework is chosen: otherwise the framework question above is the
        one place to change it, and a second chooser under Scan was noise."""
        detection = self.detection or self.design.stack.detection
        open_question = detection is not None and (
            not detection.backends or needs_choice(detection))
        self.set_class(open_question and not self.design.stack.framework, "-choosing")

    def show(self, detection: Detection | None) -> None:
        """Fill the findings tree and ask the question when it is needed."""
        tree = self.query_one("#detect-findings", Tree)
        tree.clear()
        tree.set_class(detection is not None, "-shown")
        question = self.query_one("#detect-question", Label)
        if detection is None:
            question.update("Or name the framework yourself:")
            return
        tree.root.set_label(plain(f"Findings in {detection.root or '.'}"))
        for i, backend in enumerate(detection.backends):
            title = f"{backend.folder} — {backend.language or 'unknown language'}"
            if backend.language_version:
                title += f" {backend.language_version}"
            if backend.ambiguous:
                title += "  (ambiguous)"
            node = tree.root.add(plain(title), data=(i, None), expand=True)
            for finding in backend.findings:
                label = f"{finding.kind.value}: {finding.name}"
                if finding.version:
                    label += f" {finding.version}"
                item = node.add(plain(f"{label}  ({_percent(finding.confidence)})"),
                                data=(i, finding), expand=True)
                for ev in finding.evidence:
                    where = f"{ev.path}:{ev.line}" if ev.line else ev.path
                    item.add_leaf(plain(f"{where}  {ev.text}".rstrip()), data=(i, finding))
        for warning in detection.warnings:
            tree.root.add_leaf(plain(f"⚠ {warning}", "yellow"))
        tree.root.expand()
        if not detection.backends:
            question.update("Nothing was detected — which framework will you use?")
        elif needs_choice(detection):
            question.update("Detection is ambiguous — which framework will you use?")
        else:
            question.update("Or name the framework yourself:")
        self._ask_when_needed()

    # -- scanning -------------------------------------------------------------------------

    def action_scan(self) -> None:
        """Start a scan of the folder in a worker thread."""
        root = Path(self.query_one("#detect-folder", Input).value.strip() or ".").expanduser()
        self.query_one("#detect-progress", ProgressBar).add_class("-scanning")
        self.query_one("#detect-status", Static).update(plain(f"Scanning {root} …"))
        self.scan(root)

    @work(thread=True, exclusive=True, group="detection")
    def scan(self, root: Path) -> None:
        """Run detection off the UI thread; report progress and the result back to it."""
        try:
            from designer.detect import detect
        except ImportError:
            self.app.call_from_thread(self.finished, None, "Detection is not available.")
            return

        def progress(seen: int) -> None:
            self.app.call_from_thread(self.progress, seen)

        try:
            detection = detect(root, progress=progress)
        except DesignerError as error:
            self.app.call_from_thread(self.finished, None, str(error))
            return
        self.app.call_from_thread(self.finished, detection, "")

    def progress(self, seen: int) -> None:
        """Files seen so far."""
        self.query_one("#detect-status", Static).update(f"Scanning … {seen} files seen")

    def finished(self, detection: Detection | None, error: str) -> None:
        """Show the result (kept in the design only when the user uses it)."""
        self.query_one("#detect-progress", ProgressBar).remove_class("-scanning")
        status = self.query_one("#detect-status", Static)
        if detection is None:
            status.update(plain(error, "red"))
            return
        self.detection = detection
        n = len(detection.backends)
        status.update(f"Found {n} backend{'s' * (n != 1)}." if n else "Found no backend.")
        self.show(detection)
        self.query_one("#detect-findings", Tree).focus()

    detection: Detection | None = None
    """The last scan of this session (the saved one is `design.stack.detection`)."""

    # -- choosing -------------------------------------------------------------------------

    def action_use(self) -> None:
        """Apply the backend (or framework finding) under the tree cursor."""
        detection = self.detection or self.design.stack.detection
        node = self.query_one("#detect-findings", Tree).cursor_node
        data = node.data if node is not None else None
        if detection is None or not detection.backends:
            self.notify("Scan a folder first, or choose the framework below.", severity="warning")
            return
        index, finding = data if data is not None else (0, None)
        framework = finding if finding is not None and finding.kind.value == "framework" else None
        apply_backend(self.design, detection, index, framework)
        self.show_stack()
        self.notify(f"Stack set from {detection.backends[index].folder}.")
        self.changed("stack")

    def action_choose(self) -> None:
        """Apply the framework chosen in the radio set."""
        pressed = self.query_one("#detect-choice", RadioSet).pressed_button
        if pressed is None:
            self.notify("Choose a framework first.", severity="warning")
            return
        name = str(pressed.label)
        other = self.query_one("#detect-other", Input).value
        if name == "Other" and not other.strip():
            self.notify("Type the framework's name next to Other.", severity="warning")
            self.query_one("#detect-other", Input).focus()
            return
        choose_framework(self.design, OTHER if name == "Other" else name, other)
        self.show_stack()
        self.changed("stack.framework")

    def on_button_pressed(self, event: Button.Pressed) -> None:
        """Scan / Use this / Use choice."""
        event.stop()
        actions = {"detect-scan": self.action_scan, "detect-use": self.action_use,
                   "detect-choose": self.action_choose}
        actions[str(event.button.id)]()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        """Enter in the folder scans; Enter in the other name chooses."""
        event.stop()
        self.action_scan() if event.input.id == "detect-folder" else self.action_choose()
