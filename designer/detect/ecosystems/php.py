"""PHP: composer.json, and the entry points of Laravel, Symfony, Mezzio, Slim and CodeIgniter."""

from __future__ import annotations

import json
import re
from typing import Any

from designer.detect import composer_autoloads, defaults
from designer.detect.assemble import UNIT_SUITES
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
    integrated,
    rule,
)
from designer.model.stack import Evidence
from designer.model.stack import FindingKind as K

LANGUAGE = "PHP"

CATALOG: Catalog = {
    "laravel/framework": entries(
        (K.FRAMEWORK, "Laravel"), (K.ORM, "Eloquent"), (K.MIGRATIONS, "Laravel migrations")
    ),
    "laravel/lumen-framework": entries((K.FRAMEWORK, "Lumen"), (K.ORM, "Eloquent")),
    "illuminate/database": entries((K.ORM, "Eloquent")),
    "symfony/framework-bundle": entries((K.FRAMEWORK, "Symfony")),
    # The whole framework in one package (Symfony 2 and 3 applications require it).
    "symfony/symfony": entries((K.FRAMEWORK, "Symfony")),
    # Symfony's router over its HttpFoundation requests, with no kernel: an application whose
    # own front controller matches every request (`new UrlMatcher($routes, $context)`) runs on
    # the Symfony components it requires, at the router's release.
    "symfony/routing": entries((K.FRAMEWORK, "Symfony")),
    "mezzio/mezzio": entries((K.FRAMEWORK, "Mezzio")),
    "slim/slim": entries((K.FRAMEWORK, "Slim")),
    # The PHP League's PSR-7/PSR-15 router, an application's whole HTTP layer in its front
    # controller (`$container->get(Router::class)->handle($request)`).
    "league/route": entries((K.FRAMEWORK, "league/route")),
    # Silex: the micro-framework on Symfony's components (its applications also require them,
    # often as the whole symfony/symfony package).
    "silex/silex": entries((K.FRAMEWORK, "Silex")),
    "codeigniter4/framework": entries((K.FRAMEWORK, "CodeIgniter")),
    "codeigniter/framework": entries((K.FRAMEWORK, "CodeIgniter")),
    # CakePHP and Yii ship their own ORM / Active Record inside the framework package.
    "cakephp/cakephp": entries((K.FRAMEWORK, "CakePHP"), (K.ORM, "CakePHP ORM")),
    "cakephp/migrations": entries((K.MIGRATIONS, "CakePHP Migrations")),
    "yiisoft/yii2": entries((K.FRAMEWORK, "Yii"), (K.ORM, "Yii Active Record")),
    # Yii 1.1, the same framework's first generation (`CWebApplication`, models extending
    # `CActiveRecord`): its Active Record ships inside the one package too.
    "yiisoft/yii": entries((K.FRAMEWORK, "Yii"), (K.ORM, "Yii Active Record")),
    "laminas/laminas-mvc": entries((K.FRAMEWORK, "Laminas MVC")),
    # Laminas MVC's name before the Linux Foundation took it over (same shape, `Zend\`).
    "zendframework/zend-mvc": entries((K.FRAMEWORK, "Zend Framework")),
    "zendframework/zendframework": entries((K.FRAMEWORK, "Zend Framework")),
    # Zend Framework 1 (`Zend_Controller_Front`, `new Zend_Application`): the whole framework
    # in one package, its maintained fork, or the fork's per-component packages, of which the
    # MVC controller is the one an application serves through.
    "zendframework/zendframework1": entries((K.FRAMEWORK, "Zend Framework")),
    "shardj/zf1-future": entries((K.FRAMEWORK, "Zend Framework")),
    "zf1s/zend-controller": entries((K.FRAMEWORK, "Zend Framework")),
    # Swoole and Workerman frameworks, started by their own console script.
    "hyperf/framework": entries((K.FRAMEWORK, "Hyperf")),
    "workerman/webman-framework": entries((K.FRAMEWORK, "webman")),
    # Phalcon is a C extension: an application requires it as `ext-phalcon`.
    "ext-phalcon": entries((K.FRAMEWORK, "Phalcon")),
    "fuel/core": entries((K.FRAMEWORK, "FuelPHP")),
    "kohana/core": entries((K.FRAMEWORK, "Kohana")),
    # Micro-frameworks: Flight (under its old and its new name), Fat-Free, Leaf.
    "mikecao/flight": entries((K.FRAMEWORK, "Flight")),
    "flightphp/core": entries((K.FRAMEWORK, "Flight")),
    "bcosca/fatfree": entries((K.FRAMEWORK, "Fat-Free")),
    "bcosca/fatfree-core": entries((K.FRAMEWORK, "Fat-Free")),
    "leafs/leaf": entries((K.FRAMEWORK, "Leaf")),
    # Klein: a routing micro-framework (`$klein->respond(…)`, `$klein->dispatch()`), the whole
    # HTTP layer an application builds its own controllers on, as Slim's router is.
    "klein/klein": entries((K.FRAMEWORK, "Klein")),
    # Nette: its MVC layer (presenters, routing) is nette/application, which an application
    # requires beside nette/bootstrap's configurator; the other nette/* packages are components.
    "nette/application": entries((K.FRAMEWORK, "Nette")),
    # Laminas's SQL abstraction and table gateways: queries built in code, no ORM.
    "laminas/laminas-db": entries((K.QUERY, "laminas-db")),
    # Aura.Sql's ExtendedPdo: PDO with lazy connections and array binding, queries in SQL.
    "aura/sql": entries((K.QUERY, "Aura.Sql")),
    # ThinkPHP 6 and 8 require their ORM as a package of its own (5.1 ships it inside).
    "topthink/framework": entries((K.FRAMEWORK, "ThinkPHP"), (K.ORM, "ThinkORM")),
    "topthink/think-orm": entries((K.ORM, "ThinkORM")),
    "cycle/orm": entries((K.ORM, "Cycle ORM")),
    "propel/propel": entries((K.ORM, "Propel")),
    "propel/propel1": entries((K.ORM, "Propel")),
    "gabordemooij/redbean": entries((K.ORM, "RedBeanPHP")),
    # Cortex: the Fat-Free Framework's ORM, models extending `\DB\Cortex` over its SQL,
    # Mongo and Jig mappers.
    "ikkez/f3-cortex": entries((K.ORM, "Cortex")),
    # slim/pdo (FaaPz's PDO): a thin query builder extending PDO itself (`$pdo->select()
    # ->from('t')`), no ORM: the data layer is PDO, as an application calling it directly.
    "slim/pdo": entries((K.QUERY, "PDO")),
    # Medoo: a query builder over PDO (`$database->select("account", …)`).
    "catfan/medoo": entries((K.QUERY, "Medoo")),
    # MongoDB's own library over the ext-mongodb driver (`new MongoDB\Client`): the data layer,
    # named by its package as the Node, Elixir and Go drivers are, and the engine.
    "mongodb/mongodb": entries((K.DATABASE, "MongoDB"), (K.QUERY, "mongodb")),
    # Search-engine clients (Elastica wraps elasticsearch-php): the engine of an application
    # whose documents live in the index; SEARCH_STORES says why they weigh so little.
    "elasticsearch/elasticsearch": entries((K.DATABASE, "Elasticsearch")),
    "ruflin/elastica": entries((K.DATABASE, "Elasticsearch")),
    "opensearch-project/opensearch-php": entries((K.DATABASE, "OpenSearch")),
    "doctrine/orm": entries((K.ORM, "Doctrine")),
    # Nettrine: Nette's DI extensions of Doctrine's ORM and DBAL (the entity manager registered in
    # the application's neon configuration), as doctrine-bundle is Symfony's.
    "nettrine/orm": entries((K.ORM, "Doctrine")),
    # Doctrine's database abstraction alone (queries in SQL or its query builder, no entities).
    "doctrine/dbal": entries((K.QUERY, "Doctrine DBAL")),
    "doctrine/doctrine-bundle": entries((K.ORM, "Doctrine")),
    # Zend Framework's and Laminas' module of the ORM: the entity manager, configured under the
    # application's `doctrine` key, is the application's data layer.
    "doctrine/doctrine-orm-module": entries((K.ORM, "Doctrine")),
    # The PSR-11 container factories of the ORM a Mezzio (or other PSR-15) application wires
    # its entity manager with, configured under the application's `doctrine` key.
    "roave/psr-container-doctrine": entries((K.ORM, "Doctrine")),
    # Flex's metapackage of doctrine/orm, its bundle and the migrations bundle.
    "symfony/orm-pack": entries((K.ORM, "Doctrine"), (K.MIGRATIONS, "Doctrine Migrations")),
    "doctrine/doctrine-migrations-bundle": entries((K.MIGRATIONS, "Doctrine Migrations")),
    # API Platform's Flex pack: it requires orm-pack (doctrine/orm and its bundle), so an API
    # built from it maps its resources as Doctrine entities unless told otherwise.
    "api-platform/api-pack": entries((K.ORM, "Doctrine")),
    # Laravel's bridges to Doctrine: the application maps entities with Doctrine in place of
    # the Eloquent models the framework lends.
    "laravel-doctrine/orm": entries((K.ORM, "Doctrine")),
    "laravel-doctrine/migrations": entries((K.MIGRATIONS, "Doctrine Migrations")),
    "doctrine/migrations": entries((K.MIGRATIONS, "Doctrine Migrations")),
    # Doctrine's object-document mapper for MongoDB (documents in place of the ORM's entities)
    # and its Symfony bundle: MongoDB is its only store.
    "doctrine/mongodb-odm": entries((K.ORM, "Doctrine ODM"), (K.DATABASE, "MongoDB")),
    "doctrine/mongodb-odm-bundle": entries((K.ORM, "Doctrine ODM"), (K.DATABASE, "MongoDB")),
    "predis/predis": entries((K.CACHE, "Redis")),
    # The PHP extension a project requires to reach its database (`"ext-pdo_mysql": "*"`).
    "ext-pdo_mysql": entries((K.DATABASE, "MySQL")),
    "ext-mysqli": entries((K.DATABASE, "MySQL")),
    "ext-pdo_pgsql": entries((K.DATABASE, "PostgreSQL")),
    "ext-pgsql": entries((K.DATABASE, "PostgreSQL")),
    "ext-pdo_sqlite": entries((K.DATABASE, "SQLite")),
    "ext-sqlite3": entries((K.DATABASE, "SQLite")),
    "ext-pdo_sqlsrv": entries((K.DATABASE, "SQL Server")),
    "ext-mongodb": entries((K.DATABASE, "MongoDB")),
    "ext-redis": entries((K.CACHE, "Redis")),
    "ext-memcached": entries((K.CACHE, "Memcached")),
    "php-amqplib/php-amqplib": entries((K.BROKER, "RabbitMQ")),
    "ext-rdkafka": entries((K.BROKER, "Kafka")),
    "phpunit/phpunit": entries((K.TEST, "PHPUnit")),
    "pestphp/pest": entries((K.TEST, "Pest")),
    "codeception/codeception": entries((K.TEST, "Codeception")),
    "behat/behat": entries((K.TEST, "Behat")),
    "phpspec/phpspec": entries((K.TEST, "PhpSpec")),
    "kahlan/kahlan": entries((K.TEST, "Kahlan")),
    "atoum/atoum": entries((K.TEST, "atoum")),
    # Nette's own test runner (`vendor/bin/tester`, cases asserting with `Tester\Assert`).
    "nette/tester": entries((K.TEST, "Nette Tester")),
    # SimpleTest (`UnitTestCase`, `WebTestCase`, run by `simpletest/autorun.php`), the xUnit
    # PHP had before PHPUnit prevailed; CakePHP 1's suite is built on it (`cake_simpletest`).
    "simpletest/simpletest": entries((K.TEST, "SimpleTest")),
    "laravel/octane": entries((K.SERVER, "Laravel Octane")),
}

