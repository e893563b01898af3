"""Files an earlier export wrote that the design no longer produces: removed while they are
still what designer wrote, kept (and named) once the user edited them; a document exported
alone does not link files it did not write."""

from __future__ import annotations

from pathlib import Path

from test_sql_ddl import shop

from designer.export import export
from designer.export.compare import differences
from designer.model import Design


def _renamed(design: Design, name: str) -> Design:
    renamed = design.model_copy(deep=True)
    renamed.data.databases[0].name = name
    return renamed


def test_renaming_a_database_removes_its_old_schema_files(tmp_path: Path) -> None:
    design = shop()
    export(design, tmp_path)
    assert (tmp_path / "schema/main.postgresql.sql").is_file()
    lines: list[str] = []
    export(_renamed(design, "shop"), tmp_path, progress=lines.append)
    assert (tmp_path / "schema/shop.postgresql.sql").is_file()
    assert not (tmp_path / "schema/main.postgresql.sql").exists()
    assert not (tmp_path / "schema/main.dbml").exists()
    assert any("removed" in line and "main.postgresql.sql" in line for line in lines)
    assert differences(_renamed(design, "shop"), tmp_path) == []


def test_an_edited_stale_file_is_kept_and_named(tmp_path: Path) -> None:
    design = shop()
    export(design, tmp_path)
    old = tmp_path / "schema/main.postgresql.sql"
    old.write_text(old.read_text(encoding="utf-8") + "-- my own index\n", encoding="utf-8")
    lines: list[str] = []
    export(_renamed(design, "shop"), tmp_path, progress=lines.append)
    assert old.read_text(encoding="utf-8").endswith("-- my own index\n")
    assert any(line.startswith("kept") and "main.postgresql.sql" in line for line in lines)


def test_check_lists_a_stale_schema_file(tmp_path: Path) -> None:
    design = shop()
    export(design, tmp_path)
    found = {(d.path, d.why) for d in differences(_renamed(design, "shop"), tmp_path)}
    assert ("schema/main.postgresql.sql", "stale") in found
    assert ("schema/shop.postgresql.sql", "missing") in found


def test_an_export_of_other_kinds_leaves_schema_files_alone(tmp_path: Path) -> None:
    design = shop()
    export(design, tmp_path)
    export(_renamed(design, "shop"), tmp_path, only={"openapi"})
    assert (tmp_path / "schema/main.postgresql.sql").is_file()


def test_a_document_alone_names_schema_files_without_links(tmp_path: Path) -> None:
    design = shop()
    export(design, tmp_path / "alone", only={"doc"})
    text = (tmp_path / "alone/architecture.md").read_text(encoding="utf-8")
    assert "| `schema/main.postgresql.sql` |" in text
    assert "](schema/" not in text
    export(design, tmp_path / "all")
    text = (tmp_path / "all/architecture.md").read_text(encoding="utf-8")
    assert "[`schema/main.postgresql.sql`](schema/main.postgresql.sql)" in text
