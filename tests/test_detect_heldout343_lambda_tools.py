"""Serverless shapes set 343 showed (benchmarks/detect_heldout343.yaml), each as a small
fixture of the real files' shape (#19): an AWS Chalice API over MongoDB's pymodm, a backend
where a container also serves it and a Lambda where nothing does; and a Laravel application
deployed only through Bref's serverless.yml, a Lambda."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

PIPFILE = """\
[packages]
chalice = "==1.26.6"
pymongo = {extras = ["tls"]}
pymodm = "==0.4.3"
boto3 = "*"

[requires]
python_version = "3.9"
"""
CHALICE_MAIN = """\
from chalice import Chalice
from pymodm.connection import connect


class CustomChalice(Chalice):
    pass


app = CustomChalice(app_name="forms-api")
connect(os.environ["MONGO_CONN_STR"])


@app.route("/forms")
def list_forms():
    return []
"""
MODELS = """\
from pymodm import MongoModel, fields


class Form(MongoModel):
    name = fields.CharField()
"""
# A one-off maintenance script from the days the data lived in DynamoDB.
OLD_TOOL = """\
import boto3
from boto3.dynamodb.conditions import Key

table = boto3.resource("dynamodb").Table("forms")
"""
CHALICE_CONFIG = '{"version": "2.0", "app_name": "forms-api", "stages": {"prod": {}}}\n'
WSGI = "from chalice.local import LocalGateway\nfrom chalicelib.main import app\n"
SERVED = """\
FROM python:3.9-slim
COPY lambda/requirements.txt ./requirements.txt
RUN pip install -r requirements.txt gunicorn chalice
COPY lambda/ ./lambda/
CMD ["gunicorn", "--bind", "0.0.0.0:8000", "lambda.wsgi:app"]
"""


def _chalice(served: bool) -> dict[str, str]:
    files = {
        "package.json": '{"name": "forms-ui", "dependencies": {"react": "^16"}}\n',
        "lambda/Pipfile": PIPFILE,
        "lambda/app.py": "from chalicelib.main import *\n",
        "lambda/chalicelib/__init__.py": "",
        "lambda/chalicelib/main.py": CHALICE_MAIN,
        "lambda/chalicelib/models.py": MODELS,
        "lambda/tools/old_export.py": OLD_TOOL,
        "lambda/.chalice/config.json": CHALICE_CONFIG,
        "lambda/wsgi.py": WSGI,
        "docker-compose.yml": "services:\n  mongo:\n    image: mongo\n",
    }
    if served:
        files["Dockerfile"] = SERVED
    return files


def test_chalice_app_a_container_serves_is_a_backend(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _chalice(served=True)))
    assert set(found) == {"lambda"}
    backend = found["lambda"]
    assert first(backend, K.FRAMEWORK)[0] == "Chalice"
    assert first(backend, K.ORM)[0] == "pymodm"
    # pymodm talks to MongoDB alone: an old script's DynamoDB table is no rival.
    assert first(backend, K.DATABASE)[0] == "MongoDB"


def test_chalice_app_deployed_only_by_chalice_is_a_lambda(tmp_path: Path) -> None:
    assert by_folder(write(tmp_path, _chalice(served=False))) == {}


COMPOSER = """\
{
    "name": "example/reader",
    "type": "project",
    "require": {
        "php": "^8.3",
        "bref/bref": "^3.0",
        "bref/laravel-bridge": "^3.0",
        "laravel/framework": "^11.0"
    },
    "require-dev": {"pestphp/pest": "^3.0"}
}
"""
SERVERLESS = """\
service: reader
provider:
    name: aws
    environment:
        DB_CONNECTION: mysql
functions:
    web:
        handler: Bref\\LaravelBridge\\Http\\OctaneHandler
        runtime: php-83
        events:
            - httpApi: '*'
plugins:
    - ./vendor/bref/bref
"""
INDEX = """\
<?php
use Illuminate\\Foundation\\Application;
use Illuminate\\Http\\Request;
$app = require_once __DIR__.'/../bootstrap/app.php';
$app->handleRequest(Request::capture());
"""
ARTISAN = "#!/usr/bin/env php\n<?php\nuse Illuminate\\Foundation\\Application;\n"
ROUTES = "<?php\nuse Illuminate\\Support\\Facades\\Route;\nRoute::get('/', fn () => 'ok');\n"


def _laravel(**extra: str) -> dict[str, str]:
    return {
        "composer.json": COMPOSER,
        "serverless.yml": SERVERLESS,
        "artisan": ARTISAN,
        "public/index.php": INDEX,
        "routes/web.php": ROUTES,
        **extra,
    }


def test_laravel_app_deployed_only_through_bref_is_a_lambda(tmp_path: Path) -> None:
    # A Compose file running only a database and Bref's local Lambda stand-in hosts nothing.
    compose = (
        "services:\n  web:\n    image: bref/php-83-fpm-dev\n"
        "  mysql:\n    image: mysql:8.0\n"
    )
    assert by_folder(write(tmp_path, _laravel(**{"docker-compose.yml": compose}))) == {}


def test_bref_app_also_served_by_a_container_is_a_backend(tmp_path: Path) -> None:
    dockerfile = "FROM php:8.3-fpm\nCOPY . /var/www/html\n"
    found = by_folder(write(tmp_path, _laravel(Dockerfile=dockerfile)))
    assert set(found) == {"."}
    assert first(found["."], K.FRAMEWORK)[0] == "Laravel"
