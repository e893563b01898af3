"""Fixtures shared by every test: isolation from the real home directory."""

from __future__ import annotations

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
if os.environ.get("CI"):
    settings.load_profile("ci")


@pytest.fixture(autouse=True)
def designer_home(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Path]:
    """Point DESIGNER_HOME at a fresh folder so no test reads or writes the real one."""
    home = tmp_path_factory.mktemp("designer-home")
    monkeypatch.setenv("DESIGNER_HOME", str(home))
    yield home
