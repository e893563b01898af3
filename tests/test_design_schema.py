"""The JSON Schema for editors: shipped equal to the model's, named by every saved design, and
every example is valid against it."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
import yaml

from designer import design_schema, store
from designer.cli import main
from designer.model.design import Design

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = sorted(ROOT.glob("examples/*/*.design.yaml"))


def test_the_shipped_schema_is_the_models() -> None:
    """Regenerate with: python -c "from designer import design_schema as d;
    open('designer/design.schema.json', 'w').write(d.generate())" """
    assert design_schema.shipped() == design_schema.generate()


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.parent.name)
def test_every_example_is_valid_and_names_the_schema(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert text.startswith(design_schema.MODELINE)
    schema = json.loads(design_schema.shipped())
    jsonschema.Draft202012Validator.check_schema(schema)
    jsonschema.validate(yaml.safe_load(text), schema, cls=jsonschema.Draft202012Validator)


def test_the_schema_refuses_what_designer_refuses(tmp_path: Path) -> None:
    """An unknown key and a wrong type fail both designer's reading and the schema."""
    schema = json.loads(design_schema.shipped())
    for bad in ({"schema_version": 3, "requirementz": {}},
                {"schema_version": 3, "requirements": {"nfr": {"peak_rps": "lots"}}}):
        with pytest.raises(jsonschema.ValidationError):
            jsonschema.validate(bad, schema, cls=jsonschema.Draft202012Validator)


def test_a_saved_design_starts_with_the_schema_line_and_resaves_byte_for_byte(
        tmp_path: Path) -> None:
    path = tmp_path / "shop.design.yaml"
    store.save(Design.new("Shop"), path)
    first = path.read_bytes()
    assert first.decode("utf-8").startswith(design_schema.MODELINE)
    store.save(store.load(path), path)
    assert path.read_bytes() == first


def test_an_older_file_gets_the_schema_line_once_and_keeps_its_comments(tmp_path: Path) -> None:
    path = tmp_path / "shop.design.yaml"
    text = store.dumps(Design.new("Shop")).removeprefix(design_schema.MODELINE)
    text = text.replace("requirements:\n", "# why: the shop first\nrequirements:\n", 1)
    path.write_text(text, encoding="utf-8")
    store.save(store.load(path), path)
    saved = path.read_text(encoding="utf-8")
    assert saved.startswith(store.HEADER)
    assert saved.count("# designer design file") == 1
    assert saved.count("yaml-language-server") == 1
    assert "# why: the shop first\nrequirements:" in saved


def test_schema_command_prints_it_and_writes_it_beside_designs(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schema"]) == 0
    assert json.loads(capsys.readouterr().out)["title"] == "Design"
    assert main(["schema", "--out", str(tmp_path)]) == 0
    assert (tmp_path / design_schema.FILE_NAME).read_text(encoding="utf-8") == \
        design_schema.shipped()
    capsys.readouterr()
    assert main(["schema", "--out", str(tmp_path / "missing")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "missing" in err
