"""MSBuild files that apply to every project below them: `Directory.Build.props`,
`Directory.Build.targets` and `Directory.Packages.props` (central package management).

They set properties (the target framework), pin package versions (`PackageVersion`) and add
package references (`PackageReference`, `GlobalPackageReference`) to the projects beneath
them, often only to some of them, by a condition on the project's name or path
(`$(MSBuildProjectName.EndsWith('Tests'))`). The small subset of conditions evaluated here is
the one such files use to pick projects; a condition outside it is unknown, and an item under
an unknown condition is not applied (a wrong package is worse than a missing one).
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field

from designer.detect.sidefiles import MSBUILD_NAMES
from designer.detect.signals import LazyPattern, Lines
from designer.model.stack import Evidence

NAMES = MSBUILD_NAMES
"""The files, in the order their properties are looked up."""

ARCADE_SDK = "Microsoft.DotNet.Arcade.Sdk"
ARCADE_TESTS = LazyPattern(r"\.(?:Unit|Integration|Performance)?Tests\Z")
"""The project names the Arcade SDK makes test projects (`IsTestProject`), adding the test SDK."""


@dataclass(frozen=True)
class Reference:
    """A package reference an MSBuild file adds to the projects below it."""

    package: str
    version: str
    condition: str
    """The item's condition and its group's, joined by `and` ("" when none)."""
    evidence: Evidence


@dataclass
class MsBuildFile:
    """What one `Directory.*` file says."""

    properties: dict[str, str] = field(default_factory=dict)
    versions: dict[str, str] = field(default_factory=dict)
    """Central package versions by lower-case package id."""
    framework: Evidence | None = None
    """Where the target framework is set."""
    references: list[Reference] = field(default_factory=list)
    imports_above: bool = False
    """Whether it imports the file of its name in a folder above (`GetPathOfFileAbove`), which
    MSBuild otherwise stops looking for at the first one."""
    after_project: bool = False
    """Whether MSBuild imports it after the project's own body (a `.targets` file): its
    conditions see the properties the project sets, which a `.props` file's do not."""
    arcade: bool = False
    """Whether it imports the .NET Arcade SDK, which makes a project named `*.Tests` (or
    `.UnitTests`, `.IntegrationTests`) a test project."""


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def parse(lines: Lines) -> MsBuildFile:
    """Read one `Directory.*` file.

    Raises:
        ValueError: the file has a DTD (never expanded), or ET.ParseError: it is not XML.
    """
    if re.search(r"<!DOCTYPE|<!ENTITY", lines.text, re.IGNORECASE):
        raise ValueError("DOCTYPE")
    root = ET.fromstring(lines.text)
    found = MsBuildFile(after_project=lines.path.lower().endswith(".targets"))
    for element in root.iter():
        tag = _local(element.tag)
        if tag == "PackageVersion" and element.get("Include") and element.get("Version"):
            found.versions[element.get("Include", "").lower()] = element.get("Version", "")
        elif len(element) == 0 and element.text and element.text.strip() and tag[:1].isupper():
            found.properties.setdefault(tag, element.text.strip())
            if tag in ("TargetFramework", "TargetFrameworks") and found.framework is None:
                found.framework = lines.evidence(f"<{tag}>")
    for group in root:
        if _local(group.tag) == "Import":
            found.arcade = found.arcade or group.get("Sdk", "") == ARCADE_SDK
            found.imports_above = found.imports_above or "GetPathOfFileAbove" in group.get(
                "Project", ""
            )
    found.references = _references(root, "", lines)
    return found


def _references(parent: ET.Element, outer: str, lines: Lines) -> list[Reference]:
    """The package references of `parent`'s item groups, each under the conditions that
    enclose it (`outer`, its group's, its own), and those of its `Choose` blocks: a `When`
    branch's under the branch's condition (`'$(IsTestProject)' == 'true'` giving test
    projects their test packages), `Otherwise`'s under none of the branches holding."""
    found: list[Reference] = []
    for group in parent:
        tag = _local(group.tag)
        if tag == "Choose":
            found += _chosen(group, outer, lines)
        if tag != "ItemGroup":
            continue
        for item in group:
            package = item.get("Include", "")
            if _local(item.tag) not in ("PackageReference", "GlobalPackageReference"):
                continue
            if not package:
                continue  # `Update=` only changes a reference a project makes itself
            conditions = [c for c in (group.get("Condition"), item.get("Condition")) if c]
            found.append(
                Reference(
                    package=package,
                    version=item.get("Version", ""),
                    condition=_joined(outer, *(f"({c})" for c in conditions)),
                    evidence=lines.evidence(f'"{package}"'),
                )
            )
    return found


