"""`designer export FILE --out DIR [--only KIND,…] [--force] [--check] [--strict]`.

Headless (for CI and docs-as-code): loads the design, writes the export atomically into DIR and
prints each file written; a design with open review errors is exported with a warning, or not at
all with `--strict` (exit 1). `--check` writes nothing: it lists the files of DIR that differ
from what the design exports now and exits 1 if there are any. Never imports textual.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from designer import collector
from designer.errors import UsageError
from designer.export import KINDS
from designer.terminal import visible

if TYPE_CHECKING:
    from designer.model import Design


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Register the arguments of `export`."""
    parser.add_argument("file", type=Path, help="design file (.design.yaml)")
    parser.add_argument("--out", type=Path, help="folder to write the export to")
    parser.add_argument("--spec-layout", type=Path, metavar="ROOT",
                        help="also write the document to ROOT/.do/docs/"
                        "backend-architecture-{SPEC-ID}.md (seed 001's layout)")
    parser.add_argument(
        "--only",
        default="",
        help=f"comma-separated subset of {','.join(KINDS)} (default: all)",
    )
    parser.add_argument(
        "--force", action="store_true", help="overwrite files designer did not generate"
    )
    parser.add_argument("--check", action="store_true",
                        help="write nothing; exit 1 and list the files of DIR that are stale")
    parser.add_argument("--strict", action="store_true",
                        help="exit 1 without writing when the review finds errors")


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

    if args.out is None and args.spec_layout is None:
        raise UsageError("export needs --out DIR or --spec-layout ROOT")
    if args.spec_layout is not None and args.check:
        raise UsageError("--check compares an --out folder; it does not take --spec-layout")
    only = parse_only(args.only)
    design = store.load(args.file)
    collector.loaded()
    if args.spec_layout is not None:
        from designer.export import spec_layout

        written = spec_layout.write(design, args.spec_layout, force=args.force)
        print(f"wrote {visible(written)}")
        if args.out is None:
            return 0
    if args.check:
        return _check(design, args, only)
    errors = _review_errors(design)
    if errors:
        print(f"designer: {visible(args.file)}: the review finds {errors} "
              f"error{'s' if errors != 1 else ''} (see designer check {visible(args.file)})",
              file=sys.stderr)
        if args.strict:
            return 1
    written = export(design, args.out, only=only, force=args.force,
                     progress=lambda line: print(visible(line)))
    print(f"exported {len(written)} file{'s' if len(written) != 1 else ''} to "
          f"{visible(args.out)}")
    return 0


def _review_errors(design: Design) -> int:
    """Open review errors (accepted ones do not count)."""
    from designer.review import Severity, review

    return sum(f.severity is Severity.ERROR and not f.accepted
               for f in review(design, today=date.today()))


def _check(design: Design, args: argparse.Namespace, only: set[str] | None) -> int:
    from designer.export.compare import differences

    stale = differences(design, args.out, only)
    for difference in stale:
        print(f"{difference.why}: {visible(args.out / difference.path)}")
    if stale:
        print(f"{visible(args.out)} is not what {visible(args.file)} exports now: {len(stale)} "
              f"file{'s' if len(stale) != 1 else ''} to update (run designer export)")
        return 1
    print(f"{visible(args.out)} is up to date")
    return 0
