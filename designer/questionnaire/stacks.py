"""What a senior engineer would pick by default for each framework the seeds name.

Used only to suggest defaults (computed defaults in the questionnaires); the user always has the
last word. Frameworks are matched by a normalised name, so detection output such as `fastapi`,
`FastAPI` or `Spring-Boot` finds the same entry.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace


@dataclass(frozen=True)
class StackFacts:
    """Defaults for one framework."""

    language: str
    server: str
    test_tools: tuple[str, ...]
    orm: str = ""
    migration_tool: str = ""
    start_command: str = ""
    mocking: str = ""
    circuit_breaker: str = ""
    health_path: str = "/health"
    readiness_path: str = "/ready"
    test_database: str = ""
    """How the framework's own test support gives tests a database (a `TestDatabase` value),
    when it has a usual answer; empty leaves the questionnaire's default (Testcontainers)."""
    aliases: tuple[str, ...] = field(default=())


_PY_MOCK = "respx (HTTPX) or responses for outbound HTTP; fakes behind interfaces for services"
_JS_MOCK = "nock or msw for outbound HTTP; jest.mock / vi.mock for modules"
_GO_MOCK = "httptest servers for outbound HTTP; interfaces with testify/mock or gomock"
_JVM_MOCK = "WireMock for outbound HTTP; Mockito for collaborators"
_PHP_MOCK = "HTTP client fakes (Http::fake / MockHttpClient); Mockery or PHPUnit mocks"
_RB_MOCK = "WebMock or VCR for outbound HTTP; RSpec doubles"
_RS_MOCK = "wiremock-rs or httpmock for outbound HTTP; mockall for traits"
_GO_MIGRATE = "golang-migrate"
_SCALA_MOCK = "WireMock for outbound HTTP; mockito-scala or hand-written fakes for collaborators"

_MEZZIO = StackFacts(
    language="PHP",
    server="PHP-FPM + NGINX",
    test_tools=("PHPUnit",),
    orm="Doctrine ORM",
    migration_tool="Doctrine Migrations (doctrine-migrations)",
    start_command="php-fpm",
    mocking="PSR-18 client mocks (php-http/mock-client) for outbound HTTP; PHPUnit mocks",
    aliases=("zend expressive", "expressive", "laminas mezzio"),
)

_NODE_SERVER = StackFacts(
    language="TypeScript",
    server="Node.js",
    test_tools=("Jest", "supertest"),
    orm="Prisma",
    migration_tool="Prisma Migrate",
    start_command="node dist/server.js",
    mocking=_JS_MOCK,
    circuit_breaker="opossum",
)
"""Express's and Koa's defaults, and the other Node server frameworks' base."""

_FASTAPI = StackFacts(
    language="Python",
    server="Uvicorn",
    test_tools=("pytest", "pytest-asyncio", "httpx"),
    orm="SQLAlchemy 2.0",
    migration_tool="Alembic",
    start_command="uvicorn app.main:app --host 0.0.0.0 --port $PORT",
    mocking=_PY_MOCK,
    circuit_breaker="pybreaker",
)

_GUNICORN_APP = replace(
    _FASTAPI, server="Gunicorn", start_command="gunicorn app:app --bind 0.0.0.0:$PORT"
)
"""A WSGI application module served by Gunicorn (Falcon's, Bottle's)."""

