"""Auth methods, test levels and tools; operations and stack sections (their
`key: value` lines are read by `settings`).
"""

from __future__ import annotations

import re

from designer.importers.spec.state import State
from designer.importers.spec.words import _KEY_VALUE, _LEVELS, _number, _words
from designer.model.auth import AuthMethod


class PlatformReader(State):
    """Reads auth, testing, operations and stack sections."""

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
