"""Saved design sessions: strict loading, atomic saving with a backup, migrations.

Every way a file can be bad ends in one `DesignFileError` line naming the file and the
problem; nothing here ever writes to a file it failed to read.
"""

from __future__ import annotations

import contextlib
import glob
import hashlib
import os
import shlex
import stat
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from designer import bounded, collector, comments, design_schema, yamlio
from designer.atomic import real_target, write_atomic
from designer.errors import ConflictError, DesignFileError, SaveError, SchemaVersionError
from designer.migrations import MIGRATIONS, migrate
from designer.model.design import SCHEMA_VERSION, Design

MAX_BYTES = 10 * 1024 * 1024
"""Largest design file designer reads; real designs are a few hundred kilobytes at most."""

LEGACY_HEADER = ("# designer design file — edit with `designer open`, check with "
                 "`designer check`.\n")
"""The header alone, as files written before the schema line have it."""
HEADER = design_schema.MODELINE + LEGACY_HEADER
"""What every design file starts with: the editor's schema line, then what the file is."""


@dataclass(frozen=True)
class Stamp:
    """What designer last read from or wrote to a design file: enough to tell, before the next
    save, whether something else changed it meanwhile."""

    digest: str
    """SHA-256 of the bytes."""
    mtime_ns: int
    size: int


def _digest(raw: bytes) -> str:
    return hashlib.sha256(raw).hexdigest()


def current_stamp(path: Path) -> Stamp | None:
    """The stamp of the file at `path` now; None when it is not there (or not a file)."""
    try:
        info = os.stat(real_target(path))
        raw = bounded.read_regular(path, MAX_BYTES)
    except (OSError, bounded.Refused):
        return None
    return Stamp(_digest(raw), info.st_mtime_ns, info.st_size)


def _check_unchanged(path: Path, target: Path, expect: Stamp) -> None:
    """Raise ConflictError when `target` is no longer what `expect` describes."""
    try:
        info = os.stat(target)
    except FileNotFoundError:
        if not target.parent.is_dir():
            return  # the whole folder is away (an unmounted drive): the write fails and retries
        raise ConflictError(
            f"{path}: was deleted or moved since designer read it; not saved there"
        ) from None
    if (info.st_mtime_ns, info.st_size) == (expect.mtime_ns, expect.size):
        return  # the cheap check; a change keeping both is caught by nothing short of a read
    try:
        now = _digest(bounded.read_regular(target, MAX_BYTES))
    except bounded.Refused as refused:
        raise ConflictError(f"{path}: was replaced by something that {refused}") from None
    if now != expect.digest:
        raise ConflictError(
            f"{path}: changed on disk since designer read it (another program, another "
            "designer or a git checkout); not overwritten"
        )


def load(path: Path) -> Design:
    """Read, migrate and validate the design at `path`.

    When it cannot be read but its backup can, the error says where the backup is and how to
    restore it (a design too new for this designer is not pointed back to an older copy).
    """
    return load_stamped(path)[0]


def load_stamped(path: Path) -> tuple[Design, Stamp]:
    """`load`, with the stamp of the very bytes that were read (for `save(expect=…)`)."""
    try:
        # Stat before reading: a change in between leaves an old mtime beside the new bytes,
        # which the next save settles by comparing hashes (no false alarm, nothing missed).
        try:
            info: os.stat_result | None = os.stat(real_target(path))
        except OSError:
            info = None
        raw = _read_raw(path)
        design = parse(_decode(raw, path), path)
    except SchemaVersionError:
        raise
    except DesignFileError as error:
        backup = valid_backup(path)
        if backup is None:
            raise
        raise DesignFileError(
            f"{error}; a valid backup is at {backup}: restore it with `designer open "
            f"{shlex.quote(str(path))} --from-backup` (or `cp {shlex.quote(str(backup))} "
            f"{shlex.quote(str(path))}`)"
        ) from None
    mtime, size = (info.st_mtime_ns, info.st_size) if info else (0, len(raw))
    return design, Stamp(_digest(raw), mtime, size)


def valid_backup(path: Path) -> Path | None:
    """The backup of `path` when it exists and loads as a design, else None."""
    backup = backup_path(real_target(path))
    try:
        parse(_read_text(backup), backup)
    except DesignFileError:
        return None
    return backup