FRAMEWORKS: dict[str, StackFacts] = {
    "FastAPI": _FASTAPI,
    "Flask": StackFacts(
        language="Python",
        server="Gunicorn",
        test_tools=("pytest", "pytest-flask"),
        orm="SQLAlchemy 2.0 (Flask-SQLAlchemy)",
        migration_tool="Alembic (Flask-Migrate)",
        start_command="gunicorn 'app:create_app()' --bind 0.0.0.0:$PORT",
        mocking=_PY_MOCK,
        circuit_breaker="pybreaker",
    ),
    "Django": StackFacts(
        language="Python",
        server="Gunicorn",
        test_tools=("pytest", "pytest-django"),
        orm="Django ORM",
        migration_tool="Django migrations",
        start_command="gunicorn config.wsgi:application --bind 0.0.0.0:$PORT",
        mocking=_PY_MOCK,
        circuit_breaker="pybreaker",
        # The runner creates a test database; TestCase and pytest-django's `db` fixture wrap
        # each test in a transaction rolled back after it.
        test_database="transaction_rollback",
    ),
    "Tornado": StackFacts(
        language="Python",
        server="Tornado",
        test_tools=("pytest", "tornado.testing"),
        orm="SQLAlchemy 2.0",
        migration_tool="Alembic",
        start_command="python -m app",
        mocking=_PY_MOCK,
        circuit_breaker="pybreaker",
    ),
    "Pyramid": StackFacts(
        language="Python",
        server="Gunicorn",
        test_tools=("pytest", "WebTest"),
        orm="SQLAlchemy 2.0 (pyramid_tm)",
        migration_tool="Alembic",
        start_command="gunicorn --paste production.ini --bind 0.0.0.0:$PORT",
        mocking=_PY_MOCK,
        circuit_breaker="pybreaker",
    ),
    # Python's other ASGI and WSGI frameworks: FastAPI's and Flask's defaults, each with its
    # own server and test client.
    "Litestar": replace(_FASTAPI, start_command="litestar run --host 0.0.0.0 --port $PORT"),
    "Starlette": replace(_FASTAPI, test_tools=("pytest", "httpx")),
    "Sanic": replace(
        _FASTAPI, server="Sanic", test_tools=("pytest", "sanic-testing"),
        start_command="sanic app.main:app --host 0.0.0.0 --port $PORT",
    ),
    "Quart": replace(
        _FASTAPI, server="Hypercorn", test_tools=("pytest", "pytest-asyncio"),
        start_command="hypercorn app:app --bind 0.0.0.0:$PORT",
    ),
    "Falcon": replace(_GUNICORN_APP, test_tools=("pytest", "falcon.testing")),
    "aiohttp": replace(
        _FASTAPI, server="aiohttp", test_tools=("pytest", "pytest-aiohttp"),
        start_command="python -m app",
    ),
    "Bottle": replace(_GUNICORN_APP, test_tools=("pytest", "WebTest")),
    # Chalice apps run as AWS Lambda functions behind API Gateway; `chalice local` serves them
    # in development and chalice.test's Client calls their routes in tests.
    "Chalice": replace(
        _FASTAPI, server="AWS Lambda (API Gateway)", test_tools=("pytest", "chalice.test"),
        orm="", migration_tool="", start_command="chalice deploy", aliases=("aws chalice",),
    ),
    "Robyn": replace(_FASTAPI, server="Robyn", start_command="python -m app"),
    # CherryPy serves its application tree on its own HTTP server (Cheroot).
    "CherryPy": replace(
        _GUNICORN_APP, server="Cheroot", test_tools=("pytest", "WebTest"),
        start_command="python -m app",
    ),
    # Werkzeug used directly: a WSGI application on its URL map, served by Gunicorn.
    "Werkzeug": replace(_GUNICORN_APP, test_tools=("pytest", "werkzeug.test")),
    # Pando: a WSGI `Website` of simplates, served by Gunicorn.
    "Pando": replace(_GUNICORN_APP, start_command="gunicorn app:website --bind 0.0.0.0:$PORT"),
    "Express": _NODE_SERVER,
    "Fastify": StackFacts(
        language="TypeScript",
        server="Node.js",
        test_tools=("Vitest", "supertest"),
        orm="Prisma",
        migration_tool="Prisma Migrate",
        start_command="node dist/server.js",
        mocking=_JS_MOCK,
        circuit_breaker="opossum",
    ),
    "NestJS": StackFacts(
        language="TypeScript",
        server="Node.js",
        test_tools=("Jest", "supertest", "@nestjs/testing"),
        orm="TypeORM",
        migration_tool="TypeORM migrations",
        start_command="node dist/main.js",
        mocking=_JS_MOCK,
        circuit_breaker="opossum",
        aliases=("nest",),
    ),
    "Koa": _NODE_SERVER,
    # Node's other server frameworks: Koa's defaults, with each one's own ORM or test tools.
    "hapi": replace(_NODE_SERVER, test_tools=("lab", "@hapi/code")),
    "AdonisJS": replace(
        _NODE_SERVER, test_tools=("Japa",), orm="Lucid", migration_tool="Lucid migrations",
        start_command="node build/bin/server.js",
    ),
    "Feathers": replace(
        _NODE_SERVER, test_tools=("Mocha",), orm="Knex", migration_tool="Knex migrations"
    ),
    "LoopBack": replace(_NODE_SERVER, test_tools=("Mocha", "@loopback/testlab"),
                        orm="LoopBack Repository", migration_tool="", start_command="node ."),
    "restify": _NODE_SERVER,
    "Polka": _NODE_SERVER,
    # uWebSockets.js serves from its own native server, not Node's `http.Server`: supertest
    # cannot drive it, so tests call the handlers or a started app with fetch.
    "uWebSockets.js": replace(_NODE_SERVER, server="Node.js (uWebSockets.js native server)",
                              test_tools=("Jest",)),
    # Egg.js: `egg-bin test` runs the suites (Mocha with egg-mock's app), `eggctl` starts it.
    "Egg.js": replace(
        _NODE_SERVER, test_tools=("Mocha", "egg-mock"), orm="Sequelize",
        migration_tool="Sequelize", start_command="eggctl start",
    ),
    "Elysia": replace(_NODE_SERVER, server="Bun", test_tools=("bun test",), orm="Drizzle ORM",
                      migration_tool="drizzle-kit", start_command="bun run src/index.ts"),
    # Hono runs on Node.js (@hono/node-server), Bun, Deno or a Workers runtime; tests call
    # `app.request()` directly, so no HTTP client library is needed.
    "Hono": StackFacts(
        language="TypeScript",
        server="Node.js (@hono/node-server) or a Workers runtime",
        test_tools=("Vitest",),
        orm="Drizzle ORM",
        migration_tool="drizzle-kit",
        start_command="node dist/index.js",
        mocking=_JS_MOCK,
        circuit_breaker="opossum",
    ),
    # Next.js serves its API from route handlers beside the UI, on its own server.
    "Next.js": StackFacts(
        language="TypeScript",
        server="Node.js (next start)",
        test_tools=("Vitest", "Playwright"),
        orm="Prisma",
        migration_tool="Prisma Migrate",
        start_command="next start",
        mocking=_JS_MOCK,
        circuit_breaker="opossum",
        health_path="/api/health",
        readiness_path="/api/ready",
        aliases=("nextjs", "next"),
    ),
    "Sails": StackFacts(
        language="JavaScript",
        server="Node.js",
        test_tools=("Mocha", "supertest"),
        orm="Waterline",
        start_command="node app.js",
        mocking=_JS_MOCK,
        circuit_breaker="opossum",
        aliases=("sails.js", "sailsjs"),
    ),
    "Ts.ED": StackFacts(
        language="TypeScript",
        server="Node.js (Express platform)",
        test_tools=("Vitest", "PlatformTest (@tsed/platform-http/testing)", "supertest"),
        orm="TypeORM",
        migration_tool="TypeORM migrations",
        start_command="node dist/index.js",
        mocking=_JS_MOCK,
        circuit_breaker="opossum",
        aliases=("tsed",),
    ),
    "Gin": StackFacts(
        language="Go",
        server="net/http",
        test_tools=("go test", "testify", "httptest"),
        orm="GORM",
        migration_tool=_GO_MIGRATE,
        start_command="./server",
        mocking=_GO_MOCK,
        circuit_breaker="gobreaker",
    ),
    "Echo": StackFacts(
        language="Go",
        server="net/http",
        test_tools=("go test", "testify", "httptest"),
        orm="GORM",
        migration_tool=_GO_MIGRATE,
        start_command="./server",
        mocking=_GO_MOCK,
        circuit_breaker="gobreaker",
    ),
    "Fiber": StackFacts(
        language="Go",
        server="fasthttp",
        test_tools=("go test", "testify"),
        orm="GORM",
        migration_tool=_GO_MIGRATE,
        start_command="./server",
        mocking=_GO_MOCK,
        circuit_breaker="gobreaker",
    ),
    "Chi": StackFacts(
        language="Go",
        server="net/http",
        test_tools=("go test", "testify", "httptest"),
        orm="sqlc",
        migration_tool=_GO_MIGRATE,
        start_command="./server",
        mocking=_GO_MOCK,
        circuit_breaker="gobreaker",
    ),
    "Beego": StackFacts(
        language="Go",
        server="net/http",
        test_tools=("go test", "testify", "httptest"),
        orm="Beego ORM",
        migration_tool=_GO_MIGRATE,
        start_command="./server",
        mocking=_GO_MOCK,
        circuit_breaker="gobreaker",
    ),
    "gorilla/mux": StackFacts(
        language="Go",
        server="net/http",
        test_tools=("go test", "testify", "httptest"),
        orm="sqlc",
        migration_tool=_GO_MIGRATE,
        start_command="./server",
        mocking=_GO_MOCK,
        circuit_breaker="gobreaker",
        aliases=("gorilla", "mux"),
    ),
    # Revel: a full-stack framework whose command (`revel run`, `revel package`) builds and
    # starts the application; `revel test` runs its `revel/testing` suites.
    "Revel": StackFacts(
        language="Go",
        server="net/http",
        test_tools=("go test", "revel/testing"),
        orm="GORM",
        migration_tool=_GO_MIGRATE,
        start_command="revel run -a .",
        mocking=_GO_MOCK,
        circuit_breaker="gobreaker",
    ),
    # julienschmidt/httprouter: a router over net/http that applications wrap in their own
    # web package; handlers are tested with httptest like net/http's.
    "httprouter": StackFacts(
        language="Go",
        server="net/http",
        test_tools=("go test", "httptest"),
        orm="sqlc",
        migration_tool=_GO_MIGRATE,
        start_command="./server",
        mocking=_GO_MOCK,
        circuit_breaker="gobreaker",
        aliases=("julienschmidt/httprouter",),
    ),
    "Spring Boot": StackFacts(
        language="Java",
        server="Tomcat (embedded)",
        test_tools=("JUnit 5", "Mockito", "Spring Boot Test", "Testcontainers"),
        orm="JPA / Hibernate",
        migration_tool="Flyway",
        start_command="java -jar app.jar",
        mocking=_JVM_MOCK,
        circuit_breaker="Resilience4j",
        health_path="/actuator/health/liveness",
        readiness_path="/actuator/health/readiness",
        aliases=("spring",),
    ),
    "Quarkus": StackFacts(
        language="Java",
        server="Vert.x",
        test_tools=("JUnit 5", "REST Assured", "Testcontainers"),
        orm="Hibernate ORM with Panache",
        migration_tool="Flyway",
        start_command="java -jar target/quarkus-app/quarkus-run.jar",
        mocking=_JVM_MOCK,
        circuit_breaker="SmallRye Fault Tolerance",
        health_path="/q/health/live",
        readiness_path="/q/health/ready",
    ),
    "Micronaut": StackFacts(
        language="Java",
        server="Netty",
        test_tools=("JUnit 5", "Micronaut Test", "Testcontainers"),
        orm="Micronaut Data",
        migration_tool="Flyway",
        start_command="java -jar app.jar",
        mocking=_JVM_MOCK,
        circuit_breaker="Resilience4j",
    ),
    "Ktor": StackFacts(
        language="Kotlin",
        server="Netty (Ktor engine)",
        test_tools=("JUnit 5", "kotlin.test", "Ktor testApplication", "Testcontainers"),
        orm="Exposed",
        migration_tool="Flyway",
        start_command="java -jar build/libs/app-all.jar",
        mocking="Ktor MockEngine for outbound HTTP; MockK for collaborators",
        circuit_breaker="Resilience4j",
    ),
    "Javalin": StackFacts(
        language="Java",
        server="Jetty (embedded by Javalin)",
        test_tools=("JUnit 5", "javalin-testtools", "Testcontainers"),
        orm="JDBI",
        migration_tool="Flyway",
        start_command="java -jar app.jar",
        mocking=_JVM_MOCK,
        circuit_breaker="Resilience4j",
    ),
    "Laravel": StackFacts(
        language="PHP",
        server="PHP-FPM + NGINX",
        test_tools=("PHPUnit", "Pest"),
        orm="Eloquent",
        migration_tool="Laravel migrations",
        start_command="php-fpm",
        mocking=_PHP_MOCK,
        health_path="/up",
        # RefreshDatabase migrates once, then runs each test in a transaction it rolls back.
        test_database="transaction_rollback",
    ),
    "Symfony": StackFacts(
        language="PHP",
        server="PHP-FPM + NGINX",
        test_tools=("PHPUnit", "Symfony WebTestCase"),
        orm="Doctrine ORM",
        migration_tool="Doctrine Migrations",
        start_command="php-fpm",
        mocking=_PHP_MOCK,
    ),
    "Mezzio": _MEZZIO,
    # Slim is a PSR-7/PSR-15 micro-framework like Mezzio, with the same usual companions.
    "Slim": replace(_MEZZIO, aliases=("slim framework", "slim 4")),
    # league/route: a PSR-15 router as an application's HTTP layer, beside Doctrine DBAL or PDO.
    "league/route": replace(_MEZZIO, orm="Doctrine DBAL", migration_tool="Doctrine Migrations",
                            aliases=("league route", "thephpleague route")),
    "CodeIgniter": StackFacts(
        language="PHP",
        server="PHP-FPM + NGINX",
        test_tools=("PHPUnit", "CodeIgniter FeatureTestTrait"),
        orm="CodeIgniter Model (Query Builder)",
        migration_tool="CodeIgniter migrations",
        start_command="php-fpm",
        mocking="CURLRequest mocks (MockCURLRequest) for outbound HTTP; Services::injectMock",
        aliases=("codeigniter 4", "ci4"),
    ),
    "ASP.NET Core": StackFacts(
        language="C#",
        server="Kestrel",
        test_tools=("xUnit", "WebApplicationFactory", "Testcontainers"),
        orm="Entity Framework Core",
        migration_tool="EF Core migrations",
        start_command="dotnet Api.dll --urls http://0.0.0.0:$PORT",
        mocking="WireMock.Net for outbound HTTP; Moq",
        circuit_breaker="Polly",
        aliases=("aspnet", "aspnetcore", "dotnet"),
    ),
    "Rails": StackFacts(
        language="Ruby",
        server="Puma",
        test_tools=("RSpec", "FactoryBot"),
        orm="Active Record",
        migration_tool="Active Record migrations",
        start_command="bundle exec puma -C config/puma.rb",
        mocking=_RB_MOCK,
        # Transactional tests (fixtures, use_transactional_fixtures) are Rails' default.
        test_database="transaction_rollback",
        circuit_breaker="Stoplight",
        health_path="/up",
        aliases=("ruby on rails", "rails api"),
    ),
    "Sinatra": StackFacts(
        language="Ruby",
        server="Puma",
        test_tools=("RSpec", "Rack::Test"),
        orm="Sequel",
        migration_tool="Sequel migrations",
        start_command="bundle exec rackup --host 0.0.0.0 --port $PORT",
        mocking=_RB_MOCK,
        circuit_breaker="Stoplight",
    ),
    "Grape": StackFacts(
        language="Ruby",
        server="Puma",
        test_tools=("RSpec", "Rack::Test"),
        orm="Active Record",
        migration_tool="Active Record migrations",
        start_command="bundle exec puma --port $PORT",
        mocking=_RB_MOCK,
        circuit_breaker="Stoplight",
    ),
    "Axum": StackFacts(
        language="Rust",
        server="Tokio (hyper)",
        test_tools=("cargo test", "tokio::test", "tower::ServiceExt"),
        orm="SQLx",
        migration_tool="sqlx-cli",
        start_command="./server",
        mocking=_RS_MOCK,
        circuit_breaker="tower (load shedding, timeouts)",
    ),
    "Actix Web": StackFacts(
        language="Rust",
        server="Actix",
        test_tools=("cargo test", "actix_web::test"),
        orm="Diesel",
        migration_tool="Diesel CLI",
        start_command="./server",
        mocking=_RS_MOCK,
        aliases=("actix",),
    ),
    "Rocket": StackFacts(
        language="Rust",
        server="Rocket",
        test_tools=("cargo test", "rocket::local"),
        orm="SQLx",
        migration_tool="sqlx-cli",
        start_command="./server",
        mocking=_RS_MOCK,
    ),
}
"""Frameworks by display name (the value stored in `stack.framework`)."""

