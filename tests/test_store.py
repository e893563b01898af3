"""Saving and loading designs: round trips, atomicity, backups, migrations, bad files."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from permissions import honour_modes

from designer import atomic, store, yamlio
from designer.cli import main
from designer.errors import DesignFileError, SaveError, SchemaVersionError
from designer.model import SCHEMA_VERSION, Design
from designer.model.api import Endpoint, Method, Resource
from designer.model.data import Entity, Field, FieldType
from designer.model.progress import Stage, StageStatus
from designer.model.requirements import Feature

FIXTURES = Path(__file__).parent / "fixtures"

# Text that stresses YAML: quotes, colons, leading symbols, line breaks, Korean, emoji, NEL.
hostile_text = st.one_of(
    st.text(max_size=40),
    st.sampled_from(
        [
            "",
            "'",
            '"',
            "- x",
            ": y",
            "#c",
            "yes",
            "null",
            "~",
            "1e3",
            "0x10",
            "한글 설명",
            "🚀 launch",
            "a\nb",
            "line  \n",
            "\x85",
            "\u2028",
            "tab\there",
            "@at",
            "*star",
            "&amp",
        ]
    ),
)


@st.composite
def designs(draw: st.DrawFn) -> Design:
    """Designs with arbitrary text in names, descriptions and lists."""
    design = Design.new(draw(hostile_text))
    design.requirements.description = draw(hostile_text)
    design.requirements.features = [
        Feature(name=draw(hostile_text), story=draw(hostile_text))
        for _ in range(draw(st.integers(0, 3)))
    ]
    design.requirements.nfr.peak_rps = draw(st.none() | st.integers(0, 10**9))
    design.requirements.nfr.availability = draw(st.none() | st.floats(0, 100, allow_nan=False))
    design.api.cors_origins = draw(st.lists(hostile_text, max_size=3))
    design.data.entities = [
        Entity(
            name=draw(hostile_text),
            fields=[
                Field(
                    name=draw(hostile_text),
                    type=draw(st.sampled_from(list(FieldType))),
                    default=draw(hostile_text),
                )
            ],
        )
        for _ in range(draw(st.integers(0, 3)))
    ]
    design.api.resources = [
        Resource(
            name=draw(hostile_text),
            endpoints=[
                Endpoint(
                    method=draw(st.sampled_from(list(Method))),
                    path="/" + draw(hostile_text),
                    summary=draw(hostile_text),
                )
            ],
        )
    ]
    for stage in draw(st.lists(st.sampled_from(list(Stage)), max_size=4)):
        design.progress.stages[stage] = draw(st.sampled_from(list(StageStatus)))
    design.progress.current_stage = draw(st.sampled_from(list(Stage)))
    return design


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(design=designs())
def test_save_then_load_gives_the_same_design(design: Design, tmp_path: Path) -> None:
    path = tmp_path / "d.design.yaml"
    store.save(design, path)
    assert store.load(path) == design
    # Saving what was loaded writes the same bytes: the format is stable.
    text = path.read_text(encoding="utf-8")
    store.save(store.load(path), path)
    assert path.read_text(encoding="utf-8") == text


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(design=designs())
def test_libyaml_and_pure_python_files_read_back_the_same(design: Design) -> None:
    """Whichever emitter runs (LibYAML when PyYAML has it), the file reads back as the design.

    The two emitters may choose different quoting or line folding for long lines with control
    or astral characters; designer always writes with one of them, so only the data must agree.
    """
    data = design.model_dump(mode="json")
    fast, pure = yamlio.dump(data), yamlio.dump(data, pure=True)
    assert yamlio.load(fast) == yamlio.load(pure) == data


@pytest.mark.skipif(not yamlio.LIBYAML, reason="PyYAML without LibYAML")
@pytest.mark.parametrize("opening", ["[", "{a: ", "- "])
def test_very_deep_nesting_is_refused_without_recursing(opening: str) -> None:
    """LibYAML's composer recurses in C: the depth is checked on the event stream first."""
    text = "x: " + opening * 1_000_000 if opening != "- " else "".join(
        " " * i + "- " + "\n" for i in range(0, 400, 2))
    # Our own event check or LibYAML's scanner (whose limit newer releases enforce first) must
    # refuse it; which one speaks, and in which words, is not this test's business.
    with pytest.raises((yamlio.UnsafeYaml, yaml.YAMLError)):
        yamlio.load(text)


def test_saved_file_is_readable_yaml_in_model_order(tmp_path: Path) -> None:
    design = Design.new("Shop")
    design.requirements.description = "First line\nsecond line"
    path = tmp_path / "shop.design.yaml"
    store.save(design, path)
    text = path.read_text(encoding="utf-8")
    first, second = text.splitlines()[:2]
    assert first == "# yaml-language-server: $schema=design.schema.json"
    assert second.startswith("# designer design file")
    keys = [line.split(":")[0] for line in text.splitlines() if line and line[0].isalpha()]
    assert keys[:3] == ["schema_version", "requirements", "architecture"]
    assert "description: |-\n    First line\n    second line" in text
    assert "&" not in text and "*" not in text.replace("**", "")


