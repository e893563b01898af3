"""`designer export FILE --out DIR [--only doc,diagrams,openapi] [--force]`.

Headless (for CI and docs-as-code): loads the design, writes the export atomically into DIR and
prints each file written. Never imports textual.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from designer.errors import UsageError
from designer.export import KINDS
from designer.terminal import visible


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Register the arguments of `export`."""
    parser.add_argument("file", type=Path, help="design file (.design.yaml)")
    parser.add_argument("--out", type=Path, required=True, help="folder to write the export to")
    parser.add_argument(
        "--only",
        default="",
        help=f"comma-separated subset of {','.join(KINDS)} (default: all)",
    )
    parser.add_argument(
        "--force", action="store_true", help="overwrite files designer did not generate"
    )


def parse_only(value: str) -> set[str] | None:
    """The `--only` value as a set of kinds; None for everything."""
    kinds = {part.strip() for part in value.split(",") if part.strip()}
    if not kinds:
        return None
    unknown = sorted(kinds - set(KINDS))
    if unknown:
        raise UsageError(f"--only: unknown kind {', '.join(unknown)} (choose from "
                         f"{', '.join(KINDS)})")
    return kinds


def run(args: argparse.Namespace) -> int:
    """Export the design and print what was written."""
    from designer import store
    from designer.export import export

    only = parse_only(args.only)
    design = store.load(args.file)
    written = export(design, args.out, only=only, force=args.force,
                     progress=lambda line: print(visible(line)))
    print(f"exported {len(written)} file{'s' if len(written) != 1 else ''} to "
          f"{visible(args.out)}")
    return 0
