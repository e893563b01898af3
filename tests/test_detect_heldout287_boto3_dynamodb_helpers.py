"""Held-out set 287 (#19): boto3's DynamoDB helpers imported by a service's own code name
DynamoDB as its engine.

The shape: a FastAPI application depends on boto3 (the manifest names no AWS service); a
storage service asks a factory of its own for the client (`get_aws_client("dynamodb")`) and
marshals items with `from boto3.dynamodb.types import TypeSerializer, TypeDeserializer` before
`put_item`/`get_item`. The direct `boto3.client("dynamodb")` rule cannot see through the
factory; the helpers' import names DynamoDB. Counter-case: the same service without that import
(the factory called for S3 only) has no engine.
"""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_PYPROJECT = """[project]
name = "bot"
version = "0.1.0"
requires-python = ">=3.12"
dependencies = [
    "boto3>=1.42.54",
    "fastapi>=0.128.0",
    "uvicorn>=0.40.0",
]
"""

_MAIN = """from fastapi import FastAPI

app = FastAPI()


@app.post("/hook/{hook_id}")
def relay(hook_id: str) -> dict:
    return {"ok": True}
"""

_FACTORY = """import boto3


def get_aws_client(service_name: str):
    return boto3.Session(region_name="ca-central-1").client(service_name)
"""

_STORAGE = """from boto3.dynamodb.types import TypeDeserializer, TypeSerializer

from app.clients import get_aws_client

_serializer = TypeSerializer()
_deserializer = TypeDeserializer()


class StorageService:
    def __init__(self) -> None:
        self._dynamodb = get_aws_client("dynamodb")

    def put(self, table: str, item: dict) -> None:
        serialized = {k: _serializer.serialize(v) for k, v in item.items()}
        self._dynamodb.put_item(TableName=table, Item=serialized)
"""

_FILES = """from app.clients import get_aws_client


def upload(key: str, body: bytes) -> None:
    get_aws_client("s3").put_object(Bucket="files", Key=key, Body=body)
"""


def _tree(storage: str) -> dict[str, str]:
    return {
        "app/pyproject.toml": _PYPROJECT,
        "app/main.py": _MAIN,
        "app/clients.py": _FACTORY,
        "app/storage/service.py": storage,
    }


def test_boto3_dynamodb_helpers_name_the_engine(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _tree(_STORAGE)))
    assert set(found) == {"app"}
    assert first(found["app"], K.DATABASE)[0] == "DynamoDB"


def test_a_factory_for_another_service_names_no_engine(tmp_path: Path) -> None:
    # Counter-case: boto3 through the factory for S3 alone is no database.
    found = by_folder(write(tmp_path, _tree(_FILES)))
    assert set(found) == {"app"}
    assert first(found["app"], K.DATABASE) == ("", "")
