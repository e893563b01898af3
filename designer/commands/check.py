"""`designer check FILE`: summarise a design and review it against the seeds' checklists.

Findings (the model's cross-field problems as MODEL-001 plus every review rule) are printed in
the `--format` asked for: text grouped by stage (the default), the stable JSON document (`json`,
also `--json`), SARIF 2.1.0, GitHub Actions annotations or JUnit XML; each names the file, line
and column of its place. Findings the design accepts (`review.accepted`) are listed apart and
never fail. `designer check --rules` prints the rule catalogue instead.

Exit codes: 0 nothing open reaches the `--fail-on` threshold (default error), 1 something does,
2 the file cannot be read or is structurally invalid, or the command line is incomplete.
"""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from designer import collector
from designer.errors import UsageError
from designer.terminal import visible, visible_json

# The store, the model and the review (networkx behind it) are imported where they are used:
# building the CLI parser, which every command does, must stay cheap.
SEVERITIES = ("error", "warning")
FORMATS = ("text", "json", "sarif", "github", "junit")
"""`--format` values (designer.review.formats renders them)."""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Register the arguments of `check`."""
    parser.add_argument("files", type=Path, nargs="*", metavar="file",
                        help="design file(s) (.design.yaml); several for text or github")
    parser.add_argument("--format", choices=FORMATS, default=None,
                        help="output format (default: text)")
    parser.add_argument("--json", action="store_true", help="same as --format json")
    parser.add_argument(
        "--fail-on",
        choices=SEVERITIES,
        default="error",
        help="exit 1 when an open finding is at least this severe (default: error)",
    )
    parser.add_argument("--rules", action="store_true", help="print the rule catalogue and exit")


def _format(args: argparse.Namespace) -> str:
    if args.json and args.format not in {None, "json"}:
        raise UsageError(f"--json and --format {args.format} ask for two formats; choose one")
    return "json" if args.json else args.format or "text"


def run(args: argparse.Namespace) -> int:
    """Print the catalogue, or the findings in the format asked; see the module doc."""
    from designer.review import Severity, review
    from designer.review import report as catalogue
    from designer.review.formats import Report, renderer
    from designer.review.locations import Locator, load_located

    chosen = _format(args)
    if args.rules:
        print(catalogue.catalogue_json() if chosen == "json" else catalogue.catalogue_text())
        return 0
    if not args.files:
        raise UsageError("check needs a design FILE (or --rules to print the rule catalogue)")
    if len(args.files) > 1 and chosen not in {"text", "github"}:
        raise UsageError(f"--format {chosen} reports one design; give one FILE")
    failed = False
    # Several files (a pre-commit hook passes every staged design): each reported in turn.
    for path in args.files:
        design = load_located(path)
        collector.loaded()
        findings = review(design, today=date.today())
        report = Report(design, findings, path, Severity(args.fail_on), Locator.of(path))
        # Names, keys and messages quote what anyone can write: controls made visible.
        text = renderer(chosen)(report)
        print(visible_json(text) if chosen in {"json", "sarif"}
              else visible(text, keep_newlines=True))
        failed = failed or report.failed
    return 1 if failed else 0