# The other frameworks detection knows, each with the defaults of its nearest sibling above
# and what differs (its server, its test tools, the data layer it ships with).
FRAMEWORKS |= {
    "Helidon": replace(FRAMEWORKS["Javalin"], server="Helidon WebServer",
                       test_tools=("JUnit 5", "helidon-testing", "Testcontainers")),
    "Vert.x": replace(FRAMEWORKS["Javalin"], server="Vert.x (Netty)",
                      test_tools=("JUnit 5", "vertx-junit5"), orm="Vert.x SQL Client"),
    "Dropwizard": replace(FRAMEWORKS["Javalin"], server="Jetty (embedded by Dropwizard)",
                          test_tools=("JUnit 5", "dropwizard-testing")),
    # JAX-RS resources served by Grizzly or by a servlet container through Jersey's servlet.
    "Jersey": replace(FRAMEWORKS["Javalin"],
                      server="Grizzly or a servlet container (Jetty, Tomcat)",
                      test_tools=("JUnit 5", "Jersey Test Framework"), orm="JPA / Hibernate"),
    # Airlift: Trino's service framework, JAX-RS resources (Jersey) on its own embedded Jetty.
    "Airlift": replace(FRAMEWORKS["Javalin"], server="Jetty (embedded by Airlift http-server)",
                       test_tools=("JUnit 5",)),
    # Latke: b3log's framework, its own HTTP server (Netty) and repository layer over JDBC,
    # tested with TestNG.
    "Latke": replace(FRAMEWORKS["Javalin"], server="Netty (embedded by Latke)",
                     test_tools=("TestNG",), orm="Latke repository", migration_tool=""),
    # ActiveJ: its own asynchronous HTTP server, started by a launcher; no data layer of its
    # own (the application brings one: plain Hibernate, JDBC).
    "ActiveJ": replace(FRAMEWORKS["Javalin"], server="ActiveJ HTTP server (its own)",
                       test_tools=("JUnit 5", "activej-test"), orm="JPA / Hibernate"),
    "Spark": replace(FRAMEWORKS["Javalin"], server="Jetty (embedded by Spark)",
                     test_tools=("JUnit 5",)),
    "http4k": replace(FRAMEWORKS["Ktor"], server="Undertow or Jetty (http4k server backend)",
                      test_tools=("JUnit 5", "http4k-testing")),
    "Iris": FRAMEWORKS["Gin"],
    "Buffalo": replace(FRAMEWORKS["Gin"], orm="Pop", migration_tool="Pop migrations (soda)"),
    "Goravel": replace(FRAMEWORKS["Gin"], orm="Goravel ORM"),
    "go-zero": replace(FRAMEWORKS["Gin"], orm="sqlx (goctl model)"),
    "Kratos": replace(FRAMEWORKS["Gin"], orm="ent"),
    "Hertz": replace(FRAMEWORKS["Gin"], server="Netpoll"),
    # Macaron: martini-style handlers injected by type over net/http, usually with XORM.
    "Macaron": replace(FRAMEWORKS["Gin"], orm="XORM", aliases=("go-macaron",)),
    # yee: an Echo-like router over net/http.
    "yee": replace(FRAMEWORKS["Echo"], aliases=("cookiey/yee",)),
    # PocketBase: one binary serving its own HTTP router over an embedded SQLite file, with its
    # record layer and Go migrations run by its own command.
    "PocketBase": replace(FRAMEWORKS["Gin"], orm="PocketBase records (dbx)",
                          migration_tool="", start_command="./app serve --http 0.0.0.0:$PORT"),
    # tedsuo/rata: a router built from a route table over net/http, tested like httprouter.
    "rata": replace(FRAMEWORKS["httprouter"], aliases=("tedsuo/rata",)),
    # ant0ine/go-json-rest: an Api of middlewares and a router made from its routes, over
    # net/http, tested like httprouter.
    "go-json-rest": replace(FRAMEWORKS["httprouter"], aliases=("ant0ine/go-json-rest",)),
    "Hanami": replace(FRAMEWORKS["Sinatra"], orm="ROM", migration_tool="ROM migrations"),
    "Roda": replace(FRAMEWORKS["Sinatra"], orm="Sequel", migration_tool="Sequel migrations"),
    "CakePHP": replace(FRAMEWORKS["Laravel"], orm="CakePHP ORM",
                       migration_tool="CakePHP Migrations (Phinx)",
                       test_tools=("PHPUnit",), test_database=""),
    "Yii": replace(FRAMEWORKS["Laravel"], orm="Yii Active Record",
                   migration_tool="Yii migrations", test_tools=("Codeception",),
                   test_database=""),
    "Laminas MVC": replace(_MEZZIO, aliases=("zend framework", "laminas")),
    # Silex: Symfony's components under a Pimple container, with Doctrine through its
    # providers and PHPUnit with Silex's own WebTestCase.
    "Silex": replace(_MEZZIO, test_tools=("PHPUnit", "Silex WebTestCase"),
                     mocking=_PHP_MOCK, aliases=()),
    "ServiceStack": replace(FRAMEWORKS["ASP.NET Core"], orm="OrmLite", aliases=()),
    # Nancy modules hosted on OWIN (or ASP.NET) on the .NET Framework, with xUnit and its own
    # Nancy.Testing browser.
    "Nancy": replace(FRAMEWORKS["ASP.NET Core"], server="OWIN host (Katana) or IIS",
                     test_tools=("xUnit", "Nancy.Testing"), orm="Entity Framework",
                     migration_tool="", start_command="msdeploy to an IIS site",
                     aliases=("nancyfx",)),
    # A bare OWIN application (Katana) on the .NET Framework: middleware on IAppBuilder, hosted
    # by IIS through Microsoft.Owin.Host.SystemWeb or self-hosted; tested in memory with
    # Microsoft.Owin.Testing's TestServer.
    "OWIN": replace(FRAMEWORKS["ASP.NET Core"], server="OWIN host (Katana) or IIS",
                    test_tools=("xUnit", "Microsoft.Owin.Testing"), orm="Entity Framework",
                    migration_tool="", start_command="msdeploy to an IIS site",
                    aliases=("katana",)),
    # ThinkPHP runs under PHP-FPM with its own ORM (think-orm) and think-migration (Phinx).
    "ThinkPHP": replace(FRAMEWORKS["Laravel"], test_tools=("PHPUnit",), orm="ThinkORM",
                        migration_tool="think-migration", health_path="/health",
                        test_database=""),
    # ASP.NET MVC 5 runs on the .NET Framework inside IIS, with Entity Framework 6 and MSTest.
    "ASP.NET MVC": replace(FRAMEWORKS["ASP.NET Core"], server="IIS",
                           test_tools=("MSTest", "Moq"), orm="Entity Framework",
                           migration_tool="", start_command="msdeploy to an IIS site",
                           circuit_breaker="Polly", aliases=("aspnet mvc", "asp.net mvc 5")),
    # ASP.NET Web API 2, MVC 5's sibling for HTTP APIs: the same platform (IIS, Entity
    # Framework 6, MSTest), its ApiControllers tested in-memory through HttpServer.
    "ASP.NET Web API": replace(FRAMEWORKS["ASP.NET Core"], server="IIS",
                               test_tools=("MSTest", "Moq"), orm="Entity Framework",
                               migration_tool="", start_command="msdeploy to an IIS site",
                               circuit_breaker="Polly",
                               aliases=("aspnet web api", "asp.net web api 2", "web api 2")),
    # Lumen is Laravel's micro-framework: Eloquent and PHPUnit, no health route of its own.
    "Lumen": replace(FRAMEWORKS["Laravel"], test_tools=("PHPUnit",), health_path="/health",
                     aliases=("laravel lumen",)),
    "warp": FRAMEWORKS["Axum"],
    "Poem": FRAMEWORKS["Axum"],
    "Salvo": FRAMEWORKS["Axum"],
    "Dropshot": replace(FRAMEWORKS["Axum"], orm="Diesel", migration_tool="Diesel CLI"),
    "Tide": replace(FRAMEWORKS["Axum"], server="async-std"),
    # Grails runs on Spring Boot (embedded Tomcat) with GORM over Hibernate; Spock is its
    # testing framework and the Database Migration plugin is Liquibase.
    "Grails": replace(FRAMEWORKS["Micronaut"], language="Groovy",
                      server="Tomcat (embedded by Spring Boot)",
                      test_tools=("Spock", "Grails Testing Support"), orm="GORM",
                      migration_tool="Liquibase", start_command="java -jar build/libs/app.war",
                      mocking="Spock mocks and stubs"),
    "micro": replace(_NODE_SERVER, server="Node.js (micro)", start_command="micro"),
    # The standalone Apollo Server 3 serves GraphQL on its own HTTP server
    # (`new ApolloServer({ schema }).listen(port)`), the Node program its entry file starts.
    "Apollo Server": replace(_NODE_SERVER, server="Node.js (apollo-server)",
                             aliases=("apollo-server",)),
    "React Router": replace(FRAMEWORKS["Next.js"], server="Node.js (react-router-serve)",
                            start_command="react-router-serve ./build/server/index.js",
                            aliases=("react-router",)),
    # TanStack Start builds a Nitro server whose server functions answer HTTP.
    "TanStack Start": replace(FRAMEWORKS["Next.js"], server="Node.js (Nitro)",
                              start_command="node .output/server/index.mjs",
                              aliases=("tanstack-start",)),
    # go-swagger generates a net/http server from the OpenAPI description.
    "go-swagger": replace(FRAMEWORKS["httprouter"],
                          server="net/http (go-swagger generated server)", aliases=()),
    # httprouter's routing ported onto fasthttp's server (a `go.mod` requirement names it).
    "fasthttp/router": replace(FRAMEWORKS["httprouter"], server="fasthttp",
                               test_tools=("go test", "testify"), aliases=()),
    # zerodha/fastglue: a thin framework over fasthttp/router's routing on fasthttp's server.
    "fastglue": replace(FRAMEWORKS["httprouter"], server="fasthttp",
                        test_tools=("go test", "testify"), aliases=("zerodha/fastglue",)),
    # NYTimes/gizmo: a microservice toolkit whose server runs services on gorilla/mux's router.
    "gizmo": replace(FRAMEWORKS["gorilla/mux"], server="net/http (gizmo server on gorilla/mux)",
                     aliases=("NYTimes/gizmo",)),
}