def _chosen(choose: ET.Element, outer: str, lines: Lines) -> list[Reference]:
    """The references of a `Choose` block's branches: MSBuild takes the first `When` whose
    condition holds, else `Otherwise`."""
    found: list[Reference] = []
    earlier: list[str] = []  # the negated conditions of the branches above
    for branch in choose:
        tag = _local(branch.tag)
        if tag == "When":
            condition = f"({branch.get('Condition', '')})"
            found += _references(branch, _joined(outer, *earlier, condition), lines)
            earlier.append(f"!{condition}")
        elif tag == "Otherwise":
            found += _references(branch, _joined(outer, *earlier), lines)
    return found


def _joined(*conditions: str) -> str:
    return " and ".join(c for c in conditions if c)


_TOKEN = LazyPattern(
    r"""\s*(?:(?P<word>and|or)\b|(?P<op>==|!=)|(?P<punct>[()!])"""
    r"""|(?P<quoted>'[^']*')|(?P<call>\$\(\w+\.\w+\('[^']*'\)\))|(?P<other>\S+))""",
    re.IGNORECASE,
)
_CALL = LazyPattern(r"\$\((\w+)\.(\w+)\('([^']*)'\)\)")
_PROPERTY = LazyPattern(r"\$\(([\w.]+)\)")
_STRING_METHODS = {
    "endswith": str.endswith,
    "startswith": str.startswith,
    "contains": str.__contains__,
    "equals": str.__eq__,
}


class _Malformed(Exception):
    """The condition cannot be parsed."""


def applies(condition: str, properties: dict[str, str]) -> bool:
    """Whether an MSBuild `condition` holds for a project with `properties` (its
    `MSBuildProjectName` and path among them); False when it cannot be told.

    Evaluation is three-valued: what is not known here (a project's own property, a function
    other than a string test) is None, so `known or unknown` still holds.
    """
    if not condition.strip():
        return True
    tokens: Tokens = []
    position = 0
    while position < len(condition):
        match = _TOKEN.match(condition, position)
        if match is None or match.end() == position:
            break
        kind = match.lastgroup or "other"
        tokens.append((kind, match.group(kind)))
        position = match.end()
    if condition[position:].strip():
        return False
    try:
        value, rest = _or(tokens, properties)
    except (_Malformed, IndexError, RecursionError):
        return False
    return value is True and not rest


Tokens = list[tuple[str, str]]
Truth = bool | None
"""True, False, or None when it cannot be told."""


def _or(tokens: Tokens, properties: dict[str, str]) -> tuple[Truth, Tokens]:
    value, tokens = _and(tokens, properties)
    while tokens and tokens[0][0] == "word" and tokens[0][1].lower() == "or":
        right, tokens = _and(tokens[1:], properties)
        value = True if True in (value, right) else None if None in (value, right) else False
    return value, tokens


def _and(tokens: Tokens, properties: dict[str, str]) -> tuple[Truth, Tokens]:
    value, tokens = _factor(tokens, properties)
    while tokens and tokens[0][0] == "word" and tokens[0][1].lower() == "and":
        right, tokens = _factor(tokens[1:], properties)
        value = False if False in (value, right) else None if None in (value, right) else True
    return value, tokens


def _factor(tokens: Tokens, properties: dict[str, str]) -> tuple[Truth, Tokens]:
    kind, text = tokens[0]
    if (kind, text) == ("punct", "!"):
        value, rest = _factor(tokens[1:], properties)
        return (None if value is None else not value), rest
    if (kind, text) == ("punct", "("):
        value, rest = _or(tokens[1:], properties)
        if not rest or rest[0] != ("punct", ")"):
            raise _Malformed
        return value, rest[1:]
    if len(tokens) >= 3 and tokens[1][0] == "op":
        left, right = _operand(tokens[0], properties), _operand(tokens[2], properties)
        if left is None or right is None:
            return None, tokens[3:]
        equal = left.lower() == right.lower()  # MSBuild compares strings case-insensitively
        return (equal if tokens[1][1] == "==" else not equal), tokens[3:]
    if kind == "call":
        return _call(text, properties), tokens[1:]
    if kind == "other" and (text.startswith(("$", "@", "%")) or text.endswith(")")):
        return None, tokens[1:]  # Exists('…'), a bare property: not evaluated here
    raise _Malformed


def _call(text: str, properties: dict[str, str]) -> Truth:
    match = _CALL.fullmatch(text)
    method = _STRING_METHODS.get(match.group(2).lower()) if match else None
    if match is None or method is None or match.group(1) not in properties:
        return None
    if "$(" in match.group(3):
        return None  # an argument built by a property function
    return bool(method(properties[match.group(1)], match.group(3)))


def _operand(token: tuple[str, str], properties: dict[str, str]) -> str | None:
    kind, text = token
    if kind == "call":
        value = _call(text, properties)
        return None if value is None else str(value).lower()
    if kind not in ("quoted", "other"):
        raise _Malformed
    text = text.strip("'")
    unknown = [name for name in _PROPERTY.findall(text) if name not in properties]
    if unknown:
        return None  # a project's own property, which only the project knows
    value = _PROPERTY.sub(lambda m: properties[m.group(1)], text)
    if "$(" in value or "@(" in value:
        return None  # a property function or an item list
    return value
