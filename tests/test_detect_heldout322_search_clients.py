"""Held-out set 322 (#19): a NestJS API moved its index from Elasticsearch to OpenSearch and
keeps both clients in its package.json: its search service, module, controllers and indexing
job import `@opensearch-project/opensearch`, while `@elastic/elasticsearch` is imported only by
the script copying the old cluster's documents across. The engine is the one the code is
written to, whichever it is: not the first name of a tie.
"""

from __future__ import annotations

import json
from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_OS = "@opensearch-project/opensearch"
_ES = "@elastic/elasticsearch"


def _files(main: str, old: str) -> dict[str, str]:
    """A NestJS API whose modules import the `main` client and whose one migration script
    imports both."""
    manifest = {
        "name": "api",
        "private": True,
        "scripts": {"start": "node dist/main", "test": "vitest run"},
        "dependencies": {
            "@nestjs/common": "^10.4.17",
            "@nestjs/core": "^10.4.17",
            "@nestjs/platform-express": "^10.4.17",
            _ES: "7.17.14",
            _OS: "^3.5.1",
        },
        "devDependencies": {"vitest": "^1.6.0"},
    }
    client = f"import {{ Client }} from '{main}'\n"
    return {
        "package.json": json.dumps(manifest),
        "src/main.ts": (
            "import { NestFactory } from '@nestjs/core'\n"
            "import { AppModule } from './AppModule'\n\n"
            "async function bootstrap() {\n  const app = await NestFactory.create(AppModule)\n"
            "  await app.listen(8080)\n}\nvoid bootstrap()\n"
        ),
        "src/AppModule.ts": "import { Module } from '@nestjs/common'\n\n"
        "@Module({})\nexport class AppModule {}\n",
        "src/shared/search/SearchModule.ts": client + "export const make = () => new Client({})\n",
        "src/shared/search/SearchService.ts": client + "export class SearchService {}\n",
        "src/shared/search/SearchConfig.ts": (
            f"import {{ ClientOptions }} from '{main}'\n"
            "export const options: ClientOptions = {}\n"
        ),
        "src/api/studies/SearchController.ts": (
            f"import {{ errors }} from '{main}'\nexport const notFound = errors\n"
        ),
        "src/api/studies/GetOneController.ts": (
            f"import {{ errors }} from '{main}'\nexport const missing = errors\n"
        ),
        "src/etl/EtlService.ts": f"import {{ errors }} from '{main}'\nexport const e = errors\n",
        "src/etl/migrate.ts": (
            f"import {{ Client as OldClient }} from '{old}'\n"
            f"import {{ Client as NewClient }} from '{main}'\n"
            "export const clients = [OldClient, NewClient]\n"
        ),
    }


def test_the_client_the_code_imports_names_the_engine(tmp_path: Path) -> None:
    api = by_folder(write(tmp_path, _files(_OS, _ES)))["."]
    assert first(api, K.DATABASE)[0] == "OpenSearch"


def test_the_other_way_round_too(tmp_path: Path) -> None:
    api = by_folder(write(tmp_path, _files(_ES, _OS)))["."]
    assert first(api, K.DATABASE)[0] == "Elasticsearch"
