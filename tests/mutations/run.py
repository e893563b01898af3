"""Mutation check: put known one-line bugs into a copy of the repository, one at a time, and
see whether the tests meant to catch each of them fail.

    python tests/mutations/run.py [--list tests/mutations/mutations.toml] [NAME ...]

Each mutation in the list names its edits (file, the exact original text, the replacement)
and the tests to run (pytest node ids or paths). The script copies the working tree (without
.git, virtual environments and caches; Node's node_modules are linked) to a temporary folder,
checks that those tests pass there unmutated, then applies each mutation alone, runs its tests
with `pytest -x -q`, and restores the files. A mutation is *caught* when its tests fail. It
prints one line per mutation and caught/total, and exits 1 when any mutation survived or no
longer applies (its original text is not in the file exactly once), 2 when the unmutated tests
fail.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
import tomllib
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LIST = Path(__file__).resolve().parent / "mutations.toml"
SKIPPED = {".git", ".venv", "venv", "node_modules", "__pycache__", ".pytest_cache",
           ".hypothesis", ".ruff_cache", "dist", "build"}


@dataclass(frozen=True)
class Edit:
    file: str
    original: str
    replacement: str


@dataclass(frozen=True)
class Mutation:
    name: str
    edits: tuple[Edit, ...]
    tests: tuple[str, ...]


def load(path: Path) -> list[Mutation]:
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    return [
        Mutation(
            name=item["name"],
            edits=tuple(Edit(e["file"], e["original"], e["replacement"]) for e in item["edit"]),
            tests=tuple(item["tests"]),
        )
        for item in data["mutation"]
    ]


def copy_tree(target: Path) -> None:
    """The working tree as it is now, so uncommitted tests count; Node packages linked."""
    shutil.copytree(ROOT, target, symlinks=True,
                    ignore=lambda _, names: [n for n in names if n in SKIPPED])
    for modules in ROOT.glob("tests/*/node_modules"):
        (target / modules.relative_to(ROOT)).symlink_to(modules, target_is_directory=True)


def environment(copy: Path) -> dict[str, str]:
    """The copy's `designer` first on every path, also in the subprocesses tests start."""
    env = {k: v for k, v in os.environ.items() if k != "DESIGNER_UPDATE_GOLDEN"}
    env["PYTHONPATH"] = os.pathsep.join([str(copy), *filter(None, [env.get("PYTHONPATH")])])
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    return env


def run_tests(copy: Path, tests: tuple[str, ...], env: dict[str, str]) -> tuple[bool, str]:
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-x", "-q", "-p", "no:cacheprovider", *tests],
        cwd=copy, env=env, capture_output=True, text=True, check=False,
    )
    lines = (done.stdout + done.stderr).strip().splitlines()
    return done.returncode == 0, lines[-1] if lines else ""


def apply(copy: Path, mutation: Mutation) -> dict[Path, str] | str:
    """Apply every edit; return the original texts, or why the mutation no longer applies."""
    originals: dict[Path, str] = {}
    for edit in mutation.edits:
        path = copy / edit.file
        current = path.read_text(encoding="utf-8")
        count = current.count(edit.original)
        if count != 1:
            restore(originals)
            return f"{edit.file}: the original text occurs {count} times, not once"
        originals.setdefault(path, current)
        path.write_text(current.replace(edit.original, edit.replacement), encoding="utf-8")
    return originals


def restore(originals: dict[Path, str]) -> None:
    for path, text in originals.items():
        path.write_text(text, encoding="utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--list", type=Path, default=LIST)
    parser.add_argument("names", nargs="*", help="run only the mutations with these names")
    args = parser.parse_args()
    mutations = [m for m in load(args.list) if not args.names or m.name in args.names]
    with tempfile.TemporaryDirectory(prefix="designer-mutations-") as folder:
        copy = Path(folder) / "repo"
        copy_tree(copy)
        env = environment(copy)
        where = subprocess.run([sys.executable, "-c", "import designer; print(designer.__file__)"],
                               cwd=folder, env=env, capture_output=True, text=True, check=True)
        if not Path(where.stdout.strip()).is_relative_to(copy):
            print(f"designer is imported from {where.stdout.strip()}, not the copy")
            return 2
        every = tuple(dict.fromkeys(t for m in mutations for t in m.tests))
        passed, last = run_tests(copy, every, env)
        if not passed:
            print(f"the unmutated tests fail, nothing to measure: {last}")
            return 2
        caught = 0
        for mutation in mutations:
            began = time.monotonic()
            originals = apply(copy, mutation)
            if isinstance(originals, str):
                print(f"STALE     {mutation.name}: {originals}")
                continue
            try:
                passed, last = run_tests(copy, mutation.tests, env)
            finally:
                restore(originals)
            seconds = time.monotonic() - began
            if passed:
                print(f"SURVIVED  {mutation.name} ({seconds:.0f} s): {last}")
            else:
                caught += 1
                print(f"caught    {mutation.name} ({seconds:.0f} s): {last}")
        print(f"{caught}/{len(mutations)} mutations caught")
        return 0 if caught == len(mutations) else 1


if __name__ == "__main__":
    sys.exit(main())
