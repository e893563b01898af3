"""Strapi's generated SQLite default where Terraform deploys the app on a server engine, as set
412 showed it (#19): `config/database.ts` keeps create-strapi-app's
`env('DATABASE_CLIENT', 'sqlite')`, the app declares `pg`, and the Terraform beside it hands
the app's platform `DATABASE_CLIENT = "postgres"` with the RDS module's host. No Compose file
sets the client. The template's default is a fallback then; Terraform setting `sqlite`, or an
app declaring no driver of the engine Terraform names, keeps SQLite."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_heldout309_strapi_clients import _DATABASE_JS
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_TF = """\
module "beanstalk" {
  source = "./modules/beanstalk"
  cms_env = {
    HOST                = "0.0.0.0"
    DATABASE_CLIENT     = "{client}"
    DATABASE_HOST       = module.postgresql.host
    DATABASE_PORT       = module.postgresql.port
    DATABASE_SSL        = true
  }
}
"""


def _tree(client: str, driver: str = '"pg": "8.8.0"') -> dict[str, str]:
    return {
        "cms/package.json": (
            '{"name": "cms", "scripts": {"develop": "strapi develop", "start": "strapi start"},'
            ' "dependencies": {"@strapi/strapi": "4.15.0", "better-sqlite3": "8.6.0", '
            f"{driver}}}}}"
        ),
        "cms/config/database.js": _DATABASE_JS,
        "cms/src/index.js": "module.exports = { register() {}, bootstrap() {} };\n",
        "cms/Dockerfile.prod": "FROM node:18-alpine\nCOPY . .\nCMD [\"yarn\", \"start\"]\n",
        "infrastructure/base/main.tf": _TF.replace("{client}", client),
    }


def test_terraforms_client_outranks_the_default(tmp_path: Path) -> None:
    backends = by_folder(write(tmp_path, _tree("postgres")))
    assert first(backends["cms"], K.DATABASE)[0] == "PostgreSQL"


def test_terraform_setting_sqlite_keeps_it(tmp_path: Path) -> None:
    backends = by_folder(write(tmp_path, _tree("sqlite")))
    assert first(backends["cms"], K.DATABASE)[0] == "SQLite"


def test_terraform_naming_an_undeclared_engine_keeps_it(tmp_path: Path) -> None:
    backends = by_folder(write(tmp_path, _tree("mysql")))
    assert first(backends["cms"], K.DATABASE)[0] == "SQLite"
