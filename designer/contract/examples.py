"""Example values for every typed field and body, the same on every run.

A user-given `example` wins when it fits the field (parsed as JSON when it parses and fits,
else taken as text); otherwise a value is generated from the type, the format, the
constraints, the enum values and the field's name, so that an `email` looks like an e-mail and
a `price` in won is a whole number. Nothing here is random and nothing uses `hash()` of a
string (which changes with PYTHONHASHSEED): variety comes from SHA-256 of names.

Conventions worth knowing:
- Times are fixed instants in March 2025. With a Korean locale (`ko`, `ko-KR`) they carry the
  offset `+09:00` (KST), otherwise `Z` (UTC); `time` values carry the offset too, since
  RFC 3339 `full-time` (JSON Schema `format: time`) requires one.
- Identifiers of type `uuid` are version-4-shaped UUIDs derived from `Entity.field`; a foreign
  key (`references: User`) gets the same UUID as the key it points to, so examples agree.
- With a Korean locale, names, addresses and texts are Korean, phones Korean mobiles
  (`010-1234-5678`) and amounts in won.
- Lists carry one item (or `min_items`), maps one key (`key`), nullable fields a non-null value.
- A cycle of references (a category with a parent category) ends in null when the field is
  nullable, an empty list or map, or a left-out key when the field is optional.
"""

from __future__ import annotations

import hashlib
import json
import math
import re
import uuid
from typing import TYPE_CHECKING, Any

from designer.contract.naming import snake
from designer.contract.patterns import found, from_pattern
from designer.contract.types import Kind, Types, decimal_pattern
from designer.contract.values import fits, fits_element, is_multiple
from designer.contract.variants import Body, BodyContext, fields_of, timestamp_fields
from designer.model.types import ZERO_DECIMAL_CURRENCIES, FieldType, Member

if TYPE_CHECKING:
    from designer.model.api import Schema
    from designer.model.data import Entity

_OMIT = object()
"""A key left out of an object (an optional field that would close a cycle)."""

_PEOPLE_KO = [("김민지", "minji.kim"), ("이서준", "seojun.lee"), ("박지우", "jiwoo.park"),
              ("최하은", "haeun.choi"), ("정도윤", "doyun.jung")]
_PEOPLE_EN = [("Alex Morgan", "alex.morgan"), ("Jamie Lee", "jamie.lee"),
              ("Sam Carter", "sam.carter"), ("Taylor Brooks", "taylor.brooks"),
              ("Jordan Hayes", "jordan.hayes")]
_FALSE_WORDS = {"deleted", "disabled", "locked", "blocked", "banned", "archived", "suspended",
                "revoked", "expired", "hidden", "private", "deprecated"}
_AMOUNT_WORDS = {"price", "amount", "total", "subtotal", "cost", "fee", "balance", "salary",
                 "payment", "paid", "refund", "discount", "tax", "shipping", "deposit"}
_COUNT_WORDS = {"quantity", "qty", "count", "stock", "seats", "capacity", "attempts",
                "retries", "size", "number", "num"}


def is_korean(locale: str) -> bool:
    """Whether a design locale (`ko-KR`, `ko_KR`, `ko`) is Korean."""
    return re.split(r"[-_]", locale.strip().lower() or "x")[0] == "ko"


def _digest(*parts: str) -> bytes:
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).digest()


def _pick(items: list[Any], *parts: str) -> Any:
    return items[_digest(*parts)[0] % len(items)]


def fixed_uuid(seed: str) -> str:
    """A version-4-shaped UUID derived from `seed`: the same seed, the same UUID."""
    return str(uuid.UUID(bytes=_digest("uuid", seed)[:16], version=4))


def _words(name: str) -> list[str]:
    return snake(name).split("_") if snake(name) else []


