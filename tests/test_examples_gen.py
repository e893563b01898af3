"""Generated examples: deterministic, realistic, and valid against the schemas they illustrate."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012
from strategies import designs

from designer import store
from designer.contract import examples as ex
from designer.contract.examples import (
    Examples,
    entity_example,
    fixed_uuid,
    is_korean,
    member_example,
    schema_example,
)
from designer.contract.types import Types
from designer.contract.variants import Body, BodyContext
from designer.export import openapi_fields
from designer.export.openapi import build
from designer.model import Design
from designer.model.api import Schema, SchemaField
from designer.model.data import Entity, Field
from designer.model.requirements import Requirements
from designer.model.types import FieldType, Member, Shape

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = sorted((ROOT / "examples").glob("*/*.design.yaml"))
METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
FORMATS = Draft202012Validator.FORMAT_CHECKER
NO_TYPES = Types({}, {}, {})


def _load(path: Path) -> Design:
    return store.load(path)


def _errors(schema: dict[str, Any], value: Any, registry: Registry | None = None) -> list[str]:
    kwargs: dict[str, Any] = {"format_checker": FORMATS}
    if registry is not None:
        kwargs["registry"] = registry
    validator = Draft202012Validator(schema, **kwargs)
    return [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(value)]


def _member_errors(member: Member, value: Any, types: Types = NO_TYPES) -> list[str]:
    schema = openapi_fields.member_schema(member, types, lambda name: {})
    return _errors(schema, value)


# ----- the OpenAPI document ------------------------------------------------------------------

DOC_URI = "urn:designer:openapi"


def _registry(doc: dict[str, Any]) -> Registry:
    return Registry().with_resource(DOC_URI, Resource(contents=doc, specification=DRAFT202012))


def _ref(pointer: str) -> dict[str, str]:
    return {"$ref": DOC_URI + pointer}


def _media(doc: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """(where, pointer, media type object) of every request body and 2xx response."""
    for section in ("paths", "webhooks"):
        for path, item in doc.get(section, {}).items():
            for method in METHODS:
                op = item.get(method)
                if op is None:
                    continue
                escaped = path.replace("~", "~0").replace("/", "~1")
                base = f"#/{section}/{escaped}/{method}"
                body = op.get("requestBody", {})
                for kind, media in body.get("content", {}).items():
                    yield f"{method.upper()} {path} request", f"{base}/requestBody/content/" + \
                        kind.replace("/", "~1"), media
                for code, response in op.get("responses", {}).items():
                    if not code.startswith("2") or "content" not in response:
                        continue
                    for kind, media in response["content"].items():
                        yield f"{method.upper()} {path} {code}", f"{base}/responses/{code}/" \
                            "content/" + kind.replace("/", "~1"), media


def where_section(pointer: str) -> str:
    return pointer.split("/")[1]


def check_examples(doc: dict[str, Any], require: bool = True) -> None:
    """Every component schema example and every body / success example validates."""
    registry = _registry(doc)
    problems: list[str] = []
    for name, schema in doc.get("components", {}).get("schemas", {}).items():
        for value in schema.get("examples", []):
            found = _errors(_ref(f"#/components/schemas/{name}"), value, registry)
            problems += [f"schema {name}: {e}" for e in found]
    for where, pointer, media in _media(doc):
        if "schema" not in media:
            continue
        named = media.get("examples", {})
        # Webhook and channel bodies (openapi_realtime) do not carry examples yet.
        json_body = pointer.endswith("application~1json")
        if require and where_section(pointer) == "paths" and json_body and not named \
                and "example" not in media:
            problems.append(f"{where}: no example")
        for key, item in named.items():
            found = _errors(_ref(pointer + "/schema"), item["value"], registry)
            problems += [f"{where} example {key}: {e}" for e in found]
    assert not problems, "\n".join(problems[:20])


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.parent.name)
def test_every_body_of_every_example_design_has_a_valid_example(path: Path) -> None:
    doc = build(_load(path))
    check_examples(doc)
    # Every success response or request body with a schema carries at least one example.
    assert any(True for _ in _media(doc))


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(designs())
def test_random_designs_have_valid_examples(design: Design) -> None:
    check_examples(build(design))


def test_examples_in_operations_match_the_component_examples() -> None:
    design = _load(ROOT / "examples" / "ecommerce-postgres" / "ecommerce-postgres.design.yaml")
    doc = build(design)
    schemas = doc["components"]["schemas"]
    for _, _, media in _media(doc):
        target = media["schema"].get("$ref", "").rsplit("/", 1)[-1]
        if target in schemas and "examples" in schemas[target]:
            (value,) = [item["value"] for item in media["examples"].values()]
            assert value == schemas[target]["examples"][0]


# ----- determinism ---------------------------------------------------------------------------

_DUMP = """
import json, sys
from pathlib import Path
from designer import store
from designer.export.openapi import build
out = {}
for path in sys.argv[1:]:
    doc = build(store.load(Path(path)))
    found = []
    def walk(node):
        if isinstance(node, dict):
            for key, value in node.items():
                if key in ("examples", "example"):
                    found.append(value)
                else:
                    walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)
    walk(doc)
    out[path] = found