# Elixir: Phoenix over Ecto, run as a release on the BEAM; a bare Plug router on Cowboy or
# Bandit is Phoenix without its framework.
_PHOENIX = StackFacts(
    language="Elixir",
    server="Bandit or Cowboy (Phoenix endpoint)",
    test_tools=("ExUnit", "Phoenix.ConnTest", "Ecto SQL Sandbox"),
    orm="Ecto",
    migration_tool="Ecto migrations",
    start_command="bin/app start",
    mocking="Req.Test or Bypass for outbound HTTP; Mox for behaviours",
    circuit_breaker="fuse",
    # The Ecto SQL Sandbox checks out one connection per test inside a transaction.
    test_database="transaction_rollback",
    aliases=("phoenix framework",),
)
# Scala on sbt: an HTTP server library over a functional or typed SQL layer, ScalaTest.
_PEKKO_HTTP = StackFacts(
    language="Scala",
    server="Pekko HTTP",
    test_tools=("ScalaTest", "pekko-http-testkit", "Testcontainers"),
    orm="Slick",
    migration_tool="Flyway",
    start_command="java -jar target/scala-2.13/app.jar",
    mocking=_SCALA_MOCK,
    circuit_breaker="Pekko CircuitBreaker",
    aliases=("apache pekko http", "pekko-http"),
)
FRAMEWORKS |= {
    "Phoenix": _PHOENIX,
    "Plug": replace(
        _PHOENIX,
        server="Bandit or Cowboy (Plug adapter)",
        test_tools=("ExUnit", "Plug.Test"),
        aliases=("plug router",),
    ),
    "Pekko HTTP": _PEKKO_HTTP,
    "Akka HTTP": replace(
        _PEKKO_HTTP,
        server="Akka HTTP",
        test_tools=("ScalaTest", "akka-http-testkit", "Testcontainers"),
        circuit_breaker="Akka CircuitBreaker",
        aliases=("akka-http",),
    ),
    "http4s": replace(
        _PEKKO_HTTP,
        server="Ember (http4s)",
        test_tools=("MUnit", "munit-cats-effect"),
        orm="Doobie",
        circuit_breaker="",
        aliases=(),
    ),
    "ZIO HTTP": replace(
        _PEKKO_HTTP,
        server="ZIO HTTP (Netty)",
        test_tools=("ZIO Test",),
        orm="Quill",
        circuit_breaker="",
        aliases=("zio-http",),
    ),
    "Play": replace(
        _PEKKO_HTTP,
        server="Pekko HTTP (Play server)",
        test_tools=("ScalaTest", "scalatestplus-play"),
        start_command="target/universal/stage/bin/app",
        aliases=("play framework", "playframework"),
    ),
    "Scalatra": replace(
        _PEKKO_HTTP,
        server="Jetty (embedded by Scalatra)",
        test_tools=("ScalaTest", "scalatra-scalatest"),
        circuit_breaker="",
        aliases=(),
    ),
    "Finatra": replace(
        _PEKKO_HTTP,
        server="Finagle (Netty)",
        test_tools=("ScalaTest", "finatra EmbeddedHttpServer"),
        orm="Quill",
        circuit_breaker="",
        aliases=(),
    ),
}