def test_progress_stages_are_written_in_interview_order(tmp_path: Path) -> None:
    design = Design.new("x")
    design.progress.stages[Stage.AUTH] = StageStatus.DONE
    design.progress.stages[Stage.REQUIREMENTS] = StageStatus.IN_PROGRESS
    text = store.dumps(design)
    assert text.index("requirements: in_progress") < text.index("auth: done")


def test_save_keeps_the_previous_version_as_bak(tmp_path: Path) -> None:
    path = tmp_path / "d.design.yaml"
    first = Design.new("first")
    store.save(first, path)
    assert not store.backup_path(path).exists()
    store.save(Design.new("second"), path)
    assert store.load(store.backup_path(path)).name == "first"
    assert store.load(path).name == "second"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["d.design.yaml", "d.design.yaml.bak"]


def test_failing_save_reports_and_keeps_the_old_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "d.design.yaml"
    store.save(Design.new("old"), path)
    honour_modes(monkeypatch)  # a read-only folder refuses root too
    tmp_path.chmod(stat.S_IRUSR | stat.S_IXUSR)
    try:
        with pytest.raises(SaveError) as raised:
            store.save(Design.new("new"), path)
    finally:
        tmp_path.chmod(stat.S_IRWXU)
    assert str(raised.value) == f"{path}: cannot save (Permission denied)"
    assert store.load(path).name == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["d.design.yaml"]


