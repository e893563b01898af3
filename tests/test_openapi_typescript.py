"""A frontend's view of the contract: openapi-typescript turns every example's spec into types,
and no field of an entity or a named schema comes out untyped (`unknown`, `any`,
`Record<string, never>`).

openapi-typescript is installed by `npm ci --prefix tests/openapi-ts` (`.ci/run` does it); under
CI a missing install fails instead of skipping.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from designer import yamlio

ROOT = Path(__file__).resolve().parent.parent
TOOL = ROOT / "tests" / "openapi-ts" / "node_modules" / ".bin" / "openapi-typescript"
EXAMPLES = sorted(p for p in (ROOT / "examples").glob("*/export/openapi.yaml"))
SHARED = {"WebhookEvent", "PageInfo"}
"""Fixed schemas that are not the design's entities or schemas (event payloads are typed by the
event-driven work, not here)."""
UNTYPED = re.compile(r"\bunknown\b|\bany\b|Record<string, never>")


def _tool() -> Path:
    if TOOL.exists() and shutil.which("node"):
        return TOOL
    if os.environ.get("CI"):
        pytest.fail("openapi-typescript is missing: npm ci --prefix tests/openapi-ts")
    pytest.skip("openapi-typescript not installed (npm ci --prefix tests/openapi-ts)")


def _schema_blocks(types: str) -> dict[str, str]:
    """`components.schemas` members of the generated file: name → its text."""
    section = types.split("    schemas: {\n", 1)[1].split("\n    };\n", 1)[0]
    blocks: dict[str, str] = {}
    for match in re.finditer(r"^ {8}(\"[^\"]+\"|[A-Za-z0-9_]+): ", section, re.M):
        name = match.group(1).strip('"')
        end = section.find("\n        };", match.end())
        rest = section[match.end(): end if end >= 0 else None]
        blocks[name] = rest.split("\n        ", 1)[0] if not rest.startswith("{") else rest
    return blocks


@pytest.mark.slow
@pytest.mark.parametrize("spec", EXAMPLES, ids=[p.parent.parent.name for p in EXAMPLES])
def test_generated_types_leave_no_field_of_the_design_untyped(spec: Path, tmp_path: Path) -> None:
    out = tmp_path / "api.d.ts"
    run = subprocess.run([str(_tool()), str(spec), "-o", str(out)], capture_output=True,
                         text=True, timeout=120, check=False)
    assert run.returncode == 0, run.stderr
    blocks = _schema_blocks(out.read_text(encoding="utf-8"))
    names = set(yamlio.load(spec.read_text(encoding="utf-8"))["components"]["schemas"])
    ours = {n for n in names if n not in SHARED and not n.startswith("Error")}
    assert ours <= set(blocks), sorted(ours - set(blocks))
    untyped = {n: UNTYPED.findall(blocks[n]) for n in sorted(ours) if UNTYPED.search(blocks[n])}
    assert not untyped, untyped
