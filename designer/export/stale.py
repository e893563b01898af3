"""Generated files an earlier export wrote that the design no longer produces: diagrams of a
part since removed, and `asyncapi.yaml` once the design has no message, channel or webhook.

Only files that start with designer's marker count (a file the user wrote is never stale);
whether one is still as designer wrote it (and may go) is the manifest's call, made by the
export.
"""

from __future__ import annotations

from pathlib import Path

from designer.export.writer import is_generated

SINGLE_FILES = {"asyncapi": ("asyncapi.yaml",)}
"""Export kind → files at the folder's top that the kind writes only for some designs."""


def stale_outputs(out: Path, produced: set[str], only: set[str] | None = None) -> list[str]:
    """Relative paths under `out` of generated files of the chosen kinds that are not in
    `produced`, sorted."""
    found: list[Path] = []
    folder = out / "diagrams"
    if (only is None or "diagrams" in only) and folder.is_dir() and not folder.is_symlink():
        found += sorted(folder.glob("*.mmd"))
    for kind, names in SINGLE_FILES.items():
        if only is None or kind in only:
            found += [out / name for name in names]
    return [rel for path in found
            if (rel := path.relative_to(out).as_posix()) not in produced
            and path.is_file() and not path.is_symlink() and is_generated(path)]
