"""designer.collector.starting/started: the app starts with the collector off and turns it
back on, with what its start made frozen, once its first frame is painted."""

from __future__ import annotations

import asyncio
import gc
from collections.abc import Iterator
from pathlib import Path

import pytest

from designer import collector
from designer.tui.app import make_app


@pytest.fixture(autouse=True)
def _collector_restored() -> Iterator[None]:
    yield
    collector.started()  # a test that failed midway leaves no collector off behind it
    gc.unfreeze()
    gc.enable()


def test_the_collector_is_off_until_started_then_frozen_and_on() -> None:
    frozen = gc.get_freeze_count()
    collector.starting()
    assert not gc.isenabled()
    collector.started()
    assert gc.isenabled()
    assert gc.get_freeze_count() > frozen


def test_started_leaves_alone_a_collector_starting_did_not_turn_off() -> None:
    gc.disable()  # off by someone else (an embedding program): not ours to turn on
    collector.starting()
    collector.started()
    assert not gc.isenabled()


def test_the_app_turns_the_collector_back_on_after_its_first_frame(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DESIGNER_HOME", str(tmp_path))
    collector.starting()
    app = make_app(None)
    seen: list[bool] = []

    async def run() -> None:
        async with app.run_test() as pilot:
            await pilot.pause()
            seen.append(gc.isenabled())

    asyncio.run(run())
    assert seen == [True]
