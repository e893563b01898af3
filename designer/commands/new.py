"""`designer new NAME [--dir PATH] [--no-open]`: create a design file, then open it."""

from __future__ import annotations

import argparse
import re
from pathlib import Path

from designer.errors import UsageError
from designer.paths import DESIGN_SUFFIX
from designer.terminal import visible


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Register the arguments of `new`."""
    parser.add_argument("name", help="name of the system being designed")
    parser.add_argument("--dir", type=Path, default=Path("."), help="folder for the file")
    parser.add_argument(
        "--no-open", action="store_true", help="only create the file; do not launch the app"
    )


def file_name(name: str) -> str:
    """A safe file name for a design called `name` (Korean and other letters are kept)."""
    stem = re.sub(r"[^\w.-]+", "-", name.strip(), flags=re.UNICODE).strip("-.") or "design"
    return stem + DESIGN_SUFFIX


def create(name: str, folder: Path) -> Path:
    """Create the design file for `name` in `folder` and remember it; returns its path."""
    # Imported here: the design model is slow to import and the app's first frame (which
    # shares this module through the CLI) does not need it.
    from designer import recent, store
    from designer.model.design import Design

    if not name.strip():
        raise UsageError("a design needs a name")
    if not folder.is_dir():
        raise UsageError(f"{folder}: no such folder")
    path = folder / file_name(name)
    store.create(Design.new(name.strip()), path)
    recent.remember(path)
    return path


def run(args: argparse.Namespace) -> int:
    """Create the file and launch the app on it."""
    path = create(args.name, args.dir)
    print(f"created {visible(path)}")
    if args.no_open:
        return 0
    from designer.commands.open import launch

    return launch(path)
