"""Go: go.mod, and the entry points of Gin, Echo, Fiber, Chi, Beego, gorilla/mux and others."""

from __future__ import annotations

import re
from collections.abc import Callable

from designer.detect import defaults
from designer.detect.ecosystems import go_dep
from designer.detect.engines import PRISMA_PROVIDERS, redis_store_rules, url_rules
from designer.detect.signals import (
    Catalog,
    LazyPattern,
    Lines,
    ManifestError,
    ManifestResult,
    Scope,
    Signal,
    SourceRule,
    Strength,
    dependency_signals,
    entries,
    rule,
)
from designer.model.stack import Evidence
from designer.model.stack import FindingKind as K

LANGUAGE = "Go"

CATALOG: Catalog = {
    "github.com/gin-gonic/gin": entries((K.FRAMEWORK, "Gin")),
    "github.com/labstack/echo": entries((K.FRAMEWORK, "Echo")),
    "github.com/gofiber/fiber": entries((K.FRAMEWORK, "Fiber")),
    "github.com/go-chi/chi": entries((K.FRAMEWORK, "Chi")),
    "github.com/beego/beego": entries((K.FRAMEWORK, "Beego")),
    "github.com/gorilla/mux": entries((K.FRAMEWORK, "gorilla/mux")),
    "github.com/julienschmidt/httprouter": entries((K.FRAMEWORK, "httprouter")),
    "github.com/tedsuo/rata": entries((K.FRAMEWORK, "rata")),
    # go-json-rest: a REST framework over net/http (`rest.NewApi()`, `rest.MakeRouter(…)`).
    "github.com/ant0ine/go-json-rest": entries((K.FRAMEWORK, "go-json-rest")),
    "github.com/astaxie/beego": entries((K.FRAMEWORK, "Beego")),
    "github.com/kataras/iris": entries((K.FRAMEWORK, "Iris")),
    "github.com/gobuffalo/buffalo": entries((K.FRAMEWORK, "Buffalo")),
    # Goravel: a Laravel-like application framework (artisan, facades, service providers) whose
    # HTTP driver (goravel/gin, goravel/fiber) brings the router in `// indirect`: the
    # framework the program is written to, as Buffalo is.
    "github.com/goravel/framework": entries((K.FRAMEWORK, "Goravel")),
    # Goravel's database drivers plug an engine into its ORM (`facades.Orm()`, over GORM, which
    # the module requires only `// indirect`): a driver required directly is that ORM in use.
    # The engine is left to the configuration: a skeleton requires every driver it configures.
    **{
        f"github.com/goravel/{driver}": entries((K.ORM, "Goravel ORM"))
        for driver in ("mysql", "postgres", "sqlite", "sqlserver")
    },
    "github.com/zeromicro/go-zero": entries((K.FRAMEWORK, "go-zero")),
    "github.com/go-kratos/kratos": entries((K.FRAMEWORK, "Kratos")),
    "github.com/cloudwego/hertz": entries((K.FRAMEWORK, "Hertz")),
    # The router most fasthttp servers are written to (fasthttp itself is only the server).
    "github.com/fasthttp/router": entries((K.FRAMEWORK, "fasthttp/router")),
    # fastglue: Zerodha's thin framework over fasthttp and fasthttp/router (`fastglue.NewGlue()`,
    # handlers taking a `*fastglue.Request`), the one the program is written to.
    "github.com/zerodha/fastglue": entries((K.FRAMEWORK, "fastglue")),
    "github.com/revel/revel": entries((K.FRAMEWORK, "Revel")),
    # Macaron, the martini-style framework Gogs was written on, imported from gopkg.in.
    "gopkg.in/macaron.v1": entries((K.FRAMEWORK, "Macaron")),
    "github.com/go-macaron/macaron": entries((K.FRAMEWORK, "Macaron")),
    # yee: an Echo-like router (`yee.New()`, `e.GET(…)`, `yee.Context`).
    "github.com/cookiey/yee": entries((K.FRAMEWORK, "yee")),
    # Frameworks and routers a service is written to: go-restful's WebServices in a
    # container, GoFrame's `g.Server()`, Goji's mux, Martini, BunRouter, Huma's typed
    # operations (over a router it adapts), Goa's generated servers, gocraft/web.
    "github.com/emicklei/go-restful": entries((K.FRAMEWORK, "go-restful")),
    "github.com/gogf/gf": entries((K.FRAMEWORK, "GoFrame")),
    # GoFrame's database drivers (`_ "github.com/gogf/gf/contrib/drivers/pgsql/v2"` in
    # main.go): each registers an engine with GoFrame's own ORM (gdb, `g.DB()`), and serves
    # nothing else, so the module requiring one is written to that ORM on that engine.
    **{
        f"github.com/gogf/gf/contrib/drivers/{driver}": entries(
            (K.DATABASE, engine), (K.ORM, "GoFrame ORM")
        )
        for driver, engine in (
            ("pgsql", "PostgreSQL"),
            ("mysql", "MySQL"),
            ("mariadb", "MySQL"),
            ("tidb", "MySQL"),
            ("sqlite", "SQLite"),
            ("sqlitecgo", "SQLite"),
            ("mssql", "SQL Server"),
            ("oracle", "Oracle"),
            ("clickhouse", "ClickHouse"),
        )
    },
    "goji.io": entries((K.FRAMEWORK, "Goji")),
    "github.com/zenazn/goji": entries((K.FRAMEWORK, "Goji")),
    "github.com/go-martini/martini": entries((K.FRAMEWORK, "Martini")),
    "github.com/uptrace/bunrouter": entries((K.FRAMEWORK, "BunRouter")),
    "github.com/danielgtaylor/huma": entries((K.FRAMEWORK, "Huma")),
    "goa.design/goa": entries((K.FRAMEWORK, "Goa")),
    "github.com/gocraft/web": entries((K.FRAMEWORK, "gocraft/web")),
    # PocketBase: an application framework over an embedded SQLite file, whose own record
    # layer (collections, `app.FindRecordById`) is the data layer of the program built on it.
    "github.com/pocketbase/pocketbase": entries(
        (K.FRAMEWORK, "PocketBase"), (K.ORM, "PocketBase"), (K.DATABASE, "SQLite")
    ),
    # dbx: PocketBase's query builder, also used on its own over database/sql.
    "github.com/pocketbase/dbx": entries((K.QUERY, "dbx")),
    "gorm.io/gorm": entries((K.ORM, "GORM")),
    "github.com/jinzhu/gorm": entries((K.ORM, "GORM")),
    "github.com/jmoiron/sqlx": entries((K.QUERY, "sqlx")),
    "github.com/masterminds/squirrel": entries((K.QUERY, "squirrel")),
    "github.com/doug-martin/goqu": entries((K.QUERY, "goqu")),
    # Jet: a type-safe SQL builder over tables generated from the schema, run through
    # database/sql or pgx (which it then sits on).
    "github.com/go-jet/jet": entries((K.QUERY, "Jet")),
    # A query library over database/sql (named queries, `zdb.Select(ctx, &rows, …)`).
    "zgo.at/zdb": entries((K.QUERY, "zdb")),
    # Storm keeps typed records in a BoltDB file: the data layer and its embedded store.
    "github.com/asdine/storm": entries((K.ORM, "Storm"), (K.DATABASE, "BoltDB")),
    # bbolt used directly (buckets, transactions): the embedded store's own package is the data
    # layer, beneath Storm when that is there.
    "go.etcd.io/bbolt": entries((K.DATABASE, "BoltDB"), (K.QUERY, "bbolt")),
    "github.com/boltdb/bolt": entries((K.DATABASE, "BoltDB"), (K.QUERY, "bbolt")),
    # BuntDB: an embedded key-value store with indexes, kept in one file and used through its
    # own transactions (`db.Update(func(tx *buntdb.Tx) …)`): the engine and the data layer.
    "github.com/tidwall/buntdb": entries((K.DATABASE, "BuntDB"), (K.QUERY, "buntdb")),
    # Badger: an embedded key-value store kept in a folder of its own files.
    "github.com/dgraph-io/badger": entries((K.DATABASE, "BadgerDB")),
    # smallstep's nosql: buckets of keys and values (`db.Get(table, key)`) over Badger, BoltDB
    # or a SQL table, chosen by the configuration's type: the layer the code is written to.
    "github.com/smallstep/nosql": entries((K.QUERY, "smallstep/nosql")),
    "entgo.io/ent": entries((K.ORM, "ent")),
    # Prisma's Go client: `go run …/prisma-client-go generate` writes a typed client from the
    # schema.prisma beside the module (`client.User.FindMany(…)`), the layer the code queries.
    "github.com/steebchen/prisma-client-go": entries((K.ORM, "Prisma")),
    "github.com/uptrace/bun": entries((K.ORM, "Bun")),
    "xorm.io/xorm": entries((K.ORM, "XORM")),
    # Buffalo's Pop: models, a query builder and migrations over several SQL engines.
    "github.com/gobuffalo/pop": entries((K.ORM, "Pop")),
    # The maintained fork under its own organisation, same API.
    "github.com/xorm-io/xorm": entries((K.ORM, "XORM")),
    # XORM's first home, before it moved to xorm.io (same API, `xorm.NewEngine`).
    "github.com/go-xorm/xorm": entries((K.ORM, "XORM")),
    "github.com/go-pg/pg": entries((K.ORM, "go-pg"), (K.DATABASE, "PostgreSQL")),
    "github.com/uptrace/bun/driver/pgdriver": entries((K.DATABASE, "PostgreSQL")),
    "github.com/uptrace/bun/dialect/pgdialect": entries((K.DATABASE, "PostgreSQL")),
    "github.com/uptrace/bun/dialect/mysqldialect": entries((K.DATABASE, "MySQL")),
    "github.com/uptrace/bun/dialect/sqlitedialect": entries((K.DATABASE, "SQLite")),
    "modernc.org/sqlite": entries((K.DATABASE, "SQLite")),
    "github.com/glebarez/sqlite": entries((K.DATABASE, "SQLite")),
    # The pure-Go database/sql driver under that GORM dialect, also opened on its own
    # (`sql.Open("sqlite", path)`, through sqlx): the engine, as mattn/go-sqlite3.
    "github.com/glebarez/go-sqlite": entries((K.DATABASE, "SQLite")),
    "github.com/golang-migrate/migrate": entries((K.MIGRATIONS, "golang-migrate")),
    "github.com/pressly/goose": entries((K.MIGRATIONS, "goose")),
    "github.com/lib/pq": entries((K.DATABASE, "PostgreSQL")),
    "github.com/jackc/pgx": entries((K.DATABASE, "PostgreSQL")),
    "github.com/upper/db": entries((K.ORM, "upper/db")),
    # upper/db's import paths before v4 moved it to GitHub (gopkg-style, one per major line):
    # the same library, still required by services written to v2 and v3.
    "upper.io/db.v2": entries((K.ORM, "upper/db")),
    "upper.io/db.v3": entries((K.ORM, "upper/db")),
    # SQLBoiler generates typed models from the schema (`models.Users(qm.Where(…)).All(…)`);
    # reform generates them from structs; REL is a repository-style ORM; dbr a query builder.
    "github.com/volatiletech/sqlboiler": entries((K.ORM, "SQLBoiler")),
    "gopkg.in/reform.v1": entries((K.ORM, "reform")),
    "github.com/go-rel/rel": entries((K.ORM, "REL")),
    "github.com/gocraft/dbr": entries((K.QUERY, "dbr")),
    # go-activerecord: an ActiveRecord-style SQL builder over database/sql
    # (`db.AR().From("user").Where(…)`), no mapping of structs to tables.
    "github.com/snail007/go-activerecord": entries((K.QUERY, "go-activerecord")),
    # gorp maps structs to tables (`dbmap.AddTableWithName(Clan{}, "clans")`, `dbmap.Insert`),
    # at its home, its first one and gopkg.in's versioned paths.
    "github.com/go-gorp/gorp": entries((K.ORM, "gorp")),
    "github.com/coopernurse/gorp": entries((K.ORM, "gorp")),
    "gopkg.in/gorp.v1": entries((K.ORM, "gorp")),
    "gopkg.in/gorp.v2": entries((K.ORM, "gorp")),
    "github.com/microsoft/go-mssqldb": entries((K.DATABASE, "SQL Server")),
    "github.com/denisenkom/go-mssqldb": entries((K.DATABASE, "SQL Server")),
    "gorm.io/driver/sqlserver": entries((K.DATABASE, "SQL Server")),
    "github.com/clickhouse/clickhouse-go": entries((K.DATABASE, "ClickHouse")),
    # gocql, the CQL driver (Cassandra and ScyllaDB speak the protocol), queried directly by a
    # service with nothing over it; gocqlx, ScyllaDB's query builder and mapper over it
    # (`qb.Select(…)`, `session.Query(stmt, names).BindStruct(…)`); ScyllaDB's fork of the
    # driver (shard-aware), swapped in by a go.mod `replace` (`FORK_SWAPS`), names its engine.
    "github.com/gocql/gocql": entries((K.DATABASE, "Cassandra"), (K.QUERY, "gocql")),
    "github.com/scylladb/gocql": entries((K.DATABASE, "ScyllaDB"), (K.QUERY, "gocql")),
    "github.com/scylladb/gocqlx": entries((K.QUERY, "gocqlx")),
    "github.com/rubenv/sql-migrate": entries((K.MIGRATIONS, "sql-migrate")),
    "gorm.io/driver/postgres": entries((K.DATABASE, "PostgreSQL")),
    "github.com/go-sql-driver/mysql": entries((K.DATABASE, "MySQL")),
    "gorm.io/driver/mysql": entries((K.DATABASE, "MySQL")),
    # The official driver is also the data layer of a service that has no ODM over it.
    "go.mongodb.org/mongo-driver": entries((K.DATABASE, "MongoDB"), (K.QUERY, "mongo-driver")),
    # mgo, the driver before the official one (and its maintained fork): sessions and
    # collections queried directly, the data layer of the services written to it.
    "gopkg.in/mgo.v2": entries((K.DATABASE, "MongoDB"), (K.QUERY, "mgo")),
    "github.com/globalsign/mgo": entries((K.DATABASE, "MongoDB"), (K.QUERY, "mgo")),
    "github.com/mattn/go-sqlite3": entries((K.DATABASE, "SQLite")),
    # Oracle's database/sql drivers: cgo over the Oracle client (go-oci8, rana's ora, godror)
    # and the pure-Go one (go-ora, versioned `/v2`).
    "github.com/mattn/go-oci8": entries((K.DATABASE, "Oracle")),
    "gopkg.in/rana/ora.v4": entries((K.DATABASE, "Oracle")),
    "github.com/godror/godror": entries((K.DATABASE, "Oracle")),
    "github.com/sijms/go-ora": entries((K.DATABASE, "Oracle")),
    "gorm.io/driver/sqlite": entries((K.DATABASE, "SQLite")),
    "github.com/aws/aws-sdk-go-v2/service/dynamodb": entries((K.DATABASE, "DynamoDB")),
    # Google Cloud Datastore's client (`datastore.NewClient(ctx, project)`, entities put and
    # queried through it): the engine only, no data layer, as the DynamoDB SDK.
    "cloud.google.com/go/datastore": entries((K.DATABASE, "Google Cloud Datastore")),
    # Search-engine clients: the engine of a service whose documents live in the index (the
    # official clients and olivere's older one); SEARCH_STORES says why they weigh so little.
    "github.com/elastic/go-elasticsearch": entries((K.DATABASE, "Elasticsearch")),
    "github.com/olivere/elastic": entries((K.DATABASE, "Elasticsearch")),
    "github.com/opensearch-project/opensearch-go": entries((K.DATABASE, "OpenSearch")),
    "github.com/typesense/typesense-go": entries((K.DATABASE, "Typesense")),
    # Graph databases' drivers: Neo4j's official one and the community Bolt driver before it
    # (Cypher sent through the driver, the data layer of a service with nothing over it), and
    # the Gremlin client written for Amazon Neptune (a fork keeping its name: `FORKED`).
    "github.com/neo4j/neo4j-go-driver": entries(
        (K.DATABASE, "Neo4j"), (K.QUERY, "neo4j-go-driver")
    ),
    "github.com/johnnadratowski/golang-neo4j-bolt-driver": entries(
        (K.DATABASE, "Neo4j"), (K.QUERY, "golang-neo4j-bolt-driver")
    ),
    "github.com/gedge/gremgo-neptune": entries(
        (K.DATABASE, "Neptune"), (K.QUERY, "gremgo-neptune")
    ),
    "github.com/redis/go-redis": entries((K.CACHE, "Redis")),
    "github.com/go-redis/redis": entries((K.CACHE, "Redis")),
    "github.com/bradfitz/gomemcache": entries((K.CACHE, "Memcached")),
    "github.com/segmentio/kafka-go": entries((K.BROKER, "Kafka")),
    "github.com/ibm/sarama": entries((K.BROKER, "Kafka")),
    "github.com/shopify/sarama": entries((K.BROKER, "Kafka")),
    "github.com/confluentinc/confluent-kafka-go": entries((K.BROKER, "Kafka")),
    "github.com/rabbitmq/amqp091-go": entries((K.BROKER, "RabbitMQ")),
    "github.com/streadway/amqp": entries((K.BROKER, "RabbitMQ")),
    "github.com/stretchr/testify": entries((K.TEST, "testify")),
    "github.com/onsi/ginkgo": entries((K.TEST, "Ginkgo")),
    "github.com/onsi/ginkgo/v2": entries((K.TEST, "Ginkgo")),
}

