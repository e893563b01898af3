"""NestJS: a program started as a microservice alone serves no HTTP (set 219, #19).

A repository holds a Nest API (`backend/`, `NestFactory.create`) beside a second Nest package
(`worker/`) whose `main.ts` only calls `NestFactory.createMicroservice(AppModule, { transport:
Transport.KAFKA })`: its one controller answers `@EventPattern('report')` from the broker, and it
keeps its results in MongoDB through Mongoose. It declares `@nestjs/platform-express` like every
Nest package, yet nothing in it listens for requests: a message consumer, not a backend. A hybrid
program (`NestFactory.create`, then `connectMicroservice`) still serves HTTP, and so does one that
starts an application beside its microservice."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K


def _package(name: str) -> str:
    return (
        f'{{\n  "name": "{name}",\n  "private": true,\n  "dependencies": {{\n'
        '    "@nestjs/common": "^8.0.0",\n    "@nestjs/core": "^8.0.0",\n'
        '    "@nestjs/microservices": "^9.0.9",\n    "@nestjs/mongoose": "^9.2.0",\n'
        '    "@nestjs/platform-express": "^8.0.0",\n    "kafkajs": "^2.1.0",\n'
        '    "mongoose": "^6.5.2"\n  }\n}\n'
    )


_API_MAIN = (
    "import { NestFactory } from '@nestjs/core';\nimport { AppModule } from './app.module';\n\n"
    "async function bootstrap() {\n  const app = await NestFactory.create(AppModule);\n"
    "  await app.listen(3000);\n}\nbootstrap();\n"
)

_CONSUMER_MAIN = (
    "import { NestFactory } from '@nestjs/core';\n"
    "import { MicroserviceOptions, Transport } from '@nestjs/microservices';\n"
    "import { AppModule } from './app.module';\n\n"
    "async function bootstrap() {\n"
    "  const app = await NestFactory.createMicroservice<MicroserviceOptions>(\n"
    "    AppModule,\n    {\n      transport: Transport.KAFKA,\n"
    "      options: { client: { brokers: ['localhost:9090'] } },\n    },\n  );\n"
    "  await app.listen();\n}\nbootstrap();\n"
)

_CONTROLLER = (
    "import { Controller } from '@nestjs/common';\n"
    "import { EventPattern, Payload } from '@nestjs/microservices';\n\n"
    "@Controller()\nexport class ReportController {\n  @EventPattern('report')\n"
    "  handle(@Payload() message: unknown) {}\n}\n"
)

_MONGO = (
    "import { Module } from '@nestjs/common';\n"
    "import { MongooseModule } from '@nestjs/mongoose';\n\n"
    "@Module({ imports: [MongooseModule.forRoot(process.env.MONGO_URI)] })\n"
    "export class MongoModule {}\n"
)


def _repo(consumer_main: str) -> dict[str, str]:
    files: dict[str, str] = {}
    for folder, main in (("backend", _API_MAIN), ("worker", consumer_main)):
        files[f"{folder}/package.json"] = _package(folder)
        files[f"{folder}/nest-cli.json"] = '{\n  "sourceRoot": "src"\n}\n'
        files[f"{folder}/tsconfig.json"] = '{\n  "compilerOptions": {}\n}\n'
        files[f"{folder}/src/main.ts"] = main
        files[f"{folder}/src/app.module.ts"] = "export class AppModule {}\n"
        files[f"{folder}/src/database/mongo.module.ts"] = _MONGO
    files["worker/src/report/report.controller.ts"] = _CONTROLLER
    return files


def test_a_microservice_alone_is_no_backend(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _repo(_CONSUMER_MAIN)))
    assert first(found["backend"], K.FRAMEWORK)[0] == "NestJS"
    assert "worker" not in found


def test_a_hybrid_application_is_a_backend(tmp_path: Path) -> None:
    # Counter-case: created as an application, then given a microservice beside.
    hybrid = _API_MAIN.replace(
        "  await app.listen(3000);\n",
        "  app.connectMicroservice({ transport: Transport.KAFKA });\n"
        "  await app.startAllMicroservices();\n  await app.listen(3000);\n",
    )
    found = by_folder(write(tmp_path, _repo(hybrid)))
    assert first(found["worker"], K.FRAMEWORK)[0] == "NestJS"


def test_an_application_beside_the_microservice_is_a_backend(tmp_path: Path) -> None:
    # Counter-case: the same start makes a microservice and an HTTP application.
    both = _CONSUMER_MAIN.replace(
        "  await app.listen();\n",
        "  await app.listen();\n  const api = await NestFactory.create(AppModule);\n"
        "  await api.listen(3000);\n",
    )
    found = by_folder(write(tmp_path, _repo(both)))
    assert first(found["worker"], K.FRAMEWORK)[0] == "NestJS"
