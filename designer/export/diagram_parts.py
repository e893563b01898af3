"""What every diagram builder shares: the result type, nodes and edges with safe labels,
sequence participants and messages, and the names of the system and its API."""

from __future__ import annotations

from dataclasses import dataclass

from designer.contract import auth_steps
from designer.export.mermaid_text import Link, Message, Node, Participant, label, text
from designer.export.openapi_errors import phrase
from designer.export.openapi_operations import status_codes
from designer.model import Design
from designer.model.api import Endpoint


@dataclass(frozen=True)
class Diagram:
    """One generated diagram."""

    stem: str
    """File name without `.mmd`, e.g. `architecture`."""
    title: str
    """Human title."""
    source: str
    """Mermaid text, marker comment first."""


def node(id_: str, content: str, shape: str = "normal") -> Node:
    """A flowchart node; `content` is escaped (mermaid-py would quote it raw)."""
    out = Node(id_, shape=shape)
    out.content = label(content)
    return out


def link(a: Node, b: Node, message: str = "", dotted: bool = False) -> Link:
    """A flowchart edge with an escaped, shortened message."""
    return Link(a, b, shape="dotted" if dotted else "normal",
                message=label(message, 40) if message else "")


def system(design: Design) -> str:
    """The system's name, or `backend`."""
    return design.name.strip() or "backend"


def backend_label(design: Design) -> str:
    """`Shop API (FastAPI)`."""
    framework = design.stack.framework_other or design.stack.framework
    return f"{system(design)} API" + (f" ({framework})" if framework else "")


def participants(*names: str) -> list[Participant]:
    """Sequence participants `p1`, `p2`, … named `names`."""
    out = []
    for i, name in enumerate(names):
        p = Participant(f"p{i + 1}")
        p.name = text(name, 40)
        out.append(p)
    return out


def ok(design: Design, endpoint: Endpoint) -> str:
    """`200 OK`: the endpoint's success status as the spec lists it, with its phrase."""
    code = min((c for c in status_codes(design, endpoint) if 200 <= c < 400), default=200)
    return f"{code} {phrase(code)}"


def call(design: Design, endpoint: Endpoint) -> str:
    """`POST /api/v1/auth/login (email, password)`: the spec's method and path, and the fields
    its request body carries."""
    sent = ", ".join(auth_steps.request_fields(design, endpoint))
    return auth_steps.url(design, endpoint) + (f" ({sent})" if sent else "")


def say(a: Participant, b: Participant, message: str, reply: bool = False) -> Message:
    """A message from `a` to `b`; a reply is dotted."""
    return Message(a, b, "Dotted-arrow" if reply else "Solid-arrow", text(message, 140))