RENAMED_FORKS = {
    # Echo's fork with its own context, router and release line (v1.x while Echo is at v4).
    "github.com/webx-top/echo": "github.com/labstack/echo",
    # upper/db's fork, released on its own and used with that Echo fork.
    "github.com/webx-top/db": "github.com/upper/db",
}
"""Forks of catalogued libraries maintained under their own module path with their own
releases, no longer the original's API: the same kind of thing as the original, reported
under the fork's own name (its path without the host) at its own version, never as the
original at a release the original never had."""

CATALOG.update(
    {
        fork: tuple((kind, fork.split("/", 1)[1]) for kind, _ in CATALOG[original])
        for fork, original in RENAMED_FORKS.items()
    }
)

_GO = (".go",)
ROUTER_PACKAGES = (
    ("Gin", r"github\.com/gin-gonic/gin"),
    ("Echo", r"github\.com/labstack/echo(?:/v\d+)?"),
    ("Fiber", r"github\.com/gofiber/fiber(?:/v\d+)?"),
    ("Chi", r"github\.com/go-chi/chi(?:/v\d+)?"),
    ("Beego", r"github\.com/(?:astaxie/beego|beego/beego/v2/server/web)"),
    ("gorilla/mux", r"github\.com/gorilla/mux"),
    ("Iris", r"github\.com/kataras/iris(?:/v\d+)?"),
    ("Buffalo", r"github\.com/gobuffalo/buffalo"),
    # Goravel's application is set up by its foundation package (`foundation.Setup()`), its
    # routes registered through the facades (`facades.Route().Get(…)`).
    ("Goravel", r"github\.com/goravel/framework/(?:foundation|facades)"),
    ("Macaron", r"(?:gopkg\.in/macaron\.v1|github\.com/go-macaron/macaron)"),
    ("yee", r"github\.com/cookieY/yee"),
    ("go-json-rest", r"github\.com/ant0ine/go-json-rest/rest"),
    ("go-restful", r"github\.com/emicklei/go-restful(?:/v\d+)?"),
    ("Goji", r"(?:goji\.io|github\.com/zenazn/goji)"),
    ("Martini", r"github\.com/go-martini/martini"),
    ("BunRouter", r"github\.com/uptrace/bunrouter"),
    ("gocraft/web", r"github\.com/gocraft/web"),
    ("fastglue", r"github\.com/zerodha/fastglue"),
    # gizmo's server (and its kit flavour): its other packages (config, pubsub) serve nothing.
    ("gizmo", r"github\.com/NYTimes/gizmo/server(?:/kit)?"),
    # go-zero's server and the request helpers its generated handlers are written to
    # (`httpx.Parse(r, &req)`, `httpx.OkJsonCtx(…)`).
    ("go-zero", r"github\.com/zeromicro/go-zero/rest(?:/httpx)?"),
)
"""Each framework's package that code written to it imports (its router, context and
handler types), as a pattern of the import path; Beego v2's web framework is a sub-package."""
_SQL_NAMES = (
    ("postgres|postgresql|pgx", "PostgreSQL"),
    ("mysql", "MySQL"),
    ("sqlite|sqlite3", "SQLite"),
)
"""How Go programs name the SQL engines in driver and dialect settings."""
UPPER_ADAPTERS = (
    ("postgresql", "PostgreSQL"),
    ("mysql", "MySQL"),
    ("sqlite", "SQLite"),
    ("cockroachdb", "CockroachDB"),
    ("mongo", "MongoDB"),
    ("mssql", "SQL Server"),
)
"""upper/db's adapter packages and the engine each opens."""

