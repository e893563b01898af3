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


def _openapi_paths(design: Design) -> str:
    # Imported here so that previews of other stages never pay for the OpenAPI builder.
    from designer.export.openapi import build

    spec = build(design)
    fragment = {"paths": spec.get("paths", {})}
    return yaml.safe_dump(fragment, sort_keys=False, allow_unicode=True, width=100)


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
    return "\n".join(part.rstrip("\n") + "\n" for part in parts)
