"""Held-out set 292 (#19): a development Compose file's database mounting the API's folder.

A monorepo's development Compose file builds only the conversion service (a Flask wrapper,
its Dockerfile its only manifest) and runs a PostGIS server whose volumes mount the NestJS
API's import and export folders: the API, run by hand beside it, owns that database. The
lone built folder does not take it. A database mounting nothing of the tree is still the
built folder's.
"""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_PACKAGE = """{
  "name": "api",
  "dependencies": {"@nestjs/core": "^11.1.12", "@nestjs/typeorm": "^11.0.0",
                   "typeorm": "^0.3.28", "pg": "^8.17.2"}
}
"""

_DOCKERFILE = """FROM example/csv2bufr
RUN pip3 install --no-cache-dir flask
WORKDIR /app
COPY server.py .
EXPOSE 5001
CMD ["python3", "server.py"]
"""

_SERVER = """from flask import Flask, request

app = Flask(__name__)


@app.route("/transform", methods=["POST"])
def transform():
    return request.data


if __name__ == "__main__":
    app.run(host="0.0.0.0", port=5001)
"""


def _compose(mounted: bool) -> str:
    volumes = (
        "    volumes:\n      - ./back-end/api/temp/imports:/var/lib/postgresql/imports\n"
        if mounted
        else ""
    )
    return (
        "services:\n  dev_db:\n    image: postgis/postgis:17-3.5\n"
        f"{volumes}"
        "  csv2bufr:\n    build:\n      context: ./back-end/csv2bufr\n"
        "      dockerfile: Dockerfile\n    ports:\n      - \"5001:5001\"\n"
    )


def _files(mounted: bool) -> dict[str, str]:
    return {
        "docker-compose.dev.yaml": _compose(mounted),
        "back-end/api/package.json": _PACKAGE,
        "back-end/api/src/main.ts": (
            "import { NestFactory } from '@nestjs/core';\n"
            "const app = await NestFactory.create(AppModule);\n"
        ),
        "back-end/csv2bufr/Dockerfile": _DOCKERFILE,
        "back-end/csv2bufr/server.py": _SERVER,
    }


def test_database_mounting_the_api_is_not_the_built_service(tmp_path: Path) -> None:
    backends = by_folder(write(tmp_path, _files(mounted=True)))
    assert first(backends["back-end/csv2bufr"], K.DATABASE) == ("", "")
    assert first(backends["back-end/api"], K.DATABASE)[0] == "PostgreSQL"


def test_database_mounting_nothing_stays_the_built_service(tmp_path: Path) -> None:
    backends = by_folder(write(tmp_path, _files(mounted=False)))
    assert first(backends["back-end/csv2bufr"], K.DATABASE)[0] == "PostgreSQL"
