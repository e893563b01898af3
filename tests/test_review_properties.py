"""Properties of the review and plan over generated designs: no crash, full, deterministic."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from designer.model.api import Endpoint, Method, Resource
from designer.model.architecture import ArchitectureStyle, Dependency, Service
from designer.model.data import Cardinality, Entity, Field, Relationship
from designer.model.design import Design
from designer.review import review
from designer.review.plan import implementation_plan

NAMES = ["A", "B", "C", "D", "E", "F"]


@st.composite
def designs(draw: st.DrawFn) -> Design:
    names = draw(st.lists(st.sampled_from(NAMES), min_size=0, max_size=6, unique=True))
    entities = []
    for name in names:
        refs = draw(st.lists(st.sampled_from(NAMES), max_size=3))
        fields = [Field(name="id", primary_key=draw(st.booleans()))]
        fields += [
            Field(name=f"r{i}_id", references=ref, nullable=draw(st.booleans()))
            for i, ref in enumerate(refs)
        ]
        entities.append(Entity(name=name, fields=fields, service=draw(st.sampled_from("xy "))))
    relationships = [
        Relationship(source=s, target=t, kind=k, through=draw(st.sampled_from(["", *names])))
        for s, t, k in draw(
            st.lists(
                st.tuples(
                    st.sampled_from(NAMES), st.sampled_from(NAMES), st.sampled_from(Cardinality)
                ),
                max_size=4,
            )
        )
    ]
    services = [
        Service(
            name=s,
            depends_on=[Dependency(target=t) for t in draw(st.lists(st.sampled_from("xyz")))],
        )
        for s in draw(st.lists(st.sampled_from("xyz"), unique=True))
    ]
    design = Design.new("generated")
    design.architecture.style = draw(st.none() | st.sampled_from(ArchitectureStyle))
    design.architecture.services = services
    design.data.entities = entities
    design.data.relationships = relationships
    design.api.resources = [
        Resource(
            name=n.lower(),
            entity=n,
            endpoints=[Endpoint(method=m, path=f"/{n.lower()}") for m in (Method.GET, Method.POST)],
        )
        for n in names[:3]
    ]
    return design


@settings(max_examples=50, deadline=None)
@given(designs())
def test_review_and_plan_never_fail_and_cover_every_entity(design: Design) -> None:
    found = review(design)
    assert all(f.location and f.message for f in found)
    assert found == review(design.model_copy(deep=True))
    plan = implementation_plan(design)
    listed = [
        name
        for item in plan.phase("core_models").items
        for name in item.split(" (", 1)[0].split(" ", 1)[1].split(" + ")
    ]
    assert sorted(listed) == sorted(e.name for e in design.data.entities)
    assert len(plan.phase("endpoints").items) == 2 * len(design.api.resources)
