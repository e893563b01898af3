"""Accepting a review finding in the app: the reason asked for, written into the design."""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import Any

import pytest
from test_tui_app import sync
from textual.pilot import Pilot
from textual.widgets import OptionList
from textual.worker import WorkerCancelled, WorkerError

from designer import store
from designer.model.design import Design
from designer.tui.app import make_app
from designer.tui.screens.accept_dialog import AcceptDialog

pytestmark = pytest.mark.usefixtures("no_blink")


def limitless(tmp_path: Path) -> Path:
    """A design with endpoints and no API rate limit (API-010) among a few findings."""
    from test_review_fixtures import good_design

    design = good_design()
    design.api.rate_limit = None
    path = tmp_path / "Shop.design.yaml"
    store.save(design, path)
    return path


async def settle(pilot: Pilot[Any], app: Any) -> None:
    await pilot.pause(0.15)
    for worker in list(app.workers):
        if worker.group in {"autosave", "copy", "preview", "problems", "export", "recent"}:
            with contextlib.suppress(WorkerCancelled, WorkerError):  # replaced by a newer one
                await worker.wait()
    await pilot.pause()


@sync
async def test_accept_asks_a_reason_and_saves_it_in_the_design(tmp_path: Path) -> None:
    path = limitless(tmp_path)
    app = make_app(path, autosave_delay=0.01)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot, app)
        await pilot.press("ctrl+r")
        await settle(pilot, app)
        listing = app.screen.query_one("#findings", OptionList)
        listing.focus()
        listing.highlighted = 0
        await pilot.press("a")
        await settle(pilot, app)
        assert isinstance(app.screen, AcceptDialog)
        await pilot.press("enter")  # no reason yet: refused inside the dialog
        assert isinstance(app.screen, AcceptDialog)
        await pilot.press(*"gateway limits", "tab", *"2031-01-31", "enter")
        await settle(pilot, app)
        assert not isinstance(app.screen, AcceptDialog)
        design: Design = app.screen.design
        [accepted] = design.review.accepted
        assert (accepted.rule, accepted.location) == ("API-010", "api.rate_limit")
        assert accepted.reason == "gateway limits"
        assert accepted.expires is not None and accepted.expires.isoformat() == "2031-01-31"
        panel_findings = app.screen.form.findings
        assert [f.accepted for f in panel_findings] == ["gateway limits"]
        app.screen.action_save()
        await settle(pilot, app)
    assert store.load(path).review.accepted == [accepted]
