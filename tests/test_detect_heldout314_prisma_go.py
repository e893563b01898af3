"""Held-out set 314 (#19): a Gin server whose data layer is Prisma's Go client. go.mod requires
`github.com/steebchen/prisma-client-go`, `prisma/schema.prisma` names the datasource's provider
and a generator running the Go client, and the code imports the generated `db` package and the
client's runtime. Prisma is its data layer, on the engine the schema's provider names; a Go
module beside a schema.prisma it does not generate a client from takes no engine from it."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_MAIN = """package main

import (
\t"github.com/gin-gonic/gin"
\t"estate/backend/prisma/db"
)

func main() {
\tclient := db.NewClient()
\tif err := client.Prisma.Connect(); err != nil {
\t\tpanic(err)
\t}
\tr := gin.Default()
\tr.Run(":3001")
}
"""

_SERVICE = """package services

import (
\t"context"

\t"github.com/steebchen/prisma-client-go/engine/protocol"
\t"estate/backend/prisma/db"
)

func Properties(client *db.PrismaClient) ([]db.PropertyModel, error) {
\t_ = protocol.GQLResponse{}
\treturn client.Property.FindMany().Exec(context.Background())
}
"""

_SCHEMA = """datasource db {
    provider = "{provider}"
    url      = env("DATABASE_URL")
}

generator db {
    provider = "{generator}"
}

model Property {
    id   String @id @default(uuid())
    name String
}
"""


def _server(require: bool, generator: str, provider: str = "postgres") -> dict[str, str]:
    requires = "\tgithub.com/steebchen/prisma-client-go v0.41.0\n" if require else ""
    return {
        "go.mod": "module estate/backend\n\ngo 1.22.3\n\nrequire (\n"
        f"\tgithub.com/gin-gonic/gin v1.10.0\n{requires})\n",
        "main.go": _MAIN,
        "services/property.go": _SERVICE if require else "package services\n",
        "prisma/schema.prisma": _SCHEMA.replace("{provider}", provider).replace(
            "{generator}", generator
        ),
    }


def test_prisma_go_client_is_the_data_layer_on_the_schema_engine(tmp_path: Path) -> None:
    files = _server(require=True, generator="go run github.com/steebchen/prisma-client-go")
    server = by_folder(write(tmp_path, files))["."]
    assert first(server, K.ORM)[0] == "Prisma"
    assert first(server, K.DATABASE)[0] == "PostgreSQL"


def test_prisma_go_client_engine_follows_provider(tmp_path: Path) -> None:
    files = _server(
        require=True, generator="go run github.com/steebchen/prisma-client-go", provider="mysql"
    )
    server = by_folder(write(tmp_path, files))["."]
    assert first(server, K.DATABASE)[0] == "MySQL"


def test_go_module_beside_a_node_prisma_schema_takes_no_engine(tmp_path: Path) -> None:
    files = _server(require=False, generator="prisma-client-js")
    server = by_folder(write(tmp_path, files))["."]
    assert first(server, K.ORM) == ("", "")
    assert first(server, K.DATABASE) == ("", "")