def parse_example(member: Member, types: Types) -> Any:
    """The user's example of `member` as a JSON value, or `_OMIT` when there is none or it does
    not fit the field (then one is generated)."""
    raw = member.example.strip()
    if not raw:
        return _OMIT
    candidates: list[Any] = []
    try:
        parsed = json.loads(raw)
    except ValueError:
        pass
    else:
        if isinstance(parsed, float) and parsed.is_integer() and math.isfinite(parsed):
            candidates.append(int(parsed))
        candidates.append(parsed)
    candidates.append(raw)
    for value in candidates:
        if fits(value, member, types):
            return value
        if (member.is_list or member.is_map) and fits_element(value, member, types):
            return [value] * max(1, member.min_items or 1) if member.is_list else {"key": value}
    return _OMIT


# ----- strings from patterns ------------------------------------------------------------------


def _fit_text(text: str, member: Member) -> str:
    """`text` cut to `max_length` and padded to `min_length`, then bent to `pattern`."""
    low = member.min_length or 0
    high = member.max_length
    if high is not None and low > high:
        return text  # unsatisfiable; the design review reports it
    if member.pattern and not _matches(member.pattern, text, low, high):
        for extra in sorted({0, 1, 2, 3, 5, 8, 13, 21, 34, 55, 89, max(low - 1, 0), low}):
            made = from_pattern(member.pattern, extra)
            if made is None:
                break
            short = max(low - len(made), 0)
            pads = f"{made[-1:]}{made[:1]}x0a"
            for candidate in (made, *(made + c * short for c in pads),
                              *(c * short + made for c in pads)):
                if _matches(member.pattern, candidate, low, high):
                    return candidate
            if made is not None and high is not None and len(made) > high:
                break
    if high is not None and len(text) > high:
        text = text[:high].rstrip() or text[:high]
    if len(text) < low:
        filler = text or "x"
        while len(text) < low:
            text += filler[(len(text)) % len(filler)]
    return text


def _matches(pattern: str, text: str, low: int, high: int | None) -> bool:
    """Within the lengths and matched by `pattern` (JSON Schema patterns are unanchored, so a
    search hit counts; generated strings aim at a full match)."""
    if len(text) < low or (high is not None and len(text) > high):
        return False
    return found(pattern, text) is not False


# ----- numbers ---------------------------------------------------------------------------------


def _fit_number(value: float, member: Member, whole: bool) -> int | float:
    """`value` moved into [minimum, maximum] and onto a multiple of `multiple_of`."""
    low, high, step = member.minimum, member.maximum, member.multiple_of
    if whole:
        low = math.ceil(low) if low is not None else None
        high = math.floor(high) if high is not None else None
    if low is not None and high is not None and low > high:
        return int(value) if whole else value
    if low is not None and value < low:
        value = low
    if high is not None and value > high:
        value = high
    if step is None:
        return int(value) if whole else value
    start = math.floor(value / step)
    for offset in range(0, 2000):
        for k in (start + offset, start - offset):
            candidate: float = k * step
            if whole:
                if not float(candidate).is_integer():
                    continue
                candidate = int(candidate)
            else:
                candidate = float(f"{candidate:.12g}")
            if (low is None or candidate >= low) and (high is None or candidate <= high) and (
                is_multiple(candidate, step)
            ):
                return candidate
    return int(value) if whole else value


def _number_for(words: list[str], korean: bool) -> float:
    tokens = set(words)
    if tokens & _AMOUNT_WORDS:
        return 15000 if korean else 25
    if tokens & {"failed", "failures", "errors"}:
        return 0
    if tokens & {"ttl", "seconds", "secs", "expires", "timeout"}:
        return 3600
    if tokens & _COUNT_WORDS:
        return 2
    if "age" in tokens:
        return 29
    if "year" in tokens:
        return 2025
    if tokens & {"rating", "score", "stars"}:
        return 4
    if tokens & {"percent", "percentage", "rate", "ratio"}:
        return 10
    if tokens & {"latitude", "lat"}:
        return 37.5665 if korean else 51.5072
    if tokens & {"longitude", "lng", "lon"}:
        return 126.978 if korean else -0.1276
    if tokens & {"version", "revision", "page", "level", "priority", "order", "position",
                 "sort", "rank"}:
        return 1
    if "id" in tokens or (words and words[-1] == "id"):
        return 1000 + int.from_bytes(_digest("id", *words)[:2], "big") % 9000
    return 10


