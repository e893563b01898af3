"""Node: the driver most modules are typed against names the engine (set 108, #19).

A Fastify API declares `postgres` (postgres.js) and the AWS SDK v3's `@aws-sdk/lib-dynamodb`.
One factory opens the PostgreSQL connection; every query module takes it typed as
`postgres.Sql` (`import type postgres from "postgres"`) and runs its tagged templates over it,
while two gateways write an audit table to DynamoDB. Ranked as kinds the two engines tie and
the alphabetical declaration picked DynamoDB. The driver census (`node_driver_census`) counts
a module typed against a driver's connection for its engine, and is no longer skipped because
the `test` script's runner is marked primary (a runner chooses no store). A driver the code
only types against and never opens is chosen by no census, and a census DynamoDB leads stands."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_PACKAGE = (
    '{\n  "name": "cases-api",\n  "scripts": {\n    "start": "node dist/index.js",\n'
    '    "test": "jest"\n  },\n  "devDependencies": {\n    "jest": "^30.0.0"\n  },\n'
    '  "dependencies": {\n    "@aws-sdk/lib-dynamodb": "^3.600.0",\n'
    '    "fastify": "^5.0.0",\n    "postgres": "^3.4.0"\n  }\n}\n'
)

_FACTORY = 'import postgres from "postgres"\n\nexport default () => postgres(process.env.DB_URL)\n'

_QUERY = (
    'import type postgres from "postgres"\nimport type { Row } from "postgres"\n\n'
    "export default (sql: postgres.Sql, id: number): postgres.PendingQuery<Row[]> =>\n"
    "  sql`SELECT * FROM cases WHERE id = ${id}`\n"
)

_GATEWAY = (
    'import { DynamoDBDocumentClient, PutCommand } from "@aws-sdk/lib-dynamodb"\n\n'
    "export const put = (client: DynamoDBDocumentClient, item: object) =>\n"
    '  client.send(new PutCommand({ TableName: "audit", Item: item }))\n'
)


def _api(queries: int, gateways: int, factory: bool = True) -> dict[str, str]:
    files = {
        "package.json": _PACKAGE,
        "src/index.ts": 'import Fastify from "fastify"\n\nconst app = Fastify()\n'
        "app.get(\"/cases\", async () => [])\napp.listen({ port: 3000 })\n",
        "src/index.test.ts": 'test("starts", () => expect(1).toBe(1))\n',
    }
    if factory:
        files["src/db/postgresFactory.ts"] = _FACTORY
    files.update({f"src/db/cases/query{i}.ts": _QUERY for i in range(queries)})
    files.update({f"src/dynamo/gateway{i}.ts": _GATEWAY for i in range(gateways)})
    return files


def _census(found: dict, folder: str = ".") -> list[str]:
    """The evidence texts of the driver census's choice."""
    return [
        e.text
        for f in found[folder].findings
        for e in f.evidence
        if e.text.startswith("imported by")
    ]


def test_modules_typed_against_the_driver_name_its_engine(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _api(queries=6, gateways=2)))
    assert first(found["."], K.FRAMEWORK)[0] == "Fastify"
    assert first(found["."], K.TEST)[0] == "Jest"
    assert first(found["."], K.DATABASE)[0] == "PostgreSQL"
    names = {f.name for f in found["."].findings if f.kind is K.DATABASE}
    assert "DynamoDB" in names  # the audit table stays, secondary


def test_the_side_store_most_modules_write_still_leads(tmp_path: Path) -> None:
    # Counter-case: DynamoDB's importers outnumber the PostgreSQL modules, typed ones included.
    found = by_folder(write(tmp_path, _api(queries=1, gateways=6)))
    assert first(found["."], K.DATABASE)[0] == "DynamoDB"


def test_a_driver_only_typed_against_is_chosen_by_no_census(tmp_path: Path) -> None:
    # Counter-case: no module opens postgres.js (only its types are used): the census chooses
    # nothing, and the ranking by kinds stands.
    found = by_folder(write(tmp_path, _api(queries=6, gateways=1, factory=False)))
    assert _census(found) == []
