"""Java and Kotlin: pom.xml, build.gradle(.kts), settings.gradle(.kts), and the entry points of
Spring Boot, Quarkus, Micronaut, Ktor and Javalin."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Callable

from designer.detect import defaults
from designer.detect.ecosystems import (
    amper,
    gradle_const_refs,
    gradle_project_dirs,
    gradle_text,
    grails2,
    quarkus_kinds,
)
from designer.detect.ecosystems.bom_pins import unpin_exceptions, unpin_lone_pins
from designer.detect.ecosystems.boot_pins import pinned_release
from designer.detect.ecosystems.jvm_catalog import (
    APPLICATION_PLUGINS,
    BOMS,
    GROUP_BOMS,
    LIBRARY_PLUGINS,
    NOWHERE,
    PLUGINS,
    bom_artifact,
    classify,
    typed,
)
from designer.detect.ecosystems.jvm_refs import resolve
from designer.detect.engines import redis_store_rules
from designer.detect.signals import (
    LazyPattern,
    Lines,
    ManifestError,
    ManifestResult,
    Scope,
    Signal,
    SourceRule,
    Strength,
    rule,
)
from designer.model.stack import FindingKind as K

__all__ = ["LANGUAGE", "RULES", "classify", "is_manifest", "parse", "resolve"]

LANGUAGE = "Java"

_JVM = (".java", ".kt")
_MAPPER_XML = ("Mapper.xml", "Dao.xml")
"""MyBatis XML mapper files, named after the interface they implement by convention."""
_PROFILES = ("prod", "production", "dev", "development", "local", "test", "docker", "default")
_SPRING_CONFIG = tuple(
    f"application{suffix}.{extension}"
    for suffix in ("", *(f"-{profile}" for profile in _PROFILES))
    for extension in ("properties", "yml", "yaml")
)
"""Spring configuration files, the common profiles' too; their `spring.datasource.url` names
the database engine, and the profile says whether it is the production one."""

_SPRING_TEMPLATES = tuple(
    f"application.{extension}.{template}"
    for extension in ("properties", "yml", "yaml")
    for template in ("dist", "example", "sample", "template")
)
"""Templates of the base Spring configuration that a deployment copies into place."""

_JPA_KEYS = r"hibernate|properties|database|database-platform|show-sql|generate-ddl"
"""Spring Boot's JPA settings that configure the mapping itself (under `spring.jpa`)."""

_JDBC_SCHEMES = (
    ("postgresql", "PostgreSQL"),
    ("mysql", "MySQL"),
    ("mariadb", "MariaDB"),
    ("sqlserver", "SQL Server"),
    ("oracle", "Oracle"),
    ("sqlite", "SQLite"),
    ("h2", "H2"),
    ("hsqldb", "HSQLDB"),
    ("derby", "Derby"),
)
"""JDBC URL schemes and the engines they name, for the URLs the rules below read outside
Spring's settings (a code default, a server's own settings file)."""

_PERSISTENCE = ("persistence.xml",)
"""JPA's persistence unit descriptor (`META-INF/persistence.xml`)."""

_DRIVER_CLASSES = (
    (r"org\.postgresql\.Driver", "PostgreSQL"),
    (r"com\.mysql\.(?:cj\.)?jdbc\.Driver", "MySQL"),
    (r"org\.mariadb\.jdbc\.Driver", "MariaDB"),
    (r"com\.microsoft\.sqlserver\.jdbc\.SQLServerDriver", "SQL Server"),
    (r"oracle\.jdbc\.(?:driver\.)?OracleDriver", "Oracle"),
    (r"org\.sqlite\.JDBC", "SQLite"),
    (r"org\.h2\.Driver", "H2"),
    (r"org\.hsqldb\.(?:jdbc\.JDBCDriver|jdbcDriver)", "HSQLDB"),
)
"""JDBC driver classes (a pattern each) and the engine each opens: a datasource's
`driverClassName` names the engine where its URL is left to the deployment."""
_DIALECTS = (
    ("PostgreSQL|PostgresPlus", "PostgreSQL"),
    ("MySQL", "MySQL"),
    ("MariaDB", "MariaDB"),
    ("SQLServer", "SQL Server"),
    ("Oracle", "Oracle"),
    ("H2", "H2"),
    ("HSQL", "HSQLDB"),
)
"""Hibernate's dialect classes (by the start of their names: `PostgreSQL10Dialect`,
`MySQL8Dialect`) and the engine each speaks to."""