# ----- the generator ---------------------------------------------------------------------------


class Examples:
    """Example values of one design's typed fields and bodies, for one locale."""

    def __init__(self, types: Types, locale: str = "", *, remember: bool = False) -> None:
        self.types = types
        self.korean = is_korean(locale)
        self.locale = locale
        self._entities: dict[tuple[int, BodyContext, tuple[str, ...]], dict[str, Any]] | None \
            = {} if remember else None
        """With `remember` (for a design that does not change meanwhile, as in an export),
        entity examples already made: an entity's body is shown by every endpoint that takes
        or returns it (a dozen times each in a large OpenAPI), always the same."""

    # --- bodies ---

    def entity(self, entity: Entity, context: BodyContext | None = None,
               _stack: tuple[str, ...] = ()) -> dict[str, Any]:
        """The example body of `entity` in `context` (default: the read body); when
        remembered, the same object for the same entity, context and nesting (callers place it
        in their output and never change it)."""
        context = context or BodyContext(Body.READ)
        if self._entities is None:
            return self._entity(entity, context, _stack)
        key = (id(entity), context, _stack)
        made = self._entities.get(key)
        if made is None:
            made = self._entities[key] = self._entity(entity, context, _stack)
        return made

    def _entity(self, entity: Entity, context: BodyContext,
                _stack: tuple[str, ...]) -> dict[str, Any]:
        stack = (*_stack, entity.name)
        out: dict[str, Any] = {}
        for field, _required in fields_of(entity, context):
            if not field.name:
                continue
            value = self.member(field, owner=entity.name, _stack=stack)
            if value is not _OMIT:
                out[field.name] = value
        if context.shape is Body.READ:
            for name in timestamp_fields(entity):
                out[name] = self._datetime(name)
        return out

    def schema(self, schema: Schema, _stack: tuple[str, ...] = ()) -> dict[str, Any]:
        """The example object of the named schema `schema`."""
        return self.object(list(schema.fields), owner=schema.name,
                           _stack=(*_stack, schema.name))

    def object(self, members: list[Member], owner: str = "",
               _stack: tuple[str, ...] = ()) -> dict[str, Any]:
        """The example of an inline object with fields `members` (first of a name wins)."""
        out: dict[str, Any] = {}
        for member in members:
            if not member.name or member.name in out:
                continue
            value = self.member(member, owner=owner, _stack=_stack)
            if value is not _OMIT:
                out[member.name] = value
        return out

    # --- fields ---

    def member(self, member: Member, owner: str = "", *, nullable: bool | None = None,
               _stack: tuple[str, ...] = ()) -> Any:
        """The example value of `member`: the user's when it fits, else a generated one.

        Returns the module's omit marker only inside objects (see `value` for the public
        form); `owner` (the entity or schema name) seeds names, e-mails and UUIDs.
        """
        given = parse_example(member, self.types)
        if given is not _OMIT and (given is not None or (member.nullable if nullable is None
                                                          else nullable)):
            return given
        kind = self.types.kind(member.type)
        if kind in (Kind.ENTITY, Kind.SCHEMA) and member.type in _stack:
            # A cycle: stop here in the least surprising valid way.
            if member.is_list:
                return []
            if member.is_map:
                return {}
            if member.nullable if nullable is None else nullable:
                return None
            if member.optional:
                return _OMIT
            return {}
        element = self._element(member, owner, _stack)
        if member.is_list:
            return [element] * max(1, member.min_items or 0)
        if member.is_map:
            return {"key": element}
        return element

    def value(self, member: Member, owner: str = "") -> Any:
        """The example value of `member` alone (None when a cycle leaves nothing)."""
        found = self.member(member, owner)
        return None if found is _OMIT else found

    def _element(self, member: Member, owner: str, stack: tuple[str, ...]) -> Any:
        types = self.types
        kind = types.kind(member.type)
        if kind is Kind.ENTITY:
            return self.entity(types.entities[member.type], BodyContext(Body.READ), stack)
        if kind is Kind.SCHEMA:
            return self.schema(types.schemas[member.type], stack)
        if kind is Kind.ENUM:
            values = types.enum_values(member)
            return values[0] if values else ""
        if kind is Kind.UNKNOWN:
            return None
        builtin = FieldType(member.type)
        words = _words(member.name)
        if builtin is FieldType.OBJECT:
            return self.object(list(member.fields), owner=owner or member.name, _stack=stack)
        if builtin is FieldType.ENUM:
            values = types.enum_values(member)
            return values[0] if values else self._text(member, words, owner)
        if builtin is FieldType.BOOLEAN:
            return not (set(words) & _FALSE_WORDS)
        if builtin in (FieldType.INTEGER, FieldType.BIGINT):
            start = _number_for(words, self.korean)
            if words and words[-1] == "id":
                seed = self._uuid_seed(member, owner)
                start = 1000 + int.from_bytes(_digest("id", seed)[:2], "big") % 9000
            number = _fit_number(start, member, whole=True)
            if builtin is FieldType.INTEGER:
                number = max(-(2**31), min(int(number), 2**31 - 1))
            return int(number)
        if builtin is FieldType.FLOAT:
            base = float(_number_for(words, self.korean))
            if base.is_integer():
                base += 0.5
            return float(_fit_number(base, member, whole=False))
        if builtin is FieldType.DECIMAL:
            return self._decimal(member, words)
        if builtin is FieldType.MONEY:
            currency = member.currency.upper()
            amount = 15000 if self.korean else 25
            if currency in ZERO_DECIMAL_CURRENCIES:
                return 15000 if currency == "KRW" else 1500
            if currency == "" and self.korean:
                amount = 15000
            return self._decimal(member, words, amount)
        if builtin is FieldType.UUID:
            return fixed_uuid(self._uuid_seed(member, owner))
        if builtin is FieldType.DATE:
            return "1994-07-21" if set(words) & {"birth", "birthday", "dob"} else "2025-03-14"
        if builtin is FieldType.DATETIME:
            return self._datetime(member.name)
        if builtin is FieldType.TIME:
            return "09:30:00+09:00" if self.korean else "09:30:00Z"
        if builtin is FieldType.EMAIL:
            for address in (self._email(owner), "mail@example.com", "a@example.com", "a@b.co",
                            "a@b"):
                fitted = _fit_text(address, member)
                if "@" in fitted[1:-1]:
                    return fitted
            return "a@b"
        if builtin is FieldType.URL:
            return _fit_text(self._url(words), member)
        if builtin is FieldType.JSON:
            return {"key": "value"}
        if builtin is FieldType.BINARY:
            return "ZXhhbXBsZQ=="
        return _fit_text(self._text(member, words, owner), member)

    # --- scalars ---

    def _person(self, owner: str) -> tuple[str, str]:
        people = _PEOPLE_KO if self.korean else _PEOPLE_EN
        return _pick(people, "person", owner)

    def _email(self, owner: str) -> str:
        return f"{self._person(owner)[1]}@example.com"

    def _url(self, words: list[str]) -> str:
        tokens = set(words)
        if tokens & {"image", "avatar", "photo", "picture", "thumbnail", "logo", "icon"}:
            return "https://cdn.example.com/images/" + ("-".join(words) or "image") + ".png"
        if tokens & {"callback", "webhook", "redirect"}:
            return "https://app.example.com/callback"
        return "https://example.com/" + ("-".join(words) or "page")

    def _uuid_seed(self, member: Member, owner: str) -> str:
        target = getattr(member, "references", "") or ""
        if target:
            entity, _, key = target.partition(".")
            if entity == owner:  # a parent or sibling of the same kind: another row
                return f"{entity}.{key or 'id'}.{member.name}"
            return f"{entity}.{key or 'id'}"
        return f"{owner}.{member.name}"

    def _datetime(self, name: str) -> str:
        tokens = set(_words(name))
        zone = "+09:00" if self.korean else "Z"
        if tokens & {"updated", "modified", "changed"}:
            return f"2025-03-14T10:05:00{zone}"
        if tokens & {"expires", "expiry", "expiration", "until", "due", "deadline", "end",
                     "ends"}:
            return f"2025-04-14T09:30:00{zone}"
        if tokens & {"deleted", "cancelled", "canceled", "closed", "revoked"}:
            return f"2025-03-15T18:00:00{zone}"
        return f"2025-03-14T09:30:00{zone}"

    def _decimal(self, member: Member, words: list[str], amount: float | None = None) -> str:
        base = amount if amount is not None else _number_for(words, self.korean)
        scale = member.scale if member.scale is not None else 2
        if member.scale is None and member.precision is not None:
            scale = 0  # DECIMAL(p) has no fraction digits, as its pattern says
        elif member.scale is None and self.korean and set(words) & _AMOUNT_WORDS:
            scale = 0  # won have no minor unit
        whole = int(abs(base))
        if member.precision is not None:
            digits = max(member.precision - (member.scale or 0), 1)
            whole = min(whole, 10**digits - 1)
        text = f"{whole}.5{'0' * (scale - 1)}" if scale else str(whole)
        return text if re.fullmatch(decimal_pattern(member), text) else "1"

    def _text(self, member: Member, words: list[str], owner: str) -> str:
        tokens = set(words)
        ko = self.korean
        last = words[-1] if words else ""
        name, handle = self._person(owner)
        if "email" in tokens or last == "mail":
            return self._email(owner)
        if tokens & {"phone", "mobile", "tel", "telephone", "cell"}:
            return "010-1234-5678" if ko else "+1-202-555-0143"
        if last in ("username", "login", "handle", "nickname") or tokens & {"username",
                                                                             "nickname"}:
            return handle.replace(".", "_")
        if tokens & {"first", "given"} and "name" in tokens:
            return name[1:] if ko else name.split()[0]
        if tokens & {"last", "family", "surname"} and ("name" in tokens or "surname" in tokens):
            return name[:1] if ko else name.split()[-1]
        if last == "name" and (len(words) == 1 or tokens & {"full", "display", "user",
                                                            "customer", "author", "owner",
                                                            "recipient", "sender", "member",
                                                            "contact", "real", "legal"}):
            if len(words) == 1 and owner and not _is_person(owner):
                return self._thing(owner)
            return name
        if last == "name":
            return self._thing(" ".join(words[:-1]) or owner)
        if tokens & {"password", "passwd", "secret"}:
            return "S3cure-Passw0rd!"
        if len(words) == 1 and last in _PERSON_FIELDS:
            return name
        if tokens & {"token", "refresh", "jwt"}:
            return "tok_" + _digest("token", owner, member.name).hex()[:24]
        if "detail" in tokens and tokens & {"address", "addr"}:
            return "101동 1203호" if ko else "Flat 2"
        if tokens & {"token", "type"} == {"token", "type"}:
            return "Bearer"
        if tokens & {"address", "street", "addr"}:
            return "서울특별시 강남구 테헤란로 152" if ko else "221B Baker Street, London"
        if "city" in tokens:
            return "서울" if ko else "London"
        if tokens & {"zip", "postal", "postcode"}:
            return "06236" if ko else "94105"
        if "country" in tokens:
            return "KR" if ko else "US"
        if "currency" in tokens:
            return "KRW" if ko else "USD"
        if tokens & {"locale", "language", "lang"}:
            return "ko-KR" if ko else "en-US"
        if tokens & {"timezone", "tz"}:
            return "Asia/Seoul" if ko else "UTC"
        if tokens & {"ip"}:
            return "203.0.113.10"
        if tokens & {"sku", "code", "slug", "reference", "number", "no"}:
            return ("-".join(w.upper() for w in words[:1]) or "CODE") + "-" + _digest(
                "code", owner, member.name).hex()[:6].upper()
        if tokens & {"status", "state"}:
            return "active"
        if tokens & {"title", "subject", "headline"}:
            return "주문 안내" if ko else "Order update"
        if tokens & {"description", "body", "content", "message", "text", "comment", "note",
                     "notes", "bio", "summary", "memo", "reason"}:
            return "예시 내용입니다." if ko else "An example of the text this field holds."
        if tokens & {"url", "link", "website", "homepage", "uri"}:
            return self._url(words)
        if tokens & {"color", "colour"}:
            return "#3366FF"
        if tokens & {"hash", "digest", "checksum"}:
            return _digest("hash", owner, member.name).hex()
        if tokens & {"id", "key", "uid"}:
            return ("-".join(words) or "id") + "-" + _digest("id", owner, member.name).hex()[:8]
        if words:
            return ("예시 " if ko else "example ") + " ".join(words)
        return "예시" if ko else "example"

    def _thing(self, what: str) -> str:
        words = _words(what)
        for word in reversed(words):
            known = _THINGS.get(word.lower())
            if known:
                return known[0] if self.korean else known[1]
        if self.korean:
            return "예시 " + (" ".join(words) if words else "이름")
        return "Example " + (" ".join(words) if words else "name")


