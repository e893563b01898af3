"""Live preview of what the current stage produces: document section, Mermaid, OpenAPI.

Both the Markdown and its rendering into terminal lines are built in a worker thread; the UI
thread only swaps in the finished lines. Textual's Markdown widget mounts a widget per block
(hundreds for a large design's tables), which made every stage switch pay a second of layout.
"""

from __future__ import annotations

import contextlib
import io
import re
from collections.abc import Callable
from functools import cache
from typing import Any, ClassVar

from rich.segment import Segment
from rich.style import Style
from textual.events import Resize
from textual.geometry import Size
from textual.scroll_view import ScrollView
from textual.strip import Strip
from textual.timer import Timer
from textual.worker import get_current_worker

from designer.model.design import Design
from designer.model.progress import Stage
from designer.tui import giveway
from designer.tui.widgets.steady import Steady

DELAY = 0.3
"""Seconds of quiet before the preview is rebuilt; typing must not rebuild it per key."""

ANCHOR = re.compile(r"\[([^\]\n]+)\]\(#[^)\s]*\)")
"""A link to a section of the document: its text is enough in the preview (Rich would print
the target after it)."""


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


NARROWEST_COLUMN = 13
"""Cells a table column gets at least in the preview; a table with more columns than fit so is
shown as one block per row ("Rule  DATA-010", "Reason  …"), not as columns a word wide."""


def _as_records(header: list[Any], rows: list[list[Any]]) -> Any:
    """Each row as a two-column grid of heading and value, a blank line between rows."""
    from rich.table import Table
    from rich.text import Text

    width = max((len(h.plain) for h in header), default=0)
    for index, row in enumerate(rows):
        grid = Table.grid(padding=(0, 1))
        grid.add_column(style="bold", width=width, no_wrap=True)
        grid.add_column(overflow="fold")
        for name, value in zip(header, row, strict=False):
            if value.plain.strip():
                grid.add_row(name, value)
        if index:
            yield Text("")
        yield grid


@cache
def _markdown() -> Any:
    """Rich's Markdown whose table cells wrap what does not fit instead of cutting it: a cut
    showed `/auth/l…` for both /auth/login and /auth/logout."""
    from rich.markdown import Markdown, TableElement
    from rich.table import Table

    class WrappingTable(TableElement):
        def __rich_console__(self, console: Any, options: Any) -> Any:
            header = self.header.row.cells if self.header and self.header.row else []
            rows = self.body.rows if self.body else []
            if header and options.max_width // len(header) < NARROWEST_COLUMN:
                yield from _as_records([c.content for c in header],
                                       [[c.content for c in row.cells] for row in rows])
                return
            for renderable in super().__rich_console__(console, options):
                if isinstance(renderable, Table):
                    for column in renderable.columns:
                        column.overflow = "fold"
                yield renderable

    class WrappingMarkdown(Markdown):
        elements: ClassVar = {**Markdown.elements, "table_open": WrappingTable}

    return WrappingMarkdown


def render_lines(text: str, width: int, dark: bool) -> list[list[Segment]]:
    """`text` (Markdown) rendered by Rich into lines of segments at most `width` cells wide.

    Runs in a worker thread, so it uses its own console: nothing is shared with the app's.
    """
    from rich.console import Console

    console = Console(file=io.StringIO(), width=width, color_system="truecolor",
                      force_terminal=True, legacy_windows=False, emoji=False)
    markdown = _markdown()(ANCHOR.sub(r"\1", text),
                           code_theme="ansi_dark" if dark else "ansi_light", hyperlinks=False)
    return console.render_lines(markdown, console.options.update(width=width), pad=False)


Request = Callable[[Callable[[Design], None]], None]
"""Asks for a copy of the design (a `Design` nobody edits), handed to the callback on the UI
thread once made."""

