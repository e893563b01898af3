"""The architecture document: context from the design, rendered by the templates in `templates/`.

`templates/architecture.md.j2` is the base; it includes `templates/sections/<name>.md.j2` for
each section in `SECTIONS`, in order. `render_sections` renders a subset for the live preview.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from functools import cache
from typing import Any

from jinja2 import meta

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


def context(design: Design, diagrams: Sequence[Diagram] | None = None, review: bool = True,
            only: Collection[str] | None = None) -> dict[str, Any]:
    """Everything the templates read; with `only`, just those names (the live preview renders
    a few sections, and the request/response examples alone are most of the whole context of a
    large design). `diagrams` are built when a name needs them and none are given."""

    @cache
    def shown() -> Sequence[Diagram]:
        return all_diagrams(design) if diagrams is None else diagrams

    @cache
    def matrix() -> tuple[Any, Any]:
        return facts.permission_matrix(design)

    @cache
    def reviewed() -> tuple[list[Any], Any]:
        return _review(design) if review else ([], None)

    @cache
    def rest() -> Design:
        return rest_only(design)  # the endpoint table and examples are the REST part's

    def flows(*prefixes: str) -> Callable[[], list[Diagram]]:
        return lambda: [d for d in shown() if d.stem.startswith(prefixes)]

    services = design.architecture.services
    parts: dict[str, Callable[[], Any]] = {
        "marker": lambda: MARKER,
        "d": lambda: design,
        "titles": lambda: list(SECTIONS.values()),
        "sections": lambda: list(SECTIONS),
        "fw": lambda: facts.framework(design),
        "auth_summary": lambda: facts.auth_summary(design),
        "methods": lambda: [m.value for m in design.auth.methods],
        "rows": lambda: facts.endpoint_rows(rest()),
        "rpc": lambda: rpc_context(design),
        "idempotent": lambda: any(e.idempotency_key for _, e in design.api.endpoints()),
        "middleware": lambda: facts.middleware(design),
        "env": lambda: facts.env_vars(design),
        "cors": lambda: facts.cors(design),
        "personal": lambda: facts.personal_data(design),
        "units": lambda: delivery.units(design),
        "rollout_steps": lambda: delivery.rollout_steps(design),
        "rollback": lambda: delivery.rollback_criteria(design),
        "strangler": lambda: delivery.strangler_steps(design),
        "pipeline": lambda: delivery.pipeline(design),
        "token_steps": lambda: facts.token_steps(design),
        "matrix_resources": lambda: matrix()[0],
        "matrix_rows": lambda: matrix()[1],
        "questions": lambda: facts.open_questions(design),
        "tech": lambda: facts.technology(design),
        "tradeoffs": lambda: _tradeoffs(design),
        "error_example": lambda: facts.error_example(design),
        "example_pairs": lambda: example_pairs(rest()),
        "owned": lambda: {s.name: [e.name for e in design.data.entities if e.service == s.name]
                          for s in services},
        "databases_of": lambda: {s.name: [c.name + (" (shared)" if not c.users else "")
                                          for c in components(design) if "database" in c.roles
                                          and (s.name in c.users or not c.users)]
                                 for s in services},
        "pools": lambda: pools(design),
        "dependencies": lambda: [(s, dep) for s in services for dep in s.depends_on
                                 if dep.target],
        "events": lambda: events_context(design),
        "signed_as": lambda: signed_as(design),
        "diagrams": lambda: {d.stem: d for d in shown()},
        "auth_flows": flows("auth-"),
        "payment_flows": flows("payment-"),
        "rpc_flows": flows("subscription-", "stream-"),
        "findings": lambda: reviewed()[0],
        "plan": lambda: reviewed()[1],
        # Endpoint lines of the plan are paths, shown as code like everywhere else.
        "calls": lambda: {f"{e.method.value} {design.api.base_path.rstrip('/')}{e.path}"
                          for _, e in design.api.endpoints()},
        "schema": lambda: schema_summary(design),
        "schema_beside": lambda: True,
    }
    return {name: make() for name, make in parts.items() if only is None or name in only}


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
    """Only the sections `names` (for the live preview), tidied like the document; the
    context has only what their templates read."""
    env = environment()
    ctx = context(design, review=review, only=read_by(tuple(names)))
    parts = [env.get_template(f"sections/{name}.md.j2").render(ctx) for name in names]
    return tidy("\n\n".join(parts))


@cache
def read_by(names: tuple[str, ...]) -> frozenset[str] | None:
    """The context names the section templates `names` read, and the templates they include
    (names they set themselves are among them: asking for those builds nothing); None, for
    the whole context, when one includes a template whose name is computed."""
    env = environment()
    read: set[str] = set()
    todo = [f"sections/{name}.md.j2" for name in names]
    seen: set[str] = set()
    while todo:
        template = todo.pop()
        if template in seen:
            continue
        seen.add(template)
        source = env.loader.get_source(env, template)[0] if env.loader else ""
        tree = env.parse(source)
        read |= meta.find_undeclared_variables(tree)
        included = list(meta.find_referenced_templates(tree))
        if None in included:
            return None
        todo += [name for name in included if name is not None]
    return frozenset(read)
