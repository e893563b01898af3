"""The version of a framework the code starts but no manifest of the service names.

An application may get its framework through another package: a Rails application that
requires Rails' components one by one (`gem "actionpack"`, `gem "activerecord"`) gets
Railties, which boots it (`Rails::Application`), only as their dependency; a FastAPI service
may take FastAPI from a shared library of its organisation installed from git. The code
proves the framework, and the lock file that installed it resolved its release: that is the
version the service runs on, and the lock confirms it installed as a manifest's declaration
would (code seen with no package installed may be vendored or a sample's). Only the
framework's own package is asked (the one whose first catalogue entry is the framework, not a
glue package integrating it), and only when no manifest names a framework at all. The package
brings all it stands for in the catalogue, as a declaration of it would (Django's ORM and
migrations with Django).
"""

from __future__ import annotations

from designer.detect.assemble import ABSORBED, Unit
from designer.detect.ecosystems import ECOSYSTEMS, key
from designer.detect.locks import LockFiles
from designer.detect.signals import Catalog, Strength, dependency_signals
from designer.model.stack import FindingKind

_OWN_PACKAGES: dict[str, dict[str, list[str]]] = {}
"""Ecosystem → framework → the packages that are the framework itself, in catalogue order."""

_CATALOGS: dict[str, tuple[Catalog, frozenset[str]]] = {}
"""Ecosystem → its catalogue and glue packages (what a locked package stands for)."""

for _module in ECOSYSTEMS:
    _catalog = getattr(_module, "CATALOG", None) or {}
    _glue = getattr(_module, "GLUE", frozenset())
    _CATALOGS[key(_module)] = (_catalog, _glue)
    _frameworks: dict[str, list[str]] = {}
    for _package, _entries in _catalog.items():
        if _entries and _entries[0][0] is FindingKind.FRAMEWORK and _package not in _glue:
            _frameworks.setdefault(_entries[0][1], []).append(_package)
    _OWN_PACKAGES[key(_module)] = _frameworks


def own_packages(language: str, framework: str) -> list[str]:
    """The packages that are `framework` itself in `language`'s catalogue (`fastapi` for
    FastAPI), in catalogue order; none for a framework the catalogue gives no package."""
    return _OWN_PACKAGES.get(language, {}).get(framework, [])


COMPONENTS: dict[str, frozenset[str]] = {
    "Rails": frozenset(
        {
            "actionpack", "actionview", "actionmailer", "actioncable", "activerecord",
            "activemodel", "activesupport", "activejob", "activestorage", "actiontext",
        }
    ),
}
"""Frameworks released as component packages an application may declare one by one instead
of the framework's own: the lock versions such a framework only where the manifest declares
one of them (the components and the framework share one release)."""


_MAX_FOLLOWED = 400
"""Gems of a lock followed from an application's declared gems (a product built on Rails
requires a few hundred)."""


def _required_by_declared(unit: Unit, language: str, locks: LockFiles, targets: set[str]) -> bool:
    """Whether the lock records one of `targets` (the framework's own packages) as required,
    directly or through other gems, by a run-time gem the unit's Gemfile declares: an
    application built on a product of Rails' engines (`gem "decidim"`, `gem "solidus"`) runs
    on the Rails those engines require, at the release the lock resolved. A development or
    test gem (`rspec-rails`, which requires Railties) is not followed."""
    pending = [
        name
        for _, ecosystem, manifest in unit.manifests
        if ecosystem == language
        for name in manifest.runtime_packages
    ]
    seen = set(pending)
    while pending:
        for name, _, _ in locks.requirements(unit.folder, language, pending.pop()):
            if name in targets:
                return True
            if name not in seen and len(seen) < _MAX_FOLLOWED:
                seen.add(name)
                pending.append(name)
    return False


def version_unnamed(unit: Unit, language: str, locks: LockFiles) -> None:
    """Add to `unit`'s signals of `language` the locked release of each framework its code
    starts that no manifest names."""
    signals = unit.signals.get(language)
    packages_of = _OWN_PACKAGES.get(language)
    if not signals or not packages_of:
        return
    started = {
        s.name for s in signals if s.kind is FindingKind.FRAMEWORK and s.strength is Strength.ENTRY
    }
    # A signal of a framework that is not code's comes from a manifest (its lock versions it).
    # One the started framework runs on (Plug beneath Phoenix: `bandit`, `plug` declared beside
    # `phoenix_live_view`, which brings Phoenix) is no other framework the manifest chose.
    beneath = {base for name in started for base in ABSORBED.get(name, ())}
    named = {
        s.name
        for s in signals
        if s.kind is FindingKind.FRAMEWORK
        and (s.version or s.strength is not Strength.ENTRY)
        and s.name not in beneath
    }
    if named:
        # The manifest declares a framework: one the lock installs only under another package
        # (Sinatra under a gem, started by a test's mock server) is not the service's.
        return
    declared = {s.package for s in signals if s.package and s.strength is not Strength.ENTRY}
    for name in sorted(started):
        packages = packages_of.get(name)
        if not packages:
            continue
        components = COMPONENTS.get(name)
        if (
            components is not None
            and not components & declared
            and not _required_by_declared(unit, language, locks, set(packages))
        ):
            # Installed only under another gem that no run-time gem of the Gemfile leads to
            # (a development gem's, a test tool's): not the application's release.
            continue
        found = locks.versions(unit.folder, language, dict.fromkeys(packages, ""))
        package = next((p for p in packages if p in found), None)
        catalog, glue = _CATALOGS[language]
        if package is None:
            # Installed at no release (a rebar.lock's git dependency pinned by commit): the
            # lock confirms the framework, and names no version of it.
            for package in packages:
                evidence = locks.unreleased(unit.folder, language, package)
                if evidence is not None:
                    signals += [
                        signal.replace(locked=True)
                        for signal in dependency_signals(
                            catalog, package, "", False, evidence, glue
                        )
                    ]
                    break
            continue
        locked = found[package]
        signals += [
            signal.replace(locked=True)
            for signal in dependency_signals(
                catalog, package, locked.version, False, locked.evidence, glue
            )
        ]
