"""One request / response pair per resource for the document, the same the OpenAPI spec shows.

The pair is the resource's first endpoint that has a request body (with its success response),
or else its first endpoint with a response body. Bodies come from the OpenAPI components, so the
document and `openapi.yaml` show the same values.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from designer.contract.variants import body_context, paginates
from designer.export.openapi_components import Components
from designer.export.openapi_operations import status_codes
from designer.model import Design


@dataclass(frozen=True)
class ExamplePair:
    """A resource's example exchange: the request (if any) and the success response (if any)."""

    resource: str
    method: str
    path: str
    request: str | None
    """The request body as indented JSON, or None."""
    status: int
    response: str | None
    """The response body as indented JSON, or None."""


def _json(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False, indent=2)
    # A body never closes the fence it is written in.
    return text.replace("```", "`\u200b``")


def example_pairs(design: Design) -> list[ExamplePair]:
    """One example exchange per resource that has an endpoint with a body, in design order."""
    components = Components(design)
    out: list[ExamplePair] = []
    for resource in design.api.resources:
        endpoints = [e for e in resource.endpoints if e.path.strip()]
        chosen = next((e for e in endpoints if e.request is not None), None) or next(
            (e for e in endpoints if e.response is not None), None
        )
        if chosen is None:
            continue
        request = None
        if chosen.request is not None:
            context = body_context(design, chosen, chosen.request)
            request = _json(components.body_example(chosen.request, False, context))
        success = [c for c in status_codes(design, chosen) if 200 <= c < 300] or [200]
        status = success[0]
        response = None
        if chosen.response is not None and status not in (204, 205):
            context = body_context(design, chosen, chosen.response)
            value = components.body_example(chosen.response, paginates(design, chosen), context)
            response = _json(value)
        name = " ".join(resource.name.split()) or "default"
        out.append(ExamplePair(name, chosen.method.value, chosen.path, request, status, response))
    return out
