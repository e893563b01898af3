"""Node web applications served only as AWS Lambdas, the shape set 375 showed
(benchmarks/detect_heldout375.yaml), each as a small fixture of the real files' shape (#19): an
Express app handed to serverless-http and a NestJS app handed to @vendia/serverless-express,
each deployed by a Serverless file with an HTTP event, are Lambdas; the same app also built
into a server image is a backend."""

from __future__ import annotations

import json
from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

EXPRESS_INDEX = """\
const express = require('express')
const serverless = require('serverless-http')

const app = express()
app.get('/feed', (req, res) => res.json([]))

if (process.env.NODE_ENV === 'development') {
  app.listen(3001)
}

module.exports.handler = serverless(app)
"""

SERVERLESS = """\
service: feed-api
provider:
  name: aws
  runtime: nodejs12.x
functions:
  handler:
    handler: index.handler
    events:
      - http:
          path: /{proxy+}
          method: ANY
"""


def _express(**extra: str) -> dict[str, str]:
    package = {
        "name": "feed-api",
        "main": "index.js",
        "scripts": {"start": "serverless offline start"},
        "dependencies": {"express": "^4.17.1", "serverless-http": "^2.7.0"},
        "devDependencies": {"serverless-offline": "^6.9.0"},
    }
    return {
        "package.json": json.dumps(package),
        "index.js": EXPRESS_INDEX,
        "serverless.yml": SERVERLESS,
        **extra,
    }


def test_express_app_served_only_through_serverless_http_is_a_lambda(tmp_path: Path) -> None:
    assert by_folder(write(tmp_path, _express())) == {}


def test_express_app_a_container_also_serves_is_a_backend(tmp_path: Path) -> None:
    dockerfile = 'FROM node:14\nCOPY . .\nCMD ["node", "server.js"]\n'
    found = by_folder(write(tmp_path, _express(Dockerfile=dockerfile)))
    assert set(found) == {"."}
    assert first(found["."], K.FRAMEWORK)[0] == "Express"


def test_express_app_on_elastic_beanstalk_is_a_backend(tmp_path: Path) -> None:
    platform = {".ebextensions/node.config": "option_settings: {}\n"}
    found = by_folder(write(tmp_path, _express(**platform)))
    assert set(found) == {"."}


NEST_MAIN = """\
import { NestFactory } from '@nestjs/core';
import { AppModule } from './app.module';

async function bootstrap() {
  const app = await NestFactory.create(AppModule);
  await app.listen(3000);
}
bootstrap();
"""

NEST_LAMBDA = """\
import { NestFactory } from '@nestjs/core';
import serverlessExpress from '@vendia/serverless-express';
import { AppModule } from './app.module';

export const handler = async (event, context, callback) => {
  const app = await NestFactory.create(AppModule);
  await app.init();
  return serverlessExpress({ app: app.getHttpAdapter().getInstance() })(event, context, callback);
};
"""

NEST_MODULE = """\
import { Module } from '@nestjs/common';

@Module({})
export class AppModule {}
"""

STAGE = """\
service: lists-api
provider:
  name: aws
  runtime: nodejs18.x
functions:
  main:
    handler: ./src/api-lambda.handler
    events:
      - http:
          path: /{proxy+}
          method: any
"""

DEV_DB = "FROM mysql:8.4.8-oraclelinux9\nADD init.sql /docker-entrypoint-initdb.d/ddl.sql\n"

DEV_COMPOSE = """\
services:
  mysql:
    build:
      context: ./dockerfiles/dev-db
    ports:
      - 3307:3306
"""


def test_nest_app_served_only_as_stage_lambdas_is_a_lambda(tmp_path: Path) -> None:
    package = {
        "name": "lists-api",
        "scripts": {"start": "nest start", "start:prod": "node dist/main"},
        "dependencies": {
            "@nestjs/core": "^9.0.0",
            "@nestjs/common": "^9.0.0",
            "@nestjs/platform-express": "^9.0.0",
            "@vendia/serverless-express": "^4.10.4",
            "mariadb": "^3.0.0",
        },
        "devDependencies": {"serverless": "^3.31.0"},
    }
    files = {
        "package.json": json.dumps(package),
        "src/main.ts": NEST_MAIN,
        "src/api-lambda.ts": NEST_LAMBDA,
        "src/app.module.ts": NEST_MODULE,
        "serverless-prod.yaml": STAGE,
        "serverless-staging.yaml": STAGE,
        "docker-compose.yml": DEV_COMPOSE,
        "dockerfiles/dev-db/Dockerfile": DEV_DB,
    }
    assert by_folder(write(tmp_path, files)) == {}
