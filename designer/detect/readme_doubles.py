"""Projects whose own README says they stand in for another system: test doubles, not backends.

Beside a product's service, a small web project often mocks a system the service calls (an
onboarding or identity provider's endpoints) so that developers and tests run without it. When
its folder is named so (`mock-api`, `PaymentStub`), `nonservices.is_double` leaves it out; when
it bears the name of the system it stands for, only its README says what it is, in the lead
that opens it ("Minimal Web API for simulating the onboarding endpoints during development").
A double keeps no data: a project reaching a data layer or an engine stays a backend whatever
its README says, and so does one whose README mentions mocks only further down (how its own
tests mock their collaborators).
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Iterator

from designer.detect.assemble import Unit
from designer.detect.nonservices import DATA_KINDS
from designer.detect.walker import read_text
from designer.model.stack import FindingKind

_READMES = ("README.md", "readme.md", "Readme.md", "README.MD", "README")
"""Names of the README a project keeps in its own folder."""

_STANDS_IN = re.compile(
    r"(?i)\b(?:mock(?:s|ed|ing)?|fake[sd]?|stub(?:s|bed)?|simulat(?:e|es|ed|ing)|"
    r"emulat(?:e|es|ed|ing))\b[^.\n]{0,80}?\b(?:endpoints?|apis?|services?|servers?|"
    r"back[- ]?ends?|implementations?|implementierung(?:en)?)\b"
)
"""The lead calling the project a stand-in: a double's word, then within the sentence what it
stands in for (`mock endpoints`, `simulating … endpoints`, `a fake of the payment API`), or
what it is of the API the lead describes (`a mock implementation with sample data`, German
`Mock-Implementierung`)."""

MAX_LEAD = 600
"""Characters of the lead read: the title's line and the paragraph after it."""


def mark(top: str, units: dict[str, Unit]) -> None:
    """Set `Unit.stands_in` on the projects with no data whose README's lead calls them a mock
    of another system's endpoints."""
    for unit, lead in dataless_leads(top, units, framework=False, lists=True):
        if _STANDS_IN.search(lead):
            unit.stands_in = True


def dataless_leads(
    top: str, units: dict[str, Unit], framework: bool, lists: bool = False
) -> Iterator[tuple[Unit, str]]:
    """(unit, its README's lead) for each project with a manifest, no data layer or engine and,
    when `framework`, a web framework of its own, whose folder keeps a README: what the README
    rules read (a project reaching data stays what its code says, whatever its README says).
    With `lists`, the list a lead ending in a colon introduces is read as part of it."""
    for unit in units.values():
        signals = [s for found in unit.signals.values() for s in found]
        if not unit.manifests or any(s.kind in DATA_KINDS for s in signals):
            continue
        if framework and not any(s.kind is FindingKind.FRAMEWORK for s in signals):
            continue
        lead = readme_lead(top, unit.folder, lists)
        if lead:
            yield unit, lead


def readme_lead(top: str, folder: str, lists: bool = False) -> str:
    """The README's title and first paragraph of prose, or "". With `lists`, a paragraph of
    prose ending in a colon ("The project holds:") is read on into the list right after it:
    the lead says what the project is in that list ("* a mock implementation with sample
    data")."""
    for name in _READMES:
        path = name if folder == "." else posixpath.join(folder, name)
        text = read_text(top, path)[0]
        if text is None:
            continue
        paragraphs = [p.strip() for p in re.split(r"\n[ \t]*\n", text.strip()) if p.strip()]
        lead = paragraphs[:1] + _first_prose(paragraphs[1:]) if paragraphs else []
        if lists and len(lead) == 2 and lead[1].endswith(":"):
            after = paragraphs[paragraphs.index(lead[1]) + 1 :][:1]
            lead += [p for p in after if _LIST_ITEM.match(p)]
        return "\n".join(lead)[:MAX_LEAD]
    return ""


_LIST_ITEM = re.compile(r"[ \t]*(?:[-*+]|\d+[.)])[ \t]+")
"""A paragraph opening with a Markdown list item (`* `, `- `, `1. `)."""


_INTRO_HEADING = re.compile(
    r"#+[ \t]*(?:about|overview|description|introduction|summary|purpose|what\b[^\n]*)[ \t:]*$",
    re.IGNORECASE,
)
"""A heading right under the title that opens the project's description (`## Overview`,
`## What is this?`): its paragraph is still the lead."""


def _first_prose(paragraphs: list[str]) -> list[str]:
    """The first paragraph of prose after the title, as a list of at most one: code, tables
    and images are passed over. Prose under a section heading is no lead: headings further
    down open the README's sections (its tests, its deployment, how to run a mock of it in
    its place), which say nothing of what it is; only an introductory heading right under the
    title (`_INTRO_HEADING`) is read through."""
    for index, paragraph in enumerate(paragraphs):
        if paragraph.startswith("#"):
            if index == 0 and _INTRO_HEADING.match(paragraph.splitlines()[0]):
                continue
            return []
        if not paragraph.startswith(("```", "|", "![")):
            return [paragraph]
    return []
