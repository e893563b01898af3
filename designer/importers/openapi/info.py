"""`info` and `servers`: name, description, designer's conventions list, base path, servers."""

from __future__ import annotations

import re
from typing import Any

from designer.export.openapi import LOCALE_EXTENSION
from designer.importers.openapi.state import (
    CONVENTIONS,
    PAGING,
    RATE,
    VERSION_SEGMENT,
    State,
    as_dict,
    as_list,
)
from designer.model.api import ErrorFormat, Pagination, RateLimit, RateLimitScope


class InfoReader(State):
    """Reads the title, description, conventions and servers."""

    def _info(self, info: dict[str, Any], name: str | None) -> None:
        req = self.design.requirements
        title = str(info.get("title") or "")
        req.name = name or ("" if title == "Untitled API" else title) or "Imported API"
        locale = info.get(LOCALE_EXTENSION)
        if isinstance(locale, str):
            # The locale decides the examples designer writes: read it, never guess it.
            req.locale = locale.strip()
        text = str(info.get("description") or "")
        head, found, conventions = text.partition(CONVENTIONS)
        if not found and text.startswith(CONVENTIONS.rstrip()):
            head, conventions, found = "", text[len(CONVENTIONS):], CONVENTIONS
        if found:
            self.conventions = True
            req.description = head.rstrip("\n")
            self._read_conventions(conventions)
        else:
            req.description = text.strip()
            self.design.api.base_path = self._guess_base_path()

    def _read_conventions(self, text: str) -> None:
        api = self.design.api
        for line in text.splitlines():
            if line.startswith("- Base path: `") and line.endswith("`"):
                api.base_path = line[len("- Base path: `"):-1]
            elif line.startswith("- Errors: RFC 9457"):
                api.error_format = ErrorFormat.PROBLEM_JSON
            elif match := PAGING.match(line):
                if match[1] in {p.value for p in Pagination}:
                    api.pagination = Pagination(match[1])
                api.max_page_size = max(1, int(match[3]))
                api.page_size = max(1, int(match[2]))
            elif match := RATE.match(line):
                scope = match[3].replace(" ", "_")
                api.rate_limit = RateLimit(
                    requests=max(1, int(match[1])), window_seconds=max(1, int(match[2])),
                    scope=RateLimitScope(scope) if scope in {s.value for s in RateLimitScope}
                    else RateLimitScope.IP,
                )
            elif line.startswith("- Idempotency:"):
                api.idempotency = True
        if "- Pagination:" not in text:
            api.pagination = Pagination.NONE

    def _guess_base_path(self) -> str:
        """A foreign description's base path: the path of its first server URL, else the
        leading `api` / `v1` segments every path shares."""
        for server in as_list(self.doc.get("servers")):
            url = str(as_dict(server).get("url", ""))
            path = re.sub(r"^[a-z][a-z0-9+.-]*://[^/]*", "", url, flags=re.I).rstrip("/")
            if path and "{" not in path:
                self.server_prefix = path
                return path
        paths = [p.split("/")[1:] for p in as_dict(self.doc.get("paths"))]
        prefix: list[str] = []
        while paths and all(len(p) > len(prefix) + 1 for p in paths):
            segment = paths[0][len(prefix)]
            if not VERSION_SEGMENT.match(segment) or any(p[len(prefix)] != segment
                                                          for p in paths):
                break
            prefix.append(segment)
        return "/" + "/".join(prefix)

    def _servers(self) -> None:
        api = self.design.api
        for index, server in enumerate(as_list(self.doc.get("servers"))):
            url = str(as_dict(server).get("url", ""))
            if as_dict(server).get("variables"):
                self.report.note(f"servers[{index}]", "server variables are not kept; the URL "
                                 "is kept as written")
            if url == "/" and as_dict(server).get("description") == \
                    "The host that serves this document.":
                continue
            if not self.conventions and getattr(self, "server_prefix", ""):
                url = url.rstrip("/")
                if url.endswith(self.server_prefix):
                    url = url[: len(url) - len(self.server_prefix)]
            if url and url not in api.servers:
                api.servers.append(url)