RULES: tuple[SourceRule, ...] = (
    rule(K.FRAMEWORK, "Gin", r"\bgin\.(?:Default|New)\s*\(", endings=_GO),
    rule(K.FRAMEWORK, "Echo", r"\becho\.New\s*\(", endings=_GO),
    rule(K.FRAMEWORK, "Fiber", r"\bfiber\.New\s*\(", endings=_GO),
    rule(K.FRAMEWORK, "Chi", r"\bchi\.NewRouter\s*\(", endings=_GO),
    rule(K.FRAMEWORK, "Beego", r"\bbeego\.Run\s*\(|\bweb\.Run\s*\(", endings=_GO),
    rule(K.FRAMEWORK, "gorilla/mux", r"\bmux\.NewRouter\s*\(", endings=_GO),
    rule(K.FRAMEWORK, "httprouter", r"\bhttprouter\.New\s*\(", endings=_GO),
    # tedsuo/rata: a router built from a route table (`rata.NewRouter(routes, handlers)`).
    rule(K.FRAMEWORK, "rata", r"\brata\.NewRouter\s*\(", endings=_GO),
    # go-json-rest: an Api whose app is a router made from its routes.
    rule(K.FRAMEWORK, "go-json-rest", r"\brest\.(?:NewApi|MakeRouter)\s*\(", endings=_GO),
    rule(K.FRAMEWORK, "Iris", r"\biris\.(?:New|Default)\s*\(", endings=_GO),
    rule(K.FRAMEWORK, "Buffalo", r"\bbuffalo\.New\s*\(", endings=_GO),
    # Goravel's application built (`foundation.Setup().…Create()`), which serves the routes
    # registered on it.
    rule(K.FRAMEWORK, "Goravel", r"\bfoundation\.Setup\s*\(\s*\)", endings=_GO),
    # Goravel's ORM, reached through its facade (`facades.Orm().Query()`): the data layer the
    # code is written to, over GORM, which the module requires only `// indirect`.
    rule(K.ORM, "Goravel ORM", r"\bfacades\.Orm\s*\(\s*\)", endings=_GO),
    rule(K.FRAMEWORK, "Macaron", r"\bmacaron\.(?:Classic|New)\s*\(", endings=_GO),
    # yee builds its router with `yee.New()` (or `yee.C()`), as gofmt writes the call.
    rule(K.FRAMEWORK, "yee", r"\byee\.(?:New|C)\(\)", endings=_GO),
    rule(K.FRAMEWORK, "go-zero", r"\brest\.(?:MustNewServer|NewServer)\s*\(", endings=_GO),
    # go-restful: WebServices added to a container the program makes or to the default one.
    rule(
        K.FRAMEWORK,
        "go-restful",
        r"\brestful\.(?:NewContainer\s*\(|Add\s*\(|DefaultContainer\.Add\s*\()",
        endings=_GO,
    ),
    # GoFrame's server comes from its `g` package (`s := g.Server()`; `ghttp.GetServer()`).
    rule(
        K.FRAMEWORK,
        "GoFrame",
        r'"github\.com/gogf/gf(?:/v\d+)?/(?:frame/g|net/ghttp)"[\s\S]*?'
        r"\b(?:g\.Server|ghttp\.GetServer)\s*\(",
        endings=_GO,
    ),
    # Goji: goji.io's `goji.NewMux()`, or the original's global router (`goji.Serve()`).
    rule(K.FRAMEWORK, "Goji", r"\bgoji\.(?:NewMux|Serve)\s*\(", endings=_GO),
    rule(K.FRAMEWORK, "Martini", r"\bmartini\.(?:Classic|New)\s*\(", endings=_GO),
    rule(K.FRAMEWORK, "BunRouter", r"\bbunrouter\.New\s*\(", endings=_GO),
    # fastglue's router and server are made with `fastglue.NewGlue()`.
    rule(K.FRAMEWORK, "fastglue", r"\bfastglue\.NewGlue\s*\(", endings=_GO),
    # Huma's API over the router it adapts (`humachi.New(router, huma.DefaultConfig(…))`).
    rule(
        K.FRAMEWORK,
        "Huma",
        r"\bhuma(?:chi|gin|echo|fiber|mux|flow|go|httprouter|bunrouter)\.New\s*\("
        r"|\bhuma\.NewAPI\s*\(",
        endings=_GO,
    ),
    # Goa's generated HTTP servers are mounted on its muxer in the program's main package.
    rule(K.FRAMEWORK, "Goa", r"\bgoahttp\.NewMuxer\s*\(", endings=_GO),
    # gocraft/web's router is made for the context type (`web.New(Context{})`).
    rule(
        K.FRAMEWORK,
        "gocraft/web",
        r'"github\.com/gocraft/web"[\s\S]*?\bweb\.New\s*\(',
        endings=_GO,
    ),
    rule(K.FRAMEWORK, "Kratos", r"\bkratos\.New\s*\(", endings=_GO),
    # gizmo's server package has a common name: its import path says it is gizmo's, and the
    # program runs it (`server.Run()`, or the kit flavour's `kit.Run(svc)`).
    rule(
        K.FRAMEWORK,
        "gizmo",
        r'"github\.com/NYTimes/gizmo/server"[\s\S]*?\bserver\.Run\s*\('
        r'|"github\.com/NYTimes/gizmo/server/kit"[\s\S]*?\bkit\.Run\s*\(',
        endings=_GO,
    ),
    # A program built on PocketBase makes its app (`pocketbase.New()`, `NewWithConfig(…)`).
    rule(K.FRAMEWORK, "PocketBase", r"\bpocketbase\.New(?:WithConfig)?\s*\(", endings=_GO),
    # A Revel application has no main package of its own (`revel run` generates it): its
    # `app/init.go` sets the framework's filters and start-up hooks.
    rule(
        K.FRAMEWORK,
        "Revel",
        r"\brevel\.(?:Filters[ \t]*=|OnAppStart[ \t]*\(|Run[ \t]*\()",
        endings=_GO,
    ),
    # go-swagger generates the server a program starts (`restapi/server.go`, beside the
    # handlers it configures); a generated client has no such file.
    rule(
        K.FRAMEWORK,
        "go-swagger",
        r"^// Code generated by go-swagger; DO NOT EDIT\.",
        names=("server.go",),
    ),
    # Hertz's server package has a common name: its import path says it is Hertz's.
    rule(
        K.FRAMEWORK,
        "Hertz",
        r'"github\.com/cloudwego/hertz/pkg/app/server"[\s\S]*?\bserver\.(?:Default|New)\s*\(',
        endings=_GO,
    ),
    # A program's main.go importing a framework's root package runs on it (the router may
    # be built elsewhere); a sub-package alone (beego/validation) does not, and a library
    # importing it (a middleware package) has no main.go.
    *(
        rule(
            K.FRAMEWORK,
            name,
            rf'^[ \t]*(?:import[ \t]+)?(?:\w+[ \t]+)?"{path}"',
            names=("main.go",),
        )
        for name, path in ROUTER_PACKAGES
    ),
    # The files that import an ORM: of two a module requires (a migrator kept on the old one),
    # the one more of the code is written to is its data layer. Each import path is a
    # top-level alternative, so that every one gives the rule a needle (`needles`): a file
    # without the path is never searched.
    *(
        rule(
            K.ORM,
            name,
            "|".join(rf'^[ \t]*(?:import[ \t]+)?(?:\w+[ \t]+)?"{path}"' for path in paths),
            endings=_GO,
        )
        for name, paths in (
            ("GORM", (r"gorm\.io/gorm", r"github\.com/jinzhu/gorm")),
            ("ent", (r"entgo\.io/ent",)),
            ("XORM", (r"xorm\.io/xorm", r"github\.com/xorm-io/xorm", r"github\.com/go-xorm/xorm")),
        )
    ),
    # Models tagged for GORM (`gorm:"column:name"` in a field's tag) are written to GORM even
    # when the module reaches it only through a company library that opens the database (the
    # library requires gorm.io/gorm; the module's go.mod lists it `// indirect`).
    rule(K.ORM, "GORM", r'^[ \t]*\w+[ \t]+[^\n`]*`[^`\n]*\bgorm:"', endings=_GO),
    rule(
        K.ORM,
        "Pop",
        r'^[ \t]*(?:import[ \t]+)?(?:\w+[ \t]+)?"github\.com/gobuffalo/pop(?:/v\d+)?"',
        endings=_GO,
    ),
    # pgx's own API (its connection or pool, not the `stdlib` driver it registers with
    # database/sql): raw SQL through the driver, the data layer when nothing sits on it.
    rule(
        K.QUERY,
        "pgx",
        r'^[ \t]*(?:import[ \t]+)?(?:\w+[ \t]+)?"github\.com/jackc/pgx(?:/v\d+)?(?:/pgxpool)?"',
        endings=_GO,
    ),
    # Plain database/sql: a query layer of its own (raw SQL), not an ORM.
    rule(K.QUERY, "database/sql", r'^[ \t]*(?:import[ \t]+)?"database/sql"', endings=_GO),
    # sqlc generates the data layer from SQL: its configuration file, and the constructor
    # every generated package has (`func New(db DBTX) *Queries`).
    rule(K.QUERY, "sqlc", None, names=("sqlc.yaml", "sqlc.yml", "sqlc.json")),
    rule(K.QUERY, "sqlc", r"^func New\(db DBTX\) \*Queries\b", endings=_GO),
    # Beego's ORM ships inside the framework module: only its import shows it is used.
    rule(
        K.ORM,
        "Beego ORM",
        r"""["']github\.com/(?:beego/beego/v2/client|astaxie/beego)/orm["']""",
        endings=_GO,
    ),
    # GoFrame's ORM (gdb) ships inside the framework module, as Beego's does: a file importing
    # its package, or calling the `g` package's database and model accessors (`g.DB()`,
    # `g.Model("users")`, what `gf gen dao` generates), is written to it.
    rule(
        K.ORM,
        "GoFrame ORM",
        r'"github\.com/gogf/gf(?:/v\d+)?/database/gdb"'
        r'|"github\.com/gogf/gf(?:/v\d+)?/frame/g"[\s\S]*?\bg\.(?:DB|Model)\(',
        endings=_GO,
    ),
    # A Go file importing Prisma's Go client runtime (`…/prisma-client-go/engine/protocol`,
    # `…/runtime/types`, as the generated client and the code beside it do) is written to it.
    rule(
        K.ORM,
        "Prisma",
        r'^[ \t]*(?:import[ \t]+)?(?:\w+[ \t]+)?"github\.com/steebchen/prisma-client-go[/"]',
        endings=_GO,
    ),
    # The schema the Go client is generated from (its generator runs prisma-client-go) names
    # the one engine the client talks to in its datasource's provider, as for Node's client.
    *(
        rule(
            K.DATABASE,
            engine,
            rf'^[ \t]*provider[ \t]*=[ \t]*"(?:{provider})"[\s\S]*?prisma-client-go'
            rf'|prisma-client-go[\s\S]*?^[ \t]*provider[ \t]*=[ \t]*"(?:{provider})"',
            names=("schema.prisma",),
            scope=Scope.CHOSEN,
        )
        for provider, engine in PRISMA_PROVIDERS
    ),
    # upper/db opens the engine of the adapter package it imports.
    *(
        rule(K.DATABASE, engine, rf'"github\.com/upper/db(?:/v\d+)?/adapter/{adapter}"',
             endings=_GO)
        for adapter, engine in UPPER_ADAPTERS
    ),
    # Before v4 the adapters sat at the root of the gopkg-style path (`upper.io/db.v3/mysql`).
    *(
        rule(K.DATABASE, engine, rf'"upper\.io/db\.v[23]/{adapter}"', endings=_GO)
        for adapter, engine in UPPER_ADAPTERS
    ),
    # Buffalo's Pop names the engine of each environment in database.yml (`dialect: postgres`).
    *(
        rule(K.DATABASE, engine, rf"^[ \t]*dialect:[ \t]*[\"']?(?:{names})[\"']?[ \t]*$",
             names=("database.yml",))
        for names, engine in (*_SQL_NAMES, ("cockroach", "CockroachDB"))
    ),
    *url_rules(_GO),
    *defaults.flag_default_rules(_GO),
    # The database section of the example settings file installs copy (`config.yml.example`:
    # `db:` … `dialect: mysql`, the embedded alternative commented out below it): as the value
    # an env example sets, the operator's documented choice, above the default a struct tag
    # gives the dialect field when the file leaves it unset.
    *defaults.yaml_section_rules(defaults.EXAMPLE_SETTINGS, Scope.PRODUCTION),
    *defaults.literal_default_rules(_GO),
    *defaults.constructor_default_rules(_GO),
    *defaults.getter_default_rules(_GO),
    *defaults.go_switch_default_rules(_GO),
    *defaults.go_unset_connection_rules(_GO),
    *defaults.go_unset_else_rules(_GO),
    *defaults.go_unset_type_rules(_GO),
    *defaults.go_var_default_rules(_GO),
    *defaults.go_var_file_rules(_GO),
    *defaults.go_prefix_switch_rules(_GO),
    # The early-return form of the unset test: a block run only when the connection setting is
    # given (`if dsn := c.String("dsn"); dsn != "" { … NewMySQL(dsn) … return }`), then, at
    # the `if`'s own indentation right after its closing brace, the store opened otherwise
    # (`db = database.NewBboltdb(c.String("data"))`, `bolt.Open(path, …)`, `sqlite.Open(…)`):
    # the embedded store is what the program runs on as shipped, the server driver what an
    # operator may point it at. Only the block's own lines are read, and it must return.
    *(
        rule(
            K.DATABASE,
            engine,
            r"^([ \t]*)if[ \t]+(?:[^\n{;]*;[ \t]*)?"
            rf"(?:{defaults.GETENV_CONNECTION}|{defaults.CONNECTION_SETTING}(?:\(\))?)"
            r"[ \t]*!=[ \t]*\"\"[ \t]*\{"
            r"[ \t]*\n(?:(?!\1\})[^\n]*\n){0,30}?[ \t]*return\b[^\n]*\n\1\}[ \t]*\n"
            rf"(?:[ \t]*\n){{0,2}}\1[^\n]*\b(?:{opener})\(",
            endings=_GO,
            scope=Scope.CHOSEN,
            gate=LazyPattern(rf"\b(?:{opener})\("),
        )
        for opener, engine in (
            (r"New\w*(?i:bbolt|bolt)\w*|b?bolt\.Open", "BoltDB"),
            (r"New\w*(?i:sqlite)\w*|sqlite3?\.Open", "SQLite"),
        )
    ),
    # A configuration constructor's default database address on CockroachDB's own port
    # (`func NewDatabaseConfig() … Addresses: []string{"root@localhost:26257"}`): the server
    # the program connects to unless configured, whatever PostgreSQL driver speaks to it.
    rule(
        K.DATABASE,
        "CockroachDB",
        r"(?i)^func[ \t]+New\w*(?:Config|Configuration|Settings|Options)[ \t]*\([^\n]*\{"
        r"[ \t]*\n(?:(?!\})[^\n]*\n){0,20}?[ \t]*\w*(?:address|addr|dsn|url|host)\w*[ \t]*:"
        r"[ \t]*(?:\[\]string[ \t]*\{[ \t]*)?\"[^\"\n]*:26257\"",
        endings=_GO,
        scope=Scope.CHOSEN,
    ),
    *defaults.url_function_rules(_GO, "func"),
    *defaults.unset_help_rules(_GO),
    *defaults.set_default_rules(_GO),
    *defaults.ini_section_rules((".ini",)),
    *defaults.ini_key_rules((".ini",)),
    # AWS SDK's DynamoDB client (v1 ships every service in one module: only the import shows).
    rule(
        K.DATABASE,
        "DynamoDB",
        r'^[ \t]*(?:import[ \t]+)?(?:\w+[ \t]+)?'
        r'"github\.com/aws/aws-sdk-go(?:-v2)?/service/dynamodb"',
        endings=_GO,
    ),
    # Google Cloud Datastore's client, which older programs import from the one module of all
    # Google Cloud clients (`cloud.google.com/go`) before it became a module of its own.
    rule(
        K.DATABASE,
        "Google Cloud Datastore",
        r'^[ \t]*(?:import[ \t]+)?(?:\w+[ \t]+)?"cloud\.google\.com/go/datastore"',
        endings=_GO,
    ),
    # The driver a program imports (often only for its side effect, `_ "github.com/lib/pq"`,
    # and listed as indirect in go.mod) or names when it opens the database.
    *(
        rule(
            K.DATABASE,
            engine,
            rf'^[ \t]*(?:import[ \t]+)?(?:_[ \t]+)?"(?:{paths})"'
            rf'|\b(?:sql|sqlx|gorm)\.Open\(\s*"(?:{names})"',
            endings=_GO,
        )
        for paths, names, engine in (
            (
                r"github\.com/lib/pq|github\.com/jackc/pgx[\w/]*|gorm\.io/driver/postgres"
                r"|github\.com/jinzhu/gorm/dialects/postgres",
                "postgres|pgx",
                "PostgreSQL",
            ),
            (
                r"github\.com/go-sql-driver/mysql|gorm\.io/driver/mysql"
                r"|github\.com/jinzhu/gorm/dialects/mysql",
                "mysql",
                "MySQL",
            ),
            (
                r"github\.com/mattn/go-sqlite3|modernc\.org/sqlite|gorm\.io/driver/sqlite"
                r"|github\.com/jinzhu/gorm/dialects/sqlite|github\.com/glebarez/sqlite",
                "sqlite3|sqlite",
                "SQLite",
            ),
            (
                r"github\.com/mattn/go-oci8|gopkg\.in/rana/ora\.v4|github\.com/godror/godror"
                r"|github\.com/sijms/go-ora(?:/v\d+)?",
                "oci8|ora|godror|oracle",
                "Oracle",
            ),
        )
    ),
    # The engine a program picks when not told otherwise: the default of its driver or
    # dialect setting (`viper.SetDefault("driver", "sqlite")`, a flag's default, `Dialect:
    # "sqlite3"` in the default configuration), among drivers for every engine it supports.
    *(
        rule(
            K.DATABASE,
            engine,
            rf'(?i)(?:driver|dialect)["\']?[ \t]*[:,][ \t]*"(?:{names})"'
            # A settings object's default (`DatabaseType.setDefault("sqlite")`).
            rf'|(?:Database|DB)(?:Type|Driver|Dialect)\.[sS]etDefault\(\s*"(?:{names})"',
            endings=_GO,
            scope=Scope.CHOSEN,
        )
        for names, engine in _SQL_NAMES
    ),
    # A command-line flag or setting choosing the store, and its default (`pflag.String(
    # "database", "memcached", …)`): a key-value store chosen so is the service's database.
    # The flag may be bound to a field (`flag.StringVar(&cfg.db.engine, "engine", "sqlite",
    # "Database engine {sqlite|mysql}")`) and named for the engine it picks, beside
    # `sql.Open(engine, dsn)` and the drivers of both.
    *(
        rule(
            K.DATABASE,
            engine,
            r'\.(?:String(?:Var)?P?|SetDefault)\(\s*(?:&[\w.]+\s*,\s*)?'
            r'"(?:(?:database|db|store)(?:[._-]?(?:type|driver|backend|engine))?|engine)"'
            rf'\s*,\s*(?:"\w"\s*,\s*)?"(?:{names})"',
            endings=_GO,
            scope=Scope.CHOSEN,
        )
        for names, engine in (
            *_SQL_NAMES,
            ("memcached|memcache", "Memcached"),
            ("redis", "Redis"),
        )
    ),
    # A setting named for the store its value locates (`flags.String("couchdb-url",
    # "http://localhost:5984/", …)`, `v.SetDefault("couchdb.url", …)`): a store spoken to over
    # HTTP, whose URL's scheme names no engine, is named by its key.
    rule(
        K.DATABASE,
        "CouchDB",
        r'\.(?:String|StringP|SetDefault)\(\s*"couchdb[._-]?(?:url|uri|addr|address|host)"\s*,',
        endings=_GO,
    ),
    # The same default in the configuration file the program ships (`configs/config.yaml`:
    # `database: {driver: "sqlite3"}`, `conf/app.yml`: `database:` / `driver: sqlite`, or a
    # flat `db-type: "sqlite"`), or in the example
    # installs copy from (`conf/app.example.yml`: `db:` / `type: sqlite`; or, named for the
    # program, `etc/<program>-example.yaml`: `Driver: postgres`).
    *(
        rule(
            K.DATABASE,
            engine,
            # go-zero's settings are keyed by the config struct's field names (`Driver:`).
            r"^[ \t]*(?i:(?:(?:db|database)[_-]?)?(?:driver|dialect|type))[ \t]*:[ \t]*"
            rf'["\']?(?:{names})["\']?[ \t]*(?:#.*)?$',
            names=("config.yaml", "config.yml", "app.yaml", "app.yml"),
            endings=(".example.yml", ".example.yaml", "-example.yml", "-example.yaml"),
            scope=Scope.CHOSEN,
        )
        for names, engine in _SQL_NAMES
    ),
    # Or the URL of a database that file's `db:` section connects to, nested at any depth
    # (`db:` / `policy_db:` / `url: postgres://…`): a program opening pgx or MySQL's driver as
    # the URL's scheme says runs on the engine its shipped or example settings name. Each line
    # between is read one way only (a member deeper than the section, or a blank).
    *(
        rule(
            K.DATABASE,
            engine,
            r"^([ \t]*)(?:db|database|databases)[ \t]*:[ \t]*(?:#[^\n]*)?\n"
            r"(?:(?:\1[ \t]+[^ \t\n][^\n]*|[ \t]*)\n){0,20}?"
            r"\1[ \t]+(?:url|uri|dsn)[ \t]*:[ \t]*[\"']?"
            rf"(?:{names})://",
            names=("config.yaml", "config.yml", "app.yaml", "app.yml"),
            endings=(".example.yml", ".example.yaml"),
            scope=Scope.CHOSEN,
        )
        for names, engine in (("postgres|postgresql", "PostgreSQL"), ("mysql", "MySQL"))
    ),
    # Beego's settings file (`conf/app.conf`, or the `app.conf.example` or `app-example.conf`
    # installs and images copy it from):
    # the adapter its database key names, written bare or as the default of an environment
    # variable (`db_adapter="${MINDOC_DB_ADAPTER||sqlite3}"`), beside drivers for each engine
    # the program supports.
    *(
        rule(
            K.DATABASE,
            engine,
            r"^[ \t]*(?:db|database)[_.]?(?:adapter|driver|type|dialect|engine)[ \t]*=[ \t]*"
            rf'["\']?(?:\$\{{\w+\|\|)?(?:{names})\}}?["\']?[ \t]*(?:[#;].*)?$',
            names=("app.conf",),
            endings=("app.conf.example", "app-example.conf"),
            scope=Scope.CHOSEN,
        )
        for names, engine in _SQL_NAMES
    ),
    # The same key in the TOML settings file the program ships (`conf/server.toml`:
    # `db_type = "sqlite3"`, beside `db_source = "./conf/app.db"`).
    *(
        rule(
            K.DATABASE,
            engine,
            r"^[ \t]*(?:db|database)[_.]?(?:adapter|driver|type|dialect|engine)[ \t]*=[ \t]*"
            rf'["\'](?:{names})["\'][ \t]*(?:#.*)?$',
            names=("server.toml", "config.toml", "app.toml"),
            scope=Scope.CHOSEN,
        )
        for names, engine in _SQL_NAMES
    ),
    # Or a section per engine, each switched on by its own key (`sqlite3:` / `enable: true`
    # beside a `mysql:` section holding a placeholder DSN): the engine switched on is the one
    # the program opens. Only the section's own switch counts, never a sibling section's nor
    # one nested deeper (`ssl: {enabled: true}`); each line form excludes the others, so the
    # search cannot backtrack far.
    *(
        rule(
            K.DATABASE,
            engine,
            rf"^([ \t]*)(?:{names})[ \t]*:[ \t]*(?:#.*)?\n(?:[ \t]*(?:#[^\n]*)?\n){{0,4}}"
            # The first member's indentation (\2): later members sit at it, or deeper
            # inside one of them; a shallower line ends the section.
            r"(\1[ \t]+)(?:[^\s#][^\n]*\n"
            r"(?:[ \t]*(?:#[^\n]*)?\n|\2[ \t]*[^\s#][^\n]*\n){0,12}?\2)?"
            r"enabled?[ \t]*:[ \t]*[\"']?true[\"']?[ \t]*(?:#.*)?$",
            names=("config.yaml", "config.yml"),
            endings=(".example.yml", ".example.yaml"),
            scope=Scope.CHOSEN,
        )
        for names, engine in _SQL_NAMES
    ),
    # A database URI in that file that is a bare file name (`db-uri: opengist.db`, "the
    # database file in the program's home"): an embedded SQLite database, the default the
    # program ships with beside drivers for the servers it may be pointed at.
    rule(
        K.DATABASE,
        "SQLite",
        r"^[ \t]*(?:db|database)[_-]?(?:uri|url|dsn)[ \t]*:[ \t]*[\"']?"
        r"(?:sqlite3?:(?://)?)?[\w./-]+\.(?:db|sqlite3?)[\"']?[ \t]*(?:#.*)?$",
        names=("config.yaml", "config.yml"),
        scope=Scope.CHOSEN,
    ),
    # And in a shipped config.json, where the key names the database's driver (gophish's
    # `"db_name": "sqlite3"`, beside `"db_path": "gophish.db"`): a value that is an engine's
    # driver name, not a database's own name, is the engine the program starts on.
    *(
        rule(
            K.DATABASE,
            engine,
            r'(?i)"(?:\w*[_-])?(?:db|database)[_-]?(?:name|driver|type|dialect|engine)"'
            rf'[ \t]*:[ \t]*"(?:{names})"',
            names=("config.json",),
            scope=Scope.CHOSEN,
        )
        for names, engine in _SQL_NAMES
    ),
    # Code opening SQLite on a database file it names itself (`gorm.Open(sqlite.Open(dbPath))`
    # beside `dbPath := path.Join(configPath, "hammond.db")`, or `sql.Open("sqlite3",
    # "./data.db")`): the program's own store, wherever its data lives. A server driver
    # elsewhere is opened on a connection string handed in (an import from another
    # application's database), which names no default. Only a file that opens SQLite counts:
    # a bbolt store is a `.db` file too.
    rule(
        K.DATABASE,
        "SQLite",
        r'(?:\b(?:file)?path\.Join\([^\n)]*|\bsqlite\.Open\([ \t]*|\bsqlx?\.(?:Open|Connect)\('
        r'[ \t]*"sqlite3?"[ \t]*,[ \t]*)"[\w./-]*\.(?:db|sqlite3?)"[ \t]*\)',
        endings=_GO,
        scope=Scope.CHOSEN,
        gate=LazyPattern(r'\bsqlite\.Open\(|\bsqlx?\.(?:Open|Connect)\([ \t]*"sqlite3?"'),
    ),
    # A configuration value the code builds whose SQLite section names a database file
    # (`SQLite: models.SQLiteConfig{File: "app.db"}` in the settings a program writes when
    # none exist, beside a PostgreSQL section left empty): the program's own store unless
    # the operator fills another section in. Only a file-like value counts (an empty section
    # or one filled from a variable names no default).
    rule(
        K.DATABASE,
        "SQLite",
        r'\b(?i:sqlite3?)\w*[ \t]*:[ \t]*&?[\w.]*\{[ \t]*\n?[ \t]*'
        r'\w*(?i:file|path|dsn|name)\w*[ \t]*:[ \t]*"[\w./-]*\.(?:db|sqlite3?)"',
        endings=_GO,
        scope=Scope.CHOSEN,
    ),
    # An environment lookup of the connection setting whose default is a database file
    # (`GetEnvOrDefault("DATABASE_DSN", "./data/app.db")`): unset, as shipped, the setting
    # opens an embedded SQLite file, the server drivers beside it being what an operator may
    # point it at. Only a setting naming a connection counts (a bbolt store is a `.db` too),
    # or one naming SQLite's own file (`getEnvOrDefault("SQLITE_PATH", "./app.db")` beside a
    # `DATABASE_URL` read with no default, PostgreSQL only when an operator sets it).
    rule(
        K.DATABASE,
        "SQLite",
        r'[Ee]nv\w*\([ \t]*"\w*(?i:dsn|(?:db|database)_?(?:url|uri|conn\w*)'
        r'|sqlite3?_?(?:path|file|db))\w*"[ \t]*,[ \t]*'
        r'"(?:(?:sqlite3?|file):(?://)?)?[\w./-]*\.(?:db|sqlite3?)(?:\?[^"\n]*)?"',
        endings=_GO,
        scope=Scope.CHOSEN,
    ),
    *redis_store_rules("go", r"\*redis\.(?:Client|ClusterClient|UniversalClient)\b"),
    rule(K.TEST, "Ginkgo", r"\bRunSpecs\s*\(", endings=("_test.go",)),
    rule(K.TEST, "go test", r"^func Test\w*\(\s*\w+ \*testing\.T\)", endings=("_test.go",)),
)

