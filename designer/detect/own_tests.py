"""Tests a service declares for itself. A JVM build whose service modules each declare their
own test dependencies (`testImplementation 'org.junit.jupiter:junit-jupiter'` in each module's
build, no `subprojects {}` block giving them to all) says per module which ones are tested. A
library module beside several services folds into all of them, but its tests then go only to
the services that declare tests of their own: a service module declaring none and holding no
test source, among siblings that do, has no tests (a worker whose build lists only its run-time
dependencies). Where no service declares its own (tests declared once for every module, or
kept in library and test modules only), each is given the shared tests as before, but for a
service whose declarations were found to test none of its code (`unused_module_tests`)."""

from __future__ import annotations

from designer.detect.assemble import Unit
from designer.detect.signals import Signal
from designer.model.stack import FindingKind


def declaring(services: list[Unit]) -> set[str]:
    """Folders of the services whose own manifests or sources name a test framework."""
    return {
        s.folder
        for s in services
        if any(
            signal.kind is FindingKind.TEST
            for signals in s.signals.values()
            for signal in signals
        )
    }


def lent(kept: list[Signal], target: Unit, targets: list[Unit], tested: set[str]) -> list[Signal]:
    """What a module shared by `targets` (the services nearest it) lends `target`: no test
    signal when `target` declares no test of its own while another of them does, nor when
    its declared tests were found to test none of its code."""
    if target.untested:
        return [s for s in kept if s.kind is not FindingKind.TEST]
    if target.folder in tested or not any(t.folder in tested for t in targets):
        return kept
    return [s for s in kept if s.kind is not FindingKind.TEST]
