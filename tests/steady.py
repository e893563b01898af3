"""Wait for a Textual screen to stop changing before a snapshot is taken."""

from __future__ import annotations

from typing import Any

import pytest
from textual.pilot import Pilot


async def steady_screen(pilot: Pilot[Any], tries: int = 50) -> None:
    """Wait until two pictures taken 0.1 s apart agree: on a loaded machine a table's column
    widths or a scroll can still be settling after the workers are done.

    A screen still changing after `tries` pictures fails the test: a snapshot taken then
    would show one moment of a moving screen, and pass or fail by luck.
    """
    before = pilot.app.export_screenshot()
    for _ in range(tries):
        await pilot.pause(0.1)
        now = pilot.app.export_screenshot()
        if now == before:
            return
        before = now
    pytest.fail(f"the screen kept changing for {tries / 10:g} s; no snapshot taken")