_VERSION_SUFFIX = re.compile(r"/v\d+$")

LAMBDA_ADAPTERS = frozenset(
    {
        "github.com/akrylysov/algnhsa",
        "github.com/awslabs/aws-lambda-go-api-proxy",
        "github.com/apex/gateway",
        "github.com/apex/gateway/v2",
    }
)
"""Modules that serve an `http.Handler` as an AWS Lambda function: a module requiring one is
a deployable unit, serving the router its handler is built on (listed indirect when the
handler comes from another module, `replace`d into it)."""


GENERATED_SERVER_RUNTIMES = {"github.com/go-openapi/runtime": "go-swagger"}
"""The run-time library a code generator's servers are written to, released with it: its
version is the generator framework's. A generated client needs it too, so it only names the
version; the generated server's own file makes the framework."""

TOOLKIT_SERVERS = {"github.com/nytimes/gizmo": "gizmo"}
"""Microservice toolkits whose server is one package among others (gizmo: config, pub/sub and
`server`, which runs the program's services on gorilla/mux unless told otherwise). A module
requiring one may use only its config or pub/sub (a queue worker), so the requirement only
names the version; the program's code starting the toolkit's server makes the framework."""


SQL_DRIVERS = frozenset(
    {
        "github.com/lib/pq",
        "github.com/go-sql-driver/mysql",
        "github.com/mattn/go-sqlite3",
        "modernc.org/sqlite",
        "github.com/microsoft/go-mssqldb",
        "github.com/denisenkom/go-mssqldb",
        "github.com/mattn/go-oci8",
        "gopkg.in/rana/ora.v4",
        "github.com/godror/godror",
        "github.com/sijms/go-ora",
    }
)
"""SQL drivers that only register themselves with database/sql (pgx has an API of its own)."""

