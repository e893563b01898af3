"""`designer export --check`: is a folder what the design exports now? (docs-as-code in CI)

Renders the export in memory and compares it byte for byte with the folder; writes nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from designer.export import refuse_undefined, render_all, stale_files

if TYPE_CHECKING:
    from designer.model import Design


@dataclass(frozen=True)
class Difference:
    """One file of the folder that an export would change."""

    path: str
    """Relative path, forward slashes."""
    why: str
    """`missing`, `differs` or `stale` (a file an earlier export wrote that the design no
    longer produces)."""


def differences(design: Design, out: Path, only: set[str] | None = None) -> list[Difference]:
    """Every file of `out` an export of `design` would write, change or remove, by path."""
    refuse_undefined(design)
    files = render_all(design, only)
    found: list[Difference] = []
    for rel, text in sorted(files.items()):
        path = out / rel
        if not path.is_file():
            found.append(Difference(rel, "missing"))
        elif path.read_bytes() != text.encode("utf-8"):
            found.append(Difference(rel, "differs"))
    found += [Difference(rel, "stale") for rel in stale_files(out, files, only)]
    return found
