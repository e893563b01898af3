"""Every example's committed export equals a fresh export, byte for byte."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from designer import store
from designer.export import export

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
DESIGNS = sorted(p for p in EXAMPLES.glob("*/*.design.yaml")
                 if p.name == f"{p.parent.name}.design.yaml")


def _tree(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def test_there_are_examples() -> None:
    assert DESIGNS, "no examples/<slug>/<slug>.design.yaml found"


@pytest.mark.parametrize("design_path", DESIGNS, ids=[p.parent.name for p in DESIGNS])
def test_committed_export_is_current(design_path: Path, tmp_path: Path) -> None:
    committed = design_path.parent / "export"
    export(store.load(design_path), tmp_path)
    fresh, old = _tree(tmp_path), _tree(committed) if committed.is_dir() else {}
    hint = "regenerate with: python examples/regenerate.py"
    assert sorted(fresh) == sorted(old), f"{design_path.parent.name}: files differ; {hint}"
    for name in fresh:
        assert fresh[name] == old[name], f"{design_path.parent.name}/export/{name} is stale; {hint}"


EXPORT_ALL = """
import sys
import os
import subprocess
import sys
from pathlib import Path
from designer import store
from designer.export import export
out = Path(sys.argv[1])
for path in sys.argv[2:]:
    export(store.load(Path(path)), out / Path(path).parent.name)
"""


@pytest.mark.slow
def test_every_example_exports_the_same_bytes_in_every_process(tmp_path: Path) -> None:
    """String hashing differs between processes: any output that follows a set's or a hash's
    order shows up as two processes disagreeing (one process always agrees with itself)."""
    trees = {}
    for seed in ("1", "2", "3", "4"):
        done = subprocess.run(
            [sys.executable, "-c", EXPORT_ALL, str(tmp_path / seed), *map(str, DESIGNS)],
            env={**os.environ, "PYTHONHASHSEED": seed}, capture_output=True, text=True,
            timeout=300, check=False,
        )
        assert done.returncode == 0, done.stderr
        trees[seed] = _tree(tmp_path / seed)
    first = trees["1"]
    assert len({rel.split("/")[0] for rel in first}) == len(DESIGNS)
    for seed, tree in trees.items():
        assert sorted(tree) == sorted(first), f"PYTHONHASHSEED={seed}: other files"
        for rel in first:
            assert tree[rel] == first[rel], f"{rel} differs under PYTHONHASHSEED={seed}"
