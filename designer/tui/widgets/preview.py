"""Live preview of what the current stage produces: document section, Mermaid, OpenAPI."""

from __future__ import annotations

from typing import Any

from textual import work
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.timer import Timer
from textual.widgets import Markdown

from designer.model.design import Design
from designer.model.progress import Stage

DELAY = 0.3
"""Seconds of quiet before the preview is rebuilt; typing must not rebuild it per key."""


def render_preview(design: Design, stage: Stage) -> str:
    """The Markdown preview of `stage`, or a line saying why there is none."""
    try:
        # Imported here: the exporters (jinja2, mermaid) are not needed for the first frame.
        from designer.export.preview import stage_preview
    except ImportError:
        return "*The preview is not available in this installation.*"
    from designer.errors import DesignerError

    try:
        return stage_preview(design, stage) or "*Nothing to preview for this stage yet.*"
    except DesignerError as error:
        return f"*No preview: {error}*"
    except Exception as error:  # a preview is a view: its bug must not take the app down
        return f"*The preview failed ({type(error).__name__}: {error}).*"


class Preview(VerticalScroll, can_focus=True):
    """Markdown of the stage's output, rebuilt off the UI thread after a short quiet time."""

    HELP = "**Preview** of what this stage produces. Toggle it with **f2**."

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._timer: Timer | None = None
        self._pending: tuple[Design, Stage] | None = None
        self.text = ""
        """The Markdown shown."""

    def compose(self) -> ComposeResult:
        """The Markdown viewer."""
        yield Markdown("", open_links=False)

    def schedule(self, design: Design, stage: Stage, delay: float = DELAY) -> None:
        """Rebuild the preview once changes stop for `delay` seconds (only while shown)."""
        self._pending = (design, stage)
        if not self.display:
            return
        if self._timer is not None:
            self._timer.stop()
            self._timer = None
        if delay <= 0:
            self.call_after_refresh(self._start)  # a zero-length Textual timer divides by zero
        else:
            self._timer = self.set_timer(delay, self._start)

    def on_show(self) -> None:
        """Catch up with changes made while hidden."""
        if self._pending is not None:
            self.schedule(*self._pending, delay=0)

    def _start(self) -> None:
        if self._pending is None:
            return
        design, stage = self._pending
        self._pending = None
        # The worker renders a copy: the UI thread keeps editing the original meanwhile. Only
        # the dump happens here (fast); rebuilding the model from it happens in the worker.
        self._build(design.model_dump(), stage)

    @work(thread=True, exclusive=True, group="preview", exit_on_error=False)
    def _build(self, data: dict[str, object], stage: Stage) -> None:
        text = render_preview(Design.model_validate(data), stage)
        self.app.call_from_thread(self._show, text)

    def _show(self, text: str) -> None:
        if text != self.text:
            self.text = text
            self.query_one(Markdown).update(text)
