"""A SPEC markdown (seed 001's `.do/specs/SPEC-{ID}/spec.md`) → a design pre-filled with what
it states.

The document is cut into sections by its headings; each heading is classified by words it
contains, in English or Korean (`API 엔드포인트` / `Endpoints`, `데이터 모델` / `Data model`,
`인증` / `Auth` …). Inside a section, list items and `key: value` lines are read: features and
user stories, endpoints written `METHOD /path` (with `요청:` / `Request:` and `응답:` /
`Response:` bodies), data models given as tables or lists, auth methods, middleware (CORS,
rate limits), integrations, NFR targets, compliance, the stack, tests and operations. The SPEC
id comes from the front matter, the title or the folder name, and is kept in
`requirements.spec_id`. Sections and lines nothing reads go to the report.

Layout: `sections` cuts the document; `reader` hands each section to its reader over one shared
`state` — `settings` (`key: value` lines anywhere), `requirements`, `api`, `data`, `platform`
(auth, tests, operations); `words` holds the vocabulary they read by.
"""

from __future__ import annotations

import re
from pathlib import Path

from designer.importers.report import Report
from designer.importers.source import guarded, read_text
from designer.importers.spec.reader import Reader
from designer.importers.spec.sections import _HEADING, _classify, _front_matter, _Section
from designer.importers.spec.words import _SPEC_ID
from designer.model import Design


def import_file(path: Path, name: str | None = None) -> tuple[Design, Report]:
    """The design the SPEC at `path` states, and what could not be represented."""
    text = read_text(path, "a SPEC markdown file")
    folder = path.resolve().parent.name
    return guarded(path, "the SPEC", lambda: import_text(
        text, name, folder if _SPEC_ID.fullmatch(folder) else ""))


def import_text(text: str, name: str | None = None, folder_id: str = ""
                ) -> tuple[Design, Report]:
    """The design of SPEC markdown `text`."""
    report = Report()
    design = Design()
    front, body = _front_matter(text)
    title = ""
    sections: list[_Section] = [_Section("", "overview")]
    in_code = False
    for number, line in body:
        if line.lstrip().startswith("```"):
            in_code = not in_code
            continue
        heading = _HEADING.match(line) if not in_code else None
        if heading:
            level, text_ = len(heading[1]), heading[2]
            if level == 1 and not title:
                title = text_
                continue
            kind = _classify(text_)
            parent = sections[-1]
            if level >= 3 and parent.kind in ("data", "endpoints", "features") and \
                    kind in ("", parent.kind, "overview"):
                parent.lines.append((number, line))  # a model or group inside its section
                continue
            sections.append(_Section(text_, kind))
            continue
        sections[-1].lines.append((number, line))
    spec_id = str(front.get("id") or "")
    if not _SPEC_ID.fullmatch(spec_id):
        found = _SPEC_ID.search(title) or _SPEC_ID.search(spec_id)
        spec_id = found[0] if found else folder_id or (f"SPEC-{spec_id}" if spec_id else "")
    req = design.requirements
    req.spec_id = spec_id
    shown = re.sub(r"^\s*SPEC-[A-Za-z0-9_-]+\s*[:：-]?\s*", "", title).strip()
    req.name = name or str(front.get("title") or "") or shown or spec_id or "Imported SPEC"
    reader = Reader(design, report)
    for section in sections:
        reader.section(section)
    reader.finish()
    return design, report
