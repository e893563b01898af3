"""One framework module pinned past the BOM: a pom importing a framework's BOM (or inheriting a
parent that fixes the framework's release) leaves most of the framework's modules to it, but
pins one to an older or newer release of its own (an extension dropped from the platform and
kept at the last release that shipped it). That pin is an exception for one jar; the release
the application runs on is the one the BOM fixes for every other module."""

from __future__ import annotations

from collections.abc import Container

from designer.detect.signals import Signal, Strength
from designer.model.stack import FindingKind as K


def unpin_exceptions(
    signals: list[Signal], declared: list[Signal], boms: Container[str]
) -> list[Signal]:
    """`declared` (the signals of the pom's own dependencies) with the version blanked on a
    framework module pinned explicitly while another runtime module of the same framework is
    left to the version a BOM or parent in `signals` fixes (`boms`: the BOM artifacts). When
    every runtime module states the same release, Maven builds with it and it stands."""
    fixed = {
        s.name: s.version
        for s in signals
        if s.kind is K.FRAMEWORK and s.version and s.package in boms
    }

    def runtime(s: Signal) -> bool:
        return s.kind is K.FRAMEWORK and s.name in fixed and s.strength is Strength.DEPENDENCY

    left_to_bom = {s.name for s in declared if runtime(s) and not s.version}
    return [
        s.replace(version="")
        if runtime(s) and s.name in left_to_bom and s.version and s.version != fixed[s.name]
        else s
        for s in declared
    ]


def unpin_lone_pins(declared: list[Signal]) -> list[Signal]:
    """`declared` (the signals of a pom's own dependencies) with the version blanked on a
    framework module pinned explicitly while another runtime module of the same framework is
    declared with no version at all: that one is managed by a parent or an imported BOM the
    tree may not hold (a platform's own BOM, published elsewhere), and so is the framework's
    core the pinned starter brings along (Maven's dependencyManagement fixes transitive
    versions too). The pin is an exception for one jar; the release is the managed one (where
    the tree states none, the one the build's plugin packages)."""

    def runtime(s: Signal) -> bool:
        return s.kind is K.FRAMEWORK and s.strength is Strength.DEPENDENCY and not s.glue

    managed = {s.name for s in declared if runtime(s) and not s.version}
    return [
        s.replace(version="") if runtime(s) and s.name in managed and s.version else s
        for s in declared
    ]


OWN_LINES = frozenset({"micronaut-platform", "micronaut-bom"})
"""Platform BOMs of a framework whose modules are each released on a line of their own: a
version catalogue pinning every Micronaut module gives micronaut-security 4.17.1, micronaut-data
4.14.3, even micronaut-core 4.10.18, beside platform 4.10.10. The framework's release is the
platform's; no module's names it."""


def unpin_own_lines(signals: list[Signal], kept: Container[str] = ()) -> list[Signal]:
    """`signals` with the version blanked on each runtime module of a framework whose platform
    BOM of `OWN_LINES` the build imports with a version: the BOM's release names the framework.
    The packages `kept` (the application plugins, whose generator's property is weighed on its
    own) stay as they are."""
    fixed = {
        s.name
        for s in signals
        if s.kind is K.FRAMEWORK and s.version and s.package in OWN_LINES
    }
    return [
        s.replace(version="")
        if s.kind is K.FRAMEWORK
        and s.name in fixed
        and s.strength is Strength.DEPENDENCY
        and s.package not in OWN_LINES
        and s.package not in kept
        and s.version
        else s
        for s in signals
    ]
