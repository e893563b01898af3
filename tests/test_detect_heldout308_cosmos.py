"""A FastAPI service on Azure Cosmos DB, from set 308 (benchmarks/detect_heldout308.yaml), as a
small fixture of the real files' shape (#19): a requirements list pinning FastAPI and the
Cosmos DB client, whose app reads and upserts its containers' items through it."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_REQUIREMENTS = "fastapi==0.115.5\nazure-cosmos==4.9.0\nazure-identity==1.19.0\nuvicorn==0.32.1\n"
_MAIN = (
    "import os\nfrom fastapi import FastAPI\nfrom azure.cosmos.aio import CosmosClient\n\n"
    "app = FastAPI(title='engine')\n\n\n@app.get('/spaces')\nasync def spaces():\n"
    "    async with CosmosClient(os.environ['COSMOS_URL'], os.environ['COSMOS_KEY']) as c:\n"
    "        container = c.get_database_client('ipam').get_container_client('ipam-ctr')\n"
    "        return [i async for i in container.query_items('SELECT * FROM c')]\n"
)


def test_a_service_on_the_cosmos_client_names_it_and_azure_cosmos_db(tmp_path: Path) -> None:
    """The client is the data layer, Azure Cosmos DB the engine."""
    found = by_folder(
        write(tmp_path, {"engine/requirements.txt": _REQUIREMENTS, "engine/app/main.py": _MAIN})
    )
    assert first(found["engine"], K.FRAMEWORK)[0] == "FastAPI"
    assert first(found["engine"], K.QUERY)[0] == "azure-cosmos"
    assert first(found["engine"], K.DATABASE)[0] == "Azure Cosmos DB"
