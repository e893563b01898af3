"""Terminal app benchmark: time to first frame, stage-switch and editor-open latency.

Run: `python benchmarks/bench_tui.py [--runs N]`. Prints medians and ratios:

- time to first frame of `designer` (the welcome screen, imports as the CLI does them) beside a
  minimal Textual app (Header + Label + Footer), each launched the same way: a fresh
  `python -c` process running the app headless, timed from spawn until the first screen has
  been painted. Target: designer at most 1.5x the minimal app.
- stage switch (go to the next stage: the form and its editors are built) and editor open
  (go to the API and Data stages, whose editors list every endpoint and entity) with the large
  generated design of the export benchmark beside an empty design. Target: at most 1.5x.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent

FIRST_FRAME = """
import sys
from textual.pilot import Pilot

async def first_frame(pilot: Pilot) -> None:
    await pilot.pause()  # the first screen has been mounted and painted
    print("FRAME", type(pilot.app.screen).__name__, flush=True)
    pilot.app.exit()
"""

MINIMAL = FIRST_FRAME + """
from textual.app import App
from textual.widgets import Footer, Header, Label

class Minimal(App):
    def compose(self):
        yield Header()
        yield Label("Hello")
        yield Footer()

Minimal().run(headless=True, size=(80, 24), auto_pilot=first_frame)
"""

DESIGNER = FIRST_FRAME + """
import designer.cli  # what the `designer` command imports before it starts the app
from designer.tui.app import make_app

make_app(None).run(headless=True, size=(80, 24), auto_pilot=first_frame)
"""

APP_ONLY = FIRST_FRAME + """
from designer.tui.app import make_app  # the app without the CLI's own imports

make_app(None).run(headless=True, size=(80, 24), auto_pilot=first_frame)
"""


def first_frame(code: str, env: dict[str, str]) -> float:
    """Seconds from spawning `python -c code` to its FRAME line."""
    start = time.perf_counter()
    with subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True,
                          env=env) as process:
        assert process.stdout is not None
        for line in process.stdout:
            if line.startswith("FRAME"):
                elapsed = time.perf_counter() - start
                break
        else:
            raise RuntimeError("the app never painted its first frame")
        process.wait()
    return elapsed


def bench_first_frame(runs: int, home: Path) -> tuple[float, float, float]:
    """Median first-frame times of the minimal app, designer, and designer's app without the
    CLI, interleaved run by run."""
    env = {**os.environ, "DESIGNER_HOME": str(home)}
    times: list[list[float]] = [[], [], []]
    for code in (MINIMAL, DESIGNER, APP_ONLY):
        first_frame(code, env)  # warm the file cache
    for _ in range(runs):
        for i, code in enumerate((MINIMAL, DESIGNER, APP_ONLY)):
            times[i].append(first_frame(code, env))
    minimal, designer, app_only = (statistics.median(t) for t in times)
    return minimal, designer, app_only


async def _switch_times(path: Path, runs: int) -> dict[str, float]:
    from designer.model.progress import Stage
    from designer.tui.app import make_app

    app = make_app(path, autosave_delay=60)
    timings: dict[str, list[float]] = {"stage switch": [], "editor open (API)": [],
                                       "editor open (Data)": []}
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        screen: Any = app.screen

        async def timed(stage: Stage) -> float:
            start = time.perf_counter()
            await screen.go_to(stage)
            await pilot.pause()  # laid out and painted
            return time.perf_counter() - start

        for _ in range(runs):
            await timed(Stage.REQUIREMENTS)
            timings["stage switch"].append(await timed(Stage.TESTING))
            timings["editor open (API)"].append(await timed(Stage.API))
            timings["editor open (Data)"].append(await timed(Stage.DATA))
    return {name: statistics.median(values) for name, values in timings.items()}


def bench_switch(runs: int, folder: Path) -> list[tuple[str, float, float]]:
    """(what, empty design seconds, large design seconds) medians."""
    sys.path.insert(0, str(HERE))
    from bench_export import generated

    from designer import store
    from designer.model.design import Design

    empty, large = folder / "empty.design.yaml", folder / "large.design.yaml"
    store.save(Design.new("Empty"), empty)
    store.save(generated(300), large)
    small = asyncio.run(_switch_times(empty, runs))
    big = asyncio.run(_switch_times(large, runs))
    return [(name, small[name], big[name]) for name in small]


def main() -> None:
    """Print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7, help="runs of each measurement")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        os.environ["DESIGNER_HOME"] = str(folder / "home")
        minimal, designer, app_only = bench_first_frame(args.runs, folder / "home")
        print(f"time to first frame, median of {args.runs} runs (80x24, headless):")
        print(f"  minimal Textual app  {minimal * 1000:8.1f} ms")
        print(f"  designer (welcome)   {designer * 1000:8.1f} ms "
              f"{designer / minimal:6.2f}x   (target <= 1.5x)")
        print(f"  app without the CLI  {app_only * 1000:8.1f} ms {app_only / minimal:6.2f}x")
        print(f"latency, median of {args.runs} runs (120x40): empty design vs generated(300)")
        for name, small, big in bench_switch(args.runs, folder):
            print(f"  {name:<20} {small * 1000:8.1f} ms {big * 1000:8.1f} ms "
                  f"{big / small:6.2f}x   (target <= 1.5x)")


if __name__ == "__main__":
    main()
