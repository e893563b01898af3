"""Node: a Redis hash whose key names a cache is no store of the service's records (set 191,
#19).

An Express search API declares the OpenSearch client and keeps its documents in an index; a
Valkey client beside it remembers, in a hash keyed `'app:contentLengthCache'`, the lengths of
media files it looked up. The hash is a cache: OpenSearch stays the engine. A hash of another
name (the service's records) keeps Redis the engine, as set 42 settled."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import package_json, write

from designer.model.stack import FindingKind as K

_APP = """import express from 'express';
import { Client } from '@opensearch-project/opensearch';
import { getValkeyClient } from './ValKey';

const app = express();
const search = new Client({ node: process.env.OPENSEARCH_URL });

app.get('/api/query', async (req, res) => {
  res.json(await search.search({ index: 'entries', body: req.body }));
});

app.get('/api/content-length', async (req, res) => {
  const valkey = getValkeyClient();
  await valkey.hset(KEY, { [req.query.url]: '1024' });
  res.send('1024');
});

app.listen(8000);
"""


def _server(key: str) -> dict[str, str]:
    return {
        "server/package.json": package_json(
            {
                "express": "5.2",
                "@opensearch-project/opensearch": "3.6",
                "@valkey/valkey-glide": "2.3",
            },
            {"typescript": "6.0"},
            main="app.js",
        ),
        "server/app.ts": _APP.replace("KEY", key),
        "server/ValKey.ts": "import { GlideClient } from '@valkey/valkey-glide';\n",
    }


def test_a_hash_named_as_a_cache_leaves_the_search_engine(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _server("'app:contentLengthCache'")))["server"]
    assert first(backend, K.FRAMEWORK)[0] == "Express"
    assert first(backend, K.DATABASE)[0] == "OpenSearch"


def test_a_hash_of_records_keeps_redis(tmp_path: Path) -> None:
    # Counter-case: the same hash holding the service's uploads.
    backend = by_folder(write(tmp_path, _server("'app:uploads'")))["server"]
    assert first(backend, K.DATABASE)[0] == "Redis"
