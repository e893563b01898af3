"""Mermaid diagrams: escaping, stable ids, and mermaid-js's own parser over fixed and random
designs with hostile names (each batch goes through one Node process).
"""

from __future__ import annotations

from pathlib import Path

import yaml
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from test_export_helpers import parse_mermaid, rich_design

from designer.export import export, render_all
from designer.export.diagrams import all_diagrams, architecture, auth_flows, er
from designer.export.mermaid_text import MARKER, front_matter, label
from designer.model import Design
from designer.model.architecture import Broker
from designer.model.auth import AuthMethod
from designer.model.data import Cardinality

HOSTILE = ["end", "subgraph", 'a "quoted" name', "[brackets]", "{braces}", "(parens)",
           "주문 서비스", "🚀 rocket", "a;b", "#hash", "%%comment", "pipe|pipe", "<b>html</b>",
           "back`tick", "line\nbreak", "graph TD", "-->", "x:y", "", "  ", "\\slash", "&amp;"]

names = st.one_of(st.sampled_from(HOSTILE), st.text(min_size=0, max_size=12))


@st.composite
def designs(draw: st.DrawFn) -> Design:
    """Random designs whose every user-facing name may be hostile."""
    services = draw(st.lists(names, max_size=4))
    entities = draw(st.lists(names, max_size=5))
    services_data = [
        {"name": s, "depends_on": [{"target": t, "style": draw(st.sampled_from(["sync", "async"]))}
                                   for t in draw(st.lists(st.sampled_from(services), max_size=2))
                                   if services],
         "publishes": draw(st.lists(names, max_size=2)), "consumes": draw(st.lists(names,
                                                                                  max_size=1))}
        for s in services
    ]
    entity_data = [
        {"name": e, "service": draw(st.sampled_from(["", *services])),
         "fields": [{"name": f, "type": draw(st.sampled_from(["uuid", "string", "enum"])),
                     "primary_key": draw(st.booleans()), "unique": draw(st.booleans()),
                     "references": draw(st.sampled_from(["", *entities]))}
                    for f in draw(st.lists(names, max_size=3))]}
        for e in entities
    ]
    relationships = [
        {"source": draw(st.sampled_from(entities)), "target": draw(st.sampled_from(entities)),
         "kind": draw(st.sampled_from(list(Cardinality))), "name": draw(names),
         "through": draw(st.sampled_from(["", *entities])), "required": draw(st.booleans())}
        for _ in range(draw(st.integers(0, 3))) if entities
    ]
    return Design.model_validate({
        "requirements": {"name": draw(names), "description": draw(names),
                         "integrations": [{"name": n} for n in draw(st.lists(names, max_size=3))]},
        "architecture": {"services": services_data, "gateway": draw(names),
                         "broker": draw(st.sampled_from(list(Broker)))},
        "stack": {"framework": draw(names), "cache": draw(names)},
        "api": {"base_path": "/api/v1", "cors_origins": draw(st.lists(names, max_size=2)),
                "resources": [{"name": draw(names), "endpoints": [
                    {"path": "/items", "summary": draw(names), "roles": draw(st.lists(names,
                                                                                     max_size=2))}
                ]}]},
        "data": {"databases": [{"name": n, "service": draw(st.sampled_from(["", *services]))}
                               for n in draw(st.lists(names, max_size=2))],
                 "entities": entity_data, "relationships": relationships},
        "auth": {"methods": draw(st.lists(st.sampled_from(list(AuthMethod)), unique=True)),
                 "roles": [{"name": r} for r in draw(st.lists(names, max_size=2))],
                 "session": {"cookie_name": draw(names) or "sid"}},
        "operations": {"cloud": draw(names), "health_path": draw(names)},
    })


def test_label_encodes_everything_that_could_end_a_label() -> None:
    expected = "a #quot;b#quot; #35;c#59; #lt;d#gt; #124;e#124; #96;f#96;"
    assert label('a "b" #c; <d> |e| `f`') == expected
    assert label("🚀") == "#128640;"
    assert label("line\nbreak  here") == "line break here"
    assert label("") == "(unnamed)"
    assert label("x" * 200).endswith("…")


