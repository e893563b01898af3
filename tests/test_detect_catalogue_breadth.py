"""The catalogue's breadth (#19): well-known frameworks, data layers, embedded stores and test
tools no held-out set has shown yet, each on a small tree of its real files' shape (manifest
and entry file), so that a fresh set's first look does not miss them.

Each framework case is an application (`app/`, its entry point) beside a library of the same
repository (`lib/`, the framework required and used, no entry point): the application is the
one backend, with the framework at the manifest's version; the library is none. Each data
layer and test tool case is one application and its finding. Every case but Connexion 2 (Flask
under `connexion.App`, already right) failed before these entries.

Added, by ecosystem (framework · data layer or store · test tool):
  Go · go-restful, GoFrame, Goji, Martini, BunRouter, Huma (an add-on over its router), Goa,
       gocraft/web · SQLBoiler, reform, REL, dbr · gocheck (counted like GoConvey)
  PHP · Hyperf, webman, Phalcon (`ext-phalcon`), FuelPHP, Kohana, Zend Framework, Flight,
       Fat-Free, Leaf · Medoo · PhpSpec, Kahlan, atoum
  Python · Masonite, BlackSheep, Emmett, hug, Klein
  Ruby · Padrino (absorbs Sinatra), Cuba · DataMapper (and its adapters' engines)
  Rust · Gotham, ntex (absorbs the Actix Web its `HttpServer` name suggests), Loco (absorbs
       Axum), Trillium, Pavex · rbatis (rbdc drivers' engines), sled
  Node · Strapi, Midway, Moleculer (an HTTP gateway through moleculer-web), Marble.js, ThinkJS,
       Total.js · pg-promise
  JVM · Jooby, Ratpack, Armeria, Solon, JFinal, Struts (web.xml filter), Wicket, Cask (sbt) ·
       Morphia, Sql2o · Spek, uTest
  .NET · PetaPoco, RavenDB.Client · TUnit;  Elixir · Mnesia (`:mnesia.` calls), Memento
Already known (the catalogue or `test_detect_catalogue_audit`): upper/db, bun, ent, XORM,
GoConvey; Pekko HTTP, ZIO HTTP; MikroORM, Drizzle, Kysely, Objection, Waterline, Slonik,
postgres.js, Lucid; AVA, uvu, node:test, lab, Jasmine; Propel, RedBeanPHP, Cycle ORM, ThinkORM,
Codeception, Behat; Peewee, Tortoise, Pony, SQLModel, MongoEngine, Beanie, ODMantic, Piccolo,
ormar, databases, Records, nose, nose2, ward; Sequel, Mongoid, ROM; Ebean, Jdbi, Exposed, Ktorm,
Slick, Doobie, Quill, Anorm, Skunk, TestNG, Spock, Kotest, specs2, MUnit, weaver, ZIO Test;
NHibernate, LINQ to DB, SqlSugar, FreeSql, OrmLite, Marten, MSTest; SeaORM, Diesel, rusqlite,
nextest (as cargo test); mongodb_driver.
Left: Spring MVC without Boot and Jboot over JFinal (earlier sets left such apps out, the name
undecided), web2py (no manifest), QueryDSL and Typegoose (a
layer over JPA or Mongoose: which one a truth names is undecided).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from test_detect_projects import Files, go_mod, package_json, pom, write

from designer.detect import detect
from designer.model.stack import DetectedBackend
from designer.model.stack import FindingKind as K

D = (K.ORM, K.QUERY)
_KINDS = {"framework": (K.FRAMEWORK,), "data": D, "engine": (K.DATABASE,), "test": (K.TEST,)}


def _found(backend: DetectedBackend, kinds: tuple[K, ...]) -> tuple[str, str]:
    finding = next((f for f in backend.findings if f.kind in kinds), None)
    return (finding.name, finding.version) if finding else ("none", "")


def _under(folder: str, files: Files) -> Files:
    return {f"{folder}/{path}": text for path, text in files.items()}


def framework(name: str, app: Files, lib: Files, want: str, version: str) -> object:
    """An application and a library of one repository, both requiring the framework."""
    return pytest.param({**_under("app", app), **_under("lib", lib)}, want, version, id=name)


def single(name: str, files: Files, **want: str) -> object:
    """One application; `want` maps a kind (framework, data, engine, test) to "name" or
    "name@version"."""
    return pytest.param(files, want, id=name)


# --- Go --------------------------------------------------------------------------------------


def _go(requires: tuple[str, ...], main: str, **files: str) -> Files:
    return {"go.mod": go_mod(*requires), "main.go": main, **files}


def _go_lib(require: str, source: str) -> Files:
    return {"go.mod": go_mod(require), "handlers.go": source}


GO_FRAMEWORKS = [
    framework(
        "go-restful",
        _go(
            ("github.com/emicklei/go-restful/v3 v3.12.1",),
            'package main\n\nimport (\n\t"net/http"\n\n'
            '\trestful "github.com/emicklei/go-restful/v3"\n)\n\n'
            'func main() {\n\tws := new(restful.WebService)\n\tws.Path("/users")\n'
            "\trestful.Add(ws)\n\thttp.ListenAndServe(\":8080\", nil)\n}\n",
        ),
        _go_lib(
            "github.com/emicklei/go-restful/v3 v3.12.1",
            'package users\n\nimport restful "github.com/emicklei/go-restful/v3"\n\n'
            "func WebService() *restful.WebService {\n\tws := new(restful.WebService)\n"
            '\tws.Route(ws.GET("/{id}").To(find))\n\treturn ws\n}\n',
        ),
        "go-restful",
        "v3.12.1",
    ),
    framework(
        "goframe",
        _go(
            ("github.com/gogf/gf/v2 v2.7.4",),
            'package main\n\nimport (\n\t"github.com/gogf/gf/v2/os/gctx"\n\n'
            '\t"example.com/app/internal/cmd"\n)\n\nfunc main() {\n'
            "\tcmd.Main.Run(gctx.GetInitCtx())\n}\n",
            **{
                "internal/cmd/cmd.go": (
                    'package cmd\n\nimport (\n\t"context"\n\n\t"github.com/gogf/gf/v2/frame/g"\n'
                    '\t"github.com/gogf/gf/v2/net/ghttp"\n\t"github.com/gogf/gf/v2/os/gcmd"\n)\n\n'
                    'var Main = gcmd.Command{\n\tName: "main",\n\tFunc: func(ctx context.Context, '
                    "parser *gcmd.Parser) (err error) {\n\t\ts := g.Server()\n"
                    '\t\ts.Group("/", func(group *ghttp.RouterGroup) {})\n\t\ts.Run()\n'
                    "\t\treturn nil\n\t},\n}\n"
                )
            },
        ),
        _go_lib(
            "github.com/gogf/gf/v2 v2.7.4",
            'package middleware\n\nimport "github.com/gogf/gf/v2/net/ghttp"\n\n'
            "func CORS(r *ghttp.Request) {\n\tr.Response.CORSDefault()\n\tr.Middleware.Next()\n}\n",
        ),
        "GoFrame",
        "v2.7.4",
    ),
    framework(
        "goji",
        _go(
            ("goji.io v2.0.2+incompatible",),
            'package main\n\nimport (\n\t"net/http"\n\n\t"goji.io"\n\t"goji.io/pat"\n)\n\n'
            "func main() {\n\tmux := goji.NewMux()\n"
            '\tmux.HandleFunc(pat.Get("/hello/:name"), hello)\n'
            '\thttp.ListenAndServe("localhost:8000", mux)\n}\n',
        ),
        _go_lib(
            "goji.io v2.0.2+incompatible",
            'package middleware\n\nimport "goji.io/pat"\n\nvar Hello = pat.Get("/hello/:name")\n',
        ),
        "Goji",
        "v2.0.2+incompatible",
    ),
    framework(
        "martini",
        _go(
            ("github.com/go-martini/martini v0.0.0-20170121215854-22fa46961aab",),
            'package main\n\nimport "github.com/go-martini/martini"\n\nfunc main() {\n'
            '\tm := martini.Classic()\n\tm.Get("/", func() string { return "ok" })\n'
            "\tm.Run()\n}\n",
        ),
        _go_lib(
            "github.com/go-martini/martini v0.0.0-20170121215854-22fa46961aab",
            'package auth\n\nimport "github.com/go-martini/martini"\n\n'
            "func Required(c martini.Context) {}\n",
        ),
        "Martini",
        "v0.0.0-20170121215854-22fa46961aab",
    ),
    framework(
        "bunrouter",
        _go(
            ("github.com/uptrace/bunrouter v1.0.22",),
            'package main\n\nimport (\n\t"net/http"\n\n\t"github.com/uptrace/bunrouter"\n)\n\n'
            "func main() {\n\trouter := bunrouter.New()\n"
            '\thttp.ListenAndServe(":9999", router)\n}\n',
        ),
        _go_lib(
            "github.com/uptrace/bunrouter v1.0.22",
            'package api\n\nimport "github.com/uptrace/bunrouter"\n\n'
            "func Index(w http.ResponseWriter, req bunrouter.Request) error { return nil }\n",
        ),
        "BunRouter",
        "v1.0.22",
    ),
    framework(
        "huma-over-chi",
        _go(
            ("github.com/danielgtaylor/huma/v2 v2.27.0", "github.com/go-chi/chi/v5 v5.1.0"),
            'package main\n\nimport (\n\t"net/http"\n\n\t"github.com/danielgtaylor/huma/v2"\n'
            '\t"github.com/danielgtaylor/huma/v2/adapters/humachi"\n'
            '\t"github.com/go-chi/chi/v5"\n)\n\nfunc main() {\n\trouter := chi.NewMux()\n'
            '\tapi := humachi.New(router, huma.DefaultConfig("My API", "1.0.0"))\n'
            "\t_ = api\n\thttp.ListenAndServe(\"127.0.0.1:8888\", router)\n}\n",
        ),
        _go_lib(
            "github.com/danielgtaylor/huma/v2 v2.27.0",
            'package greet\n\nimport "github.com/danielgtaylor/huma/v2"\n\n'
            "func Register(api huma.API) {}\n",
        ),
        # Huma's operations are served by the router it adapts (as a truth of set 64 reads).
        "Chi",
        "v5.1.0",
    ),
    framework(
        "goa",
        _go(
            ("goa.design/goa/v3 v3.19.1",),
            'package main\n\nfunc main() { run() }\n',
            **{
                "cmd/calc/http.go": (
                    'package main\n\nimport (\n\tgoahttp "goa.design/goa/v3/http"\n)\n\n'
                    "func handleHTTPServer() {\n\tvar mux goahttp.Muxer\n"
                    "\tmux = goahttp.NewMuxer()\n\t_ = mux\n}\n"
                )
            },
        ),
        _go_lib(
            "goa.design/goa/v3 v3.19.1",
            'package design\n\nimport . "goa.design/goa/v3/dsl"\n\n'
            'var _ = API("calc", func() { Title("Calculator Service") })\n',
        ),
        "Goa",
        "v3.19.1",
    ),
    framework(
        "gocraft-web",
        _go(
            ("github.com/gocraft/web v0.0.0-20190207150652-9707327fb69b",),
            'package main\n\nimport (\n\t"net/http"\n\n\t"github.com/gocraft/web"\n)\n\n'
            "type Context struct{}\n\nfunc main() {\n\trouter := web.New(Context{})\n"
            '\thttp.ListenAndServe("localhost:3000", router)\n}\n',
        ),
        _go_lib(
            "github.com/gocraft/web v0.0.0-20190207150652-9707327fb69b",
            'package api\n\nimport "github.com/gocraft/web"\n\n'
            "func Hello(rw web.ResponseWriter, req *web.Request) {}\n",
        ),
        "gocraft/web",
        "v0.0.0-20190207150652-9707327fb69b",
    ),
]

_GIN_MAIN = (
    'package main\n\nimport "github.com/gin-gonic/gin"\n\nfunc main() {\n\tr := gin.Default()\n'
    "\tr.Run()\n}\n"
)
_GIN = "github.com/gin-gonic/gin v1.10.0"

GO_SINGLES = [
    single(
        "go-sqlboiler",
        _go(
            (_GIN, "github.com/volatiletech/sqlboiler/v4 v4.16.2", "github.com/lib/pq v1.10.9"),
            _GIN_MAIN,
        ),
        framework="Gin@v1.10.0",
        data="SQLBoiler@v4.16.2",
        engine="PostgreSQL",
    ),
    single(
        "go-reform",
        _go(
            (_GIN, "gopkg.in/reform.v1 v1.5.1", "github.com/go-sql-driver/mysql v1.8.1"),
            _GIN_MAIN,
        ),
        data="reform@v1.5.1",
        engine="MySQL",
    ),
    single(
        "go-rel",
        _go((_GIN, "github.com/go-rel/rel v0.42.0", "github.com/lib/pq v1.10.9"), _GIN_MAIN),
        data="REL@v0.42.0",
    ),
    single(
        "go-dbr",
        _go((_GIN, "github.com/gocraft/dbr/v2 v2.7.6", "github.com/lib/pq v1.10.9"), _GIN_MAIN),
        data="dbr@v2.7.6",
    ),
    single(
        "go-gocheck",
        _go(
            (_GIN, "gopkg.in/check.v1 v1.0.0-20201130134442-10cb98267c6c"),
            _GIN_MAIN,
            **{
                f"api/{n}_test.go": (
                    'package api\n\nimport (\n\t"testing"\n\n\t. "gopkg.in/check.v1"\n)\n\n'
                    "func Test(t *testing.T) { TestingT(t) }\n\ntype S struct{}\n\n"
                    "var _ = Suite(&S{})\n"
                )
                for n in ("users", "orders", "items", "carts")
            },
        ),
        test="gocheck",
    ),
]


# --- PHP -------------------------------------------------------------------------------------


def _composer(require: dict[str, str], dev: dict[str, str] | None = None, kind: str = "") -> str:
    data: dict[str, object] = {"name": "acme/app"}
    if kind:
        data["type"] = kind
    data["require"] = {"php": ">=8.1", **require}
    if dev:
        data["require-dev"] = dev
    return json.dumps(data, indent=4) + "\n"


def _php(require: dict[str, str], **files: str) -> Files:
    return {"composer.json": _composer(require), **files}


def _php_lib(require: dict[str, str], source: str) -> Files:
    return {"composer.json": _composer(require, kind="library"), "src/Handler.php": source}


PHP_FRAMEWORKS = [
    framework(
        "hyperf",
        _php(
            {"hyperf/framework": "~3.1.0", "hyperf/http-server": "~3.1.0"},
            **{
                "bin/hyperf.php": (
                    "#!/usr/bin/env php\n<?php\n\nuse Hyperf\\Contract\\ApplicationInterface;\n\n"
                    "(function () {\n    Hyperf\\Di\\ClassLoader::init();\n"
                    "    $container = require BASE_PATH . '/config/container.php';\n"
                    "    $application = $container->get(ApplicationInterface::class);\n"
                    "    $application->run();\n})();\n"
                ),
            },
        ),
        _php_lib(
            {"hyperf/framework": "~3.1.0"},
            "<?php\n\nnamespace Acme;\n\nuse Hyperf\\HttpServer\\Annotation\\Controller;\n\n"
            "#[Controller]\nclass Handler {}\n",
        ),
        "Hyperf",
        "~3.1.0",
    ),
    framework(
        "webman",
        _php(
            {"workerman/webman-framework": "^1.5.0"},
            **{
                "start.php": (
                    "#!/usr/bin/env php\n<?php\nchdir(__DIR__);\n"
                    "require_once __DIR__ . '/vendor/autoload.php';\nsupport\\App::run();\n"
                ),
            },
        ),
        _php_lib(
            {"workerman/webman-framework": "^1.5.0"},
            "<?php\n\nnamespace Acme;\n\nuse support\\Request;\n\n"
            "class Handler\n{\n    public function index(Request $request) {}\n}\n",
        ),
        "webman",
        "^1.5.0",
    ),
    framework(
        "phalcon",
        _php(
            {"ext-phalcon": "^5.0"},
            **{
                "public/index.php": (
                    "<?php\n\nuse Phalcon\\Di\\FactoryDefault;\nuse Phalcon\\Mvc\\Application;\n\n"
                    "$di = new FactoryDefault();\n$application = new Application($di);\n"
                    "$response = $application->handle($_SERVER['REQUEST_URI']);\n"
                    "$response->send();\n"
                ),
            },
        ),
        _php_lib(
            {"ext-phalcon": "^5.0"},
            "<?php\n\nnamespace Acme;\n\nuse Phalcon\\Mvc\\Controller;\n\n"
            "class Handler extends Controller {}\n",
        ),
        "Phalcon",
        "^5.0",
    ),
    framework(
        "fuelphp",
        _php(
            {"fuel/core": "1.8.*"},
            **{
                "public/index.php": (
                    "<?php\n\ndefine('DOCROOT', __DIR__.DIRECTORY_SEPARATOR);\n"
                    "define('APPPATH', realpath(__DIR__.'/../fuel/app/').DIRECTORY_SEPARATOR);\n"
                    "define('COREPATH', realpath(__DIR__.'/../fuel/core/').DIRECTORY_SEPARATOR);\n"
                    "require APPPATH.'bootstrap.php';\n"
                    "$response = Request::forge()->execute()->response();\n"
                ),
            },
        ),
        _php_lib(
            {"fuel/core": "1.8.*"},
            "<?php\n\nclass Controller_Handler extends \\Fuel\\Core\\Controller {}\n",
        ),
        "FuelPHP",
        "1.8.*",
    ),
    framework(
        "kohana",
        _php(
            {"kohana/core": "3.3.*"},
            **{
                "application/bootstrap.php": (
                    "<?php defined('SYSPATH') or die('No direct script access.');\n\n"
                    "Kohana::init(array(\n    'base_url' => '/',\n));\n"
                ),
                "index.php": "<?php\n\nrequire APPPATH.'bootstrap'.EXT;\n",
            },
        ),
        _php_lib(
            {"kohana/core": "3.3.*"},
            "<?php\n\nclass Controller_Handler extends Controller {}\n",
        ),
        "Kohana",
        "3.3.*",
    ),
    framework(
        "zend-framework",
        _php(
            {"zendframework/zend-mvc": "^3.1", "zendframework/zend-component-installer": "^2.1"},
            **{
                "public/index.php": (
                    "<?php\n\nuse Zend\\Mvc\\Application;\n\nchdir(dirname(__DIR__));\n"
                    "require 'vendor/autoload.php';\n"
                    "Application::init(require 'config/application.config.php')->run();\n"
                ),
            },
        ),
        _php_lib(
            {"zendframework/zend-mvc": "^3.1"},
            "<?php\n\nnamespace Acme;\n\nuse Zend\\Mvc\\Controller\\AbstractActionController;\n\n"
            "class Handler extends AbstractActionController {}\n",
        ),
        "Zend Framework",
        "^3.1",
    ),
    framework(
        "flight",
        _php(
            {"flightphp/core": "^3.12"},
            **{
                "index.php": (
                    "<?php\n\nrequire 'vendor/autoload.php';\n\n"
                    "Flight::route('/', function () {\n    echo 'hello world!';\n});\n\n"
                    "Flight::start();\n"
                ),
            },
        ),
        _php_lib(
            {"flightphp/core": "^3.12"},
            "<?php\n\nnamespace Acme;\n\nclass Handler\n{\n"
            "    public static function register(): void\n    {\n"
            "        \\Flight::route('/x', [self::class, 'x']);\n    }\n}\n",
        ),
        "Flight",
        "^3.12",
    ),
    framework(
        "fat-free",
        _php(
            {"bcosca/fatfree-core": "^3.8"},
            **{
                "index.php": (
                    "<?php\n\nrequire 'vendor/autoload.php';\n\n$f3 = \\Base::instance();\n"
                    "$f3->route('GET /', function () { echo 'Hello, world!'; });\n$f3->run();\n"
                ),
            },
        ),
        _php_lib(
            {"bcosca/fatfree-core": "^3.8"},
            "<?php\n\nnamespace Acme;\n\nclass Handler\n{\n"
            "    public function get(\\Base $f3): void { echo $f3->get('PARAMS.id'); }\n}\n",
        ),
        "Fat-Free",
        "^3.8",
    ),
    framework(
        "leaf",
        _php(
            {"leafs/leaf": "^3.7"},
            **{
                "index.php": (
                    "<?php\n\nrequire __DIR__ . '/vendor/autoload.php';\n\n"
                    "app()->get('/', function () {\n"
                    "    response()->json(['message' => 'ok']);\n});\n\n"
                    "app()->run();\n"
                ),
            },
        ),
        _php_lib(
            {"leafs/leaf": "^3.7"},
            "<?php\n\nnamespace Acme;\n\nclass Handler\n{\n"
            "    public function index() { response()->json(['ok' => true]); }\n}\n",
        ),
        "Leaf",
        "^3.7",
    ),
]

_SLIM_INDEX = {
    "public/index.php": (
        "<?php\n\nuse Slim\\Factory\\AppFactory;\n\nrequire __DIR__ . '/../vendor/autoload.php';\n"
        "$app = AppFactory::create();\n$app->run();\n"
    ),
}


def _slim(require: dict[str, str], dev: dict[str, str] | None = None, **files: str) -> Files:
    return {
        "composer.json": _composer({"slim/slim": "^4.12", **require}, dev),
        **_SLIM_INDEX,
        **files,
    }


PHP_SINGLES = [
    single(
        "php-medoo",
        _slim({"catfan/medoo": "^2.1", "ext-pdo_mysql": "*"}),
        framework="Slim",
        data="Medoo@^2.1",
        engine="MySQL",
    ),
    single("php-phpspec", _slim({}, {"phpspec/phpspec": "^7.5"}), test="PhpSpec@^7.5"),
    single("php-kahlan", _slim({}, {"kahlan/kahlan": "^5.2"}), test="Kahlan@^5.2"),
    single("php-atoum", _slim({}, {"atoum/atoum": "^4.2"}), test="atoum@^4.2"),
]


# --- Python ----------------------------------------------------------------------------------


def _py(requirements: str, **files: str) -> Files:
    return {"requirements.txt": requirements, **files}


def _py_lib(requirement: str, source: str) -> Files:
    return {
        "pyproject.toml": (
            '[project]\nname = "acme-lib"\nversion = "1.0.0"\n'
            f'dependencies = ["{requirement}"]\n'
        ),
        "acme_lib/__init__.py": source,
    }


PY_FRAMEWORKS = [
    framework(
        "masonite",
        _py(
            "masonite==4.20.0\nmasonite-orm==2.22.0\n",
            **{
                "wsgi.py": (
                    "from masonite.foundation import Application, Kernel\n"
                    "from config.providers import PROVIDERS\n"
                    "from Kernel import Kernel as AppKernel\n\n"
                    "application = Application(base_path())\n"
                    "application.register_providers(Kernel, AppKernel)\n"
                ),
                "craft": "#!/usr/bin/env python\nfrom wsgi import application\n",
            },
        ),
        _py_lib(
            "masonite>=4",
            "from masonite.controllers import Controller\n\n\nclass Base(Controller):\n    pass\n",
        ),
        "Masonite",
        "==4.20.0",
    ),
    framework(
        "blacksheep",
        _py(
            "blacksheep==2.0.7\nuvicorn==0.30.1\n",
            **{
                "server.py": (
                    "from blacksheep import Application, get\n\napp = Application()\n\n\n"
                    "@get('/')\nasync def home():\n    return 'Hello, World!'\n"
                ),
            },
        ),
        _py_lib(
            "blacksheep>=2",
            "from blacksheep import Request\n\n\nasync def auth(request: Request, handler):\n"
            "    return await handler(request)\n",
        ),
        "BlackSheep",
        "==2.0.7",
    ),
    framework(
        "emmett",
        _py(
            "emmett==2.5.12\n",
            **{
                "app.py": (
                    "from emmett import App\n\napp = App(__name__)\n\n\n@app.route('/')\n"
                    "async def hello():\n    return 'Hello world!'\n"
                ),
            },
        ),
        _py_lib(
            "emmett>=2",
            "from emmett import Pipe\n\n\nclass Auth(Pipe):\n    pass\n",
        ),
        "Emmett",
        "==2.5.12",
    ),
    framework(
        "hug",
        _py(
            "hug==2.6.1\n",
            **{
                "api.py": (
                    "import hug\n\n\n@hug.get('/happy_birthday')\n"
                    "def happy_birthday(name, age: hug.types.number = 1):\n"
                    "    return f'Happy {age} Birthday {name}!'\n"
                ),
            },
        ),
        _py_lib(
            "hug>=2",
            "import hug\n\n\ndef number(value) -> hug.types.number:\n    return value\n",
        ),
        "hug",
        "==2.6.1",
    ),
    framework(
        "klein",
        _py(
            "klein==23.12.0\ntwisted==24.3.0\n",
            **{
                "app.py": (
                    "from klein import Klein\n\napp = Klein()\n\n\n@app.route('/')\n"
                    "def home(request):\n    return 'Hello, world!'\n\n\n"
                    "app.run('localhost', 8080)\n"
                ),
            },
        ),
        _py_lib(
            "klein>=23",
            "from klein import Plating\n\npage = Plating(tags=None)\n",
        ),
        "Klein",
        "==23.12.0",
    ),
]

PY_SINGLES = [
    single(
        "py-connexion-2",
        _py(
            "connexion[swagger-ui]==2.14.2\nflask==2.2.5\n",
            **{
                "app.py": (
                    "import connexion\n\n"
                    "app = connexion.App(__name__, specification_dir='openapi/')\n"
                    "app.add_api('openapi.yaml')\n\nif __name__ == '__main__':\n"
                    "    app.run(port=8080)\n"
                ),
            },
        ),
        framework="Flask@==2.2.5",
    ),
]


# --- Ruby ------------------------------------------------------------------------------------


def _gemfile(*gems: str) -> str:
    return "source 'https://rubygems.org'\n\n" + "".join(f"gem '{g}'\n" for g in gems)


def _gem_lock(*pinned: str) -> str:
    specs = "".join(f"    {p}\n" for p in pinned)
    deps = "".join(f"  {p.split()[0]}\n" for p in pinned)
    return (
        f"GEM\n  remote: https://rubygems.org/\n  specs:\n{specs}\nPLATFORMS\n  ruby\n\n"
        f"DEPENDENCIES\n{deps}\nBUNDLED WITH\n   2.5.9\n"
    )


RUBY_FRAMEWORKS = [
    framework(
        "padrino",
        {
            "Gemfile": _gemfile("padrino", "sequel", "pg"),
            "Gemfile.lock": _gem_lock("padrino (0.15.3)", "sequel (5.80.0)", "pg (1.5.6)"),
            "config.ru": (
                "require File.expand_path('../config/boot.rb', __FILE__)\n\n"
                "run Padrino.application\n"
            ),
            "app/app.rb": (
                "module Blog\n  class App < Padrino::Application\n"
                "    register Padrino::Mailer\n    enable :sessions\n  end\nend\n"
            ),
        },
        {
            "acme.gemspec": (
                "Gem::Specification.new do |s|\n  s.name = 'acme'\n  s.version = '1.0.0'\n"
                "  s.add_dependency 'padrino-core'\nend\n"
            ),
            "Gemfile": "source 'https://rubygems.org'\n\ngemspec\n",
            "lib/acme.rb": "module Acme\n  def self.registered(app)\n  end\nend\n",
        },
        "Padrino",
        "0.15.3",
    ),
    framework(
        "cuba",
        {
            "Gemfile": _gemfile("cuba"),
            "Gemfile.lock": _gem_lock("cuba (4.0.3)"),
            "app.rb": (
                "require 'cuba'\n\nCuba.define do\n  on get do\n    on root do\n"
                "      res.write 'Hello world!'\n    end\n  end\nend\n"
            ),
            "config.ru": "require './app'\n\nrun Cuba\n",
        },
        {
            "acme.gemspec": (
                "Gem::Specification.new do |s|\n  s.name = 'acme'\n  s.version = '1.0.0'\n"
                "  s.add_dependency 'cuba'\nend\n"
            ),
            "Gemfile": "source 'https://rubygems.org'\n\ngemspec\n",
            "lib/acme.rb": "module Acme\n  def self.setup(app)\n    app.plugin self\n  end\nend\n",
        },
        "Cuba",
        "4.0.3",
    ),
]

RUBY_SINGLES = [
    single(
        "rb-datamapper",
        {
            "Gemfile": _gemfile("sinatra", "data_mapper", "dm-postgres-adapter"),
            "app.rb": (
                "require 'sinatra'\nrequire 'data_mapper'\n\n"
                "DataMapper.setup(:default, ENV['DATABASE_URL'] || 'postgres://localhost/app')\n"
            ),
        },
        framework="Sinatra",
        data="DataMapper",
        engine="PostgreSQL",
    ),
]


# --- Rust ------------------------------------------------------------------------------------


def _cargo(*deps: str, name: str = "app") -> str:
    lines = "\n".join(deps)
    return (
        f'[package]\nname = "{name}"\nversion = "0.1.0"\nedition = "2021"\n\n'
        f"[dependencies]\n{lines}\n"
    )


def _crate(deps: tuple[str, ...], main: str, **files: str) -> Files:
    return {"Cargo.toml": _cargo(*deps), "src/main.rs": main, **files}


def _crate_lib(dep: str, source: str) -> Files:
    return {"Cargo.toml": _cargo(dep, name="acme"), "src/lib.rs": source}


RUST_FRAMEWORKS = [
    framework(
        "gotham",
        _crate(
            ('gotham = "0.7.4"',),
            "use gotham::state::State;\n\nfn say_hello(state: State) -> (State, &'static str) {\n"
            '    (state, "Hello World!")\n}\n\npub fn main() {\n'
            '    gotham::start("127.0.0.1:7878", || Ok(say_hello)).unwrap();\n}\n',
        ),
        _crate_lib(
            'gotham = "0.7.4"',
            "use gotham::state::State;\n\npub fn handler(state: State) -> (State, &'static str) {\n"
            '    (state, "ok")\n}\n',
        ),
        "Gotham",
        "0.7.4",
    ),
    framework(
        "ntex",
        _crate(
            ('ntex = { version = "2.4", features = ["tokio"] }',),
            "use ntex::web;\n\n#[web::get(\"/\")]\nasync fn hello() -> impl web::Responder {\n"
            '    web::HttpResponse::Ok().body("Hello world!")\n}\n\n#[ntex::main]\n'
            "async fn main() -> std::io::Result<()> {\n"
            "    web::HttpServer::new(|| web::App::new().service(hello))\n"
            '        .bind(("127.0.0.1", 8080))?\n        .run()\n        .await\n}\n',
        ),
        _crate_lib(
            'ntex = "2.4"',
            "use ntex::web;\n\npub async fn health() -> web::HttpResponse {\n"
            "    web::HttpResponse::Ok().finish()\n}\n",
        ),
        "ntex",
        "2.4",
    ),
    framework(
        "loco",
        {
            "Cargo.toml": _cargo(
                'loco-rs = { version = "0.13.2" }',
                'axum = "0.7.5"',
                'sea-orm = { version = "1.1.0", features = ["sqlx-postgres"] }',
            ),
            "src/bin/main.rs": (
                "use loco_rs::cli;\nuse migration::Migrator;\nuse myapp::app::App;\n\n"
                "#[tokio::main]\nasync fn main() -> loco_rs::Result<()> {\n"
                "    cli::main::<App, Migrator>().await\n}\n"
            ),
            "src/app.rs": (
                "use loco_rs::app::{AppContext, Hooks};\n\npub struct App;\n\n"
                "impl Hooks for App {}\n"
            ),
        },
        _crate_lib(
            'loco-rs = "0.13.2"',
            "use loco_rs::prelude::*;\n\npub async fn current(State(ctx): State<AppContext>)"
            " -> Result<Response> {\n    format::empty()\n}\n",
        ),
        "Loco",
        "0.13.2",
    ),
    framework(
        "trillium",
        _crate(
            ('trillium = "0.2.20"', 'trillium-smol = "0.4.1"'),
            "fn main() {\n"
            "    trillium_smol::run(|conn: trillium::Conn| async move {\n"
            '        conn.ok("hello world")\n    });\n'
            "}\n",
        ),
        _crate_lib(
            'trillium = "0.2.20"',
            "use trillium::Conn;\n\npub async fn hello(conn: Conn) -> Conn {\n"
            '    conn.ok("hello")\n}\n',
        ),
        "Trillium",
        "0.2.20",
    ),
    framework(
        "pavex",
        {
            "Cargo.toml": _cargo('pavex = "0.1.48"', 'tokio = { version = "1" }'),
            "src/bin/server.rs": (
                "use pavex::server::{Server, ServerHandle, ShutdownMode};\n\n"
                "#[tokio::main]\nasync fn main() -> anyhow::Result<()> {\n"
                "    let server = Server::new();\n    Ok(())\n}\n"
            ),
        },
        _crate_lib(
            'pavex = "0.1.48"',
            "use pavex::response::Response;\n\npub fn ping() -> Response {\n"
            "    Response::ok()\n}\n",
        ),
        "Pavex",
        "0.1.48",
    ),
]

_AXUM_MAIN = (
    "#[tokio::main]\nasync fn main() {\n    let app = axum::Router::new();\n"
    '    let listener = tokio::net::TcpListener::bind("0.0.0.0:3000").await.unwrap();\n'
    "    axum::serve(listener, app).await.unwrap();\n}\n"
)

RUST_SINGLES = [
    single(
        "rs-rbatis",
        _crate(('axum = "0.7.5"', 'rbatis = "4.5.24"', 'rbdc-pg = "4.5.6"'), _AXUM_MAIN),
        framework="Axum",
        data="rbatis@4.5.24",
        engine="PostgreSQL",
    ),
    single(
        "rs-sled",
        _crate(('axum = "0.7.5"', 'sled = "0.34.7"'), _AXUM_MAIN),
        data="sled@0.34.7",
        engine="sled",
    ),
    # Beside a server engine's client, the server is the engine.
    single(
        "rs-sled-beside-postgres",
        _crate(
            ('axum = "0.7.5"', 'sled = "0.34.7"', 'tokio-postgres = "0.7.11"'), _AXUM_MAIN
        ),
        engine="PostgreSQL",
    ),
]


# --- Node ------------------------------------------------------------------------------------


def _node(deps: dict[str, str], start: str, dev: dict[str, str] | None = None, **files: str
          ) -> Files:
    return {"package.json": package_json(deps, dev, scripts={"start": start}), **files}


def _node_lib(deps: dict[str, str], source: str) -> Files:
    return {"package.json": package_json(deps, main="index.js"), "index.js": source}


NODE_FRAMEWORKS = [
    framework(
        "strapi",
        _node(
            {"@strapi/strapi": "4.25.8", "@strapi/plugin-i18n": "4.25.8", "pg": "8.8.0"},
            "strapi start",
            **{
                "config/server.js": (
                    "module.exports = ({ env }) => ({\n  host: env('HOST', '0.0.0.0'),\n"
                    "  port: env.int('PORT', 1337),\n  app: {\n    keys: env.array('APP_KEYS'),\n"
                    "  },\n});\n"
                ),
                "src/index.js": "module.exports = {\n  register() {},\n  bootstrap() {},\n};\n",
            },
        ),
        _node_lib(
            {"@strapi/strapi": "4.25.8"},
            "module.exports = ({ strapi }) => ({\n  register() {},\n});\n",
        ),
        "Strapi",
        "4.25.8",
    ),
    framework(
        "midway",
        _node(
            {"@midwayjs/core": "^3.16.2", "@midwayjs/koa": "^3.16.2",
             "@midwayjs/bootstrap": "^3.16.2"},
            "NODE_ENV=production node ./bootstrap.js",
            **{
                "bootstrap.js": (
                    "const { Bootstrap } = require('@midwayjs/bootstrap');\n\nBootstrap.run();\n"
                ),
                "src/configuration.ts": (
                    "import { Configuration, App } from '@midwayjs/core';\n"
                    "import * as koa from '@midwayjs/koa';\n\n@Configuration({\n"
                    "  imports: [koa],\n})\nexport class MainConfiguration {}\n"
                ),
            },
        ),
        _node_lib(
            {"@midwayjs/core": "^3.16.2"},
            "const { Provide } = require('@midwayjs/core');\n\nmodule.exports = { Provide };\n",
        ),
        "Midway",
        "^3.16.2",
    ),
    framework(
        "moleculer",
        _node(
            {"moleculer": "^0.14.33", "moleculer-web": "^0.10.7"},
            "moleculer-runner services",
            **{
                "services/api.service.js": (
                    "const ApiGateway = require('moleculer-web');\n\nmodule.exports = {\n"
                    "  name: 'api',\n  mixins: [ApiGateway],\n  settings: {\n"
                    "    port: process.env.PORT || 3000,\n    routes: [{ path: '/api' }],\n"
                    "  },\n};\n"
                ),
                "moleculer.config.js": "module.exports = {\n  namespace: '',\n};\n",
            },
        ),
        _node_lib(
            {"moleculer": "^0.14.33"},
            "module.exports = {\n  name: 'greeter',\n  actions: {\n    hello() { return 'hi'; },\n"
            "  },\n};\n",
        ),
        "Moleculer",
        "^0.14.33",
    ),
    framework(
        "marble",
        _node(
            {"@marblejs/core": "^4.1.0", "@marblejs/http": "^4.1.0", "rxjs": "^7.8.1"},
            "node dist/index.js",
            **{
                "src/index.ts": (
                    "import { createServer } from '@marblejs/http';\n"
                    "import { IO } from 'fp-ts/lib/IO';\n"
                    "import { listener } from './http.listener';\n\n"
                    "const server = createServer({\n  port: 1337,\n  hostname: '127.0.0.1',\n"
                    "  listener,\n});\n\n"
                    "const main: IO<void> = async () => await (await server)();\n"
                    "\nmain();\n"
                ),
            },
        ),
        _node_lib(
            {"@marblejs/core": "^4.1.0"},
            "const { r } = require('@marblejs/http');\n\n"
            "module.exports = r.pipe(r.matchPath('/'));\n",
        ),
        "Marble.js",
        "^4.1.0",
    ),
    framework(
        "thinkjs",
        _node(
            {"thinkjs": "^3.2.15", "think-model-mysql": "^1.1.7"},
            "node production.js",
            **{
                "production.js": (
                    "const Application = require('thinkjs');\n\n"
                    "const instance = new Application({\n"
                    "  ROOT_PATH: __dirname,\n  APP_PATH: require('path').join(__dirname, 'src'),\n"
                    "  proxy: true,\n  env: 'production'\n});\n\ninstance.run();\n"
                ),
            },
        ),
        _node_lib(
            {"thinkjs": "^3.2.15"},
            "module.exports = class extends think.Controller {\n  indexAction() {}\n};\n",
        ),
        "ThinkJS",
        "^3.2.15",
    ),
    framework(
        "total-js",
        _node(
            {"total4": "^0.0.97"},
            "node release.js",
            **{
                "release.js": (
                    "const options = {};\n\n// options.port = parseInt(process.argv[2]);\n\n"
                    "require('total4/release')(options);\n"
                ),
            },
        ),
        _node_lib(
            {"total4": "^0.0.97"},
            "exports.install = function() {\n  ROUTE('GET /api/', index);\n};\n",
        ),
        "Total.js",
        "^0.0.97",
    ),
]

NODE_SINGLES = [
    single(
        "node-pg-promise",
        _node(
            {"express": "^4.19.2", "pg-promise": "^11.9.1"},
            "node index.js",
            **{
                "index.js": (
                    "const express = require('express');\n"
                    "const pgp = require('pg-promise')();\n\n"
                    "const db = pgp(process.env.DATABASE_URL);\nconst app = express();\n"
                    "app.listen(3000);\n"
                ),
            },
        ),
        framework="Express",
        data="pg-promise@^11.9.1",
        engine="PostgreSQL",
    ),
]


# --- JVM -------------------------------------------------------------------------------------


def _pom(artifact: str, deps: str, packaging: str = "jar") -> str:
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<project xmlns="http://maven.apache.org/POM/4.0.0">\n'
        "  <modelVersion>4.0.0</modelVersion>\n"
        "  <parent><groupId>com.example</groupId><artifactId>root</artifactId>"
        "<version>1.0.0</version></parent>\n"
        f"  <artifactId>{artifact}</artifactId>\n  <packaging>{packaging}</packaging>\n"
        f"  <dependencies>\n{deps}\n  </dependencies>\n</project>\n"
    )


_ROOT_POM = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    '<project xmlns="http://maven.apache.org/POM/4.0.0">\n'
    "  <modelVersion>4.0.0</modelVersion>\n  <groupId>com.example</groupId>\n"
    "  <artifactId>root</artifactId>\n  <version>1.0.0</version>\n"
    "  <packaging>pom</packaging>\n  <properties><java.version>17</java.version></properties>\n"
    "  <modules>\n    <module>app</module>\n    <module>lib</module>\n  </modules>\n"
    "</project>\n"
)


def jvm_framework(
    name: str, dependency: str, entry: dict[str, str], library: str, want: str, version: str,
    packaging: str = "jar",
) -> object:
    """A Maven build of an application module and a library module, both depending on the
    framework (the library's `Handler.java` uses it, no entry point)."""
    files = {
        "pom.xml": _ROOT_POM,
        "app/pom.xml": _pom("app", dependency, packaging),
        **{f"app/{path}": text for path, text in entry.items()},
        "lib/pom.xml": _pom("lib", dependency),
        "lib/src/main/java/com/example/lib/Handler.java": library,
    }
    return pytest.param(files, want, version, id=name)


def _mvn(group: str, artifact: str, version: str, scope: str = "") -> str:
    extra = f"<scope>{scope}</scope>" if scope else ""
    return (
        f"    <dependency><groupId>{group}</groupId><artifactId>{artifact}</artifactId>"
        f"<version>{version}</version>{extra}</dependency>"
    )


_JAVA_MAIN = "src/main/java/com/example/App.java"

JVM_FRAMEWORKS = [
    jvm_framework(
        "jooby",
        _mvn("io.jooby", "jooby", "3.2.9") + "\n" + _mvn("io.jooby", "jooby-netty", "3.2.9"),
        {
            _JAVA_MAIN: (
                "package com.example;\n\nimport io.jooby.Jooby;\n\n"
                "public class App extends Jooby {\n"
                '  {\n    get("/", ctx -> "Welcome to Jooby!");\n  }\n\n'
                "  public static void main(final String[] args) {\n    runApp(args, App::new);\n"
                "  }\n}\n"
            )
        },
        "package com.example.lib;\n\nimport io.jooby.Context;\n\npublic class Handler {\n"
        "  public String hello(Context ctx) { return \"hi\"; }\n}\n",
        "Jooby",
        "3.2.9",
    ),
    jvm_framework(
        "ratpack",
        _mvn("io.ratpack", "ratpack-core", "1.9.0"),
        {
            _JAVA_MAIN: (
                "package com.example;\n\nimport ratpack.server.RatpackServer;\n\n"
                "public class App {\n  public static void main(String... args) throws Exception {\n"
                "    RatpackServer.start(server -> server\n"
                '      .handlers(chain -> chain.get(ctx -> ctx.render("Hello World!"))));\n'
                "  }\n}\n"
            )
        },
        "package com.example.lib;\n\nimport ratpack.handling.Context;\n\n"
        "public class Handler implements ratpack.handling.Handler {\n"
        "  public void handle(Context ctx) {}\n}\n",
        "Ratpack",
        "1.9.0",
    ),
    jvm_framework(
        "armeria",
        _mvn("com.linecorp.armeria", "armeria", "1.29.4"),
        {
            _JAVA_MAIN: (
                "package com.example;\n\nimport com.linecorp.armeria.common.HttpResponse;\n"
                "import com.linecorp.armeria.server.Server;\n\npublic class App {\n"
                "  public static void main(String[] args) {\n"
                "    Server server = Server.builder()\n      .http(8080)\n"
                '      .service("/", (ctx, req) -> HttpResponse.of("Hello, world!"))\n'
                "      .build();\n    server.start().join();\n  }\n}\n"
            )
        },
        "package com.example.lib;\n\nimport com.linecorp.armeria.server.annotation.Get;\n\n"
        "public class Handler {\n  @Get(\"/hello\")\n"
        "  public String hello() { return \"hi\"; }\n}\n",
        "Armeria",
        "1.29.4",
    ),
    jvm_framework(
        "solon",
        _mvn("org.noear", "solon-web", "2.8.5"),
        {
            _JAVA_MAIN: (
                "package com.example;\n\nimport org.noear.solon.Solon;\n"
                "import org.noear.solon.annotation.SolonMain;\n\n@SolonMain\npublic class App {\n"
                "  public static void main(String[] args) {\n    Solon.start(App.class, args);\n"
                "  }\n}\n"
            )
        },
        "package com.example.lib;\n\nimport org.noear.solon.annotation.Controller;\n\n"
        "@Controller\npublic class Handler {}\n",
        "Solon",
        "2.8.5",
    ),
    jvm_framework(
        "jfinal",
        _mvn("com.jfinal", "jfinal", "5.1.9") + "\n" + _mvn("com.jfinal", "jfinal-undertow", "3.6"),
        {
            _JAVA_MAIN: (
                "package com.example;\n\nimport com.jfinal.config.*;\n"
                "import com.jfinal.server.undertow.UndertowServer;\n\n"
                "public class App extends JFinalConfig {\n"
                "  public static void main(String[] args) {\n"
                "    UndertowServer.start(App.class, 80, true);\n  }\n"
                "  public void configRoute(Routes me) {}\n}\n"
            )
        },
        "package com.example.lib;\n\nimport com.jfinal.core.Controller;\n\n"
        "public class Handler extends Controller {\n"
        "  public void index() { renderText(\"hi\"); }\n}\n",
        "JFinal",
        "5.1.9",
    ),
    jvm_framework(
        "struts",
        _mvn("org.apache.struts", "struts2-core", "6.4.0"),
        {
            "src/main/webapp/WEB-INF/web.xml": (
                '<?xml version="1.0" encoding="UTF-8"?>\n<web-app version="3.1">\n  <filter>\n'
                "    <filter-name>struts2</filter-name>\n    <filter-class>"
                "org.apache.struts2.dispatcher.filter.StrutsPrepareAndExecuteFilter</filter-class>\n"
                "  </filter>\n</web-app>\n"
            ),
            "src/main/resources/struts.xml": (
                "<struts>\n  <package name=\"default\" />\n</struts>\n"
            ),
        },
        "package com.example.lib;\n\nimport com.opensymphony.xwork2.ActionSupport;\n\n"
        "public class Handler extends ActionSupport {}\n",
        "Struts",
        "6.4.0",
        packaging="war",
    ),
    jvm_framework(
        "wicket",
        _mvn("org.apache.wicket", "wicket-core", "10.1.0"),
        {
            "src/main/java/com/example/WicketApplication.java": (
                "package com.example;\n\nimport org.apache.wicket.markup.html.WebPage;\n"
                "import org.apache.wicket.protocol.http.WebApplication;\n\n"
                "public class WicketApplication extends WebApplication {\n"
                "  @Override\n  public Class<? extends WebPage> getHomePage() {\n"
                "    return HomePage.class;\n  }\n"
                "}\n"
            ),
        },
        "package com.example.lib;\n\nimport org.apache.wicket.markup.html.panel.Panel;\n\n"
        "public class Handler extends Panel {\n  public Handler(String id) { super(id); }\n}\n",
        "Wicket",
        "10.1.0",
        packaging="war",
    ),
]

_JAVALIN = _mvn("io.javalin", "javalin", "6.1.6")
_JAVALIN_MAIN = {
    "src/main/java/com/example/App.java": (
        "package com.example;\n\nimport io.javalin.Javalin;\n\npublic class App {\n"
        "  public static void main(String[] args) {\n"
        '    Javalin.create().get("/", ctx -> ctx.result("ok")).start(7070);\n  }\n}\n'
    ),
}


def _javalin(*deps: str, **files: str) -> Files:
    body = "\n".join((_JAVALIN, *deps))
    return {"pom.xml": pom(body), **_JAVALIN_MAIN, **files}


JVM_SINGLES = [
    single(
        "jvm-morphia",
        _javalin(_mvn("dev.morphia.morphia", "morphia-core", "2.4.14")),
        framework="Javalin@6.1.6",
        data="Morphia@2.4.14",
        engine="MongoDB",
    ),
    single(
        "jvm-sql2o",
        _javalin(
            _mvn("org.sql2o", "sql2o", "1.6.0"), _mvn("org.postgresql", "postgresql", "42.7.3")
        ),
        data="Sql2o@1.6.0",
        engine="PostgreSQL",
    ),
    single(
        "jvm-spek",
        {
            "build.gradle.kts": (
                'plugins {\n    kotlin("jvm") version "1.9.24"\n    application\n}\n\n'
                "dependencies {\n"
                '    implementation("io.javalin:javalin:6.1.6")\n'
                '    testImplementation("org.spekframework.spek2:spek-dsl-jvm:2.0.19")\n'
                '    testRuntimeOnly("org.spekframework.spek2:spek-runner-junit5:2.0.19")\n}\n'
            ),
            "settings.gradle.kts": 'rootProject.name = "app"\n',
            "src/main/kotlin/App.kt": (
                "import io.javalin.Javalin\n\nfun main() {\n"
                '    Javalin.create().get("/") { it.result("ok") }.start(7070)\n}\n'
            ),
            "src/test/kotlin/AppSpec.kt": (
                "import org.spekframework.spek2.Spek\n"
                "import org.spekframework.spek2.style.specification.describe\n\n"
                "object AppSpec : Spek({\n    describe(\"app\") {}\n})\n"
            ),
        },
        framework="Javalin",
        test="Spek@2.0.19",
    ),
    single(
        "scala-cask-utest",
        {
            "build.sbt": (
                'scalaVersion := "2.13.14"\n\nlibraryDependencies ++= Seq(\n'
                '  "com.lihaoyi" %% "cask" % "0.9.4",\n'
                '  "com.lihaoyi" %% "utest" % "0.8.3" % Test\n)\n\n'
                'testFrameworks += new TestFramework("utest.runner.Framework")\n'
            ),
            "src/main/scala/app/App.scala": (
                "package app\n\nobject App extends cask.MainRoutes {\n  @cask.get(\"/\")\n"
                '  def hello() = "Hello World!"\n\n  initialize()\n}\n'
            ),
        },
        framework="Cask@0.9.4",
        test="uTest@0.8.3",
    ),
]


# --- .NET ------------------------------------------------------------------------------------


def _csproj(*packages: str, sdk: str = "Microsoft.NET.Sdk.Web", reference: str = "") -> str:
    items = "\n".join(
        f'    <PackageReference Include="{name}" Version="{version}" />'
        for name, version in (p.split("@") for p in packages)
    )
    project = f'    <ProjectReference Include="{reference}" />\n' if reference else ""
    return (
        f'<Project Sdk="{sdk}">\n  <PropertyGroup>\n'
        "    <TargetFramework>net8.0</TargetFramework>\n  </PropertyGroup>\n"
        f"  <ItemGroup>\n{items}\n{project}  </ItemGroup>\n</Project>\n"
    )


_PROGRAM = (
    "var builder = WebApplication.CreateBuilder(args);\nvar app = builder.Build();\n"
    'app.MapGet("/", () => "Hello World!");\napp.Run();\n'
)


def _dotnet(*packages: str, tests: tuple[str, ...] = ()) -> Files:
    files = {"src/Api/Api.csproj": _csproj(*packages), "src/Api/Program.cs": _PROGRAM}
    if tests:
        files["tests/Api.Tests/Api.Tests.csproj"] = _csproj(
            *tests, sdk="Microsoft.NET.Sdk", reference="../../src/Api/Api.csproj"
        )
        files["tests/Api.Tests/ApiTests.cs"] = (
            "namespace Api.Tests;\n\npublic class ApiTests\n{\n    [Test]\n"
            "    public async Task Works() => await Assert.That(1).IsEqualTo(1);\n}\n"
        )
    return files


DOTNET_SINGLES = [
    single(
        "dotnet-petapoco",
        _dotnet("PetaPoco.Compiled@6.0.677", "Microsoft.Data.SqlClient@5.2.1"),
        framework="ASP.NET Core",
        data="PetaPoco@6.0.677",
        engine="SQL Server",
    ),
    single(
        "dotnet-ravendb",
        _dotnet("RavenDB.Client@6.0.105"),
        data="RavenDB.Client@6.0.105",
        engine="RavenDB",
    ),
    single(
        "dotnet-tunit",
        _dotnet("Npgsql@8.0.3", tests=("TUnit@0.2.212",)),
        framework="ASP.NET Core",
        test="TUnit@0.2.212",
    ),
]


# --- Elixir ----------------------------------------------------------------------------------


def _mix(*deps: str) -> str:
    listed = ",\n".join(f"      {dep}" for dep in deps)
    return (
        "defmodule Kv.MixProject do\n  use Mix.Project\n\n  def project do\n    [\n"
        '      app: :kv,\n      version: "0.1.0",\n      elixir: "~> 1.15",\n'
        "      deps: deps()\n    ]\n  end\n\n  def application do\n    [\n"
        "      mod: {Kv.Application, []},\n      extra_applications: [:logger, :mnesia]\n"
        f"    ]\n  end\n\n  defp deps do\n    [\n{listed}\n    ]\n  end\nend\n"
    )


_PLUG_ROUTER = (
    "defmodule Kv.Router do\n  use Plug.Router\n\n  plug :match\n  plug :dispatch\n\n"
    '  get "/health" do\n    send_resp(conn, 200, "ok")\n  end\nend\n'
)

ELIXIR_SINGLES = [
    single(
        "ex-mnesia",
        {
            "mix.exs": _mix('{:plug_cowboy, "~> 2.7"}'),
            "lib/kv/router.ex": _PLUG_ROUTER,
            "lib/kv/store.ex": (
                "defmodule Kv.Store do\n  def init do\n    :mnesia.create_schema([node()])\n"
                "    :mnesia.start()\n"
                "    :mnesia.create_table(Entry, attributes: [:key, :value])\n"
                "  end\n\n  def put(key, value) do\n"
                "    :mnesia.transaction(fn -> :mnesia.write({Entry, key, value}) end)\n"
                "  end\nend\n"
            ),
        },
        framework="Plug",
        data="Mnesia",
        engine="Mnesia",
    ),
    single(
        "ex-memento",
        {
            "mix.exs": _mix('{:plug_cowboy, "~> 2.7"}', '{:memento, "~> 0.3.2"}'),
            "lib/kv/router.ex": _PLUG_ROUTER,
        },
        data="Memento@~> 0.3.2",
        engine="Mnesia",
    ),
]


# --- the checks ------------------------------------------------------------------------------

FRAMEWORKS = [
    *GO_FRAMEWORKS,
    *PHP_FRAMEWORKS,
    *PY_FRAMEWORKS,
    *RUBY_FRAMEWORKS,
    *RUST_FRAMEWORKS,
    *NODE_FRAMEWORKS,
    *JVM_FRAMEWORKS,
]
SINGLES = [
    *GO_SINGLES,
    *PHP_SINGLES,
    *PY_SINGLES,
    *RUBY_SINGLES,
    *RUST_SINGLES,
    *NODE_SINGLES,
    *JVM_SINGLES,
    *DOTNET_SINGLES,
    *ELIXIR_SINGLES,
]


@pytest.mark.parametrize(("files", "want", "version"), FRAMEWORKS)
def test_framework_makes_the_application_a_backend_and_not_its_library(
    tmp_path: Path, files: Files, want: str, version: str
) -> None:
    backends = {b.folder: b for b in detect(write(tmp_path, files)).backends}
    assert set(backends) == {"app"}
    backend = backends["app"]
    assert _found(backend, (K.FRAMEWORK,)) == (want, version)
    assert not backend.ambiguous


@pytest.mark.parametrize(("files", "want"), SINGLES)
def test_finding_of_an_application(tmp_path: Path, files: Files, want: dict[str, str]) -> None:
    (backend,) = detect(write(tmp_path, files)).backends
    for kind, expected in want.items():
        name, _, version = expected.partition("@")
        found = _found(backend, _KINDS[kind])
        assert found[0] == name, (kind, found)
        if version:
            assert found[1] == version, (kind, found)