SEARCH_STORES = frozenset(
    {"elasticsearch/elasticsearch", "ruflin/elastica", "opensearch-project/opensearch-php"}
)
"""Search-engine clients. Most applications requiring one keep their records in Doctrine's or
Eloquent's store and index them beside it; the search engine is the engine only of an
application with no other store (an API answering from an index it fills itself). Their
engine therefore ranks with development fallbacks, as the other ecosystems' clients do: any
other driver, setting or Compose database outranks it."""

GLUE = frozenset(
    {
        "doctrine/doctrine-bundle",
        "doctrine/doctrine-orm-module",
        "roave/psr-container-doctrine",
        "doctrine/doctrine-migrations-bundle",
        "symfony/orm-pack",
        "api-platform/api-pack",
        "laravel-doctrine/orm",
        "laravel-doctrine/migrations",
        "doctrine/mongodb-odm-bundle",
        "nettrine/orm",
    }
)
"""Symfony bundles and packs of Doctrine, Zend Framework's module of it, the PSR-11 container
factories of it and Laravel's bridges to it: the ORM's version is doctrine/orm's (the ODM's,
doctrine/mongodb-odm's)."""

BRINGS = {
    f"topthink/think-{name}": "topthink/framework"
    for name in ("multi-app", "captcha", "queue", "migration", "filesystem", "factory")
}
"""Extensions that require their framework's own package: an application may require only
them (`topthink/think-multi-app` without `topthink/framework`), and runs on the framework they
bring, at the version the lock file resolves for its package."""

