"""The GraphQL and gRPC contracts: `schema.graphql` built and validated by graphql-js, and
`proto/<package>.proto` compiled by protoc and linted by buf (STANDARD), for every example
turned GraphQL, gRPC or mixed and for random designs with hostile names and reserved words."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path
from typing import Any

from contract_tools import check_proto, validate_sdl
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from strategies import designs

from designer import store
from designer.contract.styles import endpoints_of
from designer.export import KINDS, render_all
from designer.model import Design
from designer.model.api import ApiStyle

EXAMPLES = sorted(Path(__file__).resolve().parent.parent.glob("examples/*/*.design.yaml"))

RESERVED = [
    # GraphQL: roots, built-in scalars, introspection, literals, keywords, our own names.
    "Query", "Mutation", "Subscription", "String", "Int", "ID", "Boolean", "__typename",
    "__schema", "true", "false", "null", "type", "input", "enum", "PageInfo", "DateTime",
    "UUID", "JSON",
    # Protocol Buffers: keywords, scalar types, well-known packages, json-name twins.
    "message", "syntax", "package", "import", "option", "service", "rpc", "returns",
    "reserved", "optional", "repeated", "map", "string", "int32", "bytes", "google",
    "Timestamp", "foo_bar2", "foo bar 2", "Request", "Response",
    # Leading digits, Hangul, emoji, nothing usable at all.
    "1st", "42", "주문", "🎉", "!!",
]


def _styled(design: Design, style: ApiStyle) -> Design:
    return design.model_copy(update={"api": design.api.model_copy(update={"style": style})})


@st.composite
def hostile_designs(draw: Any) -> Design:
    """A random design, plus an entity named by a reserved word whose fields and enum values
    are reserved words too, read by a GET endpoint and written by a POST."""
    design = draw(designs())
    data = design.model_dump(mode="json")
    entity = draw(st.sampled_from(RESERVED))
    if any(e["name"] == entity for e in data["data"]["entities"]) \
            or entity in {s["name"] for s in data["api"]["schemas"]} \
            or entity in {e["name"] for e in data["data"]["enums"]}:
        entity = "Reserved"
    names = draw(st.lists(st.sampled_from(RESERVED), min_size=1, max_size=6, unique=True))
    fields = [{"name": "id", "type": "uuid", "primary_key": True}]
    for number, name in enumerate(names):
        kind = ["string", "datetime", "enum", "json", "money", "object"][number % 6]
        fields.append({"name": name, "type": kind, "optional": number % 2 == 1,
                       "enum_values": draw(st.lists(st.sampled_from(RESERVED), min_size=1,
                                                    max_size=4, unique=True))
                       if kind == "enum" else [],
                       "fields": [{"name": n, "type": "integer"} for n in names[:2]]
                       if kind == "object" else []})
    data["data"]["entities"].append({"name": entity, "fields": fields})
    data["api"]["resources"].append({"name": entity, "entity": entity, "endpoints": [
        {"method": "GET", "path": "/reserved", "response": {"name": entity, "many": True},
         "paginated": True},
        {"method": "GET", "path": "/reserved/{id}", "response": {"name": entity}},
        {"method": "POST", "path": "/reserved",
         "request": {"name": entity, "variant": "create"}, "response": {"name": entity}},
    ]})
    data["api"]["style"] = draw(st.sampled_from(["graphql", "grpc", "mixed"]))
    # The design's own operations and rpcs, named, typed and described by reserved words too.
    ops = draw(st.lists(st.sampled_from(RESERVED), min_size=1, max_size=3, unique=True))
    data["api"]["graphql"] = {"operations": [
        {"kind": ["query", "mutation", "subscription"][i % 3], "name": name,
         "description": name, "arguments": [{"name": n, "type": "uuid"} for n in names[:2]],
         "returns": {"name": entity, "many": i % 2 == 1}, "paginated": i % 2 == 1}
        for i, name in enumerate(ops)]}
    data["api"]["grpc"] = {"services": [{"name": draw(st.sampled_from(RESERVED)), "rpcs": [
        {"name": name, "kind": ["unary", "server_stream", "client_stream", "bidi_stream"][i % 4],
         "request": {"name": entity}, "response": {"name": entity, "many": i % 2 == 0}}
        for i, name in enumerate(ops)]}]}
    if data["api"]["style"] == "mixed":
        # REST at the edge; the reserved resource read over GraphQL and written over gRPC.
        reads, write = data["api"]["resources"][-1]["endpoints"][:2], \
            data["api"]["resources"][-1]["endpoints"][2]
        for endpoint in reads:
            endpoint["style"] = "graphql"
        write["style"] = "grpc"
    return Design.model_validate(data)


def test_graphql_and_proto_are_export_kinds_of_their_styles_only() -> None:
    assert {"graphql", "proto"} <= set(KINDS)
    design = store.load(EXAMPLES[0])
    for style, expected in [(ApiStyle.REST, set()), (None, set()),
                            (ApiStyle.GRAPHQL, {"schema.graphql"}),
                            (ApiStyle.GRPC, {"proto"}),
                            (ApiStyle.MIXED, {"schema.graphql", "proto"})]:
        files = render_all(_styled(design, style), {"graphql", "proto"})
        assert {f.split("/")[0] if f.startswith("proto/") else f for f in files} == expected
    # A mixed design that marks its parts holds each where it belongs: REST unless marked.
    mixed = _styled(design, ApiStyle.MIXED)
    endpoints = [e for _, e in mixed.api.endpoints()]
    next(e for e in endpoints if e.method.value == "GET").style = ApiStyle.GRAPHQL
    next(e for e in endpoints if e.method.value == "POST").style = ApiStyle.GRPC
    files = render_all(mixed, {"graphql", "proto", "openapi"})
    assert {f.split("/")[0] if f.startswith("proto/") else f for f in files} == {
        "schema.graphql", "proto", "openapi.yaml"}


def test_every_example_as_graphql_gives_sdl_graphql_js_accepts() -> None:
    designs_ = [_styled(store.load(p), ApiStyle.GRAPHQL) for p in EXAMPLES]
    texts = [render_all(d, {"graphql"})["schema.graphql"] for d in designs_]
    for design, result in zip(designs_, validate_sdl(texts), strict=True):
        assert result["ok"], result["errors"]
        served = [e for _, e in endpoints_of(design, ApiStyle.GRAPHQL)]
        ops = design.api.graphql.operations
        gets = [e for e in served if e.method.value == "GET"]
        writes = [e for e in served if e.method.value != "GET"]
        assert len(result["query"]) == len(gets) + sum(o.kind.value == "query" for o in ops)
        assert len(result["mutation"]) == len(writes) + sum(o.kind.value == "mutation"
                                                            for o in ops)


def test_sdl_carries_the_designs_types_connections_scalars_and_descriptions() -> None:
    design = _styled(store.load(next(p for p in EXAMPLES if "ecommerce" in str(p))),
                     ApiStyle.GRAPHQL)
    sdl = render_all(design, {"graphql"})["schema.graphql"]
    (result,) = validate_sdl([sdl])
    assert result["ok"], result["errors"]
    types = set(result["types"])
    assert {"Order", "OrderConnection", "OrderEdge", "PageInfo", "OrderStatus"} <= types
    assert "OrderCreateInput" in types or "OrderRequestInput" in types
    assert 'scalar DateTime @specifiedBy(url: "https://www.rfc-editor.org/rfc/rfc3339")' in sdl
    assert re.search(r"listOrders\([^)]*first: Int = 20, after: String\): OrderConnection!",
                     sdl)
    order = next(e for e in design.data.entities if e.name == "Order")
    # The permission matrix's readers of orders check the type (`@auth`, see test_graphql_auth).
    assert re.search(rf'"{re.escape(order.description.strip())}"\ntype Order( @auth\(requires: '
                     r'\[[^\]]+\]\))? \{', sdl)


def test_every_example_as_grpc_compiles_and_passes_buf_lint() -> None:
    files: dict[str, str] = {}
    for path in EXAMPLES:
        out = render_all(_styled(store.load(path), ApiStyle.GRPC), {"proto"})
        assert {k.rsplit("/", 1)[1] for k in out} >= {"types.proto"}
        assert len({k.rsplit("/", 1)[0] for k in out}) == 1
        files.update({f"{path.parent.name}/{k}": v for k, v in out.items()})
    assert check_proto(files) == []


def test_proto_has_a_versioned_package_unspecified_enums_and_messages_per_rpc() -> None:
    design = _styled(store.load(next(p for p in EXAMPLES if "ecommerce" in str(p))),
                     ApiStyle.GRPC)
    files = render_all(design, {"proto"})
    ((name, text),) = [(k, v) for k, v in files.items() if k.endswith("_service.proto")]
    assert re.fullmatch(r"proto/[a-z][a-z0-9_]*/v1/[a-z][a-z0-9_]*_service\.proto", name)
    assert re.search(r"^package [a-z][a-z0-9_]*\.v1;$", text, re.M)
    assert 'import "types.proto";' in text
    types = files[name.rsplit("/", 1)[0] + "/types.proto"]
    assert 'import "google/protobuf/timestamp.proto";' in types
    assert "rpc GetOrder(GetOrderRequest) returns (GetOrderResponse);" in text
    assert "rpc ListOrders(ListOrdersRequest) returns (ListOrdersResponse);" in text
    assert re.search(r"enum OrderStatus \{\n  ORDER_STATUS_UNSPECIFIED = 0;\n", types)
    assert re.search(r"message ListOrdersResponse \{\n  repeated Order items = 1;\n"
                     r"  string next_page_token = 2;\n\}", text)


def test_a_design_without_endpoints_or_queries_writes_no_contract() -> None:
    design = _styled(store.load(EXAMPLES[0]), ApiStyle.MIXED)
    empty = design.model_copy(update={"api": design.api.model_copy(update={"resources": []})})
    assert render_all(empty, {"graphql", "proto"}) == {}


# Each batch runs Node and buf; shrinking would run them hundreds of times.
@settings(max_examples=3, deadline=None, phases=(Phase.explicit, Phase.generate),
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(st.lists(hostile_designs(), min_size=6, max_size=6))
def test_random_hostile_designs_give_valid_deterministic_sdl_and_proto(
        batch: list[Design]) -> None:
    sdl: list[str] = []
    protos: dict[str, str] = {}
    for number, design in enumerate(batch):
        files = render_all(design, {"graphql", "proto"})
        again = render_all(Design.model_validate(design.model_dump()), {"graphql", "proto"})
        assert files == again
        style = design.api.style
        assert ("schema.graphql" in files) == (style in {ApiStyle.GRAPHQL, ApiStyle.MIXED})
        assert any(k.startswith("proto/") for k in files) == (
            style in {ApiStyle.GRPC, ApiStyle.MIXED})
        if "schema.graphql" in files:
            sdl.append(files["schema.graphql"])
        protos.update({f"{number}/{k}": v for k, v in files.items() if k.startswith("proto/")})
    if sdl:
        bad = [(t, r["errors"]) for t, r in zip(sdl, validate_sdl(sdl), strict=True)
               if not r["ok"]]
        assert not bad, bad[0]
    if protos:
        assert check_proto(protos) == []


def _reserved_design(style: ApiStyle) -> Design:
    return Design.model_validate({
        "requirements": {"name": "주문 API"},
        "api": {"style": style.value, "base_path": "/api/v3", "resources": [
            {"name": "queries", "entity": "Query", "endpoints": [
                {"method": "GET", "path": "/queries/{id}", "response": {"name": "Query"}},
                {"method": "DELETE", "path": "/queries/{id}"},
                {"method": "POST", "path": "/queries",
                 "request": {"name": "Query", "variant": "create"},
                 "response": {"name": "Secret"}},
            ]}]},
        "data": {"entities": [
            {"name": "Query", "fields": [
                {"name": "id", "type": "uuid", "primary_key": True},
                {"name": "__typename", "type": "string"},
                {"name": "message", "type": "enum", "enum_values": ["true", "null", "1st"]},
            ]},
            {"name": "Secret", "timestamps": False, "fields": [
                {"name": "password", "type": "string", "write_only": True}]},
        ]},
    })


def test_reserved_names_are_renamed_and_a_body_with_no_field_keeps_its_operation() -> None:
    sdl = render_all(_reserved_design(ApiStyle.GRAPHQL), {"graphql"})["schema.graphql"]
    (result,) = validate_sdl([sdl])
    assert result["ok"], result["errors"]
    assert "Query2" in result["types"]  # the entity: `Query` is the root
    assert result["query"] == ["getQuery"]
    assert result["mutation"] == ["deleteQuery", "createQuery"]
    assert re.search(r"enum QueryMessage \{\n  TRUE\n  NULL\n  V_1_ST\n\}", sdl)
    assert "scalar Secret" in sdl  # nothing of it may be read: no empty object type


def test_reserved_names_give_a_proto_protoc_and_buf_accept() -> None:
    files = render_all(_reserved_design(ApiStyle.GRPC), {"proto"})
    assert list(files) == ["proto/jumun_api/v3/jumun_api_service.proto",
                           "proto/jumun_api/v3/types.proto"]
    text = files["proto/jumun_api/v3/jumun_api_service.proto"]
    types = files["proto/jumun_api/v3/types.proto"]
    assert "package jumun_api.v3;" in text and "service JumunApiService {" in text
    assert "package jumun_api.v3;" in types
    assert "QUERY_MESSAGE_UNSPECIFIED = 0;" in types and "QUERY_MESSAGE_TRUE = 1;" in types
    assert check_proto(files) == []


def test_the_cli_writes_the_contracts_of_the_chosen_kinds(tmp_path: Path) -> None:
    source = tmp_path / "d.design.yaml"
    design = _reserved_design(ApiStyle.MIXED)
    for _, endpoint in design.api.endpoints():
        endpoint.style = ApiStyle.GRAPHQL if endpoint.method.value == "GET" else ApiStyle.GRPC
    store.save(design, source)
    out = tmp_path / "out"
    proc = subprocess.run([sys.executable, "-m", "designer", "export", str(source), "--out",
                           str(out), "--only", "graphql,proto"],
                          capture_output=True, text=True, timeout=120, check=False)
    assert proc.returncode == 0, proc.stderr
    assert sorted(p.relative_to(out).as_posix() for p in out.rglob("*")
                  if p.is_file() and not p.name.startswith(".")) == [
        "proto/jumun_api/v3/jumun_api_service.proto", "proto/jumun_api/v3/types.proto",
        "schema.graphql"]
