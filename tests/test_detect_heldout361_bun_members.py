"""Held-out set 361 (#19): a Bun workspace whose apps pin different releases of one package
(an admin app on next 15.3.9, hoisted, beside a web app on 15.5.18): bun.lock keeps the
member's own release under `"<member name>/next"`, and that is the member's version."""

from __future__ import annotations

from designer.detect.locks import lookup, parse_lock

_LOCK = """{
  "lockfileVersion": 1,
  "workspaces": {
    "": {
      "name": "suite",
    },
    "apps/admin": {
      "name": "admin",
      "dependencies": {
        "next": "15.3.9",
      },
    },
    "apps/web": {
      "name": "@suite/web",
      "dependencies": {
        "next": "15.5.18",
      },
    },
  },
  "packages": {
    "next": ["next@15.3.9", "", {}, "sha512-a"],

    "@suite/web/next": ["next@15.5.18", "", {}, "sha512-b"],

    "some-lib/next": ["next@16.0.10", "", {}, "sha512-c"],
  }
}
"""


def test_member_release_under_its_name() -> None:
    parsed = parse_lock("bun.lock", _LOCK)
    assert parsed is not None
    web = lookup("bun.lock", parsed, {"next": "15.5.18"}, "apps/web")
    assert web["next"].version == "15.5.18"
    assert web["next"].evidence.text.startswith('"@suite/web/next"')


def test_hoisted_release_for_other_members() -> None:
    parsed = parse_lock("bun.lock", _LOCK)
    assert parsed is not None
    assert lookup("bun.lock", parsed, {"next": "15.3.9"}, "apps/admin")["next"].version == "15.3.9"
    # A nested copy under a package that is no workspace member stays no one's release.
    assert lookup("bun.lock", parsed, {"next": "*"})["next"].version == "15.3.9"
