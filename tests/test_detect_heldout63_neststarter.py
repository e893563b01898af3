"""Held-out set 63 (#19): a pnpm monorepo whose NestJS workflow service keeps its data through
Prisma, beside a second NestJS project begun from `nest new` and left: the generated
`AppController` and `AppService` ("Hello World!"), a websocket gateway with no message handler,
and one more controller whose `POST /notify` broadcasts a fixed placeholder. It keeps no data,
takes nothing from any request and reaches no other service: it can only answer constants, a
leftover starter rather than a backend.

Counter-cases, each leaving the project a backend: a handler reading its request (`@Body`), a
websocket message handler, an HTTP client of other services, and data of its own (real services
often keep the generated hello beside their own controllers).
"""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder
from test_detect_projects import package_json, write

_MAIN = """import { NestFactory } from '@nestjs/core';
import { WsAdapter } from '@nestjs/platform-ws';
import { AppModule } from './app.module';

async function main() {
  const app = await NestFactory.create(AppModule);
  app.useWebSocketAdapter(new WsAdapter(app));
  await app.listen(process.env.PORT ?? 3500);
}

module.exports = main();
"""

_CONTROLLER = """import { Controller, Get } from '@nestjs/common';
import { AppService } from './app.service';

@Controller()
export class AppController {
  constructor(private readonly appService: AppService) {}

  @Get()
  getHello(): string {
    return this.appService.getHello();
  }
}
"""

_SERVICE = """import { Injectable } from '@nestjs/common';

@Injectable()
export class AppService {
  getHello(): string {
    return 'Hello World!';
  }
}
"""

_GATEWAY = """import { WebSocketGateway, WebSocketServer } from '@nestjs/websockets';
import { Server } from 'ws';

@WebSocketGateway({ transport: ['websocket'] })
export class AppGateway {
  @WebSocketServer()
  server: Server | undefined;

  broadcast(event: string, message: string) {
    for (const client of this.server?.clients ?? []) {
      client.send(event + JSON.stringify(message));
    }
  }
}
"""

_NOTIFY = """import { Controller, Post } from '@nestjs/common';
import { AppGateway } from '../app.gateway';

@Controller('notify')
export class NotifyController {
  constructor(private readonly appGateway: AppGateway) {}

  @Post()
  notifyAllConnectedWebsockets(): string {
    this.appGateway.broadcast('notify', 'Hello World!');
    return '200';
  }
}
"""

_WORKFLOWS = """import { NestFactory } from '@nestjs/core';
import { PrismaClient } from '@prisma/client';
import { AppModule } from './app.module';

export const prisma = new PrismaClient();

async function main() {
  const app = await NestFactory.create(AppModule);
  await app.listen(3000);
}
void main();
"""

_RELAY = "services/relay-service"
_NEST = {"@nestjs/common": "^9.3.12", "@nestjs/core": "^9.3.12",
         "@nestjs/platform-express": "^9.3.12"}


def _tree(deps: dict[str, str] | None = None, notify: str = _NOTIFY,
          extra: dict[str, str] | None = None) -> dict[str, str]:
    relay_deps = {**_NEST, "@nestjs/platform-ws": "^9.4.2", "@nestjs/websockets": "^9.4.2",
                  "ws": "^8.13.0", **(deps or {})}
    return {
        "package.json": package_json(
            {}, private=True, scripts={"relay:start": "nx run relay-service:start"}
        ),
        "pnpm-workspace.yaml": "packages:\n  - services/*\n",
        "services/workflows-service/package.json": package_json(
            {**_NEST, "@prisma/client": "4.16.2"}, name="workflows-service"
        ),
        "services/workflows-service/prisma/schema.prisma": (
            'datasource db {\n  provider = "postgresql"\n  url = env("DB_URL")\n}\n'
        ),
        "services/workflows-service/src/main.ts": _WORKFLOWS,
        f"{_RELAY}/package.json": package_json(
            relay_deps, name="relay-service", scripts={"start": "nest start"}
        ),
        f"{_RELAY}/Dockerfile": 'FROM node:18\nCOPY . .\nCMD ["npm", "run", "start:prod"]\n',
        f"{_RELAY}/src/main.ts": _MAIN,
        f"{_RELAY}/src/app.controller.ts": _CONTROLLER,
        f"{_RELAY}/src/app.service.ts": _SERVICE,
        f"{_RELAY}/src/app.gateway.ts": _GATEWAY,
        f"{_RELAY}/src/notifications/notify.controller.ts": notify,
        f"{_RELAY}/src/app.controller.spec.ts": (
            "it('should return \"Hello World!\"', () => expect(1).toBe(1));\n"
        ),
        **(extra or {}),
    }


def test_a_nest_starter_answering_constants_is_no_backend(tmp_path: Path) -> None:
    assert set(by_folder(write(tmp_path, _tree()))) == {"services/workflows-service"}


def test_a_handler_reading_its_request_keeps_it(tmp_path: Path) -> None:
    notify = _NOTIFY.replace("Controller, Post", "Body, Controller, Post").replace(
        "notifyAllConnectedWebsockets(): string {\n    this.appGateway.broadcast('notify', "
        "'Hello World!');",
        "notifyAllConnectedWebsockets(@Body() body: { message: string }): string {\n"
        "    this.appGateway.broadcast('notify', body.message);",
    )
    assert "@Body()" in notify
    assert _RELAY in by_folder(write(tmp_path, _tree(notify=notify)))


def test_a_websocket_message_handler_keeps_it(tmp_path: Path) -> None:
    gateway = _GATEWAY.replace(
        "  broadcast(", "  @SubscribeMessage('join')\n  join() {\n    return 'joined';\n  }\n\n"
        "  broadcast(",
    )
    tree = _tree(extra={f"{_RELAY}/src/app.gateway.ts": gateway})
    assert _RELAY in by_folder(write(tmp_path, tree))


def test_a_client_of_other_services_keeps_it(tmp_path: Path) -> None:
    assert _RELAY in by_folder(write(tmp_path, _tree(deps={"@nestjs/axios": "^3.0.0"})))


def test_data_of_its_own_keeps_it(tmp_path: Path) -> None:
    tree = _tree(
        deps={"@nestjs/mongoose": "^10.0.0", "mongoose": "^7.0.0"},
        extra={f"{_RELAY}/src/app.module.ts": (
            "import { Module } from '@nestjs/common';\n"
            "import { MongooseModule } from '@nestjs/mongoose';\n\n"
            "@Module({ imports: [MongooseModule.forRoot(process.env.MONGO_URL)] })\n"
            "export class AppModule {}\n"
        )},
    )
    assert _RELAY in by_folder(write(tmp_path, tree))