RULES: tuple[SourceRule, ...] = (
    rule(
        K.FRAMEWORK,
        "Spring Boot",
        # An application started through the builder (`new SpringApplicationBuilder(…).run`)
        # has no annotation of its own: it imports its configuration classes. One that spells
        # `@SpringBootApplication` out (`@Configuration`, `@ComponentScan` and
        # `@EnableAutoConfiguration`, as Spring Boot 1's generators wrote it) is configured by
        # the last, often with no main: a war its servlet container starts.
        r"@SpringBootApplication\b|\bSpringApplication\.run\s*\(|\brunApplication<"
        r"|\bnew SpringApplicationBuilder\s*\(|@EnableAutoConfiguration\b",
        # Groovy too: a Spring Boot application may be written in it (its main class a
        # `.groovy` file under src/main/groovy), as its Spock tests often are.
        endings=(*_JVM, ".groovy"),
    ),
    # A Grails 3+ application's main class (grails-app/init/…/Application.groovy) starts it
    # through GrailsApp: the build's folder is the application, not a build root over it.
    rule(K.FRAMEWORK, "Grails", r"\bGrailsApp\.run\s*\(", endings=(*_JVM, ".groovy")),
    rule(K.FRAMEWORK, "Quarkus", r"@QuarkusMain\b|\bQuarkus\.run\s*\(", endings=_JVM),
    rule(K.FRAMEWORK, "Quarkus", r"^quarkus\.", names=("application.properties",)),
    rule(K.FRAMEWORK, "Micronaut", r"\bMicronaut\.(?:run|build)\s*\(", endings=_JVM),
    rule(K.FRAMEWORK, "Ktor", r"\bembeddedServer\s*\(|\bEngineMain\.main\s*\(", endings=_JVM),
    rule(
        K.FRAMEWORK, "Javalin", r"\bJavalin\.(?:create(?:AndStart)?|start)\s*[({]", endings=_JVM
    ),
    # Helidon SE builds its web server; a Vert.x application's verticle starts an HTTP server
    # (a library embedding Vert.x for its transport has no verticle);
    # Dropwizard's application class (its configuration class named `…Configuration` or
    # `…Config`); Spark's static routes; http4k serves a handler.
    rule(K.FRAMEWORK, "Helidon", r"\bWebServer\.(?:builder|create)\s*\(", endings=_JVM),
    # ActiveJ's HTTP launcher (`extends MultithreadedHttpServerLauncher`) starts its server.
    rule(K.FRAMEWORK, "ActiveJ", r"\bextends\s+\w*HttpServerLauncher\b", endings=_JVM),
    # Latke's server class (`extends BaseServer`) starts the framework (`Latkes.init()`).
    rule(K.FRAMEWORK, "Latke", r"\bLatkes\.init\s*\(\s*\)", endings=_JVM),
    # A verticle whose bare HTTP server (no vertx-web Router) sits beside Vert.x's web client
    # relays requests to another server (a proxy or URL transcoder in front of the service,
    # which runs on another framework): it is not the service's framework.
    rule(
        K.FRAMEWORK,
        "Vert.x",
        r"\A(?=[\s\S]*^import[ \t]+io\.vertx\.ext\.web\.Router;"
        r"|(?![\s\S]*^import[ \t]+io\.vertx\.ext\.web\.client\.WebClient;))"
        r"[\s\S]*?\bextends\s+AbstractVerticle\b[\s\S]*?\.createHttpServer\s*\(",
        endings=_JVM,
    ),
    # An application class generic in its configuration (`class Service<T extends
    # ServiceConfiguration> extends Application<T>`, so that a deployment may extend both) is
    # one too; an abstract one is a base for applications elsewhere, not an entry point.
    rule(
        K.FRAMEWORK,
        "Dropwizard",
        r"\bextends\s+Application<\w*Config(?:uration)?>"
        r"|(?<!abstract )\bclass\s+\w+\s*<\s*\w+\s+extends\s+\w*Config(?:uration)?\s*>\s*"
        r"extends\s+Application<\w+>",
        endings=_JVM,
    ),
    rule(K.FRAMEWORK, "Spark", r"^import static spark\.Spark\.", endings=_JVM),
    rule(K.FRAMEWORK, "http4k", r"\.asServer\s*\(", endings=_JVM),
    # Jooby's application class (`extends Jooby`, Kotlin's `Kooby`) run from main
    # (`runApp(args, App::class)`); Ratpack's server started from main; Armeria's server built
    # after its import (`Server.builder()` is a common name); Solon's application started
    # from main; JFinal's configuration class or its Undertow server started.
    rule(
        K.FRAMEWORK,
        "Jooby",
        r"\bextends\s+Jooby\b|:\s*Kooby\s*\(|\brunApp\s*\(\s*args\s*,",
        endings=_JVM,
    ),
    rule(K.FRAMEWORK, "Ratpack", r"\bRatpackServer\.(?:start|of)\s*\(", endings=_JVM),
    rule(
        K.FRAMEWORK,
        "Armeria",
        r"^import com\.linecorp\.armeria\.server\.Server;[\s\S]*?\bServer\.builder\s*\(",
        endings=_JVM,
    ),
    rule(K.FRAMEWORK, "Solon", r"\bSolon\.start\s*\(", endings=_JVM),
    rule(
        K.FRAMEWORK,
        "JFinal",
        r"\bextends\s+JFinalConfig\b|\bUndertowServer\.start\s*\(|\bJFinal\.start\s*\(",
        endings=_JVM,
    ),
    # A war's deployment descriptor mounting Struts 2's filter, or Wicket's with the
    # application class it serves; Wicket's application class itself.
    rule(
        K.FRAMEWORK,
        "Struts",
        r"<filter-class>\s*org\.apache\.struts2\.dispatcher\.(?:filter\.|ng\.filter\.)?"
        r"StrutsPrepareAndExecuteFilter\s*<",
        names=("web.xml",),
    ),
    # Struts 1's deployment descriptor mounting its ActionServlet (the `*.do` actions).
    rule(
        K.FRAMEWORK,
        "Struts",
        r"<servlet-class>\s*org\.apache\.struts\.action\.ActionServlet\s*<",
        names=("web.xml",),
    ),
    rule(
        K.FRAMEWORK,
        "Wicket",
        r"<filter-class>\s*org\.apache\.wicket\.protocol\.http\.WicketFilter\s*<",
        names=("web.xml",),
    ),
    rule(
        K.FRAMEWORK,
        "Wicket",
        r"^import org\.apache\.wicket\.(?:protocol\.http\.WebApplication|authroles\."
        r"authentication\.AuthenticatedWebApplication);[\s\S]*?\bextends\s+"
        r"(?:Authenticated)?WebApplication\b",
        endings=_JVM,
    ),
    # Spring MVC without Boot: a war's initializer registering the DispatcherServlet in code,
    # or its deployment descriptor mounting it.
    rule(
        K.FRAMEWORK,
        "Spring MVC",
        r"\bimplements\s+WebApplicationInitializer\b"
        r"|\bextends\s+Abstract(?:AnnotationConfig)?DispatcherServletInitializer\b",
        endings=_JVM,
    ),
    rule(
        K.FRAMEWORK,
        "Spring MVC",
        r"<servlet-class>\s*org\.springframework\.web\.servlet\.DispatcherServlet\s*<",
        names=("web.xml",),
    ),
    # The war's own subclass of the DispatcherServlet (`class DispatcherServlet extends
    # org.springframework.web.servlet.DispatcherServlet`, overriding `doService`), which its
    # deployment descriptor mounts in the servlet's place: Spring MVC serves the war all the
    # same.
    rule(
        K.FRAMEWORK,
        "Spring MVC",
        r"\bextends\s+org\.springframework\.web\.servlet\.DispatcherServlet\b"
        r"|^import org\.springframework\.web\.servlet\.DispatcherServlet;[\s\S]*?"
        r"\bextends\s+DispatcherServlet\b",
        endings=_JVM,
    ),
    # A war's deployment descriptor that mounts Jersey's servlet (Jersey 2 and 3, or 1's
    # `com.sun.jersey`): the application's JAX-RS resources are served from there.
    rule(
        K.FRAMEWORK,
        "Jersey",
        r"<(?:servlet|filter)-class>\s*(?:org\.glassfish|com\.sun)\.jersey\."
        r"(?:servlet|spi\.container\.servlet)\.ServletContainer\s*<",
        names=("web.xml",),
    ),
    # Code importing jOOQ's DSL writes its queries with it: a module of the build holding them
    # (a `subprojects {}` block declaring jOOQ for all) uses that data layer.
    rule(K.QUERY, "jOOQ", r"^import (?:static )?org\.jooq\.", endings=_JVM),
    # Code importing Morphia's API (`dev.morphia.Datastore`, its `@Entity` and query filters)
    # maps its documents with it, even where a company library lends Morphia and no build of
    # the tree names it: the MongoDB object-document mapper is the data layer.
    rule(K.ORM, "Morphia", r"^import (?:static )?dev\.morphia\.", endings=_JVM),
    # Code importing the AWS SDK's DynamoDB client or its Enhanced Client (v2's
    # `software.amazon.awssdk.services.dynamodb` and `…enhanced.dynamodb`, with its
    # `@DynamoDbBean` entities; v1's `com.amazonaws.services.dynamodbv2`) keeps its items in
    # DynamoDB, even where a company library brings the SDK and no build of the tree names it
    # (as `using Amazon.DynamoDBv2` reads for .NET).
    rule(
        K.DATABASE,
        "DynamoDB",
        r"^import (?:static )?(?:software\.amazon\.awssdk\.(?:services|enhanced)\.dynamodb"
        r"|com\.amazonaws\.services\.dynamodbv2)\.",
        endings=_JVM,
    ),
    rule(K.TEST, "JUnit", r"^import (?:static )?org\.junit\.", endings=_JVM),
    rule(K.TEST, "TestNG", r"^import (?:static )?org\.testng\.", endings=_JVM),
    rule(K.TEST, "Spek", r"^import org\.spekframework\.spek2\.", endings=(".kt",)),
    rule(K.TEST, "Spock", r"\bextends\s+Specification\b", endings=(".groovy",)),
    rule(K.TEST, "kotlin.test", r"^import kotlin\.test\.", endings=(".kt",)),
    *defaults.jdbc_default_rules(_JVM),
    *defaults.unset_jdbc_rules(_JVM),
    # A settings class's engine property defaulting to a member of its engines' enum; only
    # settings classes are read (a model's enum field describes data, not the program's store).
    *defaults.enum_default_rules(
        tuple(f"{stem}{ext}" for stem in ("Configuration", "Config", "Settings") for ext in _JVM)
    ),
    # The base settings file's database section (a profile's names an alternative), or that
    # of the settings file a program reads itself (`config.yaml` beside its resources).
    *defaults.yaml_section_rules(
        ("application.yml", "application.yaml", "config.yaml", "config.yml")
    ),
    # The properties file of database settings a program copies to its home and reads.
    *defaults.properties_type_rules(
        ("database.conf", "database.properties", "db.conf", "db.properties")
    ),
    # Only configuration classes hold such defaults: the rule reads no other file.
    *defaults.descriptor_default_rules(
        tuple(f"{stem}{ext}" for stem in ("Configuration", "Config", "Settings") for ext in _JVM)
    ),
    *redis_store_rules(
        "jvm",
        r"\b(?:RedisTemplate|StringRedisTemplate|ReactiveRedisTemplate|RedissonClient|JedisPool)\b",
    ),
    # A Redis client the code constructs (`new JedisPool(uri, timeout)` in a configuration
    # class, `RedisClient.create(…)`, `Redisson.create(…)`), whichever build lends the
    # library (a platform's shared modules bring Jedis to every service): the service talks to
    # Redis. A cache by itself; `redis_only` makes it the engine of a service naming no other.
    rule(
        K.CACHE,
        "Redis",
        r"\bnew[ \t]+(?:JedisPool|JedisPooled|JedisCluster|JedisSentinelPool)[ \t]*\("
        r"|\b(?:RedisClient|RedisClusterClient|Redisson)\.create[ \t]*\(",
        endings=(*_JVM, ".groovy"),
    ),
    # Spring Data Redis entities: the records themselves live in Redis, and Spring Data Redis's
    # repositories over them are the data layer the code is written to (seen in the module that
    # declares them, whichever module of the build lends the starter).
    rule(K.DATABASE, "Redis", r"^[ \t]*@RedisHash\b", endings=_JVM),
    rule(K.ORM, "Spring Data Redis", r"^[ \t]*@RedisHash\b", endings=_JVM),
    # Code importing Redis OM Spring (`@EnableRedisDocumentRepositories` on the application,
    # its `RedisDocumentRepository` interfaces) keeps its documents in Redis through it: the
    # data layer and the store, seen in the module that uses them even where a root build's
    # `subprojects {}` block is the one declaring the library.
    rule(K.ORM, "Redis OM", r"^import com\.redis\.om\.spring\.", endings=_JVM),
    rule(K.DATABASE, "Redis", r"^import com\.redis\.om\.spring\.", endings=_JVM),
    # MyBatis is used through mapper interfaces and XML mapper files, whichever module of the
    # build declares its starter.
    rule(K.ORM, "MyBatis", r"^import (?:org\.apache\.ibatis|org\.mybatis)\.", endings=_JVM),
    rule(K.ORM, "MyBatis", r"<mapper\s+namespace\s*=", endings=_MAPPER_XML),
    # Spring configuration of a data layer's starter (`mybatis-plus:` with its type aliases
    # and mapper settings): the application persists through it, even where the starter comes
    # inside a packaged server the build depends on rather than from the build itself.
    rule(K.ORM, "MyBatis-Plus", r"^mybatis-plus(?::[ \t]*$|\.[\w-]+[ \t]*=)",
         names=_SPRING_CONFIG),
    # Spring Boot's JPA settings of the mapping (`spring.jpa.hibernate.naming.physical-strategy
    # =…`, a `jpa:` section's `hibernate:`), in the application's configuration or the template
    # of it the operator copies (`application.properties.dist`): the application persists
    # through JPA on Hibernate even where its entities and repositories come in a library of
    # its own the tree lacks. Not `open-in-view`, which settings copied between projects turn
    # off whether JPA is there or not (a UI's properties).
    rule(K.ORM, "JPA / Hibernate", rf"^spring\.jpa\.(?:{_JPA_KEYS})\b",
         names=_SPRING_CONFIG + _SPRING_TEMPLATES),
    rule(K.ORM, "JPA / Hibernate",
         rf"^[ \t]+jpa:[ \t]*\n(?:[ \t][^\n]*\n){{0,12}}?[ \t]+(?:{_JPA_KEYS}):",
         names=_SPRING_CONFIG + _SPRING_TEMPLATES),
    # Spring Data JPA's repositories and queries imported by the code (a company library may
    # bring the starter, so the build does not name it): JPA on Hibernate, Spring Boot's
    # provider.
    rule(K.ORM, "JPA / Hibernate", r"^import org\.springframework\.data\.jpa\.", endings=_JVM),
    # Jdbi's handles and SqlObject DAOs, imported by the code that queries through them
    # (counted per file: see `assemble.WRITTEN_TO`).
    rule(K.QUERY, "Jdbi", r"^import org\.jdbi\.v3\.", endings=_JVM),
    # Vert.x's reactive SQL clients (`PgPool`, `Pool`, `Tuple`, `Row`), plain or in their
    # Mutiny / RxJava flavours, imported by the repositories that run their SQL through them:
    # a Quarkus service declares only `quarkus-reactive-pg-client`, an extension read for its
    # engine alone, since Hibernate Reactive runs on it too (counted per file, as Jdbi's).
    rule(
        K.QUERY,
        "Vert.x SQL Client",
        r"^import[ \t]+io\.vertx\.(?:mutiny\.|rxjava3?\.|reactivex\.)?"
        r"(?:sqlclient|pgclient|mysqlclient|mssqlclient|db2client|oracleclient)\.",
        endings=_JVM,
    ),
    # kotliquery's sessions and queries (`sessionOf`, `queryOf`), imported by the repositories
    # that run their SQL through them, even where a version catalogue published outside the
    # tree lends the library and no build file of the tree names it.
    rule(K.QUERY, "kotliquery", r"^import kotliquery\.", endings=(".kt",)),
    # JPA's persistence unit names its provider, and often its JDBC URL.
    rule(
        K.ORM,
        "JPA / EclipseLink",
        r"<provider>\s*org\.eclipse\.persistence\.jpa\.PersistenceProvider",
        names=_PERSISTENCE,
    ),
    rule(
        K.ORM,
        "JPA / Hibernate",
        r"<provider>\s*org\.hibernate\.(?:jpa\.HibernatePersistenceProvider|ejb\.)",
        names=_PERSISTENCE,
    ),
    # A persistence unit naming no provider runs on the application server's default; its
    # `hibernate.*` properties (the dialect, statistics) are read by Hibernate only.
    rule(
        K.ORM,
        "JPA / Hibernate",
        r"\A(?![\s\S]*<provider>)[\s\S]*?<property[ \t]+name=\"hibernate\.",
        names=_PERSISTENCE,
    ),
    # Spring's JPA configuration handing the entity manager factory to EclipseLink (a
    # `JpaBaseConfiguration` whose `createJpaVendorAdapter()` returns `new
    # EclipseLinkJpaVendorAdapter()`): the provider JPA runs on, whatever Hibernate the data
    # JPA starter brings along (`jpa_providers`).
    rule(K.ORM, "JPA / EclipseLink", r"\bnew[ \t]+EclipseLinkJpaVendorAdapter[ \t]*\(",
         endings=_JVM),
    # Grails' base `dataSource` block (application.groovy, DataSource.groovy) names the JDBC
    # driver every environment uses unless it overrides it: the engine the application runs
    # on when not told otherwise.
    *(
        rule(
            K.DATABASE,
            engine,
            r"^dataSource[ \t]*\{[ \t]*\n(?:(?!\})[^\n]*\n){0,20}?"
            rf"""[ \t]*driverClassName[ \t]*=[ \t]*["'](?:{driver})["']""",
            names=("application.groovy", "DataSource.groovy"),
            scope=Scope.CHOSEN,
        )
        for driver, engine in _DRIVER_CLASSES
    ),
    # The `production` environment's own `dataSource` (DataSource.groovy, application.groovy):
    # the engine the deployed application runs on, whatever development and tests use.
    *(
        rule(
            K.DATABASE,
            engine,
            r"^[ \t]*production[ \t]*\{[ \t]*\n[ \t]*dataSource[ \t]*\{[ \t]*\n"
            r"(?:(?![ \t]*\})[^\n]*\n){0,20}?"
            rf"""[ \t]*driverClassName[ \t]*=[ \t]*["'](?:{driver})["']""",
            names=("application.groovy", "DataSource.groovy"),
            scope=Scope.PRODUCTION,
        )
        for driver, engine in _DRIVER_CLASSES
    ),
    # A Grails 2 application's Hibernate plugin (BuildConfig.groovy's `runtime
    # ':hibernate4:4.3.10'`): GORM over Hibernate, its data layer (`grails2`).
    rule(
        K.ORM,
        "GORM",
        r"""^[ \t]*(?:runtime|compile)[ \t(]+["'](?:org\.grails\.plugins)?:hibernate[345]?:""",
        names=("BuildConfig.groovy",),
    ),
    # Spring Boot's Neo4j connection (`spring.neo4j.uri=bolt://…`, Spring Data Neo4j 5's
    # `spring.data.neo4j.uri`): the application talks to a Neo4j server, beside whatever
    # datasource the same settings configure.
    rule(
        K.DATABASE,
        "Neo4j",
        r"^[ \t]*spring\.(?:data\.)?neo4j\.uri[ \t]*[=:][ \t]*\S*\b(?:bolt|neo4j)(?:\+s|\+ssc)?://",
        names=_SPRING_CONFIG,
    ),
    # Quarkus names the engine of its datasource by kind (`quarkus.datasource.db-kind`).
    *(
        rule(
            K.DATABASE,
            engine,
            rf"""\bdb-kind[ \t]*[=:][ \t]*["']?(?:{kinds})["']?[ \t]*$""",
            names=_SPRING_CONFIG,
        )
        for kinds, engine in quarkus_kinds.KINDS
    ),
    # The same kind set in the base properties or for the prod profile: the build's own.
    *quarkus_kinds.chosen_kind_rules(),
    *(
        # A JDBC or R2DBC URL (`r2dbc:pool:postgresql://`).
        rule(
            K.DATABASE,
            engine,
            rf"\b(?:jdbc|r2dbc)(?::pool)?:{scheme}:",
            names=(*_SPRING_CONFIG, *_PERSISTENCE),
        )
        for scheme, engine in (
            ("postgresql", "PostgreSQL"),
            ("mysql", "MySQL"),
            ("mariadb", "MariaDB"),
            ("sqlserver", "SQL Server"),
            ("oracle", "Oracle"),
            ("sqlite", "SQLite"),
            ("h2", "H2"),
            ("hsqldb", "HSQLDB"),
        )
    ),
    # The JDBC URL of the settings file a server is started with (`java -jar app.jar server
    # config.yml`, Dropwizard's and Airlift's convention: `database:` … `url: jdbc:postgresql://…`,
    # `dataStore:` … `jdbcUrl: jdbc:…`): the engine it keeps its data in, as Spring's
    # `spring.datasource.url` names it.
    *(
        rule(
            K.DATABASE,
            engine,
            rf"""^[ \t]*\w*(?:url|Url|URL)[ \t]*:[ \t]*["']?jdbc:{scheme}:(?!mem:|memory:)""",
            names=("config.yml", "config.yaml"),
        )
        for scheme, engine in _JDBC_SCHEMES
    ),
    # A configuration option declared in the code with a JDBC URL for its default (the
    # option builders of Flink and the services built like it: `ConfigOptions.key("database.url")
    # .stringType().defaultValue("jdbc:derby:/tmp/app/derby;create=true")`, a
    # `ConfigBuilder`'s `.createWithDefault("jdbc:…")`): the store the program opens when its
    # configuration names none, beside the drivers of every engine it supports. Not an
    # in-memory database, which keeps nothing.
    *(
        rule(
            K.DATABASE,
            engine,
            r"\.(?:defaultValue|createWithDefault)[ \t]*\([ \t]*\"jdbc:"
            rf"{scheme}:(?!mem:|memory:)",
            endings=_JVM,
            scope=Scope.CHOSEN,
        )
        for scheme, engine in _JDBC_SCHEMES
    ),
    # Hibernate's SQL dialect (`spring.jpa.database-platform: org.hibernate.dialect.
    # PostgreSQLDialect`, `hibernate.dialect=…`): the engine the entity manager writes SQL for,
    # where a profile's datasource is left to the platform (`JDBC_DATABASE_URL` on Heroku).
    *(
        rule(
            K.DATABASE,
            engine,
            r"\b(?:database-platform|databasePlatform|dialect)[ \t]*[=:][ \t]*[\"']?"
            rf"org\.hibernate\.dialect\.(?:{dialect})\w*Dialect\b",
            names=_SPRING_CONFIG,
        )
        for dialect, engine in _DIALECTS
    ),
    # A persistence unit's Hibernate dialect (`<property name="hibernate.dialect"
    # value="org.hibernate.dialect.PostgreSQLDialect"/>`), its data source left to the
    # application server (`<jta-data-source>`): the engine the entity manager writes SQL for.
    *(
        rule(
            K.DATABASE,
            engine,
            r"<property[ \t]+name=\"hibernate\.dialect\"[ \t]+value=\""
            rf"org\.hibernate\.(?:spatial\.)?dialect\.(?:\w+\.)?(?:{dialect})\w*Dialect\b",
            names=_PERSISTENCE,
        )
        for dialect, engine in _DIALECTS
    ),
    # The datasource's JDBC driver class (`spring.datasource.driver-class-name`), which names
    # the engine where the URL is left to the deployment (`url=${DB_URL}`, a filtered token).
    *(
        rule(
            K.DATABASE,
            engine,
            rf"\bdriver(?:-class-name|ClassName|_class_name)[ \t]*[=:][ \t]*[\"']?(?:{driver})\b",
            names=_SPRING_CONFIG,
        )
        for driver, engine in _DRIVER_CLASSES
    ),
)


