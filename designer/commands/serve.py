"""`designer serve [FILE] [--port N]`: the app in a browser, through textual-serve.

Listens on 127.0.0.1 only: the app reads and writes the user's files, so it is never offered
to other machines. textual-serve is an optional extra (`pip install 'backend-designer[serve]'`).
"""

from __future__ import annotations

import argparse
import shlex
import sys
import tempfile
from pathlib import Path

from designer.errors import UsageError

HOST = "127.0.0.1"
"""The only address served: this machine."""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The design to open (else the welcome screen) and the port."""
    parser.add_argument("file", type=Path, nargs="?", help="design file to open")
    parser.add_argument("--port", type=int, default=8000, help="port on 127.0.0.1 (8000)")


def offline_templates(source: Path, into: Path) -> Path:
    """textual-serve's page without its one web font from the internet (the page falls back
    to the browser's monospace font): nothing designer shows reaches the network."""
    for template in source.glob("*.html"):
        lines = template.read_text(encoding="utf-8").splitlines(keepends=True)
        kept, skip = [], False
        for line in lines:
            if line.strip() == "<link" and not skip:
                skip, held = True, [line]
                continue
            if skip:
                held.append(line)
                if line.rstrip().endswith("/>"):
                    skip = False
                    if not any("://" in part for part in held):
                        kept.extend(held)
                continue
            kept.append(line)
        (into / template.name).write_text("".join(kept), encoding="utf-8")
    return into


def run(args: argparse.Namespace) -> int:
    """Serve until interrupted."""
    if not 1 <= args.port <= 65535:
        raise UsageError(f"--port {args.port}: not a port (1-65535)")
    try:
        import textual_serve
        from textual_serve.server import Server
    except ImportError:
        raise UsageError("serving needs textual-serve: pip install 'backend-designer[serve]'") \
            from None
    command = [sys.executable, "-m", "designer"]
    if args.file is not None:
        from designer import store

        store.load(args.file)  # a bad file is reported here, not in the browser
        command += ["open", str(args.file.resolve())]
    package = Path(textual_serve.__file__).parent
    with tempfile.TemporaryDirectory(prefix="designer-serve-") as folder:
        server = Server(shlex.join(command), host=HOST, port=args.port, title="designer",
                        statics_path=package / "static",
                        templates_path=offline_templates(package / "templates", Path(folder)))
        server.serve()
    return 0