# Erlang: an OTP release started by relx's script; Cowboy (or Webmachine's resources over
# MochiWeb, Elli's handlers, Nova's controllers on Cowboy) serving HTTP, epgsql or pgo on
# PostgreSQL, EUnit and Common Test from Erlang/OTP.
_COWBOY = StackFacts(
    language="Erlang",
    server="Cowboy",
    test_tools=("EUnit", "Common Test", "meck"),
    orm="epgsql",
    start_command="_build/prod/rel/app/bin/app foreground",
    mocking="meck for modules; a Cowboy listener in the suite for outbound HTTP",
    circuit_breaker="fuse",
    aliases=(),
)
FRAMEWORKS |= {
    "Cowboy": _COWBOY,
    "Webmachine": replace(_COWBOY, server="MochiWeb (Webmachine)"),
    "Mochiweb": replace(_COWBOY, server="MochiWeb", aliases=("mochiweb_http",)),
    "Elli": replace(_COWBOY, server="Elli"),
    "Nova": replace(_COWBOY, server="Cowboy (Nova)", aliases=("nova framework",)),
}

# Clojure: Ring handlers on embedded Jetty (or http-kit) routed by Compojure or reitit, or
# Pedestal's interceptors; SQL through next.jdbc (HoneySQL writing it), clojure.test under
# Kaocha; the application run from its uberjar.
_RING = StackFacts(
    language="Clojure",
    server="Jetty (ring-jetty-adapter)",
    test_tools=("clojure.test", "Kaocha", "ring-mock"),
    orm="next.jdbc",
    migration_tool="Migratus",
    start_command="java -jar target/app-standalone.jar",
    mocking="clj-http-fake or stubbed handlers for outbound HTTP; with-redefs for collaborators",
    circuit_breaker="diehard",
    aliases=("ring-clojure",),
)
FRAMEWORKS |= {
    "Ring": _RING,
    "Compojure": replace(_RING, aliases=()),
    "reitit": replace(_RING, aliases=("metosin reitit",)),
    "Pedestal": replace(
        _RING,
        server="Jetty (Pedestal)",
        test_tools=("clojure.test", "Kaocha", "pedestal response-for"),
        aliases=("io.pedestal",),
    ),
    "Kit": replace(_RING, server="Undertow or Jetty (Kit)", aliases=("kit-clj",)),
    "Luminus": replace(_RING, aliases=()),
    # Noir: pages (`defpage`) on the Jetty server `noir.server/start` runs, over Compojure.
    "Noir": replace(_RING, server="Jetty (noir.server)", aliases=("clj-noir",)),
}

# Lua on OpenResty: Lapis (Lua or MoonScript) over its own models and migrations on
# PostgreSQL through pgmoon, served by `lapis server` (nginx); busted for the specs. Lor is an
# Express-like router on the same server, with SQL through lua-resty-mysql.
_LAPIS = StackFacts(
    language="Lua",
    server="OpenResty (nginx)",
    test_tools=("busted", "lapis.spec"),
    orm="lapis.db.model",
    migration_tool="Lapis migrations",
    start_command="lapis server production",
    mocking="lapis.spec's mock_request for handlers; busted's stubs and spies for modules",
    aliases=("leafo lapis",),
)
FRAMEWORKS |= {
    "Lapis": _LAPIS,
    "Lor": replace(
        _LAPIS,
        test_tools=("busted",),
        orm="lua-resty-mysql",
        migration_tool="",
        start_command="openresty -p . -c conf/nginx.conf",
        mocking="busted's stubs and spies for modules",
        aliases=("lor framework",),
    ),
}

# Swift on the server: Vapor (on SwiftNIO) over Fluent and its migrations on PostgreSQL,
# started from its executable target (`Run serve`); Swift Testing beside XCTest, with
# VaporTesting's in-process application. Hummingbird is a lighter SwiftNIO server.
_VAPOR = StackFacts(
    language="Swift",
    server="SwiftNIO (Vapor)",
    test_tools=("Swift Testing", "XCTest", "VaporTesting"),
    orm="Fluent",
    migration_tool="Fluent migrations",
    start_command="./Run serve --env production --hostname 0.0.0.0 --port 8080",
    mocking="protocols with hand-written fakes; VaporTesting's app.testing() for handlers",
    aliases=("vapor swift",),
)
FRAMEWORKS |= {
    "Vapor": _VAPOR,
    "Hummingbird": replace(
        _VAPOR,
        server="SwiftNIO (Hummingbird)",
        test_tools=("Swift Testing", "XCTest", "HummingbirdTesting"),
        start_command="swift run App",
        mocking="protocols with hand-written fakes; HummingbirdTesting's app.test() for handlers",
        aliases=("hummingbird swift",),
    ),
}

# Dart on the server: shelf handlers (routed by shelf_router) served by shelf_io from the
# package's bin/ program, SQL through package:postgres; `dart test` runs package:test. Dart
# Frog builds a shelf server from its routes/ folder; Serverpod brings its ORM and migrations.
_SHELF = StackFacts(
    language="Dart",
    server="dart:io HttpServer (shelf_io)",
    test_tools=("dart test",),
    orm="postgres",
    start_command="dart run bin/server.dart",
    mocking="package:mockito or mocktail for collaborators; shelf handlers called directly",
    aliases=("dart shelf",),
)
FRAMEWORKS |= {
    "shelf": _SHELF,
    "Dart Frog": replace(
        _SHELF,
        server="dart:io HttpServer (Dart Frog)",
        start_command="dart build/bin/server.dart",
        aliases=("dart_frog",),
    ),
    "Serverpod": replace(
        _SHELF,
        server="Serverpod",
        orm="Serverpod ORM",
        migration_tool="Serverpod migrations",
        start_command="dart bin/main.dart --mode production --apply-migrations",
        aliases=(),
    ),
    "Conduit": replace(
        _SHELF,
        server="Conduit",
        orm="Conduit ORM",
        migration_tool="conduit db",
        start_command="conduit serve",
        aliases=(),
    ),
    "Angel3": replace(
        _SHELF, server="Angel3", start_command="dart bin/prod.dart", aliases=("angel3_framework",)
    ),
}

# Haskell: Yesod (a scaffolded site over Persistent's models and migrations), Servant (an API
# type served by its handlers), Scotty, Spock and IHP, all on Warp; hspec (with QuickCheck's
# properties) for the specs; the executable Stack or Cabal builds, run as is.
_YESOD = StackFacts(
    language="Haskell",
    server="Warp",
    test_tools=("hspec", "QuickCheck"),
    orm="Persistent",
    # The scaffold's `runMigration migrateAll` runs as the site starts: no command of its own.
    migration_tool="",
    start_command="stack exec -- app",
    mocking="hspec-wai for handlers; records of functions or mtl classes standing in for services",
    aliases=("yesod web framework",),
)
FRAMEWORKS |= {
    "Yesod": _YESOD,
    "Servant": replace(_YESOD, orm="hasql", aliases=("servant-server", "haskell servant")),
    "Scotty": replace(_YESOD, orm="postgresql-simple", aliases=()),
    "Spock": replace(_YESOD, aliases=()),
    "IHP": replace(
        _YESOD,
        orm="IHP's query builder",
        migration_tool="IHP migrations",
        start_command="RunProdServer",
        aliases=("integrated haskell platform",),
    ),
}

# Crystal: Kemal (Sinatra-like routes) or Lucky, Amber, Athena, Grip on Crystal's own HTTP
# server; crystal-db with a driver (crystal-pg) or an ORM (Avram, Granite, Jennifer);
# Crystal's spec (or Spectator); the binary `shards build` compiles.
_KEMAL = StackFacts(
    language="Crystal",
    server="HTTP::Server (Kemal)",
    test_tools=("crystal spec", "Spectator"),
    orm="crystal-db",
    start_command="./bin/app",
    mocking="WebMock.cr for outbound HTTP; Spectator's mocks and doubles",
    aliases=("kemal crystal",),
)
FRAMEWORKS |= {
    "Kemal": _KEMAL,
    "Lucky": replace(
        _KEMAL, server="HTTP::Server (Lucky)", orm="Avram", migration_tool="Avram migrations",
        aliases=("lucky framework",),
    ),
    "Amber": replace(
        _KEMAL, server="HTTP::Server (Amber)", orm="Granite", migration_tool="micrate",
        aliases=("amber framework",),
    ),
    "Athena": replace(_KEMAL, server="HTTP::Server (Athena)", aliases=("athena framework",)),
    "Grip": replace(_KEMAL, server="HTTP::Server (Grip)", aliases=()),
}

