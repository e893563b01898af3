"""Terminal app benchmark: time to first frame, stage-switch and editor-open latency.

Run: `python benchmarks/bench_tui.py [--runs N]`. Prints medians and ratios:

- launch: `designer` (the welcome screen, imports as the CLI does them; with an empty and with a
  ten-design recent list) beside a minimal Textual app (Header + Label + Footer), each a fresh
  `python -c` process running headless, timed from spawn to the first frame of its first screen
  (the compositor handing the picture to the driver) and to the first idle moment (every
  worker started meanwhile finished, designer's recent list shown); the command line is read
  as the command reads it.
  Target (issue 20): first frame at most 1.2x the minimal app.
- latency with the large generated design of the export benchmark beside an empty design, from
  asking for a stage to the painted frame: a stage of questions only (testing), and the API
  and Data stages whose editors list every endpoint and entity; each on its first visit (the
  form is built) and on a revisit after an edit elsewhere (the kept form re-reads the design).
  Each switch starts once the background work of the step before it (preview, problem marks,
  autosave) has finished. Target: at most 1.5x.
- typing: per key typed into a question of the requirements stage, from the key until it has
  been painted and the answer is stored in the design, same two designs.
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
def watch_first_frame():
    # The first frame is the moment the compositor hands a full picture of the app's first
    # screen to the driver (what a terminal would show); headless, the driver then writes
    # nothing. Called once the app is made (before it runs): each app imports Textual its own
    # way (designer with the collector off, see designer.collector.starting).
    from textual.app import App

    _display = App._display
    screens = {"Screen", "WelcomeScreen"}

    def display(self, screen, renderable):
        _display(self, screen, renderable)
        if renderable is not None and type(screen).__name__ in screens and not self._framed:
            self._framed = True
            print("FRAME", flush=True)

    App._display = display
    App._framed = False

async def until_idle(pilot) -> None:
    await pilot.pause()  # mounted, painted, and every worker started meanwhile has finished
    while getattr(pilot.app.screen, "listed", True) is False:
        await pilot.pause()  # designer's recent list, read in a thread after the first frame
    print("IDLE", flush=True)
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

app = Minimal()
watch_first_frame()
app.run(headless=True, size=(80, 24), auto_pilot=until_idle)
"""

DESIGNER = FIRST_FRAME + """
import designer.cli  # what the `designer` command does before it starts the app (cli.main)
designer.cli.parse([])
from designer.commands.open import start  # then commands.open.launch

app = start(None)
watch_first_frame()
app.run(headless=True, size=(80, 24), auto_pilot=until_idle)
"""
"""The steps of `designer` without arguments: `cli.main` reads them (`cli.parse`), then
`commands.open.launch` makes the app as it does (`start`: the collector off until the first
frame, the remembered theme) and runs it (here headless)."""


def first_frame(code: str, env: dict[str, str]) -> tuple[float, float]:
    """Seconds from spawning `python -c code` to its first frame and to its first idle
    moment."""
    start = time.perf_counter()
    seen: dict[str, float] = {}
    with subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True,
                          env=env) as process:
        assert process.stdout is not None
        for line in process.stdout:
            seen.setdefault(line.strip(), time.perf_counter() - start)
        process.wait()
    if "FRAME" not in seen or "IDLE" not in seen:
        raise RuntimeError(f"the app never painted its first frame (printed {sorted(seen)})")
    return seen["FRAME"], seen["IDLE"]


def bench_first_frame(runs: int, home: Path) -> dict[str, tuple[float, float]]:
    """Median (first frame, first idle) of the minimal app and of designer with an empty
    and with a full recent list, interleaved run by run."""
    sys.path.insert(0, str(HERE))
    from bench_export import generated
    from installed import as_installed

    from designer import recent, store

    as_installed()  # designer's modules compiled and kept, as an installed copy has them
    empty, full = home / "empty", home / "full"
    env = {"minimal": {**os.environ, "DESIGNER_HOME": str(empty)},
           "designer": {**os.environ, "DESIGNER_HOME": str(empty)},
           "designer, 10 recent designs": {**os.environ, "DESIGNER_HOME": str(full)}}
    home.mkdir(parents=True, exist_ok=True)
    os.environ["DESIGNER_HOME"] = str(full)
    for i in range(10):
        path = home / f"design{i}.design.yaml"
        store.save(generated(10), path)
        recent.remember(path)
    codes = {"minimal": MINIMAL, "designer": DESIGNER, "designer, 10 recent designs": DESIGNER}
    times: dict[str, list[tuple[float, float]]] = {name: [] for name in codes}
    for name, code in codes.items():
        first_frame(code, env[name])  # warm the file cache
    for _ in range(runs):
        for name, code in codes.items():
            times[name].append(first_frame(code, env[name]))
    return {name: (statistics.median(t[0] for t in runs_),
                   statistics.median(t[1] for t in runs_)) for name, runs_ in times.items()}


