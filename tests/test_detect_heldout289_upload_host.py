"""Held-out set 289 (#19): a self-hosted file-sharing server. Express renders its viewer pages
with Pug and keeps its users and file index in JSON files, with no data layer a catalogue
knows; but it takes uploads through a multipart parser and puts them in an S3 bucket (or on
disk) itself. It keeps the files it is sent, data of its own: a backend, not the server of a
UI, whatever its pages."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import package_json, write

from designer.model.stack import FindingKind as K

_APP = (
    "import express from 'express';\nimport uploadRouter from './routers/upload';\n"
    "const app = express();\napp.set('view engine', 'pug');\n"
    "app.use('/', uploadRouter);\napp.listen(40115);\n"
)

_STORAGE = (
    "import aws from 'aws-sdk';\nimport fs from 'fs-extra';\nconst s3 = new aws.S3();\n"
    "export function save(file: any) {\n"
    "  return s3.putObject({ Bucket: 'b', Key: file.id, Body: fs.createReadStream(file.path) })"
    ".promise();\n}\n"
)


def _files(deps: dict[str, str], storage: str) -> dict[str, str]:
    return {
        "package.json": package_json(deps, scripts={"start": "node dist/ass.js"}),
        "tsconfig.json": '{"compilerOptions": {"outDir": "./dist"}}\n',
        "src/ass.ts": _APP,
        "src/routers/upload.ts": (
            "import express from 'express';\nimport bb from 'express-busboy';\n"
            "import { save } from '../storage';\nconst router = express.Router();\n"
            "bb.extend(router, { upload: true });\n"
            "router.post('/', (req: any, res) => save(req.file).then(() => res.send('ok')));\n"
            "export default router;\n"
        ),
        "src/storage.ts": storage,
        "views/view.pug": "html\n  body\n    img(src=url)\n",
    }


_DEPS = {"express": "^4.18.2", "express-busboy": "^10.1.0", "aws-sdk": "^2.1467.0",
         "pug": "^3.0.2", "fs-extra": "^11.1.1"}


def test_a_page_rendering_server_keeping_uploads_is_a_backend(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _files(_DEPS, _STORAGE)))["."]
    assert first(backend, K.FRAMEWORK)[0] == "Express"
    assert first(backend, K.DATABASE) == ("", "")


def test_a_page_rendering_server_relaying_uploads_is_a_ui(tmp_path: Path) -> None:
    """The same pages, the upload forwarded to the product's API: the server of a UI."""
    relay = (
        "import axios from 'axios';\n"
        "export function save(file: any) {\n  return axios.post('http://api/files', file);\n}\n"
    )
    deps = {k: v for k, v in _DEPS.items() if k != "aws-sdk"} | {"axios": "^1.6.0"}
    assert "." not in by_folder(write(tmp_path, _files(deps, relay)))