def is_manifest(name: str, parent: str) -> bool:
    """Whether the file is a Maven or Gradle build file, a Gradle script plugin (a build
    applies it with `apply from:`, and it belongs to that build: see `includes`), or an Amper
    module file (the walk admits only one naming a `product:`), or a Grails 2 application's
    metadata (the walk admits only one naming a Grails version: `grails2`)."""
    if name == grails2.MANIFEST:
        return parent not in ("resources", "config")
    return name in ("pom.xml", amper.MODULE_FILE) or name.endswith((".gradle", ".gradle.kts"))


def parse(lines: Lines) -> ManifestResult:
    """Read a Maven or Gradle build file, or an Amper module file."""
    if lines.path.rsplit("/", 1)[-1] == amper.MODULE_FILE:
        return amper.parse(lines)
    if lines.path.rsplit("/", 1)[-1] == grails2.MANIFEST:
        return grails2.parse(lines)
    if lines.path.endswith("pom.xml"):
        return _pom(lines)
    if "settings.gradle" in lines.path.rsplit("/", 1)[-1]:
        return _settings(lines)
    return _gradle(lines)


def _signals(
    lines: Lines,
    group: str,
    artifact: str,
    version: str,
    dev: bool,
    start: int = 0,
    provided: bool = False,
) -> list[Signal]:
    evidence = lines.evidence(artifact, start)
    return typed(classify(group, artifact), artifact, version, dev, evidence, provided)


