"""Apply one detected backend (or a framework the user chose) to the stack (pure functions).

The user picked this backend explicitly, so its findings replace the stack fields; the data
stage's ORM, migration tool and database engine are only filled when still empty (they are
asked there), the engine the way `designer detect --into` fills it.
"""

from __future__ import annotations

from designer.model.design import Design
from designer.model.stack import DetectedBackend, Detection, Finding, FindingKind
from designer.questionnaire import computed

FRAMEWORK_CHOICES = (
    "FastAPI", "Express", "NestJS", "Spring Boot", "Django", "Flask", "Gin", "Laravel",
    "ASP.NET Core", "Rails",
)
"""The single choice offered when detection is empty or ambiguous (plus "Other")."""

OTHER = "other"
"""`stack.framework` value when the framework is not in the list (name in framework_other)."""


def best(backend: DetectedBackend, kind: FindingKind) -> Finding | None:
    """The first (highest ranked) finding of `kind`."""
    return next((f for f in backend.findings if f.kind is kind), None)


def frameworks(backend: DetectedBackend) -> list[Finding]:
    """Framework findings of a backend, ranked."""
    return [f for f in backend.findings if f.kind is FindingKind.FRAMEWORK]


def needs_choice(detection: Detection | None) -> bool:
    """True when the user must name the framework: no scan, nothing found, or ambiguity."""
    if detection is None or not detection.backends:
        return True
    return all(b.ambiguous or not frameworks(b) for b in detection.backends)


def apply_backend(
    design: Design, detection: Detection, index: int, framework: Finding | None = None
) -> list[str]:
    """Take backend `index` of `detection` (with `framework` instead of its top one).

    Returns:
        Model paths that changed, e.g. `stack.framework`.
    """
    backend = detection.backends[index]
    stack = design.stack
    before = stack.model_dump()
    stack.detection = detection
    stack.language = backend.language
    stack.language_version = backend.language_version
    chosen = framework or best(backend, FindingKind.FRAMEWORK)
    stack.framework = chosen.name if chosen else ""
    stack.framework_version = chosen.version if chosen else ""
    stack.framework_other = ""
    for kind, attr in ((FindingKind.SERVER, "server"), (FindingKind.CACHE, "cache"),
                       (FindingKind.TEST, "test_framework")):
        found = best(backend, kind)
        setattr(stack, attr, found.name if found else "")
    # What the scan did not find, the framework's usual answer fills, as choosing the
    # framework in the question above would: this stage is on screen, so its first-visit
    # defaults were taken before the framework was known.
    for attr, default in (("language", computed.language_for_framework),
                          ("server", computed.server_for_framework),
                          ("test_framework", computed.test_framework_for_stack)):
        if not getattr(stack, attr):
            setattr(stack, attr, default(design) or "")
    changed = [f"stack.{k}" for k, v in stack.model_dump().items() if before[k] != v]
    data = design.data
    for kind, attr in ((FindingKind.ORM, "orm"), (FindingKind.MIGRATIONS, "migration_tool")):
        found = best(backend, kind)
        if found and not getattr(data, attr):
            setattr(data, attr, found.name)
            changed.append(f"data.{attr}")
    # Imported here: the package pulls in the whole detector, which a session that never
    # scans should not pay for at start-up.
    from designer.detect.apply import fill_database

    databases = [d.model_dump() for d in data.databases]
    fill_database(design, backend, overwrite=False)
    if [d.model_dump() for d in data.databases] != databases:
        changed.append("data.databases")
    return changed


def choose_framework(design: Design, name: str, other: str = "") -> list[str]:
    """Set the framework by hand: one of `FRAMEWORK_CHOICES`, or "other" named `other`."""
    stack = design.stack
    before = (stack.framework, stack.framework_other)
    if name.lower() == OTHER:
        stack.framework, stack.framework_other = OTHER, other.strip()
    else:
        stack.framework, stack.framework_other = name, ""
    if before[0] != stack.framework:
        stack.framework_version = ""
    return ["stack.framework"] if before != (stack.framework, stack.framework_other) else []
