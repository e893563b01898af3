"""Python: the DynamoDB table a layered service opens past the walk's quota (set 302, #19).

A FastAPI service declares boto3 (no service named in the manifest) and lays its code out in
layers: many shallow routers, models and utilities fill the walk's quota, and the audit service
that asks `boto3.resource("dynamodb")` for its table, three folders down, was never read; the
service had no engine. Now its own modules are read again (`py_boto_tables`). Counter-cases: a
service with a data layer of its own keeps it, and one only using S3 gets no engine."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_AUDIT = (
    "import os\n\nimport boto3\n\n\nclass AuditDB:\n    def client(self):\n"
    "        return boto3.resource(\n            'dynamodb',\n"
    "            region_name=os.getenv('AWS_REGION'),\n        )\n\n\n"
    "def put_item(item):\n"
    "    AuditDB().client().Table(os.getenv('AUDIT_TABLE')).put_item(Item=item)\n"
)
_S3 = "import boto3\n\n\ndef s3():\n    return boto3.client('s3')\n"


def _service(pipfile_extra: str = "", audit: str = _AUDIT) -> dict[str, str]:
    files = {
        "Pipfile": '[packages]\nfastapi = "==0.115.0"\nuvicorn = "*"\nboto3 = "*"\n'
        + pipfile_extra,
        "src/main.py": "from fastapi import FastAPI\n\napp = FastAPI()\n",
        "src/services/audit_service.py": audit,
        "src/services/s3_service.py": _S3,
    }
    # Shallow modules enough to spend the walk's quota of ordinary sources.
    for layer in ("handlers", "models", "routers", "utils"):
        for index in range(10):
            files[f"src/{layer}/part_{index}.py"] = f"VALUE_{index} = {index}\n"
    return files


def test_a_deep_dynamodb_table_names_the_engine(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _service()))
    assert first(found["."], K.FRAMEWORK)[0] == "FastAPI"
    assert first(found["."], K.DATABASE)[0] == "DynamoDB"


def test_a_data_layer_of_its_own_stays(tmp_path: Path) -> None:
    # Counter-case: the table is a side store beside the service's SQL database.
    found = by_folder(write(tmp_path, _service('sqlalchemy = "*"\npsycopg2 = "*"\n')))
    assert first(found["."], K.DATABASE)[0] == "PostgreSQL"


def test_s3_alone_names_no_engine(tmp_path: Path) -> None:
    # Counter-case: documents in S3 are no database.
    found = by_folder(write(tmp_path, _service(audit=_S3)))
    assert first(found["."], K.DATABASE)[0] == ""
