"""Gaps the 385th held-out set showed (benchmarks/detect_heldout385.yaml), each as a small
fixture of the real files' shape (#19): Typesense's Go client names a search engine as
Elasticsearch's does, and the projects a product generates for its users, kept as templates in
its server's package, are no backends (`node_project_templates`)."""

from __future__ import annotations

import json
from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import go_mod, package_json, write

from designer.model.stack import FindingKind as K

GIN_MAIN = """\
package main

import "github.com/gin-gonic/gin"

func main() {
	r := gin.Default()
	r.GET("/search", func(c *gin.Context) { c.JSON(200, nil) })
	r.Run()
}
"""
TYPESENSE_CLIENT = """\
package search

import "github.com/typesense/typesense-go/v3/typesense"

func New(url, key string) *typesense.Client {
	return typesense.NewClient(typesense.WithServer(url), typesense.WithAPIKey(key))
}
"""


def test_typesense_client_names_the_search_engine(tmp_path: Path) -> None:
    files = {
        "go.mod": go_mod(
            "github.com/gin-gonic/gin v1.10.1", "github.com/typesense/typesense-go/v3 v3.2.0"
        ),
        "cmd/api/main.go": GIN_MAIN,
        "internal/search/client.go": TYPESENSE_CLIENT,
    }
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, K.DATABASE)[0] == "Typesense"


def test_typesense_beside_postgres_is_the_index(tmp_path: Path) -> None:
    files = {
        "go.mod": go_mod(
            "github.com/gin-gonic/gin v1.10.1",
            "github.com/jackc/pgx/v5 v5.5.0",
            "github.com/typesense/typesense-go/v3 v3.2.0",
        ),
        "cmd/api/main.go": GIN_MAIN,
        "internal/search/client.go": TYPESENSE_CLIENT,
    }
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, K.DATABASE)[0] == "PostgreSQL"


KOA_SERVER = """\
const Koa = require('koa')
const app = new Koa()
app.use(async (ctx) => { ctx.body = 'ok' })
app.listen(5000)
"""
GENERATOR = """\
const path = require('path')
const fs = require('fs-extra')

const STATIC_URL = path.join(__dirname, '../project-template/')

async function generate (target, framework) {
    const sourcePath = STATIC_URL + framework + '/project-init-code'
    await fs.copy(sourcePath, target)
}

module.exports = { generate }
"""
TEMPLATE_SERVER = """\
const Koa = require('koa')
const Router = require('koa-router')

const app = new Koa()
const router = new Router()
router.get('/api/data', async (ctx) => { ctx.body = [] })
app.use(router.routes())
app.listen(process.env.PORT || 5000)
"""


def _product() -> dict[str, str]:
    return {
        "package.json": package_json(
            {"fs-extra": "^10.0.0", "koa": "^2.13.0"}, scripts={"start": "node lib/server/app.js"}
        ),
        "lib/server/app.js": KOA_SERVER,
        "lib/server/model/project-code.js": GENERATOR,
        "lib/server/project-template/vue2/project-init-code/package.json": json.dumps(
            {
                "name": "generated-spa",
                "version": "1.0.0",
                "scripts": {"start": "node lib/server/app.js"},
                "dependencies": {"koa": "^2.13.0", "koa-router": "^10.0.0"},
            },
            indent=2,
        ),
        "lib/server/project-template/vue2/project-init-code/lib/server/app.js": TEMPLATE_SERVER,
    }


def test_generated_project_template_is_no_backend(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _product()))
    assert "." in found
    assert "lib/server/project-template/vue2/project-init-code" not in found


def test_templates_folder_nothing_names_stays(tmp_path: Path) -> None:
    files = {
        **_product(),
        "lib/server/model/project-code.js": "module.exports = {}\n",
    }
    found = by_folder(write(tmp_path, files))
    assert "lib/server/project-template/vue2/project-init-code" in found