PROVIDED_CONFIGURATIONS = frozenset(
    {"compileOnly", "compileOnlyApi", "providedCompile", "providedRuntime"}
)
"""Gradle configurations of what the module is compiled against but not packaged with, for
the container it is deployed in to provide (the war plugin's `provided…`): Maven's `provided`
scope. Their test counterparts (`testCompileOnly`) are test dependencies."""


def _bom(artifact: str, version: str, lines: Lines, needle: str) -> list[Signal]:
    """The version-only signal of a BOM, parent or build plugin (development strength: it
    names the framework's version, never makes the framework)."""
    name = BOMS.get(artifact.lower())
    if name is None or not version:
        return []  # an unresolved `${…}` version is blanked by `resolve`
    evidence = lines.evidence(needle)
    return [Signal(K.FRAMEWORK, name, Strength.DEV, evidence, version, package=artifact.lower())]


def _lockstep(group: str, artifact: str, version: str, lines: Lines) -> list[Signal]:
    """The version-only signal of a framework module released with the framework, one version
    for all (Dropwizard's `io.dropwizard:dropwizard-jdbi3`): pinned in a build's
    dependencyManagement, it names the framework's release even when the core's own version
    comes from an outside parent the tree lacks."""
    name, prefix = _LOCKSTEP.get(group, ("", ""))
    if not name or not version or not artifact.startswith(prefix):
        return []
    evidence = lines.evidence(artifact)
    return [Signal(K.FRAMEWORK, name, Strength.DEV, evidence, version, package=artifact)]


def _spring_release(group: str, artifact: str, version: str, lines: Lines) -> list[Signal]:
    """The version-only signal of a Spring Framework module a pom declares (`spring-aspects`,
    `spring-test` at `${spring.maven.artifact.version}`): every module of the framework ships
    at one release, so a war whose spring-webmvc comes through another runtime's jars (a
    government framework's MVC module) still names the Spring MVC release it is built with.
    Development strength: the web module's own declared version comes first."""
    if group != "org.springframework" or artifact == "spring-webmvc":
        return []  # the web module's version is its framework signal's already
    return _lockstep(group, artifact, version, lines)


_LOCKSTEP = {
    "io.dropwizard": ("Dropwizard", "dropwizard-"),
    # The Spring Framework's modules (not its other projects, whose groups differ).
    "org.springframework": ("Spring MVC", "spring-"),
}
"""Group → the framework whose modules of that group (named with the prefix) all carry the
framework's version (the metrics library, once Dropwizard's, has a group and versions of its
own)."""


_BOOT_PLUGIN = "spring-boot-maven-plugin"

_JSP_ENGINES = frozenset({"tomcat-embed-jasper", "apache-jsp"})
"""JSP compilers an application adds to its embedded server (Tomcat's Jasper, Jetty's
apache-jsp): needed only to render JSP pages."""


def _repackages(plugin: ET.Element) -> bool:
    """Whether a plugin element binds an execution of the `repackage` goal."""
    executions = _child(plugin, "executions")
    return any(
        (goal.text or "").strip() == "repackage"
        for execution in (executions if executions is not None else ())
        for goals in (_child(execution, "goals"),)
        if goals is not None
        for goal in goals
    )


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _child(element: ET.Element, name: str) -> ET.Element | None:
    return next((c for c in element if _local(c.tag) == name), None)


def _text(element: ET.Element | None, name: str) -> str:
    child = _child(element, name) if element is not None else None
    return (child.text or "").strip() if child is not None else ""


def _excluded(dependency: ET.Element) -> set[str]:
    """The artifactIds a dependency's `<exclusions>` leave out of what it brings."""
    exclusions = _child(dependency, "exclusions")
    return {
        _text(exclusion, "artifactId")
        for exclusion in (exclusions if exclusions is not None else ())
        if _local(exclusion.tag) == "exclusion" and _text(exclusion, "artifactId")
    }


def _default_profile_dependencies(profiles: ET.Element | None) -> list[ET.Element]:
    """The dependencies of the profiles active by default (`<activeByDefault>true`): every
    build that names no profile has them, as a driver kept out of one CI machine's build is
    in everyone else's."""
    found: list[ET.Element] = []
    for profile in profiles if profiles is not None else ():
        activation = _child(profile, "activation")
        listed = _child(profile, "dependencies")
        if listed is not None and _text(activation, "activeByDefault") == "true":
            found += [d for d in listed if _local(d.tag) == "dependency"]
    return found


def read_pom(lines: Lines) -> ManifestResult:
    """Read a Maven pom whatever its file is named: a parent the build keeps beside its
    aggregator under another name (`<relativePath>./pom-parent.xml</relativePath>`)."""
    return _pom(lines)


