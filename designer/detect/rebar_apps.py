"""The OTP applications of a rebar3 release, built from folders of their own.

A release's `rebar.config` builds every application under `apps/` and `lib/` (rebar3's
`project_app_dirs`), some of which carry a rebar.config of their own (for their own
dependencies or options). They are compiled, released and started together: one service, the
release's, whichever of them starts the HTTP listener. Their manifests and code belong to the
release's folder, so that no application of the release is reported as a backend of its own.
"""

from __future__ import annotations

import posixpath

from designer.detect.signals import ManifestResult

_APP_DIRS = frozenset({"apps", "lib"})
"""rebar3's default `project_app_dirs` (besides the release's own folder)."""


def owners(parsed: list[tuple[str, str, ManifestResult]]) -> dict[str, str]:
    """Manifest path → the release folder whose `apps/<name>/rebar.config` it is."""
    configs = {path for path, eco, _ in parsed if eco == "erlang"}
    found: dict[str, str] = {}
    for path in sorted(configs):
        app = posixpath.dirname(path)
        holder = posixpath.dirname(app)
        if posixpath.basename(holder) not in _APP_DIRS:
            continue
        release = posixpath.dirname(holder)
        if posixpath.join(release, "rebar.config") in configs or (
            not release and "rebar.config" in configs
        ):
            found[path] = release or "."
    return found
