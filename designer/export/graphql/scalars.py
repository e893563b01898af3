"""The GraphQL type of each built-in field type: GraphQL's own scalars where they hold the
values, else a custom scalar, declared once, with `@specifiedBy` where a specification exists."""

from __future__ import annotations

from dataclasses import dataclass

from designer.model.types import FieldType


@dataclass(frozen=True)
class Scalar:
    """A custom scalar the SDL declares when a field uses it."""

    name: str
    description: str
    spec: str = ""
    """The URL of the specification of its text form, for `@specifiedBy`."""


_RFC = "https://www.rfc-editor.org/rfc/"
CUSTOM = {
    FieldType.BIGINT: Scalar("BigInt", "A 64-bit integer, sent as a JSON number."),
    FieldType.DECIMAL: Scalar("Decimal", "An exact decimal number, sent as a string of digits."),
    FieldType.UUID: Scalar("UUID", "A UUID in its hyphenated text form.", _RFC + "rfc9562"),
    FieldType.DATE: Scalar("Date", "A calendar date (RFC 3339 full-date).", _RFC + "rfc3339"),
    FieldType.DATETIME: Scalar("DateTime", "An instant with its offset (RFC 3339 date-time).",
                               _RFC + "rfc3339"),
    FieldType.TIME: Scalar("Time", "A time of day (RFC 3339 partial-time).", _RFC + "rfc3339"),
    FieldType.EMAIL: Scalar("Email", "An e-mail address (RFC 5322 addr-spec).", _RFC + "rfc5322"),
    FieldType.URL: Scalar("URL", "An absolute URI.", _RFC + "rfc3986"),
    FieldType.JSON: Scalar("JSON", "Any JSON value.", _RFC + "rfc8259"),
    FieldType.BINARY: Scalar("Base64", "Bytes in base64.", _RFC + "rfc4648"),
    FieldType.MONEY: Scalar("Money", "An amount of money: a whole number in currencies without "
                            "minor units (KRW), otherwise a decimal string."),
}
"""Built-in types GraphQL's own scalars cannot hold exactly."""

MAP = CUSTOM[FieldType.JSON]
"""A map (string keys) is a JSON object: GraphQL has no map type."""

NATIVE = {
    FieldType.STRING: "String",
    FieldType.TEXT: "String",
    FieldType.INTEGER: "Int",
    FieldType.FLOAT: "Float",
    FieldType.BOOLEAN: "Boolean",
}

SCALAR_NAMES = tuple(dict.fromkeys(s.name for s in CUSTOM.values()))