def _pom(lines: Lines) -> ManifestResult:
    # ElementTree never fetches external entities, but it does expand internal ones: refuse any
    # DTD so that a "billion laughs" file cannot eat the memory.
    if re.search(r"<!DOCTYPE|<!ENTITY", lines.text, re.IGNORECASE):
        raise ManifestError("has a DOCTYPE or ENTITY declaration; not read (XML bomb guard)")
    try:
        root = ET.fromstring(lines.text)
    except ET.ParseError as error:
        raise ManifestError(f"not valid XML ({error})") from None
    result = ManifestResult(language=LANGUAGE, name=_text(root, "artifactId"))
    found = _child(root, "properties")
    properties = {_local(p.tag): (p.text or "").strip() for p in found} if found is not None else {}
    result.properties = properties

    def resolve(value: str) -> str:
        return re.sub(r"\$\{([^}]+)\}", lambda m: properties.get(m.group(1), m.group(0)), value)

    for key in ("java.version", "maven.compiler.release", "maven.compiler.source"):
        if properties.get(key):
            result.language_version = properties[key]
            result.version_evidence = lines.evidence(f"<{key}>")
            break
    kotlin = properties.get("kotlin.version", "")
    if kotlin:
        evidence = lines.evidence("<kotlin.version>")
        result.signals.append(Signal(K.LANGUAGE, "Kotlin", Strength.DEPENDENCY, evidence, kotlin))
    parent = _child(root, "parent")
    starter = ""  # the version the Spring Boot starter parent fixes
    starter_at = -1  # where its signal is
    if parent is not None and _text(parent, "artifactId") == "spring-boot-starter-parent":
        evidence = lines.evidence("spring-boot-starter-parent")
        starter = resolve(_text(parent, "version"))
        starter_at = len(result.signals)
        result.signals.append(
            Signal(K.FRAMEWORK, "Spring Boot", Strength.DEPENDENCY, evidence, starter)
        )
    elif parent is not None:
        artifact = _text(parent, "artifactId")
        result.maven_parent = artifact
        result.maven_parent_path = _text(parent, "relativePath")
        result.signals += _bom(artifact, resolve(_text(parent, "version")), lines, artifact)
        # A parent module of the same build, perhaps, kept beside the modules rather than
        # above them (`<relativePath>../acme-parent/pom.xml</relativePath>`): the versions its
        # dependencyManagement fixes are this module's, as an imported BOM's are.
        result.imports.append(artifact)
    # Imported BOMs, whose coordinates are often properties (Quarkus' platform group, artifact
    # and version all are): they fix the framework's version for every module.
    management = _child(root, "dependencyManagement")
    managed = _child(management, "dependencies") if management is not None else None
    for dependency in managed if managed is not None else ():
        if _text(dependency, "scope") != "import":
            # A framework module whose version the root pins for its modules (Dropwizard's
            # `dropwizard-auth` at `${dropwizard.version}`): that version, never the framework.
            version = resolve(_text(dependency, "version"))
            artifact = _text(dependency, "artifactId")
            group = _text(dependency, "groupId")
            pinned = [
                s
                for s in _signals(lines, group, artifact, version, True)
                if s.kind is K.FRAMEWORK and s.version
            ] if version and artifact else []
            result.signals += pinned or _lockstep(group, artifact, version, lines)
            continue
        raw = _text(dependency, "artifactId")
        bom = GROUP_BOMS.get((resolve(_text(dependency, "groupId")), resolve(raw)), resolve(raw))
        result.signals += _bom(
            bom_artifact(bom), resolve(_text(dependency, "version")), lines, raw
        )
        result.imports.append(resolve(raw))  # a BOM module of the same build, perhaps
    modules = _child(root, "modules")
    if modules is not None:
        result.modules = [(m.text or "").strip() for m in modules if _local(m.tag) == "module"]
    if "<!--" in lines.text:
        result.commented_modules = [
            m.group(1)
            for comment in _COMMENT.finditer(lines.text)
            for m in _MODULE.finditer(comment.group(0))
        ]
    profiles = _child(root, "profiles")
    for profile in profiles if profiles is not None else ():
        listed = _child(profile, "modules")
        for module in listed if listed is not None else ():
            if _local(module.tag) == "module":
                result.profile_modules.append((module.text or "").strip())
    dependencies = _child(root, "dependencies")  # dependencyManagement only pins versions
    start = lines.section("<dependencies>")
    first_declared = len(result.signals)  # the signals before are the parent's and BOMs'
    for dependency in [
        *(dependencies if dependencies is not None else ()),
        *_default_profile_dependencies(profiles),
    ]:
        artifact = _text(dependency, "artifactId")
        if not artifact:
            continue
        scope = _text(dependency, "scope")
        dev = scope in ("test", "provided")
        if not dev:
            result.runtime_dependencies += 1
            result.uses.append(artifact)  # a sibling module, perhaps (see monorepo)
        else:
            result.test_uses.append(artifact)
        excluded = _excluded(dependency)
        if excluded:
            result.excludes.setdefault(artifact, set()).update(excluded)
        version = resolve(_text(dependency, "version"))
        group = _text(dependency, "groupId")
        found = _signals(lines, group, artifact, version, dev, start, provided=scope == "provided")
        if scope == "provided":
            # A JDBC driver in `provided` scope is on the application's class path when it
            # runs, put there by what runs it: the application server whose datasource opens
            # the engine (a JBoss module, Tomcat's lib), or Spring Boot's repackaged jar
            # (`lib-provided`). It is the program's driver, not a test's.
            found = [s.replace(strength=Strength.DEPENDENCY) if s.kind is K.DATABASE else s
                     for s in found]
        result.signals += found
        result.signals += _spring_release(group, artifact, version, lines)
        # Provided scope too: the war's container brings Jasper, the embedded run this one.
        result.renders_jsp = result.renders_jsp or artifact in _JSP_ENGINES
    result.signals[first_declared:] = unpin_exceptions(
        result.signals[:first_declared], result.signals[first_declared:], BOMS.keys()
    )
    if parent is not None or result.imports:
        # Modules left unversioned are managed by the parent or a BOM (perhaps one published
        # outside the tree): a lone pin among them is an exception too.
        result.signals[first_declared:] = unpin_lone_pins(result.signals[first_declared:])
    pinned = pinned_release(result.signals, starter) if starter else ""
    if pinned:
        # The pom's own Spring Boot dependencies override the release the parent fixes.
        signal = result.signals[starter_at]
        result.signals[starter_at] = signal.replace(version=pinned)
    build = _child(root, "build")
    result.linked = _source_folders(build)
    plugins = _child(build, "plugins") if build is not None else None
    # The framework's build plugin packages an application of the framework the build
    # depends on; with no framework dependency of its own nor a parent to inherit one from
    # (a static site built by a Quarkiverse extension), it only names a version.
    uses_framework = parent is not None or any(
        s.kind is K.FRAMEWORK and s.strength is Strength.DEPENDENCY for s in result.signals
    )
    plugin_strength = Strength.DEPENDENCY if uses_framework else Strength.DEV
    # The versions the build's parent or imported BOM fix for a framework: the releases of
    # its libraries the module is built with, whatever release of its plugin packages them.
    fixed = {
        s.name for s in result.signals if s.kind is K.FRAMEWORK and s.version and s.package in BOMS
    } | ({"Spring Boot"} if starter else set())
    management = _child(build, "pluginManagement") if build is not None else None
    managed_plugins = _child(management, "plugins") if management is not None else None
    inherits_starter = parent is not None and _text(parent, "artifactId") == (
        "spring-boot-starter-parent"
    )
    if inherits_starter or any(
        _text(plugin, "artifactId") == _BOOT_PLUGIN and _repackages(plugin)
        for listed in (plugins, managed_plugins)
        for plugin in (listed if listed is not None else ())
    ):
        result.repackage = "bound"
    for plugin in plugins if plugins is not None else ():
        artifact = _text(plugin, "artifactId")
        if artifact == _BOOT_PLUGIN and not result.repackage:
            # Without the starter parent, the plugin packages an executable jar only where
            # an execution binds its `repackage` goal, here or in a parent.
            result.repackage = "unbound"
        if artifact in PLUGINS:
            kind, name = PLUGINS[artifact]
            strength = plugin_strength if kind is K.FRAMEWORK else Strength.DEPENDENCY
            # A framework's build plugin is released with it: its version is the framework's,
            # unless the build's BOM or parent fixes the framework's own (a Boot 3.4.5 BOM
            # beside a plugin left at 2.7.18 only repackages the 3.4.5 jars).
            version = (
                resolve(_text(plugin, "version"))
                if kind is K.FRAMEWORK and name not in fixed
                else ""
            )
            # Even so it only packages the jars: the release the framework's libraries
            # resolve to from a BOM a parent module imports wins over it (glue), so a plugin
            # pinned apart (3.3.1 under a parent's Boot 3.4.1 BOM) names no release then.
            result.signals.append(
                Signal(
                    kind,
                    name,
                    strength,
                    lines.evidence(artifact),
                    version,
                    package=artifact,
                    glue=kind is K.FRAMEWORK,
                )
            )
            # A plugin told to skip (`<configuration><skip>true</skip>`) packages nothing, and
            # one told there is no main class (`<mainClass>none</mainClass>`, the `NONE`
            # layout) packages no program: the module is a library of an application
            # elsewhere in the build.
            configuration = _child(plugin, "configuration")
            skipped = _text(configuration, "skip").lower() == "true" or "none" in (
                _text(configuration, "mainClass").lower(),
                _text(configuration, "layout").lower(),
            )
            result.deployable = result.deployable or (
                artifact in APPLICATION_PLUGINS
                and uses_framework
                and not skipped
                # Spring Boot's, unbound here, packages only if a parent binds it.
                and not (artifact == _BOOT_PLUGIN and result.repackage == "unbound")
            )
            if artifact == _BOOT_PLUGIN and (skipped or not uses_framework):
                result.repackage = ""
        elif artifact:
            result.signals += _signals(lines, _text(plugin, "groupId"), artifact, "", False)
    result.signals += _managed_plugins(root, resolve, lines, fixed)
    # A `pom` packaging compiles no code. Listing no modules, it is not the parent of services
    # below it (whose versions it fixes) but an assembly of a service built in another module
    # (a distribution's archive or image): never an application of its own.
    result.library = _text(root, "packaging") == "pom" and not result.modules
    if _text(root, "packaging") == "pom" and all(m.startswith("../") for m in result.modules):
        # A parent kept beside its modules (`<module>../app</module>`, or no list at all:
        # services elsewhere in the tree name it by `<relativePath>`): nothing of its own runs,
        # its framework parent only fixes the version its modules inherit, as a BOM does.
        result.signals = [
            s.replace(strength=Strength.DEV) if s.kind is K.FRAMEWORK else s
            for s in result.signals
        ]
    return result


def _source_folders(build: ET.Element | None) -> list[str]:
    """The folders `<build>` compiles or packages from in place of the default layout
    (`<sourceDirectory>../src/main/java</sourceDirectory>`, its tests' and resources'), relative
    to the pom's folder: a module building code kept outside its own folder (a service module
    compiling the repository root's `src/`) runs that code. A folder named through a property
    other than the module's own base directory is left out (where it lies is not known here)."""
    if build is None:
        return []
    found = [_text(build, "sourceDirectory"), _text(build, "testSourceDirectory")]
    for kind, item in (("resources", "resource"), ("testResources", "testResource")):
        listed = _child(build, kind)
        for resource in listed if listed is not None else ():
            if _local(resource.tag) == item:
                found.append(_text(resource, "directory"))
    folders: list[str] = []
    for raw in found:
        folder = _BASEDIR.sub(".", raw)
        if folder and "${" not in folder and not folder.startswith("/") and folder not in folders:
            folders.append(folder)
    return folders


_BASEDIR = re.compile(r"^\$\{(?:project\.)?basedir\}")
"""The module's own folder, the one property a source folder is resolved against here."""


def _managed_plugins(
    root: ET.Element, resolve: Callable[[str], str], lines: Lines, fixed: set[str]
) -> list[Signal]:
    """Version-only signals of the framework build plugins a pom's `pluginManagement` pins
    (its build's, or a profile's: often the only place a parent states the release), as a
    BOM's are: the modules that apply the plugin without a version build with that release.
    Not for a framework the pom's parent or imported BOM fixes (see `fixed` in `_pom`)."""
    found: list[Signal] = []
    builds = [_child(root, "build")]
    profiles = _child(root, "profiles")
    builds += [_child(p, "build") for p in (profiles if profiles is not None else ())]
    for build in builds:
        management = _child(build, "pluginManagement") if build is not None else None
        plugins = _child(management, "plugins") if management is not None else None
        for plugin in plugins if plugins is not None else ():
            artifact = _text(plugin, "artifactId")
            kind, name = PLUGINS.get(artifact, (None, ""))
            version = resolve(_text(plugin, "version"))
            # A `${spring-boot.version}` the pom leaves to its parent stays as written, for
            # `jvm_refs.inherit_properties` to resolve from the poms above (a reactor's root
            # keeps the property, its war module pins the plugin with it).
            if kind is K.FRAMEWORK and name not in fixed and version:
                evidence = lines.evidence(artifact)
                # A packaging tool's release, as the module's own plugin's (see `_pom`).
                found.append(
                    Signal(
                        kind, name, Strength.DEV, evidence, version, package=artifact, glue=True
                    )
                )
    return found


