"""The words and patterns a SPEC is read by: line shapes, type, engine, language,
compliance and test-level names (English and Korean), and small text helpers.
"""

from __future__ import annotations

import re

from designer.model.data import Engine
from designer.model.requirements import Compliance
from designer.model.testing import TestLevel

_SPEC_ID = re.compile(r"\bSPEC-[A-Za-z0-9][A-Za-z0-9_-]*")
_ENDPOINT = re.compile(r"\b(GET|POST|PUT|PATCH|DELETE)\s+(/[^\s`|,;)：]*[^\s`|,;)：:.])")
_KEY_VALUE = re.compile(r"^\s*(?:[-*+]|\d+[.)])?\s*\**([^:：*]{1,40}?)\**\s*[:：]\s*(.+)$")
_ITEM = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+(.*)$")

_TYPES = {
    "uuid": "uuid", "string": "string", "str": "string", "varchar": "string",
    "문자열": "string", "text": "text", "int": "integer", "integer": "integer",
    "정수": "integer", "bigint": "bigint", "long": "bigint", "decimal": "decimal",
    "numeric": "decimal", "float": "float", "double": "float", "number": "float",
    "bool": "boolean", "boolean": "boolean", "date": "date", "datetime": "datetime",
    "timestamp": "datetime", "timestamptz": "datetime", "time": "time", "email": "email",
    "url": "url", "uri": "url", "json": "json", "jsonb": "json", "binary": "binary",
    "bytes": "binary", "money": "money", "enum": "enum",
}
_ENGINES = {"postgresql": Engine.POSTGRESQL, "postgres": Engine.POSTGRESQL,
            "mysql": Engine.MYSQL, "mariadb": Engine.MARIADB, "sqlite": Engine.SQLITE,
            "mongodb": Engine.MONGODB, "dynamodb": Engine.DYNAMODB}
_LANGUAGES = {"fastapi": "Python", "django": "Python", "flask": "Python", "express": "TypeScript",
              "nestjs": "TypeScript", "fastify": "TypeScript", "koa": "JavaScript",
              "spring boot": "Java", "quarkus": "Java", "gin": "Go", "echo": "Go",
              "fiber": "Go", "laravel": "PHP", "symfony": "PHP", "asp.net core": "C#",
              "axum": "Rust", "rocket": "Rust", "rails": "Ruby"}
_COMPLIANCE = [
    (Compliance.GDPR, ("gdpr",)), (Compliance.HIPAA, ("hipaa",)),
    (Compliance.SOC2, ("soc 2", "soc2")), (Compliance.PCI_DSS, ("pci",)),
    (Compliance.PIPA, ("pipa", "개인정보보호법", "개인정보 보호법")),
    (Compliance.ECOMMERCE_ACT, ("전자상거래법", "e-commerce act", "ecommerce act")),
]
_LEVELS = [(TestLevel.UNIT, ("unit", "단위")), (TestLevel.INTEGRATION, ("integration", "통합")),
           (TestLevel.E2E, ("e2e", "end-to-end", "엔드투엔드")),
           (TestLevel.CONTRACT, ("contract", "계약")), (TestLevel.LOAD, ("load", "부하"))]


def _words(text: str, *words: str) -> bool:
    lower = text.lower()
    return any(w in lower for w in words)


def _number(text: str) -> float | None:
    match = re.search(r"([0-9][0-9,]*(?:\.[0-9]+)?)", text)
    return float(match[1].replace(",", "")) if match else None


def _split_once(text: str) -> tuple[str, str]:
    """`name: text`, `name — text` or `name - text` → (name, text); (text, "") otherwise."""
    parts = re.split(r"\s*(?:[:：—–]| - )\s*", text, maxsplit=1)
    return (parts[0], parts[1]) if len(parts) == 2 else (text, "")


def _split_fields(text: str) -> list[str]:
    """`id (uuid, PK), email (unique)` → the two parts, commas inside parentheses kept."""
    out, depth, current = [], 0, ""
    for char in text:
        depth += char == "("
        depth -= char == ")"
        if char == "," and depth == 0:
            out.append(current.strip())
            current = ""
        else:
            current += char
    if current.strip():
        out.append(current.strip())
    return out


def _field_type(name: str) -> str:
    """A type guessed from a field name when the SPEC gives none (`email`, `*_id`, `*_at`)."""
    lower = name.lower()
    if lower == "id" or lower.endswith("_id"):
        return "uuid"
    if "email" in lower:
        return "email"
    if lower.endswith("_at"):
        return "datetime"
    if lower.startswith(("is_", "has_")):
        return "boolean"
    if lower.endswith(("_count", "_in")) or lower in ("count", "total"):
        return "integer"
    return "string"