def restore_backup(path: Path) -> Path | None:
    """Put the valid backup of `path` back in its place; the broken file is first kept as
    `FILE.broken` (or `.broken-2` …). Returns where the broken file was kept (None when there
    was none). Raises DesignFileError when there is no valid backup, SaveError when writing
    fails."""
    backup = valid_backup(path)
    if backup is None:
        raise DesignFileError(f"{path}: has no valid backup ({backup_path(path).name}) to restore")
    target = real_target(path)
    kept: Path | None = None
    try:
        raw = bounded.read_regular(backup, MAX_BYTES)
        if target.exists() or target.is_symlink():
            broken = bounded.read_regular(target, MAX_BYTES)
            kept = _free_name(target.with_name(target.name + ".broken"))
            write_atomic(kept, broken, mode=stat.S_IMODE(target.stat().st_mode))
        write_atomic(target, raw)
    except bounded.Refused as refused:
        raise SaveError(f"{path}: not restored, the file {refused}") from None
    except OSError as error:
        raise SaveError(f"{path}: cannot restore ({error.strerror or error})") from None
    return kept


def _free_name(path: Path) -> Path:
    candidate, n = path, 2
    while candidate.exists() or candidate.is_symlink():
        candidate, n = path.with_name(f"{path.name}-{n}"), n + 1
    return candidate


def parse(text: str, path: Path) -> Design:
    """Turn the text of a design file into a Design; `path` only names it in messages."""
    data = _parse_yaml(text, path)
    data = _upgrade(data, path)
    try:
        with collector.paused():
            return Design.model_validate(data)
    except ValidationError as error:
        raise DesignFileError(f"{path}: {_first_error(error)}") from None


def _read_text(path: Path) -> str:
    return _decode(_read_raw(path), path)


def _read_raw(path: Path) -> bytes:
    try:
        return bounded.read_regular(path, MAX_BYTES)
    except bounded.Refused as refused:
        raise DesignFileError(f"{path}: {refused}") from None
    except FileNotFoundError:
        raise DesignFileError(f"{path}: no such file") from None
    except PermissionError:
        raise DesignFileError(f"{path}: permission denied") from None
    except OSError as error:
        raise DesignFileError(f"{path}: cannot be read ({error.strerror or error})") from None


def _decode(raw: bytes, path: Path) -> str:
    if b"\x00" in raw:
        raise DesignFileError(f"{path}: is a binary file, not a YAML design")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise DesignFileError(
            f"{path}: is not UTF-8 text (bad byte at offset {error.start})"
        ) from None
    if not text.strip():
        raise DesignFileError(f"{path}: is empty")
    return text


def _parse_yaml(text: str, path: Path) -> dict[str, Any]:
    try:
        data = yamlio.load(text)
    except yamlio.UnsafeYaml as error:
        raise DesignFileError(f"{path}: {error}") from None
    except yaml.constructor.ConstructorError as error:
        tag = (error.problem or "").partition("tag ")[2] or "an unknown tag"
        line = error.problem_mark.line + 1 if error.problem_mark else "?"
        raise DesignFileError(
            f"{path}: line {line}: YAML tag {tag} is not allowed in a design file"
        ) from None
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark
        where = f"line {mark.line + 1}, column {mark.column + 1}: " if mark else ""
        raise DesignFileError(f"{path}: not valid YAML: {where}{error.problem}") from None
    except RecursionError:
        raise DesignFileError(f"{path}: not a design (YAML nested too deeply)") from None
    except yaml.YAMLError as error:
        raise DesignFileError(f"{path}: not valid YAML ({error})") from None
    if not isinstance(data, dict):
        kind = "empty" if data is None else type(data).__name__
        raise DesignFileError(f"{path}: is not a design (the document is {kind}, not a mapping)")
    return data


def _upgrade(data: dict[str, Any], path: Path) -> dict[str, Any]:
    if "schema_version" not in data:
        raise DesignFileError(f"{path}: has no schema_version; is it a designer file?")
    version = data["schema_version"]
    if isinstance(version, bool) or not isinstance(version, int):
        raise SchemaVersionError(f"{path}: schema_version {version!r} is not a whole number")
    if version > SCHEMA_VERSION:
        raise SchemaVersionError(
            f"{path}: was written by a newer designer (schema version {version}; this "
            f"designer reads up to {SCHEMA_VERSION}); upgrade designer to open it"
        )
    if version < SCHEMA_VERSION and version not in MIGRATIONS:
        raise SchemaVersionError(f"{path}: schema version {version} is unknown")
    try:
        return migrate(data, version, SCHEMA_VERSION)
    except (AttributeError, TypeError, ValueError) as error:
        raise DesignFileError(
            f"{path}: cannot upgrade from schema version {version}: {error}"
        ) from None


