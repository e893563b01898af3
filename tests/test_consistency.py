"""The outputs of one design agree with each other.

Every `METHOD /path` that the document or a diagram names is an operation of `openapi.yaml` (but
the health probes, which are the platform's), and
a call drawn with a token or a cookie is a protected one; each configuration has one row in the
environment table; every entity the spec describes is in the ER diagram; every decision record
the document cites exists. Checked on every example and on random designs.
"""

from __future__ import annotations

import re
from pathlib import Path

import yaml
from hypothesis import HealthCheck, assume, given, settings
from strategies import designs

from designer import store
from designer.contract.styles import endpoint_style, rest_only
from designer.export import render_all
from designer.export.facts import env_vars, implied_env
from designer.export.openapi import render as openapi_render
from designer.export.openapi_paths import place
from designer.model import Design
from designer.model.api import ApiStyle, EndpointAuth

EXAMPLES = sorted(Path(__file__).parent.parent.glob("examples/*/*.design.yaml"))
_CALL = re.compile(r"\b(GET|POST|PUT|PATCH|DELETE) (/[^\s`|()\]]*)")
_ENTITY = re.compile(r"#(\d+);")
_ER_NAME = re.compile(r'^\s+e\d+\["(.*)"\] \{?$', re.M)
_PLAIN_PATH = re.compile(r"[\w/{}.~-]*")
_CITED = re.compile(r"\((ADR-[0-9]+)\)")


def _decode(text: str) -> str:
    """Mermaid text with its numeric entities (`#123;` for `{`) turned back into characters."""
    named = {"#quot;": '"', "#amp;": "&", "#lt;": "<", "#gt;": ">", "#59;": ";"}
    for code, char in named.items():
        text = text.replace(code, char)
    return _ENTITY.sub(lambda m: chr(int(m.group(1))), text)


def _operations(design: Design, spec: dict) -> dict[str, tuple[str, bool]]:
    """`METHOD /base/path` as the design writes it → (spec path, protected) of its operation."""
    out = {}
    base = design.api.base_path.rstrip("/")
    for placed in place(design.api.base_path, design.api.resources):
        method = placed.endpoint.method.value
        operation = spec["paths"][placed.path][method.lower()]
        protected = operation.get("security", spec.get("security")) != []
        out[f"{method} {base}{placed.endpoint.path}"] = (placed.path, protected)
    return out


_FINDINGS = re.compile(r"^## Review findings\n.*?(?=^## )", re.M | re.S)


def _mentions(files: dict[str, str]) -> list[tuple[str, str, str]]:
    """(file, `METHOD /path`, the line) of every call a document or diagram names as part of
    the design (review findings name what is missing, so they are left out)."""
    out = []
    for name, text in files.items():
        if not name.endswith((".md", ".mmd")):
            continue
        text = _FINDINGS.sub("", text)
        for line in (_decode(x) for x in text.splitlines()):
            out += [(name, f"{m.group(1)} {m.group(2)}", line) for m in _CALL.finditer(line)]
    return out


def check(design: Design) -> None:
    """Assert every agreement the module text lists for `design`'s export."""
    files = render_all(design)
    # A design without a REST part has no openapi.yaml; the routes its document still names
    # (sign-in steps, the plan) are checked against the routes its endpoints have.
    spec = yaml.safe_load(files["openapi.yaml"] if "openapi.yaml" in files
                          else openapi_render(design))
    operations = _operations(rest_only(design) if "openapi.yaml" in files else design, spec)
    # The plan still lists the endpoints served over GraphQL or gRPC (their operations are
    # the contract's): such a mention must be an endpoint of the design.
    for _, endpoint in design.api.endpoints():
        if endpoint_style(design, endpoint) is not ApiStyle.REST:
            key = f"{endpoint.method.value} {design.api.base_path.rstrip('/')}{endpoint.path}"
            operations.setdefault(key, (endpoint.path, endpoint.auth is not EndpointAuth.NONE))
    base = design.api.base_path.rstrip("/")
    # Liveness and readiness probes are the orchestrator's, not the clients' contract: they are
    # named as the operations stage has them and stay out of the spec.
    probes = {f"GET {p.strip()}" for p in (design.operations.health_path,
                                           design.operations.readiness_path) if p.strip()}
    for name, call, line in _mentions(files):
        if call in probes:
            continue
        if call.endswith("…"):
            assert any(key.startswith(call[:-1]) for key in operations), (name, line)
            continue
        method, _, path = call.partition(" ")
        if call not in operations:  # a user-typed target (a cache rule) is below the base path
            call = f"{method} {base}{path}"
        assert call in operations, f"{name} names {call!r}, which the spec lacks: {line}"
        if " with Authorization" in line or " with cookie" in line:
            assert operations[call][1], f"{name} sends a token to public {call}: {line}"
    rows = env_vars(design)
    names = [v.name for v in rows]
    assert len(names) == len(set(names))
    for implied in implied_env(design):
        carriers = [v for v in rows if v.purpose == implied.purpose or v.name == implied.name]
        assert carriers, f"{implied.purpose} has no variable"
        assert len({v.name for v in carriers if v.purpose == implied.purpose}) <= 1, carriers
    er = _decode(files.get("diagrams/er.mmd", ""))
    drawn = {" ".join(n.split()) for n in _ER_NAME.findall(er)}
    schemas = spec.get("components", {}).get("schemas", {})
    for entity in design.data.entities:
        if any(s.get("title") == entity.name or key == entity.name for key, s in schemas.items()):
            assert " ".join(entity.name.split()) in drawn, entity.name
    decisions = {x.id for x in design.decisions}
    for cited in _CITED.findall(files.get("architecture.md", "")):
        assert cited in decisions, f"the document cites {cited}, which is not a decision"


def test_every_example_agrees_with_itself() -> None:
    assert EXAMPLES
    for path in EXAMPLES:
        check(store.load(path))


@settings(max_examples=100, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(designs())
def test_random_designs_agree_with_themselves(design: Design) -> None:
    # Mentions are found as `METHOD /path` words: a path with a space or a table's `|` cannot
    # be told apart from the text around it, so such designs are left to the examples.
    paths = [design.api.base_path, *(e.path for _, e in design.api.endpoints())]
    assume(all(_PLAIN_PATH.fullmatch(p) for p in paths))
    check(design)
