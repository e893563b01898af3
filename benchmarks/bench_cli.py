"""Headless commands as a user waits for them: whole processes beside their floors.

Run: `python benchmarks/bench_cli.py [--runs N] [--files N] [--source DIR] [--only detect]`
(`--only detect` measures `detect` beside its floors alone). Each command is
started as a fresh process (the `designer` script beside this Python, start-up included; with
`--source`, the designer package of another checkout, to compare two versions) and timed from
spawn to exit, interleaved run by run with its floor, measured in the same run:

- `designer --version`, `list`, `check` and `export` (all, and `--only openapi`) of the smallest
  example beside `python -c "import yaml, pydantic"` (interpreter, YAML and the model library:
  what any Python tool reading a pydantic-checked YAML file pays before its own work);
- `designer detect` of a generated 100,000-file monorepo (benchmarks/bench_detect.py's tree)
  beside `find TREE -type f`.

Commands run with bytecode caches written (PYTHONDONTWRITEBYTECODE is dropped for them): an
installed designer has its modules compiled, as the floor's yaml and pydantic have; without it
every run would compile designer's sources again (about 70 ms) and measure the environment.

Prints the median of each, the median of the run-by-run ratios, the target and pass/fail, and
beside each target the floor-only figure, measured in the same run, that says how much of the
ratio is not designer's to cut:

- for `check`, "pydantic alone": a model of designer's shape (its classes nested as designer
  nests them, every other field a string) built and validated, and nothing else
  (benchmarks/bench_model_floor.py). A target below it cannot be met with pydantic as the
  model, whatever designer does; above it, the difference is what designer's own work may use;
- for `export`, "pydantic + jinja2 alone": the same with Jinja2 (whose templates write the
  documents) imported, and nothing rendered: the libraries export cannot do without;
- for `detect`, "python walk alone": a Python process that lists every folder of the tree with
  `os.scandir` and counts the files, and nothing else (no rule, no manifest read): what
  walking the tree costs in Python before any detection.

Ends with the table for the issue's closing note. Targets (issue 20): check <= 2x,
export <= 3x, detect <= 2x.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SMALLEST = ROOT / "examples/fastapi-auth-service/fastapi-auth-service.design.yaml"
FLOOR = [sys.executable, "-c", "import yaml, pydantic"]
WALK = """
import os, sys
files, folders = 0, [sys.argv[1]]
while folders:
    with os.scandir(folders.pop()) as entries:
        for entry in entries:
            if entry.is_dir(follow_symlinks=False):
                folders.append(entry.path)
            else:
                files += 1
print(files)
"""
"""The least a Python detector does: start, list every folder of the tree, count its files."""


def designer(source: Path | None = None) -> list[str]:
    """The `designer` console script of this environment (what a user runs), or with `source`
    the designer package of that checkout, started as the script starts it (to compare two
    versions in one run)."""
    if source is not None:
        code = (f"import re, sys; sys.path.insert(0, {str(source)!r}); "
                "from designer.cli import main; sys.argv[0] = 'designer'; sys.exit(main())")
        return [sys.executable, "-c", code]
    script = Path(sys.executable).with_name("designer")
    return [str(script)] if script.exists() else [sys.executable, "-m", "designer"]


def timed(command: list[str], env: dict[str, str]) -> float:
    """Wall seconds of one run of `command` (its output thrown away)."""
    start = time.perf_counter()
    subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env,
                   check=False)
    return time.perf_counter() - start


def paired(command: list[str], floor: list[str], runs: int,
           env: dict[str, str]) -> tuple[float, float, float]:
    """(median of command, median of floor, median of run-by-run ratios), interleaved."""
    timed(command, env)
    timed(floor, env)  # warm the file cache
    mine, base = [], []
    for _ in range(runs):
        mine.append(timed(command, env))
        base.append(timed(floor, env))
    ratios = [a / b for a, b in zip(mine, base, strict=True)]
    return statistics.median(mine), statistics.median(base), statistics.median(ratios)


Figures = tuple[float, float, float]
"""(median of the command, median of its floor, median of the run-by-run ratios)."""


UNREACHABLE = {
    "pydantic alone": "with pydantic",
    "pydantic + jinja2 alone": "with pydantic and Jinja2",
    "python walk alone": "in Python",
}
"""Floor-only figure → what a target below it cannot be met with."""


def row(label: str, figures: Figures, target: float | None,
        alone: tuple[str, Figures] | None = None) -> bool:
    """Print one line (with the floor-only ratio `alone` beside a target); True when within
    target (or no target)."""
    mine, base, ratio = figures
    verdict = "" if target is None else ("pass" if ratio <= target else "FAIL")
    goal = "" if target is None else f"<= {target:.1f}x"
    beside = ""
    if alone is not None and target is not None:
        name, (_, _, floor_only) = alone
        reach = "reachable" if floor_only < target else f"NOT reachable {UNREACHABLE[name]}"
        beside = f"  ({name} {floor_only:.2f}x: {reach})"
    print(f"  {label:<34} {mine * 1000:8.1f} ms {base * 1000:8.1f} ms {ratio:6.2f}x "
          f"{goal:>8} {verdict:<4}{beside}")
    return target is None or ratio <= target


def table(rows: list[tuple[str, Figures, float, tuple[str, Figures]]]) -> None:
    """The closing note's table: one line per target."""
    print("\n| command | floor | ours | ratio | target | met? | floor-only figure |")
    print("| --- | --- | --- | --- | --- | --- | --- |")
    for label, (mine, base, ratio), target, (name, alone) in rows:
        print(f"| `{label}` | {base * 1000:.0f} ms | {mine * 1000:.0f} ms | {ratio:.2f}x "
              f"| <= {target:.1f}x | {'yes' if ratio <= target else 'no'} "
              f"| {name}: {alone[0] * 1000:.0f} ms, {alone[2]:.2f}x |")


