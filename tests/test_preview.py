"""The app's live preview stays small on large designs and always closes its code fences."""

from __future__ import annotations

from designer.export.preview import MAX_ENDPOINTS, MAX_LINES, _cap, stage_preview
from designer.model import Design, Stage
from designer.model.api import Endpoint, Method, Resource


def many_endpoints(count: int) -> Design:
    design = Design.new("Big")
    design.api.resources = [
        Resource(name=f"r{i}", endpoints=[Endpoint(method=Method.GET, path=f"/r{i}/{{id}}"),
                                          Endpoint(method=Method.DELETE, path=f"/r{i}/{{id}}")])
        for i in range(count // 2)
    ]
    return design


def test_api_preview_shows_the_first_endpoints_and_says_so() -> None:
    text = stage_preview(many_endpoints(60), Stage.API)
    assert f"the first {MAX_ENDPOINTS} of 60 endpoints" in text
    assert "/r0/{id}" in text
    assert "/r29/{id}:" not in text


def test_small_designs_are_previewed_whole() -> None:
    text = stage_preview(many_endpoints(10), Stage.API)
    assert "endpoints; openapi.yaml has them all" not in text
    assert "/r4/{id}" in text


def test_cap_closes_a_fence_it_cuts() -> None:
    text = "intro\n```yaml\n" + "a: 1\n" * (MAX_LINES * 2) + "```\n"
    capped = _cap(text)
    lines = capped.splitlines()
    assert len(lines) <= MAX_LINES + 3
    assert sum(1 for line in lines if line.startswith("```")) % 2 == 0
    assert "Preview shortened" in lines[-1]


def test_cap_leaves_short_text_alone() -> None:
    assert _cap("a\nb\n") == "a\nb\n"
