"""`designer schema [--out DIR]`: the JSON Schema of design files, for editors."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from designer import design_schema
from designer.atomic import write_atomic
from designer.errors import UsageError


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """`--out DIR` writes the file beside the designs instead of printing it."""
    parser.add_argument("--out", type=Path, metavar="DIR",
                        help=f"write {design_schema.FILE_NAME} into DIR, where the designs "
                             "name it")


def run(args: argparse.Namespace) -> int:
    """Print the schema, or write it into DIR (replacing an older one)."""
    text = design_schema.shipped()
    if args.out is None:
        sys.stdout.write(text)
        return 0
    if not args.out.is_dir():
        raise UsageError(f"{args.out}: not a folder")
    target = args.out / design_schema.FILE_NAME
    try:
        write_atomic(target, text)
    except OSError as error:
        raise UsageError(f"{target}: cannot write ({error.strerror or error})") from None
    print(f"wrote {target}")
    return 0
