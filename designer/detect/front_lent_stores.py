"""What a JVM page-rendering front's libraries lend it that is no data of its own.

A server-rendered front over the product's API (Thymeleaf pages, `jvm_pages`) may share a
platform library with that API and the product's workers: one module holding the cache, the
message queue and the storage clients every application of the build configures. What the
library lends the front is then weighed as the front's (`nonservices.ui_only`). Two of its
findings are no store the front writes its data to (HELDOUT.md: sessions and caches are no
data of its own, and a queue is no store):

- a message broker's client: the front publishes events (page views, a tracking feed) that
  another program of the product consumes and keeps;
- a Redis client the library opens in its cache code (a file or package named for the cache:
  `cache/config/RedisCacheConfiguration.kt`): the cache behind Spring's `@Cacheable`.

A Redis client elsewhere in the library (Spring Data Redis repositories keeping records) and
every data layer, engine or migration tool it lends still count.
"""

from __future__ import annotations

import posixpath
import re

from designer.detect.signals import Signal
from designer.model.stack import FindingKind

ECOSYSTEM = "jvm"

_CACHE_PART = re.compile(r"cach(?:e|ing)", re.IGNORECASE)
"""A folder, package or file named for a cache (`cache/`, `RedisCacheConfiguration`,
`CachingConfig`)."""


def ui_state(signal: Signal) -> bool:
    """Whether a finding a library lends a page-rendering front is a queue or a cache: a
    broker's client, or a Redis client opened in the library's cache code."""
    if signal.kind is FindingKind.BROKER:
        return True
    if signal.kind is not FindingKind.DATABASE or signal.name != "Redis":
        return False
    parts = posixpath.normpath(signal.evidence.path).split("/")
    return any(_CACHE_PART.search(part) for part in parts)
