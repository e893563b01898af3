"""Exports made in a browser session (`designer serve`) delivered to the browser as downloads."""

from __future__ import annotations

import io
import os
import zipfile
from collections.abc import Sequence
from pathlib import Path

from textual.app import App


def export_zip(written: Sequence[Path]) -> tuple[str, bytes]:
    """The written files in one zip, named after their common folder; paths relative to it.

    Entries are in a fixed order with a fixed time, so one export gives the same bytes."""
    root = Path(os.path.commonpath([p.parent for p in written]))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for path in sorted(written):
            info = zipfile.ZipInfo(path.relative_to(root).as_posix(), (1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, path.read_bytes())
    return f"{root.name or 'export'}.zip", buffer.getvalue()


def deliver_export(app: App[object], written: Sequence[Path]) -> None:
    """Offer the export as one zip download: one click instead of one per file."""
    name, data = export_zip(written)
    app.deliver_binary(io.BytesIO(data), save_filename=name, mime_type="application/zip")
