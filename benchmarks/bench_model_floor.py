"""What a pydantic model of designer's size costs at start-up, beside `import yaml, pydantic`.

Run: `python benchmarks/bench_model_floor.py [--runs N]`. Each line is a fresh process timed
from spawn to exit, interleaved run by run with the floor of `benchmarks/bench_cli.py`
(`python -c "import yaml, pydantic"`), with the median of the run-by-run ratios:

- `from pydantic import BaseModel`: what defining any model class first imports;
- a synthetic model as large as designer's (as many pydantic classes and fields, counted from
  `Design`), every field a plain `str = ""` and every class one optional field of a root
  class, built and validated once: the least a model of this size costs, whoever writes it;
- designer's model imported and the smallest example validated (`store.load`).

Issue 20 asks `check` for <= 2x this floor: the lines above show how much of that a model of
this size spends before a command reads a design.
"""

from __future__ import annotations

import argparse
import os
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


def model_size() -> tuple[int, int]:
    """(pydantic classes, their fields) reachable from `Design`."""
    from pydantic import BaseModel

    from designer.model.design import Design

    seen: set[type[BaseModel]] = set()
    todo: list[object] = [Design]
    while todo:
        kind = todo.pop()
        if isinstance(kind, type) and issubclass(kind, BaseModel):
            if kind in seen:
                continue
            seen.add(kind)
            todo.extend(info.annotation for info in kind.model_fields.values())
        todo.extend(getattr(kind, "__args__", ()) or ())
    return len(seen), sum(len(kind.model_fields) for kind in seen)


def synthetic(classes: int, fields: int) -> str:
    """Source of a module with `classes` models holding `fields` str fields in all (the root
    class's own fields, one per other class, count among them)."""
    leaves = classes - 1
    own = fields - leaves  # the root's fields are the leaves
    lines = ["from pydantic import BaseModel, ConfigDict", "",
             "class Part(BaseModel):",
             "    model_config = ConfigDict(extra='forbid', validate_assignment=True)", ""]
    for index in range(leaves):
        lines.append(f"class C{index}(Part):")
        count = own // leaves + (index < own % leaves)
        lines.extend(f"    f{field}: str = ''" for field in range(max(count, 1)))
        lines.append("")
    lines.append("class Root(Part):")
    lines.extend(f"    c{index}: C{index} | None = None" for index in range(leaves))
    lines += ["", "Root.model_validate({'c0': {}})", ""]
    return "\n".join(lines)


def timed(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env,
                   check=True)
    return time.perf_counter() - start


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9, help="runs of each command")
    args = parser.parse_args(argv)
    classes, fields = model_size()
    env = {**os.environ, "PYDANTIC_DISABLE_PLUGINS": "__all__"}
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # compiled modules, as an installed package has
    with tempfile.TemporaryDirectory() as tmp:
        (Path(tmp) / "synthetic_model.py").write_text(synthetic(classes, fields))
        env["PYTHONPATH"] = os.pathsep.join([tmp, str(ROOT)])
        cases = {
            "from pydantic import BaseModel": "import yaml\nfrom pydantic import BaseModel",
            f"synthetic model ({classes} classes, {fields} str fields)":
                "import yaml, synthetic_model",
            "designer's model + smallest example":
                f"from designer import store\nstore.load(__import__('pathlib').Path("
                f"{str(SMALLEST)!r}))",
        }
        print(f"median of {args.runs} interleaved runs; floor: {' '.join(FLOOR[1:])}")
        for label, code in cases.items():
            command = [sys.executable, "-c", code]
            timed(command, env)
            timed(FLOOR, env)
            mine, base = [], []
            for _ in range(args.runs):
                mine.append(timed(command, env))
                base.append(timed(FLOOR, env))
            ratio = statistics.median(a / b for a, b in zip(mine, base, strict=True))
            print(f"  {label:<52} {statistics.median(mine) * 1000:7.1f} ms "
                  f"{statistics.median(base) * 1000:7.1f} ms {ratio:5.2f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
