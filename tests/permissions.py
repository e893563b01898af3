"""Permission modes that hold for root too, so permission cases run in containers and CI.

Root reads and writes whatever the modes say; most CI jobs and containers run as root, where a
test that relies on `chmod` either skips or proves nothing. `honour_modes` makes the process's
own opening calls check the modes first and refuse with the `PermissionError` the kernel gives
every other user. Only the mode bits of the owner, group and others are looked at (any of them
granting is enough), which is all these tests need.
"""

from __future__ import annotations

import builtins
import errno
import io
import os
from typing import Any

import pytest

_READ, _WRITE = 0o444, 0o222


def _denied(path: Any, bits: int) -> bool:
    try:
        mode = os.stat(path).st_mode
    except (OSError, TypeError, ValueError):
        return False  # missing or not a path: the real call decides
    return not mode & bits


def _check(path: Any, writing: bool, creating: bool) -> None:
    if isinstance(path, int):
        return  # an open descriptor: already checked when it was opened
    path = os.fspath(path)
    if creating and not os.path.exists(path):
        target, bits = os.path.dirname(os.path.abspath(path)), _WRITE
    else:
        target, bits = path, _WRITE if writing else _READ
    if _denied(target, bits):
        raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), path)


def honour_modes(monkeypatch: pytest.MonkeyPatch) -> None:
    """Until the test ends, opening a file or listing a folder refuses what its mode forbids."""
    real_os_open, real_scandir, real_open = os.open, os.scandir, io.open

    def os_open(path: Any, flags: int, *args: Any, **kwargs: Any) -> int:
        if "dir_fd" not in kwargs:
            writing = bool(flags & (os.O_WRONLY | os.O_RDWR))
            _check(path, writing, bool(flags & os.O_CREAT))
        return real_os_open(path, flags, *args, **kwargs)

    def scandir(path: Any = ".") -> Any:
        _check(path, writing=False, creating=False)
        return real_scandir(path)

    def open_(file: Any, mode: str = "r", *args: Any, **kwargs: Any) -> Any:
        writing = any(c in mode for c in "wax+")
        _check(file, writing, creating=any(c in mode for c in "wax"))
        return real_open(file, mode, *args, **kwargs)

    monkeypatch.setattr(os, "open", os_open)
    monkeypatch.setattr(os, "scandir", scandir)
    monkeypatch.setattr(io, "open", open_)
    monkeypatch.setattr(builtins, "open", open_)
