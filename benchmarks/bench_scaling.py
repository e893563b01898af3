"""Scaling benchmark: the cost per entity of every step that reads a whole design, at several
sizes, beside a LibYAML dump of the same design (the floor, measured in the same run).

Run: `python benchmarks/bench_scaling.py [--runs N] [--sizes 250,1000,2500]`. For each size
(benchmarks/bench_export.py's generated designs) it times, as the best of `--runs` runs of this
thread's CPU (`time.thread_time`, so that other processes' work is not counted): the
cross-field problem check (after every change in the app, in `check` and `export`), the review,
each export kind on its own, a save and a load. It prints each step's marginal cost per entity
between consecutive sizes (what one more entity costs there: fixed costs drop out) and its
growth, the last margin over the first, beside the floor's own growth: a LibYAML dump of the
design's data, linear work whose growth is what the processor's caches add on this machine. A
step growing more than 1.3x the floor's growth does more than linear work somewhere (a scan
inside a loop): it is flagged. The problem check did, until the known names stopped being made
into a set at every lookup (its margin doubled from 1,000 to 3,000 entities).
"""

from __future__ import annotations

import argparse
import gc
import itertools
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import yaml
from bench_export import generated

from designer import store
from designer.export import KINDS, render_all
from designer.model import Design
from designer.model.checks import problems
from designer.review import review

LIMIT = 1.3
"""A step's growth over the floor's beyond which it is flagged."""


def _steps(folder: Path, data: dict[str, object]) -> dict[str, Callable[[Design], object]]:
    """The steps, by name; the floor dumps `data`, the design's plain data made beforehand."""
    path = folder / "bench.design.yaml"
    steps: dict[str, Callable[[Design], object]] = {
        "floor: LibYAML dump": lambda design: yaml.dump(
            data, Dumper=yaml.CSafeDumper, sort_keys=False),
        "problem check": problems,
        "review": review,
    }
    for kind in KINDS:
        steps[f"export {kind}"] = lambda design, kind=kind: render_all(design, only=[kind])
    steps["save"] = lambda design: store.save(design, path)
    steps["load"] = lambda design: store.load(path)
    return steps


def _best(step: Callable[[Design], object], design: Design, runs: int) -> float:
    best = float("inf")
    for _ in range(runs):
        start = time.thread_time()
        step(design)
        best = min(best, time.thread_time() - start)
    return best


def _growth(margins: list[float]) -> float:
    """The last margin over the first; a step too cheap to time (under a microsecond per
    entity, an export kind the design does not use) does not grow."""
    if margins[0] < 1e-6 or margins[-1] < 1e-6:
        return 1.0
    return margins[-1] / margins[0]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--sizes", default="250,1000,2500")
    args = parser.parse_args(argv)
    sizes = sorted(int(size) for size in args.sizes.split(","))
    if len(sizes) < 3:
        parser.error("--sizes needs three sizes or more (two margins to compare)")
    seconds: dict[str, list[float]] = {}
    # The app and the commands keep the collector out of these steps' way (see collector.py).
    gc.disable()
    with tempfile.TemporaryDirectory() as folder:
        for size in sizes:
            design = generated(size)
            render_all(design)  # templates compiled, modules imported: not part of any step
            store.save(design, Path(folder) / "bench.design.yaml")  # for the first load
            steps = _steps(Path(folder), design.model_dump(mode="json"))
            for name, step in steps.items():
                seconds.setdefault(name, []).append(_best(step, design, args.runs))
    margins = {name: [(t1 - t0) / (n1 - n0) for (n0, t0), (n1, t1)
                      in itertools.pairwise(zip(sizes, times, strict=True))]
               for name, times in seconds.items()}
    floor = _growth(margins["floor: LibYAML dump"])
    spans = [f"{n0}-{n1}" for n0, n1 in itertools.pairwise(sizes)]
    print(f"CPU per further entity (us) between sizes, best of {args.runs} runs; growth = last "
          "margin / first")
    print("  step".ljust(26) + "".join(f"{span:>11}" for span in spans) + "    growth  vs floor")
    flagged = 0
    for name, costs in margins.items():
        growth = _growth(costs)
        over = growth / floor
        verdict = "" if name.startswith("floor") else ("  FLAG" if over > LIMIT else "  ok")
        flagged += verdict == "  FLAG"
        print(f"  {name:<24}" + "".join(f"{cost * 1e6:11.0f}" for cost in costs)
              + f"   {growth:6.2f}x   {over:5.2f}x{verdict}")
    print(f"steps growing more than {LIMIT}x the floor's growth: {flagged}")
    return 1 if flagged else 0


if __name__ == "__main__":
    raise SystemExit(main())
