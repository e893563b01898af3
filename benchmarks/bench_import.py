"""Benchmark: `designer import openapi` on a generated description with thousands of operations.

Writes an OpenAPI 3.1 YAML file shaped like a large public API (resources with list / create /
read / replace / delete operations, a component schema each with a dozen typed fields, query
filters, path parameters, bearer security), then prints, for two sizes:

- the time `designer.importers.openapi.import_file` takes (read, YAML parse, `$ref` check,
  import);
- the floor measured in the same run: `yaml.load` of the same file with LibYAML's loader
  (`CSafeLoader`), which any importer of a YAML file pays, and the ratio of the two;
- the cost per operation, whose agreement at both sizes shows the import grows linearly.

    python benchmarks/bench_import.py [--operations 5000] [--runs 3]

Not a test: it prints figures and removes its files. The target is under 10 s for thousands of
operations on a two-core machine.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import yaml

from designer import yamlio
from designer.importers.openapi import import_file

_FIELDS = [("name", {"type": "string", "maxLength": 120}),
           ("email", {"type": "string", "format": "email"}),
           ("price", {"type": "string", "format": "decimal", "pattern": "^-?[0-9]+(\\.[0-9]+)?$"}),
           ("quantity", {"type": "integer", "format": "int32", "minimum": 0}),
           ("active", {"type": "boolean"}),
           ("created", {"type": "string", "format": "date-time", "readOnly": True}),
           ("tags", {"type": "array", "items": {"type": "string"}}),
           ("meta", {"type": "object", "additionalProperties": {"type": "string"}}),
           ("status", {"type": "string", "enum": ["new", "open", "closed"]}),
           ("note", {"type": ["string", "null"]}),
           ("owner_id", {"type": "string", "format": "uuid"})]


def document(operations: int) -> dict:
    """An OpenAPI 3.1 document with about `operations` operations (five per resource)."""
    paths: dict = {}
    schemas: dict = {}
    tags = []
    for n in range(max(1, operations // 5)):
        name = f"Thing{n}"
        tag = f"things{n}"
        tags.append({"name": tag, "description": f"Things of group {n}."})
        ref = {"$ref": f"#/components/schemas/{name}"}
        body = {"content": {"application/json": {"schema": ref}}}
        ok = {"description": "OK", **body}
        errors = {"400": {"description": "Bad Request"}, "404": {"description": "Not Found"}}
        item_param = {"name": "id", "in": "path", "required": True,
                      "schema": {"type": "string", "format": "uuid"}}
        paths[f"/api/v1/{tag}"] = {
            "get": {"tags": [tag], "summary": f"List {name}", "operationId": f"list{name}",
                    "parameters": [{"name": "status", "in": "query",
                                    "schema": {"type": "string"}},
                                   {"name": "limit", "in": "query",
                                    "schema": {"type": "integer", "maximum": 100}}],
                    "responses": {"200": {"description": "OK", "content": {"application/json": {
                        "schema": {"type": "array", "items": ref}}}}}},
            "post": {"tags": [tag], "summary": f"Create {name}", "operationId": f"create{name}",
                     "requestBody": body, "responses": {"201": ok, **errors}},
        }
        paths[f"/api/v1/{tag}/{{id}}"] = {
            verb: {"tags": [tag], "summary": f"{verb} {name}", "operationId": f"{verb}{name}",
                   "parameters": [item_param],
                   **({"requestBody": body} if verb == "put" else {}),
                   "responses": {"200" if verb != "delete" else "204":
                                 ok if verb != "delete" else {"description": "No Content"},
                                 **errors}}
            for verb in ("get", "put", "delete")
        }
        schemas[name] = {"type": "object", "required": ["id", "name"], "properties": {
            "id": {"type": "string", "format": "uuid", "readOnly": True}, **dict(_FIELDS)}}
    return {
        "openapi": "3.1.0",
        "info": {"title": "Large API", "version": "1.0.0"},
        "servers": [{"url": "https://api.example.com"}],
        "tags": tags,
        "paths": paths,
        "components": {"schemas": schemas, "securitySchemes": {
            "bearerAuth": {"type": "http", "scheme": "bearer", "bearerFormat": "JWT"}}},
        "security": [{"bearerAuth": []}],
    }


def _best(runs: int, work: Callable[[], object]) -> tuple[float, float]:
    """Median wall-clock and CPU seconds of `work` (CPU time is steadier on a shared
    machine: other processes' load does not count)."""
    wall, cpu = [], []
    for _ in range(runs):
        start, start_cpu = time.perf_counter(), time.process_time()
        work()
        wall.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
    return statistics.median(wall), statistics.median(cpu)


def measure(operations: int, runs: int, folder: Path) -> tuple[int, float, float]:
    """(operations, import seconds, floor seconds) for a file of about `operations`."""
    path = folder / f"large-{operations}.yaml"
    doc = document(operations)
    count = sum(len(item) for item in doc["paths"].values())
    path.write_text(yamlio.dump(doc), encoding="utf-8")
    text = path.read_text(encoding="utf-8")
    loader = yaml.CSafeLoader if yamlio.LIBYAML else yaml.SafeLoader
    floor_wall, floor = _best(runs, lambda: yaml.load(text, Loader=loader))
    took_wall, took = _best(runs, lambda: import_file(path))
    size = path.stat().st_size / 1_048_576
    print(f"{count:6d} operations ({size:4.1f} MB): import {took:6.2f} s CPU "
          f"({took_wall:.2f} s wall); floor yaml.load "
          f"({'LibYAML' if yamlio.LIBYAML else 'pure Python'}) {floor:6.2f} s CPU "
          f"({floor_wall:.2f} s wall); ratio {took / floor:4.2f}; "
          f"{took / count * 1000:6.3f} ms CPU per operation")
    return count, took, floor


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--operations", type=int, default=5000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        small = measure(args.operations // 2, args.runs, Path(tmp))
        large = measure(args.operations, args.runs, Path(tmp))
    per_small, per_large = small[1] / small[0], large[1] / large[0]
    print(f"per-operation cost at {large[0]} vs {small[0]} operations: "
          f"{per_large / per_small:4.2f}x (1.00 is linear)")


if __name__ == "__main__":
    main()
