"""The recent-sessions index: which design files the user opened, newest first.

The index only lists paths; name, last change and stages done are read from each file when
listed, so the index never holds a second copy of a design's facts.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml

from designer import bounded, paths, yamlio
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
    stages_total: int = 0
    """Stages there are."""
    problem: str = ""
    """Why the file cannot be opened, or empty."""


def _read_index() -> list[dict[str, Any]]:
    path = paths.recent_index_path()
    try:
        data = yamlio.load(bounded.read_regular(path, 1 << 20).decode("utf-8"))
    except (OSError, bounded.Refused, UnicodeDecodeError, yaml.YAMLError, yamlio.UnsafeYaml):
        # A missing or damaged index only loses the list of recent files, never a design.
        return []
    if not isinstance(data, list):
        return []
    items: list[dict[str, Any]] = []
    for item in data:
        if not (isinstance(item, dict) and isinstance(item.get("path"), str)):
            continue
        kept: dict[str, Any] = {"path": item["path"], "opened": str(item.get("opened", ""))}
        summary = item.get("summary")
        if _valid(summary):
            kept["summary"] = summary
        items.append(kept)
    return items


def _valid(summary: object) -> bool:
    """A summary as `entries` writes it (the index is a file anyone can edit)."""
    if not isinstance(summary, dict) or set(summary) != set(SUMMARY):
        return False
    types = {"stamp": str, "name": str, "done": int, "total": int}
    return all(type(summary[k]) is t for k, t in types.items())


def _write_index(items: list[dict[str, Any]]) -> None:
    path = paths.recent_index_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomic(path, yamlio.dump(items))


def remember(design_path: Path) -> None:
    """Put `design_path` at the top of the recent list. Failing to do so is not an error."""
    key = str(design_path.resolve())
    now = datetime.now(UTC).replace(microsecond=0).isoformat()
    items = [i for i in _read_index() if i["path"] != key]
    items.insert(0, {"path": key, "opened": now})  # read again (and summarised) when listed
    with contextlib.suppress(OSError):
        _write_index(items[:LIMIT])


def forget(design_path: Path) -> None:
    """Remove `design_path` from the recent list (the file itself is not touched)."""
    key = str(design_path.resolve())
    items = [i for i in _read_index() if i["path"] != key]
    with contextlib.suppress(OSError):
        _write_index(items)


def entries() -> list[RecentEntry]:
    """The recent designs, newest first, as they are on disk now.

    A design unchanged since it was last listed is described from the summary kept in the
    index (name, stages done), so that listing does not parse every file on every launch; a
    changed, gone or unreadable one is read again and its summary updated.
    """
    items = _read_index()
    found: list[RecentEntry] = []
    changed = False
    for item in items:
        entry, summary = _entry(Path(item["path"]), item["opened"], item.get("summary"))
        if summary != item.get("summary"):
            item["summary"] = summary
            changed = True
        found.append(entry)
    if changed:
        with contextlib.suppress(OSError):
            _write_index([{k: v for k, v in i.items() if v is not None} for i in items])
    return found


SUMMARY = ("stamp", "name", "done", "total")
"""What the index remembers of a design it listed; `stamp` tells whether the file changed."""


def _stamp(path: Path) -> str | None:
    """Changes whenever the file's content or permissions change; None when it is gone."""
    try:
        info = path.stat()
    except OSError:
        return None
    return f"{info.st_mtime_ns}:{info.st_ctime_ns}:{info.st_size}"


def _entry(path: Path, opened: str,
           summary: dict[str, Any] | None) -> tuple[RecentEntry, dict[str, Any] | None]:
    """The entry of one design and the summary to keep for it (None: keep none)."""
    stamp = _stamp(path)
    if stamp is None or summary is None or summary["stamp"] != stamp:
        # Imported here: the store builds the whole model, which the app's first frame must
        # not wait for (the welcome screen lists recent designs from a worker thread).
        from designer import store
        from designer.model.progress import Stage

        try:
            design: Design = store.load(path)
        except DesignerError as error:
            return RecentEntry(path=path, opened=opened, problem=_reason(str(error), path)), None
        summary = {"stamp": stamp, "name": design.name, "done": design.progress.done_count(),
                   "total": len(Stage)}
    entry = RecentEntry(path=path, opened=opened, name=summary["name"],
                        modified=_modified(stamp) if stamp else None,
                        stages_done=summary["done"], stages_total=summary["total"])
    return entry, summary if stamp is not None else None


def _modified(stamp: str) -> datetime:
    return datetime.fromtimestamp(int(stamp.split(":")[0]) / 1e9, tz=UTC)


def _reason(message: str, path: Path) -> str:
    prefix = f"{path}: "
    return message[len(prefix) :] if message.startswith(prefix) else message
