"""Framework detection: find the stack of a project folder, with the file and line behind
every finding.

`detect(root)` walks the folder (pruned, `.gitignore`-aware, symlink-safe), reads manifests
and entry points, and returns a `Detection` with one result per backend; `apply` writes it
into a design. Nothing here imports Textual: the app calls these from a worker thread.
"""

from designer.detect.apply import apply, chosen_backend
from designer.detect.report import render
from designer.detect.scan import detect

__all__ = ["apply", "chosen_backend", "detect", "render"]