_PERSON_FIELDS = {"recipient", "sender", "author", "owner", "receiver", "customer", "payer",
                  "assignee", "reviewer", "writer", "manager"}
_THINGS = {
    "product": ("무선 이어폰", "Wireless earbuds"), "item": ("무선 이어폰", "Wireless earbuds"),
    "category": ("전자기기", "Electronics"), "store": ("강남점", "Downtown store"),
    "shop": ("강남점", "Downtown store"), "room": ("개발팀 채팅방", "Team chat"),
    "channel": ("공지사항", "Announcements"), "team": ("개발팀", "Platform team"),
    "organization": ("예시 주식회사", "Example Inc."), "company": ("예시 주식회사", "Example Inc."),
    "project": ("신규 서비스 출시", "New service launch"), "role": ("관리자", "Administrator"),
    "tag": ("신상품", "new-arrival"), "file": ("보고서.pdf", "report.pdf"),
    "brand": ("예시 브랜드", "Example brand"), "coupon": ("신규 가입 쿠폰", "Welcome coupon"),
}


def _is_person(owner: str) -> bool:
    return bool(set(_words(owner)) & {"user", "customer", "member", "person", "account",
                                      "author", "employee", "profile", "contact", "buyer",
                                      "seller", "admin", "staff", "student", "patient"})


# ----- functions -------------------------------------------------------------------------------


def member_example(member: Member, types: Types, locale: str = "", owner: str = "") -> Any:
    """The example value of one typed field (a user's fitting `example` wins)."""
    return Examples(types, locale).value(member, owner)


def entity_example(entity: Entity, context: BodyContext | None, types: Types,
                   locale: str = "") -> dict[str, Any]:
    """The example of one body of `entity` (read, create, replace, patch)."""
    return Examples(types, locale).entity(entity, context)


def schema_example(schema: Schema, types: Types, locale: str = "") -> dict[str, Any]:
    """The example object of a named schema."""
    return Examples(types, locale).schema(schema)
