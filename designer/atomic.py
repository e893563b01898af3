"""One way to write a file so that a crash leaves either the old or the new contents.

The new contents go to a temporary file beside the target and are renamed over it. A symlink is
written through: the file it points to is replaced, the link stays. The replaced file keeps its
permission bits (and, where allowed, its owner); a new file gets the usual 0666 less the umask,
as any editor would create it.
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
import stat
from pathlib import Path


def real_target(path: Path) -> Path:
    """The file a write to `path` should replace: the end of its symlink chain (which may not
    exist yet), or `path` itself."""
    return Path(os.path.realpath(path)) if path.is_symlink() else path


def _open_temp(folder: Path, name: str) -> tuple[int, Path]:
    """A new temporary file `.NAME.XXXXXXXX.tmp` in `folder`, opened for writing, with mode
    0666 less the umask (the kernel applies it; reading the umask is not thread-safe)."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0)
    for _ in range(100):
        temp = folder / f".{name}.{secrets.token_hex(4)}.tmp"
        try:
            return os.open(temp, flags, 0o666), temp
        except FileExistsError:
            continue
    raise FileExistsError(f"no free temporary name in {folder}")


def write_atomic(path: Path, data: str | bytes, mode: int | None = None) -> None:
    """Write `data` over `path` atomically: a temporary file in the same folder, fsynced,
    renamed over the target, and the folder fsynced so the rename itself is durable. Text is
    written as UTF-8 with LF.

    `mode` sets the permission bits; by default an existing target keeps its own and a new file
    follows the umask. Raises OSError (the temporary file is removed); the target is then
    untouched.
    """
    raw = data.encode("utf-8") if isinstance(data, str) else data
    target = real_target(path)
    try:
        before: os.stat_result | None = os.stat(target)
    except FileNotFoundError:
        before = None
    if before is not None and not stat.S_ISREG(before.st_mode):
        # Never replace a device, FIFO or folder (a design symlinked to /dev/zero, say).
        raise OSError(errno.EINVAL, f"{target} is not a regular file")
    fd, temp = _open_temp(target.parent, target.name)
    try:
        with os.fdopen(fd, "wb") as handle:
            if before is not None:
                # Keep the owner when allowed (root saving a user's file); else it is ours.
                with contextlib.suppress(OSError):
                    os.fchown(handle.fileno(), before.st_uid, before.st_gid)
            if mode is not None:
                os.fchmod(handle.fileno(), mode)
            elif before is not None:
                os.fchmod(handle.fileno(), stat.S_IMODE(before.st_mode))
            handle.write(raw)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise
    with contextlib.suppress(OSError):
        folder = os.open(target.parent, os.O_RDONLY)
        try:
            os.fsync(folder)
        finally:
            os.close(folder)
