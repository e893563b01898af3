"""Requirement lines are read by packaging's PEP 508 parser, with pip's own forms kept."""

from __future__ import annotations

import pytest

from designer.detect.ecosystems.python import _name_and_version


@pytest.mark.parametrize(("line", "expected"), [
    ("Django>=4.2,<5", ("Django", ">=4.2,<5")),
    ("fastapi[all]==0.110 ; python_version > '3.8'", ("fastapi", "==0.110")),
    ("sqlalchemy @ https://example.org/sqlalchemy-2.0.whl", ("sqlalchemy", "")),
    ("flask  # the web framework", ("flask", "")),
    ("psycopg2-binary>=2.9 \\", ("psycopg2-binary", ">=2.9")),
    ("requests==2.31 --hash=sha256:abc", ("requests", "==2.31 --hash=sha256:abc")),
    ("!!!", None),
])
def test_requirement_lines(line: str, expected: tuple[str, str] | None) -> None:
    assert _name_and_version(line) == expected