OWN_PACKAGE = {"ThinkORM": "topthink/think-orm"}
"""Findings a framework package gives through a package it requires: their version is that
package's, as the lock file resolves it (ThinkORM 2.0.33 beneath ThinkPHP 6.1.2)."""

GLUED = {
    "Doctrine": "doctrine/orm",
    "Doctrine Migrations": "doctrine/migrations",
    "Doctrine ODM": "doctrine/mongodb-odm",
}
"""The package of what a glue package integrates: an application requiring only Symfony's
orm-pack or the bundle still has doctrine/orm in its lock file (2.7.5 beneath orm-pack's
v1.2.0), and that is the ORM's version."""

_PHP = (".php",)

_PHP_TEMPLATES = tuple(
    f".php{tail}" for tail in (".default", "-orig", ".dist", ".example", ".sample")
)
"""How a PHP settings file an installation copies is named when the real one is not committed
(CakePHP 2's `database.php.default`, `db.php-orig`, `config.php.dist`): its database settings
are the engine every installation starts from."""

ELOQUENT_USE = (
    r"^use[ \t]+Illuminate\\(?:Database\\Eloquent\\|Support\\Facades\\DB;)"
    r"|\bDB::(?:table|select|statement|insert|update|delete|connection|transaction|raw"
    r"|unprepared)[ \t]*\("
    r"|^[ \t]*(?:(?:abstract|final)[ \t]+)?class[ \t]+\w+[ \t]+extends[ \t]+\\?Eloquent\b"
)
"""Code using Laravel's database layer: an Eloquent import (a model, a relation), the `DB`
facade, a model extending `Eloquent` (the alias Laravel 4 gave the model class, and the name
an application gives its own base model over it). The skeleton's `User`, extending the
framework's authenticatable model, is in every application whether it keeps users or not: it
is no use."""

_CI3_DATABASE = ("database.php", "database.example.php", "database.sample.php",
                 "database.php.example", "database.php.sample", "database.php.dist")
"""CodeIgniter 3's connection settings, or the template of them an installation copies."""

CODEIGNITER_DATA_USE = (
    r"^use CodeIgniter\\Model;|(?<!->)\bdb_connect\s*\(|\bextends\s+CI_Model\b"
    r"|\$this->load->database\s*\("
)
"""Code using CodeIgniter's query builder, which ships inside the framework: a model (4's
`use CodeIgniter\\Model;`, 3's `extends CI_Model`) or a connection opened in code.
CodeIgniter 4's `db_connect()` is a global helper: a method of that name (`$wpdb->db_connect()`,
WordPress's database class in a copied WordPress) is someone else's."""

ZEND_DB_USE = (
    r"\bextends[ \t]+Zend_Db_Table(?:_Abstract)?\b"
    r"|\bZend_Db_Table(?:_Abstract)?::getDefaultAdapter[ \t]*\("
    r"|\bZend_Db::factory[ \t]*\("
)
"""Code using Zend Framework 1's Zend_Db: a table class, the default adapter fetched for a
query, an adapter built by hand."""

HYPERF_DATA_USE = (
    r"^use[ \t]+Hyperf\\(?:DbConnection\\(?:Db\b|Model\\Model\b)|Database\\Model\\)"
    r"|\bextends[ \t]+\\?Hyperf\\DbConnection\\Model\\Model\b"
)
"""Code using Hyperf's database component: a model (`use Hyperf\\DbConnection\\Model\\Model;`,
a `Hyperf\\Database\\Model\\` relation or builder) or the `Db` facade."""

MIGRATION_USE = (
    r"^use[ \t]+Illuminate\\(?:Database\\Migrations\\Migration|Support\\Facades\\Schema);"
)
"""A Laravel migration, or code changing the schema."""
_PARAMETERS = tuple(
    f"parameters.{ext}{dist}" for ext in ("yml", "yaml") for dist in ("", ".dist")
)
"""Symfony's parameters files, and the `.dist` copies installations start from."""
_DOCTRINE_CONFIG = ("config.yml", "config.yaml", "doctrine.yml", "doctrine.yaml")
"""Where a Symfony application configures Doctrine: the whole application's configuration
(Symfony 2 and 3) or the bundle's own file (Symfony 4 on)."""
_PDO_DRIVERS = (("sqlite", "SQLite"), ("mysql", "MySQL"), ("pgsql", "PostgreSQL"),
                ("sqlsrv", "SQL Server"))
"""PDO's driver names (`pdo_mysql`) and the engine each reaches: what the settings rules read."""
_CAKE_DRIVERS = (
    ("Mysql", "MySQL"),
    ("Postgres", "PostgreSQL"),
    ("Sqlite", "SQLite"),
    ("Sqlserver", "SQL Server"),
)
"""CakePHP's database driver classes → engine."""


def _cake_driver(name: str) -> str:
    """A CakePHP datasource's `'driver' => Mysql::class` (or the class's quoted name, or the
    default of an environment lookup: `env('DATASOURCES_DEFAULT_DRIVER', Mysql::class)`)."""
    return (
        r"""['"]driver['"]\s*=>\s*(?:env\(\s*['"]\w+['"]\s*,\s*)?"""
        rf"""(?:{name}::class|['"][\w\\]*Driver\\{name}['"])"""
    )


