"""Fixtures shared by every test: isolation from the real home directory."""

from __future__ import annotations

import inspect
import os
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings

# Private PostgreSQL and MariaDB servers for the SQL tests (started only when a test asks).
pytest_plugins = ["sql_servers"]

# Times are shown in local time: pin the zone so that pictures and outputs agree everywhere.
os.environ["TZ"] = "UTC"
time.tzset()

# In CI every run draws fresh examples and prints how to reproduce a failure; a database of
# failures kept from an earlier run must never replay there unannounced.
settings.register_profile("ci", database=None, print_blob=True, deadline=None)
# A long search with fresh examples, for property tests that fix their examples otherwise (the
# random-design round trips): HYPOTHESIS_PROFILE=deep pytest … --hypothesis-seed=N.
settings.register_profile("deep", database=None, print_blob=True, deadline=None,
                          max_examples=2000)
# Off CI, Hypothesis keeps its database of failures but, like CI, times no example: speed is
# measured in benchmarks, and a loaded machine must not fail a correct property.
settings.register_profile("dev", deadline=None)
if os.environ.get("HYPOTHESIS_PROFILE"):
    settings.load_profile(os.environ["HYPOTHESIS_PROFILE"])
elif os.environ.get("CI"):
    settings.load_profile("ci")
else:
    settings.load_profile("dev")


@pytest.fixture(autouse=True)
def designer_home(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Path]:
    """Point DESIGNER_HOME at a fresh folder so no test reads or writes the real one."""
    home = tmp_path_factory.mktemp("designer-home")
    monkeypatch.setenv("DESIGNER_HOME", str(home))
    yield home


@pytest.fixture(autouse=True)
def lasting_toasts(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """In a snapshot test every toast stays until the picture is taken: a loaded CI machine
    once took longer than a toast's 12 s between showing it and taking the picture, and the
    picture then showed a screen without it."""
    if "snap_compare" not in request.fixturenames:
        return
    from textual.app import App

    shown = App.notify

    def lasting(self: App[object], message: str, **options: object) -> None:
        options["timeout"] = 3600
        shown(self, message, **options)  # type: ignore[arg-type]

    monkeypatch.setattr(App, "notify", lasting)


@pytest.fixture
def no_blink(monkeypatch: pytest.MonkeyPatch) -> None:
    """Steady cursors in the app's inputs and text areas: a snapshot or a read of the screen
    sees the same frame whenever it is taken (app tests: `usefixtures("no_blink")`)."""
    from textual.widgets import Input, TextArea

    monkeypatch.setattr(Input, "cursor_blink", False)
    monkeypatch.setattr(TextArea, "cursor_blink", False)


# Tests that compare against bytes made with the exact releases of tests/constraints.txt
# (Textual snapshots, golden files, the committed example exports, the pins themselves). The
# CI runs on the lowest allowed and on the newest releases leave them out: `-m "not pinned"`.
_PINNED_CALLS = ("snap_compare", "check_file(", "check_tree(", "committed")
_PINNED_TESTS = {"test_what_snapshots_and_goldens_read_is_pinned_and_installed",
                 # pydantic's schema generation differs between releases (2.7 and 2.14 do)
                 "test_the_shipped_schema_is_the_models"}


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark `pinned` every test that compares against pinned-release bytes."""
    for item in items:
        function = getattr(item, "function", None)
        try:
            source = inspect.getsource(function) if function is not None else ""
        except (OSError, TypeError):
            source = ""
        if (item.originalname if isinstance(item, pytest.Function) else item.name) \
                in _PINNED_TESTS or "snap_compare" in getattr(item, "fixturenames", ()) \
                or any(call in source for call in _PINNED_CALLS):
            item.add_marker(pytest.mark.pinned)