def main(argv: list[str] | None = None) -> int:
    """Measure and print; exit 1 when a target is missed."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9, help="runs of each command")
    parser.add_argument("--files", type=int, default=100_000, help="files in the detect tree")
    parser.add_argument("--source", type=Path, default=None, metavar="DIR",
                        help="measure the designer package of this checkout instead of the "
                        "installed command")
    parser.add_argument("--only", choices=["detect"], default=None,
                        help="measure this command (beside its floors) and no other")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(HERE))
    from bench_detect import build
    from bench_model_floor import export_alone, pydantic_alone

    run = designer(args.source)
    ok = True
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        env = {**os.environ, "DESIGNER_HOME": str(folder / "home")}
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        out = folder / "out"
        print(f"headless commands, median of {args.runs} interleaved runs"
              f"{'':>6}command      floor  ratio   target")
        cases: list[tuple[str, list[str], float | None]] = [
            ("designer --version", ["--version"], None),
            ("designer list", ["list"], None),
            ("designer check", ["check", str(SMALLEST)], 2.0),
            ("designer export", ["export", str(SMALLEST), "--out", str(out), "--force"], 3.0),
            ("designer export --only openapi",
             ["export", str(SMALLEST), "--out", str(out / "o"), "--only", "openapi"], None),
        ]
        targets: list[tuple[str, Figures, float, tuple[str, Figures]]] = []
        if args.only != "detect":
            print(f"  floor: {' '.join(FLOOR[1:])}; example: {SMALLEST.name}")
            alone = ("pydantic alone", pydantic_alone(args.runs, folder))
            print(f"  pydantic alone: a model of designer's shape built and validated "
                  f"{alone[1][0] * 1000:.1f} ms, {alone[1][2]:.2f}x the floor")
            libraries = ("pydantic + jinja2 alone", export_alone(args.runs, folder))
            print(f"  pydantic + jinja2 alone: the same with Jinja2 imported "
                  f"{libraries[1][0] * 1000:.1f} ms, {libraries[1][2]:.2f}x the floor")
            for label, extra, target in cases:
                figures = paired(run + extra, FLOOR, args.runs, env)
                beside = libraries if extra[0] == "export" else alone
                ok &= row(label, figures, target, beside)
                if target is not None:
                    targets.append((label, figures, target, beside))
        tree = folder / "tree"
        tree.mkdir()
        count = build(tree, args.files)
        print(f"  floor: find TREE -type f ({count} files)")
        find = [shutil.which("find") or "find", str(tree), "-type", "f"]
        python = ("python walk alone", paired([sys.executable, "-c", WALK, str(tree)], find,
                                               args.runs, env))
        figures = paired([*run, "detect", str(tree)], find, args.runs, env)
        ok &= row("designer detect TREE", figures, 2.0, python)
        targets.append(("designer detect TREE", figures, 2.0, python))
        table(targets)
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
