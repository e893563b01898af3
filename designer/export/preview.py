"""Live preview for the app: the Markdown one stage contributes to the export.

Cheap enough to run on every edit: it renders only the stage's document sections (without the
review, which the review stage shows on its own terms) plus the stage's diagram source or
OpenAPI fragment in fenced blocks.
"""

from __future__ import annotations

import yaml

from designer.export import diagrams
from designer.export.document import render_sections
from designer.model import Design, Stage

_SECTIONS: dict[Stage, tuple[str, ...]] = {
    Stage.REQUIREMENTS: ("requirements", "services", "communication"),
    Stage.STACK: ("summary", "technology"),
    Stage.API: ("api",),
    Stage.DATA: ("data", "caching"),
    Stage.AUTH: ("auth",),
    Stage.TESTING: ("testing",),
    Stage.OPERATIONS: ("observability", "resilience", "deployment", "handoffs"),
    Stage.REVIEW: ("review", "plan", "open-questions"),
}


def _fence(language: str, body: str) -> str:
    return f"```{language}\n{body.rstrip()}\n```\n"


MAX_LINES = 150
"""Longest preview part; a large design's tables are cut here (the export has them all)."""

MAX_ENDPOINTS = 25
"""Endpoints shown in the OpenAPI fragment of the preview."""


def _first_endpoints(design: Design, limit: int) -> tuple[Design, int]:
    """A shallow copy of `design` keeping only its first `limit` endpoints, and how many
    endpoints the design has. Building the spec of 1,500 endpoints takes seconds; the preview
    only needs to show their shape."""
    total = len(design.api.endpoints())
    if total <= limit:
        return design, total
    resources, left = [], limit
    for resource in design.api.resources:
        if left <= 0:
            break
        kept = resource.endpoints[:left]
        left -= len(kept)
        resources.append(resource.model_copy(update={"endpoints": kept}))
    api = design.api.model_copy(update={"resources": resources})
    return design.model_copy(update={"api": api}), total


def _openapi_paths(design: Design) -> str:
    # Imported here so that previews of other stages never pay for the OpenAPI builder.
    from designer.export.openapi import build

    shown, total = _first_endpoints(design, MAX_ENDPOINTS)
    fragment = {"paths": build(shown).get("paths", {})}
    text = yaml.safe_dump(fragment, sort_keys=False, allow_unicode=True, width=100)
    if total > MAX_ENDPOINTS:
        note = f"# the first {MAX_ENDPOINTS} of {total} endpoints; openapi.yaml has them all\n"
        text = note + text
    return text


def _cap(text: str, limit: int = MAX_LINES) -> str:
    """At most `limit` lines of Markdown, closing a code fence the cut falls inside."""
    lines = text.splitlines()
    if len(lines) <= limit:
        return text
    kept = lines[:limit]
    if sum(1 for line in kept if line.startswith("```")) % 2:
        kept.append("```")
    kept += ["", f"*Preview shortened to {limit} of {len(lines)} lines; the export has all.*"]
    return "\n".join(kept) + "\n"


def stage_preview(design: Design, stage: Stage) -> str:
    """Markdown of what `stage` produces: its document sections and, for stack / api / data /
    auth, the Mermaid source or OpenAPI fragment it shapes, in fenced blocks.
    """
    parts = [render_sections(design, _SECTIONS[stage], review=stage is Stage.REVIEW)]
    if stage is Stage.STACK:
        parts.append("## Service architecture diagram\n\n"
                     + _fence("mermaid", diagrams.architecture(design).source))
    elif stage is Stage.API:
        parts.append("## OpenAPI paths\n\n" + _fence("yaml", _openapi_paths(design)))
    elif stage is Stage.DATA:
        parts.append("## ER diagram source\n\n" + _fence("mermaid", diagrams.er(design).source))
    elif stage is Stage.AUTH:
        for flow in diagrams.auth_flows(design):
            parts.append(f"## {flow.title}\n\n" + _fence("mermaid", flow.source))
    return "\n".join(_cap(part).rstrip("\n") + "\n" for part in parts)
