"""A place in the design said the way the app's screens name it.

Checks and review rules locate what they find by model path
(`data.entities[Order].fields[address_id]`): exact, and what `check` prints for scripts and
editors. A person reading the app wants "entity Order › field address_id"; this turns one
into the other without a second table of where things live (the path already says it).
"""

from __future__ import annotations

from designer.model.design import Design

_NOUNS: dict[str, str] = {
    "accepted": "accepted finding",
    "caching": "cache rule",
    "env": "variable",
    "rpcs": "RPC",
    "slos": "SLO",
}
"""Singulars that the plural's spelling does not give."""

_WORDS: dict[str, str] = {
    "nfr": "targets",
    "api": "API",
    "grpc": "gRPC",
    "graphql": "GraphQL",
    "jwt": "JWT",
    "oauth": "OAuth",
}
"""Plain parts that are abbreviations."""


def _closing(location: str, start: int) -> int:
    """The `]` that closes the key opened at `start`: the first one that ends the path or is
    followed by the next part, so that keys may hold brackets (`Kakao [beta]`)."""
    close = location.find("]", start)
    while close >= 0 and close + 1 < len(location) and location[close + 1] not in ".[":
        close = location.find("]", close + 1)
    return close


def split(location: str) -> list[tuple[str, str | None]]:
    """`a.b[k].c` → [(a, None), (b, k), (c, None)]; keys may hold dots, spaces and brackets.

    The one parser of model paths: the app's places and `check`'s FILE:LINE:COLUMN both use it.
    """
    parts: list[tuple[str, str | None]] = []
    name, i = "", 0
    while i < len(location):
        char = location[i]
        if char == "[":
            close = _closing(location, i)
            if close < 0:  # not a path after all: keep the rest as it is
                return [(location, None)]
            parts.append((name, location[i + 1:close]))
            name, i = "", close + 1
            if location.startswith(".", i):
                i += 1
            continue
        if char == ".":
            if name:
                parts.append((name, None))
            name = ""
        else:
            name += char
        i += 1
    if name:
        parts.append((name, None))
    return parts


def _singular(plural: str) -> str:
    if plural in _NOUNS:
        return _NOUNS[plural]
    if plural.endswith("ies"):
        return plural[:-3] + "y"
    if plural.endswith(("sses", "ches", "shes", "xes")):
        return plural[:-2]
    if plural.endswith("s") and not plural.endswith("ss"):
        return plural[:-1]
    return plural


def _words(name: str) -> str:
    return _WORDS.get(name, name.replace("_", " "))


def place_parts(location: str) -> list[tuple[str, str | None]] | None:
    """`data.entities[Order].fields[id]` → [("entity", "Order"), ("field", "id")]: the things
    a model path names, each with its key (None for a plain part); None for what is not a path.

    The first part names the stage, which is shown beside the place already, so it is left out.
    """
    parts = split(location)
    if len(parts) < 2 or parts[0][1] is not None or parts[0][0] not in Design.model_fields:
        return None
    return [(_singular(name), key) if key is not None else (_words(name), None)
            for name, key in parts[1:]]


def place(location: str) -> str:
    """`data.entities[Order].fields[address_id]` → `entity Order › field address_id`; anything
    that is not a model path comes back unchanged."""
    parts = place_parts(location)
    if parts is None:
        return location
    return " › ".join(noun if key is None else f"{noun} {key}" for noun, key in parts)
