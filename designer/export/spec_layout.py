"""Seed 001's layout: the architecture document of a design started from a SPEC goes to
`ROOT/.do/docs/backend-architecture-{SPEC-ID}.md`, next to `ROOT/.do/specs/SPEC-{ID}/`.

The SPEC id is the design's own (`requirements.spec_id`, set by `designer import spec`). The
file is written atomically, inside ROOT only, and never over a file designer did not write
unless forced.
"""

from __future__ import annotations

import re
from pathlib import Path

from designer.atomic import write_atomic
from designer.errors import UsageError
from designer.export.writer import ExportError, check_overwrite, target
from designer.model import Design

_SAFE_ID = re.compile(r"SPEC-[A-Za-z0-9][A-Za-z0-9_.-]*")


def relative_path(design: Design) -> str:
    """`.do/docs/backend-architecture-SPEC-ID.md` for the design's SPEC id."""
    spec_id = design.requirements.spec_id.strip()
    if not spec_id:
        raise UsageError("--spec-layout: the design has no SPEC id (start it with `designer "
                         "import spec`, or set requirements.spec_id)")
    if not _SAFE_ID.fullmatch(spec_id) or ".." in spec_id:
        raise UsageError(f"--spec-layout: SPEC id {spec_id!r} cannot be a file name "
                         "(SPEC- then letters, digits, . _ -)")
    return f".do/docs/backend-architecture-{spec_id}.md"


def write(design: Design, root: Path, force: bool = False) -> Path:
    """Write the document under `root`; the path written."""
    from designer.export import document, refuse_undefined
    from designer.export.diagrams import all_diagrams

    relative = relative_path(design)
    if not root.is_dir():
        raise UsageError(f"--spec-layout: {root} is not a folder")
    refuse_undefined(design)
    text = document.render(design, all_diagrams(design))
    path = target(root, relative)
    check_overwrite(path, str(root / relative), force)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(path, text)
    except OSError as error:
        raise ExportError(f"{root / relative}: cannot be written "
                          f"({error.strerror or error})") from None
    return path
