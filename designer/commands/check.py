"""`designer check FILE`: summarise a design and review it against the seeds' checklists.

Findings (the model's cross-field problems as MODEL-001 plus every review rule) are printed
grouped by stage, or as a stable JSON document with `--json`. `designer check --rules` prints
the rule catalogue instead.

Exit codes: 0 nothing reaches the `--fail-on` threshold (default error), 1 something does, 2 the
file cannot be read or is structurally invalid, or the command line is incomplete.
"""

from __future__ import annotations

import argparse
import json
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from designer.errors import UsageError

if TYPE_CHECKING:
    from designer.model import Design

# The store, the model and the review (networkx behind it) are imported where they are used:
# building the CLI parser, which every command does, must stay cheap.
SEVERITIES = ("error", "warning")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Register the arguments of `check`."""
    parser.add_argument("file", type=Path, nargs="?", help="design file (.design.yaml)")
    parser.add_argument("--json", action="store_true", help="print a JSON document")
    parser.add_argument(
        "--fail-on",
        choices=SEVERITIES,
        default="error",
        help="exit 1 when a finding is at least this severe (default: error)",
    )
    parser.add_argument("--rules", action="store_true", help="print the rule catalogue and exit")


def summary(design: Design) -> str:
    """A few lines on what the design holds."""
    from designer.model.progress import Stage, StageStatus

    done = [s.title for s in Stage if design.progress.status(s) is StageStatus.DONE]
    endpoints = len(design.api.endpoints())
    lines = [
        f"design: {design.name or '(unnamed)'}",
        f"stages done: {len(done)}/{len(Stage)}" + (f" ({', '.join(done)})" if done else ""),
        f"services: {len(design.architecture.services)}, entities: {len(design.data.entities)}, "
        f"endpoints: {endpoints}",
    ]
    return "\n".join(lines)


def run(args: argparse.Namespace) -> int:
    """Print the catalogue, or the summary and findings; see the module doc for exit codes."""
    from designer import store
    from designer.review import Severity, report, review

    if args.rules:
        print(report.catalogue_json() if args.json else report.catalogue_text())
        return 0
    if args.file is None:
        raise UsageError("check needs a design FILE (or --rules to print the rule catalogue)")
    design = store.load(args.file)
    findings = review(design, today=date.today())
    threshold = Severity(args.fail_on)
    # Accepted findings never fail a check: the team has read them and said why.
    failed = any(f.severity.reaches(threshold) for f in findings if not f.accepted)
    if args.json:
        document = report.document(design, findings, args.file, threshold, failed)
        print(json.dumps(document, sort_keys=True, indent=2, ensure_ascii=False))
    else:
        print(summary(design))
        print(report.findings_text(findings))
    return 1 if failed else 0
