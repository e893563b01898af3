"""An env example that sets up a developer's checkout, served on this machine, and picks an
embedded engine (benchmarks/detect_heldout6.yaml, #19), as a small fixture of the real files'
shape: a workspace's NestJS backend over Knex with a driver for each engine, its engine chosen
by a variable with no default; the root `.env.example` reaches the app at
`HD_BASE_URL=http://localhost:8080` and sets the type to sqlite with a file beside the
checkout, while the deployment's Compose file (docker/docker-compose.yml) runs postgres. The
example is a local stand-in, as one setting `APP_ENV=local` is: the Compose file's server is
the deployed engine (HELDOUT.md: a Compose database outranks development)."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import package_json, write

from designer.model.stack import FindingKind as K

MAIN = (
    "import { NestFactory } from '@nestjs/core';\nimport { AppModule } from './app.module';\n\n"
    "async function bootstrap() {\n  const app = await NestFactory.create(AppModule);\n"
    "  await app.listen(3000);\n}\nbootstrap();\n"
)

CONFIG = (
    "export function getKnexConfig(databaseConfig: DatabaseConfig): Knex.Config {\n"
    "  switch (databaseConfig.type) {\n"
    "    case DatabaseType.SQLITE:\n"
    "      return { client: 'better-sqlite3', connection: { filename: databaseConfig.name } };\n"
    "    case DatabaseType.POSTGRES:\n"
    "      return { client: 'pg', connection: { host: databaseConfig.host } };\n"
    "    case DatabaseType.MARIADB:\n"
    "      return { client: 'mysql2', connection: { host: databaseConfig.host } };\n"
    "  }\n}\n"
)

COMPOSE = (
    "services:\n  backend:\n    image: example/backend:develop\n    volumes:\n"
    "      - ./.env:/usr/src/app/backend/.env\n"
    "  db:\n    image: postgres:15\n    environment:\n"
    '      POSTGRES_USER: "${HD_DATABASE_USERNAME}"\n'
)


def env_example(base_url: str, engine: str, name: str) -> str:
    return (
        "# This example just lists all available environment variables.\n\n"
        f"HD_BASE_URL={base_url}\nHD_SESSION_SECRET=change_me\n\n"
        f"# Database settings\nHD_DATABASE_TYPE={engine}\nHD_DATABASE_NAME={name}\n"
        "#HD_DATABASE_TYPE=postgres # could be mariadb as well\n#HD_DATABASE_HOST=localhost\n"
    )


def tree(example: str) -> dict[str, str]:
    return {
        "package.json": package_json({}, workspaces=["backend", "frontend"]),
        "backend/package.json": package_json(
            {
                "@nestjs/core": "10.4.22",
                "better-sqlite3": "12.6.2",
                "knex": "3.1.0",
                "mysql2": "3.18.2",
                "pg": "8.23.0",
            },
            {"jest": "29.7.0"},
            name="backend",
        ),
        "backend/src/main.ts": MAIN,
        "backend/src/config/database.config.ts": CONFIG,
        "docker/docker-compose.yml": COMPOSE,
        ".env.example": example,
    }


def test_an_embedded_engine_of_a_local_checkout_yields_to_the_compose_server(
    tmp_path: Path,
) -> None:
    example = env_example("http://localhost:8080", "sqlite", "./app.sqlite")
    backend = by_folder(write(tmp_path, tree(example)))["backend"]
    assert first(backend, K.DATABASE)[0] == "PostgreSQL"


def test_an_embedded_engine_of_a_deployed_address_keeps_its_rank(tmp_path: Path) -> None:
    # The example describes a deployment (its public address): its engine is the operator's.
    example = env_example("https://md.example.com", "sqlite", "./app.sqlite")
    backend = by_folder(write(tmp_path, tree(example)))["backend"]
    assert first(backend, K.DATABASE)[0] == "SQLite"


def test_a_server_engine_of_a_local_checkout_keeps_its_rank(tmp_path: Path) -> None:
    # A server engine a local example names is the one deployments run as well.
    example = env_example("http://localhost:8080", "mariadb", "app")
    backend = by_folder(write(tmp_path, tree(example)))["backend"]
    assert first(backend, K.DATABASE)[0] == "MariaDB"