RULES: tuple[SourceRule, ...] = (
    rule(K.FRAMEWORK, "Laravel", r"Illuminate\\Foundation\\Application", endings=_PHP),
    rule(K.FRAMEWORK, "Laravel", r"Illuminate\\Foundation", names=("artisan",)),
    # Lumen's bootstrap/app.php builds its own application class.
    rule(K.FRAMEWORK, "Lumen", r"\bnew[ \t]+\\?Laravel\\Lumen\\Application\b", endings=_PHP),
    rule(
        K.FRAMEWORK,
        "Symfony",
        r"Symfony\\Component\\HttpKernel\\Kernel\b|\bMicroKernelTrait\b"
        # A kernel naming the bundles it boots: HttpKernel's `registerBundles()`, overridden
        # also by a kernel extending a platform's own (a distribution's `AppKernel extends
        # OroKernel`, the framework required through that platform's package).
        r"|^[ \t]*public[ \t]+function[ \t]+registerBundles[ \t]*\(",
        endings=_PHP,
    ),
    # A Symfony Flex application's bundles file registering FrameworkBundle: the framework it
    # runs, however deep its kernel lies, and whichever bundle brings the framework's package
    # (an application requiring only `symfony/*-bundle` packages and components gets
    # symfony/framework-bundle through them: the lock versions it, `lock_frameworks`).
    rule(
        K.FRAMEWORK,
        "Symfony",
        r"^[ \t]*\\?Symfony\\Bundle\\FrameworkBundle\\FrameworkBundle::class[ \t]*=>",
        names=("bundles.php",),
    ),
    rule(K.FRAMEWORK, "Mezzio", r"\bMezzio\\Application\b", endings=_PHP),
    # ThinkPHP's console script at the application's root, as Laravel's `artisan`.
    rule(K.FRAMEWORK, "ThinkPHP", r"^namespace think;", names=("think",)),
    # Slim 4 builds its app with `AppFactory::create()` or `new App(…)` after `use Slim\App;`.
    rule(K.FRAMEWORK, "Slim", r"^use Slim\\(?:App|Factory\\AppFactory);", endings=_PHP),
    # league/route's front controller hands the request to the router it imports (a library
    # building routes for an application imports it too, but dispatches nothing).
    rule(
        K.FRAMEWORK,
        "league/route",
        r"->\s*(?:dispatch|handle)\(\s*\$request\b",
        endings=_PHP,
        gate=LazyPattern(r"^use League\\Route\\Router;", re.MULTILINE),
    ),
    # A Silex application is `new Silex\Application()` or a class extending it (often
    # through an alias: `use Silex\Application as SilexApplication;`); the service providers
    # and controllers that only take one as a parameter are not entry points.
    rule(
        K.FRAMEWORK,
        "Silex",
        r"\b(?:new|extends)[ \t]+\\?Silex\\Application\b"
        r"|^use[ \t]+Silex\\Application(?:[ \t]+as[ \t]+\w+)?;"
        r"[\s\S]*?\b(?:new|extends)[ \t]+\w*Application\b",
        endings=_PHP,
    ),
    rule(K.FRAMEWORK, "CodeIgniter", r"\bCodeIgniter\\", names=("spark",)),
    # CodeIgniter 3's controllers (2's too) extend its base class, directly or through the
    # application's own `MY_Controller` (the prefix CodeIgniter gives an extension of a core
    # class): an application folder shipped without the framework, unpacked beside it at
    # install, is CodeIgniter's all the same. (4's controllers extend `CodeIgniter\Controller`.)
    rule(
        K.FRAMEWORK,
        "CodeIgniter",
        r"^[ \t]*(?:abstract[ \t]+)?class[ \t]+\w+[ \t]+extends[ \t]+(?:CI|MY)_Controller\b",
        endings=_PHP,
    ),
    # CodeIgniter 3's front controller boots the framework's core file.
    rule(K.FRAMEWORK, "CodeIgniter", r"\bBASEPATH\s*\.\s*['\"]core/CodeIgniter\.php",
         names=("index.php",)),
    # The framework's core kept in the tree (CodeIgniter 3's `system/core/CodeIgniter.php`,
    # 4's `system/CodeIgniter.php`) names its release: the version the application runs on.
    rule(
        K.FRAMEWORK,
        "CodeIgniter",
        r"^[ \t]*(?:(?:public[ \t]+)?const[ \t]+CI_VERSION[ \t]*=[ \t]*"
        r"|define[ \t]*\([ \t]*['\"]CI_VERSION['\"][ \t]*,[ \t]*)['\"](?P<version>\d[\w.+-]*)['\"]",
        names=("CodeIgniter.php",),
    ),
    # A CodeIgniter 3 application that loads the database library on every request
    # (`$autoload['libraries'] = ['database', …]`) runs its queries on the framework's builder.
    rule(
        K.QUERY,
        "CodeIgniter Query Builder",
        r"^\$autoload\[['\"]libraries['\"]\][ \t]*=[ \t]*(?:array[ \t]*\(|\[)[^\n]*"
        r"['\"]database['\"]",
        names=("autoload.php",),
    ),
    rule(K.FRAMEWORK, "CakePHP", r"\bCake\\Http\\BaseApplication\b", endings=_PHP),
    # CakePHP 2's front controller (`app/webroot/index.php`, kept by every application of that
    # line) dispatches the request through the framework's own classes. A CakePHP 2 application
    # often has no manifest at all (the framework unpacked beside it, or downloaded apart), so
    # this file is what shows the framework it runs on.
    rule(
        K.FRAMEWORK,
        "CakePHP",
        r"->dispatch\([ \t]*\r?\n?[ \t]*new[ \t]+CakeRequest[ \t]*\(",
        names=("index.php",),
    ),
    # CakePHP 2's application model (`Model/AppModel.php`, the base class every model of the
    # application extends) loads the framework's `Model` through its class loader and extends
    # it: the framework's own ORM, whether or not a manifest names it. Read by name, as a
    # marker: in a tree that keeps the framework beside the application, the framework's
    # shallower files fill the ordinary quota before the walk reaches the application's models.
    rule(
        K.ORM,
        "CakePHP ORM",
        r"^[ \t]*App::uses\([ \t]*['\"]Model['\"][ \t]*,[ \t]*['\"]Model['\"][ \t]*\);"
        r"[\s\S]*?^[ \t]*class[ \t]+AppModel[ \t]+extends[ \t]+Model\b",
        names=("AppModel.php",),
    ),
    # CakePHP 1's front controller (`app/webroot/index.php`) includes the core's bootstrap
    # from the `cake/` folder the framework is unpacked into and dispatches the request: an
    # application of that line has no manifest at all.
    rule(
        K.FRAMEWORK,
        "CakePHP",
        r"""\binclude[ \t]*\(?[ \t]*CORE_PATH[ \t]*\.[ \t]*['"]cake['"][ \t]*\.[ \t]*DS[ \t]*\."""
        r"""[ \t]*['"]bootstrap\.php['"]""",
        names=("index.php",),
    ),
    # The unpacked core's `cake/config/config.php` states its release (`return
    # $config['Cake.version'] = '1.3.12';`, or in later 1.3 releases the assignment alone, the array
    # returned on the next line): the version the application runs on.
    rule(
        K.FRAMEWORK,
        "CakePHP",
        r"""^[ \t]*(?:return[ \t]+)?\$config\[['"]Cake\.version['"]\][ \t]*=[ \t]*"""
        r"""['"](?P<version>\d[\w.+-]*)['"]""",
        names=("config.php",),
    ),
    # CakePHP 1's base model (`app_model.php`, the core's default or the application's own
    # copy), which every model of the application extends: the framework's own ORM.
    rule(
        K.ORM,
        "CakePHP ORM",
        r"^[ \t]*class[ \t]+AppModel[ \t]+extends[ \t]+Model\b",
        names=("app_model.php",),
    ),
    rule(K.FRAMEWORK, "Yii", r"\bnew\s+\\?yii\\web\\Application\s*\(", endings=_PHP),
    rule(K.FRAMEWORK, "Laminas MVC", r"\bLaminas\\Mvc\\Application\b", endings=_PHP),
    # Zend Framework's front controller initialises and runs its MVC application.
    rule(
        K.FRAMEWORK,
        "Zend Framework",
        r"\bZend\\Mvc\\Application::init\b"
        r"|^use[ \t]+Zend\\Mvc\\Application;[\s\S]*?^[ \t]*Application::init\b",
        endings=_PHP,
    ),
    # Hyperf's `bin/hyperf.php` gets the application from its container and runs it.
    rule(K.FRAMEWORK, "Hyperf", r"\bHyperf\\Contract\\ApplicationInterface\b",
         names=("hyperf.php",)),
    # webman's `start.php` runs the framework's application (`support\App::run();`).
    rule(K.FRAMEWORK, "webman", r"^[ \t]*\\?support\\App::run[ \t]*\(", names=("start.php",)),
    # Phalcon's front controller builds a full or a micro application (imported under its own
    # name or an alias: `use Phalcon\Mvc\Application as MvcApplication;`).
    rule(
        K.FRAMEWORK,
        "Phalcon",
        r"\bnew[ \t]+\\?Phalcon\\Mvc\\(?:Application|Micro)\b"
        r"|^use[ \t]+Phalcon\\Mvc\\(?:Application|Micro)(?:[ \t]+as[ \t]+\w+)?;"
        r"[\s\S]*?\bnew[ \t]+\w*(?:Application|Micro)\b",
        endings=_PHP,
    ),
    # Phalcon's ORM ships in the same C extension: models extend its `Phalcon\Mvc\Model`.
    rule(
        K.ORM,
        "Phalcon ORM",
        r"^[ \t]*(?:abstract[ \t]+)?class[ \t]+\w+[ \t]+extends[ \t]+\\?Phalcon\\Mvc\\Model\b"
        r"|^use[ \t]+Phalcon\\Mvc\\Model;[\s\S]*?"
        r"^[ \t]*(?:abstract[ \t]+)?class[ \t]+\w+[ \t]+extends[ \t]+Model\b",
        endings=_PHP,
    ),
    # FuelPHP's front controller defines the framework's paths and forges the request.
    rule(K.FRAMEWORK, "FuelPHP", r"^[ \t]*define\([ \t]*'COREPATH'", names=("index.php",)),
    rule(K.FRAMEWORK, "Kohana", r"\bKohana::init[ \t]*\(", endings=_PHP),
    rule(K.FRAMEWORK, "Flight", r"\bFlight::start[ \t]*\(", endings=_PHP),
    # Fat-Free's hive (`$f3 = \Base::instance();`) is started with `$f3->run();`.
    rule(
        K.FRAMEWORK,
        "Fat-Free",
        r"\bBase::instance[ \t]*\([ \t]*\)[\s\S]*?->run[ \t]*\([ \t]*\)",
        endings=_PHP,
    ),
    # Fat-Free's own SQL mapper, shipped inside the framework over its `DB\SQL` PDO wrapper:
    # models extend it (`abstract class Model extends \DB\SQL\Mapper`) or build one per table.
    rule(
        K.ORM,
        "Fat-Free SQL Mapper",
        r"^[ \t]*(?:(?:abstract|final)[ \t]+)?class[ \t]+\w+[ \t]+extends[ \t]+\\?DB\\SQL\\Mapper\b"
        r"|\bnew[ \t]+\\?DB\\SQL\\Mapper[ \t]*\(",
        endings=_PHP,
    ),
    # Leaf's application, made by its `app()` helper or as `new Leaf\App`, then run.
    rule(
        K.FRAMEWORK,
        "Leaf",
        r"^[ \t]*app\(\)->run\([ \t]*\);|\bnew[ \t]+\\?Leaf\\App\b",
        endings=_PHP,
    ),
    # Code written to laminas-db's classes uses it whichever package brings them (a fork
    # published under another name keeps the namespace).
    rule(K.QUERY, "laminas-db", r"^use[ \t]+Laminas\\Db\\", endings=_PHP),
    # The AWS SDK for PHP (one package for every service) names no store in the manifest: the
    # DynamoDB client the code imports or builds does (`use Aws\DynamoDb\DynamoDbClient;`, the
    # SDK's `$sdk->createDynamoDb(…)`), as boto3's client does in Python.
    rule(
        K.DATABASE,
        "DynamoDB",
        r"^[ \t]*use[ \t]+\\?Aws\\DynamoDb\\|\bnew[ \t]+\\?Aws\\DynamoDb\\DynamoDbClient\b"
        r"|->createDynamoDb[ \t]*\(",
        endings=_PHP,
    ),
    # Zend Framework 1's application bootstrapped in code (`new Zend_Application(APPLICATION_ENV,
    # …)` then `->bootstrap()->run()`), or its front controller run directly.
    rule(
        K.FRAMEWORK,
        "Zend Framework",
        r"\bnew[ \t]+Zend_Application[ \t]*\(|\bZend_Controller_Front::run[ \t]*\(",
        endings=_PHP,
    ),
    # Zend Framework 1's own data layer (Zend_Db), which ships inside the framework package:
    # only a table class, the default adapter fetched in code or an adapter built by hand
    # shows the application uses it (ZF1's successor library is laminas-db, a name apart).
    rule(K.QUERY, "Zend_Db", ZEND_DB_USE, endings=_PHP),
    # Zend_Application's db resource configured in application.ini: the adapter every
    # request's tables go through.
    rule(K.QUERY, "Zend_Db", r"^[ \t]*resources\.db\.adapter[ \t]*=", names=("application.ini",)),
    # Hyperf's database component (hyperf/database with hyperf/db-connection) is its port of
    # Laravel's Eloquent, same API and class names; the skeleton requires it in every
    # application, so only a model or the `Db` facade in the code shows it is used.
    rule(K.ORM, "Eloquent", HYPERF_DATA_USE, endings=_PHP),
    # Propel 1's runtime opened in code (`Propel::getConnection(`, `Propel::init(`), whichever
    # fork of Propel 1 the manifest requires (the runtime keeps its class names).
    rule(K.ORM, "Propel", r"\bPropel::(?:getConnection|init)[ \t]*\(", endings=_PHP),
    # CakePHP's datasource names its driver class (`'driver' => Mysql::class`), directly or as
    # the default of an environment lookup (`env('DATASOURCES_DEFAULT_DRIVER', Mysql::class)`).
    *(
        rule(K.DATABASE, engine, _cake_driver(name), endings=_PHP)
        for name, engine in _CAKE_DRIVERS
    ),
    # The driver of CakePHP's `default` datasource in the shipped config/app.php (`'default'
    # => [ 'className' => Connection::class, 'driver' => Mysql::class, …`): the engine the
    # application runs on unless app_local.php says otherwise, before a PHP extension the
    # manifest requires or the `test` datasource's URL.
    *(
        rule(
            K.DATABASE,
            engine,
            r"""['"]default['"]\s*=>\s*\[[^\]]{0,1500}?""" + _cake_driver(name),
            names=("app.php",),
            scope=Scope.CHOSEN,
        )
        for name, engine in _CAKE_DRIVERS
    ),
    # CakePHP 2's app/Config/database.php (shipped as `database.php.default`): a datasource's
    # driver as the framework's `Database/Mysql` class path.
    *(
        rule(
            K.DATABASE,
            engine,
            rf"""['"]datasource['"]\s*=>\s*['"]Database/{name}['"]""",
            endings=(*_PHP, *_PHP_TEMPLATES),
        )
        for name, engine in _CAKE_DRIVERS
    ),
    # CakePHP 1's app/config/database.php (shipped as `database.php.default`): the driver of
    # the `default` datasource of its DATABASE_CONFIG class (`var $default = array('driver' =>
    # 'mysql', …`).
    *(
        rule(
            K.DATABASE,
            engine,
            r"""\$default[ \t]*=[ \t]*array[ \t]*\([^)]*?"""
            rf"""['"]driver['"][ \t]*=>[ \t]*['"](?:{name})['"]""",
            endings=(*_PHP, *_PHP_TEMPLATES),
        )
        for name, engine in (
            ("mysqli?", "MySQL"),
            ("postgres", "PostgreSQL"),
            ("sqlite3?", "SQLite"),
            ("mssql", "SQL Server"),
            ("oracle", "Oracle"),
        )
    ),
    # A PDO data source name (`new PDO('pgsql:host=db;dbname=app')`, Yii's `'dsn' =>`); a
    # file under `/path/to/` is a sample's placeholder (a bundled tool's settings).
    *(
        rule(K.DATABASE, engine, rf"""["']{prefix}:(?:{rest})""", endings=(*_PHP, *_PHP_TEMPLATES))
        for prefix, rest, engine in (
            ("mysql", "host|dbname|unix_socket|port", "MySQL"),
            ("pgsql", "host|dbname|port", "PostgreSQL"),
            ("sqlsrv", "Server|Database", "SQL Server"),
            ("sqlite", "/(?!path/to/)|:memory:", "SQLite"),
        )
    ),
    # CodeIgniter's models run on the query builder shipped inside the framework: only a
    # model (CodeIgniter 3's extend CI_Model) or a connection opened in code shows the
    # application uses it.
    rule(
        K.QUERY,
        "CodeIgniter Query Builder",
        CODEIGNITER_DATA_USE,
        endings=_PHP,
    ),
    # CodeIgniter's app/Config/Database.php: the driver of the default connection.
    *(
        rule(K.DATABASE, engine, rf"""['"]DBDriver['"]\s*=>\s*['"]{name}['"]""",
             names=("Database.php",))
        for name, engine in (("MySQLi", "MySQL"), ("Postgre", "PostgreSQL"),
                             ("SQLite3", "SQLite"), ("SQLSRV", "SQL Server"))
    ),
    # CodeIgniter 3's application/config/database.php: the driver of a connection group
    # (`$db['default']['dbdriver'] = 'mysqli';`, or the stock `'dbdriver' => 'mysqli',`).
    # An application that keeps its credentials out of the repository commits the template an
    # installation copies instead (`database.example.php`), naming the same driver.
    *(
        rule(
            K.DATABASE,
            engine,
            rf"""\[['"]dbdriver['"]\][ \t]*=[ \t]*['"](?:{names})['"]"""
            rf"""|['"]dbdriver['"][ \t]*=>[ \t]*['"](?:{names})['"]""",
            names=_CI3_DATABASE,
        )
        for names, engine in (("mysqli|mysql", "MySQL"), ("postgre", "PostgreSQL"),
                              ("sqlite3", "SQLite"), ("sqlsrv", "SQL Server"))
    ),
    # Doctrine DBAL connection parameters written in PHP configuration (`'driver' =>
    # 'pdo_sqlite'`, the connection a Mezzio or Laminas app falls back to; a parameter
    # default such as `'db_driver' => 'pdo_mysql'`).
    *(
        rule(K.DATABASE, engine, rf"""['"](?:\w+_)?driver['"]\s*=>\s*['"]pdo_{name}['"]""",
             endings=_PHP)
        for name, engine in _PDO_DRIVERS
    ),
    # A Doctrine DBAL connection naming its driver class (`'driverClass' =>
    # \Doctrine\DBAL\Driver\PDO\MySQL\Driver::class`; DBAL 2's `PDOMySql\Driver`), as
    # Laminas and Mezzio applications configure their ORM's connection, or in the template an
    # installation copies (Zend Framework 2's `config/autoload/doctrine.local.php.dist`, the
    # real `*.local.php` kept out of the repository).
    *(
        rule(
            K.DATABASE,
            engine,
            r"""(?i:['"]?driver_?class['"]?)\s*(?:=>|:)\s*['"]?\\?\\?Doctrine\\{1,2}DBAL"""
            rf"""\\{{1,2}}Driver\\{{1,2}}(?:PDO\\{{1,2}}|PDO)?(?i:{names})\\{{1,2}}Driver\b""",
            endings=(*_PHP, *_PHP_TEMPLATES),
        )
        for names, engine in (
            ("MySQL|Mysqli", "MySQL"),
            ("PgSQL", "PostgreSQL"),
            ("SQLite3?", "SQLite"),
            ("SQLSrv", "SQL Server"),
            ("OCI8?", "Oracle"),
        )
    ),
    # Symfony's parameters file (`parameters.yml.dist`, the copy an installation fills in):
    # the Doctrine DBAL driver config/packages/doctrine.yaml reads as `%database_driver%`.
    *(
        rule(
            K.DATABASE,
            engine,
            rf"""^[ \t]+(?:\w+_)?(?:database|db)_driver:[ \t]*['"]?pdo_{name}['"]?[ \t]*$""",
            names=_PARAMETERS,
        )
        for name, engine in _PDO_DRIVERS
    ),
    # Symfony's Doctrine configuration naming the DBAL driver itself (`doctrine: dbal: driver:
    # pdo_mysql` in Symfony 2/3's app/config/config.yml, or config/packages/doctrine.yaml),
    # the host and credentials left to parameters: the engine every installation runs on.
    *(
        rule(
            K.DATABASE,
            engine,
            rf"""^[ \t]+driver:[ \t]*['"]?pdo_{name}['"]?[ \t]*(?:#.*)?$""",
            names=_DOCTRINE_CONFIG,
        )
        for name, engine in _PDO_DRIVERS
    ),
    # The same configuration telling DBAL which server release it talks to (`server_version:
    # '5.7'`, a MySQL release; a MariaDB one is written `mariadb-10.4.11`): beside the
    # `pdo_mysql` driver, it names MySQL as the server every environment runs against, not
    # only the protocol MariaDB speaks too; the program's own choice, above a Compose file's
    # local MariaDB container (a production URL naming another engine still outranks it).
    rule(
        K.DATABASE,
        "MySQL",
        r"""^[ \t]+server_version:[ \t]*['"]?[58]\.\d+(?:\.\d+)?['"]?[ \t]*(?:#.*)?$""",
        names=_DOCTRINE_CONFIG,
        scope=Scope.CHOSEN,
        gate=LazyPattern(r"^[ \t]+driver:[ \t]*['\"]?pdo_mysql\b", re.MULTILINE),
        server=True,
    ),
    # Nette's configuration (`.neon`): a database section naming its PDO driver (`database:
    # driver: pdo_pgsql`, which Nettrine's DBAL or nette/database reads as `%database.driver%`),
    # the host and credentials left to each environment's file.
    *(
        rule(
            K.DATABASE,
            engine,
            rf"""^[ \t]+driver:[ \t]*['"]?pdo_{name}['"]?[ \t]*(?:#.*)?$""",
            endings=(".neon",),
        )
        for name, engine in _PDO_DRIVERS
    ),
    # PHP's own database access, opened by the application's code (a hand-written `DB` class
    # wrapping `new PDO($dsn, …)` with its queries in SQL): the data layer where no ORM or
    # query builder sits on it.
    rule(K.QUERY, "PDO", r"\bnew[ \t]+\\?PDO[ \t]*\(", endings=_PHP),
    # A connection opened through mysqli (`new mysqli($host, $user, …)`, `mysqli_connect(…)`):
    # the extension speaks only MySQL's protocol, so the engine is MySQL (or MariaDB) whatever
    # the settings call it (`define('DB_HOST', …)` constants name no engine).
    rule(
        K.DATABASE,
        "MySQL",
        r"\bnew[ \t]+\\?mysqli[ \t]*\(|\bmysqli_(?:real_)?connect[ \t]*\(",
        endings=_PHP,
    ),
    # A connection opened through OCI8 (`oci_connect(…)`, `oci_pconnect`, `oci_new_connect`):
    # the extension reaches Oracle alone, as mysqli reaches MySQL alone.
    rule(K.DATABASE, "Oracle", r"(?<!->)(?<!::)\boci_(?:p|new_)?connect[ \t]*\(", endings=_PHP),
    # The engine of the database section of a settings array (`'db' => [ 'connection' =>
    # 'sqlite', 'dsn' => …`), the defaults a bootstrap merges the operator's file over or the
    # example installs copy.
    *defaults.array_section_rules(_PHP),
    *defaults.php_lookup_default_rules(_PHP),
    # Laravel's data layer in the application's code: a model or an Eloquent import, the `DB`
    # facade, a migration (`laravel_data` takes the layer the framework lends from an
    # application with none of them).
    rule(K.ORM, "Eloquent", ELOQUENT_USE, endings=_PHP),
    rule(K.MIGRATIONS, "Laravel migrations", MIGRATION_USE, endings=_PHP),
    rule(K.TEST, "PHPUnit", None, names=("phpunit.xml", "phpunit.xml.dist")),
    # A test case extending PHPUnit's base class, under its PEAR-era name or its namespaced
    # one: a suite run on a PHPUnit installed apart (PEAR, a PHAR) by a project with no
    # manifest to require it from.
    rule(
        K.TEST,
        "PHPUnit",
        r"^[ \t]*(?:abstract[ \t]+)?class[ \t]+\w+[ \t]+extends[ \t]+"
        r"\\?PHPUnit(?:_Framework_|\\Framework\\)TestCase\b",
        endings=_PHP,
    ),
    # Pest's bootstrap of the suite (`pest --init` writes tests/Pest.php), binding its test
    # functions to the app's TestCase.
    rule(K.TEST, "Pest", None, names=("Pest.php",)),
    rule(K.TEST, "Codeception", None, names=("codeception.yml", "codeception.dist.yml")),
    # A Codeception suite of unit tests (`codecept generate:suite unit`): the project's unit
    # tests run through Codeception too (`assemble.UNIT_SUITES`).
    rule(K.TEST, "Codeception", None, names=UNIT_SUITES),
    # Laravel's config/database.php: the default connection when DB_CONNECTION is unset.
    *(
        rule(
            K.DATABASE,
            engine,
            rf"""env\(\s*['"](?:\w+_)?DB_CONNECTION['"]\s*,\s*['"]{name}['"]"""
            # (or a variable of the application's own, `env('MYSQL_DB_CONNECTION', 'mysql')`,
            # which `laravel_own_setting` reads too)
            # Or the default named outright, as Laravel 4 and 5.0 shipped it and older
            # applications keep it (`'default' => 'pgsql',`): the stock connections are named
            # after their drivers.
            rf"""|['"]default['"]\s*=>\s*['"]{name}['"]\s*,"""
            # Or a connection of the app's own whose driver is a setting with a default
            # (`'processmaker' => ['driver' => env('DB_DRIVER', 'mysql'), …`).
            rf"""|['"]driver['"]\s*=>\s*env\(\s*['"]\w+['"]\s*,\s*['"]{name}['"]""",
            names=("database.php",),
        )
        for name, engine in (
            ("pgsql", "PostgreSQL"),
            ("mysql", "MySQL"),
            ("mariadb", "MariaDB"),
            ("sqlite", "SQLite"),
            ("sqlsrv", "SQL Server"),
        )
    ),
)

