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
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from designer.contract.naming import pascal, singular
from designer.importers.report import Report
from designer.importers.source import guarded, read_text
from designer.model import Design
from designer.model.api import (
    Endpoint,
    EndpointAuth,
    ErrorFormat,
    Method,
    RateLimit,
    RateLimitScope,
    Resource,
    Schema,
    SchemaField,
    SchemaRef,
)
from designer.model.auth import AuthMethod
from designer.model.data import Database, Engine, Entity, Field
from designer.model.operations import EnvVar
from designer.model.requirements import Compliance, Feature, Integration, IntegrationKind
from designer.model.testing import TestLevel

_SPEC_ID = re.compile(r"\bSPEC-[A-Za-z0-9][A-Za-z0-9_-]*")
_ENDPOINT = re.compile(r"\b(GET|POST|PUT|PATCH|DELETE)\s+(/[^\s`|,;)：]*[^\s`|,;)：:.])")
_KEY_VALUE = re.compile(r"^\s*(?:[-*+]|\d+[.)])?\s*\**([^:：*]{1,40}?)\**\s*[:：]\s*(.+)$")
_ITEM = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+(.*)$")
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

_TYPES = {
    "uuid": "uuid", "string": "string", "str": "string", "varchar": "string",
    "문자열": "string", "text": "text", "int": "integer", "integer": "integer",
    "정수": "integer", "bigint": "bigint", "long": "bigint", "decimal": "decimal",
    "numeric": "decimal", "float": "float", "double": "float", "number": "float",
    "bool": "boolean", "boolean": "boolean", "date": "date", "datetime": "datetime",
    "timestamp": "datetime", "timestamptz": "datetime", "time": "time", "email": "email",
    "url": "url", "uri": "url", "json": "json", "jsonb": "json", "binary": "binary",
    "bytes": "binary", "money": "money", "enum": "enum",
}
_ENGINES = {"postgresql": Engine.POSTGRESQL, "postgres": Engine.POSTGRESQL,
            "mysql": Engine.MYSQL, "mariadb": Engine.MARIADB, "sqlite": Engine.SQLITE,
            "mongodb": Engine.MONGODB, "dynamodb": Engine.DYNAMODB}
_LANGUAGES = {"fastapi": "Python", "django": "Python", "flask": "Python", "express": "TypeScript",
              "nestjs": "TypeScript", "fastify": "TypeScript", "koa": "JavaScript",
              "spring boot": "Java", "quarkus": "Java", "gin": "Go", "echo": "Go",
              "fiber": "Go", "laravel": "PHP", "symfony": "PHP", "asp.net core": "C#",
              "axum": "Rust", "rocket": "Rust", "rails": "Ruby"}
_COMPLIANCE = [
    (Compliance.GDPR, ("gdpr",)), (Compliance.HIPAA, ("hipaa",)),
    (Compliance.SOC2, ("soc 2", "soc2")), (Compliance.PCI_DSS, ("pci",)),
    (Compliance.PIPA, ("pipa", "개인정보보호법", "개인정보 보호법")),
    (Compliance.ECOMMERCE_ACT, ("전자상거래법", "e-commerce act", "ecommerce act")),
]
_LEVELS = [(TestLevel.UNIT, ("unit", "단위")), (TestLevel.INTEGRATION, ("integration", "통합")),
           (TestLevel.E2E, ("e2e", "end-to-end", "엔드투엔드")),
           (TestLevel.CONTRACT, ("contract", "계약")), (TestLevel.LOAD, ("load", "부하"))]


@dataclass
class _Section:
    title: str
    kind: str
    lines: list[tuple[int, str]] = field(default_factory=list)


def import_file(path: Path, name: str | None = None) -> tuple[Design, Report]:
    """The design the SPEC at `path` states, and what could not be represented."""
    text = read_text(path, "a SPEC markdown file")
    folder = path.resolve().parent.name
    return guarded(path, "the SPEC", lambda: import_text(
        text, name, folder if _SPEC_ID.fullmatch(folder) else ""))


def _classify(title: str) -> str:
    lower = title.lower()
    for kind, words in _SECTIONS:
        if any(w in lower for w in words):
            return kind
    return ""


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
    reader = _Reader(design, report)
    for section in sections:
        reader.section(section)
    reader.finish()
    return design, report


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


