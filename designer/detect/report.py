"""The readable report of a detection: a small table per backend, then its evidence."""

from __future__ import annotations

from designer.model.stack import DetectedBackend, Detection, FindingKind
from designer.terminal import visible

CHOICES = "FastAPI, Express, NestJS, Spring Boot, … or other"
"""The single choice seed 001 offers when the framework cannot be decided."""


def _table(rows: list[tuple[str, ...]]) -> list[str]:
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    return [
        "  " + "  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip()
        for row in rows
    ]


def _backend(backend: DetectedBackend) -> list[str]:
    # Folder names, versions and manifest lines come from the scanned project: every one is
    # shown with its control characters made visible.
    language = visible(" ".join(p for p in (backend.language, backend.language_version) if p))
    frameworks = [visible(f.name) for f in backend.findings if f.kind is FindingKind.FRAMEWORK]
    if not backend.ambiguous:
        verdict = f"framework: {frameworks[0]}"
    elif len(frameworks) == 1:
        # One framework left undecided: seen (in code, say) but not confirmed by a manifest.
        verdict = f"ambiguous: {frameworks[0]} is plausible but unconfirmed; confirm or choose one"
    elif frameworks:
        verdict = f"ambiguous: {', '.join(frameworks)} are plausible; choose one"
    else:
        verdict = f"ambiguous: no framework found; choose one of {CHOICES}"
    lines = [f"backend {visible(backend.folder)}  ({language or 'language unknown'})",
             f"  {verdict}"]
    rows = [("kind", "name", "version", "confidence")]
    engines = [f for f in backend.findings if f.kind is FindingKind.DATABASE]
    rows += [
        (
            # The first engine is the primary one; the others are listed with their evidence.
            f"{f.kind.value} (secondary)" if f in engines[1:] else f.kind.value,
            visible(f.name),
            visible(f.version) or "-",
            f"{f.confidence:.2f}",
        )
        for f in backend.findings
    ]
    lines += _table(rows)
    lines.append("  evidence:")
    width = max((len(visible(f.name)) for f in backend.findings), default=0)
    for finding in backend.findings:
        for evidence in finding.evidence:
            where = visible(evidence.path) + (f":{evidence.line}" if evidence.line else "")
            text = visible(evidence.text) if evidence.text else _itself(evidence.path)
            lines.append(f"    {visible(finding.name).ljust(width)}  {where}  {text}")
    return lines


def _itself(path: str) -> str:
    """What evidence with no line stands for: the file, or the folder of an installed
    distribution (`libs/flask-3.0.3.dist-info`: its name says the release)."""
    return "(the folder itself)" if path.endswith(".dist-info") else "(the file itself)"


def render(detection: Detection) -> str:
    """The whole report as text, ending with a newline."""
    count = len(detection.backends)
    lines = [f"scanned {visible(detection.root)}: {count} backend{'s' if count != 1 else ''} "
             "found"]
    if not detection.backends:
        lines.append(f"no backend framework found; choose one of {CHOICES}")
    for backend in detection.backends:
        lines.append("")
        lines += _backend(backend)
    if detection.warnings:
        lines.append("")
        lines.append(f"warnings ({len(detection.warnings)}):")
        lines += [f"  {visible(warning)}" for warning in detection.warnings]
    return "\n".join(lines) + "\n"