# Nim: Jester (routes on httpbeast), Prologue or HappyX; Nim's database modules
# (db_connector) or norm; std/unittest; the binary `nimble build` compiles.
_JESTER = StackFacts(
    language="Nim",
    server="httpbeast (Jester)",
    test_tools=("unittest", "testament"),
    orm="db_connector",
    start_command="./app",
    mocking="a local Jester or asynchttpserver standing in for outbound HTTP",
    aliases=("jester nim",),
)
FRAMEWORKS |= {
    "Jester": _JESTER,
    "Prologue": replace(_JESTER, server="httpx (Prologue)", aliases=("prologue nim",)),
    "HappyX": replace(_JESTER, server="HappyX's server", aliases=()),
}

# Gleam: Wisp handlers served by mist on the BEAM, pog for PostgreSQL (sqlight for SQLite);
# gleeunit runs `test/*_test.gleam`; `gleam export erlang-shipment` builds the release run.
FRAMEWORKS |= {
    "Wisp": StackFacts(
        language="Gleam",
        server="mist (Wisp)",
        test_tools=("gleeunit",),
        orm="pog",
        start_command="build/erlang-shipment/entrypoint.sh run",
        mocking="wisp/testing requests against the handler; a local mist server for outbound HTTP",
        aliases=("wisp gleam",),
    ),
}

# C and C++: Wt (widgets rendered by its own built-in httpd, Wt::Dbo for its tables), userver
# (a component framework with its own PostgreSQL driver, tested through pytest by its
# testsuite), Crow (a Flask-like router) and CivetWeb (an embeddable C server), each built by
# CMake; Zig: http.zig's server over zqlite. Their programs are started as built binaries.
_CPP_MOCK = "a local stub HTTP server for outbound HTTP; GoogleMock for collaborators"
FRAMEWORKS |= {
    "Wt": StackFacts(
        language="C++",
        server="Wt's built-in httpd (Wt::WServer)",
        test_tools=("Boost.Test",),
        orm="Wt::Dbo",
        start_command="./app --docroot . --http-listen 0.0.0.0:8080",
        mocking=_CPP_MOCK,
        aliases=("wt webtoolkit",),
    ),
    "userver": StackFacts(
        language="C++",
        server="userver (its own HTTP server component)",
        test_tools=("pytest", "GoogleTest"),
        orm="userver-postgresql",
        start_command="./service --config configs/static_config.yaml",
        mocking="the testsuite's mockserver for outbound HTTP; GoogleMock for collaborators",
        aliases=("yandex userver",),
    ),
    "Crow": StackFacts(
        language="C++",
        server="Crow (its own asio server)",
        test_tools=("Catch2", "Boost.Test"),
        orm="sqlpp11",
        start_command="./app",
        mocking=_CPP_MOCK,
        aliases=("crowcpp",),
    ),
    "CivetWeb": StackFacts(
        language="C",
        server="CivetWeb (embedded)",
        test_tools=("BATS",),
        start_command="./app",
        mocking="a local stub HTTP server for outbound HTTP",
        aliases=("civetweb",),
    ),
    "http.zig": StackFacts(
        language="Zig",
        server="http.zig (httpz)",
        test_tools=("zig test",),
        orm="zqlite",
        start_command="zig build run",
        mocking="a local httpz server for outbound HTTP; Zig's std.testing",
        aliases=("httpz",),
    ),
}

# OCaml: Dream (its own server on Lwt, `Dream.sql_pool` over Caqti; Petrol builds queries on
# Caqti), built by dune (`dune build`, whose `dune test` runs alcotest suites and cram tests).
FRAMEWORKS |= {
    "Dream": StackFacts(
        language="OCaml",
        server="Dream (its own Lwt HTTP server)",
        test_tools=("dune test", "alcotest"),
        orm="Caqti",
        start_command="dune exec ./bin/main.exe",
        mocking="Dream.test requests against the handler; a local Dream server for outbound HTTP",
        aliases=("dream ocaml",),
    ),
}

# Deno: acorn, a router over Deno's native HTTP server (deno.land/x, JSR's @oak/acorn); the
# built-in `deno test`, started by `deno run` with its permissions.
FRAMEWORKS |= {
    "acorn": StackFacts(
        language="TypeScript",
        server="Deno (Deno.serve)",
        test_tools=("deno test",),
        start_command="deno run --allow-net --allow-env main.ts",
        mocking="std/testing's stubs and spies; a stubbed fetch for outbound HTTP",
        aliases=("acorn deno",),
    ),
}

# Perl: Mojolicious (its own preforking server, hypnotoad; morbo in development), Catalyst and
# Dancer served over PSGI by Starman, or a bare PSGI application on Plack; DBI with a driver
# (or DBIx::Class over it, Mojo::Pg for PostgreSQL); Test::More files under t/ run by `prove`,
# the distribution's modules installed by Carton from its cpanfile.
_MOJOLICIOUS = StackFacts(
    language="Perl",
    server="hypnotoad (Mojolicious)",
    test_tools=("Test::More", "Test::Mojo"),
    orm="DBI",
    start_command="carton exec morbo script/app",
    mocking="Test::Mojo against the app; Mojo::UserAgent mock servers or Test::MockModule",
    aliases=("mojo", "mojolicious::lite"),
)
FRAMEWORKS |= {
    "Mojolicious": _MOJOLICIOUS,
    "Catalyst": replace(
        _MOJOLICIOUS, server="Starman (Catalyst over PSGI)", orm="DBIx::Class",
        test_tools=("Test::More", "Catalyst::Test"),
        start_command="carton exec plackup -s Starman app.psgi",
        mocking="Catalyst::Test requests; Test::MockModule or Test::MockObject",
        aliases=("catalyst::runtime",),
    ),
    "Dancer": replace(
        _MOJOLICIOUS, server="Starman (Dancer over PSGI)",
        test_tools=("Test::More", "Dancer::Test"),
        start_command="carton exec plackup -s Starman bin/app.pl",
        mocking="Plack::Test requests; Test::MockModule", aliases=(),
    ),
    "Dancer2": replace(
        _MOJOLICIOUS, server="Starman (Dancer2 over PSGI)",
        test_tools=("Test::More",), start_command="carton exec plackup -s Starman bin/app.psgi",
        mocking="Plack::Test requests; Test::MockModule", aliases=(),
    ),
    "Plack": replace(
        _MOJOLICIOUS, server="Starman (PSGI)", test_tools=("Test::More",),
        start_command="carton exec plackup -s Starman app.psgi",
        mocking="Plack::Test requests; Test::MockModule", aliases=("psgi",),
    ),
}