_LUMEN = "laravel/lumen-framework"

SECTIONS = (
    ("require", False),
    ("require-dev", True),
    # A Symfony Flex skeleton's packages, which `composer create-project` moves into
    # `require` and `require-dev` when it installs the project.
    ("flex-require", False),
    ("flex-require-dev", True),
)


_EXTENSION_TYPES = ("-plugin", "-bundle", "-module", "-extension", "-theme")
"""Endings of the Composer package types framework installers put into an application
(`cakephp-plugin`, `symfony-bundle`, `drupal-module`, `yii2-extension`, `wordpress-theme`)."""


def is_manifest(name: str, parent: str) -> bool:
    """Whether the file is a Composer manifest."""
    return name == "composer.json"


def parse(lines: Lines) -> ManifestResult:
    """Read a composer.json."""
    try:
        data: Any = json.loads(lines.text)
    except json.JSONDecodeError as error:
        raise ManifestError(f"not valid JSON (line {error.lineno}: {error.msg})") from None
    if not isinstance(data, dict):
        raise ManifestError("not a composer.json (the document is not an object)")
    result = ManifestResult(language=LANGUAGE)
    name = data.get("name")
    if isinstance(name, str):
        result.name = name.strip()
    kind = data.get("type")
    if isinstance(kind, str) and kind.strip().lower().endswith(_EXTENSION_TYPES):
        # A package a framework installs into an application (`"type": "cakephp-plugin"`,
        # `symfony-bundle`, `drupal-module`): the application serves it, not itself.
        result.library = True
    # A web framework's own library manifest (`"name": "cakephp/cakephp", "type": "library"`),
    # shipped with the framework unpacked into the application's tree, is the only manifest
    # of many such applications: its `require-dev` lists the tools the framework's maintainers
    # test it with, not the application's.
    own_framework = _framework_library(result.name, kind)
    if own_framework:
        # The tree's framework, then, is the one this manifest is (its release unstated).
        evidence = lines.evidence('"name"')
        result.signals += dependency_signals(CATALOG, result.name, "", False, evidence, GLUE)
    for section, dev in SECTIONS:
        table = data.get(section)
        if not isinstance(table, dict) or (dev and own_framework):
            continue
        start = lines.section(f'"{section}"')
        for name, version in table.items():
            text = version if isinstance(version, str) else ""
            if name == "php":
                result.language_version = text
                result.version_evidence = lines.evidence('"php"', start)
                continue
            if not dev:
                result.runtime_dependencies += 1
                if "/" in name:
                    # A package of the same repository, perhaps (composer_paths).
                    result.uses.append(name)
            evidence = lines.evidence(f'"{name}"', start)
            result.signals += _dependency(name, text, dev, evidence)
            if name.lower() == _LUMEN and not dev:
                # Lumen reads its database settings from the framework's own config/database.php
                # unless the app copies one: its stock connection is mysql. The app's copy,
                # an env example or a Compose database outrank it.
                result.signals.append(
                    Signal(K.DATABASE, "MySQL", Strength.DEPENDENCY, evidence,
                           package=_LUMEN, scope=Scope.FALLBACK)
                )
    _flex_version(result, data, lines)
    result.includes = _path_packages(data.get("repositories")) + composer_autoloads.included(data)
    return result


