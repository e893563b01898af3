"""The release a pnpm lock's resolution value names.

pnpm writes what a dependency resolves to (an importer's `fastify: 4.11.0`, a v6+ importer's
`version:` line, an entry's `dependencies:` line) as the shortest form of its dependency path:

- the release alone, with v5's peer suffix (`4.8.0_prisma@4.8.0`, `2.4.0_srxu27r7jelw`) or
  v6's and v9's (`1.3.0(react@18.3.1)`);
- the path from the registry's root when the name differs (an `npm:` alias: v5's
  `/string-width/4.2.3` and `/@scope/name/1.0.0`, v6's `/string-width@4.2.3`, v9's
  `string-width@4.2.3`);
- the path with the registry's host when the package came from a registry other than the
  configured one (v5's `registry.npmjs.org/fastify/4.11.0`, a port written
  `localhost+4873/name/1.0.0`; v6's `host/name@1.0.0`);
- a tarball's URL (v5 and v6: `'@registry.npmjs.org/is-array/-/is-array-1.0.1.tgz'`; v9:
  `https://…`), a git commit (`github.com/owner/repo/<sha>`, `https://codeload…/<sha>`), a
  folder or file (`file:../pkg`) or a workspace member (`link:../pkg`).

Only the registry forms and a registry's tarball name a release; the others install no
published release at all, so they give "" (as an npm lock's link to a workspace folder does).
"""

from __future__ import annotations

from designer.detect.signals import LazyPattern

_TARBALL = LazyPattern(r"/-/[^/]*?-(\d+\.\d+[^/]*?)\.(?:tgz|tar\.gz)$")
"""A registry's tarball URL (`…/is-array/-/is-array-1.0.1.tgz`): the release it ends with."""

_COMMIT = LazyPattern(r"[0-9a-f]{40}")

_RELEASE = LazyPattern(r"\d")
"""A release begins with a digit (semver); a git ref, a tag or a path does not."""


def release(value: str) -> str:
    """`4.11.0_prisma@4.8.0`, `/@scope/name/4.8.0`, `registry.npmjs.org/fastify/4.11.0`,
    `name@1.3.0(peer@4)` → the release; "" for a link, a folder, a git commit or a URL."""
    value = value.strip().strip("'\"")
    if value.startswith(("link:", "file:", "workspace:")):
        return ""
    head = value.split("(", 1)[0]  # v6/v9 peers may hold slashes: `(@types/node@18)`
    if "://" in head or head.endswith((".tgz", ".tar.gz")):
        found = _TARBALL.search(head)
        return found.group(1) if found else ""
    last = head.rsplit("/", 1)[-1]
    if last[:1].isdigit():
        last = last.split("_", 1)[0]  # v5's peer suffix (peers' own slashes become `+`)
    elif "@" in last[1:]:
        last = last.rsplit("@", 1)[1]  # v6's `/name@1.0.0`, v9's alias `name@1.0.0`
    if _COMMIT.fullmatch(last) or not _RELEASE.match(last):
        return ""
    return last
