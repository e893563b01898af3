"""The recent-sessions index: which design files the user opened, newest first.

The index only lists paths; name, last change and stages done are read from each file when
listed, so the index never holds a second copy of a design's facts.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

import yaml

from designer import paths, yamlio
from designer.atomic import write_atomic
from designer.errors import DesignerError

if TYPE_CHECKING:
    from designer.model.design import Design

LIMIT = 20
"""How many sessions the index keeps."""


@dataclass(frozen=True)
class RecentEntry:
    """One design in the recent list, as it is on disk now."""

    path: Path
    """Absolute path of the design file."""
    opened: str
    """When designer last opened it (ISO 8601, UTC)."""
    name: str = ""
    """The design's name, when the file could be read."""
    modified: datetime | None = None
    """Last change of the file, when it exists."""
    stages_done: int = 0
    """Stages marked done."""
    problem: str = ""
    """Why the file cannot be opened, or empty."""

    @property
    def stages_total(self) -> int:
        """Number of stages."""
        from designer.model.progress import Stage

        return len(Stage)


def _read_index() -> list[dict[str, str]]:
    path = paths.recent_index_path()
    try:
        data = yamlio.load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError, yamlio.UnsafeYaml):
        # A missing or damaged index only loses the list of recent files, never a design.
        return []
    if not isinstance(data, list):
        return []
    return [
        {"path": str(item["path"]), "opened": str(item.get("opened", ""))}
        for item in data
        if isinstance(item, dict) and isinstance(item.get("path"), str)
    ]


def _write_index(items: list[dict[str, str]]) -> None:
    path = paths.recent_index_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomic(path, yamlio.dump(items))


def remember(design_path: Path) -> None:
    """Put `design_path` at the top of the recent list. Failing to do so is not an error."""
    key = str(design_path.resolve())
    now = datetime.now(UTC).replace(microsecond=0).isoformat()
    items = [i for i in _read_index() if i["path"] != key]
    items.insert(0, {"path": key, "opened": now})
    with contextlib.suppress(OSError):
        _write_index(items[:LIMIT])


def forget(design_path: Path) -> None:
    """Remove `design_path` from the recent list (the file itself is not touched)."""
    key = str(design_path.resolve())
    items = [i for i in _read_index() if i["path"] != key]
    with contextlib.suppress(OSError):
        _write_index(items)


def entries() -> list[RecentEntry]:
    """The recent designs, newest first, each read from disk now."""
    return [_entry(Path(i["path"]), i["opened"]) for i in _read_index()]


def _entry(path: Path, opened: str) -> RecentEntry:
    # Imported here: the store builds the whole model, which the app's first frame must not wait
    # for (the welcome screen lists recent designs from a worker thread).
    from designer import store

    try:
        design: Design = store.load(path)
    except DesignerError as error:
        return RecentEntry(path=path, opened=opened, problem=_reason(str(error), path))
    modified = datetime.fromtimestamp(path.stat().st_mtime, tz=UTC)
    return RecentEntry(
        path=path,
        opened=opened,
        name=design.name,
        modified=modified,
        stages_done=design.progress.done_count(),
    )


def _reason(message: str, path: Path) -> str:
    prefix = f"{path}: "
    return message[len(prefix) :] if message.startswith(prefix) else message
