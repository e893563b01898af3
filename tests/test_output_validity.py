"""Valid output for any name: YAML that a YAML 1.2 reader reads back as the same strings, safe
webhook keys, ER diagrams that parse, and an endpoint the spec cannot hold refused by name."""

from __future__ import annotations

import os
import re
import subprocess
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from strategies import name as any_name
from test_review_fixtures import entity, good_design

from designer import yamlio
from designer.cli import main
from designer.export import render_all
from designer.export.mermaid_text import label
from designer.export.openapi import build
from designer.model.api import Webhook
from designer.model.data import Field
from designer.model.types import FieldType


class Core12Loader(yaml.SafeLoader):
    """A reader of the YAML 1.2 core schema (what JavaScript and Go tools use), built on PyYAML
    by replacing its YAML 1.1 resolvers."""

    yaml_implicit_resolvers: dict[Any, Any] = {}  # noqa: RUF012 - PyYAML's class registry


def _resolver(tag: str, pattern: str, first: str) -> None:
    Core12Loader.add_implicit_resolver(f"tag:yaml.org,2002:{tag}", re.compile(pattern),
                                       list(first))


_resolver("bool", r"^(?:true|True|TRUE|false|False|FALSE)$", "tTfF")
_resolver("null", r"^(?:~|null|Null|NULL|)$", "~nN")
Core12Loader.add_implicit_resolver("tag:yaml.org,2002:null", re.compile(r"^$"), [""])
_resolver("int", r"^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$", "-+0123456789")
_resolver("float", r"^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?"
          r"|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$", "-+0123456789.")


def _int12(loader: yaml.SafeLoader, node: yaml.ScalarNode) -> int:
    value = str(node.value)
    if value.startswith(("0o", "0x")):
        return int(value[2:], 8 if value[1] == "o" else 16)
    return int(value)


Core12Loader.add_constructor("tag:yaml.org,2002:int", _int12)


def load12(text: str) -> Any:
    return yaml.load(text, Loader=Core12Loader)  # a SafeLoader subclass


SPECIALS = ["1e3", ".5e3", "0o17", "yes", "no", "y", "n", "on", "off", "~", "null", "Null",
            "0x1F", "1_000", "1:20", "+1", "-.inf", ".NaN", "true", "False", "1e+3", "0755",
            "2001-12-14", "<<", "="]


@pytest.mark.parametrize("value", SPECIALS)
def test_specials_read_back_as_text_under_yaml_1_2(value: str) -> None:
    text = yamlio.dump({value: [value, {"k": value}]})
    assert load12(text) == {value: [value, {"k": value}]}
    assert yamlio.load(text) == {value: [value, {"k": value}]}  # and designer's own reader


NAMES = st.sampled_from([*SPECIALS, "리뷰", "주문 상태", "🛒", "a😀b", "it's", 'say "hi"', "`x`",
                         "{a} {{b}} }{", "~~", "#x", "- y", "? z"]) | any_name()


@settings(max_examples=40, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(NAMES, min_size=1, max_size=6, unique_by=str.strip))
def test_openapi_reads_back_the_same_under_yaml_1_2(names: list[str]) -> None:
    design = good_design()
    order = entity(design, "Order")
    taken = {f.name for f in order.fields}
    order.fields += [Field(name=n, type=FieldType.STRING) for n in names
                     if n.strip() and n not in taken]
    design.api.webhooks = [Webhook(event=n) for n in names if n.strip()]
    text = render_all(design, only={"openapi"})["openapi.yaml"]
    assert load12(text) == build(design)
    properties = {key for props in _all("properties", load12(text)) for key in props}
    assert {f.name for f in order.fields} <= properties


def _all(key: str, data: Any) -> list[Any]:
    found = []
    if isinstance(data, dict):
        for k, v in data.items():
            if k == key:
                found.append(v)
            found += _all(key, v)
    elif isinstance(data, list):
        for item in data:
            found += _all(key, item)
    return found


def test_webhook_events_that_cannot_be_keys_get_safe_keys() -> None:
    design = good_design()
    design.api.webhooks = [Webhook(event="{a} {{b}} }{"), Webhook(event="a b"),
                           Webhook(event="order.paid")]
    webhooks = build(design)["webhooks"]
    assert list(webhooks) == ["a-b", "a-b-2", "order.paid"]
    assert webhooks["a-b"]["post"]["summary"] == "Event {a} {{b}} }{"  # the original as title
    assert all("{" not in key and " " not in key for key in webhooks)


def test_tilde_field_names_are_encoded_in_er_labels() -> None:
    assert "~" not in label("~~") and "~" not in label("a~b~c")
    design = good_design()
    entity(design, "Order").fields.append(Field(name="~~", type=FieldType.STRING))
    er = render_all(design, only={"diagrams"})["diagrams/er.mmd"]
    assert "~" not in er


def test_endpoint_with_a_parameter_twice_stops_export(tmp_path: Path,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    from designer import store

    design = good_design()
    resource = design.api.resources[0]
    twice = resource.endpoints[0].model_copy(update={"path": "/x/{id}/y/{id}"})
    resource.endpoints.append(twice)
    path = tmp_path / "d.design.yaml"
    store.save(design, path)
    out = tmp_path / "out"
    assert main(["export", str(path), "--out", str(out)]) == 2
    *notice, reason = capsys.readouterr().err.splitlines()
    # One line of reason (after the review's one-line notice of the errors it finds).
    assert [line for line in notice if "the review finds" not in line] == []
    assert "/x/{id}/y/{id}" in reason and "{id}" in reason and "2 times" in reason
    assert not (out / "openapi.yaml").exists()
    # Without the spec the document and diagrams still export.
    assert main(["export", str(path), "--out", str(out), "--only", "doc,diagrams"]) == 0


def test_hostile_names_pass_the_judges(tmp_path: Path) -> None:
    folder = os.environ.get("DESIGNER_JUDGES", "")
    if not (folder and (Path(folder) / ".venv" / "bin" / "python").exists()):
        if os.environ.get("CI"):
            pytest.fail("DESIGNER_JUDGES is not set up under CI")
        pytest.skip("judges not set up (set DESIGNER_JUDGES)")
    from designer.export import export

    design = good_design()
    order = entity(design, "Order")
    order.fields += [Field(name=n, type=FieldType.STRING)
                     for n in ["1e3", ".5e3", "0o17", "y", "~~", "리뷰", "🛒", "it's", 'q"q']]
    design.api.webhooks = [Webhook(event="{a} {{b}} }{"), Webhook(event="0o17")]
    export(design, tmp_path / "export")
    result = subprocess.run([str(Path(folder) / "all"), str(tmp_path / "export")],
                            capture_output=True, text=True, timeout=600, check=False)
    assert result.returncode == 0, result.stdout[-3000:]
