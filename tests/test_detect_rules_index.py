"""The rules a file is asked of, looked up by its extension (designer/detect/source_rules.py)."""

from __future__ import annotations

import pytest

from designer.detect import ecosystems, source_rules


def asked(name: str) -> list[tuple[str, object]]:
    """The rules that read a file called `name`, by their definition: a name or ending with
    its extension that the rule says it reads."""
    extension = source_rules.extension_of(name)
    return [
        (eco, rule)
        for eco, rule in ecosystems.RULES_BY_ECOSYSTEM
        if (any(source_rules.extension_of(m) == extension for m in rule.names)
            or any(e.endswith(extension) for e in rule.endings))
        and (extension in rule.endings or rule.applies_to(name))
    ]


NAMES = sorted({*ecosystems.SOURCE_NAMES, *(f"x{e}" for e in ecosystems.SOURCE_ENDINGS),
                "artisan", "Gemfile", "README", "a.d.ts", "app.min.js", "x.unknown", ".env",
                "settings.py", "UserRepository.java", "main_test.go", "noext.", "."})


@pytest.mark.parametrize("name", NAMES)
def test_the_index_asks_the_rules_that_read_the_file(name: str) -> None:
    assert source_rules.rules_for(name) == asked(name)
