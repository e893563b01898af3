"""A Koa site rendering its pages through `ctx.render`, Express beside it for redirects, whose
one store client is handed to a logger's Elasticsearch writer (benchmarks/detect_heldout345.yaml,
#19): a server-rendered front with no data of its own, a UI. The search client a module calls,
exports or keeps on a shared object is the program's own store: it stays a backend, and so
does the same Koa site answering JSON from an API of its own with no template."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder
from test_detect_projects import package_json, write

from designer.model.stack import FindingKind

_DEPS = {
    "@elastic/elasticsearch": "^9.4.0",
    "express": "^5.2.1",
    "h-logger2": "^1.3.3",
    "h-logger2-elastic": "^7.0.1",
    "koa": "^3.2.0",
    "koa-router": "^12.0.1",
    "ractive": "^1.4.4",
}

_STARTUP = (
    "const Logger = require('h-logger2');\n"
    "const ElasticWriter = require('h-logger2-elastic');\n"
    "const ElasticSearch = require('@elastic/elasticsearch').Client;\n"
    "let esClient;\n\n"
    "if (process.env.ELASTIC_SEARCH_URL) {\n"
    "\tesClient = new ElasticSearch({\n"
    "\t\tnode: process.env.ELASTIC_SEARCH_URL,\n"
    "\t});\n"
    "}\n\n"
    "global.logger = new Logger('site', [\n"
    "\tnew Logger.ConsoleWriter('info'),\n"
    "\tnew ElasticWriter('info', { esClient }),\n"
    "]);\n"
)

_RENDER = (
    "const Ractive = require('ractive');\n"
    "module.exports = (options) => async (ctx, next) => {\n"
    "\tctx.render = async (template, data = {}) => {\n"
    "\t\tconst Component = Ractive.extend({ template });\n"
    "\t\treturn new Component({ data }).toHTML();\n"
    "\t};\n"
    "\treturn next();\n"
    "};\n"
)

_SERVER = (
    "require('./lib/startup');\n"
    "const express = require('express');\n"
    "const Koa = require('koa');\n"
    "const KoaRouter = require('koa-router');\n"
    "const render = require('./middleware/render');\n"
    "let app = new Koa();\n"
    "let router = new KoaRouter();\n"
    "app.use(render({ views: 'src/views' }));\n"
    "router.get('/package/:name', async (ctx) => {\n"
    "\tctx.body = await ctx.render('pages/_package.html', { name: ctx.params.name });\n"
    "});\n"
    "app.use(router.routes());\n"
    "let server = express();\n"
    "server.use('/blog', (req, res) => res.redirect(301, '/'));\n"
    "server.use(app.callback());\n"
    "server.listen(process.env.PORT || 4400);\n"
)


def _site(tmp_path: Path, startup: str = _STARTUP, server: str = _SERVER) -> dict[str, object]:
    files = {
        "package.json": package_json(_DEPS),
        "src/index.js": "require('./server');\n",
        "src/server.js": server,
        "src/lib/startup.js": startup,
        "src/middleware/render/index.js": _RENDER,
    }
    return dict(by_folder(write(tmp_path, files)))


def test_a_koa_site_rendering_pages_with_a_log_index_is_a_ui(tmp_path: Path) -> None:
    assert "." not in _site(tmp_path)


def test_a_search_client_the_code_queries_is_data_of_its_own(tmp_path: Path) -> None:
    startup = _STARTUP + "exports.find = (q) => esClient.search({ index: 'packages', q });\n"
    found = _site(tmp_path, startup)
    assert "." in found
    backend = found["."]
    engines = {f.name for f in backend.findings if f.kind is FindingKind.DATABASE}  # type: ignore[attr-defined]
    assert "Elasticsearch" in engines


def test_a_search_client_kept_on_a_shared_object_stays_data(tmp_path: Path) -> None:
    startup = _STARTUP.replace("esClient = new", "global.esClient = new")
    assert "." in _site(tmp_path, startup)


def test_a_koa_api_rendering_no_template_stays_a_backend(tmp_path: Path) -> None:
    server = _SERVER.replace(
        "await ctx.render('pages/_package.html', { name: ctx.params.name })",
        "await fetchPackage(ctx.params.name)",
    )
    assert "." in _site(tmp_path, server=server)
