"""Compose files kept one per environment, each in a folder named for it
(`resources/docker/dev/docker-compose.yml`, `resources/docker/producao/docker-compose.yml`,
`docker/staging/…`).

The folder says which deployment the file describes, as a file's own name does
(`docker-compose.prod.yml`): the production one's database is the engine the application runs
on, the development one's a local stand-in (a MariaDB container beside a MySQL production
server). Such siblings are environments of one deployment, not engines offered as alternatives
(`compose_variants`).
"""

from __future__ import annotations

import posixpath

from designer.detect.signals import Scope

PRODUCTION = frozenset({"prod", "production", "producao", "produccion"})
"""Folder names of a production deployment (`producao`: Portuguese `produção`,
`produccion`: Spanish `producción`, as folders spell them without accents)."""

DEVELOPMENT = frozenset({"dev", "develop", "development", "desenvolvimento", "local"})
"""Folder names of a development setup."""

STAGING = frozenset({"staging", "stage", "hmg", "homolog", "homologacao", "qa", "uat"})
"""Folder names of a pre-production (staging, acceptance: `hmg` for Portuguese
`homologação`) deployment."""

ENVIRONMENTS = PRODUCTION | DEVELOPMENT | STAGING


def environment(path: str) -> str:
    """The environment the folder holding the Compose file at `path` is named for (its whole
    name, lower-cased: `dev/`, `Producao/`), or ""."""
    folder = posixpath.basename(posixpath.dirname(path)).lower()
    return folder if folder in ENVIRONMENTS else ""


def scope(path: str, found: Scope) -> Scope:
    """The scope of a database the Compose file at `path` runs, from the scope its file name
    gives (`found`) and the environment its folder is named for: production's is a
    deployment's, development's a fallback; a test setup stays a test's."""
    named = environment(path)
    if found is Scope.TEST or not named:
        return found
    if named in PRODUCTION:
        return min(found, Scope.DEPLOYED)
    if named in DEVELOPMENT:
        return max(found, Scope.FALLBACK)
    return found
