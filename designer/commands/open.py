"""`designer open FILE`: open a design in the terminal app."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from designer import collector
from designer.errors import UsageError

if TYPE_CHECKING:
    from designer.tui.app import DesignerApp


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Register the arguments of `open`."""
    parser.add_argument("file", type=Path, help="design file (.design.yaml)")
    parser.add_argument(
        "--from-backup",
        action="store_true",
        help="put the file's valid backup (FILE.bak) back first; the broken file is kept as "
        "FILE.broken",
    )


def launch(path: Path | None) -> int:
    """Run the terminal app, on `path` or on the welcome screen."""
    loaded = None
    if path is not None:
        from designer import store  # the model is imported only when a file is given

        # A bad file is reported on the command line, before the app starts; a good one is
        # handed to the app, which does not read it again.
        loaded = store.load_stamped(path)
    # Without a terminal (a pipe, a cron job, CI) the app would draw into nothing and wait for
    # keys that never come: refuse, with one line, before the app starts.
    # `designer serve` runs the app over pipes with Textual's web driver: no terminal needed.
    served = os.environ.get("TEXTUAL_DRIVER", "").endswith("WebDriver")
    if not served and not (sys.stdin.isatty() and sys.stdout.isatty()):
        raise UsageError("the app needs a terminal (stdin and stdout); for scripts use "
                         "`designer check`, `designer export` or `designer list`")
    app = start(path, loaded)
    app.run()
    return app.return_code or 0


def start(path: Path | None, loaded: tuple[Any, Any] | None = None) -> DesignerApp:
    """The app `launch` runs, made as `designer` makes it: the collector off until its first
    frame (designer.collector.starting), the theme remembered from the last start."""
    collector.starting()
    from designer.tui.app import make_app, remembered_theme  # textual is imported only here

    return make_app(path, loaded=loaded, theme=remembered_theme(), remember_theme=True)


def run(args: argparse.Namespace) -> int:
    """Open the file in the app (after restoring its backup, with --from-backup)."""
    if args.from_backup:
        from designer import store
        from designer.terminal import visible

        kept = store.restore_backup(args.file)
        print(f"restored {visible(args.file)} from {visible(store.valid_backup(args.file))}"
              + (f"; the broken file is kept as {visible(kept)}" if kept else ""))
    return launch(args.file)
