"""Snapshot settling fails loudly on a screen that never stops changing."""

from __future__ import annotations

import asyncio
import itertools

import pytest
from steady import steady_screen
from textual.app import App, ComposeResult
from textual.widgets import Static


class Ticking(App[None]):
    """A counter that changes every 50 ms for ever, or stays put when `still`."""

    def __init__(self, still: bool) -> None:
        super().__init__()
        self.still = still
        self.count = itertools.count()

    def compose(self) -> ComposeResult:
        yield Static("0", id="n")

    def on_mount(self) -> None:
        if not self.still:
            self.set_interval(0.05, self.tick)

    def tick(self) -> None:
        self.query_one("#n", Static).update(str(next(self.count)))


async def _settle(still: bool) -> None:
    app = Ticking(still)
    async with app.run_test() as pilot:
        await steady_screen(pilot, tries=5)


def test_a_still_screen_settles() -> None:
    asyncio.run(_settle(still=True))


def test_a_screen_that_keeps_changing_fails_instead_of_being_pictured() -> None:
    with pytest.raises(pytest.fail.Exception, match=r"kept changing for 0\.5 s; no snapshot taken"):
        asyncio.run(_settle(still=False))
