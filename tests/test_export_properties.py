"""Property tests over `tests/strategies.py`'s consistent designs with hostile names: every
diagram parses with mermaid-js, the spec validates, exports are deterministic and confined.
"""

from __future__ import annotations

from pathlib import Path

import yaml
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from openapi_spec_validator import validate
from strategies import designs
from test_export_helpers import parse_mermaid

from designer.contract.styles import has_rest
from designer.export import export, render_all
from designer.model import Design


# One Node process per batch of designs; no shrinking (each step would start Node again).
@settings(max_examples=2, deadline=None, phases=[Phase.explicit, Phase.generate],
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(st.lists(designs(), min_size=8, max_size=8))
def test_diagrams_of_consistent_designs_parse(batch: list[Design]) -> None:
    sources = []
    for design in batch:
        files = render_all(design, only={"diagrams"})
        sources += [files[name] for name in sorted(files)]
    results = parse_mermaid(sources)
    failures = [(s, r["error"]) for s, r in zip(sources, results, strict=True) if not r["ok"]]
    assert not failures, failures[0]


@settings(max_examples=10, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture,
                                 HealthCheck.data_too_large])
@given(designs())
def test_full_export_is_valid_deterministic_and_confined(tmp_path: Path, design: Design) -> None:
    out = tmp_path / "x" / "out"
    written = export(design, out, force=True)
    assert all(p.is_relative_to(out.resolve()) for p in written)
    assert [p for p in tmp_path.rglob("*") if p.is_file() and not p.is_relative_to(out)] == []
    again = render_all(design.model_copy(deep=True))
    for path in written:
        rel = path.relative_to(out.resolve()).as_posix()
        assert path.read_text(encoding="utf-8") == again[rel]
    # OpenAPI holds the REST part: a GraphQL or gRPC design without REST endpoints has none.
    assert ("openapi.yaml" in again) == has_rest(design)
    if "openapi.yaml" in again:
        validate(yaml.safe_load(again["openapi.yaml"]))