def test_every_diagram_shows_its_title_then_the_marker() -> None:
    for diagram in all_diagrams(rich_design()):
        front, rest = diagram.source.removeprefix("---\n").split("\n---\n", 1)
        # Mermaid reads front matter only at the very start, with a YAML (JSON-schema) reader.
        assert yaml.safe_load(front) == {"title": diagram.title}
        assert rest.startswith(MARKER + "\n")
        assert "\n---" not in rest
        assert "\t" not in diagram.source


def test_a_hostile_title_stays_one_quoted_line() -> None:
    title = 'Shop "end"\n---\ntitle: x # \x1b[2J 주문 🎉'
    front = front_matter(title)
    assert front.count("\n") == 2 and "\x1b" not in front
    assert yaml.safe_load(front.strip("-\n")) == {"title": 'Shop "end" --- title: x # [2J 주문 🎉'}


def test_ids_are_ours_so_keywords_and_korean_names_cannot_collide() -> None:
    design = rich_design()
    text = architecture(design).source
    assert 'svc3["end"]' in text and "svc1 -->" in text
    assert 'f "상태"' in er(design).source


def test_auth_flows_follow_the_chosen_methods() -> None:
    design = rich_design()
    assert [d.stem for d in auth_flows(design)] == ["auth-jwt", "auth-oauth2", "auth-session"]
    design.auth.methods = [AuthMethod.SESSION, AuthMethod.API_KEY]
    assert [d.stem for d in auth_flows(design)] == ["auth-session"]
    design.auth.jwt.refresh_ttl_days = 0
    design.auth.methods = [AuthMethod.JWT]
    assert "/auth/refresh" not in auth_flows(design)[0].source


def test_er_draws_foreign_keys_and_many_to_many_through_join_entity() -> None:
    design = Design.model_validate({"data": {
        "entities": [{"name": "A", "fields": [{"name": "id", "primary_key": True}]},
                     {"name": "B", "fields": [{"name": "a_id", "references": "A",
                                               "nullable": True}]},
                     {"name": "C"}, {"name": "AC"}],
        "relationships": [{"source": "A", "target": "C", "kind": "many_to_many",
                           "through": "AC"}]}})
    text = er(design).source
    assert 'e1|o--o{e2 : "a_id"' in text
    assert 'e1||--o{e4' in text and 'e3||--o{e4' in text


def test_fixed_designs_parse_with_mermaid_js() -> None:
    sources = [d.source for d in all_diagrams(rich_design())]
    sources += [d.source for d in all_diagrams(Design())]
    results = parse_mermaid(sources)
    failures = [(s, r) for s, r in zip(sources, results, strict=True) if not r["ok"]]
    assert not failures, failures[0]


# One Node process per batch; no shrinking (each step would start Node again): a failure
# reports the diagram source and mermaid-js's error instead.
@settings(max_examples=3, deadline=None, phases=[Phase.explicit, Phase.generate],
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(st.lists(designs(), min_size=10, max_size=10))
def test_random_hostile_designs_give_parseable_diagrams(batch: list[Design]) -> None:
    sources = [d.source for design in batch for d in all_diagrams(design)]
    results = parse_mermaid(sources)
    failures = [(s, r["error"]) for s, r in zip(sources, results, strict=True) if not r["ok"]]
    assert not failures, failures[0]


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(designs())
def test_random_designs_render_deterministically(design: Design) -> None:
    first = render_all(design, only={"doc", "diagrams"})
    again = render_all(design.model_copy(deep=True), only={"doc", "diagrams"})
    assert first == again
    doc = first["architecture.md"]
    assert doc.count("\n# ") == 1 and doc.splitlines()[2].startswith("# ")
    assert "\n\n\n" not in doc and not any(line.endswith(" ") for line in doc.splitlines())


@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                 HealthCheck.function_scoped_fixture])
@given(designs())
def test_export_never_writes_outside_its_folder(tmp_path: Path, design: Design) -> None:
    out = tmp_path / "box" / "out"
    written = export(design, out, only={"doc", "diagrams"}, force=True)
    root = out.resolve()
    assert written and all(p.is_relative_to(root) for p in written)
    outside = [p for p in tmp_path.rglob("*") if p.is_file() and not p.is_relative_to(out)]
    assert outside == []


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(designs())
def test_random_designs_give_valid_openapi(design: Design) -> None:
    import yaml
    from openapi_spec_validator import validate

    files = render_all(design, only={"openapi"})
    if "openapi.yaml" in files:  # a GraphQL or gRPC design without REST endpoints has none
        validate(yaml.safe_load(files["openapi.yaml"]))