SEARCH_STORES = frozenset(
    {
        "github.com/elastic/go-elasticsearch",
        "github.com/olivere/elastic",
        "github.com/opensearch-project/opensearch-go",
        "github.com/typesense/typesense-go",
    }
)
"""Search-engine clients. Most services requiring one keep their records in a relational or
document store and index them beside it; the search engine is the engine only of a service with
no other store (an API answering from an index it fills itself). Their engine is therefore
ranked with development fallbacks, as the other ecosystems' clients are: any other driver,
setting or Compose database outranks it, and it names the engine only where nothing else does."""

DIALECTORS = {
    "gorm.io/driver/postgres": "PostgreSQL",
    "gorm.io/driver/mysql": "MySQL",
    "gorm.io/driver/sqlite": "SQLite",
    "gorm.io/driver/sqlserver": "SQL Server",
    "github.com/glebarez/sqlite": "SQLite",
}
"""GORM dialectors (`gorm.Open(sqlite.Open(path))`) and the engine each opens GORM on."""


def is_manifest(name: str, parent: str) -> bool:
    """Whether the file is a Go module file, or dep's manifest before modules (`go_dep`)."""
    return name in ("go.mod", go_dep.MANIFEST)


def parse(lines: Lines) -> ManifestResult:
    """Read a go.mod: the `go` directive and the `require` lines (a Gopkg.toml: `go_dep`)."""
    if lines.path.rsplit("/", 1)[-1] == go_dep.MANIFEST:
        return go_dep.parse(lines, CATALOG, LANGUAGE)
    result = ManifestResult(language=LANGUAGE)
    in_block = in_replace = False
    seen_module = False
    found: list[tuple[int, str, str, list[Signal]]] = []
    replaced: dict[str, tuple[str, str, Evidence]] = {}
    swapped: dict[str, tuple[str, Evidence]] = {}
    sql_access: list[Signal] = []
    for index, text in enumerate(lines.lines):
        line = text.split("//", 1)[0].strip() if "// indirect" not in text else text.strip()
        if not line:
            continue
        if line.startswith("module "):
            seen_module = True
            result.name = line[7:].strip().strip('"')
        elif line.startswith("go ") and not result.language_version:
            result.language_version = line[3:].strip()
            result.version_evidence = lines.evidence(line)
        if line.startswith("require ("):
            in_block = True
            continue
        if in_block and line.startswith(")"):
            in_block = False
            continue
        if line.startswith("replace ("):
            in_replace = True
            continue
        if in_replace and line.startswith(")"):
            in_replace = False
            continue
        if in_replace or line.startswith("replace "):
            _read_replace(line.removeprefix("replace "), lines.evidence(line, index), replaced)
            _read_swap(line.removeprefix("replace "), lines.evidence(line, index), swapped)
            continue
        if not (in_block or line.startswith("require ")):
            continue
        # Split, not a regular expression: a long hostile line must cost linear time.
        words = line.split()
        if words and words[0] == "require":
            words = words[1:]
        if len(words) < 2 or "." not in words[0] or not words[1].startswith("v"):
            continue
        module, version, rest = words[0], words[1], " ".join(words[2:])
        # An indirect requirement is something a dependency needs, not a choice of this module.
        indirect = "indirect" in rest
        if not indirect:
            result.runtime_dependencies += 1
            # A module of the same repository, perhaps (through go.work or a `replace`
            # directive): its data layer is this one's (see monorepo).
            result.uses.append(module)
        key = module.lower()
        if key in LAMBDA_ADAPTERS and not indirect:
            result.deployable = True
        if key not in CATALOG:
            key = _VERSION_SUFFIX.sub("", key)
        key = _fork_of(key)
        evidence = lines.evidence(module, index)
        signals = dependency_signals(CATALOG, key, version, indirect, evidence)
        if key in SEARCH_STORES:
            signals = [
                s.replace(scope=Scope.FALLBACK) if s.kind is K.DATABASE and not indirect else s
                for s in signals
            ]
        if key in DIALECTORS and not indirect:
            # GORM runs on the engine of the dialector it is opened with: the data layer's
            # own engine, stronger than a bare driver beside it (a client for other databases).
            signals.append(Signal(K.DATABASE, DIALECTORS[key], Strength.ENTRY, evidence))
        if key in GENERATED_SERVER_RUNTIMES:
            name = GENERATED_SERVER_RUNTIMES[key]
            signals.append(Signal(K.FRAMEWORK, name, Strength.DEV, evidence, version))
        if key in TOOLKIT_SERVERS and not indirect:
            name = TOOLKIT_SERVERS[key]
            signals.append(Signal(K.FRAMEWORK, name, Strength.DEV, evidence, version))
        if key in SQL_DRIVERS and not indirect:
            sql_access.append(Signal(K.QUERY, "database/sql", Strength.DEPENDENCY, evidence))
        if key in CENSUSED and not indirect:
            result.held.append(
                Signal(K.TEST, CENSUSED[key][0], Strength.DEPENDENCY, evidence, version)
            )
        if indirect:
            # A test framework a dependency's own tests need is not this module's.
            signals = [s for s in signals if s.kind is not K.TEST]
        found.append((_major(module, version), module.lower(), version, signals))
    if not seen_module:
        raise ManifestError("not a go.mod (no module line)")
    # A module that requires both the legacy path and a `/v4` path imports the newer one (the
    # legacy line stays for a dependency): the newest major version comes first and wins.
    found.sort(key=lambda item: -item[0])
    found = [
        (major, module, version, _swapped_in(signals, swapped.get(module), version))
        for major, module, version, signals in found
    ]
    result.signals = [
        signal
        for _, module, version, signals in found
        for signal in _built_release(signals, replaced.get(module), version)
    ]
    if not any(s.kind in (K.ORM, K.QUERY) and s.strength is not Strength.DEV
               for s in result.signals):
        # A driver that has no API but database/sql's, with no data layer required beside
        # it: the module queries through database/sql, whichever of its files the walk reads.
        result.signals += sql_access[:1]
    if result.deployable:
        result.signals = [
            s.replace(strength=Strength.DEPENDENCY)
            if s.kind is K.FRAMEWORK and s.strength is Strength.DEV
            else s
            for s in result.signals
        ]
    return result


