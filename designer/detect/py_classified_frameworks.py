"""Python web frameworks a project's own packaging metadata names in its trove classifiers.

An application may be written on a kit that lends it its web framework (a domain toolkit whose
`includeme` configures a Pyramid application, declared in `install_requires` while Pyramid is
not) and start the framework in its own code (`Configurator(settings=settings)` …
`config.make_wsgi_app()`). No list names the framework, so the start seen in code stays
unconfirmed; but the project's packaging metadata says what it is built for: the classifier
`Framework :: Pyramid` is the package's own statement that it runs on Pyramid. A framework a
library lends the application is the application's, at no release the manifest names.

Only frameworks already seen started in the project's code and declared by no list are
confirmed, and only by a classifier of the project's own setup.py, setup.cfg or pyproject.toml
naming that framework (`Framework :: Django :: 4.2` names Django): a classifier alone starts
nothing, and one naming another framework (`Framework :: Pytest`) confirms nothing.
"""

from __future__ import annotations

import posixpath
import re

from designer.detect.assemble import Unit
from designer.detect.signals import Strength, framework_starts
from designer.detect.walker import read_text
from designer.model.stack import Evidence

LANGUAGE = "python"

_PACKAGING = frozenset({"setup.py", "setup.cfg", "pyproject.toml"})
"""The manifests whose metadata holds the project's classifiers."""

_CLASSIFIER = re.compile(r"(?<![\w:])Framework[ \t]*::[ \t]*([A-Za-z][\w.-]*(?:[ \t]+[\w.-]+)*)")
"""A `Framework :: Name` classifier (quoted in setup.py and pyproject.toml, bare in setup.cfg)."""


def confirm(top: str, units: dict[str, Unit]) -> None:
    """Declare for each Python project the frameworks its code starts that a classifier of its
    own packaging metadata names."""
    for unit in units.values():
        signals = unit.signals.get(LANGUAGE)
        if not signals:
            continue
        declared, starts = framework_starts(signals)
        started = {s.name.lower(): s for s in starts if s.name not in declared}
        if not started:
            continue
        for path, ecosystem, _ in unit.manifests:
            if ecosystem != LANGUAGE or posixpath.basename(path) not in _PACKAGING:
                continue
            text = read_text(top, path)[0] or ""
            for found in _CLASSIFIER.finditer(text):
                signal = started.pop(found.group(1).strip().lower(), None)
                if signal is None:
                    continue
                line = text.count("\n", 0, found.start()) + 1
                evidence = Evidence(path=path, line=line, text=found.group(0)[:200])
                signals.append(
                    signal.replace(strength=Strength.DEPENDENCY, evidence=evidence, version="")
                )
