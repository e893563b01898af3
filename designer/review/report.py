"""Text and JSON reports of review findings and of the rule catalogue (`designer check`)."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

from designer.model import Design
from designer.model.progress import Stage, StageStatus
from designer.review import CATALOGUE, Finding, Severity, by_stage
from designer.terminal import visible

JSON_SCHEMA = 1
"""Version of the `--json` document; bumped only when its shape changes incompatibly."""


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


def findings_text(findings: list[Finding]) -> str:
    if not findings:
        return "no problems found"
    lines: list[str] = []
    for stage, mine in by_stage(findings).items():
        lines.append("")
        lines.append(f"{stage.title}:")
        for f in mine:
            # Locations and messages quote the design's names: controls made visible.
            where, message, fix = visible(f.location), visible(f.message), visible(f.fix)
            lines.append(f"  {f.severity.value:<7} {f.rule_id:<9} {where}: {message}")
            lines.append(f"  {'':<7} {'':<9} fix: {fix}")
    counts = _counts(findings)
    lines.append("")
    lines.append(", ".join(f"{n} {s}{'s' if n != 1 else ''}" for s, n in counts.items()))
    return "\n".join(lines)


def catalogue_text() -> str:
    lines = [f"{len(CATALOGUE)} rules:"]
    for r in CATALOGUE:
        lines.append(f"{r.id:<9} {r.severity.value:<7} {r.stage.value:<12} {r.title}")
        lines.append(f"{'':<9} seed: {r.seed}; fix: {r.fix}")
    return "\n".join(lines)


def catalogue_json() -> str:
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
