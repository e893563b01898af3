"""Text and JSON reports of review findings and of the rule catalogue (`designer check`)."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

from designer.model import Design
from designer.model.progress import Stage, StageStatus
from designer.review import CATALOGUE, Finding, Severity, by_stage, open_findings

JSON_SCHEMA = 1
"""Version of the `--json` document; bumped only when its shape changes incompatibly."""


def _counts(findings: list[Finding]) -> dict[str, int]:
    counted = Counter(f.severity for f in findings if not f.accepted)
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
            "accepted": sum(f.accepted for f in findings),
        },
        "findings": [f.as_dict() for f in findings],
    }


def findings_text(findings: list[Finding]) -> str:
    """Open findings grouped by stage, then the accepted ones apart, then the counts."""
    shown = open_findings(findings)
    accepted = [f for f in findings if f.accepted]
    lines: list[str] = []
    if not shown:
        lines.append("no problems found")
    for stage, mine in by_stage(shown).items():
        lines.append("")
        lines.append(f"{stage.title}:")
        for f in mine:
            lines.append(f"  {f.severity.value:<7} {f.rule_id:<9} {f.location}: {f.message}")
            lines.append(f"  {'':<7} {'':<9} fix: {f.fix}")
    if accepted:
        lines.append("")
        lines.append(f"Accepted ({len(accepted)}):")
        for f in accepted:
            assert f.acceptance is not None
            until = f" (until {f.acceptance.expires})" if f.acceptance.expires else ""
            lines.append(f"  {f.severity.value:<7} {f.rule_id:<9} {f.location}: {f.message}")
            lines.append(f"  {'':<7} {'':<9} accepted{until}: {f.acceptance.reason}")
    if not shown and not accepted:
        return lines[0]
    counts = _counts(findings)
    lines.append("")
    tally = ", ".join(f"{n} {s}{'s' if n != 1 else ''}" for s, n in counts.items())
    lines.append(tally + (f"; {len(accepted)} accepted" if accepted else ""))
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
