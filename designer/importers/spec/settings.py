"""`key: value` lines any section may hold: stack, base URL, database, cache, errors,
health, commands, environment variables.
"""

from __future__ import annotations

import re

from designer.importers.spec.state import State
from designer.importers.spec.words import _ENDPOINT, _ENGINES, _KEY_VALUE, _LANGUAGES, _words
from designer.model.api import ErrorFormat
from designer.model.data import Database
from designer.model.operations import EnvVar


class SettingsReader(State):
    """Reads stack and setting lines wherever they are written."""

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
