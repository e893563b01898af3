"""`designer check FILE`: load a design, summarise it and list its cross-field problems.

Exit codes: 0 clean, 1 problems found, 2 the file cannot be read or is structurally invalid.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from designer import store
from designer.model import Design, problems
from designer.model.progress import Stage, StageStatus


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Register the arguments of `check`."""
    parser.add_argument("file", type=Path, help="design file (.design.yaml)")


def summary(design: Design) -> str:
    """A few lines on what the design holds."""
    done = [s.title for s in Stage if design.progress.status(s) is StageStatus.DONE]
    endpoints = len(design.api.endpoints())
    lines = [
        f"design: {design.name or '(unnamed)'}",
        f"stages done: {len(done)}/{len(Stage)}" + (f" ({', '.join(done)})" if done else ""),
        f"services: {len(design.architecture.services)}, entities: {len(design.data.entities)}, "
        f"endpoints: {endpoints}",
    ]
    return "\n".join(lines)


def run(args: argparse.Namespace) -> int:
    """Print the summary and the problems; exit 1 when there are problems."""
    design = store.load(args.file)
    print(summary(design))
    found = problems(design)
    if not found:
        print("no problems found")
        return 0
    print(f"{len(found)} problem{'s' if len(found) != 1 else ''}:")
    for problem in found:
        print(f"  {problem}")
    return 1
