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
from collections import Counter
from pathlib import Path
from typing import Any

from designer import store
from designer.errors import UsageError
from designer.model import Design
from designer.model.progress import Stage, StageStatus
from designer.review import CATALOGUE, Finding, Severity, by_stage, review

JSON_SCHEMA = 1
"""Version of the `--json` document; bumped only when its shape changes incompatibly."""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Register the arguments of `check`."""
    parser.add_argument("file", type=Path, nargs="?", help="design file (.design.yaml)")
    parser.add_argument("--json", action="store_true", help="print a JSON document")
    parser.add_argument(
        "--fail-on",
        choices=[Severity.ERROR.value, Severity.WARNING.value],
        default=Severity.ERROR.value,
        help="exit 1 when a finding is at least this severe (default: error)",
    )
    parser.add_argument("--rules", action="store_true", help="print the rule catalogue and exit")


def summary(design: Design) -> str:
    """A few lines on what the design holds."""
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
    if args.rules:
        print(_catalogue_json() if args.json else _catalogue_text())
        return 0
    if args.file is None:
        raise UsageError("check needs a design FILE (or --rules to print the rule catalogue)")
    design = store.load(args.file)
    findings = review(design)
    threshold = Severity(args.fail_on)
    failed = any(f.severity.reaches(threshold) for f in findings)
    if args.json:
        print(
            json.dumps(
                document(design, findings, args.file, threshold, failed),
                sort_keys=True,
                indent=2,
                ensure_ascii=False,
            )
        )
    else:
        print(summary(design))
        print(_findings_text(findings))
    return 1 if failed else 0


def _counts(findings: list[Finding]) -> dict[str, int]:
    counted = Counter(f.severity for f in findings)
    return {s.value: counted.get(s, 0) for s in Severity}


def document(
    design: Design, findings: list[Finding], path: Path, threshold: Severity, failed: bool
) -> dict[str, Any]:
    """The `--json` document: schema, file, summary, threshold and findings."""
    return {
        "schema": JSON_SCHEMA,
        "file": str(path),
        "fail_on": threshold.value,
        "failed": failed,
        "summary": {
            "name": design.name,
            "stages_done": [
                s.value for s in Stage if design.progress.status(s) is StageStatus.DONE
            ],
            "stages_total": len(Stage),
            "services": len(design.architecture.services),
            "entities": len(design.data.entities),
            "endpoints": len(design.api.endpoints()),
            "findings": _counts(findings),
        },
        "findings": [f.as_dict() for f in findings],
    }


def _findings_text(findings: list[Finding]) -> str:
    if not findings:
        return "no problems found"
    lines: list[str] = []
    for stage, mine in by_stage(findings).items():
        lines.append("")
        lines.append(f"{stage.title}:")
        for f in mine:
            lines.append(f"  {f.severity.value:<7} {f.rule_id:<9} {f.location}: {f.message}")
            lines.append(f"  {'':<7} {'':<9} fix: {f.fix}")
    counts = _counts(findings)
    lines.append("")
    lines.append(", ".join(f"{n} {s}{'s' if n != 1 else ''}" for s, n in counts.items()))
    return "\n".join(lines)


def _catalogue_text() -> str:
    lines = [f"{len(CATALOGUE)} rules:"]
    for r in CATALOGUE:
        lines.append(f"{r.id:<9} {r.severity.value:<7} {r.stage.value:<12} {r.title}")
        lines.append(f"{'':<9} seed: {r.seed}; fix: {r.fix}")
    return "\n".join(lines)


def _catalogue_json() -> str:
    rules = [
        {
            "id": r.id,
            "severity": r.severity.value,
            "title": r.title,
            "category": r.category,
            "seed": r.seed,
            "fix": r.fix,
            "stage": r.stage.value,
        }
        for r in CATALOGUE
    ]
    return json.dumps(
        {"schema": JSON_SCHEMA, "rules": rules}, sort_keys=True, indent=2, ensure_ascii=False
    )
