"""Reading a user's file without trusting it: only regular files, never more than a limit.

`stat` alone is not enough: a FIFO or a character device (a design symlinked to `/dev/zero`,
which git can check out) reports size 0 and then blocks or never ends. The file is opened
non-blocking, checked with `fstat` on the open descriptor (no race with a swap in between) and
read to at most `limit + 1` bytes.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path


class Refused(Exception):
    """The path is not something designer reads; the message says what it is instead."""


def _kind(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "a directory"
    if stat.S_ISFIFO(mode):
        return "a FIFO (named pipe)"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    return "not a regular file"


def read_regular(path: Path, limit: int) -> bytes:
    """The bytes of the regular file at `path` (symlinks followed), at most `limit` of them.

    Raises:
        Refused: `path` is a directory, FIFO, socket or device, or holds more than `limit` bytes.
        OSError: it cannot be opened or read (missing, permission denied …).
    """
    info = os.stat(path)
    if not stat.S_ISREG(info.st_mode):
        raise Refused(f"is {_kind(info.st_mode)}, not a file")
    # O_NONBLOCK: if a FIFO is swapped in after the stat above, open returns instead of waiting
    # for a writer; fstat below then refuses it.
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise Refused(f"is {_kind(info.st_mode)}, not a file")
        if info.st_size > limit:
            raise Refused(_too_large(info.st_size, limit))
        chunks: list[bytes] = []
        remaining = limit + 1
        while remaining > 0:
            chunk = os.read(fd, min(remaining, 1 << 20))
            if not chunk:
                break
            chunks.append(chunk)
            remaining -= len(chunk)
    finally:
        os.close(fd)
    raw = b"".join(chunks)
    if len(raw) > limit:
        raise Refused(_too_large(len(raw), limit))
    return raw


def _too_large(size: int, limit: int) -> str:
    return f"is {size / 1_048_576:.1f} MB; at most {limit / 1_048_576:g} MB is read"
