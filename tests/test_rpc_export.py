"""Exports of GraphQL and gRPC designs: OpenAPI for the REST part only, SDL with the design's
own operations and subscriptions, one proto per service in its package folder, stored field
numbers kept through renames and reorders, stale files of an earlier export removed."""

from __future__ import annotations

import re
from pathlib import Path

import yaml
from contract_tools import check_proto, validate_sdl
from rpc_designs import collab, inventory
from test_export_helpers import parse_mermaid

from designer.contract.numbers import assign, retire
from designer.export import export, render_all
from designer.model.api import ApiStyle


def test_a_graphql_design_writes_no_openapi_and_its_operations_in_the_sdl() -> None:
    files = render_all(collab())
    assert "openapi.yaml" not in files
    (result,) = validate_sdl([files["schema.graphql"]])
    assert result["ok"], result["errors"]
    assert result["query"] == ["document", "documents"]
    assert result["mutation"] == ["renameDocument"]
    assert result["subscription"] == ["documentChanged"]
    assert '"Pushed after every edit of the document."\n  documentChanged(id: UUID!): ' \
        'Document!' in files["schema.graphql"]


def test_a_mixed_design_writes_rest_to_openapi_and_each_service_to_its_proto() -> None:
    files = render_all(inventory())
    assert "openapi.yaml" in files and "/stock/{sku}" in files["openapi.yaml"]
    assert "schema.graphql" not in files
    protos = {k: v for k, v in files.items() if k.startswith("proto/")}
    assert sorted(protos) == ["proto/inventory/v1/inventory_service.proto",
                              "proto/inventory/v1/types.proto"]
    text = protos["proto/inventory/v1/inventory_service.proto"]
    assert "rpc WatchStock(WatchStockRequest) returns (stream WatchStockResponse);" in text
    assert "rpc UploadCounts(stream UploadCountsRequest) returns (UploadCountsResponse);" in text
    assert "rpc SyncStock(stream SyncStockRequest) returns (stream SyncStockResponse);" in text
    assert "  // Deadline: 200 ms.\n  rpc GetStock(" in text
    assert "// Errors: OUT_OF_STOCK (FAILED_PRECONDITION)." in text
    assert 'import "types.proto";' in text
    assert check_proto(protos) == []


def _numbers(text: str, message: str) -> dict[str, int]:
    body = re.search(rf"message {message} \{{\n(.*?)\n\}}", text, re.S)
    assert body is not None
    return {m[1]: int(m[2]) for m in re.finditer(r" (\w+) = (\d+);", body.group(1))}


def test_renaming_and_reordering_fields_keeps_every_proto_field_number() -> None:
    design = inventory()
    assign(design)
    before = _numbers(render_all(design, {"proto"})["proto/inventory/v1/types.proto"], "Stock")
    stock = design.data.entities[0]
    stock.fields[1].name = "on_hand"
    stock.fields = [stock.fields[2], stock.fields[1], stock.fields[0]]
    retire(design, "Stock", stock.fields[0])
    stock.fields = stock.fields[1:]
    assign(design)
    text = render_all(design, {"proto"})["proto/inventory/v1/types.proto"]
    after = _numbers(text, "Stock")
    assert after["on_hand"] == before["quantity"] and after["sku"] == before["sku"]
    assert after["created_at"] == before["created_at"]
    assert f"  reserved {before['warehouse']};\n" in text
    assert '  reserved "quantity", "warehouse";\n' in text
    assert check_proto({k: v for k, v in render_all(design, {"proto"}).items()}) == []


def test_a_stale_openapi_and_an_old_proto_layout_are_removed(tmp_path: Path) -> None:
    design = inventory()
    design.api.style = ApiStyle.REST
    export(design, tmp_path)
    assert (tmp_path / "openapi.yaml").is_file()
    graphql = collab()
    written = export(graphql, tmp_path)
    assert not (tmp_path / "openapi.yaml").exists()
    assert tmp_path / "schema.graphql" in written
    grpc = inventory()
    export(grpc, tmp_path)
    grpc.api.grpc.package = "stock.v2"
    export(grpc, tmp_path)
    assert not (tmp_path / "proto" / "inventory").exists()
    assert (tmp_path / "proto/stock/v2/inventory_service.proto").is_file()


def test_the_document_describes_each_style_with_its_own_error_model() -> None:
    doc = render_all(collab(), {"doc"})["architecture.md"]
    assert "Every 4xx and 5xx response has this body" not in doc
    assert "openapi.yaml" not in doc
    assert "| subscription | `documentChanged` | id: uuid | Document | signed in |" in doc
    assert "answers HTTP 200 even when it fails" in doc and '"code": "NOT_FOUND"' in doc
    assert "query Document($id: UUID!) {\n  document(id: $id) { id title body" in doc
    assert "#### Subscription documentChanged of collab" in doc
    mixed = render_all(inventory(), {"doc"})["architecture.md"]
    assert "Every 4xx and 5xx response has this body" in mixed
    assert "| Inventory | `GetStock` | unary | Stock | Stock | 200 ms | - |" in mixed
    assert "| Inventory | `WatchStock` | server stream | empty | Stock | 800 ms | - |" in mixed
    assert "| `OUT_OF_STOCK` | FAILED_PRECONDITION | - |" in mixed


def test_a_diagram_per_subscription_and_streaming_call_that_mermaid_parses() -> None:
    files = {**render_all(collab(), {"diagrams"}), **{
        k.replace("diagrams/", "diagrams/grpc-"): v
        for k, v in render_all(inventory(), {"diagrams"}).items()}}
    flows = {k: v for k, v in files.items()
             if "/subscription-" in k or "/stream-" in k or "/grpc-stream-" in k}
    assert sorted(flows) == ["diagrams/grpc-stream-1.mmd", "diagrams/grpc-stream-2.mmd",
                             "diagrams/grpc-stream-3.mmd", "diagrams/subscription-1.mmd"]
    assert "loop while subscribed" in flows["diagrams/subscription-1.mmd"]
    assert "loop until the client half-closes" in flows["diagrams/grpc-stream-2.mmd"]
    assert all(result["ok"] for result in parse_mermaid(list(flows.values()))), flows


def test_the_graphql_and_grpc_examples_export_valid_contracts() -> None:
    from designer import store

    examples = Path(__file__).resolve().parent.parent / "examples"
    collab_files = render_all(store.load(
        examples / "realtime-collab-graphql/realtime-collab-graphql.design.yaml"))
    (result,) = validate_sdl([collab_files["schema.graphql"]])
    assert result["ok"], result["errors"]
    assert result["subscription"] == ["messageCreated", "memberJoined"]
    assert "listRooms" in result["query"] and "createRoom" in result["mutation"]
    # Only the sign-in redirects (and the SSE stream) stay HTTP: no GraphQL operation is a path.
    paths = yaml.safe_load(collab_files["openapi.yaml"])["paths"]
    assert paths and all("/auth/" in p or p == "/sse/notifications" for p in paths)
    grpc_files = render_all(store.load(examples / "internal-grpc/internal-grpc.design.yaml"))
    protos = {k: v for k, v in grpc_files.items() if k.startswith("proto/")}
    assert sorted(protos) == ["proto/marketplace/v1/catalog_service.proto",
                              "proto/marketplace/v1/payment_service.proto",
                              "proto/marketplace/v1/types.proto"]
    assert "schema.graphql" not in grpc_files and "openapi.yaml" in grpc_files
    assert check_proto(protos) == []