def _framework_library(name: str, kind: Any) -> bool:
    """Whether a manifest is a web framework's own library package (its name one the catalog
    reads as a framework, its type `library`)."""
    if not isinstance(kind, str) or kind.strip().lower() != "library":
        return False
    return any(k is K.FRAMEWORK for k, _ in CATALOG.get(name.lower(), ()))


def _dependency(name: str, version: str, dev: bool, evidence: Evidence) -> list[Signal]:
    """The signals of one required package; what an extension brings and what a framework
    gives through a package of its own are asked of the lock under that package."""
    brought = BRINGS.get(name.lower())
    if brought is not None:
        signals = dependency_signals(CATALOG, brought, "", dev, evidence, GLUE)
    else:
        signals = dependency_signals(CATALOG, name, version, dev, evidence, GLUE)
    if name.lower() in SEARCH_STORES:
        signals = [s.replace(scope=Scope.FALLBACK) if s.kind is K.DATABASE else s for s in signals]
    signals = [
        s.replace(version="", package=OWN_PACKAGE[s.name])
        if s.name in OWN_PACKAGE and s.package != OWN_PACKAGE[s.name]
        else s
        for s in signals
    ]
    return signals + integrated(signals, GLUED)


def _flex_version(result: ManifestResult, data: dict[str, Any], lines: Lines) -> None:
    """Give Symfony packages required as `*` the version Flex constrains every `symfony/*`
    package to (`extra.symfony.require`, "^5.4"), with that line as evidence."""
    extra = data.get("extra")
    symfony = extra.get("symfony") if isinstance(extra, dict) else None
    wanted = symfony.get("require") if isinstance(symfony, dict) else None
    if not isinstance(wanted, str) or not wanted.strip():
        return
    loose = [
        s
        for s in result.signals
        if s.kind is K.FRAMEWORK and s.name == "Symfony" and s.version.strip() in ("", "*")
    ]
    if not loose:
        return
    version = wanted.strip()
    result.signals = [s.replace(version=version) if s in loose else s for s in result.signals]
    # The line that states the version, as a version-only signal (a BOM's strength).
    evidence = lines.evidence('"require"', lines.section('"extra"'))
    result.signals.append(Signal(K.FRAMEWORK, "Symfony", Strength.DEV, evidence, version))


def _path_packages(repositories: Any) -> list[str]:
    """The manifests of the path repositories a project installs from its own tree
    (`{"type": "path", "url": "app"}`, the core library of a distribution): they are part of
    the project, not projects of their own. Wildcard paths (`packages/*`) are left alone."""
    if isinstance(repositories, dict):
        repositories = list(repositories.values())
    if not isinstance(repositories, list):
        return []
    found = []
    for repository in repositories:
        if not isinstance(repository, dict) or repository.get("type") != "path":
            continue
        url = repository.get("url")
        if isinstance(url, str) and url.strip() and "*" not in url and "://" not in url:
            found.append(url.strip().rstrip("/") + "/composer.json")
    return found