print(json.dumps(out, sort_keys=True, ensure_ascii=False))
"""


def _dump(seed: str) -> str:
    env = {**os.environ, "PYTHONHASHSEED": seed}
    result = subprocess.run(
        [sys.executable, "-c", _DUMP, *map(str, EXAMPLES)],
        capture_output=True, text=True, env=env, check=True, cwd=ROOT,
    )
    return result.stdout


def test_examples_are_the_same_in_every_process() -> None:
    first, second = _dump("0"), _dump("4242")
    assert first == second
    assert '"examples"' not in first or first.count("@example.com") > 0


# ----- single fields -------------------------------------------------------------------------


def test_krw_money_is_a_whole_number_and_other_money_a_decimal_string() -> None:
    won = Member(name="price", type="money", currency="KRW")
    dollars = Member(name="price", type="money", currency="USD", precision=10, scale=2)
    assert member_example(won, NO_TYPES, "ko-KR") == 15000
    assert isinstance(member_example(won, NO_TYPES, "en-US"), int)
    text = member_example(dollars, NO_TYPES, "en-US")
    assert isinstance(text, str) and re.fullmatch(r"[0-9]+\.[0-9]{2}", text)
    for member in (won, dollars):
        assert not _member_errors(member, member_example(member, NO_TYPES, "ko-KR"))


def test_korean_locale_gives_korean_people_phones_and_kst_times() -> None:
    assert is_korean("ko-KR") and is_korean("ko") and is_korean("ko_KR")
    assert not is_korean("en-US") and not is_korean("") and not is_korean("kok")
    user = Entity(name="User", fields=[
        Field(name="id", type="uuid", primary_key=True),
        Field(name="name", type="string"),
        Field(name="email", type="email"),
        Field(name="phone", type="string"),
        Field(name="joined_at", type="datetime"),
    ])
    types = Types({}, {"User": user}, {})
    ko = entity_example(user, None, types, "ko-KR")
    assert re.fullmatch(r"[가-힣]{3}", ko["name"])
    assert ko["email"].endswith("@example.com")
    assert re.fullmatch(r"010-[0-9]{4}-[0-9]{4}", ko["phone"])
    assert ko["joined_at"].endswith("+09:00") and ko["created_at"].endswith("+09:00")
    en = entity_example(user, None, types, "en-US")
    assert re.fullmatch(r"[A-Z][a-z]+ [A-Z][a-z]+", en["name"])
    assert en["joined_at"].endswith("Z")
    # The same name and e-mail belong together (both are seeded by the entity).
    assert ko["email"].split("@")[0] in {h for _, h in ex._PEOPLE_KO}


def test_foreign_keys_repeat_the_key_they_point_to() -> None:
    user = Entity(name="User", fields=[Field(name="id", type="uuid", primary_key=True)])
    order = Entity(name="Order", fields=[
        Field(name="id", type="uuid", primary_key=True),
        Field(name="user_id", type="uuid", references="User"),
    ])
    types = Types({}, {"User": user, "Order": order}, {})
    read_user = entity_example(user, None, types)
    read_order = entity_example(order, None, types)
    assert read_order["user_id"] == read_user["id"] == fixed_uuid("User.id")
    assert read_order["id"] != read_user["id"]
    create = entity_example(order, BodyContext(Body.CREATE), types)
    assert "id" not in create and "created_at" not in create and "user_id" in create


def test_user_examples_win_when_they_fit() -> None:
    cases = [
        (Member(name="count", type="integer", example="7"), 7),
        (Member(name="count", type="integer", example="1e3"), 1000),
        (Member(name="code", type="string", example="1e3"), "1e3"),
        (Member(name="code", type="string", example='"quoted"'), "quoted"),
        (Member(name="tags", type="string", shape=Shape.LIST, example='["a", "b"]'), ["a", "b"]),
        (Member(name="tags", type="string", shape=Shape.LIST, example="solo"), ["solo"]),
        (Member(name="meta", type="json", example='{"a": 1}'), {"a": 1}),
        (Member(name="note", type="text", example="plain text: yes"), "plain text: yes"),
        (Member(name="state", type="enum", enum_values=["on", "off"], example="off"), "off"),
    ]
    for member, expected in cases:
        assert member_example(member, NO_TYPES) == expected, member
    # An example that does not fit the field is replaced by a generated one.
    bad = [
        Member(name="count", type="integer", example="many"),
        Member(name="count", type="integer", maximum=5, example="9"),
        Member(name="state", type="enum", enum_values=["on", "off"], example="maybe"),
        Member(name="code", type="string", max_length=2, example="toolong"),
        Member(name="id", type="uuid", example="not-a-uuid"),
    ]
    for member in bad:
        value = member_example(member, NO_TYPES)
        assert value != member.example and not _member_errors(member, value), member


def test_patterns_constraints_and_enums_are_honoured() -> None:
    cases = [
        Member(name="code", type="string", pattern=r"^[A-Z]{3}-[0-9]{4}$"),
        Member(name="sku", type="string", pattern=r"^SKU_\d{2,}$", min_length=8),
        Member(name="slug", type="string", pattern=r"^[a-z0-9]+(?:-[a-z0-9]+)*$", max_length=5),
        Member(name="phone", type="string", pattern=r"^\+?[0-9]{10,13}$"),
        Member(name="name", type="string", min_length=20),
        Member(name="name", type="string", max_length=2),
        Member(name="qty", type="integer", minimum=3, maximum=9, multiple_of=4),
        Member(name="ratio", type="float", minimum=0.1, maximum=0.9, multiple_of=0.1),
        Member(name="amount", type="decimal", precision=4, scale=2),
        Member(name="amount", type="decimal", precision=3, scale=0),
        Member(name="age", type="integer", minimum=-5, maximum=-1),
        Member(name="items", type="string", shape=Shape.LIST, min_items=3, max_items=4),
        Member(name="state", type="enum", enum_values=["pending", "paid"], nullable=True),
        Member(name="at", type="time"),
        Member(name="on", type="date"),
        Member(name="when", type="datetime", nullable=True),
        Member(name="labels", type="string", shape=Shape.MAP),
        Member(name="nested", type="object", fields=[
            Member(name="a", type="integer"), Member(name="b", type="email", optional=True)]),
    ]
    for member in cases:
        value = member_example(member, NO_TYPES, "ko-KR")
        assert not _member_errors(member, value), (member, value)
    assert member_example(cases[0], NO_TYPES) == "AAA-0000"
    assert member_example(cases[11], NO_TYPES) == ["example items"] * 3
    assert member_example(cases[12], NO_TYPES) == "pending"


def test_cycles_end_in_null_empty_lists_or_left_out_keys() -> None:
    category = Entity(name="Category", fields=[
        Field(name="id", type="integer", primary_key=True),
        Field(name="parent", type="Category", nullable=True),
        Field(name="children", type="Category", shape=Shape.LIST),
        Field(name="sibling", type="Category", optional=True),
    ])
    node = Schema(name="Node", fields=[
        SchemaField(name="next", type="Node", nullable=True),
        SchemaField(name="kids", type="Node", shape=Shape.MAP),
    ])
    types = Types({}, {"Category": category}, {"Node": node})
    value = entity_example(category, None, types)
    assert value["parent"] is None
    assert value["children"] == []
    assert "sibling" not in value
    assert schema_example(node, types) == {"next": None, "kids": {}}
    # One level down, through a non-recursive owner, the cycle closes at the second visit.
    holder = Member(name="root", type="Category")
    assert member_example(holder, types)["parent"] is None
    for member, value in [(holder, member_example(holder, types))]:
        assert member_example(member, types) == value


def test_named_enums_and_entities_resolve() -> None:
    from designer.model.types import EnumType

    status = EnumType(name="Status", values=["draft", "live"])
    item = Entity(name="Item", fields=[Field(name="sku", type="string")])
    holder = Member(name="items", type="Item", shape=Shape.LIST)
    types = Types({"Status": status}, {"Item": item}, {})
    assert member_example(Member(name="s", type="Status"), types) == "draft"
    (only,) = member_example(holder, types)
    assert set(only) == {"sku", "created_at", "updated_at"}


# ----- property tests ------------------------------------------------------------------------

NAMES = st.one_of(
    st.sampled_from(["email", "name", "price", "phone", "created_at", "user_id", "id", "이메일",
                     "이름", "가격", "🎉", '"quoted"', "it's", "1e3", "yes", "null", "~",
                     "true", "- item", "a: b", "#tag", "total_amount", "expires_in"]),
    st.text(min_size=1, max_size=12),
)
SCALARS = [t.value for t in FieldType if t not in (FieldType.OBJECT,)]
PATTERNS = {"": (0, None), r"^[a-z]+$": (1, None), r"^[A-Z]{2}[0-9]{3}$": (5, 5),
            r"\d": (1, None), r"^(foo|bar)-\w+$": (5, None), r"^.{3,}$": (3, None),
            r"^[가-힣]+$": (1, None), r"^\S+@\S+$": (3, None)}
"""Patterns with the shortest and longest strings they match (None: no limit)."""


@st.composite
def members(draw: Any) -> Member:
    kind = draw(st.sampled_from(SCALARS))
    data: dict[str, Any] = {"name": draw(NAMES), "type": kind,
                            "shape": draw(st.sampled_from(list(Shape))),
                            "nullable": draw(st.booleans())}
    if data["shape"] is Shape.LIST and draw(st.booleans()):
        low = draw(st.integers(0, 4))
        data["min_items"] = low
        data["max_items"] = draw(st.integers(max(low, 1), 6))
    if kind in ("string", "text", "email", "url"):
        low = draw(st.none() | st.integers(0, 30))
        floor = 3 if kind == "email" else 1  # a@b is the shortest e-mail address
        high = draw(st.none() | st.integers(max(low or floor, floor), 60))
        data.update(min_length=low, max_length=high)
        if kind in ("string", "text"):
            pattern = draw(st.sampled_from(sorted(PATTERNS)))
            shortest, longest = PATTERNS[pattern]
            assume(high is None or high >= shortest)
            assume(low is None or longest is None or low <= longest)
            data["pattern"] = pattern
    if kind in ("integer", "bigint", "float"):
        low = draw(st.none() | st.integers(-1000, 1000))
        high = draw(st.none() | st.integers(low if low is not None else -1000, 2000))
        if low is not None and high is not None and draw(st.booleans()):
            step = draw(st.sampled_from([1, 2, 5, 7, 10]))
            assume(any(n % step == 0 for n in range(low, high + 1)))
            data["multiple_of"] = step
        data.update(minimum=low, maximum=high)
    if kind in ("decimal", "money"):
        precision = draw(st.none() | st.integers(1, 20))
        if precision is not None:
            data["precision"] = precision
            data["scale"] = draw(st.integers(0, precision))
        if kind == "money":
            data["currency"] = draw(st.sampled_from(["", "KRW", "USD", "JPY", "EUR"]))
    if kind == "enum":
        data["enum_values"] = draw(st.lists(st.text(min_size=1, max_size=8), min_size=1,
                                            max_size=4))
    if draw(st.booleans()):
        data["example"] = draw(st.one_of(st.text(max_size=10), st.sampled_from(
            ["1e3", "null", "[]", "{}", '"x"', "12", "-3.5", "true", "2025-01-01", "[1, 2]"])))
    return Member(**data)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(members(), st.sampled_from(["", "ko-KR", "en-US", "ja-JP"]))
def test_every_generated_example_validates_against_its_schema(member: Member,
                                                              locale: str) -> None:
    value = member_example(member, NO_TYPES, locale)
    assert not _member_errors(member, value), (member, value)
    assert member_example(member, NO_TYPES, locale) == value  # the same every time
    json.dumps(value)  # plain JSON data

def test_generator_reads_the_locale_from_the_design() -> None:
    design = Design(requirements=Requirements(locale="ko-KR"))
    assert Examples(Types.of(design), design.requirements.locale).korean


def test_document_shows_a_request_and_response_per_resource() -> None:
    from designer.export.api_examples import example_pairs
    from designer.export.document import render_sections

    design = _load(ROOT / "examples" / "ecommerce-postgres" / "ecommerce-postgres.design.yaml")
    pairs = example_pairs(design)
    with_bodies = [r for r in design.api.resources
                   if any(e.request or e.response for e in r.endpoints)]
    assert [p.resource for p in pairs] == [r.name for r in with_bodies]
    text = render_sections(design, ["api"])
    assert "### Request and response examples" in text
    blocks = re.findall(r"```json\n(.*?)\n```", text, re.S)
    bodies = [json.loads(b) for b in blocks]
    assert len(bodies) >= len(pairs)
    for pair in pairs:
        assert f"`{pair.method} {design.api.base_path}{pair.path}`" in text
        for body in (pair.request, pair.response):
            if body is not None:
                assert json.loads(body) in bodies
    assert "+09:00" in text


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.parent.name)
def test_remembered_entity_examples_are_the_ones_made_afresh(path: Path) -> None:
    # An export remembers each entity's example per body context (the design does not change
    # meanwhile); what it hands out must be what a fresh generator makes.
    design = store.load(path)
    types = Types.of(design)
    remembered = Examples(types, design.requirements.locale, remember=True)
    contexts = [BodyContext(shape) for shape in Body]
    for entity in design.data.entities:
        for context in contexts:
            first = remembered.entity(entity, context)
            fresh = Examples(types, design.requirements.locale).entity(entity, context)
            assert json.dumps(first, sort_keys=True) == json.dumps(fresh, sort_keys=True)
            assert remembered.entity(entity, context) is first
