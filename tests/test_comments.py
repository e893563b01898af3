"""Comments a user writes in a design file survive the next save, next to what they annotate."""

from __future__ import annotations

from pathlib import Path

from designer import store
from designer.model.data import Entity, Field
from designer.model.design import SCHEMA_VERSION, Design
from designer.model.types import FieldType


def _saved(tmp_path: Path, design: Design) -> Path:
    path = tmp_path / "d.design.yaml"
    store.save(design, path)
    return path


def _comment_lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip().startswith("#")]


def test_comments_stay_where_they_were(tmp_path: Path) -> None:
    path = _saved(tmp_path, Design.new("Shop"))
    text = path.read_text(encoding="utf-8")
    text = text.replace(
        "requirements:\n  name: Shop\n",
        "# Owner: platform team\nrequirements:  # filled in at the kickoff\n"
        "  # the product's public name\n  name: Shop  # decided in January\n",
    ).replace("  nfr:\n", "  # targets from the SLA\n  nfr:\n")
    path.write_text(text.rstrip("\n") + "\n# end note\n", encoding="utf-8")
    design = store.load(path)
    design.requirements.name = "Shop Two"
    design.requirements.domain = "retail"
    store.save(design, path)
    saved = path.read_text(encoding="utf-8")
    assert "# Owner: platform team\nrequirements:  # filled in at the kickoff\n" in saved
    assert "  # the product's public name\n  name: Shop Two  # decided in January\n" in saved
    assert "  domain: retail\n" in saved
    assert "  # targets from the SLA\n  nfr:\n" in saved
    assert saved.endswith("# end note\n")
    assert store.load(path).name == "Shop Two"
    # A second save changes nothing more.
    store.save(store.load(path), path)
    assert path.read_text(encoding="utf-8") == saved


def test_a_comment_on_a_removed_part_moves_up_and_is_not_lost(tmp_path: Path) -> None:
    design = Design.new("Shop")
    design.data.entities = [Entity(name="Order", fields=[Field(name="id", type=FieldType.UUID,
                                                               primary_key=True)]),
                            Entity(name="Gone", fields=[])]
    path = _saved(tmp_path, design)
    text = path.read_text(encoding="utf-8")
    assert "  - name: Gone\n" in text
    path.write_text(text.replace("  - name: Gone\n", "  # drop after the migration\n"
                                 "  - name: Gone\n"), encoding="utf-8")
    design = store.load(path)
    design.data.entities.pop()
    store.save(design, path)
    saved = path.read_text(encoding="utf-8")
    assert "# drop after the migration" in saved
    assert [e.name for e in store.load(path).data.entities] == ["Order"]


def test_hashes_inside_values_are_not_comments(tmp_path: Path) -> None:
    design = Design.new("C# shop #1")
    design.requirements.description = "# not a comment\nline two #2\n  # indented"
    path = _saved(tmp_path, design)
    text = path.read_text(encoding="utf-8")
    version = f"schema_version: {SCHEMA_VERSION}"
    path.write_text(text.replace(f"{version}\n", f"{version}  # v2\n"),
                    encoding="utf-8")
    design = store.load(path)
    design.requirements.domain = "x"
    store.save(design, path)
    saved = path.read_text(encoding="utf-8")
    loaded = store.load(path)
    assert loaded.name == "C# shop #1"
    assert loaded.requirements.description == "# not a comment\nline two #2\n  # indented"
    assert f"schema_version: {SCHEMA_VERSION}  # v2\n" in saved
    assert _comment_lines(saved).count("# v2") == 0  # a trailing comment, not a line


def test_file_without_comments_is_written_as_before(tmp_path: Path) -> None:
    design = Design.new("Shop")
    path = _saved(tmp_path, design)
    design.requirements.domain = "x"
    store.save(design, path)
    assert path.read_text(encoding="utf-8") == store.dumps(design)
