"""A marker that a design is open in a designer app, so that a second app on it can say so.

The marker lives in designer's own data folder (never beside the design, where it would show up
in `git status`), named after the design's real path, and holds the owner's process id and host.
A marker whose process is gone (a crash, a kill -9) is simply taken over.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import socket
from dataclasses import dataclass
from pathlib import Path

from designer import bounded, paths
from designer.atomic import write_atomic


@dataclass(frozen=True)
class Holder:
    """Who has a design open."""

    pid: int
    host: str


def marker_path(design: Path) -> Path:
    """Where the marker of `design` is kept."""
    key = hashlib.sha256(os.fsencode(os.path.realpath(design))).hexdigest()[:32]
    return paths.data_home() / "open" / f"{key}.json"


def _read(marker: Path) -> Holder | None:
    try:
        data = json.loads(bounded.read_regular(marker, 4096))
        return Holder(int(data["pid"]), str(data["host"]))
    except (OSError, bounded.Refused, ValueError, KeyError, TypeError):
        return None


def _alive(holder: Holder) -> bool:
    if holder.host != socket.gethostname():
        return True  # another machine (a shared folder): it cannot be checked, assume so
    try:
        os.kill(holder.pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # someone else's process
    return True


def claim(design: Path) -> Holder | None:
    """Mark `design` as open here; when another live designer has it open, leave its marker
    and return it."""
    marker = marker_path(design)
    holder = _read(marker)
    if holder is not None and holder.pid != os.getpid() and _alive(holder):
        return holder
    with contextlib.suppress(OSError):  # a marker is a courtesy: never stop editing for it
        marker.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(marker, json.dumps({"pid": os.getpid(), "host": socket.gethostname()}))
    return None


def release(design: Path) -> None:
    """Remove this process's marker of `design` (another process's is left alone)."""
    marker = marker_path(design)
    holder = _read(marker)
    if holder is not None and holder.pid == os.getpid() and holder.host == socket.gethostname():
        with contextlib.suppress(OSError):
            marker.unlink()


def holder(design: Path) -> Holder | None:
    """The live designer that has `design` open, if any (this process included)."""
    found = _read(marker_path(design))
    return found if found is not None and _alive(found) else None