def _read_replace(
    line: str, evidence: Evidence, replaced: dict[str, tuple[str, str, Evidence]]
) -> None:
    """Note a `replace` directive that pins a module to another release of itself
    (`github.com/labstack/echo/v4 => github.com/labstack/echo/v4 v4.6.1`): module → (the
    required release it applies to, "" for any; the release built; where it says so). One
    that swaps in a fork or a local folder is another module's code, not a release."""
    old, arrow, new = line.partition("=>")
    before, after = old.split(), new.split()
    if not arrow or len(after) != 2 or not 1 <= len(before) <= 2 or not after[1].startswith("v"):
        return
    if before[0].lower() == after[0].lower():
        pinned = before[1] if len(before) == 2 else ""
        replaced[before[0].lower()] = (pinned, after[1], evidence)


FORK_SWAPS = {"github.com/gocql/gocql": "github.com/scylladb/gocql"}
"""Catalogued modules and the catalogued fork a `replace` directive may build in their place,
whose signals differ: ScyllaDB's shard-aware gocql, which ScyllaDB's own documentation has
Go services swap in for the upstream driver (`github.com/gocql/gocql =>
github.com/scylladb/gocql v1.x`) — a service built for ScyllaDB, whatever else it calls."""


def _read_swap(line: str, evidence: Evidence, swapped: dict[str, tuple[str, Evidence]]) -> None:
    """Note a `replace` directive that builds a catalogued fork (`FORK_SWAPS`) in place of
    the module required: module → (the fork, where it says so)."""
    old, arrow, new = line.partition("=>")
    before, after = old.split(), new.split()
    if not arrow or not before or not after:
        return
    module, fork = before[0].lower(), after[0].lower()
    if FORK_SWAPS.get(module) == fork:
        swapped[module] = (fork, evidence)


