"""The designer terminal app: wiring only. Screens, widgets and commands live beside it."""

from __future__ import annotations

import asyncio
import contextlib
import os
import signal
from collections.abc import Iterable
from pathlib import Path
from typing import Any, ClassVar

from textual import events
from textual.app import App, SystemCommand
from textual.binding import Binding, BindingType
from textual.screen import Screen

from designer import collector
from designer.tui import giveway
from designer.tui.keygate import KeyDone, KeyGate, ScreenReady
from designer.tui.screens.welcome import WelcomeScreen

CLOSING_SIGNALS = ("SIGHUP", "SIGTERM", "SIGINT")
"""Signals after which designer saves pending edits and ends."""

DARK = "textual-dark"
"""Theme used by default and by the snapshot tests."""


class DesignerApp(App[int]):
    """Design a backend stage by stage; every change is saved as it happens."""

    TITLE = "designer"
    # The app's and the welcome screen's styles; the design screen's are added when the first
    # design is opened (`design_screen`): parsed up front, they were 17 million instructions,
    # 6%, of the welcome screen's first frame.
    CSS_PATH: ClassVar = ["app.tcss", "screens/welcome.tcss"]
    DESIGN_CSS = Path(__file__).resolve().parent / "screens" / "design.tcss"
    """The design screen's styles."""
    ENABLE_COMMAND_PALETTE = True
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("f1", "help", "Help", id="app.help", tooltip="Keys of this screen and help "
                "for the focused field"),
        Binding("ctrl+q", "quit", "Quit", id="app.quit", priority=True,
                tooltip="Save everything and quit"),
    ]

    def __init__(self, path: Path | None, *, theme: str = DARK, lang: str = "en",
                 autosave_delay: float = 0.5, loaded: tuple[Any, Any] | None = None,
                 remember_theme: bool = False) -> None:
        super().__init__()
        self.start_path = path
        """Design opened at start, or None for the welcome screen."""
        self._loaded = loaded
        """(design, stamp) of `start_path` already read by the command line: not read twice."""
        self.lang = lang
        """Language of questionnaire texts."""
        self.autosave_delay = autosave_delay
        """Seconds of quiet after a change before it is written."""
        # Set before the theme, whose watcher reads it (a remembered theme other than the
        # default made `designer` fail at start), and off meanwhile: the theme given is not a
        # pick to write back.
        self.remember_theme = False
        self.theme = theme
        self.remember_theme = remember_theme
        """Whether a theme picked here is kept for the next start (the CLI's app does)."""
        self._previous_handlers: dict[int, Any] = {}
        self._keys = KeyGate(self)

    async def on_event(self, event: events.Event) -> None:
        """Keys one at a time (see `keygate`): typed ahead, they land where they were aimed."""
        key = isinstance(event, events.Key) and not event.is_forwarded
        if key:
            giveway.user_input()  # background work stops for the key (see `giveway`)
        if key and not self._keys.admit(event):  # type: ignore[arg-type]
            return
        await super().on_event(event)
        if key:
            self._keys.sent(event)  # type: ignore[arg-type]

    def on_key_done(self, message: KeyDone) -> None:
        """The key before was handled all the way."""
        self._keys.done(message.key)

    def on_screen_ready(self, message: ScreenReady) -> None:
        """The screen on top has settled: the next key may go."""
        self._keys.ready(message.key)

    def watch_theme(self, theme: str) -> None:
        """Keep the theme picked (in Textual's theme picker or elsewhere) for the next start."""
        if self.remember_theme:
            from designer import settings

            settings.remember("theme", theme)

    def on_mount(self) -> None:
        """Show the design given on the command line, else the welcome screen."""
        # Pushed rather than returned from get_default_screen: a pushed screen can later be
        # replaced with switch_screen (welcome → design → welcome).
        start = WelcomeScreen() if self.start_path is None else self.design_screen(self.start_path)
        self.push_screen(start)
        self.call_after_refresh(collector.started)  # the first frame is painted: collect again
        # A closed terminal window (SIGHUP), `kill` or a shutdown (SIGTERM) and an interrupt
        # (SIGINT) must lose nothing: each saves pending edits before designer ends.
        for name in CLOSING_SIGNALS:
            number = getattr(signal, name, None)
            if number is None:
                continue  # not on this platform
            with contextlib.suppress(ValueError):  # not the main thread (some test runners)
                self._previous_handlers[number] = signal.signal(number, self._closing_signal)

    def _closing_signal(self, number: int, _frame: Any) -> None:
        """Save now, then end with 128 + the signal's number.

        After SIGHUP the terminal is gone, so nothing can be drawn or restored: leave at once.
        After SIGTERM or SIGINT the terminal is still there: exit the normal way, which gives it
        back in the state it was in.
        """
        for screen in self.screen_stack:
            rescue = getattr(screen, "save_on_hangup", None)
            if rescue is not None:
                rescue()
        code = 128 + number
        if number == getattr(signal, "SIGHUP", None):
            os._exit(code)
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            os._exit(code)  # the loop is not running any more: nothing left to wind down
        loop.call_soon_threadsafe(lambda: self.exit(code, return_code=code))

    def on_unmount(self) -> None:
        """Give the signals back to whoever had them (tests run many apps in one process)."""
        for number, previous in self._previous_handlers.items():
            with contextlib.suppress(ValueError, TypeError):
                signal.signal(number, previous)
        self._previous_handlers.clear()

    def design_screen(self, path: Path) -> Screen[Any]:
        """Load `path` and return the design screen for it (raises DesignerError)."""
        # Imported here: the welcome screen does not need the forms, the questionnaire engine
        # or the preview, and the first frame must be quick.
        from designer import recent, store
        from designer.tui.screens.design import DesignScreen

        loaded, self._loaded = self._loaded, None
        design, stamp = loaded if loaded is not None and path == self.start_path \
            else store.load_stamped(path)
        recent.remember(path)
        self._add_design_css()
        return DesignScreen(design, path, stamp)

    def _add_design_css(self) -> None:
        """Add the design screen's styles to the app's, once.

        Read as Textual reads the app's CSS_PATH, after the sources it holds, so the rules rank
        as they did when the file was in CSS_PATH (all its selectors name the design screen or
        its own widgets). Not a screen's CSS_PATH: Textual skips that when the screen is the
        app's default screen, and reparses every source (with every widget's) when one is
        pushed; here only this file is parsed.
        """
        path = str(self.DESIGN_CSS)
        if self.stylesheet.has_source(path):
            return
        self.stylesheet.read(path)
        if self.css_monitor is not None:  # `textual run --dev`: edits to the file show live
            self.css_monitor.add_paths([self.DESIGN_CSS])
        self.stylesheet.update(self)  # nodes already mounted (none of them match its rules)

    def open_design(self, path: Path) -> bool:
        """Switch to the design at `path`; tell the user and return False when it cannot."""
        from designer.errors import DesignerError

        try:
            screen = self.design_screen(path)
        except DesignerError as error:
            self.notify(str(error), title="Cannot open", severity="error", timeout=8)
            return False
        self.switch_screen(screen)
        return True

    @property
    def design(self) -> Any:
        """The open design, or None on the welcome screen (used by tests and the palette)."""
        return getattr(self.screen, "design", None)

    def action_help(self) -> None:
        """Show the help generated from the bindings and the focused widget."""
        from designer.tui.screens.help import HelpScreen

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen(self.screen))

    async def action_quit(self) -> None:
        """Flush any pending save, then quit."""
        flush = getattr(self.screen, "flush", None)
        if flush is not None and not flush():
            return  # the screen asked the user what to do with unsaved work
        self.exit(0)

    def get_system_commands(self, screen: Screen[Any]) -> Iterable[SystemCommand]:
        """Textual's own commands (theme picker, keys panel, screenshot, maximize, quit), then
        designer's, named "category: verb"."""
        yield from super().get_system_commands(screen)
        yield SystemCommand("help: keys and help", "Show the help screen", self.action_help)
        yield SystemCommand("app: quit", "Save and quit designer", self.action_quit)


def remembered_theme() -> str:
    """The theme picked last time, when it is still one of Textual's; else the default."""
    from textual.theme import BUILTIN_THEMES

    from designer import settings

    theme = settings.load().get("theme")
    return theme if isinstance(theme, str) and theme in BUILTIN_THEMES else DARK


def make_app(path: Path | None, *, theme: str = DARK, lang: str = "en",
             autosave_delay: float = 0.5, loaded: tuple[Any, Any] | None = None,
             remember_theme: bool = False) -> DesignerApp:
    """The one factory of the app, used by the CLI and by the tests.

    Args:
        path: design file to open at once, or None for the welcome screen.
        theme: Textual theme name.
        lang: language of questionnaire texts.
        autosave_delay: debounce of the autosave in seconds.
        loaded: `store.load_stamped(path)` when the caller has read the file already.
        remember_theme: keep a theme picked in the app for the next start.
    """
    return DesignerApp(path, theme=theme, lang=lang, autosave_delay=autosave_delay,
                       loaded=loaded, remember_theme=remember_theme)
