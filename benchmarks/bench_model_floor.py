"""What pydantic costs by itself at start-up, beside `import yaml, pydantic`.

Run: `python benchmarks/bench_model_floor.py [--runs N]`. Each line is a fresh process timed
from spawn to exit, interleaved run by run with the floor of `benchmarks/bench_cli.py`
(`python -c "import yaml, pydantic"`), with the median of the run-by-run ratios:

- `from pydantic import BaseModel`: what defining any model class first imports;
- one model class built and validated: pydantic's schema builder and validator, and the plugin
  loader's `importlib.metadata`, which the first class built imports;
- a synthetic model as large as designer's (as many pydantic classes and fields, counted from
  `Design`), every field a plain `str = ""` and every class one optional field of a root
  class, built and validated once;
- a synthetic model of designer's shape ("pydantic alone"): the same classes nested the same
  way (a part inside a part, lists and maps of parts, optional parts) with every other field a
  plain `str = ""`, built and validated once. This is the least any model of this shape costs
  in pydantic, whoever writes it, before a single rule, template or check of designer's;
- designer's model imported and the smallest example validated (`store.load`).

The synthetic processes end as `designer`'s headless commands do (`gc.freeze()` before exit,
see designer/collector.py), so the figures compare class building, not shutdown.

`pydantic_alone()` is what bench_cli.py prints beside the check and export targets: a target
below that ratio cannot be met with pydantic as the model, whatever designer itself does.

With `--instructions` (needs valgrind), each process runs once under callgrind and the figure
is the count of CPU instructions it executed, beside the floor's: the same ratios without the
noise of a busy machine (another program on the core moves wall times by 30 %, the count by
less than 1 %). This mode adds `designer check` and `designer export` of the smallest example
as whole processes, so that the targets and the pydantic floor read on one scale.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import types
import typing
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SMALLEST = ROOT / "examples/fastapi-auth-service/fastapi-auth-service.design.yaml"
FLOOR = [sys.executable, "-c", "import yaml, pydantic"]
CONFIG = "ConfigDict(extra='forbid', validate_assignment=True, defer_build=True)"
"""The configuration of designer's `Part`, given to every synthetic class."""
END = "import gc; gc.freeze()"
"""How every measured process ends (designer's headless commands freeze before exit)."""


def model_classes() -> list[type]:
    """Every pydantic class reachable from `Design`, each after the classes its fields hold
    (a class that holds itself, or one found again, comes where it was first met)."""
    from pydantic import BaseModel

    from designer.model.design import Design

    order: list[type] = []
    seen: set[type] = set()

    def visit(kind: type) -> None:
        if kind in seen:
            return
        seen.add(kind)
        for info in kind.model_fields.values():
            for part in _parts(info.annotation):
                if isinstance(part, type) and issubclass(part, BaseModel):
                    visit(part)
        order.append(kind)

    visit(Design)
    return order


def _parts(annotation: object) -> list[object]:
    """`annotation` and every type inside it (the arguments of unions, lists, maps …)."""
    found = [annotation]
    for arg in typing.get_args(annotation):
        found += _parts(arg)
    return found


def model_size() -> tuple[int, int]:
    """(pydantic classes, their fields) reachable from `Design`."""
    kinds = model_classes()
    return len(kinds), sum(len(kind.model_fields) for kind in kinds)


def synthetic(classes: int, fields: int) -> str:
    """Source of a module with `classes` models holding `fields` str fields in all (the root
    class's own fields, one per other class, count among them)."""
    leaves = classes - 1
    own = fields - leaves  # the root's fields are the leaves
    lines = ["from pydantic import BaseModel, ConfigDict", "",
             "class Part(BaseModel):",
             f"    model_config = {CONFIG}", ""]
    for index in range(leaves):
        lines.append(f"class C{index}(Part):")
        count = own // leaves + (index < own % leaves)
        lines.extend(f"    f{field}: str = ''" for field in range(max(count, 1)))
        lines.append("")
    lines.append("class Root(Part):")
    lines.extend(f"    c{index}: C{index} | None = None" for index in range(leaves))
    lines += ["", "Root.model_validate({'c0': {}})", END, ""]
    return "\n".join(lines)


def _shaped_field(annotation: object, names: dict[type, str]) -> str:
    """The synthetic field standing for one of designer's: parts kept as they nest (a part,
    an optional part, a list or a map of parts), anything else a plain string."""
    origin, args = typing.get_origin(annotation), typing.get_args(annotation)
    if annotation in names:
        return f": {names[annotation]} = Field(default_factory={names[annotation]})"
    if origin in (typing.Union, types.UnionType) and any(a in names for a in args):
        part = next(names[a] for a in args if a in names)
        return f": {part} | None = None"
    if origin is list and args and args[0] in names:
        return f": list[{names[args[0]]}] = Field(default_factory=list)"
    if origin is dict and len(args) == 2 and args[1] in names:
        return f": dict[str, {names[args[1]]}] = Field(default_factory=dict)"
    return ": str = ''"


def shaped() -> str:
    """Source of a module with designer's model classes nested as designer nests them, every
    field that is not a part a plain `str = ''`; the root built and validated once."""
    kinds = model_classes()
    names = {kind: f"S{index}" for index, kind in enumerate(kinds)}
    lines = ["from __future__ import annotations", "",
             "from pydantic import BaseModel, ConfigDict, Field", "",
             "class Part(BaseModel):",
             f"    model_config = {CONFIG}", ""]
    for kind in kinds:
        lines.append(f"class {names[kind]}(Part):  # {kind.__name__}")
        for field, info in kind.model_fields.items():
            lines.append(f"    {field}{_shaped_field(info.annotation, names)}")
        if not kind.model_fields:
            lines.append("    pass")
        lines.append("")
    lines += [f"{names[kinds[-1]]}.model_validate({{}})", END, ""]
    return "\n".join(lines)


