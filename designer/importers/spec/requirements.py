"""The requirements stage: overview, features and user stories, NFR targets,
integrations, compliance.
"""

from __future__ import annotations

import re

from designer.importers.spec.sections import _HEADING
from designer.importers.spec.state import State
from designer.importers.spec.words import (
    _COMPLIANCE,
    _ITEM,
    _KEY_VALUE,
    _number,
    _split_once,
    _words,
)
from designer.model.requirements import Feature, Integration, IntegrationKind


class RequirementsReader(State):
    """Reads the sections of the requirements stage."""

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

    def _compliance(self, line: str) -> bool:
        found = False
        for item, words in _COMPLIANCE:
            if _words(line, *words):
                found = True
                if item not in self.design.requirements.compliance:
                    self.design.requirements.compliance.append(item)
        return found
