"""`designer import openapi|sql|spec SOURCE [--new NAME | --into FILE]`: start from what exists.

`--new NAME` creates `NAME.design.yaml` (in `--dir`) from the source; without either option the
name comes from the source (its title, SPEC id or file name). `--into FILE` folds the import into
an existing design: it prints what is added, replaced and kept, and refuses to overwrite
anything the user wrote unless `--replace` (take the import) or `--keep` (keep theirs) says how;
`--dry-run` prints the same without writing. Last comes the import report: everything the
source holds that the design could not represent. Headless; never imports textual.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from designer.errors import UsageError
from designer.importers.kinds import KINDS, load
from designer.terminal import visible

if TYPE_CHECKING:
    from designer.importers.report import Report
    from designer.model import Design

SOURCES = KINDS
"""What each kind of source is (the help of `kind`)."""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Register the arguments of `import`."""
    parser.add_argument("kind", choices=list(SOURCES), help="what the source is: " + "; ".join(
        f"{k}: {v}" for k, v in SOURCES.items()))
    parser.add_argument("source", type=Path, help="the file to import")
    target = parser.add_mutually_exclusive_group()
    target.add_argument("--new", metavar="NAME", help="create a new design called NAME")
    target.add_argument("--into", type=Path, metavar="FILE",
                        help="merge into this existing design file")
    parser.add_argument("--dir", type=Path, default=Path("."),
                        help="folder for the new design file (with --new)")
    choice = parser.add_mutually_exclusive_group()
    choice.add_argument("--replace", action="store_true",
                        help="with --into: where the design differs, take the imported version")
    choice.add_argument("--keep", action="store_true",
                        help="with --into: where the design differs, keep yours")
    parser.add_argument("--dry-run", action="store_true",
                        help="with --into: show what would change; write nothing")
    parser.add_argument("--dialect", choices=["postgres", "mysql"], default=None,
                        help="with sql: the DDL's dialect (default: the file's `-- dialect:` line, "
                             "else a guess, then the other dialect if the guess cannot read it)")


def run(args: argparse.Namespace) -> int:
    """Import, write, and print the changes and the report."""
    from designer import recent, store
    from designer.commands.new import file_name
    from designer.importers.merge import Policy, merge

    if args.into is None and (args.replace or args.keep or args.dry_run):
        raise UsageError("--replace, --keep and --dry-run need --into FILE")
    if args.dialect and args.kind != "sql":
        raise UsageError("--dialect is for `designer import sql`")
    if args.new is not None and not args.new.strip():
        raise UsageError("--new needs a name")
    if args.into is not None:
        design, stamp = store.load_stamped(args.into)
        imported, report = _load(args, None)
        policy = Policy.REPLACE if args.replace else Policy.KEEP if args.keep else Policy.REFUSE
        changes = merge(design, imported, policy, source=str(args.source))
        print(f"{visible(args.into)}: {visible(changes.render(), keep_newlines=True)}", end="")
        if args.dry_run:
            print("dry run: nothing was written")
        else:
            store.save(design, args.into, expect=stamp)
            print(f"updated {visible(args.into)}")
    else:
        design, report = _load(args, args.new)
        if not args.dir.is_dir():
            raise UsageError(f"{args.dir}: no such folder")
        path = args.dir / file_name(design.name)
        store.create(design, path)
        recent.remember(path)
        print(f"created {visible(path)}")
    print(visible(report.render(), keep_newlines=True), end="")
    return 0


def _load(args: argparse.Namespace, name: str | None) -> tuple[Design, Report]:
    """The import; DDL that does not read in the dialect chosen names the other one."""
    from designer.importers.sql import DialectError, other_dialect

    try:
        return load(args.kind, args.source, name, args.dialect)
    except DialectError as error:
        if not args.dialect:
            raise
        raise DialectError(f"{error}; try --dialect {other_dialect(args.dialect)}") from None