class Preview(Steady, ScrollView, can_focus=True):
    """Markdown of the stage's output, rebuilt off the UI thread after a short quiet time."""

    HELP = "**Preview** of what this stage produces. Toggle it with **f2**."
    DEFAULT_CSS = """
    Preview { overflow-x: hidden; scrollbar-gutter: stable; }
    """

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._timer: Timer | None = None
        self._pending: tuple[Request, Stage] | None = None
        self._started: tuple[Request, Stage] | None = None
        self._job = giveway.Job()
        self._lines: list[Strip] = []
        self._width = 0
        self.text = ""
        """The Markdown shown."""

    def schedule(self, copy: Request, stage: Stage,
                 delay: float = DELAY) -> None:
        """Rebuild the preview once changes stop for `delay` seconds (only while shown).

        `copy` asks for a copy of the design when the rebuild starts and hands it over on the
        UI thread once made (designer.tui.copier): the worker renders from it while the UI
        thread keeps editing the original.
        """
        self._pending = (copy, stage)
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

    def on_resize(self, event: Resize) -> None:
        """Lines are cut to the width: a new width needs new lines."""
        if self._text_width() != self._width and self.text:
            self._build(None, self.text, self._text_width(), self.app.current_theme.dark)

    def _text_width(self) -> int:
        # The gutter is reserved (scrollbar-gutter: stable): a scrollbar appearing once the
        # lines arrive must not make them too wide.
        return max(self.scrollable_content_region.width, 20)

    def _start(self) -> None:
        if self._pending is None:
            return
        copy, stage = self._pending
        self._pending = None
        self._started = (copy, stage)
        copy(lambda design: self._build((design, stage), "", self._text_width(),
                                        self.app.current_theme.dark))

    def _build(self, source: tuple[Design, Stage] | None, text: str, width: int,
               dark: bool) -> None:
        """Render in a thread worker (the newest build cancels an older one). Started with
        `run_worker` rather than `@work`, which describes each worker by the `repr` of its
        arguments: for a large design's copy that took longer on the UI thread than a key."""
        self.run_worker(lambda: self._render(source, text, width, dark), name="preview",
                        description="render the preview", thread=True, exclusive=True,
                        group="preview", exit_on_error=False)

    def _render(self, source: tuple[Design, Stage] | None, text: str, width: int,
                dark: bool) -> None:
        # What the rendering imports, imported before it may be stopped (see `giveway`).
        with contextlib.suppress(ImportError):
            import designer.export.openapi
            import designer.export.preview
            import designer.review.plan  # noqa: F401 - registers the review rules once
        _markdown()

        def work() -> tuple[str, list[list[Segment]]]:
            shown = text if source is None else render_preview(*source)
            return shown, render_lines(shown, width, dark)

        done = self._job.run(work)
        if done is None:  # a key came: render again once the user pauses
            self.app.call_from_thread(self._gave_way, source is not None)
        elif not get_current_worker().is_cancelled:
            self.app.call_from_thread(self._show, *done, width)

    def _gave_way(self, from_design: bool) -> None:
        if not from_design:
            self.set_timer(DELAY, self._theme_changed)  # the same text, rendered again
        elif self._pending is None and self._started is not None:
            self.schedule(*self._started)

    def _show(self, text: str, lines: list[list[Segment]], width: int) -> None:
        self.text = text
        self._width = width
        self._lines = [Strip(line) for line in lines]
        self.virtual_size = Size(width, len(self._lines))
        self.refresh()

    def on_mount(self) -> None:
        """A theme change alters the code colours: render again then."""
        self.watch(self.app, "theme", self._theme_changed, init=False)

    def _theme_changed(self) -> None:
        if self.text:
            self._build(None, self.text, self._text_width(), self.app.current_theme.dark)

    def render_line(self, y: int) -> Strip:
        """One line of the rendered Markdown, on the widget's own background."""
        index = self.scroll_offset.y + y
        width = self.scrollable_content_region.width
        base = self.rich_style
        if not 0 <= index < len(self._lines):
            return Strip.blank(width, base)
        line = self._lines[index].apply_style(Style(bgcolor=base.bgcolor, color=base.color))
        return line.extend_cell_length(width, base).crop(0, width)
