"""The app's live preview stays small on large designs and always closes its code fences."""

from __future__ import annotations

from pathlib import Path

import pytest

from designer import store
from designer.export.document import context, read_by, render_sections
from designer.export.markdown import environment, tidy
from designer.export.preview import _SECTIONS, MAX_ENDPOINTS, MAX_LINES, _cap, stage_preview
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


@pytest.mark.parametrize("path", sorted(Path(__file__).resolve().parent.parent.glob(
    "examples/*/*.design.yaml")),
                         ids=lambda p: p.parent.name)
def test_a_preview_builds_only_what_its_sections_read_and_says_the_same(path: Path) -> None:
    """The preview's context has only the names its section templates read (the examples of a
    large design are most of the whole context): the Markdown is the same as with all of it."""
    design = store.load(path)
    env = environment()
    for stage, names in _SECTIONS.items():
        review = stage is Stage.REVIEW
        whole = context(design, review=review)
        expected = tidy("\n\n".join(env.get_template(f"sections/{name}.md.j2").render(whole)
                                    for name in names))
        assert render_sections(design, names, review=review) == expected, stage
        assert read_by(tuple(names)) is not None  # no section includes a computed name


def test_the_api_section_reads_the_examples_and_the_testing_section_does_not() -> None:
    assert "example_pairs" in (read_by(("api",)) or ())
    assert read_by(("testing",)) == {"d"}