def _swapped_in(
    signals: list[Signal], swap: tuple[str, Evidence] | None, version: str
) -> list[Signal]:
    """The requirement's signals, those of the fork a `replace` builds instead when it is
    one (`FORK_SWAPS`). The swap is a choice of engine made in the build itself, so the fork's
    engine is read as strongly as code that opens it (a GORM dialector's, here): stronger
    than a client for another store the code calls beside it."""
    if swap is None or not signals:
        return signals
    fork, evidence = swap
    strength = signals[0].strength
    # Under the required module's name: the code imports that path, so a census of the
    # data layer's imports finds the fork's engine as the one its package talks to.
    built = [
        Signal(kind, name, strength, evidence, version, package=signals[0].package)
        for kind, name in CATALOG.get(fork, ())
    ]
    if strength is Strength.DEV:
        return built
    return built + [
        s.replace(strength=Strength.ENTRY) for s in built if s.kind is K.DATABASE
    ]


def _built_release(
    signals: list[Signal], replacement: tuple[str, str, Evidence] | None, required: str
) -> list[Signal]:
    """The requirement's signals at the release a `replace` directive builds instead of the
    required one (Go's build takes the replacement whatever the `require` line says)."""
    if replacement is None or replacement[0] not in ("", required):
        return signals
    _, release, evidence = replacement
    return [
        s.replace(version=release, evidence=evidence) if s.version == required else s
        for s in signals
    ]