# The catalogue's breadth (#19): more frameworks detection names, each with its nearest
# sibling's defaults and what differs.
FRAMEWORKS |= {
    # Go: routers over net/http and the frameworks that bring their own ORM or generator.
    "go-restful": replace(FRAMEWORKS["httprouter"], aliases=("emicklei/go-restful",)),
    "GoFrame": replace(FRAMEWORKS["Gin"], orm="GoFrame ORM", migration_tool="",
                       aliases=("gf", "gogf/gf")),
    "Goji": replace(FRAMEWORKS["httprouter"], aliases=("goji.io", "zenazn/goji")),
    "Martini": replace(FRAMEWORKS["Gin"], aliases=("go-martini",)),
    "BunRouter": replace(FRAMEWORKS["Gin"], orm="Bun", aliases=("uptrace/bunrouter",)),
    "Huma": replace(FRAMEWORKS["Chi"], aliases=("danielgtaylor/huma",)),
    "Goa": replace(FRAMEWORKS["Gin"], server="net/http (Goa generated server)",
                   aliases=("goa.design",)),
    "gocraft/web": replace(FRAMEWORKS["httprouter"], aliases=()),
    # PHP: Swoole and Workerman servers, a C-extension framework and the older MVC ones.
    "Zend Framework": replace(_MEZZIO, aliases=("zend framework 2", "zf2", "zend mvc")),
    "Hyperf": replace(_MEZZIO, server="Swoole (Hyperf server)", orm="Hyperf Database (Eloquent)",
                      migration_tool="", start_command="php bin/hyperf.php start",
                      mocking=_PHP_MOCK, aliases=()),
    "webman": replace(_MEZZIO, server="Workerman", orm="Eloquent (illuminate/database)",
                      migration_tool="", start_command="php start.php start",
                      mocking=_PHP_MOCK, aliases=("workerman webman",)),
    "Phalcon": replace(_MEZZIO, orm="Phalcon ORM", migration_tool="",
                       mocking=_PHP_MOCK, aliases=("phalcon php",)),
    "FuelPHP": replace(_MEZZIO, orm="FuelPHP ORM", migration_tool="", mocking=_PHP_MOCK,
                       aliases=("fuel php",)),
    "Kohana": replace(_MEZZIO, orm="Kohana ORM", migration_tool="", mocking=_PHP_MOCK,
                      aliases=()),
    "Flight": replace(_MEZZIO, orm="PDO", migration_tool="", mocking=_PHP_MOCK,
                      aliases=("flightphp",)),
    "Fat-Free": replace(_MEZZIO, orm="F3 SQL Mapper", migration_tool="", mocking=_PHP_MOCK,
                        aliases=("fatfree", "f3")),
    "Leaf": replace(_MEZZIO, orm="Leaf DB", migration_tool="", mocking=_PHP_MOCK,
                    test_tools=("Pest",), aliases=("leaf php",)),
    # Python: Masonite (its own ORM and migrations run by craft), ASGI and WSGI frameworks.
    "Masonite": replace(_GUNICORN_APP, orm="Masonite ORM", migration_tool="",
                        start_command="gunicorn wsgi:application --bind 0.0.0.0:$PORT"),
    "BlackSheep": replace(_FASTAPI, start_command="uvicorn server:app --host 0.0.0.0 --port $PORT"),
    "Emmett": replace(_FASTAPI, server="Granian", orm="Emmett ORM (pyDAL)", migration_tool="",
                      start_command="emmett serve --host 0.0.0.0 --port $PORT"),
    "hug": replace(_GUNICORN_APP, start_command="gunicorn api:__hug_wsgi__ --bind 0.0.0.0:$PORT"),
    "Klein": replace(_GUNICORN_APP, server="Twisted", test_tools=("pytest", "twisted.trial"),
                     start_command="python app.py"),
    # Ruby: Padrino runs on Sinatra; Cuba is a Rack micro-framework.
    "Padrino": replace(FRAMEWORKS["Sinatra"], aliases=("padrino framework",)),
    "Cuba": replace(FRAMEWORKS["Sinatra"], test_tools=("Cutest", "Rack::Test"), aliases=()),
    # Rust: Gotham, ntex (Actix's fork), Loco (Rails-like, on Axum and SeaORM), Trillium, Pavex.
    "Gotham": replace(FRAMEWORKS["Axum"], server="Gotham (Hyper)"),
    "ntex": replace(FRAMEWORKS["Actix Web"], server="ntex", aliases=()),
    "Loco": replace(FRAMEWORKS["Axum"], orm="SeaORM", migration_tool="",
                    start_command="cargo loco start", aliases=("loco-rs", "loco.rs")),
    "Trillium": replace(FRAMEWORKS["Axum"], server="Trillium (smol or Tokio)"),
    "Pavex": replace(FRAMEWORKS["Axum"], server="Pavex (Hyper)"),
    # Iron: middleware chains on Hyper 0.10, swagger-codegen's older Rust server target.
    "Iron": replace(FRAMEWORKS["Axum"], server="Iron (Hyper)"),
    # Node: the headless CMS and the frameworks over Koa, Express or their own servers.
    "Strapi": replace(_NODE_SERVER, orm="Strapi Document Service", migration_tool="",
                      start_command="npm run start", aliases=("strapi cms",)),
    "Midway": replace(_NODE_SERVER, server="Node.js (Midway over Koa)", orm="TypeORM",
                      migration_tool="TypeORM migrations", start_command="node bootstrap.js",
                      aliases=("midwayjs", "midway.js")),
    "Moleculer": replace(_NODE_SERVER, server="Node.js (moleculer-web gateway)",
                         start_command="moleculer-runner services", aliases=("moleculer-web",)),
    "Marble.js": replace(_NODE_SERVER, aliases=("marblejs",)),
    "ThinkJS": replace(_NODE_SERVER, orm="think-model", migration_tool="",
                       start_command="node production.js", aliases=()),
    "Total.js": replace(_NODE_SERVER, orm="Total.js NoSQL", migration_tool="",
                        start_command="node release.js", aliases=("totaljs", "total4")),
    # JVM: servers embedded by the framework, and the servlet frameworks of a war.
    "Jooby": replace(FRAMEWORKS["Javalin"], server="Netty or Jetty (Jooby server)",
                     test_tools=("JUnit 5", "jooby-test")),
    "Ratpack": replace(FRAMEWORKS["Javalin"], server="Netty (Ratpack)",
                       test_tools=("JUnit 5", "ratpack-test")),
    "Armeria": replace(FRAMEWORKS["Javalin"], server="Netty (Armeria)",
                       test_tools=("JUnit 5", "armeria-junit5")),
    "Solon": replace(FRAMEWORKS["Javalin"], server="smart-http (Solon)", orm="MyBatis",
                     test_tools=("JUnit 5", "solon-test")),
    "JFinal": replace(FRAMEWORKS["Javalin"], server="Undertow (jfinal-undertow)",
                      orm="JFinal ActiveRecord", migration_tool="", test_tools=("JUnit 5",)),
    "Struts": replace(FRAMEWORKS["Javalin"], server="Tomcat (a war)",
                      orm="JPA / Hibernate", test_tools=("JUnit 5", "struts2-junit-plugin"),
                      start_command="deploy the war to Tomcat", aliases=("struts 2", "struts2")),
    # An application on the platform's own web layer (JAX-RS, JSF, EJB, CDI), a war or an ear
    # deployed to an application server.
    "Jakarta EE": replace(FRAMEWORKS["Javalin"], server="WildFly, Payara or Open Liberty (a war)",
                          orm="JPA / Hibernate", test_tools=("JUnit 5", "Arquillian"),
                          start_command="deploy the war to WildFly",
                          aliases=("java ee", "javaee", "jakartaee", "jee")),
    "Seam": replace(FRAMEWORKS["Javalin"], server="JBoss AS (a war or ear)",
                    orm="JPA / Hibernate", test_tools=("JUnit", "Seam's SeamTest"),
                    start_command="deploy the war to JBoss AS",
                    aliases=("jboss seam", "seam 2")),
    "Wicket": replace(FRAMEWORKS["Javalin"], server="Jetty or Tomcat (a war)",
                      orm="JPA / Hibernate", test_tools=("JUnit 5", "WicketTester"),
                      start_command="deploy the war to Jetty", aliases=("apache wicket",)),
    "Spring MVC": replace(FRAMEWORKS["Javalin"], server="Tomcat (a war)",
                          orm="JPA / Hibernate", test_tools=("JUnit 5", "spring-test MockMvc"),
                          start_command="deploy the war to Tomcat",
                          aliases=("spring web mvc", "spring framework mvc")),
    "Cask": replace(_PEKKO_HTTP, server="Undertow (Cask)", test_tools=("uTest",),
                    orm="ScalikeJDBC", circuit_breaker="", aliases=("com.lihaoyi cask",)),
    # Spotify's Apollo boots the routes on the Jetty its apollo-http-service embeds; Takes
    # serves its `Take` objects from its own socket front (`FtBasic`).
    "Apollo": replace(FRAMEWORKS["Javalin"], server="Jetty (apollo-http-service)",
                      test_tools=("JUnit 5", "apollo-test"), aliases=("spotify apollo",)),
    "Takes": replace(FRAMEWORKS["Javalin"], server="Takes' own HTTP front (FtBasic)",
                     test_tools=("JUnit 5", "Hamcrest"), aliases=("org.takes",)),
    # Go: Echo's fork under its own module path keeps Echo's API, with upper/db's fork beside it.
    "webx-top/echo": replace(FRAMEWORKS["Echo"], orm="webx-top/db", aliases=()),
}

