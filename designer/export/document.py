"""The architecture document: context from the design, rendered by the templates in `templates/`.

`templates/architecture.md.j2` is the base; it includes `templates/sections/<name>.md.j2` for
each section in `SECTIONS`, in order. `render_sections` renders a subset for the live preview.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from designer.contract.components import components, pools
from designer.contract.events import signed_as
from designer.contract.styles import rest_only
from designer.export import delivery, facts
from designer.export.api_examples import example_pairs
from designer.export.diagrams import Diagram, all_diagrams
from designer.export.events_doc import events_context
from designer.export.markdown import MARKER, environment, tidy
from designer.export.rpc_doc import rpc_context
from designer.export.sql.summary import summary as schema_summary
from designer.model import Design

SECTIONS: dict[str, str] = {
    "summary": "Summary",
    "requirements": "Requirements",
    "services": "Service boundaries and responsibilities",
    "architecture": "Service architecture",
    "api": "API contract summary",
    "data": "Data model",
    "auth": "Auth strategy",
    "communication": "Inter-service communication",
    "resilience": "Resilience",
    "observability": "Observability",
    "caching": "Caching",
    "technology": "Technology choices",
    "deployment": "Deployment and rollout",
    "testing": "Testing strategy",
    "tradeoffs": "Trade-offs and alternatives",
    "handoffs": "Hand-offs",
    "plan": "Implementation plan",
    "review": "Review findings",
    "decisions": "Decision records",
    "open-questions": "Open questions",
}
"""Section template name → its heading, in document order."""


def _review(design: Design) -> tuple[list[Any], Any]:
    # Imported here: the review package is large and only the full document needs it.
    from designer.review import review
    from designer.review.plan import implementation_plan

    return list(review(design)), implementation_plan(design)


def _tradeoffs(design: Design) -> list[tuple[str, str, str]]:
    out = [(x.title or x.id, x.decision, ", ".join(x.alternatives))
           for x in design.decisions if x.alternatives]
    return out


def context(design: Design, diagrams: Sequence[Diagram], review: bool = True) -> dict[str, Any]:
    """Everything the templates read."""
    by_stem = {d.stem: d for d in diagrams}
    resources, matrix = facts.permission_matrix(design)
    stores = components(design)
    owned = {s.name: [e.name for e in design.data.entities if e.service == s.name]
             for s in design.architecture.services}
    databases_of = {s.name: [c.name + (" (shared)" if not c.users else "")
                             for c in stores if "database" in c.roles
                             and (s.name in c.users or not c.users)]
                    for s in design.architecture.services}
    findings, plan = _review(design) if review else ([], None)
    rest = rest_only(design)  # the endpoint table and examples are the REST part's
    return {
        "marker": MARKER,
        "d": design,
        "titles": list(SECTIONS.values()),
        "sections": list(SECTIONS),
        "fw": facts.framework(design),
        "auth_summary": facts.auth_summary(design),
        "methods": [m.value for m in design.auth.methods],
        "rows": facts.endpoint_rows(rest),
        "rpc": rpc_context(design),
        "idempotent": any(e.idempotency_key for _, e in design.api.endpoints()),
        "middleware": facts.middleware(design),
        "env": facts.env_vars(design),
        "cors": facts.cors(design),
        "personal": facts.personal_data(design),
        "units": delivery.units(design),
        "rollout_steps": delivery.rollout_steps(design),
        "rollback": delivery.rollback_criteria(design),
        "strangler": delivery.strangler_steps(design),
        "pipeline": delivery.pipeline(design),
        "token_steps": facts.token_steps(design),
        "matrix_resources": resources,
        "matrix_rows": matrix,
        "questions": facts.open_questions(design),
        "tech": facts.technology(design),
        "tradeoffs": _tradeoffs(design),
        "error_example": facts.error_example(design),
        "example_pairs": example_pairs(rest),
        "owned": owned,
        "databases_of": databases_of,
        "pools": pools(design),
        "dependencies": [(s, dep) for s in design.architecture.services
                         for dep in s.depends_on if dep.target],
        "events": events_context(design),
        "signed_as": signed_as(design),
        "diagrams": by_stem,
        "auth_flows": [d for d in diagrams if d.stem.startswith("auth-")],
        "payment_flows": [d for d in diagrams if d.stem.startswith("payment-")],
        "rpc_flows": [d for d in diagrams if d.stem.startswith(("subscription-", "stream-"))],
        "findings": findings,
        "plan": plan,
        # Endpoint lines of the plan are paths, shown as code like everywhere else.
        "calls": {f"{e.method.value} {design.api.base_path.rstrip('/')}{e.path}"
                  for _, e in design.api.endpoints()},
        "schema": schema_summary(design),
        "schema_beside": True,
    }


def render(design: Design, diagrams: Sequence[Diagram] | None = None,
           beside: bool = True) -> str:
    """The whole `architecture.md`. `beside`: the schema files are written next to it (a
    document exported alone names them without links that would lead nowhere)."""
    diagrams = all_diagrams(design) if diagrams is None else diagrams
    template = environment().get_template("architecture.md.j2")
    ctx = context(design, diagrams)
    ctx["schema_beside"] = beside
    return tidy(template.render(ctx))


def render_sections(design: Design, names: Sequence[str], review: bool = False) -> str:
    """Only the sections `names` (for the live preview), tidied like the document."""
    diagrams = all_diagrams(design)
    ctx = context(design, diagrams, review=review)
    env = environment()
    parts = [env.get_template(f"sections/{name}.md.j2").render(ctx) for name in names]
    return tidy("\n\n".join(parts))