def test_failing_rename_reports_and_keeps_the_old_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Runs as root too: the rename itself fails (a read-only or full file system)."""
    path = tmp_path / "d.design.yaml"
    store.save(Design.new("old"), path)

    def refuse(*args: object) -> None:
        raise OSError(30, "Read-only file system")

    monkeypatch.setattr(atomic.os, "replace", refuse)
    with pytest.raises(SaveError, match="Read-only file system"):
        store.save(Design.new("new"), path)
    monkeypatch.undo()
    assert store.load(path).name == "old"
    assert [p.name for p in tmp_path.iterdir() if p.suffix == ".tmp"] == []


def test_stale_temporary_files_are_cleaned_on_the_next_save(tmp_path: Path) -> None:
    path = tmp_path / "d.design.yaml"
    stale = tmp_path / ".d.design.yaml.abc123.tmp"
    stale.write_text("half a design", encoding="utf-8")
    os.utime(stale, (1, 1))
    fresh = tmp_path / ".d.design.yaml.def456.tmp"
    fresh.write_text("a save in progress elsewhere", encoding="utf-8")
    store.save(Design.new("x"), path)
    assert not stale.exists()
    assert fresh.exists()


def test_save_into_a_missing_folder_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(SaveError, match="cannot save"):
        store.save(Design.new("x"), tmp_path / "missing" / "d.design.yaml")


def test_create_refuses_to_replace_a_file(tmp_path: Path) -> None:
    path = tmp_path / "d.design.yaml"
    path.write_text("my notes", encoding="utf-8")
    with pytest.raises(SaveError, match="already exists"):
        store.create(Design.new("x"), path)
    assert path.read_text(encoding="utf-8") == "my notes"


def test_v0_file_is_migrated() -> None:
    design = store.load(FIXTURES / "v0_shop.yaml")
    assert design.schema_version == SCHEMA_VERSION
    assert design.name == "Shop"
    assert design.requirements.description == "A small shop backend."
    assert design.api.base_path == "/shop/v0"  # not the default
    assert design.stack.framework == "FastAPI"
    assert [db.engine.value for db in design.data.databases] == ["postgresql"]
    assert [m.value for m in design.auth.methods] == ["jwt"]
    user = design.data.entity("User")
    assert user is not None
    assert [(f.name, f.type, f.primary_key) for f in user.fields] == [
        ("id", "uuid", True),
        ("email", "email", False),
    ]
    keys = {r.name: [e.key for e in r.endpoints] for r in design.api.resources}
    assert keys == {"users": ["GET /users/{id}", "POST /users"], "orders": ["GET /orders"]}


def test_v1_file_is_migrated_schema_fields_say_optional() -> None:
    """Version 1 schema fields said `required`; version 2 says `optional`, apart from null."""
    old = yamlio.load((FIXTURES / "v1_shop.yaml").read_text(encoding="utf-8"))
    assert old["schema_version"] == 1
    design = store.load(FIXTURES / "v1_shop.yaml")
    assert design.schema_version == SCHEMA_VERSION
    for schema_data in old["api"]["schemas"]:
        schema = next(s for s in design.api.schemas if s.name == schema_data["name"])
        for field_data, field in zip(schema_data["fields"], schema.fields, strict=True):
            assert field.name == field_data["name"] and field.type == field_data["type"]
            assert field.optional is (not field_data["required"])
            assert field.nullable is False
    assert [e.name for e in design.data.entities] == [e["name"] for e in old["data"]["entities"]]
    saved = store.dumps(design)
    assert "required:" not in saved.split("resources:")[0].split("schemas:")[1]
    assert store.parse(saved, Path("again.yaml")) == design


@pytest.mark.parametrize("value", ["yes", 1, None])
def test_v1_schema_field_with_a_bad_required_is_refused(value: object, tmp_path: Path) -> None:
    path = tmp_path / "bad.design.yaml"
    field = yamlio.dump({"name": "x", "type": "string", "required": value})
    path.write_text("schema_version: 1\napi:\n  schemas:\n  - name: S\n    fields:\n"
                    + "".join(f"    {'- ' if i == 0 else '  '}{line}\n"
                              for i, line in enumerate(field.splitlines())), encoding="utf-8")
    with pytest.raises(DesignFileError, match="cannot upgrade from schema version 1"):
        store.load(path)


# Every bad file: (file content as bytes, or a callable making the path; expected message part)
BAD_FILES: dict[str, tuple[bytes | None, str]] = {
    "empty": (b"", "is empty"),
    "whitespace": (b"  \n\n", "is empty"),
    "not_yaml": (b"requirements: [unclosed\n", "not valid YAML"),
    "truncated": (b"schema_version: 1\nrequirements:\n  name: 'Sho", "not valid YAML"),
    "scalar": (b"just a sentence\n", "not a mapping"),
    "list": (b"- a\n- b\n", "not a mapping"),
    "no_version": (b"requirements: {name: x}\n", "has no schema_version"),
    "wrong_types": (
        b"schema_version: 1\nrequirements: {nfr: {peak_rps: lots}}\n",
        "requirements.nfr.peak_rps",
    ),
    "unknown_key": (b"schema_version: 1\nrequirementz: {}\n", "requirementz: unknown key"),
    "python_tag": (
        b"schema_version: 1\nrequirements: !!python/object/apply:os.system ['echo hi']\n",
        "tag",
    ),
    "alias_bomb": (
        b'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n'
        b"b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\n"
        b"d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\n"
        b"schema_version: 1\n",
        "aliases",
    ),
    "huge_string": (
        b"schema_version: 1\nrequirements: {name: '" + b"x" * (50 * 1024 * 1024) + b"'}\n",
        "MB",
    ),
    "binary": (bytes(range(256)) * 4, "binary"),
    "latin1": ("name: caf\u00e9\n".encode("latin-1"), "not UTF-8"),
    "future_version": (b"schema_version: 99\n", "newer designer"),
    "negative_version": (b"schema_version: -1\n", "unknown"),
    "text_version": (b"schema_version: one\n", "not a whole number"),
    "bad_v0": (b"schema_version: 0\nentities: 5\n", "cannot upgrade"),
    # Refused either by our depth check or by LibYAML's own limit: the behaviour (one line
    # naming the file and the line, exit 2) is what matters, not whose wording it is.
    "deep_nesting": (b"schema_version: 1\nx: " + b"[" * 5000 + b"]" * 5000 + b"\n", "line 2"),
}


@pytest.mark.parametrize("case", sorted(BAD_FILES))
def test_bad_file_gives_one_line_and_exit_2(
    case: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    content, expected = BAD_FILES[case]
    path = tmp_path / f"{case}.design.yaml"
    assert content is not None
    path.write_bytes(content)
    before = path.read_bytes()
    with pytest.raises(DesignFileError) as raised:
        store.load(path)
    assert expected in str(raised.value)
    assert str(path) in str(raised.value)
    assert main(["check", str(path)]) == 2
    captured = capsys.readouterr()
    assert captured.err.count("\n") == 1, captured.err
    assert expected in captured.err
    assert "Traceback" not in captured.err + captured.out
    assert path.read_bytes() == before


def test_missing_file_and_directory(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(tmp_path / "nope.yaml")]) == 2
    assert "no such file" in capsys.readouterr().err
    assert main(["check", str(tmp_path)]) == 2
    assert "is a directory" in capsys.readouterr().err


def test_future_version_is_a_schema_version_error(tmp_path: Path) -> None:
    path = tmp_path / "f.yaml"
    path.write_text(f"schema_version: {SCHEMA_VERSION + 1}\n", encoding="utf-8")
    with pytest.raises(SchemaVersionError):
        store.load(path)


def test_unreadable_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "locked.design.yaml"
    store.save(Design.new("x"), path)
    path.chmod(0)
    honour_modes(monkeypatch)  # root reads any file otherwise
    assert main(["check", str(path)]) == 2
    assert capsys.readouterr().err == f"designer: {path}: permission denied\n"


@pytest.mark.slow
def test_killing_a_saving_process_never_leaves_a_broken_file(tmp_path: Path) -> None:
    """Kill a child at random moments inside its saves: the file is always old or new.

    DESIGNER_KILL_TRIALS sets the number of rounds (benchmarks/bench_kill.py runs a thousand).
    """
    from kill_saves import kill_rounds

    trials = int(os.environ.get("DESIGNER_KILL_TRIALS", "60"))
    rounds = kill_rounds(tmp_path, trials)
    problems = [r.problem for r in rounds if r.problem]
    assert not problems, f"{len(problems)} of {trials} kills left a broken file: {problems[:3]}"
    # The kills must really land inside saves, or the test proves nothing.
    interrupted = sum(r.interrupted for r in rounds)
    assert interrupted >= trials / 3, f"only {interrupted} of {trials} kills landed in a save"
