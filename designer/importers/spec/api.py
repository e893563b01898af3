"""Endpoints written `METHOD /path` with their request and response bodies, and the
middleware (CORS, rate limits).
"""

from __future__ import annotations

import re

from designer.contract.naming import pascal, singular
from designer.importers.spec.sections import _HEADING
from designer.importers.spec.state import State
from designer.importers.spec.words import _ENDPOINT, _field_type, _words
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


class ApiReader(State):
    """Reads endpoints, their bodies and middleware."""

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
