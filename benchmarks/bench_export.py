"""Export benchmark: how the cost of an export grows with the design, beside a LibYAML dump of
the same OpenAPI (the floor, measured in the same run).

Run: `python benchmarks/bench_export.py [--runs N] [--sizes 10,100,300,1000] [--clock cpu]`.
For each size it prints, as medians of interleaved runs: the export after start-up (read the
design file, render every output), the floor (the design's OpenAPI dict dumped by LibYAML with
designer's options), their ratio, the cost per entity and the marginal cost per entity since
the size before. Targets (issue 20): at 1,000 entities at most 1.2x the floor; the marginal
cost per entity within 1.3x across sizes.

The floor is dumped as a script would (the collector running); the last two columns give the
same dump with the collector paused, as designer pauses it for its own dumps, and the export's
ratio to that stricter floor. `--clock cpu` times this process's CPU instead of the wall clock:
on a machine others load, the wall clock also counts their work.
"""

from __future__ import annotations

import argparse
import gc
import itertools
import statistics
import tempfile
import time
from pathlib import Path

import yaml

from designer import collector, store
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


_clock = time.perf_counter


def _medians(fns, repeat: int) -> list[float]:  # type: ignore[no-untyped-def]
    """The median time of each of `fns`, their runs interleaved (each round runs every one
    in turn), so that a burst of load on a shared machine falls on all of them alike."""
    times: list[list[float]] = [[] for _ in fns]
    for _ in range(repeat):
        for fn, kept in zip(fns, times, strict=True):
            start = _clock()
            fn()
            kept.append(_clock() - start)
    return [statistics.median(kept) for kept in times]


def _repeats(runs: int, size: int) -> int:
    """Runs for `size`: small designs take a fraction of a second, so they get more runs (up to
    25) for a steadier median; the marginal cost of the first step hangs on it."""
    return max(runs, min(25, round(runs * 300 / size)))


def _floor(spec: dict, collect: bool) -> None:  # type: ignore[type-arg]
    """LibYAML's dump of `spec` with designer's options; `collect=False` pauses the collector
    as designer's own dumps do (at 1,000 entities its walks double the dump)."""
    enabled = gc.isenabled()
    if not collect:
        gc.disable()
    try:
        yaml.dump(spec, Dumper=yaml.CSafeDumper, sort_keys=False, allow_unicode=True,
                  default_flow_style=False, width=100)
    finally:
        if enabled:
            gc.enable()


def _export(path: Path) -> None:
    """What `designer export` does after start-up: read the file, render every output, with
    the collector as the command keeps it (paused while the design is read, the design then
    frozen out of its walks: `designer.collector`)."""
    with collector.headless():
        render_all(store.load(path))


def main(argv: list[str] | None = None) -> int:
    """Print the timings; exit 1 when a target is missed."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3,
                        help="runs of each size (median; sizes under 300 entities get more)")
    parser.add_argument("--sizes", default="10,100,300,1000", help="entity counts")
    parser.add_argument("--clock", choices=("wall", "cpu"), default="wall",
                        help="wall: elapsed time (what a user waits for on an idle machine); "
                        "cpu: this process's CPU time (steadier on a shared, loaded machine)")
    args = parser.parse_args(argv)
    global _clock
    _clock = time.perf_counter if args.clock == "wall" else time.process_time
    sizes = [int(n) for n in args.sizes.split(",")]
    render_all(generated(5))  # warm imports and template caches
    print(f"{'entities':>8} {'export s':>9} {'libyaml s':>10} {'ratio':>6} {'ms/entity':>10}"
          f" {'marginal ms/entity':>19} {'libyaml no-gc s':>16} {'ratio':>6}   ({args.clock})")
    results: list[tuple[int, float, float, float]] = []
    with tempfile.TemporaryDirectory() as tmp:
        for size in sizes:
            path = Path(tmp) / f"g{size}.design.yaml"
            design = generated(size)
            store.save(design, path)
            spec = build(design)
            dump, full, still = _medians(
                [lambda spec=spec: _floor(spec, collect=True), lambda path=path: _export(path),
                 lambda spec=spec: _floor(spec, collect=False)], _repeats(args.runs, size))
            marginal = " " * 19
            if results:
                n0, t0, _, _ = results[-1]
                marginal = f"{(full - t0) / (size - n0) * 1000:19.2f}"
            results.append((size, full, dump, still))
            print(f"{size:>8} {full:>9.3f} {dump:>10.3f} {full / dump:>6.2f} "
                  f"{full / size * 1000:>10.2f} {marginal} {still:>16.3f} {full / still:>6.2f}")
    ok = True
    last, full, dump, _ = results[-1]
    ratio = full / dump
    ok &= ratio <= 1.2
    print(f"target: export of {last} entities <= 1.2x a LibYAML dump of its OpenAPI: "
          f"{ratio:.2f}x {'pass' if ratio <= 1.2 else 'FAIL'}")
    if len(results) >= 3:
        spread = _spread([(n, t) for n, t, _, _ in results])
        ok &= spread <= 1.3
        # The same figure for the floor (paused collector, as the export's): how much of the
        # growth any Python program holding this many objects shows (the processor's caches).
        floor = _spread([(n, still) for n, _, _, still in results])
        print(f"target: cost per entity from {results[0][0]} to {last} entities within 1.3x "
              f"(largest / smallest marginal cost): {spread:.2f}x "
              f"{'pass' if spread <= 1.3 else 'FAIL'}  (the LibYAML dump's own: {floor:.2f}x)")
    return 0 if ok else 1


def _spread(timings: list[tuple[int, float]]) -> float:
    """Largest over smallest marginal cost per entity between consecutive sizes."""
    margins = [(t1 - t0) / (n1 - n0) for (n0, t0), (n1, t1) in itertools.pairwise(timings)]
    return max(margins) / min(margins)


if __name__ == "__main__":
    raise SystemExit(main())
