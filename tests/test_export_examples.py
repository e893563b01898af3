"""Every example's committed export equals a fresh export, byte for byte."""

from __future__ import annotations

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
