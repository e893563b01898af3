"""PHP: the ORM of a Phalcon application, whose models extend the framework's own base class.

Phalcon is a C extension: its ORM ships inside it, and no Composer package names either. The
models (`class ModelBase extends Model` after `use Phalcon\\Mvc\\Model;`) often sit deep in a
modular tree (`core/common/models/…`) past what the walk reads of a large project, so for a
project where Phalcon was seen and no data layer, the PHP files under a `models` folder are
read for that base class.
"""

from __future__ import annotations

import re

from designer.detect.assemble import Unit
from designer.detect.codewalk import code_files
from designer.detect.signals import Signal, Strength
from designer.detect.walker import read_text
from designer.model.stack import Evidence, FindingKind

LANGUAGE = "php"

ORM = "Phalcon ORM"

_MODEL = re.compile(
    r"^[ \t]*(?:abstract[ \t]+)?class[ \t]+\w+[ \t]+extends[ \t]+\\?Phalcon\\Mvc\\Model\b"
    r"|^use[ \t]+Phalcon\\Mvc\\Model;",
    re.MULTILINE,
)
"""A model extending Phalcon's base class, or the import of that class (the line cited)."""

_EXTENDS = re.compile(r"^[ \t]*(?:abstract[ \t]+)?class[ \t]+\w+[ \t]+extends[ \t]+Model\b",
                      re.MULTILINE)

_PARENT = re.compile(r"^[ \t]*(?:abstract[ \t]+)?class[ \t]+\w+[ \t]+extends[ \t]+(\w+)\b",
                     re.MULTILINE)
"""The class a model extends when named bare: the application's own base model, maybe."""

_LAYERS = frozenset({FindingKind.ORM, FindingKind.QUERY})

_SKIPPED = frozenset({"vendor", "node_modules", "tests", "test"})

MAX_LISTED = 5_000
"""PHP files looked at, at most."""

MAX_READ = 50
"""Files under a `models` folder read at most (the base models they name aside)."""


def find(top: str, units: dict[str, Unit]) -> None:
    """Give each PHP project where Phalcon was seen and no data layer the framework's ORM,
    when one of its models extends `Phalcon\\Mvc\\Model`."""
    for unit in units.values():
        signals = unit.signals.get(LANGUAGE, [])
        if not any(
            s.kind is FindingKind.FRAMEWORK and s.name == "Phalcon" for s in signals
        ) or any(s.kind in _LAYERS for found in unit.signals.values() for s in found):
            continue
        evidence = _model(top, unit.folder)
        if evidence is not None:
            signals.append(Signal(FindingKind.ORM, ORM, Strength.ENTRY, evidence))


def _model(top: str, folder: str) -> Evidence | None:
    """The line of the first model of a `models` folder built on Phalcon's base class.

    A modular application's models extend its own base model (`class Reports extends
    ModelBase`), one file that may sort past the read budget (`shared/models/ModelBase.php`
    after every module's `modules/*/models/`): the base classes the models read name are read
    too, whatever their place."""
    models: list[str] = []
    for path in code_files(top, folder, (".php",), MAX_LISTED,
                           skip_dir=lambda name: name.lower() in _SKIPPED):
        if path is None:
            return None
        if "/models/" in f"/{path.lower()}":
            models.append(path)
    parents: set[str] = set()
    for path in models[:MAX_READ]:
        text = read_text(top, path)[0] or ""
        found = _evidence(path, text)
        if found is not None:
            return found
        parents.update(_PARENT.findall(text))
    for path in models[MAX_READ:]:
        if path.rsplit("/", 1)[-1].removesuffix(".php") in parents:
            found = _evidence(path, read_text(top, path)[0] or "")
            if found is not None:
                return found
    return None


def _evidence(path: str, text: str) -> Evidence | None:
    """The line of a model built on Phalcon's base class in one file, if any."""
    match = _MODEL.search(text)
    if match is None or (match.group(0).startswith("use") and not _EXTENDS.search(text)):
        return None
    line = text.count("\n", 0, match.start()) + 1
    return Evidence(path=path, line=line, text=match.group(0).strip())
