"""`Lines.find`: whole tokens in any case, the same whether the text is ASCII (string tests)
or not (a pattern)."""

from __future__ import annotations

import pytest

from designer.detect.signals import Lines

TEXT = """[dependencies]
hiredis = "2"
redis-om = "0.3"
"@nestjs/core": "^10"
Spring-Boot-Starter-Web
path/redis and .redis
fast redis=5
REDIS
"""


@pytest.mark.parametrize(
    ("needle", "start", "line"),
    [
        ("redis", 0, 7),  # hiredis, redis-om, path/redis and .redis are other tokens
        ("Redis", 7, 8),
        ("@nestjs/core", 0, 4),
        ("spring-boot-starter-web", 0, 5),
        ("redis-", 0, 3),  # a needle ending with a dash is not bounded after it
        ("-om", 0, 3),
        ("dependencies", 1, None),
        ("", 2, 3),
    ],
)
def test_a_token_is_found_on_its_line(needle: str, start: int, line: int | None) -> None:
    ascii_text = Lines("x", TEXT)
    other = Lines("x", TEXT + "café\n")  # not ASCII: the pattern reads it
    assert ascii_text.find(needle, start) == line
    assert other.find(needle, start) == line