def _first_error(error: ValidationError) -> str:
    errors = error.errors(include_url=False)
    first = errors[0]
    where = ".".join(str(p) for p in first["loc"]) or "(top level)"
    more = f" (and {len(errors) - 1} more)" if len(errors) > 1 else ""
    message = first["msg"]
    # A model part refuses an unknown key as extra_forbidden, a dataclass part (the detection,
    # designer.model.stack) as an unexpected keyword argument: the same mistake, one wording.
    if first["type"] in {"extra_forbidden", "unexpected_keyword_argument"}:
        message = "unknown key"
    return f"{where}: {message}{more}"


def data_of(design: Design) -> dict[str, Any]:
    """`design` as the plain data a save writes, its proto field numbers stored first (see
    `designer.contract.numbers.settle`): every save, headless or the app's, goes through here,
    so a rename or a reorder after it never renumbers a message."""
    from designer.contract.numbers import settle

    with collector.paused():
        settle(design)
        return design.model_dump(mode="json")


def dumps(design: Design) -> str:
    """The text designer writes for `design`: a header comment and stable-order YAML."""
    data = data_of(design)
    with collector.paused():
        return HEADER + yamlio.dump(data)


def save(design: Design, path: Path, expect: Stamp | None = None) -> Stamp:
    """Write `design` to `path` atomically, keeping the previous file as `path.bak`; return the
    stamp of what was written.

    Both writes go through `write_atomic`; a crash at any moment leaves either the old or the
    new design in `path`, and a whole file (or none) in `path.bak`. With `expect` (the stamp of
    what this designer last read or wrote), a file changed or deleted since is not overwritten:
    ConflictError.
    """
    return save_data(data_of(design), path, expect)


def save_data(data: dict[str, Any], path: Path, expect: Stamp | None = None,
              dump: Callable[[dict[str, Any]], str] = yamlio.dump) -> Stamp:
    """`save` of a design already dumped (`Design.model_dump(mode="json")`, as the app's
    autosave takes it on the UI thread), its YAML made by `dump` (the autosave's writes only
    the pieces that changed; the text is the same)."""
    with collector.paused():
        text = HEADER + dump(data)
    # A symlinked design is saved through the link: its target changes, the link stays, and
    # the backup sits beside the target.
    target = real_target(path)
    if expect is not None:
        _check_unchanged(path, target, expect)
    try:
        if target.exists():
            mode = stat.S_IMODE(target.stat().st_mode)
            old = bounded.read_regular(target, MAX_BYTES)
            text = _keep_comments(old, text, data)
            # The backup gets the design's own permissions (a private design stays private).
            write_atomic(backup_path(target), old, mode=mode)
        write_atomic(target, text)
    except bounded.Refused as refused:
        raise SaveError(f"{path}: not replaced, the file on disk {refused}") from None
    except OSError as error:
        raise SaveError(f"{path}: cannot save ({error.strerror or error})") from None
    _remove_stale_temps(target)
    raw = text.encode("utf-8")
    try:
        info = os.stat(target)
    except OSError:
        return Stamp(_digest(raw), 0, len(raw))  # gone at once: the next save will say so
    return Stamp(_digest(raw), info.st_mtime_ns, info.st_size)


def _keep_comments(old: bytes, text: str, data: dict[str, Any]) -> str:
    """`text` with the comments the user wrote in the `old` file put back (see comments.py);
    `text` itself when there are none, or when the result would not read back as `data`."""
    try:
        previous = old.decode("utf-8-sig")
    except UnicodeDecodeError:
        return text
    previous = comments.renew_header(previous, LEGACY_HEADER, HEADER)
    if not comments.has_comments(previous, HEADER):
        return text
    carried = comments.carry_over(previous, text, HEADER)
    try:
        same = yamlio.load(carried) == data
    except (yaml.YAMLError, yamlio.UnsafeYaml):
        same = False
    return carried if same else text


def _remove_stale_temps(path: Path) -> None:
    """Delete temporary files left by a save that was killed midway (older than a minute, so
    a save running in another process right now is left alone)."""
    cutoff = time.time() - 60
    for leftover in path.parent.glob(f".{glob.escape(path.name)}.*.tmp"):
        with contextlib.suppress(OSError):
            if leftover.stat().st_mtime < cutoff:
                leftover.unlink()


def backup_path(path: Path) -> Path:
    """Where the previous version of `path` is kept."""
    return path.with_name(path.name + ".bak")


def create(design: Design, path: Path) -> Stamp:
    """Save a new design, refusing to replace an existing file; the stamp of what was written."""
    if path.exists():
        raise SaveError(f"{path}: already exists; open it or choose another name")
    return save(design, path)