CENSUSED = {
    "github.com/smartystreets/goconvey": ("GoConvey", "github.com/smartystreets/goconvey/convey"),
    # gocheck's suites (`var _ = Suite(&S{})`) run from one `go test` function per package.
    "gopkg.in/check.v1": ("gocheck", "gopkg.in/check.v1"),
}
"""Test tools a go.mod requires (→ the tool and the package its test files import) whose
specifications run inside `go test` functions (GoConvey's `Convey("…", t, func() {…})` in a
`func TestX(t *testing.T)`): the module's main test framework when most of its test files are
written in it, not when a few specifications sit beside plain tests (`census`)."""

CENSUSED_PACKAGES = {name: package for name, package in CENSUSED.values()}
"""A censused tool's name → the package its test files import."""

BDD_RUNNERS = ("github.com/cucumber/godog", "github.com/DATA-DOG/godog")
"""godog, whose one `go test` function (`godog.TestSuite{…}.Run()`) runs the Gherkin feature
files of a module's component tests: that file is the runner of another layer of tests, written
in neither style, so a census counts it neither for a censused tool nor against it."""

CENSUS_FILES = 200
"""Test files the walk lists, and a census reads, at most per module (the shallowest ones): a
large repository's thousands of tests say no more than their first couple of hundred."""

CENSUS_BYTES = 4096
"""Bytes read from the start of each test file: its package clause and import block."""

CENSUS_SHARE = (3, 4)
"""The share of a module's test files that must import a censused tool (three quarters) for
it to be the main test framework."""

_DECLARATION = re.compile(r"^(?:func|type|var|const)\b", re.MULTILINE)
"""The first declaration after a Go file's imports: where its import block has ended."""


def census(
    held: list[Signal],
    tests: list[str],
    head: Callable[[str], str | None],
    through: dict[str, set[str]] | None = None,
) -> list[Signal]:
    """The held test tools' signals (`ManifestResult.held`) that the module's own test files
    bear out: those whose package three quarters of `tests` (the `_test.go` files the walk
    listed, at most `CENSUS_FILES` of them read) import, each with an entry signal stating the
    count ("GoConvey in 17 of 18 test files"). `head(path)` gives the first `CENSUS_BYTES` of a
    file, or None when it cannot be read. Below the share the tools stay unnamed: `go test` is
    the framework, the specifications a corner of its tests. `through` (tool → test files)
    names the files that run a suite another package of the module writes in the tool
    (`go_suites`): they count as importing it."""
    if not held or not tests:
        return []
    through = through or {}
    packages = CENSUSED_PACKAGES
    counts = dict.fromkeys(packages, 0)
    first: dict[str, str] = {}
    total = 0
    # The go tool builds no package in a `testdata` folder: its files are fixtures.
    tests = [path for path in tests if "/testdata/" not in f"/{path}"]
    for path in tests[:CENSUS_FILES]:
        text = head(path)
        if text is None:
            continue
        imports = import_section(text)
        if any(imports_package(imports, runner) for runner in BDD_RUNNERS):
            continue
        total += 1
        for name, package in packages.items():
            if imports_package(imports, package):
                counts[name] += 1
                first.setdefault(name, path)
            elif path in through.get(name, ()):
                counts[name] += 1
    found: list[Signal] = []
    share, whole = CENSUS_SHARE
    for signal in held:
        count = counts.get(signal.name, 0)
        if total and count * whole >= total * share:
            text = f"{signal.name} in {count} of {total} test files"
            where = first.get(signal.name) or min(through[signal.name])
            evidence = Evidence(path=where, text=text)
            found += [signal, Signal(K.TEST, signal.name, Strength.ENTRY, evidence)]
    return found


COUNTED = {"Ginkgo": ("github.com/onsi/ginkgo/v2", "github.com/onsi/ginkgo")}
"""Test tools with a runner of their own (Ginkgo's suites, started by `RunSpecs` in a
`go test` function) whose packages a module's test files import: named by the suites they
start, and not the main test framework where the module's other test files outnumber theirs
three to one (`COUNTED_SHARE`)."""

COUNTED_SHARE = (1, 4)
"""The share of a module's test files below which a counted tool is outnumbered: fewer than a
quarter of them import it (three quarters are the other tools' tests, as `CENSUS_SHARE` asks
of a censused tool the other way)."""


def outnumbered(requires: set[str], tests: list[str], head: Callable[[str], str | None]) -> (
    list[tuple[str, str]]
):
    """(tool, "Ginkgo in 17 of 200 test files") for each counted tool the module requires
    (`requires`, by name) that fewer than a quarter of its test files (`tests`, at most
    `CENSUS_FILES` of them read) import: some of its packages run suites in it, while most
    test files are plain `go test` functions (with testify's assertions), which is then the
    main test framework."""
    wanted = {name: COUNTED[name] for name in requires if name in COUNTED}
    if not wanted or not tests:
        return []
    counts = dict.fromkeys(wanted, 0)
    total = 0
    for path in [path for path in tests if "/testdata/" not in f"/{path}"][:CENSUS_FILES]:
        text = head(path)
        if text is None:
            continue
        total += 1
        imports = import_section(text)
        for name, packages in wanted.items():
            if any(imports_package(imports, package) for package in packages):
                counts[name] += 1
    share, whole = COUNTED_SHARE
    return [
        (name, f"{name} in {count} of {total} test files")
        for name, count in counts.items()
        if total and count * whole < total * share
    ]


def import_section(text: str) -> str:
    """A Go file's opening up to its first declaration: its package clause and imports."""
    end = _DECLARATION.search(text)
    return text[: end.start()] if end else text


def imports_package(imports: str, package: str) -> bool:
    """Whether a Go file's import section (`imports`) imports `package`, under any name (a
    dot import, an alias) and not in a line comment."""
    quoted = f'"{package}"'
    at = imports.find(quoted)
    while at >= 0:
        start = imports.rfind("\n", 0, at) + 1
        if "//" not in imports[start:at]:
            return True
        at = imports.find(quoted, at + len(quoted))
    return False


FORKED = {
    "sqlx": "github.com/jmoiron/sqlx",
    # The official MongoDB driver's repository (github.com/mongodb/mongo-go-driver, published
    # as go.mongodb.org/mongo-driver): a vendor's fork under its own owner keeps the layout
    # (`github.com/someone/mongo-go-driver/v2/mongo`, `/bson`) and the API.
    "mongo-go-driver": "go.mongodb.org/mongo-driver",
    # OpenSearch's Go client (github.com/opensearch-project/opensearch-go): a product's fork
    # under its own owner (`github.com/someone/opensearch-go/v4`) keeps the name and the API.
    "opensearch-go": "github.com/opensearch-project/opensearch-go",
    # julienschmidt's httprouter: the forks a product requires instead (a fix not yet merged
    # upstream, pinned at a pseudo-version) keep the package name and `httprouter.New()`.
    "httprouter": "github.com/julienschmidt/httprouter",
    # Graph drivers a product forks under its own owner (a fix it needed), name and API kept.
    "golang-neo4j-bolt-driver": "github.com/johnnadratowski/golang-neo4j-bolt-driver",
    "gremgo-neptune": "github.com/gedge/gremgo-neptune",
}
"""Libraries whose forks keep the name (`github.com/someone/sqlx-v2`, same API under another
owner): a module named so is that library, whoever publishes it."""


def _fork_of(key: str) -> str:
    """The catalogued library a module path is a fork of, else the path itself."""
    if key in CATALOG:
        return key
    name = key.rsplit("/", 1)[-1]
    base, dash, major = name.rpartition("-v")
    return FORKED.get(base if dash and major.isdigit() else name, key)


def _major(module: str, version: str) -> int:
    """Major version of a requirement: its path's `/vN` suffix, else its version's."""
    suffix = _VERSION_SUFFIX.search(module)
    text = suffix.group(0)[2:] if suffix else version[1:].split(".", 1)[0]
    return int(text) if text.isdigit() else 0
