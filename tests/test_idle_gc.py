"""designer.tui.idle_gc: while a design is open, Python collects only the young generation by
itself; the older ones wait for a moment without keys (or until long overdue)."""

from __future__ import annotations

import gc
import time
from collections.abc import Iterator

import pytest

from designer.tui import giveway, idle_gc


@pytest.fixture
def collections(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The generations collected (none really: each test sets the counts)."""
    done: list[int] = []
    monkeypatch.setattr(gc, "collect", lambda generation=2: done.append(generation) or 0)
    return done


def _counts(monkeypatch: pytest.MonkeyPatch, counts: tuple[int, int, int]) -> None:
    monkeypatch.setattr(gc, "get_count", lambda: counts)


def _quiet(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(giveway, "_handling", False)
    monkeypatch.setattr(giveway, "_last_key", time.monotonic() - idle_gc.IDLE - 0.1)


@pytest.fixture(autouse=True)
def _keys_handled() -> Iterator[None]:
    yield
    giveway.handled()  # no key of a test left in flight for the next one


def test_older_generations_wait_while_keys_come(monkeypatch: pytest.MonkeyPatch,
                                                collections: list[int]) -> None:
    _counts(monkeypatch, (0, idle_gc.OLDER, idle_gc.OLDER))
    giveway.user_input()
    assert idle_gc.IdleCollector().collect_if_idle() is None
    assert collections == []


def test_a_quiet_moment_collects_the_generation_due(monkeypatch: pytest.MonkeyPatch,
                                                    collections: list[int]) -> None:
    _quiet(monkeypatch)
    collector = idle_gc.IdleCollector()
    _counts(monkeypatch, (5000, idle_gc.OLDER - 1, 0))
    assert collector.collect_if_idle() is None  # nothing due: the young are Python's
    _counts(monkeypatch, (0, idle_gc.OLDER, 0))
    assert collector.collect_if_idle() == 1
    _counts(monkeypatch, (0, idle_gc.OLDER, idle_gc.OLDER))
    assert collector.collect_if_idle() == 2
    assert collections == [1, 2]


def test_long_overdue_collects_between_two_keys_never_during_one(
        monkeypatch: pytest.MonkeyPatch, collections: list[int]) -> None:
    _counts(monkeypatch, (0, idle_gc.MOST, 0))
    giveway.user_input()
    assert idle_gc.IdleCollector().collect_if_idle() is None  # the key is being handled
    giveway.handled()
    monkeypatch.setattr(giveway, "_last_key", time.monotonic() - giveway.QUIET)
    assert idle_gc.IdleCollector().collect_if_idle() == 1
    assert collections == [1]


def test_python_collects_only_the_young_while_a_design_is_open(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Real collections: with the screen's thresholds, allocating many young collections'
    worth leaves the older ones to the timer, which collects them once it is quiet."""
    threshold = gc.get_threshold()
    gc.set_threshold(idle_gc.YOUNG, idle_gc.NEVER, idle_gc.NEVER)
    try:
        gc.collect()
        kept = [[n] for n in range(idle_gc.YOUNG * (idle_gc.OLDER + 2))]
        young, middle, _ = gc.get_count()
        assert young < idle_gc.YOUNG and middle >= idle_gc.OLDER  # only young collections ran
        _quiet(monkeypatch)
        assert idle_gc.IdleCollector().collect_if_idle() in (1, 2)
        assert gc.get_count()[1] < idle_gc.OLDER
        assert len(kept) == idle_gc.YOUNG * (idle_gc.OLDER + 2)
    finally:
        gc.set_threshold(*threshold)