GRADLE_PROPERTY_CALL = (
    r"""\$\{(?:project\.)?(?:property|findProperty)\([ \t]*["'][\w.-]+["'][ \t]*\)\}"""
)
"""A version read from a project property by call in a string template (a Kotlin script's
`"io.ktor:ktor-server-core:${property("ktorVersion")}"`, the property in gradle.properties):
its quotes are the call's, not the coordinate's end; `jvm_refs` resolves it as `${ktorVersion}`."""

_GRADLE_DEP = LazyPattern(
    # A configuration named by a string (`"implementation"("g:a:v")`) in a Kotlin script
    # plugin, which has no generated accessors.
    r"""^[ \t]*"?(\w+)"?[ \t]*(?:\([ \t]*)?(?:(?:enforced)?[pP]latform[ \t]*\(?[ \t]*)?"""
    r"""["']([\w.-]+):([\w.-]+)(?::(""" + GRADLE_PROPERTY_CALL + r"""|[^"'\s]+))?["']""",
    re.MULTILINE,
)
_GRADLE_DEP_LIST = LazyPattern(
    r"""^[ \t]*(\w+)(?:[ \t]*\(\s*|[ \t]+)"""
    r"""((?:["'][\w.-]+:[\w.-]+(?::[^"'\s]+)?["']\s*,\s*)*"""
    r"""["'][\w.-]+:[\w.-]+(?::[^"'\s]+)?["'])""",
    re.MULTILINE,
)
"""One configuration given several coordinates, each on a line of its own (Groovy's
`implementation (` then `'g:a',` and `'g:b'` on the lines below, or the call without
parentheses continued after a comma): each is declared under that configuration; the first,
when on the configuration's own line, is `_GRADLE_DEP`'s."""
_GRADLE_CONCAT_DEP = LazyPattern(
    r"""^[ \t]*(\w+)[ \t]*(?:\([ \t]*)?["']([\w.-]+):([\w.-]+):["'][ \t]*\+[ \t]*([\w.]+)""",
    re.MULTILINE,
)
"""Coordinates whose version a Groovy build appends (`implementation 'org.x:y:' + yVersion`,
the property in gradle.properties): the version is that property's, as `${yVersion}` would be."""
_GRADLE_PROJECT = LazyPattern(
    r"""^[ \t]*(\w+)[ \t]*(?:\([ \t]*)?project[ \t]*(?:\([ \t]*)?(?:path[ \t]*[:=][ \t]*)?"""
    r"""["'](:?[\w.:-]+)["']""",
    re.MULTILINE,
)
"""`implementation project(':mall-mbg')`: a module of the same build this one depends on."""
_CAMEL_HUMP = LazyPattern(r"(?<=[a-z0-9])(?=[A-Z])")
"""Where a type-safe project accessor's segment joins two words (`coreData`)."""


def project_accessor_path(accessor: str) -> str:
    """The project path a type-safe accessor names: Gradle writes each segment of a
    kebab-case project name in camelCase (`projects.server.dbModels` is `:server:db-models`),
    which is how builds enabling the accessors name their projects."""
    return ":" + ":".join(_CAMEL_HUMP.sub("-", part).lower() for part in accessor.split("."))


_GRADLE_PLATFORM_PROJECT = LazyPattern(
    r"""\b(?:enforced)?[pP]latform[ \t]*\(?[ \t]*project[ \t]*\(?[ \t]*"""
    r"""(?:path[ \t]*[:=][ \t]*)?["'](:?[\w.:-]+)["']"""
)
"""`implementation(platform(project(":platform")))`: a `java-platform` module of the same
build whose constraints (a framework's BOM) fix this module's versions."""
_GRADLE_MAP_DEP = LazyPattern(
    r"""^[ \t]*(\w+)[ \t]*(?:\([ \t]*)?group[ \t]*[:=][ \t]*["']([\w.-]+)["'][ \t]*,"""
    r"""[ \t]*name[ \t]*[:=][ \t]*["']([\w.-]+)["']"""
    r"""(?:[ \t]*,[ \t]*version[ \t]*[:=][ \t]*["']([^"'\s]+)["'])?""",
    re.MULTILINE,
)
"""Map notation: `implementation group: 'org.x', name: 'y', version: "${v}"` (Groovy), or
`implementation(group = "org.x", name = "y", version = "1.0")` (Kotlin)."""
_GRADLE_CATALOG = LazyPattern(
    r"^[ \t]*(\w+)[ \t]*(?:\([ \t]*)?(?:(?:enforced)?[pP]latform[ \t]*\(?[ \t]*)?"
    r"(libs|mn|[a-z]\w*(?=\.[a-z]))\.([\w.]+)",
    re.MULTILINE,
)
"""`implementation(libs.x.y)`, or `implementation(mn.micronaut.jooq)`: Micronaut's platform
catalogue (`io.micronaut.platform.catalog`), published, never in the repository, whose aliases
are its artifact ids with the dashes as dots, its versions the platform's. Or a catalogue the
settings script names otherwise (`implementation deps.spring.boot.starter.data`), whose
accessors are kept until the catalogues are known (`jvm_refs.resolve`)."""
_GRADLE_LIST = LazyPattern(
    r"""^[ \t]*(?:def|List(?:<\w+>)?)[ \t]+(\w+)[ \t]*=[ \t]*\[([^\[\]]*)\]""", re.MULTILINE
)
"""A Groovy list of coordinates kept in a variable (`List springboot = ["g:a:$v", …]`), which
a configuration then names (`compile springboot, jackson`): Gradle 4 to 6 builds group their
dependencies so."""
_GRADLE_COORDINATE = LazyPattern(r"""["']([\w.-]+):([\w.-]+)(?::([^"'\s]+))?["']""")
_GRADLE_LIST_USE = LazyPattern(
    r"^[ \t]*+(\w++)(?:[ \t]++|[ \t]*+\([ \t]*+)(\w++(?:[ \t]*+,[ \t]*+\w++)*+)[ \t]*+\)?[ \t]*+$",
    re.MULTILINE,
)
"""A configuration given variables (`compile springboot, jaxb`, `testImplementation(test)`).
The configuration's name ends at a blank or a parenthesis, and no run is read twice: a long word
split every way between two names, or a long blank run between two blank runs, took minutes."""
_TEST_RUNTIME = LazyPattern(r"""\btestRuntime[ \t]*\(?[ \t]*["'](junit|kotest|spock)""")
"""Micronaut's `micronaut { testRuntime("kotest5") }`: the plugin adds that test framework."""
_TEST_RUNTIMES = {"junit": "JUnit", "kotest": "Kotest", "spock": "Spock"}
_GRADLE_PLUGIN = LazyPattern(
    r"""\bid[ \t]*(?:\([ \t]*)?["']([\w.-]+)["'][ \t]*(?:\)[ \t]*)?"""
    r"""(?:version[ \t]*(?:\([ \t]*)?(?:["']([^"']+)["']|libs\.versions\.([\w.]+)"""
    r"""|([A-Z]\w*(?:\.[A-Za-z_]\w*)+)\b(?![ \t]*\()))?"""
)
"""`id("x") version "1.0"`, or a version the catalogue keeps (`version libs.versions.springboot
.get()`), resolved with the catalogue's other versions, or a constant of the build's
`buildSrc/` (`version PluginVersions.SPRING_BOOT_VERSION`), resolved with its others."""
_CATALOG_PLUGIN = LazyPattern(
    r"\balias[ \t]*(?:\([ \t]*|[ \t]+)libs\.plugins\.([\w.]+)"
    r"|\bid[ \t]*\(\s*libs\.plugins\.(\w+(?:\.\w+)*?)\s*\.get\(\)"
)
"""`alias(libs.plugins.x)` (Kotlin), `alias libs.plugins.x` (Groovy's call without parentheses),
or `id(libs.plugins.x.get().pluginId)`."""
_APPLY_PLUGIN = LazyPattern(r"""\bapply[ \t]*\(?[ \t]*plugin[ \t]*[:=][ \t]*["']([\w.-]+)["']""")
_APPLY_FROM = LazyPattern(
    r"""\bapply[ \t]*\(?[ \t]*from[ \t]*[:=][ \t]*(?:file[ \t]*\([ \t]*)?"""
    r"""["']((?:\$\{?(?:project\.)?(?:rootDir|rootProject\.projectDir)\}?/)?[\w./-]+\.gradle(?:\.kts)?)["']"""
)
"""`apply from: 'dependencies.gradle'`, `apply(from = "$rootDir/gradle/deps.gradle.kts")`: a
script plugin whose declarations are this build's."""
_ROOT_DIR = LazyPattern(r"^\$\{?(?:project\.)?(?:rootDir|rootProject\.projectDir)\}?/")
_KOTLIN_PLUGIN = LazyPattern(
    r"""\bkotlin\s*\(\s*["'](?:jvm|multiplatform)["']\s*\)"""
    r"""(?:[ \t]*version[ \t]*["']([^"']+)["'])?"""
)
"""`kotlin("jvm") version "1.9.23"` (or `kotlin("multiplatform")`): the Kotlin plugin, released
with the language."""
_GRADLE_JAVA = LazyPattern(
    r"""JavaVersion\.VERSION_(\d+(?:_\d+)?)|jvmToolchain\s*\(\s*(\d+)|JavaLanguageVersion\.of\s*\(\s*(\d+)|sourceCompatibility\s*=\s*['"]?(\d[\d.]*)"""
)
_EXT_VERSION = LazyPattern(
    r"""^[ \t]*(?:ext\.|set\([ \t]*["']|extra\[["'])?([\w.]*(?:[vV]ersion|Ver|_ver))["']?\]?"""
    r"""[ \t]*[=,][ \t]*["']([^"'$]+)["']""",
    re.MULTILINE,
)
"""`ext { springBootVersion = '3.2.0' }`, `ext.kotlin_version = …`, `extra["x.version"] = …`;
also the short form older builds use (`ext { springBootVer = '1.3.6.RELEASE' }`, `ext.boot_ver
= …`): only a camel-case `Ver` or a `_ver` ending, so a word ending in "ver" (`server`) is not
taken for one."""
_LOCAL_VERSION = LazyPattern(
    r"""^[ \t]*(?:val|def)[ \t]+(\w+)[ \t]*(?::[ \t]*String[ \t]*)?=[ \t]*["'](\d[\w.+-]*)["']""",
    re.MULTILINE,
)
"""A version kept in a local variable the coordinates interpolate (Kotlin `val javalin =
"7.2.2"` before `api("io.javalin:javalin:$javalin")`, Groovy `def x = '1.0'`)."""
_NOT_DEPENDENCY = frozenset({"id", "classpath", "version", "group", "kotlin", "plugin", "alias"})
_GRADLE_EXT_NAMES = LazyPattern(
    r"""^[ \t]*(\w+)[ \t]+([A-Za-z_]\w*(?:[ \t]*,[ \t]*[A-Za-z_]\w*)*)[ \t]*$""", re.MULTILINE
)
"""`compile dropwizard, jdbi` (Groovy): dependencies named by a script plugin's `ext` entries,
resolved against that script's names (`gradle_ext_names`); a name none declares is nothing."""
_BOOT_JAR_OFF = LazyPattern(
    r"""\bbootJar\b(?:["']\))?(?:\.configure)?[ \t]*\{[^{}]*?\b(?:enabled|isEnabled)[ \t]*=[ \t]*"""
    r"""false\b|\bbootJar\.enabled[ \t]*=[ \t]*false\b"""
)
"""Spring Boot's executable jar turned off (`tasks.bootJar { enabled = false }`, `tasks.named(
"bootJar") { enabled = false }`, `bootJar.enabled = false`): Gradle's form of a Maven plugin told
to skip; the module is a library of an application elsewhere in the build."""


