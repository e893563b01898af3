"""Measure every restored held-out set at once, and say which changed since a baseline.

    python benchmarks/measure_all_sets.py OUT [--checkouts /tmp] [--baseline DIR] [--jobs 2]

Each set's checkouts live in CHECKOUTS/hoN (N = 0 for detect_corpus.yaml, 1 for
detect_heldout.yaml, else detect_heldoutN.yaml), as `restore_heldout.py` writes them. Runs
`measure_detect.py` on each present set (JOBS at a time, each its own process: one detector
per set, as a user runs it), writes its whole output to OUT/N.txt, and prints one line per set
and the totals over all of them. With `--baseline` (an earlier OUT), lists the sets whose
output differs: the fixer's check that nothing but the misses being closed has moved
(benchmarks/HELDOUT.md, "The cycle"). Nothing here contacts the network.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

HERE = Path(__file__).resolve().parent
ASPECTS = ("version", "data", "engine", "test")


def corpus(number: int) -> Path:
    """The corpus file of set `number`."""
    if number == 0:
        return HERE / "detect_corpus.yaml"
    return HERE / ("detect_heldout.yaml" if number == 1 else f"detect_heldout{number}.yaml")


def present(checkouts: Path) -> list[int]:
    """The sets restored under `checkouts` whose corpus file exists, in number order."""
    numbers = [
        int(found.group(1))
        for path in checkouts.iterdir()
        if path.is_dir() and (found := re.fullmatch(r"ho(\d+)", path.name))
    ]
    return sorted(n for n in numbers if corpus(n).is_file())


def measure(number: int, checkouts: Path, out: Path) -> str:
    """Run measure_detect.py on set `number`; its output, also written to OUT/N.txt."""
    done = subprocess.run(
        [sys.executable, str(HERE / "measure_detect.py"), str(checkouts / f"ho{number}"),
         "--corpus", str(corpus(number))],
        capture_output=True, text=True, check=False,
    )
    text = done.stdout + done.stderr
    (out / f"{number}.txt").write_text(text, encoding="utf-8")
    return text


def figures(text: str) -> tuple[int, int, dict[str, int]] | None:
    """(backends, phantoms, right answers per aspect) of one set's output, or None when the
    run did not finish (its output then says why)."""
    head = re.search(r"^backends: (\d+), phantoms: (\d+)$", text, re.MULTILINE)
    if head is None:
        return None
    right = {a: int(re.search(rf"^{a}: (\d+)/", text, re.MULTILINE)[1]) for a in ASPECTS}
    return int(head[1]), int(head[2]), right


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--checkouts", type=Path, default=Path("/tmp"))
    parser.add_argument("--baseline", type=Path)
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    if not args.checkouts.is_dir():
        print(f"no folder {args.checkouts}", file=sys.stderr)
        return 1
    numbers = present(args.checkouts)
    if not numbers:
        print(f"no restored set under {args.checkouts} (folders hoN)", file=sys.stderr)
        return 1
    with ThreadPoolExecutor(max(1, args.jobs)) as pool:
        outputs = dict(zip(numbers, pool.map(
            lambda n: measure(n, args.checkouts, args.out), numbers), strict=True))
    total = phantoms = 0
    right = dict.fromkeys(ASPECTS, 0)
    failed: list[int] = []
    for number, text in outputs.items():
        found = figures(text)
        if found is None:
            failed.append(number)
            print(f"set {number}: did not finish (see {args.out / f'{number}.txt'})")
            continue
        backends, extra, correct = found
        total, phantoms = total + backends, phantoms + extra
        for aspect in ASPECTS:
            right[aspect] += correct[aspect]
        shares = " ".join(f"{a} {correct[a]}/{backends}" for a in ASPECTS)
        print(f"set {number}: {shares}, {extra} phantoms")
    if total:
        shares = ", ".join(f"{a} {right[a]} ({100 * right[a] / total:.1f} %)" for a in ASPECTS)
        print(f"all {len(numbers) - len(failed)} sets: {total} backends, {shares}, "
              f"{phantoms} phantoms")
    if args.baseline is not None:
        moved = [
            n for n in numbers
            if not (args.baseline / f"{n}.txt").is_file()
            or (args.baseline / f"{n}.txt").read_text(encoding="utf-8") != outputs[n]
        ]
        print(f"changed since {args.baseline}: {', '.join(map(str, moved)) or 'none'}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
