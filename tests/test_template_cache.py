"""Compiled templates kept between runs: reused, never stale, only inside the cache folder."""

from __future__ import annotations

from pathlib import Path

import jinja2
import pytest

from designer.export import template_cache
from designer.export.template_cache import TemplateCache


def environment(templates: Path, cache: Path) -> jinja2.Environment:
    """A fresh environment (a new run) over `templates`, compiled code kept in `cache`."""
    return jinja2.Environment(loader=jinja2.FileSystemLoader(templates),
                              bytecode_cache=TemplateCache(cache, "salt"))


def compiles(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Names of the templates Jinja2 compiles from source from now on."""
    seen: list[str] = []
    original = jinja2.Environment.compile

    def counting(self: jinja2.Environment, source: str, name: str | None = None,
                 *args: object, **kwargs: object) -> object:
        seen.append(str(name))
        return original(self, source, name, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(jinja2.Environment, "compile", counting)
    return seen


def test_a_second_run_renders_from_the_cache(tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    templates, cache = tmp_path / "templates", tmp_path / "cache"
    templates.mkdir()
    (templates / "doc.md.j2").write_text("# {{ title }}\n")
    seen = compiles(monkeypatch)
    assert environment(templates, cache).get_template("doc.md.j2").render(title="A") == "# A"
    assert seen == ["doc.md.j2"]
    assert environment(templates, cache).get_template("doc.md.j2").render(title="B") == "# B"
    assert seen == ["doc.md.j2"]  # the second environment loaded the compiled code


def test_a_changed_template_is_compiled_again(tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    templates, cache = tmp_path / "templates", tmp_path / "cache"
    templates.mkdir()
    source = templates / "doc.md.j2"
    source.write_text("old {{ x }}")
    assert environment(templates, cache).get_template("doc.md.j2").render(x=1) == "old 1"
    source.write_text("new {{ x }}")
    seen = compiles(monkeypatch)
    assert environment(templates, cache).get_template("doc.md.j2").render(x=1) == "new 1"
    assert seen == ["doc.md.j2"]


def test_another_jinja2_release_does_not_reuse_the_code(tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    templates, cache = tmp_path / "templates", tmp_path / "cache"
    templates.mkdir()
    (templates / "doc.md.j2").write_text("{{ x }}")
    environment(templates, cache).get_template("doc.md.j2")
    monkeypatch.setattr(template_cache.jinja2, "__version__", "99.0")
    seen = compiles(monkeypatch)
    assert environment(templates, cache).get_template("doc.md.j2").render(x=2) == "2"
    assert seen == ["doc.md.j2"]


def test_entries_are_written_only_inside_the_cache_folder(tmp_path: Path) -> None:
    templates, cache = tmp_path / "templates", tmp_path / "deep" / "cache"
    templates.mkdir()
    (templates / "a.j2").write_text("a")
    (templates / "b.j2").write_text("b")
    before = {p for p in tmp_path.rglob("*")}
    env = environment(templates, cache)
    env.get_template("a.j2").render()
    env.get_template("b.j2").render()
    added = {p for p in tmp_path.rglob("*")} - before
    assert added and all(p == cache or p.is_relative_to(cache) or p == cache.parent
                         for p in added)
    assert sorted(p.suffix for p in cache.iterdir()) == [".jinja", ".jinja"]


def test_an_unusable_cache_costs_a_compile_only(tmp_path: Path) -> None:
    templates, cache = tmp_path / "templates", tmp_path / "cache"
    templates.mkdir()
    (templates / "doc.md.j2").write_text("{{ x }}")
    cache.write_text("a file where the folder should be")
    for _ in range(2):
        assert environment(templates, cache).get_template("doc.md.j2").render(x=3) == "3"
    assert cache.read_text() == "a file where the folder should be"
