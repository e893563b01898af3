"""ASCII-safe names for every output: words, PascalCase, operation ids, name tables.

This is the one naming function of designer: CRUD generation, the OpenAPI components and every
later contract turn a user's name into a path, a schema name or an identifier through it, so
`리뷰` is `ribyu` everywhere.

A design may name things in Korean, with emoji, quotes or spaces. OpenAPI component names
must match `^[a-zA-Z0-9._-]+$` and code generators want identifiers, so every user name is turned
into ASCII words first: Latin letters lose their accents, Hangul is romanised (Revised
Romanization, syllable by syllable, without sound-change rules), other characters separate
words. A name with no usable word at all falls back to a short stable hash, so two different
names never collapse silently and the same name always gives the same result.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

_INITIALS = "g kk n d tt r m b pp s ss - j jj ch k t p h".split()  # noqa: SIM905
_MEDIALS = "a ae ya yae eo e yeo ye o wa wae oe yo u wo we wi yu eu ui i".split()  # noqa: SIM905
_FINALS = "- k k k n n n t l k m l l l p l m p p t t ng t t k t p t".split()  # noqa: SIM905
_HANGUL_FIRST, _HANGUL_LAST = 0xAC00, 0xD7A3

_WORD = re.compile(r"[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+|[A-Z]+|[0-9]+")
_NOT_IDENT = re.compile(r"[^A-Za-z0-9]")


def _romanise_syllable(char: str) -> str:
    index = ord(char) - _HANGUL_FIRST
    initial, rest = divmod(index, 21 * 28)
    medial, final = divmod(rest, 28)
    parts = (_INITIALS[initial], _MEDIALS[medial], _FINALS[final])
    return "".join(p for p in parts if p != "-")


@lru_cache(maxsize=65_536)  # names recur in every schema, path and example of an export
def _ascii_text(value: str) -> str:
    """`value` with Hangul romanised, accents dropped and everything else non-ASCII a space."""
    out: list[str] = []
    hangul = False
    for char in unicodedata.normalize("NFC", value):
        if _HANGUL_FIRST <= ord(char) <= _HANGUL_LAST:
            # A run of syllables is one word; a space before it keeps it apart from Latin text.
            out.append(("" if hangul else " ") + _romanise_syllable(char))
            hangul = True
            continue
        if hangul:
            out.append(" ")
        hangul = False
        decomposed = unicodedata.normalize("NFKD", char)
        base = "".join(c for c in decomposed if not unicodedata.combining(c))
        out.append(base if base.isascii() else " ")
    return "".join(out)


def words(value: str) -> list[str]:
    """The ASCII words of `value`: `"OrderItem"` → Order, Item; `"주문 내역"` → jumun, naeyeok."""
    return _WORD.findall(_ascii_text(value))


def pascal(value: str) -> str:
    """PascalCase ASCII of `value` (inner capitals kept: `HTTPServer` stays); may be empty."""
    return "".join(w[:1].upper() + w[1:] for w in words(value))


def snake(value: str) -> str:
    """snake_case ASCII of `value`: `OrderItem` → order_item; may be empty."""
    return "_".join(w.lower() for w in words(value))


def short_hash(value: str) -> str:
    """Eight hex digits that identify `value` stably across runs and machines."""
    return hashlib.sha256(value.encode("utf-8")).hexdigest()[:8]


def component_base(value: str) -> str:
    """A component name for `value`: PascalCase, or `Schema_<hash>` when nothing is left."""
    name = pascal(value)
    if not name:
        return f"Schema_{short_hash(value)}"
    if name[0].isdigit():
        return f"Schema{name}"
    return name


class NameTable:
    """Hands out names that are unique ignoring case.

    Case is ignored because generated clients write one file per schema and some file systems
    do not tell `Order` from `order`.
    """

    def __init__(self, reserved: Iterable[str] = ()) -> None:
        self._taken = {name.lower() for name in reserved}

    def take(self, base: str, suffixes: Iterable[str] = ("",)) -> str:
        """The first of `base`, `base2`, `base3` … for which `base + suffix` is free for all."""
        endings = list(suffixes)
        number = 1
        while True:
            candidate = base if number == 1 else f"{base}{number}"
            wanted = [(candidate + ending).lower() for ending in endings]
            if not any(name in self._taken for name in wanted):
                self._taken.update(wanted)
                return candidate
            number += 1


def singular(word: str) -> str:
    """A naive English singular: orders → order, categories → category, addresses → address."""
    lower = word.lower()
    if len(word) > 3 and lower.endswith("ies"):
        return word[:-3] + ("Y" if word[-3].isupper() else "y")
    if lower.endswith(("sses", "xes", "ches", "shes", "zes", "uses")):
        return word[:-2]
    if len(word) > 1 and lower.endswith("s") and not lower.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def looks_plural(word: str) -> bool:
    """Whether an English word looks like a plural (a collection segment)."""
    return singular(word) != word


def operation_id(method: str, path: str, *, collection: bool | None = None) -> str:
    """A camelCase operationId from method and path: GET /orders → listOrders.

    Rules, on the literal segments of the path (parameters only tell item from collection):
    an item path (ends with a parameter) gives get / update / patch / delete + the singular
    nouns; a collection (a plural last segment) gives list / create; a POST
    to a verb after an item gives the verb first (POST /orders/{id}/cancel → cancelOrder); any
    other POST names the path (POST /auth/login → authLogin). `collection`, when the design
    says so (a GET answering a list), overrides the English plural test, which cannot read a
    romanised name (`/ribyus`).
    """
    method = method.upper()
    segments = [s for s in path.split("/") if s]
    nouns = [w for w in (pascal(s) for s in segments if "{" not in s) if w]
    ends_with_param = bool(segments) and "{" in segments[-1]
    if not nouns:
        name = {"GET": "get", "POST": "post", "PUT": "update", "PATCH": "patch"}.get(
            method, method.lower()
        ) + "Root"
    elif ends_with_param:
        verb = {"GET": "get", "PUT": "update", "PATCH": "patch", "DELETE": "delete"}.get(
            method, method.lower()
        )
        name = verb + "".join(singular(n) for n in nouns)
    else:
        last = nouns[-1]
        prefix = "".join(singular(n) for n in nouns[:-1])
        if collection is None or method != "GET":
            collection = looks_plural(last)
        after_param = len(segments) > 1 and "{" in segments[-2]
        if method == "GET":
            name = ("list" if collection else "get") + prefix + last
        elif method == "POST" and collection:
            name = "create" + prefix + singular(last)
        elif method == "POST":
            name = last[:1].lower() + last[1:] + prefix if after_param else _camel(nouns)
        else:
            verb = {"PUT": "update", "PATCH": "patch", "DELETE": "delete"}.get(
                method, method.lower()
            )
            name = verb + prefix + last
    return identifier(name)


def identifier(name: str) -> str:
    """`name` as an ASCII identifier that starts with a letter (`op` is put before others)."""
    name = _NOT_IDENT.sub("", name)
    if not name or not name[0].isalpha():
        name = "op" + name[:1].upper() + name[1:]
    return name


def _camel(parts: list[str]) -> str:
    joined = "".join(parts)
    return joined[:1].lower() + joined[1:]
