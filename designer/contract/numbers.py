"""Proto field numbers: which number each field of each message has, and which are reserved.

A number, once given, belongs to its field for good: it is stored on the field
(`Member.number`) and in the message's record (`api.grpc.numbers`), so that renaming or
reordering fields never changes it, and a removed field's number is reserved instead of being
handed out again. `layout` reads the design and never changes it: a field without a stored
number gets the one `assign` would store (the next free number of its message, in field order),
so an export before and after `assign` is the same. `assign` stores them; `settle` does so for
a design with a gRPC part, and every save calls it (`designer.store.data_of`), headless or in
the app, so that the numbers a file holds are the ones its proto was exported with: a rename,
a reorder or a removal after that keeps them (the removed one `reserved`).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from designer.contract.variants import TIMESTAMPS
from designer.model.design import Design
from designer.model.rpc import FIRST_RESERVED, LAST_RESERVED, MessageNumbers
from designer.model.types import FieldType, Member


@dataclass
class Layout:
    """The numbers of one message."""

    numbers: dict[str, int] = field(default_factory=dict)
    """Current field name → number."""
    reserved: list[int] = field(default_factory=list)
    """Numbers no current field has and no field may take, ascending."""
    reserved_names: list[str] = field(default_factory=list)
    """Names the message had that no current field has, sorted."""


def messages(design: Design) -> Iterator[tuple[str, list[Member], list[str]]]:
    """(message key, its members, its implicit field names) of every message that numbers
    fields: entities (with their implicit timestamps), named schemas and inline objects."""
    for entity in design.data.entities:
        implicit = [n for n in TIMESTAMPS if entity.timestamps and entity.field(n) is None]
        yield entity.name, list(entity.fields), implicit
        yield from _inline(entity.name, entity.fields)
    for schema in design.api.schemas:
        yield schema.name, list(schema.fields), []
        yield from _inline(schema.name, schema.fields)


def _inline(owner: str, members: list[Member]) -> Iterator[tuple[str, list[Member], list[str]]]:
    for member in members:
        if member.type == FieldType.OBJECT and member.fields:
            key = f"{owner}.{member.name}"
            yield key, list(member.fields), []
            yield from _inline(key, member.fields)


def _next(number: int) -> int:
    number += 1
    return LAST_RESERVED + 1 if FIRST_RESERVED <= number <= LAST_RESERVED else number


def plan(members: list[Member], implicit: list[str], record: MessageNumbers | None) -> Layout:
    """The layout of one message from its members and its record."""
    known = dict(record.fields) if record else {}
    reserved = set(record.reserved) if record else set()
    stored = {m.number for m in members if m.number is not None}
    top = max([0, *known.values(), *reserved, *stored])
    out = Layout()
    used: set[int] = set(stored)
    names = [m.name for m in members] + implicit
    for member, name in zip([*members, *([None] * len(implicit))], names, strict=True):
        number = member.number if member is not None else None
        if number is None and name in known and known[name] not in used \
                and known[name] not in reserved:
            number = known[name]
        if number is None:
            top = _next(top)
            number = top
        used.add(number)
        out.numbers.setdefault(name, number)
    gone = {n for name, n in known.items() if n not in used}
    out.reserved = sorted((reserved | gone) - used)
    out.reserved_names = sorted(name for name in known if name not in out.numbers)
    return out


def layout(design: Design) -> dict[str, Layout]:
    """Message key → its layout, for every numbered message of `design`."""
    grpc = design.api.grpc
    return {key: plan(members, implicit, grpc.numbers_of(key))
            for key, members, implicit in messages(design)}


def assign(design: Design) -> int:
    """Store every number `layout` gives (on fields and in the records); return how many
    fields got a number they did not have stored."""
    grpc = design.api.grpc
    changed = 0
    for key, members, implicit in messages(design):
        record = grpc.numbers_of(key)
        planned = plan(members, implicit, record)
        for member in members:
            if member.number is None:
                member.number = planned.numbers[member.name]
                changed += 1
        fields = {**(record.fields if record else {}), **planned.numbers}
        if record is None:
            grpc.numbers = [*grpc.numbers, MessageNumbers(message=key, fields=fields,
                                                          reserved=planned.reserved)]
            changed += len(implicit)
        elif record.fields != fields or record.reserved != planned.reserved:
            changed += len(set(fields) - set(record.fields))
            record.fields = fields
            record.reserved = planned.reserved
    return changed


def settle(design: Design) -> int:
    """`assign` for a design with a gRPC part of its own, or one that keeps numbers already;
    how many fields got one. Idempotent: a settled design is left as it is.

    A mixed design that marks nothing (every endpoint in every style, as before styles could
    be marked) keeps no numbers until it marks a gRPC part: its file does not change."""
    from designer.contract.styles import has_grpc, unmarked_mixed

    keeps = bool(design.api.grpc.numbers) or (has_grpc(design) and not unmarked_mixed(design))
    return assign(design) if keeps else 0


def retire(design: Design, message: str, member: Member) -> None:
    """Reserve the number of `member`, about to be removed from `message`."""
    grpc = design.api.grpc
    record = grpc.numbers_of(message)
    number = member.number if member.number is not None else \
        (record.fields.get(member.name) if record else None)
    if number is None:
        return
    if record is None:
        record = MessageNumbers(message=message)
        grpc.numbers = [*grpc.numbers, record]
    record.fields = {**record.fields, member.name: number}
    record.reserved = sorted({*record.reserved, number})


def numbers_problems(design: Design) -> Iterator[tuple[str, str]]:
    """(location, message) of stored numbers an export cannot use: the same number on two
    fields of one message, or a number protobuf keeps for itself."""
    for key, members, _ in messages(design):
        seen: dict[int, str] = {}
        for member in members:
            if member.number is None:
                continue
            if FIRST_RESERVED <= member.number <= LAST_RESERVED:
                yield (f"{key}.{member.name}", f"proto field number {member.number} is kept "
                       f"by protobuf ({FIRST_RESERVED}-{LAST_RESERVED})")
            if member.number in seen:
                yield (f"{key}.{member.name}", f"proto field number {member.number} is also "
                       f"'{seen[member.number]}''s")
            seen.setdefault(member.number, member.name)
