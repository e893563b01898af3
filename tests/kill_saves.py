"""Kill a process in the middle of `store.save`, over and over, and look at what is left.

A child process imports designer once and then, for each round, forks a saver: the saver saves
two alternating versions of a big design to one file for ever, printing `start N` before and
`end N` after each save. (Forking spares each round the half second an import takes, so a
test can afford many rounds.) The parent learns how long a save takes from the saves it sees
and, right after a `start`, waits a random part of that time and sends the saver SIGKILL. A
round *interrupted a save* when the saver's last word was a `start` without its `end`. Whatever
the moment, the design file must be exactly one of the two versions and load, and the backup
must be absent or one of them too.

Used by tests/test_store.py (a few dozen rounds) and benchmarks/bench_kill.py (a thousand).
"""

from __future__ import annotations

import contextlib
import os
import random
import select
import signal
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from designer import store
from designer.errors import DesignFileError
from designer.model import Design

LINES = 1000
"""Description lines of 2,000 characters: a 2 MB file, so a save takes about a tenth of a second
and a write is long enough for a kill to land inside it."""

CHILD = """
import os
import sys
from pathlib import Path
from designer import store
from designer.model import Design

def version(i):
    design = Design.new(f"design {i}")
    design.requirements.description = ("xy"[i] * 2000 + "\\n") * (LINES + i)
    return design

path = Path(sys.argv[1])
versions = [version(0), version(1)]
out = sys.stdout
out.write("ready\\n")
out.flush()
for command in sys.stdin:
    pid = os.fork()
    if pid == 0:
        out.write(f"saver {os.getpid()}\\n")
        i = 0
        while True:
            out.write(f"start {i}\\n")
            out.flush()
            store.save(versions[i % 2], path)
            out.write(f"end {i}\\n")
            out.flush()
            i += 1
    os.waitpid(pid, 0)
    out.write("reaped\\n")
    out.flush()
"""


def version(i: int) -> Design:
    """The same two designs the child saves (must match CHILD)."""
    design = Design.new(f"design {i}")
    design.requirements.description = ("xy"[i] * 2000 + "\n") * (LINES + i)
    return design


@dataclass
class Round:
    interrupted: bool
    """The kill came between a reported start and its end."""
    problem: str | None
    """What was wrong with the files left, or None when they were old or new and loaded."""


class _Lines:
    """Lines from a pipe, with a deadline, unbuffered so nothing is read ahead."""

    def __init__(self, fd: int) -> None:
        self.fd = fd

    def next(self, timeout: float = 60) -> str:
        deadline = time.monotonic() + timeout
        line = b""
        while not line.endswith(b"\n"):
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([self.fd], [], [], left)[0]:
                raise TimeoutError(f"the saving child said nothing for a while (got {line!r})")
            chunk = os.read(self.fd, 1)
            if not chunk:
                raise EOFError(f"the saving child ended (got {line!r})")
            line += chunk
        return line.decode().strip()


def _one_round(
    path: Path, child: subprocess.Popen[bytes], lines: _Lines, rng: random.Random,
    durations: list[float], expected: set[bytes], savers: list[int],
) -> Round:
    """Fork a saver, let it start a save or a few, kill it inside one, check the files."""
    assert child.stdin is not None
    child.stdin.write(b"go\n")
    child.stdin.flush()
    word, pid = lines.next().split()
    assert word == "saver"
    savers.append(int(pid))
    starts = rng.randint(1, 3)
    started = 0.0
    while True:
        word = lines.next()
        now = time.monotonic()
        if word.startswith("end"):
            durations.append(now - started)
            continue
        started = now
        starts -= 1
        if starts <= 0 and len(durations) >= 2:
            break
    time.sleep(rng.uniform(0, statistics.median(durations[-20:])))
    os.kill(savers[-1], signal.SIGKILL)
    rest = []
    while (word := lines.next()) != "reaped":
        rest.append(word)
    savers.clear()  # reaped: its pid may belong to another process from now on
    # Words after the kill came from saves finished before it landed; the last one tells.
    interrupted = not rest or rest[-1].startswith("start")
    return Round(interrupted, _problem(path, expected))


def _problem(path: Path, expected: set[bytes]) -> str | None:
    if path.read_bytes() not in expected:
        return f"{path.name} is neither version ({path.stat().st_size} bytes)"
    try:
        store.load(path)
    except DesignFileError as error:
        return f"{path.name} does not load: {error}"
    backup = store.backup_path(path)
    if backup.exists() and backup.read_bytes() not in expected:
        return f"{backup.name} is neither version ({backup.stat().st_size} bytes)"
    leftovers = [p.name for p in path.parent.iterdir() if p.name.endswith(".tmp")]
    if not all(name.startswith(f".{path.name}.") for name in leftovers):
        return f"unexpected temporary files {leftovers}"
    return None


def kill_rounds(folder: Path, trials: int, seed: int | None = None) -> list[Round]:
    """Run `trials` rounds in `folder`; each round keeps the files the last one left."""
    rng = random.Random(seed)
    expected = {store.dumps(version(i)).encode("utf-8") for i in (0, 1)}
    path = folder / "crash.design.yaml"
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD.replace("LINES", str(LINES)), str(path)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, bufsize=0,
    )
    assert child.stdout is not None and child.stdin is not None
    lines = _Lines(child.stdout.fileno())
    durations: list[float] = []
    savers: list[int] = []
    try:
        assert lines.next() == "ready"
        return [_one_round(path, child, lines, rng, durations, expected, savers)
                for _ in range(trials)]
    finally:
        for pid in savers:  # a round that failed halfway leaves its saver running
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
        child.kill()
        child.wait()
        child.stdin.close()
        child.stdout.close()
