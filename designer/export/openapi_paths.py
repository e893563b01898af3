"""Where each endpoint goes in `paths`: base path + path, encoded, checked and de-duplicated.

Paths carry the base path (`/api/v1/orders`) and servers carry only the host, so the spec reads
the same whether or not the design lists servers. Endpoints `designer check` reports as broken
(no path, unbalanced braces, bad or repeated parameter names, the same method and path twice)
are left out rather than written as an invalid spec. Two templates that differ only in
parameter names (`/users/{id}` and `/users/{user_id}`) are one path to OpenAPI; the later
endpoint takes the first spelling.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from designer.model.api import Endpoint, Resource

_PARAM = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")
_TEMPLATE_PIECE = re.compile(r"(\{[^{}]*\})")
_ASCII_SAFE = frozenset(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~!$&'()*+,;=:@"
)


@dataclass(frozen=True)
class Placed:
    """An endpoint with its final path and the path parameters' names in it."""

    resource: Resource
    endpoint: Endpoint
    path: str
    """Full path, e.g. /api/v1/orders/{id}."""
    params: tuple[tuple[str, str], ...]
    """(name in the spec, name in the design) per path parameter, in path order."""


def _safe(char: str) -> bool:
    if char.isascii():
        return char in _ASCII_SAFE
    return ord(char) >= 0xA0 and unicodedata.category(char)[0] not in "CZ"


def _literal(text: str) -> str:
    """A literal path piece as an IRI piece: each run of unsafe characters becomes one `-`.

    Non-ASCII letters stay as they are (IRIs allow them; clients percent-encode on the wire).
    Characters a URL cannot hold (spaces, quotes, brackets, `%`, `?`, `#`) are replaced rather
    than percent-encoded, because linters decode `%XX` in path keys and then misread them.
    """
    out: list[str] = []
    for char in text:
        if _safe(char):
            out.append(char)
        elif not out or out[-1] != "\0":
            out.append("\0")  # one marker per run of unsafe characters
    return "".join(out).replace("\0", "-")


def base_segments(base_path: str) -> list[str]:
    """The encoded segments of the base path (parameters are not allowed there)."""
    return [_literal(s) for s in base_path.split("/") if s.strip()]


def full_path(base_path: str, path: str) -> tuple[str, list[str]] | None:
    """Base path + `path`, encoded, with its parameter names; None when it cannot be a path."""
    if not path.strip():
        return None
    segments = base_segments(base_path)
    params: list[str] = []
    for segment in path.split("/"):
        if not segment:
            continue
        out = []
        for piece in _TEMPLATE_PIECE.split(segment):
            match = _PARAM.fullmatch(piece)
            if match:
                params.append(match[1])
                out.append(piece)
            elif "{" in piece or "}" in piece:
                return None
            else:
                out.append(_literal(piece))
        segments.append("".join(out))
    if len(set(params)) != len(params):
        return None
    return "/" + "/".join(segments), params


def _why_not(path: str) -> str:
    """Why `path` cannot be an OpenAPI path (it is one when `full_path` gives a result)."""
    if not path.strip():
        return "it has no path"
    params = _PARAM.findall(path)
    repeated = sorted({p for p in params if params.count(p) > 1})
    if repeated:
        return f"path parameter {{{repeated[0]}}} appears {params.count(repeated[0])} times"
    return "its braces are not plain {name} parameters"


def unplaceable(base_path: str, resources: list[Resource]) -> list[str]:
    """One line per endpoint `place` leaves out: `METHOD path: why`. Export refuses to write a
    spec without them rather than drop them silently (the document would still list them)."""
    out: list[str] = []
    seen: dict[tuple[str, str], str] = {}
    for resource in resources:
        for endpoint in resource.endpoints:
            shown = f"{endpoint.method.value} {endpoint.path or '(no path)'}"
            result = full_path(base_path, endpoint.path)
            if result is None:
                out.append(f"{shown}: {_why_not(endpoint.path)}")
                continue
            key = (endpoint.method.value, _PARAM.sub("{}", result[0]))
            if key in seen:
                out.append(f"{shown}: the same operation as {seen[key]}")
            seen.setdefault(key, shown)
    return out


def place(base_path: str, resources: list[Resource]) -> list[Placed]:
    """Every endpoint that can be written, with its path, in design order."""
    canonical: dict[str, tuple[str, list[str]]] = {}
    seen: set[tuple[str, str]] = set()
    out: list[Placed] = []
    for resource in resources:
        for endpoint in resource.endpoints:
            result = full_path(base_path, endpoint.path)
            if result is None:
                continue
            path, params = result
            template = _PARAM.sub("{}", path)
            first_path, first_params = canonical.setdefault(template, (path, params))
            key = (endpoint.method.value, template)
            if key in seen:
                continue
            seen.add(key)
            out.append(
                Placed(
                    resource, endpoint, first_path, tuple(zip(first_params, params, strict=True))
                )
            )
    return out