# Full-stack JavaScript: the server routes of SvelteKit (`+server.ts`, form actions) and Nuxt
# (Nitro's server/api) live beside the pages they serve; Meteor publishes its MongoDB
# collections to the client over DDP from the bundle `meteor build` makes.
_SVELTEKIT = replace(
    FRAMEWORKS["Next.js"],
    server="Node.js (@sveltejs/adapter-node)",
    test_tools=("Vitest", "Playwright"),
    orm="Drizzle ORM",
    migration_tool="drizzle-kit",
    start_command="node build",
    aliases=("svelte kit", "@sveltejs/kit"),
)
FRAMEWORKS |= {
    "SvelteKit": _SVELTEKIT,
    "Nuxt": replace(
        _SVELTEKIT,
        server="Node.js (Nitro)",
        test_tools=("Vitest", "@nuxt/test-utils", "Playwright"),
        start_command="node .output/server/index.mjs",
        aliases=("nuxt.js", "nuxtjs"),
    ),
    "Meteor": replace(
        _NODE_SERVER,
        language="JavaScript",
        server="Node.js (Meteor bundle)",
        test_tools=("Mocha (meteortesting:mocha)",),
        orm="Meteor collections (MongoDB)",
        migration_tool="",
        start_command="node bundle/main.js",
        mocking="sinon for modules; nock for outbound HTTP",
        aliases=("meteor.js", "meteorjs"),
    ),
}
# PHP: Nette's presenters over Nette Database Explorer, Nextras Migrations through its
# Symfony Console bridge, Nette Tester for the tests.
FRAMEWORKS["Nette"] = replace(
    _MEZZIO,
    test_tools=("Nette Tester",),
    orm="Nette Database Explorer",
    migration_tool="Nextras Migrations",
    mocking="Mockery for collaborators; a fake HTTP client behind an interface for outbound HTTP",
    aliases=("nette framework",),
)
# Clojure: yada's resources served by Aleph; Crystal: Spider-Gazelle's action-controller
# routes on Crystal's HTTP::Server over PgORM.
FRAMEWORKS["yada"] = replace(_RING, server="Aleph (yada)", aliases=("juxt yada",))
FRAMEWORKS["Spider-Gazelle"] = replace(
    _KEMAL, server="HTTP::Server (Spider-Gazelle action-controller)", orm="PgORM",
    aliases=("spider gazelle", "action-controller"),
)

LANGUAGE_TEST_TOOLS: dict[str, tuple[str, ...]] = {
    "python": ("pytest",),
    "typescript": ("Vitest",),
    "javascript": ("Jest",),
    "go": ("go test", "testify"),
    "java": ("JUnit 5", "Testcontainers"),
    "kotlin": ("JUnit 5", "Testcontainers"),
    "c#": ("xUnit",),
    "php": ("PHPUnit",),
    "ruby": ("RSpec",),
    "rust": ("cargo test",),
    "elixir": ("ExUnit",),
    "scala": ("ScalaTest",),
    "clojure": ("clojure.test", "Kaocha"),
    "erlang": ("EUnit", "Common Test"),
    "swift": ("Swift Testing", "XCTest"),
    "dart": ("dart test",),
    "haskell": ("hspec",),
    "crystal": ("crystal spec",),
    "nim": ("unittest",),
    "perl": ("Test::More",),
    "gleam": ("gleeunit",),
}
"""Test tools when only the language is known (keys normalised)."""

MIGRATE_COMMANDS: dict[str, str] = {
    "alembic": "alembic upgrade head",
    "flask-migrate": "flask db upgrade",
    "django migrations": "python manage.py migrate",
    "prisma migrate": "npx prisma migrate deploy",
    "typeorm migrations": "npx typeorm migration:run -d dist/data-source.js",
    "knex": "npx knex migrate:latest",
    "drizzle-kit": "npx drizzle-kit migrate",
    "sequelize": "npx sequelize-cli db:migrate",
    "golang-migrate": 'migrate -path ./migrations -database "$DATABASE_URL" up',
    "goose": 'goose -dir ./migrations postgres "$DATABASE_URL" up',
    "atlas": 'atlas migrate apply --url "$DATABASE_URL"',
    "flyway": "flyway migrate",
    "migratus": "lein migratus migrate",
    "liquibase": "liquibase update",
    "laravel migrations": "php artisan migrate --force",
    "doctrine migrations": "php bin/console doctrine:migrations:migrate --no-interaction",
    "doctrine-migrations": "vendor/bin/doctrine-migrations migrate --no-interaction",
    "codeigniter migrations": "php spark migrate",
    "ef core migrations": "dotnet ef database update",
    "active record migrations": "bin/rails db:migrate",
    "sequel migrations": 'bundle exec sequel -m db/migrations "$DATABASE_URL"',
    "sqlx-cli": "sqlx migrate run",
    "diesel cli": "diesel migration run",
    "lucid migrations": "node ace migration:run --force",
    "knex migrations": "npx knex migrate:latest",
    "soda": "soda migrate up",
    "cakephp migrations": "bin/cake migrations migrate",
    "rom migrations": "bundle exec rake db:migrate",
    "yii migrations": "php yii migrate --interactive=0",
    "think-migration": "php think migrate:run",
    "ecto migrations": "mix ecto.migrate",
    "lapis migrations": "lapis migrate production",
    "fluent migrations": "./Run migrate --yes --env production",
    "serverpod migrations": "dart bin/main.dart --role maintenance --apply-migrations",
    "conduit db": "conduit db upgrade",
    "ihp migrations": "migrate",
    "avram migrations": "lucky db.migrate",
    "micrate": "micrate up",
    "nextras migrations": "php bin/console migrations:continue",
    # The spellings `designer detect` reports, where they differ from the ones above, and the
    # tools only a scan names (tests/test_stack_defaults.py holds the two lists together).
    "activerecord migrations": "bin/rails db:migrate",
    "drizzle kit": "npx drizzle-kit migrate",
    "sequelize migrations": "npx sequelize-cli db:migrate",
    "sqlx migrations": "sqlx migrate run",
    "diesel migrations": "diesel migration run",
    "seaorm migrations": "sea-orm-cli migrate up",
    "aerich": "aerich upgrade",
    "piccolo migrations": "piccolo migrations forwards all",
    "db-migrate": "npx db-migrate up",
    "node-pg-migrate": "npx node-pg-migrate up",
    "sql-migrate": "sql-migrate up",
    # Umzug is a library; its documented command line is the script that calls `runAsCLI()`.
    "umzug": "node migrate.js up",
}
"""Commands that apply pending migrations, by normalised migration tool name."""


def _notes(text: str) -> list[tuple[int, int]]:
    """(start, end) of each `(…)` note on one line, as `re.finditer(r"\\(.*?\\)")` finds them
    but in linear time (that pattern rescans the rest of the line from every unclosed `(`)."""
    found: list[tuple[int, int]] = []
    at = 0
    while (start := text.find("(", at)) != -1:
        end = text.find(")", start)
        if end == -1:
            break  # no later "(" has a ")" after it either
        newline = text.find("\n", start, end)
        if newline != -1:
            at = newline + 1
            continue
        found.append((start, end + 1))
        at = end + 1
    return found


def normalise(name: str) -> str:
    """Lower case, with `(…)` notes, versions and punctuation other than `#` dropped."""
    name = name.lower()
    kept, at = [], 0
    for start, end in _notes(name):
        kept += [name[at:start], " "]
        at = end
    name = "".join(kept) + name[at:]
    # The lookbehind starts a match only where a run of spaces starts: linear time.
    name = re.sub(r"(?<!\s)\s+\d[\w.]*", " ", name)
    return " ".join(re.sub(r"[^a-z0-9#+/.\- ]", " ", name).replace(".", " ").split())


def _squash(name: str) -> str:
    return re.sub(r"[^a-z0-9#]", "", normalise(name))


_INDEX: dict[str, str] = {}
for _name, _facts in FRAMEWORKS.items():
    for _key in (_name, *_facts.aliases):
        _INDEX[_squash(_key)] = _name


def framework_name(name: str) -> str | None:
    """The display name of a known framework matching `name`, or None."""
    return _INDEX.get(_squash(name)) if name.strip() else None


def facts(name: str) -> StackFacts | None:
    """Defaults for the framework called `name` (any spelling), or None when unknown."""
    display = framework_name(name)
    return FRAMEWORKS[display] if display else None


def migrate_command(tool: str) -> str | None:
    """The command that applies migrations with `tool`, or None when unknown."""
    # "Alembic (Flask-Migrate)": the note names the command-line tool actually used.
    notes = _notes(tool)
    note = tool[notes[0][0] + 1 : notes[0][1] - 1] if notes else None
    if note is not None and normalise(note) in MIGRATE_COMMANDS:
        return MIGRATE_COMMANDS[normalise(note)]
    return MIGRATE_COMMANDS.get(normalise(tool))