class _Frames:
    """Counts the frames the app paints (the compositor hands each to `_display`)."""

    def __init__(self, app: Any) -> None:
        self.count = 0
        self.event = asyncio.Event()
        original = app._display

        def display(*args: Any) -> None:
            original(*args)
            self.count += 1
            self.event.set()

        app._display = display

    async def after(self, count: int) -> None:
        """Wait until a frame later than frame number `count` has been painted."""
        while self.count <= count:
            self.event.clear()
            await self.event.wait()

    async def next(self) -> None:
        """Wait for the next frame."""
        await self.after(self.count)


SWITCHES = (("stage switch", "testing"), ("editor open (API)", "api"),
            ("editor open (Data)", "data"))
"""What is timed: going to a stage of questions only, and to the two stages whose editors
list every endpoint and every entity."""


async def _switch_times(path: Path, runs: int) -> dict[str, list[float]]:
    """Seconds from asking for a stage until the frame showing it has been painted.

    First visits build the stage's form (a new app per run, so that every run is a first
    visit); revisits show the kept form again after an edit elsewhere made it re-read the
    design."""
    from designer.model.progress import Stage
    from designer.tui.app import make_app
    from designer.tui.messages import DesignChanged

    timings: dict[str, list[float]] = {}
    for _ in range(runs):
        app = make_app(path, autosave_delay=60)
        async with app.run_test(size=(120, 40)) as pilot:
            frames = _Frames(app)
            await pilot.pause()
            screen: Any = app.screen
            for name, stage in SWITCHES:
                await _quiet(pilot, app)
                timings.setdefault(f"{name}, first visit", []).append(
                    await _timed(screen, frames, Stage(stage)))
            for name, stage in SWITCHES:
                await screen.go_to(Stage.REQUIREMENTS)
                screen.post_message(DesignChanged(""))  # an edit: kept forms must re-read
                await _quiet(pilot, app)
                timings.setdefault(f"{name}, revisit", []).append(
                    await _timed(screen, frames, Stage(stage)))
            timings.setdefault("typing, per key", []).extend(
                await _typing(pilot, app, frames))
    return timings


async def _typing(pilot: Any, app: Any, frames: _Frames) -> list[float]:
    """Seconds per key typed into a question: from the key until the key has been painted and
    the answer is stored in the design (its consequences recomputed, the screen told)."""
    from textual import events

    from designer.model.progress import Stage

    screen = app.screen
    await screen.go_to(Stage.REQUIREMENTS)
    await _quiet(pilot, app)  # the stage has focused its first question by now
    area = screen.form.field("description").query_one(".answer")
    area.focus()
    area.move_cursor(area.document.end)
    await _quiet(pilot, app)
    typed, times = app.design.requirements.description, []
    for char in "payments":
        typed += char
        start, seen = time.perf_counter(), frames.count
        app.post_message(events.Key(char, char))
        await frames.after(seen)
        while app.design.requirements.description != typed:
            await asyncio.sleep(0.001)  # the answer may be stored after the frame showing it
        times.append(time.perf_counter() - start)
    return times


async def _quiet(pilot: Any, app: Any) -> None:
    """Let the previous step's background work finish (preview, problem marks and autosave
    start 0.3 s after a change, then run in threads): a switch is timed on its own."""
    await pilot.pause(0.4)
    for worker in list(app.workers):
        if worker.group in {"preview", "problems", "autosave"}:
            await worker.wait()
    await pilot.pause()


async def _timed(screen: Any, frames: _Frames, stage: Any) -> float:
    """Seconds from asking `screen` for `stage` until the next frame is painted."""
    start = time.perf_counter()
    await screen.go_to(stage)
    await frames.next()
    return time.perf_counter() - start


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
    return [(name, statistics.median(small[name]), statistics.median(big[name]))
            for name in small]


def main() -> None:
    """Print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7, help="runs of each measurement")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        frames = bench_first_frame(args.runs, folder / "home")
        minimal = frames["minimal"]
        print(f"launch, median of {args.runs} runs (80x24, headless)"
              "           first frame              until idle")
        for name, (frame, idle) in frames.items():
            print(f"  {name:<32} {frame * 1000:8.1f} ms {frame / minimal[0]:5.2f}x   "
                  f"{idle * 1000:8.1f} ms {idle / minimal[1]:5.2f}x")
        ratio = frames["designer"][0] / minimal[0]
        print(f"  target: first frame of designer at most 1.2x the minimal app's: {ratio:.2f}x "
              f"{'pass' if ratio <= 1.2 else 'FAIL'}")
        print(f"latency, median of {args.runs} runs (120x40): empty design vs generated(300),"
              " until the frame is painted")
        for name, small, big in bench_switch(args.runs, folder):
            print(f"  {name:<32} {small * 1000:8.1f} ms {big * 1000:8.1f} ms "
                  f"{big / small:6.2f}x   (target <= 1.5x)")


if __name__ == "__main__":
    main()