_COMMENT = LazyPattern(r"<!--.*?-->", re.DOTALL)
_MODULE = LazyPattern(r"<module>[ \t]*([^<\s]+)[ \t]*</module>")


def _listed(text: str) -> list[tuple[int, str, str, str, str]]:
    """The coordinates of the Groovy lists a configuration names (`_GRADLE_LIST`), each
    declared under that configuration, at its own place in the list."""
    lists = {m.group(1): m for m in _GRADLE_LIST.finditer(text)}
    if not lists:
        return []
    found: list[tuple[int, str, str, str, str]] = []
    for use in _GRADLE_LIST_USE.finditer(text):
        configuration = use.group(1)
        if configuration in _NOT_DEPENDENCY or configuration in ("def", "return"):
            continue
        for name in re.split(r"[ \t]*,[ \t]*", use.group(2)):
            listed = lists.get(name)
            if listed is None:
                continue
            for m in _GRADLE_COORDINATE.finditer(listed.group(2)):
                found.append(
                    (listed.start(2) + m.start(), configuration, m.group(1), m.group(2),
                     m.group(3) or "")
                )
    return found


def _spread(text: str) -> list[tuple[int, str, str, str, str]]:
    """The coordinates of a configuration's list spread over lines (`_GRADLE_DEP_LIST`), each
    at its own place; a first one on the configuration's line is left to `_GRADLE_DEP`."""
    found: list[tuple[int, str, str, str, str]] = []
    for use in _GRADLE_DEP_LIST.finditer(text):
        for m in _GRADLE_COORDINATE.finditer(use.group(2)):
            offset = use.start(2) + m.start()
            if "\n" not in text[use.start():offset]:
                continue  # on the configuration's line: `_GRADLE_DEP` reads it
            found.append((offset, use.group(1), m.group(1), m.group(2), m.group(3) or ""))
    return found


def _gradle(lines: Lines) -> ManifestResult:
    result = ManifestResult(language=LANGUAGE)
    # Comments blanked (offsets kept): a dependency or plugin commented out declares nothing.
    text = gradle_text.blank_comments(lines.text)
    blocks = gradle_text.project_blocks(text)
    for match in _GRADLE_PLUGIN.finditer(text):
        # `apply false` only puts the plugin's version on the build's classpath for the
        # subprojects: it names the version, never makes this project an application.
        unapplied = _unapplied(text, match.end())
        version = match.group(2) or ""
        if match.group(3):
            accessor = match.group(3).lower().removesuffix(".get")
            version = "${libs.versions." + accessor + "}"
        elif match.group(4):
            version = "${" + match.group(4) + "}"
        result.signals += _plugin(match.group(1), version, lines, match.start(), unapplied)
        if match.group(1) in APPLICATION_PLUGINS and not unapplied:
            result.deployable = True
        result.library = result.library or (match.group(1) in LIBRARY_PLUGINS and not unapplied)
    for match in _APPLY_PLUGIN.finditer(text):
        result.signals += _plugin(match.group(1), "", lines, match.start())
        result.library = result.library or match.group(1) in LIBRARY_PLUGINS
    if result.deployable and _BOOT_JAR_OFF.search(text):
        result.deployable = False
    # `alias(libs.plugins.x)`, or `id(libs.plugins.x.get().pluginId)` (the catalogue's plugin
    # applied by its id, the call often spread over lines by a formatter).
    for match in _CATALOG_PLUGIN.finditer(text):
        group = 1 if match.group(1) else 2
        evidence = lines.at_offset(match.start(group))
        accessor = match.group(group)
        result.pending.append(("plugin", accessor, _unapplied(text, match.end()), evidence))
    for offset, constant, version in gradle_const_refs.plugins(text):
        # `id(Plugins.SPRING_BOOT)`: read once the build's `buildSrc/` constants are known.
        evidence = lines.at_offset(offset)
        unapplied = _unapplied(text, offset)
        result.pending.append(("const-plugin", f"{constant}={version}", unapplied, evidence))
    for offset, configuration, constant in gradle_const_refs.dependencies(text):
        if configuration in _NOT_DEPENDENCY or not _is_configuration(configuration):
            continue
        dev = configuration.lower().startswith("test") or "Test" in configuration
        kind = "const-provided" if configuration in PROVIDED_CONFIGURATIONS else "const-library"
        result.pending.append((kind, constant, dev, lines.at_offset(offset)))
    for configuration, constant in gradle_const_refs.projects(text):
        dev = configuration.lower().startswith("test") or "Test" in configuration
        result.pending.append(("const-project", constant, dev, NOWHERE))
    for match in _APPLY_FROM.finditer(text):
        result.includes.append(_script_path(match.group(1), lines.path))
    for match in _KOTLIN_PLUGIN.finditer(text):
        evidence = lines.at_offset(match.start())
        result.signals.append(
            Signal(K.LANGUAGE, "Kotlin", Strength.DEPENDENCY, evidence, match.group(1) or "")
        )
    java = _GRADLE_JAVA.search(text)
    if java:
        result.language_version = next(g for g in java.groups() if g).replace("_", ".")
        result.version_evidence = lines.at_offset(java.start())
    for match in (*_EXT_VERSION.finditer(text), *_LOCAL_VERSION.finditer(text)):
        result.pending.append(("property", f"{match.group(1)}={match.group(2)}", False, NOWHERE))
    found: list[tuple[int, str, str, str, str]] = [
        (m.start(), m.group(1), m.group(2), m.group(3), m.group(4) or "")
        for pattern in (_GRADLE_DEP, _GRADLE_MAP_DEP)
        for m in pattern.finditer(text)
    ]
    found += [
        (m.start(), m.group(1), m.group(2), m.group(3), "${" + m.group(4) + "}")
        for m in _GRADLE_CONCAT_DEP.finditer(text)
    ]
    found += _listed(text)
    found += _spread(text)
    for offset, configuration, group, artifact, version in sorted(found):
        artifact = bom_artifact(artifact)
        if artifact in BOMS:  # a BOM or the Boot plugin on the build classpath
            result.signals += _bom(artifact, version, lines, artifact)
            continue
        if configuration in _NOT_DEPENDENCY:
            continue
        result.renders_jsp = result.renders_jsp or artifact in _JSP_ENGINES
        dev = configuration.lower().startswith("test") or "Test" in configuration
        if not dev:
            result.runtime_dependencies += 1
        evidence = lines.at_offset(offset)
        provided = configuration in PROVIDED_CONFIGURATIONS
        signals = typed(classify(group, artifact), artifact, version, dev, evidence, provided)
        projects = gradle_text.target(blocks, offset)
        if projects:
            signals = [s.replace(projects=projects) for s in signals]
        result.signals += signals
    for match in _GRADLE_PROJECT.finditer(text):
        configuration = match.group(1)
        if not (configuration.lower().startswith("test") or "Test" in configuration):
            result.uses.append(match.group(2))
        else:
            result.test_uses.append(match.group(2))
    result.imports += [m.group(1) for m in _GRADLE_PLATFORM_PROJECT.finditer(text)]
    for match in _GRADLE_CATALOG.finditer(text):
        configuration, catalog, accessor = match.group(1), match.group(2), match.group(3)
        if accessor.startswith(("plugins.", "versions.")):
            continue
        if catalog == "projects" and configuration not in _NOT_DEPENDENCY:
            # Gradle's type-safe project accessors (`implementation(projects.core.coreData)`,
            # with `enableFeaturePreview("TYPESAFE_PROJECT_ACCESSORS")`): the module
            # `:core:core-data`, as `project(":core:core-data")` names it.
            dev = configuration.lower().startswith("test") or "Test" in configuration
            (result.test_uses if dev else result.uses).append(project_accessor_path(accessor))
            continue
        if configuration == "classpath" and catalog != "mn":
            # A build plugin put on the buildscript's classpath from the catalogue
            # (`classpath(libs.spring.boot.plugin)`): it may name the framework's release.
            evidence = lines.at_offset(match.start())
            result.pending.append(("classpath", f"{catalog}:{accessor}", False, evidence))
            continue
        if configuration in _NOT_DEPENDENCY:
            continue
        dev = configuration.lower().startswith("test") or "Test" in configuration
        evidence = lines.at_offset(match.start())
        kind = "provided" if configuration in PROVIDED_CONFIGURATIONS else "library"
        if catalog not in ("libs", "mn"):
            # A catalogue the settings script names otherwise (`deps.spring.boot.starter.data`):
            # read once the catalogues are known (and counted then), nothing if none is so
            # named.
            result.pending.append((f"named-{kind}", f"{catalog}:{accessor}", dev, evidence))
            continue
        if not dev:
            result.runtime_dependencies += 1
        if catalog == "mn":
            artifact = accessor.replace(".", "-")
            result.signals += typed(
                classify("", artifact), artifact, "", dev, evidence, kind == "provided"
            )
        else:
            result.pending.append((kind, accessor, dev, evidence))
    for match in _GRADLE_EXT_NAMES.finditer(text):
        configuration = match.group(1)
        if configuration in _NOT_DEPENDENCY or not _is_configuration(configuration):
            continue
        dev = configuration.lower().startswith("test") or "Test" in configuration
        kind = "ext-provided" if configuration in PROVIDED_CONFIGURATIONS else "ext-library"
        evidence = lines.at_offset(match.start())
        for name in re.split(r"[ \t]*,[ \t]*", match.group(2)):
            result.pending.append((kind, name, dev, evidence))
    result.signals += _dependency_sets(text, lines)
    for match in _TEST_RUNTIME.finditer(text):
        evidence = lines.at_offset(match.start())
        name = _TEST_RUNTIMES[match.group(1)]
        result.signals.append(Signal(K.TEST, name, Strength.DEV, evidence, package=name.lower()))
    result.linked = _gradle_source_folders(text)
    result.excluded = gradle_text.configuration_excludes(text)
    return result


