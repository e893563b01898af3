"""A Pest bootstrap file in a PHP application that never installs Pest.

`tests/Pest.php` is the file `pest --init` writes, and it names Pest as the test framework.
But the file is easily copied along with a skeleton or a colleague's tests into an application
whose `composer.json` asks for PHPUnit alone: with no `pestphp/*` package required, Composer
installs no Pest, `vendor/bin/pest` does not exist, and the Pest-style files (`test('…',
fn …)`) never run; the suite that runs is PHPUnit's, through the `phpunit.xml` and the
`phpunit/phpunit` the manifest declares. So where a PHP unit's every Pest signal is the
bootstrap file, and the unit's `composer.json` requires no `pestphp/` package in `require` or
`require-dev` (a lock mentioning Pest only among another package's requirements installs
nothing), the Pest signals are dropped and the other test framework stays. A manifest requiring
Pest, or its Laravel plugin, keeps it; so does a unit with no readable `composer.json`.
"""

from __future__ import annotations

import json
import posixpath

from designer.detect.assemble import Unit
from designer.detect.walker import read_text
from designer.model.stack import FindingKind

LANGUAGE = "php"

_BOOTSTRAP = "Pest.php"
_PACKAGES = "pestphp/"
"""Pest's vendor: `pestphp/pest`, or a plugin (`pestphp/pest-plugin-laravel`) requiring it."""


def drop_uninstalled(top: str, units: dict[str, Unit]) -> None:
    """Drop the Pest signals of the PHP units whose only sign of Pest is its bootstrap file
    and whose composer.json requires no Pest package."""
    for unit in units.values():
        found = unit.signals.get(LANGUAGE, [])
        pest = [s for s in found if s.kind is FindingKind.TEST and s.name == "Pest"]
        if not pest or not all(
            posixpath.basename(s.evidence.path) == _BOOTSTRAP for s in pest
        ):
            continue
        manifests = [
            p for p, e, _ in unit.manifests
            if e == LANGUAGE and posixpath.basename(p) == "composer.json"
        ]
        if not manifests or any(_requires_pest(top, path) for path in manifests):
            continue
        unit.signals[LANGUAGE] = [s for s in found if s not in pest]


def _requires_pest(top: str, path: str) -> bool:
    """Whether the composer.json requires a Pest package; an unreadable one is taken to."""
    text, _ = read_text(top, path)
    try:
        data = json.loads(text or "")
    except ValueError:
        return True
    if not isinstance(data, dict):
        return True
    for section in ("require", "require-dev"):
        packages = data.get(section)
        if isinstance(packages, dict) and any(
            isinstance(name, str) and name.lower().startswith(_PACKAGES) for name in packages
        ):
            return True
    return False
