"""The document and the AsyncAPI contract name the same channels and messages.

Every channel of the document's channels table and every message of its catalogue is a channel
(by title) or a message (by name) of `asyncapi.yaml`, and the other way round; every message a
flow step publishes is in the contract; the signature headers the document lists are the
headers of the contract's webhook deliveries. Checked on every example and random event
designs with hostile names.
"""

from __future__ import annotations

from pathlib import Path

import yaml
from event_designs import event_designs
from hypothesis import HealthCheck, given, settings

from designer import store
from designer.export import render_all
from designer.export.markdown import cell, code
from designer.model import Design

EXAMPLES = sorted(Path(__file__).parent.parent.glob("examples/*/*.design.yaml"))


def _table(doc: str, heading: str) -> list[str]:
    """First cells of the table under `heading` (cells split on unescaped pipes)."""
    lines = doc.split(heading + "\n", 1)[1].strip().split("\n\n", 1)[0].splitlines()
    out = []
    for line in lines[2:]:
        cells, current, escaped = [], "", False
        for char in line[2:]:
            if char == "|" and not escaped:
                cells.append(current.strip())
                current = ""
            else:
                current += char
            escaped = char == "\\" and not escaped
        out.append(cells[0])
    return out


def check(design: Design) -> None:
    files = render_all(design, {"doc", "asyncapi"})
    doc = files["architecture.md"]
    if "asyncapi.yaml" not in files:
        assert "\n### Events\n" not in doc
        return
    contract = yaml.safe_load(files["asyncapi.yaml"])
    channels = [c["title"] for c in (contract.get("channels") or {}).values()
                if c["address"] is not None]  # webhook deliveries are listed apart
    messages = {m["name"] for m in contract["components"]["messages"].values()
                if not m["title"].endswith(" webhook")}
    if channels:
        assert _table(doc, "#### Channels") == [cell(c) for c in channels]
    assert sorted(_table(doc, "#### Message catalogue")) == sorted(cell(m) for m in messages)
    for flow in design.architecture.events.flows:
        for step in flow.steps:
            if step.message:
                assert step.message in messages
    deliveries = [m for m in contract["components"]["messages"].values()
                  if m["title"].endswith(" webhook")]
    headers = list(dict.fromkeys(name for m in deliveries
                                 for name in (m.get("headers") or {}).get("properties", {})))
    if headers:
        rows = doc.split("| Header | Meaning |\n| --- | --- |\n", 1)[1].split("\n\n", 1)[0]
        assert [r.split(" | ")[0][2:] for r in rows.splitlines()] == [code(h) for h in headers]


def test_every_example_names_the_same_events_in_document_and_contract() -> None:
    checked = 0
    for path in EXAMPLES:
        design = store.load(path)
        check(design)
        checked += bool(design.architecture.events.messages)
    assert checked >= 3


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                 HealthCheck.data_too_large])
@given(event_designs())
def test_random_event_designs_name_the_same_events_in_document_and_contract(
        design: Design) -> None:
    check(design)
