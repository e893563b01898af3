"""PHP: the engine a Symfony application's Doctrine URL defaults to when its variable is unset.

Symfony reads a Doctrine connection's URL from the environment (`url: '%env(resolve:
DATABASE_URL)%'`) and lets the configuration give that variable a default under `parameters:`
(`env(DATABASE_URL): 'postgres://api-platform:!ChangeMe!@db/api'`, as API Platform's
distribution ships it). Where no committed env file sets the variable, that default is the
database the program opens unless told otherwise: its own explicit choice (`Scope.CHOSEN`),
above a Compose file that runs another server beside it for one recipe of deployment.

Read only for PHP projects declaring Doctrine; an empty default (`env(DATABASE_URL): ''`, an
older recipe's placeholder) names nothing.
"""

from __future__ import annotations

import posixpath
import re

from designer.detect.assemble import Unit
from designer.detect.doctrine_default import CONFIGS
from designer.detect.engines import engine_of_url
from designer.detect.signals import Scope, Signal, Strength
from designer.detect.walker import read_text
from designer.model.stack import Evidence, FindingKind

LANGUAGE = "php"

_DOCTRINE = frozenset({"Doctrine", "Doctrine DBAL"})

FILES = (*CONFIGS, "config/services.yaml", "config/services.yml")
"""Where the `parameters:` giving the default may stand (Doctrine's own file or the services
file Symfony's recipes put parameters in)."""

ENV_FILES = (".env", ".env.dist", ".env.local", ".env.prod")
"""Committed env files Symfony loads: one setting the variable overrides the default."""

_URL_ENV = re.compile(r"^[ \t]+url:[ \t]*['\"]?%env\((?:[\w-]+:)*(\w+)\)%", re.MULTILINE)
"""A Doctrine connection's `url:` read from an environment variable (processors allowed)."""


def _default(text: str, name: str) -> re.Match[str] | None:
    """The `env(NAME): 'value'` parameter line of `text`, or None."""
    pattern = rf"^[ \t]+['\"]?env\({re.escape(name)}\)['\"]?:[ \t]*['\"]?([^'\"\n#]*)"
    return re.search(pattern, text, re.MULTILINE)


def _set_in_env_file(top: str, folder: str, name: str) -> bool:
    """Whether a committed env file of the project sets `name` (uncommented)."""
    setting = re.compile(rf"^[ \t]*(?:export[ \t]+)?{re.escape(name)}[ \t]*=", re.MULTILINE)
    for relative in ENV_FILES:
        text = read_text(top, relative if folder == "." else posixpath.join(folder, relative))[0]
        if text is not None and setting.search(text):
            return True
    return False


def find(top: str, units: dict[str, Unit]) -> None:
    """Give each PHP project declaring Doctrine the engine of its URL variable's default."""
    for unit in units.values():
        signals = unit.signals.get(LANGUAGE)
        if not signals or not any(
            s.name in _DOCTRINE for s in signals if s.kind is not FindingKind.DATABASE
        ):
            continue
        texts: dict[str, str] = {}
        for relative in FILES:
            path = relative if unit.folder == "." else posixpath.join(unit.folder, relative)
            text = read_text(top, path)[0]
            if text is not None:
                texts[path] = text
        names = {m.group(1) for text in texts.values() for m in _URL_ENV.finditer(text)}
        signal = next(
            (
                found
                for name in sorted(names)
                if not _set_in_env_file(top, unit.folder, name)
                for path, text in texts.items()
                if (found := _signal(path, text, name)) is not None
            ),
            None,
        )
        if signal is not None:
            signals.append(signal)


def _signal(path: str, text: str, name: str) -> Signal | None:
    """The engine of the URL `text` gives the variable `name` by default, or None."""
    match = _default(text, name)
    engine = engine_of_url(match.group(1)) if match else ""
    if match is None or not engine:
        return None
    line = text.count("\n", 0, match.start()) + 1
    evidence = Evidence(path=path, line=line, text=match.group(0).strip())
    return Signal(FindingKind.DATABASE, engine, Strength.ENTRY, evidence, scope=Scope.CHOSEN)
