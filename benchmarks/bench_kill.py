"""Kill-during-save check at scale: how often a SIGKILL lands inside `store.save`, and how
often the files it leaves are intact (exactly the old or the new design, loading).

    python benchmarks/bench_kill.py [--trials 1000] [--seed N]

Not a test: it prints the figures (the test in tests/test_store.py runs a few rounds of the
same code, tests/kill_saves.py). Exits 1 when any round left a broken file.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from kill_saves import kill_rounds


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--trials", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=None)
    args = parser.parse_args()
    began = time.monotonic()
    with tempfile.TemporaryDirectory() as folder:
        rounds = kill_rounds(Path(folder), args.trials, args.seed)
    broken = [r.problem for r in rounds if r.problem]
    interrupted = sum(r.interrupted for r in rounds)
    intact = args.trials - len(broken)
    print(f"{args.trials} kills in {time.monotonic() - began:.0f} s: "
          f"{interrupted} ({100 * interrupted / args.trials:.1f} %) inside a save, "
          f"{intact} ({100 * intact / args.trials:.1f} %) left intact files")
    for problem in sorted(set(broken)):
        print("  broken:", problem)
    return 1 if broken else 0


if __name__ == "__main__":
    sys.exit(main())
