"""Re-export every example design into `examples/<slug>/export/`.

Run after changing the exporter or an example: `python examples/regenerate.py`. The test
`tests/test_export_examples.py` fails when a committed export differs from a fresh one.
"""

from __future__ import annotations

import sys
from pathlib import Path

from designer import store
from designer.export import export

EXAMPLES = Path(__file__).resolve().parent


def example_designs() -> list[Path]:
    """Every `examples/<slug>/<slug>.design.yaml`, sorted."""
    designs = EXAMPLES.glob("*/*.design.yaml")
    return sorted(p for p in designs if p.name == f"{p.parent.name}.design.yaml")


def main() -> int:
    """Export each example beside its design file."""
    for path in example_designs():
        export(store.load(path), path.parent / "export", force=True, progress=print)
    return 0


if __name__ == "__main__":
    sys.exit(main())