_CONFIGURATION_ENDS = ("compile", "implementation", "api", "runtime", "runtimeonly", "compileonly")


def _is_configuration(name: str) -> bool:
    """Whether `name` is a dependency configuration (`compile`, `testImplementation`,
    `integrationTestRuntimeOnly` …), not another call taking a bare name (`apply`, `exclude`)."""
    return name.lower().endswith(_CONFIGURATION_ENDS)


def _gradle_source_folders(text: str) -> list[str]:
    """The folders a Gradle build's source sets compile from (`java.srcDirs = ['../src/main/
    java']`, `srcDir("../shared/src")`), relative to the build's folder; one named through a
    variable other than the project's own folder is left out (see `_source_folders`)."""
    folders: list[str] = []
    for match in _SRC_DIRS.finditer(text):
        for quoted in _QUOTED.finditer(match.group(1)):
            folder = _PROJECT_DIR.sub(".", quoted.group(1))
            if "$" not in folder and not folder.startswith("/") and folder not in folders:
                folders.append(folder)
    return folders


_SRC_DIRS = LazyPattern(r"""\bsrcDirs?\b[ \t]*(?:\+?=|\(|\[)?([^\n]*)""")
"""A source set's folders: `srcDirs = ['a', 'b']`, `srcDirs += "a"`, `srcDir("a")`, `srcDir
'a'`; the folders are the quoted words on the rest of its line."""
_QUOTED = LazyPattern(r"""["']([^"'\n]+)["']""")
_PROJECT_DIR = LazyPattern(r"""^\$\{?(?:project\.)?projectDir\}?""")
"""The project's own folder, the one variable a source folder is resolved against here."""
_DEPENDENCY_SET = LazyPattern(
    r"""\bdependencySet[ \t]*\([ \t]*(?:group[ \t]*[:=][ \t]*["']([\w.-]+)["'][ \t]*,[ \t]*"""
    r"""version[ \t]*[:=][ \t]*["']([^"'\s]+)["']|["']([\w.-]+):([^"'\s]+)["'])[ \t]*\)"""
    r"""[ \t]*\{([^{}]*)\}"""
)
"""The dependency-management plugin's pin of one version for several modules of a group:
`dependencySet(group: 'g', version: 'v') { entry 'a' }` (Groovy), `dependencySet("g:v") {
entry("a") }` (Kotlin)."""
_ENTRY = LazyPattern(r"""\bentry[ \t]*\(?[ \t]*["']([\w.-]+)["']""")


def _dependency_sets(text: str, lines: Lines) -> list[Signal]:
    """Version-only signals of the frameworks whose modules a `dependencySet` pins: as a BOM,
    the pin fixes the release the build's modules use without making any of them use it (a
    root build pinning Spring Boot 1.5's modules for the subprojects that declare them
    without a version)."""
    found: list[Signal] = []
    for match in _DEPENDENCY_SET.finditer(text):
        group = match.group(1) or match.group(3)
        version = match.group(2) or match.group(4)
        for entry in _ENTRY.finditer(match.group(5)):
            for kind, name in classify(group, entry.group(1)):
                if kind is K.FRAMEWORK and not any(s.name == name for s in found):
                    evidence = lines.at_offset(match.start())
                    found.append(
                        Signal(kind, name, Strength.DEV, evidence, version,
                               package=entry.group(1).lower())
                    )
    return found


def _script_path(applied: str, build: str) -> str:
    """The path of an applied script relative to the build file's folder; `$rootDir` is the
    scanned tree's top (where the settings file of a build usually is)."""
    rooted = _ROOT_DIR.match(applied)
    if not rooted:
        return applied
    depth = build.count("/")
    return "../" * depth + applied[rooted.end() :]


def _unapplied(text: str, offset: int) -> bool:
    """Whether the plugin declared just before `offset` is followed by `apply false`."""
    line_end = text.find("\n", offset)
    return "apply false" in text[offset : line_end if line_end != -1 else len(text)]


def _plugin(
    plugin_id: str, version: str, lines: Lines, offset: int, unapplied: bool = False
) -> list[Signal]:
    if plugin_id not in PLUGINS:
        return []
    kind, name = PLUGINS[plugin_id]
    evidence = lines.at_offset(offset)
    strength = Strength.DEV if unapplied else Strength.DEPENDENCY
    return [Signal(kind, name, strength, evidence, version, package=plugin_id)]


_INCLUDE = LazyPattern(r"""^[ \t]*include[ \t]*(?:\(([^()]*)\)|\(?(.*)$)""", re.MULTILINE)
"""A settings file's `include`: its parenthesised list, which may run over several lines
(`include(` alone on its line, one project a line below it), else the rest of its line
(Groovy's `include 'a', 'b'`)."""


_COMMENTED_INCLUDE = LazyPattern(r"""^[ \t]*//[ \t]*include[ \t(]+(.*)$""", re.MULTILINE)
"""A settings file's `include` switched off by a line comment (`// include 'acme-core'`)."""


def _settings(lines: Lines) -> ManifestResult:
    result = ManifestResult(language=LANGUAGE)
    included: list[str] = []
    for match in _INCLUDE.finditer(lines.text):
        listed = match.group(1) if match.group(1) is not None else match.group(2)
        for name in re.findall(r"""["']([^"']+)["']""", listed):
            result.modules.append(name.lstrip(":").replace(":", "/"))
            included.append(name)
    # Projects a developer commented out of the build: Gradle builds none of them
    # (`nonservices.is_unbuilt`), as a Maven module listed only inside an XML comment.
    for match in _COMMENTED_INCLUDE.finditer(lines.text):
        for name in re.findall(r"""["']([^"']+)["']""", match.group(1)):
            result.commented_modules.append(name.lstrip(":").replace(":", "/"))
    result.project_dirs = gradle_project_dirs.project_dirs(lines.text, included)
    result.project_tables = gradle_project_dirs.tables(lines.text)
    # `pluginManagement` fixes the version of the plugins the modules apply without one: a
    # `useModule("…:spring-boot-gradle-plugin:$springBootVersion")` resolution rule, or a
    # versioned `id … version …` there. Version-only signals, as a BOM's are.
    for match in _GRADLE_DEP.finditer(lines.text):
        if match.group(3) in BOMS:
            result.signals += _bom(match.group(3), match.group(4) or "", lines, match.group(3))
    for match in _GRADLE_PLUGIN.finditer(lines.text):
        if match.group(2):
            result.signals += _plugin(match.group(1), match.group(2), lines, match.start(), True)
    return result