def _words(text: str, *words: str) -> bool:
    lower = text.lower()
    return any(w in lower for w in words)


def _number(text: str) -> float | None:
    match = re.search(r"([0-9][0-9,]*(?:\.[0-9]+)?)", text)
    return float(match[1].replace(",", "")) if match else None


class _Reader:
    def __init__(self, design: Design, report: Report) -> None:
        self.design = design
        self.report = report
        self.resources: dict[str, Resource] = {}
        self.last: Endpoint | None = None
        self.entity: Entity | None = None
        self.base_set = False

    def section(self, section: _Section) -> None:
        handler = getattr(self, f"_{section.kind}", None) if section.kind else None
        lines = [(n, line) for n, line in section.lines if line.strip()]
        if handler is None:
            if lines:
                self.report.note(f"section {section.title!r}", "not a section designer reads; "
                                 "left out")
            return
        self.entity = None
        self.last = None
        for number, line in lines:
            if not handler(line) and not self._anywhere(line):
                self.report.note(f"line {number}", f"not understood: {line.strip()[:80]}")

    # ----- lines any section may hold ---------------------------------------------------

    def _anywhere(self, line: str) -> bool:
        """Stack and setting lines (`프레임워크: FastAPI`) wherever they are written."""
        match = _KEY_VALUE.match(line)
        if not match:
            return False
        key, value = match[1].strip().lower(), match[2].strip()
        d = self.design
        if _words(key, "framework", "프레임워크") and not _words(value, "pytest", "jest",
                                                                "junit", "vitest", "mocha"):
            head = re.split(r"\s*\(", value, maxsplit=1)[0].strip()
            d.stack.framework = head
            inner = re.search(r"\(([^)]*)\)", value)
            language = _LANGUAGES.get(head.lower(), "")
            if inner:
                parts = inner[1].split()
                if parts and not parts[0][0].isdigit():
                    language = parts[0]
                    if len(parts) > 1 and parts[1][0].isdigit():
                        d.stack.language_version = parts[1]
            d.stack.language = language or d.stack.language
            return True
        if _words(key, "base url", "기본 url", "base path", "기본 경로"):
            d.api.base_path = "/" + value.split()[0].strip("`").strip("/")
            self.base_set = True
            return True
        if _words(key, "server", "서버") and not _words(key, "url"):
            d.stack.server = re.split(r"\s*\(", value, maxsplit=1)[0]
            return True
        if _words(key, "database", "데이터베이스", "db"):
            return self._database(value)
        if key == "orm":
            d.data.orm = value
            return True
        if _words(key, "migration tool", "마이그레이션 도구") or (
                _words(key, "migration", "마이그레이션") and not _words(value, "upgrade",
                                                                      "migrate ", "run")):
            d.data.migration_tool = value
            return True
        if _words(key, "migration", "마이그레이션"):
            d.operations.migrate_command = re.split(r"\s+\(", value, maxsplit=1)[0]
            return True
        if _words(key, "pool", "연결 풀", "커넥션 풀"):
            match_ = re.search(r"(\d+)\s*[-~–]\s*(\d+)", value)
            if match_:
                d.data.pool.min_size, d.data.pool.max_size = int(match_[1]), int(match_[2])
                return True
            return False
        if _words(key, "cache", "캐시"):
            d.stack.cache = value
            return True
        if _words(key, "error", "오류 형식", "에러 형식"):
            if _words(value, "9457", "problem"):
                d.api.error_format = ErrorFormat.PROBLEM_JSON
            return True
        if _words(key, "health", "헬스"):
            found = _ENDPOINT.search(value)
            d.operations.health_path = found[2] if found else value.split()[0]
            return True
        if _words(key, "start", "시작 명령", "실행 명령", "command"):
            d.operations.start_command = value.strip("`")
            return True
        if _words(key, "env", "환경 변수", "환경변수"):
            for name in re.findall(r"\b[A-Z][A-Z0-9_]{2,}\b", value):
                if name not in [e.name for e in d.operations.env]:
                    d.operations.env.append(EnvVar(name=name))
            return True
        if _words(key, "cors"):
            return self._middleware(f"CORS {value}")
        return False

    def _database(self, value: str) -> bool:
        match = re.match(r"\s*([A-Za-z]+)\s*([0-9][0-9.]*)?", value)
        engine = _ENGINES.get(match[1].lower()) if match else None
        if engine is None:
            return False
        databases = self.design.data.databases
        if not any(db.engine is engine for db in databases):
            databases.append(Database(name="main" if not databases else engine.value,
                                      engine=engine, version=match[2] or ""))
        return True

    # ----- sections ---------------------------------------------------------------------

    def _overview(self, line: str) -> bool:
        if _ITEM.match(line) or _KEY_VALUE.match(line):
            return False
        req = self.design.requirements
        req.description = (req.description + " " + line.strip()).strip()
        return True

    def _features(self, line: str) -> bool:
        heading = _HEADING.match(line)
        item = _ITEM.match(line)
        if heading:
            return True  # a group heading inside the section
        if not item:
            return self._overview(line) if not _KEY_VALUE.match(line) else False
        text = re.sub(r"^\[[ xX]\]\s*", "", item[1]).strip()
        text = re.sub(r"^(FR|REQ|US)[-_ ]?\d+[.:)]?\s*", "", text)
        name, story = _split_once(text)
        if not story:
            name, story = text[:60], text
        self.design.requirements.features.append(Feature(name=name.strip("* "),
                                                         story=story.strip()))
        return True

    def _endpoints(self, line: str) -> bool:
        found = _ENDPOINT.search(line)
        stripped = line.strip().lstrip("-*+ ").strip()
        if found and stripped.startswith(found[0]):
            self._endpoint(found[1], found[2], line[found.end():])
            return True
        if self.last is not None and re.match(r"(?i)\s*(요청|request|body|요청 본문)\s*[:：]",
                                              stripped):
            self.last.request = self._body(stripped, "Request")
            return True
        if self.last is not None and re.match(r"(?i)\s*(응답|response)\s*[:：]", stripped):
            self.last.response = self._body(stripped, "Response")
            return True
        if self.last is not None and re.match(r"(?i)\s*(헤더|headers?)\s*[:：]", stripped):
            self.last.auth = EndpointAuth.REQUIRED
            return True
        return _HEADING.match(line) is not None

    def _endpoint(self, method: str, path: str, rest: str) -> None:
        api = self.design.api
        base = api.base_path.rstrip("/")
        if base and (path == base or path.startswith(base + "/")):
            path = path[len(base):] or "/"
        elif not self.base_set:
            # The first endpoint's `/api/v1` or `/v2` prefix is the base path of them all.
            prefix = re.match(r"^(/api)?(/v\d+)(?=/)", path) or re.match(r"^/api(?=/)", path)
            if prefix:
                api.base_path = prefix[0]
                path = path[len(prefix[0]):]
        self.base_set = True
        summary = re.sub(r"^\s*[—–:-]+\s*", "", rest).strip()
        auth = EndpointAuth.REQUIRED
        if _words(summary, "공개", "public", "no auth", "인증 없음", "인증 불필요"):
            auth = EndpointAuth.NONE
        summary = re.sub(r"\s*\((공개|public|인증 필요|auth required|인증 없음)\)\s*$", "",
                         summary, flags=re.I)
        noun = next((s for s in path.split("/") if s and "{" not in s), "root")
        resource = self.resources.get(noun)
        if resource is None:
            resource = Resource(name=noun)
            self.resources[noun] = resource
            api.resources.append(resource)
        endpoint = Endpoint(method=Method(method), path=path, summary=summary, auth=auth)
        resource.endpoints.append(endpoint)
        self.last = endpoint

    def _body(self, text: str, suffix: str) -> SchemaRef | None:
        names = re.findall(r"[A-Za-z_][A-Za-z0-9_]*", text.partition("{")[2].partition("}")[0])
        if not names or self.last is None:
            return None
        base = pascal(f"{self.last.path} {suffix}") or suffix
        if self.last.method is Method.GET and suffix == "Response":
            last = singular(pascal(next((s for s in reversed(self.last.path.split("/"))
                                         if s and "{" not in s), "")))
            base = last or base
        schemas = self.design.api.schemas
        name, n = base, 2
        while any(s.name == name for s in schemas):
            name, n = f"{base}{n}", n + 1
        fields = [SchemaField(name=f, type=_field_type(f)) for f in dict.fromkeys(names)]
        schemas.append(Schema(name=name, fields=fields))
        return SchemaRef(name=name)

    def _data(self, line: str) -> bool:
        heading = _HEADING.match(line)
        stripped = line.strip()
        if heading:
            self._start_entity(heading[2])
            return True
        if stripped.startswith("|"):
            return self._table_row(stripped)
        item = _ITEM.match(line)
        if item:
            text = item[1].strip()
            named = re.match(r"\**([A-Za-z][A-Za-z0-9_]*)\**\s*[:：]\s*(.+)$", text)
            if named and "," in named[2] and (self.entity is None or named[1][0].isupper()):
                self._start_entity(named[1])
                for part in _split_fields(named[2]):
                    self._field_text(part)
                return True
            if self.entity is not None:
                return self._field_text(text)
        if line[:1].isspace() and self.entity is not None and not item:
            # The list of fields goes on, on an indented line.
            parts = _split_fields(stripped.rstrip(","))
            return all(self._field_text(p) for p in parts)
        bold = re.fullmatch(r"\*\*([A-Za-z][A-Za-z0-9_ ]*)\*\*:?", stripped)
        if bold:
            self._start_entity(bold[1])
            return True
        return False

    def _start_entity(self, title: str) -> None:
        name = pascal(re.sub(r"\(.*?\)", "", title).replace("`", "")) or title.strip()
        entity = self.design.data.entity(name)
        if entity is None:
            entity = Entity(name=name)
            self.design.data.entities.append(entity)
        self.entity = entity

    def _table_row(self, row: str) -> bool:
        cells = [c.strip().strip("`") for c in row.strip("|").split("|")]
        if self.entity is None or not cells or set("".join(cells)) <= set("-: "):
            return True
        if len(cells) > 1 and cells[1].lower() in ("type", "타입", "자료형", "형식", "데이터 타입"):
            return True  # the header row
        kind = cells[1] if len(cells) > 1 else "string"
        notes = " ".join(cells[2:])
        return self._field_text(f"{cells[0]} ({kind}{', ' + notes if notes else ''})")

    def _field_text(self, text: str) -> bool:
        """`email (email, unique)`, `name: string(100)`, `user_id → User`."""
        entity = self.entity
        if entity is None:
            return False
        match = re.match(r"\**`?([A-Za-z_][A-Za-z0-9_]*)`?\**\s*(?:[:(]\s*(.*?)\)?)?\s*$",
                         text.strip())
        if not match:
            return False
        name, notes = match[1], (match[2] or "")
        field = Field(name=name, type=_field_type(name))
        words = _split_fields(notes.replace(";", ","))
        for word in words:
            lower = word.lower()
            typed = re.fullmatch(r"([a-z가-힣]+)\s*(?:\((\d+)(?:\s*,\s*(\d+))?\))?", lower)
            if typed and typed[1] in _TYPES:
                field.type = _TYPES[typed[1]]
                if typed[2] and field.type == "string":
                    field.max_length = int(typed[2])
                elif typed[2] and field.type == "decimal":
                    field.precision = int(typed[2])
                    field.scale = int(typed[3]) if typed[3] else 0
            elif lower in ("pk", "primary key", "기본키", "기본 키"):
                field.primary_key = True
            elif lower in ("unique", "유니크", "고유"):
                field.unique = True
            elif lower in ("nullable", "optional", "null", "선택"):
                field.nullable = True
            elif lower in ("not null", "required", "필수"):
                field.nullable = False
            elif ref := re.match(r"(?:fk|references|참조)\s*(?:→|->|:)?\s*([A-Za-z_]\w*)",
                                 word, re.I):
                field.references = ref[1]
            else:
                self.report.note(f"{entity.name}.{name}", f"`{word}` is not a type or "
                                 "constraint designer knows; left out")
        if entity.field(name) is None:
            entity.fields.append(field)
        return True

    def _auth(self, line: str) -> bool:
        methods = self.design.auth.methods
        found = False
        for words, method in ((("jwt", "bearer", "토큰"), AuthMethod.JWT),
                              (("oauth", "oidc", "소셜 로그인"), AuthMethod.OAUTH2),
                              (("session", "세션"), AuthMethod.SESSION),
                              (("api key", "api-key", "api 키"), AuthMethod.API_KEY),
                              (("mtls", "mutual tls"), AuthMethod.MTLS),
                              (("saml",), AuthMethod.SAML)):
            if _words(line, *words):
                found = True
                if method not in methods:
                    methods.append(method)
        if _words(line, "refresh", "리프레시"):
            self.design.auth.jwt.refresh_ttl_days = self.design.auth.jwt.refresh_ttl_days or 14
        return found

    def _middleware(self, line: str) -> bool:
        api = self.design.api
        if _words(line, "cors"):
            for origin in re.findall(r"https?://[^\s,)]+", line):
                if origin not in api.cors_origins:
                    api.cors_origins.append(origin)
            return True
        if _words(line, "rate limit", "속도 제한", "레이트 리밋", "rate-limit"):
            amount = re.search(r"(\d+)\s*(?:요청|requests?|req)", line, re.I) or \
                re.search(r"(\d+)", line)
            window = 60 if _words(line, "분", "minute", "/min") else \
                3600 if _words(line, "시간", "hour") else 1 if _words(line, "초", "second",
                                                                     "/s") else 60
            scope = RateLimitScope.USER if _words(line, "user", "사용자") else \
                RateLimitScope.API_KEY if _words(line, "api key", "키당") else RateLimitScope.IP
            if amount:
                api.rate_limit = RateLimit(requests=int(amount[1]), window_seconds=window,
                                           scope=scope)
                return True
            return False
        if _words(line, "jwt", "auth", "인증"):
            return self._auth(line)
        if _words(line, "error", "오류", "에러"):
            if _words(line, "9457", "problem"):
                api.error_format = ErrorFormat.PROBLEM_JSON
            return True
        if _words(line, "idempotency", "멱등"):
            api.idempotency = True
            return True
        return False

    def _integrations(self, line: str) -> bool:
        item = _ITEM.match(line)
        if not item:
            return False
        name, description = _split_once(item[1].strip())
        kind = IntegrationKind.EXTERNAL_API
        text = item[1].lower()
        for words, found in ((("결제", "payment", "pay", "stripe", "toss"),
                              IntegrationKind.PAYMENT),
                             (("이메일", "email", "sms", "알림", "notification", "kakao",
                               "push", "sendgrid"), IntegrationKind.NOTIFICATION),
                             (("s3", "storage", "스토리지"), IntegrationKind.STORAGE),
                             (("webhook", "웹훅"), IntegrationKind.WEBHOOK_IN),
                             (("oauth", "로그인", "login"), IntegrationKind.AUTH_PROVIDER)):
            if any(w in text for w in words):
                kind = found
                break
        self.design.requirements.integrations.append(
            Integration(name=name.strip("* "), kind=kind, description=description.strip()))
        return True

    def _nfr(self, line: str) -> bool:
        nfr = self.design.requirements.nfr
        value = _number(re.sub(r"(?i)\bp(50|90|95|99|999)\b", "", line))
        if value is None:
            return False
        if _words(line, "p95", "p99", "latency", "응답 시간", "응답시간", "지연"):
            nfr.p95_latency_ms = int(value * (1000 if re.search(r"\d\s*s\b|초", line)
                                              and "ms" not in line.lower() else 1))
        elif _words(line, "rps", "req/s", "처리량", "throughput", "tps"):
            nfr.peak_rps = int(value)
        elif _words(line, "availability", "가용성", "uptime"):
            nfr.availability = value
        elif _words(line, "error rate", "오류율", "에러율"):
            nfr.error_rate = value
        elif _words(line, "concurrent", "동시"):
            nfr.concurrent_users = int(value)
        elif _words(line, "users", "사용자", "회원"):
            nfr.expected_users = int(value)
        elif _words(line, "query", "쿼리"):
            nfr.db_query_ms = int(value)
        elif _words(line, "gb", "tb", "data volume", "데이터 용량"):
            nfr.data_volume_gb = value * (1000 if _words(line, "tb") else 1)
        else:
            return False
        return True

    def _compliance(self, line: str) -> bool:
        found = False
        for item, words in _COMPLIANCE:
            if _words(line, *words):
                found = True
                if item not in self.design.requirements.compliance:
                    self.design.requirements.compliance.append(item)
        return found

    def _testing(self, line: str) -> bool:
        testing = self.design.testing
        match = _KEY_VALUE.match(line)
        value = match[2] if match else line
        key = match[1].lower() if match else ""
        if _words(key, "framework", "프레임워크", "tool", "도구"):
            testing.tools = [t.strip() for t in re.split(r"\s*[+,]\s*", value) if t.strip()]
            self.design.stack.test_framework = testing.tools[0] if testing.tools else ""
            return True
        if _words(line, "coverage", "커버리지"):
            number = _number(line)
            if number is not None:
                testing.coverage_target = min(100, int(number))
                return True
        levels = [level for level, words in _LEVELS if _words(value, *words)]
        for level in levels:
            if level not in testing.levels:
                testing.levels.append(level)
        return bool(levels)

    def _operations(self, line: str) -> bool:
        return False  # every operations line is a `key: value` line (`_anywhere`)

    def _stack(self, line: str) -> bool:
        return False  # likewise

    def _bodies(self) -> None:
        """A body whose fields are all fields of the entity it is named after is that entity
        (its read or create shape), not a schema of its own."""
        design = self.design
        used: set[str] = set()
        for _, endpoint in design.api.endpoints():
            for attr in ("request", "response"):
                ref = getattr(endpoint, attr)
                schema = next((s for s in design.api.schemas if ref and s.name == ref.name),
                              None)
                entity = design.data.entity(ref.name) if ref is not None else None
                if schema is None or entity is None:
                    if ref is not None:
                        used.add(ref.name)
                    continue
                if all(entity.field(f.name) is not None for f in schema.fields):
                    variant = "create" if attr == "request" else "read"
                    setattr(endpoint, attr, SchemaRef(name=entity.name, variant=variant))
                else:
                    schema.name = f"{schema.name}{attr.title()}"
                    setattr(endpoint, attr, SchemaRef(name=schema.name))
                    used.add(schema.name)
        design.api.schemas = [s for s in design.api.schemas if s.name in used]

    def finish(self) -> None:
        design = self.design
        if design.api.resources and design.api.style is None:
            from designer.model.api import ApiStyle

            design.api.style = ApiStyle.REST
        keys = {e.name for e in design.data.entities}
        self._bodies()
        for resource in design.api.resources:
            entity = pascal(singular(resource.name))
            if entity in keys:
                resource.entity = entity
        for entity in design.data.entities:
            for field_ in entity.fields:
                if field_.references and design.data.entity(field_.references) is None:
                    self.report.note(f"{entity.name}.{field_.name}", f"references "
                                     f"{field_.references}, which the SPEC does not model")
        if design.auth.methods:
            for _, endpoint in design.api.endpoints():
                if endpoint.path.startswith("/auth/") and endpoint.auth is EndpointAuth.REQUIRED \
                        and endpoint.summary and _words(endpoint.summary, "login", "로그인"):
                    endpoint.auth = EndpointAuth.NONE


def _split_once(text: str) -> tuple[str, str]:
    """`name: text`, `name — text` or `name - text` → (name, text); (text, "") otherwise."""
    parts = re.split(r"\s*(?:[:：—–]| - )\s*", text, maxsplit=1)
    return (parts[0], parts[1]) if len(parts) == 2 else (text, "")


def _split_fields(text: str) -> list[str]:
    """`id (uuid, PK), email (unique)` → the two parts, commas inside parentheses kept."""
    out, depth, current = [], 0, ""
    for char in text:
        depth += char == "("
        depth -= char == ")"
        if char == "," and depth == 0:
            out.append(current.strip())
            current = ""
        else:
            current += char
    if current.strip():
        out.append(current.strip())
    return out


def _field_type(name: str) -> str:
    """A type guessed from a field name when the SPEC gives none (`email`, `*_id`, `*_at`)."""
    lower = name.lower()
    if lower == "id" or lower.endswith("_id"):
        return "uuid"
    if "email" in lower:
        return "email"
    if lower.endswith("_at"):
        return "datetime"
    if lower.startswith(("is_", "has_")):
        return "boolean"
    if lower.endswith(("_count", "_in")) or lower in ("count", "total"):
        return "integer"
    return "string"