def timed(command: list[str], env: dict[str, str]) -> float:
    """Wall seconds of one run of `command` (its output thrown away; it must succeed)."""
    start = time.perf_counter()
    subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env,
                   check=True)
    return time.perf_counter() - start


def paired(command: list[str], runs: int, env: dict[str, str]) -> tuple[float, float, float]:
    """(median of command, median of the floor, median of run-by-run ratios), interleaved."""
    timed(command, env)
    timed(FLOOR, env)  # warm the file cache
    mine, base = [], []
    for _ in range(runs):
        mine.append(timed(command, env))
        base.append(timed(FLOOR, env))
    ratios = [a / b for a, b in zip(mine, base, strict=True)]
    return statistics.median(mine), statistics.median(base), statistics.median(ratios)


def environment(folder: Path) -> dict[str, str]:
    """The environment the synthetic modules run in, written into `folder`: importable, with
    pydantic's plugin search off (as designer turns it off) and bytecode written (as an
    installed package has its modules compiled)."""
    classes, fields = model_size()
    (folder / "synthetic_model.py").write_text(synthetic(classes, fields))
    (folder / "shaped_model.py").write_text(shaped())
    env = {**os.environ, "PYDANTIC_DISABLE_PLUGINS": "__all__",
           "PYTHONPATH": os.pathsep.join([str(folder), str(ROOT)])}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


PYDANTIC_ALONE = [sys.executable, "-c", "import yaml, shaped_model"]
"""The process standing for pydantic alone (run in `environment`)."""

EXPORT_ALONE = [sys.executable, "-c", "import yaml, shaped_model, jinja2"]
"""The process standing for what `export` cannot do without (run in `environment`): pydantic
alone and Jinja2, whose templates write the documents, imported. Less than the true floor
(mermaid-py's diagram classes are left out, and nothing is rendered): a target below it cannot
be met with these libraries."""


def pydantic_alone(runs: int, folder: Path) -> tuple[float, float, float]:
    """`paired`'s figures for a model of designer's shape, built and validated, beside the
    floor: the part of any headless command's ratio that is pydantic's own."""
    return paired(PYDANTIC_ALONE, runs, environment(folder))


def export_alone(runs: int, folder: Path) -> tuple[float, float, float]:
    """`paired`'s figures for pydantic alone with Jinja2 imported, beside the floor: the part
    of `export`'s ratio that its libraries take before it renders anything."""
    return paired(EXPORT_ALONE, runs, environment(folder))


def cases() -> dict[str, str]:
    """Label → the code of each measured process."""
    classes, fields = model_size()
    return {
        "from pydantic import BaseModel": f"import yaml\nfrom pydantic import BaseModel\n{END}",
        "one model class, built and validated":
            f"import yaml\nfrom pydantic import BaseModel, ConfigDict\n"
            f"class Part(BaseModel):\n    model_config = {CONFIG}\n    name: str = ''\n"
            f"Part.model_validate({{}})\n{END}",
        f"synthetic model ({classes} classes, {fields} str fields)":
            "import yaml, synthetic_model",
        "pydantic alone: designer's shape, str leaves": "import yaml, shaped_model",
        "pydantic alone + import jinja2 (export's libraries)":
            "import yaml, shaped_model, jinja2",
        "designer's model + smallest example":
            f"from designer import store\nstore.load(__import__('pathlib').Path("
            f"{str(SMALLEST)!r}))\n{END}",
    }


def instructions(command: list[str], env: dict[str, str]) -> int:
    """CPU instructions one run of `command` executes, counted by valgrind's callgrind."""
    done = subprocess.run(["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null",
                           *command], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                          env=env, text=True, check=True)
    found = re.search(r"Collected : (\d+)", done.stderr)
    if found is None:
        raise RuntimeError(f"callgrind printed no count for {command}")
    return int(found.group(1))


def count_all(folder: Path) -> int:
    """Print each case's instruction count beside the floor's, and `designer check`/`export`
    of the smallest example as whole commands with their targets."""
    env = environment(folder)
    designer = str(Path(sys.executable).parent / "designer")
    commands = {label: [sys.executable, "-c", code] for label, code in cases().items()}
    commands["designer check (target <= 2.0x)"] = [designer, "check", str(SMALLEST)]
    commands["designer export (target <= 3.0x)"] = [
        designer, "export", str(SMALLEST), "--out", str(folder / "export"), "--force"]
    instructions(commands["designer export (target <= 3.0x)"], env)  # compile bytecode once
    floor = instructions(FLOOR, env)
    print(f"CPU instructions (callgrind, one run each); floor: {' '.join(FLOOR[1:])} "
          f"{floor / 1e6:.0f} M")
    for label, command in commands.items():
        count = instructions(command, env)
        print(f"  {label:<52} {count / 1e6:7.0f} M {count / floor:5.2f}x")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9, help="runs of each command")
    parser.add_argument("--instructions", action="store_true",
                        help="count CPU instructions with valgrind instead of timing")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        if args.instructions:
            if shutil.which("valgrind") is None:
                parser.error("--instructions needs valgrind on PATH")
            return count_all(Path(tmp))
        env = environment(Path(tmp))
        print(f"median of {args.runs} interleaved runs; floor: {' '.join(FLOOR[1:])}")
        for label, code in cases().items():
            mine, base, ratio = paired([sys.executable, "-c", code], args.runs, env)
            print(f"  {label:<52} {mine * 1000:7.1f} ms {base * 1000:7.1f} ms {ratio:5.2f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
