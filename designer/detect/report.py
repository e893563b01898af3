"""The readable report of a detection: a small table per backend, then its evidence."""

from __future__ import annotations

from designer.model.stack import DetectedBackend, Detection, FindingKind

CHOICES = "FastAPI, Express, NestJS, Spring Boot, … or other"
"""The single choice seed 001 offers when the framework cannot be decided."""


def _table(rows: list[tuple[str, ...]]) -> list[str]:
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    return [
        "  " + "  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip()
        for row in rows
    ]


def _backend(backend: DetectedBackend) -> list[str]:
    language = " ".join(p for p in (backend.language, backend.language_version) if p)
    frameworks = [f.name for f in backend.findings if f.kind is FindingKind.FRAMEWORK]
    if not backend.ambiguous:
        verdict = f"framework: {frameworks[0]}"
    elif frameworks:
        verdict = f"ambiguous: {', '.join(frameworks)} are plausible; choose one"
    else:
        verdict = f"ambiguous: no framework found; choose one of {CHOICES}"
    lines = [f"backend {backend.folder}  ({language or 'language unknown'})", f"  {verdict}"]
    rows = [("kind", "name", "version", "confidence")]
    rows += [
        (f.kind.value, f.name, f.version or "-", f"{f.confidence:.2f}") for f in backend.findings
    ]
    lines += _table(rows)
    lines.append("  evidence:")
    width = max((len(f.name) for f in backend.findings), default=0)
    for finding in backend.findings:
        for evidence in finding.evidence:
            where = evidence.path + (f":{evidence.line}" if evidence.line else "")
            text = evidence.text or "(the file itself)"
            lines.append(f"    {finding.name.ljust(width)}  {where}  {text}")
    return lines


def render(detection: Detection) -> str:
    """The whole report as text, ending with a newline."""
    count = len(detection.backends)
    lines = [f"scanned {detection.root}: {count} backend{'s' if count != 1 else ''} found"]
    if not detection.backends:
        lines.append(f"no backend framework found; choose one of {CHOICES}")
    for backend in detection.backends:
        lines.append("")
        lines += _backend(backend)
    if detection.warnings:
        lines.append("")
        lines.append(f"warnings ({len(detection.warnings)}):")
        lines += [f"  {warning}" for warning in detection.warnings]
    return "\n".join(lines) + "\n"
