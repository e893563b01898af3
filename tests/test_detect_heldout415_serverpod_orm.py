"""Serverpod's ORM, as set 415 showed it (benchmarks/detect_heldout415.yaml, #19): a Serverpod
server package whose code reaches the table classes the generator writes through their `db`
accessor (`Document.db.insertRow(session, document)`), over the PostgreSQL Serverpod runs on."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_PUBSPEC = (
    "name: app_server\ndescription: A Serverpod server.\nenvironment:\n  sdk: ^3.5.0\n"
    "dependencies:\n  serverpod: 2.9.0\ndev_dependencies:\n  test: ^1.25.0\n"
)
_SERVER = (
    "import 'package:serverpod/serverpod.dart';\nimport 'src/generated/protocol.dart';\n"
    "import 'src/generated/endpoints.dart';\n\nvoid run(List<String> args) async {\n"
    "  final pod = Serverpod(args, Protocol(), Endpoints());\n  await pod.start();\n}\n"
)
_FETCHER = (
    "import 'package:serverpod/serverpod.dart';\nimport '../generated/protocol.dart';\n\n"
    "Future<void> store(Session session, RAGDocument document) async {\n"
    "  final existing = await RAGDocument.db.findFirstRow(\n    session,\n"
    "    where: (t) => t.sourceUrl.equals(document.sourceUrl),\n  );\n"
    "  if (existing == null) {\n    await RAGDocument.db.insertRow(session, document);\n  }\n}\n"
)


def _tree(fetcher: str = _FETCHER) -> dict[str, str]:
    return {
        "app_server/pubspec.yaml": _PUBSPEC,
        "app_server/bin/main.dart": "import 'package:app_server/server.dart';\n\n"
        "void main(List<String> args) => run(args);\n",
        "app_server/lib/server.dart": _SERVER,
        "app_server/lib/src/business/data_fetcher.dart": fetcher,
        "app_server/config/production.yaml": "database:\n  host: db\n  port: 5432\n"
        "  name: app\n  user: postgres\n",
    }


def test_generated_tables_reached_through_db_are_serverpods_orm(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _tree()))["app_server"]
    assert first(backend, K.FRAMEWORK) == ("Serverpod", "2.9.0")
    assert first(backend, K.ORM)[0] == "Serverpod ORM"


def test_a_lowercase_db_handle_is_no_serverpod_orm(tmp_path: Path) -> None:
    # Counter-case: an instance's own `db` field (`this.db.insert(…)`) is no generated table.
    plain = "Future<void> store(dynamic repo) async {\n  await repo.db.insert({'a': 1});\n}\n"
    backend = by_folder(write(tmp_path, _tree(plain)))["app_server"]
    assert first(backend, K.ORM) == ("", "")
