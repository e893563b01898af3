"""`designer list`: the recent design sessions, newest first."""

from __future__ import annotations

import argparse

from designer import recent
from designer.terminal import visible


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """`list` takes no arguments."""


def run(args: argparse.Namespace) -> int:
    """Print one line per recent design."""
    entries = recent.entries()
    if not entries:
        print("no recent designs; start one with `designer new NAME`")
        return 0
    for entry in entries:
        if entry.problem:
            print(f"!  {visible(entry.path)}  ({visible(entry.problem)})")
            continue
        local = entry.modified.astimezone() if entry.modified else None
        changed = local.strftime("%Y-%m-%d %H:%M %Z") if local else "?"
        print(
            f"{entry.stages_done}/{entry.stages_total}  {visible(entry.name) or '(unnamed)'}  "
            f"{visible(entry.path)}  changed {changed}"
        )
    return 0
