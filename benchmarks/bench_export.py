"""Export benchmark: how the cost of `render_all` grows with the design, and how it compares
with merely YAML-dumping the same OpenAPI dict.

Run: `python benchmarks/bench_export.py`. Prints one line per design size and the ratio of a
full export to the dump for the large design (target: at most 3x, linear growth).
"""

from __future__ import annotations

import time

import yaml

from designer.export import render_all
from designer.export.openapi import build
from designer.model import Design


def generated(entities: int, endpoints_per_entity: int = 5, services: int = 20) -> Design:
    """A design with `entities` entities (4 fields each, a FK chain), CRUD-ish endpoints,
    `services` services and every auth flow."""
    svc = [f"svc{i}" for i in range(min(services, entities))]
    ents, resources, rels = [], [], []
    for i in range(entities):
        name = f"Thing{i}"
        owner = svc[i % len(svc)]
        fields = [{"name": "id", "type": "uuid", "primary_key": True},
                  {"name": "title", "type": "string", "max_length": 200},
                  {"name": "amount", "type": "decimal", "nullable": True},
                  {"name": "created", "type": "datetime"}]
        if i:
            fields.append({"name": "parent_id", "type": "uuid", "references": f"Thing{i - 1}"})
            rels.append({"source": f"Thing{i - 1}", "target": name})
        ents.append({"name": name, "service": owner, "fields": fields})
        paths = [("GET", f"/things{i}"), ("POST", f"/things{i}"), ("GET", f"/things{i}/{{id}}"),
                 ("PATCH", f"/things{i}/{{id}}"), ("DELETE", f"/things{i}/{{id}}")]
        endpoints = [{"method": m, "path": p, "summary": f"{m} {name}", "service": owner,
                      "response": {"name": name, "many": m == "GET" and "{" not in p},
                      "paginated": m == "GET" and "{" not in p,
                      **({"request": {"name": name, "variant": "create"}}
                         if m in ("POST", "PATCH") else {})}
                     for m, p in paths[:endpoints_per_entity]]
        resources.append({"name": f"things{i}", "entity": name, "endpoints": endpoints})
    return Design.model_validate({
        "requirements": {"name": f"bench-{entities}", "description": "Generated."},
        "architecture": {"style": "microservices", "gateway": "Kong", "broker": "kafka",
                         "services": [{"name": s, "responsibility": "generated",
                                       "depends_on": [{"target": svc[(j + 1) % len(svc)]}]
                                       if len(svc) > 1 else []}
                                      for j, s in enumerate(svc)]},
        "stack": {"framework": "FastAPI", "language": "Python"},
        "api": {"style": "rest", "resources": resources},
        "data": {"databases": [{"name": "main"}], "entities": ents, "relationships": rels},
        "auth": {"methods": ["jwt", "oauth2", "session", "api_key"],
                 "oauth": {"providers": ["google", "kakao"]}},
    })


def _best(fn, repeat: int = 3) -> float:  # type: ignore[no-untyped-def]
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - start)
    return best


def main() -> None:
    """Print the timings."""
    render_all(generated(5))  # warm imports and template caches
    print(f"{'design':<32} {'export s':>9} {'yaml dump s':>12} {'ratio':>6}")
    for label, design in [
        ("10 entities / 50 endpoints", generated(10)),
        ("100 entities / 500 endpoints", generated(100)),
        ("300 entities / 1500 endpoints", generated(300)),
    ]:
        spec = build(design)
        dump = _best(lambda spec=spec: yaml.safe_dump(spec, sort_keys=False, allow_unicode=True))
        full = _best(lambda design=design: render_all(design))
        print(f"{label:<32} {full:>9.3f} {dump:>12.3f} {full / dump:>6.2f}")


if __name__ == "__main__":
    main()
