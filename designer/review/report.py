"""Text and JSON reports of review findings and of the rule catalogue (`designer check`)."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

from designer.model import Design
from designer.model.progress import Stage, StageStatus
from designer.review import CATALOGUE, Finding, Severity, by_stage, open_findings
from designer.terminal import visible

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


def summary_text(design: Design) -> str:
    """A few lines on what the design holds."""
    done = [s.title for s in Stage if design.progress.status(s) is StageStatus.DONE]
    endpoints = len(design.api.endpoints())
    lines = [
        f"design: {visible(design.name) or '(unnamed)'}",
        f"stages done: {len(done)}/{len(Stage)}" + (f" ({', '.join(done)})" if done else ""),
        f"services: {len(design.architecture.services)}, entities: {len(design.data.entities)}, "
        f"endpoints: {endpoints}",
    ]
    return "\n".join(lines)


def tally(findings: list[Finding]) -> str:
    """`0 errors, 2 warnings, 1 info; 3 accepted`."""
    counts = _counts(findings)
    accepted = sum(f.accepted for f in findings)
    text = ", ".join(f"{n} {s}{'s' if n != 1 else ''}" for s, n in counts.items())
    return text + (f"; {accepted} accepted" if accepted else "")


def _at(where: Callable[[Finding], str] | None, finding: Finding) -> str:
    return f"{where(finding)}: " if where else ""


def findings_text(findings: list[Finding], where: Callable[[Finding], str] | None = None) -> str:
    """Open findings grouped by stage, then the accepted ones apart, then the counts; with
    `where`, each finding is prefixed by its FILE:LINE:COLUMN."""
    shown = open_findings(findings)
    accepted = [f for f in findings if f.accepted]
    lines: list[str] = []
    if not shown:
        lines.append("no problems found")
    for stage, mine in by_stage(shown).items():
        lines.append("")
        lines.append(f"{stage.title}:")
        for f in mine:
            # Locations and messages quote the design's names: controls made visible.
            lines.append(f"  {f.severity.value:<7} {f.rule_id:<9} {_at(where, f)}"
                         f"{visible(f.location)}: {visible(f.message)}")
            lines.append(f"  {'':<7} {'':<9} fix: {visible(f.fix)}")
    if accepted:
        lines.append("")
        lines.append(f"Accepted ({len(accepted)}):")
        for f in accepted:
            assert f.acceptance is not None
            until = f" (until {f.acceptance.expires})" if f.acceptance.expires else ""
            lines.append(f"  {f.severity.value:<7} {f.rule_id:<9} {_at(where, f)}"
                         f"{visible(f.location)}: {visible(f.message)}")
            lines.append(f"  {'':<7} {'':<9} accepted{until}: {visible(f.acceptance.reason)}")
    if not shown and not accepted:
        return lines[0]
    lines.append("")
    lines.append(tally(findings))
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
