"""Every rule of the catalogue, both ways, plus the review's ordering and noise guarantees.

The cases live in `test_review_cases`; a rule added to the catalogue without cases fails
`test_every_rule_has_cases`.
"""

from __future__ import annotations

import pytest
from test_review_cases import CASES
from test_review_fixtures import endpoint, entity, good_design

from designer.model.api import EndpointAuth
from designer.model.data import Engine, Entity, Field, FieldType
from designer.model.design import Design
from designer.review import CATALOGUE, Severity, by_stage, review


def _ids(design: Design) -> set[str]:
    return {f.rule_id for f in review(design)}


def test_the_clean_design_has_no_findings() -> None:
    assert review(good_design()) == []


def test_every_rule_has_cases() -> None:
    ids = [r.id for r in CATALOGUE]
    assert sorted(set(ids) - set(CASES)) == [], "rules without trigger / clean cases"
    assert sorted(set(CASES) - set(ids)) == [], "cases for rules that do not exist"
    assert len(ids) >= 30


@pytest.mark.parametrize("rule_id", sorted(CASES))
def test_rule_triggers(rule_id: str) -> None:
    design = good_design()
    CASES[rule_id][0](design)
    found = [f for f in review(design) if f.rule_id == rule_id]
    assert found, f"{rule_id} did not fire"
    rule = next(r for r in CATALOGUE if r.id == rule_id)
    for finding in found:
        assert finding.severity is rule.severity
        assert finding.title == rule.title and finding.fix == rule.fix
        assert finding.location and finding.message


@pytest.mark.parametrize("rule_id", sorted(CASES))
def test_rule_stays_quiet(rule_id: str) -> None:
    design = good_design()
    CASES[rule_id][1](design)
    assert rule_id not in _ids(design)


def test_catalogue_metadata_is_complete_and_unique() -> None:
    ids = [r.id for r in CATALOGUE]
    assert len(ids) == len(set(ids))
    assert ids == sorted(ids, key=lambda i: (i.rpartition("-")[0], int(i.rpartition("-")[2])))
    categories = {r.category for r in CATALOGUE}
    assert {
        "architecture",
        "api",
        "data",
        "security",
        "performance",
        "operations",
        "testing",
    } <= categories
    for r in CATALOGUE:
        assert r.title and r.fix and r.seed[:3] in {"000", "001", "002", "003"}


def test_a_new_design_gets_a_few_infos_only() -> None:
    found = review(Design.new("fresh"))
    assert found, "an empty design should still name the open decisions"
    assert all(f.severity is Severity.INFO for f in found)
    per_stage: dict[str, int] = {}
    for f in found:
        per_stage[f.stage] = per_stage.get(f.stage, 0) + 1
    assert max(per_stage.values()) <= 3


def test_findings_are_sorted_and_deterministic() -> None:
    design = good_design()
    for rule_id in ("API-010", "DATA-002", "SEC-002", "TEST-001", "MODEL-001", "ARCH-001"):
        CASES[rule_id][0](design)
    found = review(design)
    assert found == review(design.model_copy(deep=True))
    keys = [f.sort_key for f in found]
    assert keys == sorted(keys)
    assert found[0].severity is Severity.ERROR


def test_model_problems_map_to_their_stage() -> None:
    design = good_design()
    entity(design, "Order").database = "nowhere"
    endpoint(design, "GET /orders").roles = ["ghost"]
    found = [f for f in review(design) if f.rule_id == "MODEL-001"]
    assert {(f.stage.value, f.location) for f in found} == {
        ("data", "data.entities[Order].database"),
        ("api", "api.resources[orders].endpoints[GET /orders].roles"),
    }


def test_anonymous_sign_up_is_not_reported_as_exposing_personal_data() -> None:
    design = good_design()
    assert endpoint(design, "POST /users").auth is EndpointAuth.NONE
    assert "API-005" not in _ids(design)


def test_required_self_reference_is_a_cycle() -> None:
    design = good_design()
    entity(design, "User").fields.append(
        Field(name="referrer_id", type=FieldType.UUID, references="User", unique=True)
    )
    found = [f for f in review(design) if f.rule_id == "DATA-006"]
    assert [f.location for f in found] == ["data.entities[User].fields[referrer_id]"]


def test_by_stage_groups_in_interview_order() -> None:
    design = good_design()
    for rule_id in ("TEST-001", "API-010", "ARCH-001"):
        CASES[rule_id][0](design)
    groups = by_stage(review(design))
    assert [s.value for s in groups] == ["requirements", "api", "testing"]
    assert [f.rule_id for f in groups[next(iter(groups))]] == ["ARCH-001"]


def _hits(design: Design, rule_id: str) -> list[tuple[str, str]]:
    return [(f.location, f.message) for f in review(design) if f.rule_id == rule_id]


def test_one_relational_database_among_others_needs_a_migration_tool() -> None:
    """DATA-009 asks whether *any* database is relational, not whether all are."""
    design = good_design()
    design.data.migration_tool = ""
    design.data.databases[1].engine = Engine.MONGODB
    assert _hits(design, "DATA-009") == [
        ("data.migration_tool", "a relational schema with no migration tool")
    ]


def test_a_resource_with_one_protected_endpoint_needs_a_permission() -> None:
    """SEC-016: `users` has a public sign-up and a protected read; the read alone makes it a
    protected resource."""
    design = good_design()
    design.auth.permissions = [p for p in design.auth.permissions if p.resource != "users"]
    assert [e.auth for e in design.api.resources[1].endpoints] == [
        EndpointAuth.NONE, EndpointAuth.REQUIRED
    ]
    assert _hits(design, "SEC-016") == [
        ("auth.permissions[users]", "no role is granted anything on 'users'")
    ]


def test_one_entity_with_fields_is_enough_for_the_personal_data_question() -> None:
    """SEC-013 fires when any entity has fields, also beside an entity that has none yet."""
    design = good_design()
    for e in design.data.entities:
        for f in e.fields:
            f.pii = False
    design.data.entities.append(Entity(name="Draft"))
    assert _hits(design, "SEC-013") == [("data.entities", "no field is marked as personal data")]
