"""`designer completion bash|zsh|fish`: print the shell's completion script."""

from __future__ import annotations

import argparse
import sys

from designer.completion import SHELLS, script


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The shell, and the command name to complete (designer or backend-designer)."""
    parser.add_argument("shell", choices=SHELLS, help="the shell to print the script for")
    parser.add_argument("--prog", default="designer", choices=("designer", "backend-designer"),
                        help="the command the script completes (default: designer)")


def run(args: argparse.Namespace) -> int:
    """Print the script for `args.shell`."""
    from designer.cli import build_parser  # the full parser, with every subcommand

    sys.stdout.write(script(build_parser(), args.shell, args.prog))
    return 0
