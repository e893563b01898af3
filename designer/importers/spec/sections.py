"""A SPEC cut into sections by its headings, each classified by the words it contains.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")

_SECTIONS: list[tuple[str, tuple[str, ...]]] = [
    ("nfr", ("non-functional", "nonfunctional", "nfr", "비기능", "성능", "performance",
             "quality attributes")),
    ("endpoints", ("endpoint", "엔드포인트", "api", "routes", "라우트")),
    ("data", ("data model", "데이터 모델", "데이터모델", "entities", "엔티티", "schema",
              "스키마", "database design", "데이터베이스 설계", "models")),
    ("middleware", ("middleware", "미들웨어")),
    ("auth", ("auth", "인증", "인가", "security", "보안")),
    ("integrations", ("integration", "연동", "통합", "외부", "third-party", "external")),
    ("compliance", ("compliance", "컴플라이언스", "규정", "규제", "regulation")),
    ("testing", ("test", "테스트")),
    ("operations", ("operation", "운영", "deploy", "배포", "infrastructure", "인프라")),
    ("stack", ("stack", "스택", "framework", "프레임워크", "technology", "기술")),
    ("features", ("feature", "기능", "requirement", "요구사항", "user stor", "사용자 스토리",
                  "스토리", "use case", "유스케이스")),
    ("overview", ("overview", "개요", "summary", "요약", "purpose", "목적", "background",
                  "배경", "introduction", "소개")),
]


@dataclass
class _Section:
    title: str
    kind: str
    lines: list[tuple[int, str]] = field(default_factory=list)


def _classify(title: str) -> str:
    lower = title.lower()
    for kind, words in _SECTIONS:
        if any(w in lower for w in words):
            return kind
    return ""


def _front_matter(text: str) -> tuple[dict[str, str], list[tuple[int, str]]]:
    lines = text.splitlines()
    numbered = list(enumerate(lines, 1))
    if not lines or lines[0].strip() != "---":
        return {}, numbered
    out: dict[str, str] = {}
    for index in range(1, len(lines)):
        if lines[index].strip() == "---":
            return out, numbered[index + 1:]
        key, colon, value = lines[index].partition(":")
        if colon:
            out[key.strip().lower()] = value.strip().strip("'\"")
    return {}, numbered
