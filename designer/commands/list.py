"""`designer list`: the recent design sessions, newest first."""

from __future__ import annotations

import argparse
import json
from typing import TYPE_CHECKING

from designer.terminal import visible

if TYPE_CHECKING:  # recent (and YAML behind it) is imported when the command runs
    from designer import recent


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """`--json` for scripts; otherwise one line per design."""
    parser.add_argument("--json", action="store_true",
                        help="print a JSON array: path, name, stages done and total, opened, "
                             "modified, problem")


def as_json(entries: list[recent.RecentEntry]) -> str:
    """The entries as a JSON array, newest first; times in ISO 8601 (UTC), null when unknown."""
    return json.dumps([{
        "path": str(entry.path),
        "name": entry.name,
        "stages_done": entry.stages_done,
        "stages_total": entry.stages_total,
        "opened": entry.opened,
        "modified": entry.modified.isoformat() if entry.modified else None,
        "problem": entry.problem or None,
    } for entry in entries], ensure_ascii=False, indent=2)


def run(args: argparse.Namespace) -> int:
    """Print one line per recent design (or the JSON array)."""
    from designer import recent

    entries = recent.entries()
    if getattr(args, "json", False):
        print(as_json(entries))
        return 0
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
