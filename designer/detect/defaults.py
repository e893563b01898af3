"""The database engine a program runs on by default, from the shapes its own settings take.

A program that supports several engines compiles in a driver for each, and its repository
often carries a Compose file that runs one of the servers beside it. Neither says which engine
the program runs on when installed and started as shipped; the program's own default does.
The primary engine is therefore ranked (`Scope`, strongest first):

1. Production configuration: a production profile or settings file, the value an env example
   sets, the adapter of a Rails production environment. The operator's stated choice.
2. The program's explicit default (`Scope.CHOSEN`): the branch a switch over the engine
   setting takes when it is unset, a flag's default value, the value a shipped settings file
   gives the engine key, a settings object's default, the branch taken when no database URL
   is configured, a method that builds the default connection URL. What runs unless told
   otherwise.
3. A Compose file's database (`Scope.DEPLOYED`), even a root file whose services build and
   run the app: it is one recipe for deploying it (often the one for the heavier engine),
   not the program's default. It still outranks drivers that are merely available.
4. Drivers in the manifest and engines named in code (`Scope.RUNTIME`).
5. Development fallbacks (`Scope.FALLBACK`): a dev profile, an environment lookup's default,
   a development Compose file, a server the defaults leave off.
6. Tests (`Scope.TEST`).

This module keeps the rules for the shapes of rank 2 that several ecosystems share or that
need more than one line to be told apart; each fires on any repository of that shape.
"""

from __future__ import annotations

import re

from designer.detect.signals import LazyPattern, Scope, SourceRule, rule
from designer.model.stack import FindingKind

_ENGINE_NAMES = (
    ("postgres|postgresql|pgsql|pg|pgx", "PostgreSQL"),
    ("mysql|mysql2", "MySQL"),
    ("mariadb", "MariaDB"),
    ("sqlite|sqlite3|better-sqlite3", "SQLite"),
    ("mongodb|mongo", "MongoDB"),
    ("mssql|sqlserver", "SQL Server"),
    ("h2", "H2"),
    ("hsqldb", "HSQLDB"),
)
"""How settings name an engine, per engine."""
_ALL_NAMES = "|".join(names for names, _ in _ENGINE_NAMES)

_NOT_CASE = r"(?![ \t]*(?:case\b|default\b|\}))"
"""A line that does not start another branch of the switch nor close it."""


def _each(
    pattern: str,
    scope: Scope | None = Scope.CHOSEN,
    gate: LazyPattern | None = None,
    **where: tuple[str, ...],
) -> tuple[SourceRule, ...]:
    """One rule per engine of `pattern` (in `scope`, the program's own default unless told;
    None: the scope the file's name gives), whose `{names}` is the engine's names.

    The family shares a gate, `pattern` with every engine's names unless given one: a file
    it does not match is searched by none of the eight (nor are their patterns compiled, a
    few hundred microseconds each)."""
    gate = gate or LazyPattern(pattern.replace("{names}", _ALL_NAMES), re.MULTILINE)
    return tuple(
        rule(
            FindingKind.DATABASE,
            engine,
            pattern.replace("{names}", names),
            scope=scope,
            gate=gate,
            **where,  # type: ignore[arg-type]
        )
        for names, engine in _ENGINE_NAMES
    )


def switch_default_rules(endings: tuple[str, ...]) -> tuple[SourceRule, ...]:
    """The `default:` branch of a switch over the engine setting that configures a data
    source (`default: … new DataSource({ type: 'sqlite', …`): the engine used when the
    setting is unset. Another branch's `type:` proves no default."""
    return _each(
        r"(?i)^[ \t]*default[ \t]*:[^\n]*\n(?:" + _NOT_CASE + r"[^\n]*\n){0,8}?"
        r"[ \t]*(?:type|dialect|client|driver)[ \t]*:[ \t]*[\"'`](?:{names})[\"'`]",
        endings=endings,
    )


def env_or_rules(endings: tuple[str, ...]) -> tuple[SourceRule, ...]:
    """A data source's engine key read from the environment with a literal after `||` or
    `??` (`type: (process.env.TYPEORM_TYPE as any) || "sqlite"`): the engine the program runs
    on when the variable is unset."""
    return _each(
        r"^[ \t]*(?:type|dialect|client|driver)[ \t]*:[ \t]*\(?[ \t]*process\.env"
        r"(?:\.\w+|\[[ \t]*[\"'`]\w+[\"'`][ \t]*\])(?:[ \t]+as[ \t]+\w+)?[ \t]*\)?[ \t]*"
        r"(?:\|\||\?\?)[ \t]*[\"'`](?:{names})[\"'`]",
        endings=endings,
    )


def flag_default_rules(endings: tuple[str, ...]) -> tuple[SourceRule, ...]:
    """A Go command-line flag choosing the database driver and its default value (`Name:
    "db-driver", … Value: "sqlite3"`), and a configuration field's default in its struct tag
    (``Type string `yaml:"dialect" default:"sqlite3"` ``) or a database URL field's default
    (``DatabaseURL string `default:"sqlite://data.db"` ``)."""
    flag = (
        r"(?i)\bName:[ \t]*\"[\w.-]*(?:db|database)[\w.-]*(?:driver|type|dialect|engine)\""
        r"[^\n]*\n(?:(?![ \t]*\})[^\n]*\n){0,6}?[ \t]*Value:[ \t]*\"(?:{names})\""
    )
    # The tag's default as the common configuration loaders write it: `default:"sqlite3"`,
    # `envDefault:"sqlite3"` (caarlos0/env) or `conf:"default:sqlite3"` (ardanlabs/conf).
    # The setting is named by the tag or, for loaders deriving the variable from the field
    # (kelseyhightower/envconfig: ``DatabaseDialect string `default:"sqlite3"` ``), the field.
    # The field's type may be a string type of the program's own named for the setting
    # (``Dialect Dialect `default:"sqlite3"` ``, with its own parsing and validation).
    tag = (
        r"(?i)^[ \t]*(?:\w*(?:dialect|driver|db_?type|database_?type)\w*[ \t]+"
        r"(?:string|\w*(?:dialect|driver|db_?type|database_?type)\w*)[ \t]+`"
        r"|\w+[ \t]+string[ \t]+`(?=[^`\n]*(?:dialect|driver|db_?type|database_?type)))"
        r"[^`\n]*(?:\benv|\bconf:\"(?:[^\"`\n]*,)?|\b)def(?:ault)?:\"?(?:{names})\b"
    )
    # A database settings struct's bare engine field (``type CAConfigDB struct { Type string
    # `def:"sqlite3" help:"…"` ``): the struct's name says the field's `Type` is the engine's.
    # The name is read with its case (`DB`, `Db` or `Database` as a word of it) so that words
    # holding the letters (`Feedback`) do not pass; a tag naming the field's setting otherwise
    # (`yaml:"name"`, `env:"APP_NAME"`) says the field is not the engine's.
    db_struct = (
        r"^type[ \t]+(?:\w*(?:DB|Db|Database)|db|database)(?![a-z])\w*[ \t]+struct[ \t]*\{[^\n]*\n"
        r"(?:(?![ \t]*\})[^\n]*\n){0,20}?"
        r"(?i:[ \t]*(?:type|kind|driver|dialect|engine)[ \t]+string[ \t]+`"
        r"(?![^`\n]*\b(?:yaml|json|toml|ini|hcl|env|envconfig|mapstructure|koanf|name|flag):\""
        r"(?![\w.-]*(?:type|driver|dialect|engine)\b))"
        r"[^`\n]*(?:\benv|\b)def(?:ault)?:\"(?:{names})\b)"
    )
    # A database URL field's default in its tag (``DatabaseURL string `default:"sqlite://data
    # /data.db"` ``): the URL's scheme names the engine the program opens unless configured.
    url = (
        r"(?i)^[ \t]*\w*(?:db|database)\w*[ \t]+string[ \t]+`"
        r"[^`\n]*(?:\benv|\bconf:\"(?:[^\"`\n]*,)?|\b)default:\"(?:{names})(?:\+\w+)?:"
    )
    # A SQLite URI filename as a database URL field's default (``DatabaseURL string
    # `default:"file:data/app.db?_pragma=…"` ``): `file:` names a database file, and the
    # drivers that open such URIs are SQLite's, whatever server drivers the module carries.
    sqlite_file = rule(
        FindingKind.DATABASE,
        "SQLite",
        r"(?i)^[ \t]*\w*(?:db|database)\w*[ \t]+string[ \t]+`"
        r"[^`\n]*(?:\benv|\bconf:\"(?:[^\"`\n]*,)?|\b)default:\"file:[^\"`\n?]*"
        r"\.(?:db|sqlite3?)[\"?]",
        endings=endings,
        scope=Scope.CHOSEN,
    )
    return (
        _each(flag, endings=endings)
        + _each(tag, endings=endings)
        + _each(db_struct, endings=endings)
        + _each(url, endings=endings)
        + (sqlite_file,)
    )


def env_setting_or_rules(endings: tuple[str, ...]) -> tuple[SourceRule, ...]:
    """The engine setting read from the environment object with a literal after `||` or `??`
    (`env.APP_DB_PROVIDER || "sqlite"`, `process.env.DB_TYPE ?? "postgres"`, wherever the
    value goes: a container registration, a variable a switch reads): the engine the program
    runs on when the variable is unset, as PHP's `getenv('DB_TYPE', 'sqlite')` is."""
    return _each(
        r"(?i)\benv\.(?:" + _ENGINE_SETTING + r")[ \t]*\)?[ \t]*(?:\|\||\?\?)[ \t]*"
        r"[\"'`](?:{names})[\"'`]",
        endings=endings,
    )


def literal_default_rules(endings: tuple[str, ...]) -> tuple[SourceRule, ...]:
    """A function named for the default configuration that returns a literal whose database
    provider field names an engine (`func defaultConfig() EnvConfigSchema { return
    EnvConfigSchema{ … DbProvider: "sqlite", …`): the engine the program runs on unless the
    environment says otherwise. The function's closing brace ends the search."""
    return _each(
        r"(?i)^func[ \t]+(?:\([^)\n]*\)[ \t]*)?\w*default\w*[ \t]*\([^\n]*\{[ \t]*\n"
        r"(?:(?!\})[^\n]*\n){0,40}?[ \t]*(?:db|database)_?(?:provider|driver|type|dialect|engine)"
        r"[ \t]*:[ \t]*\"(?:{names})\"",
        endings=endings,
    )


def lookup_default_rules(endings: tuple[str, ...]) -> tuple[SourceRule, ...]:
    """A .NET configuration lookup of the database provider with a default that names an
    engine (`Configuration.GetValue("provider", Provider.Sqlite.Name)`, `GetValue<string>(
    "DbProvider", "Sqlite")`): the provider used when the setting is absent."""
    return _each(
        r"(?i)\bGetValue(?:<string>)?[ \t]*\([ \t]*\"[\w:]*(?:provider|database|db)[\w:]*\""
        r"[ \t]*,[ \t]*(?:\"(?:{names})\"|(?:\w+\.)+(?:{names})\b)",
        endings=endings,
    )


def property_default_rules(endings: tuple[str, ...]) -> tuple[SourceRule, ...]:
    """A C# settings class's database provider property and the engine its initializer names
    (`public string DbProvider { get; set; } = "SqlServer";`): the configuration binder leaves
    an initialized property as it is when the settings name no provider, so the program's
    host, switching its data layer on that property, runs on that engine as shipped — above
    a Compose file that runs the server of another engine it supports."""
    return _each(
        r"(?i)^[ \t]*public[ \t]+string\??[ \t]+\w*(?:db|database)_?(?:provider|type|engine|driver)"
        r"[ \t]*\{[ \t]*get;[ \t]*(?:set|init);[ \t]*\}[ \t]*=[ \t]*\"(?:{names})\"[ \t]*;",
        endings=endings,
    )


def ini_section_rules(
    endings: tuple[str, ...] = (), names: tuple[str, ...] = ()
) -> tuple[SourceRule, ...]:
    """A shipped INI settings file's database section and the engine its type key picks
    (`[database]` … `type = sqlite3`, or ConfigParser's other delimiter: `engine: sqlite3`),
    before the next section."""
    return _each(
        r"(?im)^\[(?:database|db)\][ \t]*\r?\n(?:[ \t]*(?:[^\[\s][^\n]*)?\r?\n){0,30}?"
        r"[ \t]*(?:type|driver|engine|dialect|provider|adapter)[ \t]*[=:][ \t]*[\"']?(?:{names})"
        r"[\"']?[ \t]*\r?$",
        endings=endings,
        names=names,
    )


PROGRAM_INI = ("config.ini", "settings.ini", "app.ini", "application.ini")
"""How a Python program names the INI file it reads its own settings from (ConfigParser's
`CONFIG.read(… 'config.ini')`); an INI named for another program (`grafana.ini`, a dashboard a
container runs beside the service) configures that program's database, not this one's."""


def array_section_rules(endings: tuple[str, ...]) -> tuple[SourceRule, ...]:
    """A PHP settings array's database section and the engine its connection key picks
    (`'db' => [` … `'connection' => 'sqlite',`), before the section closes."""
    return _each(
        r"(?i)['\"](?:db|database)['\"][ \t]*=>[ \t]*(?:\[|array[ \t]*\()[ \t]*\r?\n"
        r"(?:(?![ \t]*[\])])[^\n]*\n){0,8}?"
        r"[ \t]*['\"](?:connection|driver|type|adapter)['\"][ \t]*=>[ \t]*"
        r"['\"](?:pdo_)?(?:{names})['\"]",
        endings=endings,
    )


def ini_key_rules(endings: tuple[str, ...]) -> tuple[SourceRule, ...]:
    """A shipped INI settings file's engine key in any section (`[base]` … `database_drive=
    sqlite`, beside a `[mysql]` and a `[sqlite]` section for each engine's own settings): the
    engine the program runs on as installed."""
    return _each(
        r"(?im)^[ \t]*(?:db|database)_?(?:type|driver?|engine|dialect|provider|adapter)"
        r"[ \t]*=[ \t]*[\"']?(?:{names})[\"']?[ \t]*\r?$",
        endings=endings,
    )


def jdbc_default_rules(endings: tuple[str, ...]) -> tuple[SourceRule, ...]:
    """A method named for the default connection URL that returns a JDBC URL
    (`getDefaultJDBCUrl() { return "jdbc:hsqldb:file:" + …`): the embedded or server engine
    the program creates when none is configured."""
    return _each(
        r"(?i)\b\w*default\w*url[ \t]*\([^)\n]*\)[^{\n]*\{\s*return[ \t]+\"jdbc:(?:{names}):",
        endings=endings,
    )


def unset_jdbc_rules(endings: tuple[str, ...]) -> tuple[SourceRule, ...]:
    """The branch a Java program takes when no database URL is configured and the JDBC URL
    it then builds (`if (Strings.isNullOrEmpty(databaseUrl)) { … "jdbc:h2:file:" + …`): the
    engine it runs on unless told otherwise. The block's closing brace ends the search; the
    pattern starts with the literal `if`. A database in memory there (`"jdbc:h2:mem:test"`) is
    gone when the process ends: the stand-in of a local run with nothing configured, as a
    scratch SQLite is (`engines.scope`), not the store the deployed program keeps its data in,
    which the URL it is given names."""
    return _each(
        r"if[ \t]*\([ \t]*(?:(?:[\w.]+\.)?is(?:NullOr)?(?:Empty|Blank)[ \t]*\([ \t]*"
        r"\w*(?i:url)[ \t]*\)|\w*(?i:url)[ \t]*==[ \t]*null)[ \t]*\)[ \t]*\{[ \t]*\n"
        r"(?:(?![ \t]*\})[^\n]*\n){0,10}?[^\n]*\"jdbc:(?:{names}):(?!mem:|memory:)",
        endings=endings,
    )


def descriptor_default_rules(endings: tuple[str, ...]) -> tuple[SourceRule, ...]:
    """A settings property for the database whose default is a connection descriptor that
    starts with the engine's name, its arguments after a space (`val database =
    reference("sqlite reposilite.db")`, beside `mariadb localhost:3306 …` in its help): the
    engine the program runs on unless configured otherwise."""
    return _each(
        r"(?i)^[ \t]*(?:(?:val|var|private|public|protected|internal|final|static|String)"
        r"[ \t]+)*(?:database|db)\w*[ \t]*(?::[ \t]*\w+[ \t]*)?=[ \t]*(?:[\w.]+[ \t]*\([ \t]*)?"
        r"\"(?:{names})[ \t]+[^\"\n]+\"",
        endings=endings,
    )


_ENGINE_ENUM = r"\b(?:Database|Db|DB)(?:Type|Kind|Dialect|Engine|Vendor|Provider|Driver)"
"""A JVM enum type named for the engine setting (`DatabaseType`, `DbKind`): its members are the
engines the program supports, one of which a settings class picks as the default. Nothing
before the name: an enum of another store's type (`RunnerDbType`, the engines a checker runs
submissions against) is not the program's own."""


def enum_default_rules(endings: tuple[str, ...]) -> tuple[SourceRule, ...]:
    """A settings class's engine property whose type is an enum of the supported engines and
    whose default is one of its members (Kotlin's `data class DatabaseConfig(val type:
    DatabaseType = DatabaseType.SQLITE, …)`, Java's `private DatabaseType type =
    DatabaseType.H2;`): the configuration loader leaves the default when the settings name no
    engine, so the program runs on it as shipped, whatever drivers it carries for the servers
    an operator may switch to. The member must be of the property's own type (the
    back-reference): a constant of another enum is not the engine setting's default."""
    kotlin = (
        r"^[ \t]*(?:(?:override|private|public|protected|internal)[ \t]+)*va[lr][ \t]+\w+"
        r"[ \t]*:[ \t]*(" + _ENGINE_ENUM + r")\??[ \t]*=[ \t]*\1\.(?i:{names})\b"
    )
    java = (
        r"^[ \t]*(?:(?:private|public|protected|static|final|volatile)[ \t]+)*"
        r"(" + _ENGINE_ENUM + r")[ \t]+\w+[ \t]*=[ \t]*\1\.(?i:{names})\b"
    )
    # The patterns' back-reference leaves them no needles: the gate, the enum's member as
    # code names it, keeps the other Kotlin and Java files from being searched line by line.
    gate = LazyPattern(_ENGINE_ENUM + r"\.(?i:" + _ALL_NAMES + r")\b")
    return _each(kotlin, gate=gate, endings=endings) + _each(java, gate=gate, endings=endings)


def unset_url_rules(endings: tuple[str, ...]) -> tuple[SourceRule, ...]:
    """The `else:` of a Python test for a configured database URL that builds a SQLite URL
    (`if settings.database_url: … else: uri = f"sqlite+aiosqlite:///{path}"`): with no URL
    set, the program runs on SQLite."""
    return (
        rule(
            FindingKind.DATABASE,
            "SQLite",
            r"^([ \t]*)(?:if|elif)\b[^\n]*database_ur[il][^\n]*:[ \t]*\n"
            r"(?:(?:\1[ \t][^\n]*|\1elif\b[^\n]*|)\n){1,30}?"
            r"\1else[ \t]*:[ \t]*\n(?:\1[ \t][^\n]*\n){0,8}?"
            r"\1[ \t][^\n]*[\"']sqlite(?:\+\w+)?:///",
            endings=endings,
            scope=Scope.CHOSEN,
        ),
    )


def unset_env_rules(endings: tuple[str, ...]) -> tuple[SourceRule, ...]:
    """The `else:` of a Python test for an environment variable that configures Django's
    database with SQLite (`if "POSTGRES_NAME" in os.environ: DATABASES = {… postgresql …}
    else: DATABASES = {"default": {"ENGINE": "django.db.backends.sqlite3", …`): with the
    variable unset, as the program starts when installed and run as shipped, it runs on
    SQLite; the server of the other branch is the one an operator may switch to."""
    return (
        rule(
            FindingKind.DATABASE,
            "SQLite",
            r"^([ \t]*)if[ \t]+(?:[\"']\w+[\"'][ \t]+in[ \t]+os\.environ"
            r"|os\.(?:environ\.get|getenv)[ \t]*\([ \t]*[\"']\w+[\"'][ \t]*\))[ \t]*:[ \t]*\n"
            r"(?:(?:\1[ \t][^\n]*|\1elif\b[^\n]*|)\n){1,40}?"
            r"\1else[ \t]*:[ \t]*\n(?:(?:\1[ \t][^\n]*|)\n){0,8}?"
            r"\1[ \t]+[\"']ENGINE[\"'][ \t]*:[ \t]*[\"']django\.db\.backends\.sqlite3[\"']",
            endings=endings,
            scope=Scope.CHOSEN,
            # The back-reference leaves the pattern no needles: a file naming no SQLite
            # backend is not searched.
            gate=LazyPattern(r"django\.db\.backends\.sqlite3"),
        ),
        # The same test written the other way round, on a variable just read from the
        # environment (`database_url = os.environ.get("APP_DATABASE_URL")` then `if not
        # database_url: DATABASES = {… "ENGINE": "django.db.backends.sqlite3" …} else:
        # DATABASES = {"default": dj_database_url.parse(database_url)}`): unset, as shipped,
        # the program runs on SQLite; the URL's server is the one an operator may opt into.
        rule(
            FindingKind.DATABASE,
            "SQLite",
            r"^(\w+)[ \t]*=[ \t]*os\.(?:environ\.get|getenv)[ \t]*\([^\n]*\)[ \t]*\n"
            r"(?:[ \t]*(?:#[^\n]*)?\n){0,3}?"
            r"([ \t]*)if[ \t]+not[ \t]+\1[ \t]*:[ \t]*\n(?:(?:\2[ \t][^\n]*|)\n){0,8}?"
            r"\2[ \t]+[\"']ENGINE[\"'][ \t]*:[ \t]*[\"']django\.db\.backends\.sqlite3[\"']",
            endings=endings,
            scope=Scope.CHOSEN,
            gate=LazyPattern(r"django\.db\.backends\.sqlite3"),
        ),
    )


def else_default_rules(endings: tuple[str, ...]) -> tuple[SourceRule, ...]:
    """The `else` block of a test for a configured database URL that configures a data
    source with an engine (`if (config.get('backendDatabaseUri')) { … } else { new
    Sequelize({ dialect: 'sqlite', …`): with no URL set, the program runs on that engine,
    whatever drivers it carries for the databases its users connect to. The pattern starts
    with the literal `if`; the blocks' closing braces end the search."""
    return _each(
        r"if[ \t]*\([^\n]*(?i:(?:database|db)\w*ur[il])[^\n]*\)[ \t]*\{[ \t]*\n"
        r"(?:(?![ \t]*\}[ \t]*else\b)[^\n]*\n){0,12}?[ \t]*\}[ \t]*else[ \t]*\{[ \t]*\n"
        r"(?:(?![ \t]*\})[^\n]*\n){0,8}?"
        r"[ \t]*(?:type|dialect|client|driver)[ \t]*:[ \t]*[\"'`](?:{names})[\"'`]",
        endings=endings,
    )


def else_url_rules(endings: tuple[str, ...]) -> tuple[SourceRule, ...]:
    """The `else` block of a Rust test for a configured database URL that falls back to a
    SQLite URL (`if let Some(db) = &self.database_url { … } else { set_var("DATABASE_URL",
    format!("sqlite:{}/sqlite.db", self.data_dir)) }`): with no URL set, the program runs on
    SQLite, whatever drivers it carries for the servers its users may point it at. The
    pattern starts with the literal `if`; the blocks' closing braces end the search."""
    return (
        rule(
            FindingKind.DATABASE,
            "SQLite",
            r"if[ \t]+let[ \t]+Some[ \t]*\([^\n]*(?i:(?:database|db)_?ur[il])[^\n]*\{[ \t]*\n"
            r"(?:(?![ \t]*\}[ \t]*else\b)[^\n]*\n){0,12}?[ \t]*\}[ \t]*else[ \t]*\{[ \t]*\n"
            r"(?:(?![ \t]*\})[^\n]*\n){0,8}?[^\n]*\"sqlite:",
            endings=endings,
            scope=Scope.CHOSEN,
        ),
    )


def impl_default_rules(endings: tuple[str, ...]) -> tuple[SourceRule, ...]:
    """A Rust settings type whose `Default` implementation returns an engine's variant (`impl
    Default for Config { fn default() -> Self { Config::SQLite(sqlite::Config::default()) }
    }`): the configuration loader falls back to it when the settings name no database, so the
    program runs on that engine as shipped, whatever drivers it carries for the servers an
    operator may choose instead. The variant's path starts with `Self` or a type's name (a
    capital), never a module (`sqlite::…`), and is not followed by a deeper path."""
    return _each(
        r"impl[ \t]+Default[ \t]+for[ \t]+\w+[ \t]*\{[ \t]*\n"
        r"[ \t]*fn[ \t]+default[ \t]*\([ \t]*\)[ \t]*->[ \t]*\w+[ \t]*\{[ \t]*\n"
        r"[ \t]*(?:Self|[A-Z]\w*)::(?i:{names})\b(?![ \t]*::)",
        endings=endings,
    )


def unmatched_url_rules(endings: tuple[str, ...]) -> tuple[SourceRule, ...]:
    """The block a Rust program runs when its database URL names none of the servers it
    supports, and that turns the URL into a SQLite one (`if !url.starts_with("postgres:") &&
    !url.starts_with("mysql:") { url = format!("sqlite://{}?mode=rwc", path) }`): a bare file
    name, as the shipped default is, runs on SQLite; the servers are what an operator may
    point it at. The pattern starts with the literal `if`; the block's closing brace ends the
    search."""
    return (
        rule(
            FindingKind.DATABASE,
            "SQLite",
            r"if[ \t]+![ \t]*[\w.]*(?i:ur[il])[\w.]*\.starts_with[ \t]*\([ \t]*\""
            r"(?:postgres|mysql|mariadb)[^\n]*\{[ \t]*\n"
            r"(?:(?![ \t]*\})[^\n]*\n){0,8}?[^\n]*\"sqlite:",
            endings=endings,
            scope=Scope.CHOSEN,
        ),
    )


def go_switch_default_rules(endings: tuple[str, ...]) -> tuple[SourceRule, ...]:
    """The `default:` branch of a Go switch over the database type setting that opens a
    dialector (`switch cfg.Database.Type { case "postgres": … gorm.Open(postgres.Open(dsn))
    … default: … gorm.Open(sqlite.Open(path))`): the engine used when the setting names no
    other. The pattern starts with the literal `switch`; only the lines indented under
    `default:` are its branch (a `case` or the switch's closing brace ends it), each read one
    way only."""
    return _each(
        r"(?i)switch[ \t]+[\w.]*(?:db|database)[\w.]*(?:type|driver|dialect|engine|provider)"
        r"[ \t]*\{[ \t]*\n(?:[^\n]*\n){0,60}?([ \t]*)default[ \t]*:[ \t]*\n"
        r"(?:\1[ \t]+[^ \t\n][^\n]*\n|[ \t]*\n){0,12}?\1[ \t][^\n]*\b(?:{names})\.Open\(",
        endings=endings,
    )


def go_prefix_switch_rules(endings: tuple[str, ...]) -> tuple[SourceRule, ...]:
    """A Go switch that picks the dialector by the connection string's prefix (`case
    strings.HasPrefix(dsn, "postgres"): … case strings.HasPrefix(dsn, "mysql"): …`) and opens
    an engine in its `default:` branch (`return sqlite.Open(path)`): a connection naming no
    server, as the shipped settings' file path, runs on that engine. The pattern starts with
    the literal `switch`; only the lines indented under `default:` are its branch."""
    return _each(
        r"switch\b[^\n]*\{[ \t]*\n(?=(?:[^\n]*\n){0,4}?[ \t]*case[ \t]+strings\.HasPrefix"
        r"[ \t]*\([ \t]*[\w.]*(?i:dsn|url|uri|conn)\w*[ \t]*,)(?:[^\n]*\n){0,60}?"
        r"([ \t]*)default[ \t]*:[ \t]*\n(?:\1[ \t]+[^ \t\n][^\n]*\n|[ \t]*\n){0,12}?"
        r"\1[ \t][^\n]*\b(?:{names})\.Open\(",
        endings=endings,
    )


def config_get_default_rules(endings: tuple[str, ...]) -> tuple[SourceRule, ...]:
    """A JavaScript configuration lookup of the engine setting with a default that names an
    engine (NestJS's `configService.get<string>('DATABASE_DRIVER', 'sqlite')`): the engine the
    program configures its data source with when the variable is unset, above the Compose
    servers offered for the other engines it supports."""
    return _each(
        r"\.get[ \t]*+(?:<[\w \t|]+>[ \t]*+)?\([ \t]*[\"'`](?i:" + _ENGINE_SETTING + r")[\"'`]"
        r"[ \t]*,[ \t]*[\"'`](?i:{names})[\"'`]",
        endings=endings,
    )



def env_helper_default_rules(endings: tuple[str, ...]) -> tuple[SourceRule, ...]:
    """A JavaScript settings file's `env(…)` helper reading the engine setting with a literal
    default (Strapi hands its config/database an `env` whose second argument is the default:
    `const client = env('DATABASE_CLIENT', 'sqlite')`): the engine the program opens when the
    variable is unset, above the drivers it declares for the others it supports. The helper
    is a bare call, not a method (`process.env` is an object, never called); the key may name
    the client, as Knex's and Strapi's settings call the engine."""
    return _each(
        r"(?<![\w.$])env[ \t]*\([ \t]*[\"'`](?i:\w*(?:db|database)_?client|"
        + _ENGINE_SETTING
        + r")[\"'`][ \t]*,[ \t]*[\"'`](?i:{names})[\"'`][ \t]*\)",
        endings=endings,
    )


def variable_or_rules(endings: tuple[str, ...]) -> tuple[SourceRule, ...]:
    """A JavaScript variable naming the engine setting, read from the program's settings with
    a literal after `||` or `??` (`const databaseType = config.get('database')?.type ||
    'better-sqlite3';`): the engine the program opens when its settings name none, as
    `env_or_rules`' data-source key is. The variable's name must say it is the database's type,
    client or driver, and the literal must end the statement (not one arm of a longer
    expression)."""
    return _each(
        r"^[ \t]*(?:const|let|var)[ \t]+\w{0,40}(?i:db|database)_?"
        r"(?i:type|client|driver|dialect|engine|provider)[ \t]*=[ \t]*[^;\n]{1,200}?"
        r"(?:\|\||\?\?)[ \t]*[\"'`](?i:{names})[\"'`][ \t]*;?[ \t]*$",
        endings=endings,
    )

CONNECTION_SETTING = r"[\w.]{0,100}(?i:conn|dsn|url|uri)\w{0,100}"
"""A Go expression naming the connection setting (`cfg.DSN`, `connectionString`). Its words are
bounded: read unbounded around each `dsn` of a long word, they took a time growing with the
square of the word's length."""
GETENV_CONNECTION = r"os\.Getenv\([ \t]*\"\w{0,100}(?i:conn|dsn|url|uri)\w*+\"[ \t]*\)"
"""Go's read of the connection setting's variable (`os.Getenv("SQL_DSN")`)."""


def go_unset_connection_rules(endings: tuple[str, ...]) -> tuple[SourceRule, ...]:
    """A Go test that the connection setting is empty (`if len(connectionString) == 0 {`,
    `if cfg.DSN == "" {`) whose block sets that setting to an engine's connection
    (`connectionString = sqliteConnectionString(e.datadir)`, `dsn = "sqlite:data.db"`): what
    the program opens when no database is configured, beside drivers for every engine the
    setting may name. Only the block's own lines are read (its closing brace, at the `if`'s
    indentation, ends it), and only an assignment to the setting tested counts."""
    return _each(
        r"^([ \t]*)if[ \t]+(?:len\([ \t]*(" + CONNECTION_SETTING + r")[ \t]*\)[ \t]*==[ \t]*0"
        r"|(" + CONNECTION_SETTING + r")[ \t]*==[ \t]*\"\")[ \t]*\{[ \t]*\n"
        r"(?:(?!\1\})[^\n]*\n){0,12}?"
        r"[ \t]*(?:\2|\3)[ \t]*=[ \t]*(?:\"(?:{names})[:+]|(?:{names})\w*\()",
        endings=endings,
    )


def go_unset_type_rules(endings: tuple[str, ...]) -> tuple[SourceRule, ...]:
    """A Go test that the engine setting is empty (`if dbType == "" {`, also as one operand
    of `||`: `if dbType == conf.SQLite3DB || dbType == "" {`) whose block sets that setting to
    an engine (`dbType = conf.SQLiteDB`, `dbType = "sqlite"`): the engine the program opens
    when no type is configured, beside drivers for every engine the setting may name and a
    Compose file running one of their servers. Only the block's own lines are read (its
    closing brace, at the `if`'s indentation, ends it), and only an assignment to the setting
    tested counts, of a constant or literal named for the engine."""
    return _each(
        r"^([ \t]*)if[ \t]+(?:[^\n{]*?\|\|[ \t]*)?"
        r"([\w.]*(?i:type|driver|dialect|engine|adapter)\w*)[ \t]*==[ \t]*\"\""
        r"[^\n{]*\{[ \t]*\n(?:(?!\1\})[^\n]*\n){0,6}?"
        r"[ \t]*\2[ \t]*=[ \t]*(?:\"(?:{names})\"|(?:\w+\.)?(?i:{names})\w*)[ \t]*$",
        endings=endings,
    )


def go_var_default_rules(endings: tuple[str, ...]) -> tuple[SourceRule, ...]:
    """A Go package variable named for the engine setting whose initial value is an engine
    (`var ( … DBType = "sqlite" … )`, `var dbDriver = "sqlite3"`) and that the code assigns
    again from a function (`DBType = dbType` once `os.Getenv("DB_TYPE")` is set): the engine
    the program opens when nothing overrides it, beside drivers for every engine the setting
    may name. Only a variable declared at the package's top (`var` at a line's start, or a
    member of its `var (` block) and assigned again on an indented line counts: a constant
    or a variable never overridden names a value, not a setting's default."""
    return _each(
        r"^(?:var[ \t]+|var[ \t]*\([ \t]*\n(?:(?!\))[^\n]*\n){0,60}?[ \t]+)"
        r"(\w{0,60}(?i:db|database|store|storage)\w{0,60}(?i:type|driver|dialect|engine|adapter))"
        r"(?:[ \t]+string)?[ \t]*=[ \t]*\"(?:{names})\"[ \t]*(?://[^\n]*)?$"
        r"[\s\S]{0,20000}?^[ \t]+\1[ \t]*=[ \t]*[^=\n]",
        endings=endings,
    )


def go_var_file_rules(endings: tuple[str, ...]) -> tuple[SourceRule, ...]:
    """A Go package variable named for the database URL whose initial value is a SQLite URI
    filename (`var ( … DBURI = "file:storages/app.db" … )`), the value a flag or the
    environment may replace: the database the program opens when nothing overrides it, beside
    drivers for every server the URL may name instead (a PostgreSQL URL in the flag's help).
    `file:` names a database file, which only SQLite's drivers open; as the struct tag's
    default in `flag_default_rules`, the file must be named as a database (`.db`, `.sqlite`).
    The line itself is matched (a `var` declaration, or a member of a `var (` block or an
    assignment, indented): the evidence is the variable, not the block's first line. A short
    declaration (`:=`) is a local value, not the program's setting."""
    return (
        rule(
            FindingKind.DATABASE,
            "SQLite",
            r"^(?:var[ \t]+|[ \t]+)"
            r"\w{0,60}(?i:db|database)\w{0,30}(?i:uri|url|dsn)\w{0,30}"
            r"(?:[ \t]+string)?[ \t]*=[ \t]*\"file:[^\"\n?]*\.(?:db|sqlite3?)[\"?]",
            endings=endings,
            scope=Scope.CHOSEN,
        ),
    )


def go_unset_else_rules(endings: tuple[str, ...]) -> tuple[SourceRule, ...]:
    """A Go test of the connection setting whose unset branch opens a dialector itself: the
    `else` of `if os.Getenv("SQL_DSN") != "" {` (or of `if cfg.DSN != "" {`), or the block
    of `== ""`, calling `gorm.Open(sqlite.Open(common.SQLitePath))`. The set branch opens the
    engine an operator points it at; the unset one is what the program runs on as shipped.
    Only the blocks' own lines are read (a closing brace at the `if`'s indentation ends
    each); the pattern starts at a line's `if`."""
    return _each(
        r"^([ \t]*)if[ \t]+(?:" + GETENV_CONNECTION + "|" + CONNECTION_SETTING + r")"
        r"[ \t]*(?:!=[ \t]*\"\"[ \t]*\{[ \t]*\n"
        r"(?:(?!\1\})[^\n]*\n){0,12}?\1\}[ \t]*else|==[ \t]*\"\")[ \t]*\{[ \t]*\n"
        r"(?:(?!\1\})[^\n]*\n){0,12}?[^\n]*\b(?:{names})\.Open\(",
        endings=endings,
    )


def catch_default_rules(endings: tuple[str, ...]) -> tuple[SourceRule, ...]:
    """The `catch` block of reading the database settings that sets them to an engine (`try
    { dbConfig = this.readDBConfig(); } catch (err) { … dbConfig = { type: "sqlite" };
    this.writeDBConfig(dbConfig);`): with no settings found, as at a first start, the program
    runs on that engine and records it. The pattern starts with the literal `catch`; a few
    lines of the block are read (a logging branch may come first)."""
    return _each(
        r"catch[ \t]*(?:\([^)\n]*\))?[ \t]*\{[ \t]*\n(?:[^\n]*\n){0,8}?[ \t]*(?:this\.)?"
        r"\w*(?i:db|database)\w*[ \t]*=[ \t]*\{[ \t]*\n?[ \t]*(?:type|dialect|client|driver)"
        r"[ \t]*:[ \t]*[\"'`](?:{names})[\"'`]",
        endings=endings,
    )


def defaults_table_rules(endings: tuple[str, ...]) -> tuple[SourceRule, ...]:
    """A constant table of the settings' defaults whose engine key names an engine (Ruby's
    `DEFAULTS = { cache_type: "memory", db_adapter: "sqlite3", … }`, Python's `DEFAULTS =
    {"db_engine": "sqlite", …}`): what the program runs on unless its settings file says
    otherwise. The pattern starts with the literal `DEFAULTS`; the table's closing brace ends
    the search."""
    return _each(
        r"DEFAULTS[ \t]*=[ \t]*\{[ \t]*\n(?:(?![ \t]*\})[^\n]*\n){0,30}?[ \t]*[\"':]?"
        r"(?i:(?:db|database)_?(?:adapter|engine|driver|type|dialect))[\"']?[ \t]*(?::|=>)"
        r"[ \t]*[\"'](?:{names})[\"']",
        endings=endings,
    )


def default_config_rules(endings: tuple[str, ...]) -> tuple[SourceRule, ...]:
    """A JavaScript object of the program's default settings (`const defaultConfig = { sql: {
    client: 'sqlite', … } }`, written to the user's settings file on first start) whose database
    section names an engine: what the program runs on until its user configures another, the
    engines of its other options (a Prisma schema per engine) being choices. The object is named
    for defaults, the section for the database, and the key is read within that section (no
    line closing a brace before it)."""
    return _each(
        r"^[ \t]*(?:export[ \t]+)?(?:const|let|var)[ \t]+"
        r"(?i:default_?(?:config|configuration|settings|options)|defaults)[ \t]*"
        r"(?::[^=\n]{1,100})?=[ \t]*\{[ \t]*\n(?:[^\n]*\n){0,40}?"
        r"[ \t]*[\"']?(?i:sql|db|database|datasource)[\"']?[ \t]*:[ \t]*\{[ \t]*\n"
        r"(?:(?![ \t]*\})[^\n]*\n){0,10}?"
        r"[ \t]*(?:type|dialect|client|driver)[ \t]*:[ \t]*[\"'`](?:{names})[\"'`]",
        endings=endings,
    )


def returned_url_rules(endings: tuple[str, ...]) -> tuple[SourceRule, ...]:
    """A Python function named for the database connection whose body ends by returning a
    SQLite URL (`def get_env_database_connection_str(): if url := os.getenv(…): return url`
    … `return f"sqlite:///{working_dir}/app.db"`): the connection the program opens when
    nothing is configured. Only a return at the body's own indentation counts (one inside a
    branch is a case, not the default). The pattern starts with the literal `def`, and each
    line between is read one way only."""
    return (
        rule(
            FindingKind.DATABASE,
            "SQLite",
            r"def[ \t]+\w*(?:database|db)\w*[ \t]*\([^)]*\)[^:\n]*:[ \t]*\n([ \t]+)"
            r"(?:[^\n]*\n(?:(?:\1[ \t]*[^ \t\n][^\n]*|[ \t]*)\n){0,40}?\1)?"
            r"return[ \t]+f?[\"']sqlite(?:\+\w+)?:///",
            endings=endings,
            scope=Scope.CHOSEN,
        ),
    )


def section_type_rules(names: tuple[str, ...]) -> tuple[SourceRule, ...]:
    """A shipped JSON settings file's database section and the engine it picks (`"Database":
    { "Type": "Sqlite", "ConnectionString": … }`)."""
    return _each(
        r"(?i)\"(?:database|db)\"[ \t]*:[ \t]*\{\s*"
        r"\"(?:type|provider|engine|driver|dialect)\"[ \t]*:[ \t]*\"(?:{names})\"",
        names=names,
    )


def yaml_anchor_rules(names: tuple[str, ...]) -> tuple[SourceRule, ...]:
    """A YAML settings file (Rails' `database.yml.example`) that defines one anchor per engine
    (`postgresql: &postgresql` / `adapter: postgresql`) and merges one of them, uncommented,
    into the settings the environments share (`<<: *postgresql`). An anchor named for a
    development or test environment (`test: &test` merged into `cucumber:`, Rails' stock
    layout) lends one environment's settings to another, not the engine every one shares."""
    return _each(
        r"(?is)^[\w-]+:[ \t]*&(?!(?:development|dev|test|cucumber)[ \t]*\n)([\w-]+)[ \t]*\n"
        r"(?:[ \t][^\n]*\n){0,10}?"
        r"[ \t]+adapter:[ \t]*[\"']?(?:{names})\b.*?^[ \t]+<<:[ \t]*\*\1[ \t]*$",
        names=names,
    )


HELM_VALUES = ("values.yaml", "values.yml")
"""How a Helm chart's values files end (`values.yaml`, `prod-values.yml`)."""


def deployment_values_rules() -> tuple[SourceRule, ...]:
    """A Helm values file's database section naming its engine (`database:` / `engine:
    postgres`): the engine the chart deploys the service with, production or test as the
    file's name says (`prod-values.yml`, `test-values.yml`)."""
    return _each(
        r"(?im)^(?:database|db):[ \t]*\n(?:[ \t][^\n]*\n){0,12}?"
        r"[ \t]+(?:engine|type|driver|dialect|adapter):[ \t]*[\"']?(?:{names})[\"']?[ \t]*$",
        scope=None,
        endings=HELM_VALUES,
    )


def schema_default_rules(endings: tuple[str, ...]) -> tuple[SourceRule, ...]:
    """A settings schema's database section whose engine key carries a default (`"database":
    { "backend": {"default": "sqlite3", "env": os.getenv(…)}, …`): the engine the program
    runs on when neither the environment nor a settings file names one. The section's
    closing brace ends the search."""
    return _each(
        r"(?i)[\"'](?:database|db)[\"'][ \t]*:[ \t]*\{[ \t]*\n(?:(?![ \t]*\})[^\n]*\n){0,12}?"
        r"[ \t]*[\"'](?:backend|engine|type|driver|dialect|provider)[\"'][ \t]*:[ \t]*"
        r"\{[^}\n]*[\"']default[\"'][ \t]*:[ \t]*[\"'](?:{names})[\"']",
        endings=endings,
    )


def option_default_rules(endings: tuple[str, ...]) -> tuple[SourceRule, ...]:
    """An options schema's entry for the engine setting whose default names an engine
    (`"DATABASE_ENGINE": {"type": "option", "options": ("sqlite", "postgres"), "default":
    "sqlite", …}`): the engine the program runs on unless its options file says otherwise.
    The entry's closing brace ends the search."""
    return _each(
        r"(?i)[\"']" + _ENGINE_SETTING + r"[\"'][ \t]*:[ \t]*\{[ \t]*\n"
        r"(?:(?![ \t]*\})[^\n]*\n){0,8}?[ \t]*[\"']default[\"'][ \t]*:[ \t]*[\"'](?:{names})[\"']",
        endings=endings,
    )


def unset_help_rules(endings: tuple[str, ...]) -> tuple[SourceRule, ...]:
    """A setting's help text naming the engine used when the setting is not given
    (`kingpin.Flag("pg-connection-string", "Postgres connection string (sqlite is used if not
    set)")`): the engine the program runs on unless told otherwise. The help text is one
    string literal; the engine named in it precedes the words that make it the default."""
    return _each(
        r"(?i)\"[^\"\n]*?\b(?:{names})\b(?: database)? (?:is|will be) used"
        r" (?:if|when) (?:not set|unset|empty|not (?:given|specified|provided|configured))\b",
        endings=endings,
    )


def url_function_rules(endings: tuple[str, ...], keyword: str) -> tuple[SourceRule, ...]:
    """A function (declared with `keyword`: Go's `func`, Rust's `fn`) named for the default
    database connection whose body returns a literal that starts with an engine's name and
    its separator (`func defaultDB() string { return "sqlite+./db.sqlite3" }` as a flag's
    default, `fn _default_database_url() { Secret::new("sqlite:data/db"…`, a settings type's
    `fn default_connect_url() -> Url { Url::parse("sqlite://data.db…`): the engine the
    program runs on when no connection is configured. The function's closing brace ends the
    search. The keyword starts the pattern: a literal start is searched for, not tried at
    every position."""
    return _each(
        # Not a test build's variant (`#[cfg(test)]` on the line before).
        r"(?<!#\[cfg\(test\)\]\n)"
        rf"{keyword}[ \t]+(?:\([^)\n]*\)[ \t]*)?(?i:\w*default_?(?:db|database|dsn|\w*_url)\w*)"
        r"[ \t]*"
        r"\([^\n]*\{[ \t]*\n(?:(?!\})[^\n]*\n){0,10}?[^\n]*\"(?i:{names})[:+]",
        endings=endings,
    )


def driver_function_rules(endings: tuple[str, ...]) -> tuple[SourceRule, ...]:
    """A Rust function named for the engine setting's default whose body is an engine (`fn
    default_driver() -> Driver { Driver::Sqlite3 }`, what serde's `#[serde(default =
    "Database::default_driver")]` fills an unset setting with): the engine the program runs
    on unless its configuration names another. The keyword starts the pattern: a literal start
    is searched for, not tried at every position."""
    return _each(
        r"fn[ \t]+(?i:default_?(?:(?:db|database)_?(?:type|kind|backend|provider|driver|dialect"
        r"|engine)|driver|dialect|engine))[ \t]*\([ \t]*\)[^{\n]*\{\s*(?:\w+::)*\"?"
        r"(?i:{names})\b",
        endings=endings,
    )


def set_default_rules(endings: tuple[str, ...]) -> tuple[SourceRule, ...]:
    """A configuration library's default for the engine key (viper's `viper.SetDefault(
    "DBType", "sqlite3")`, `v.SetDefault("database.driver", "postgres")`, or the key that says
    which database to use, `viper.SetDefault("USE_DB", "sqlite")`): the engine the program
    runs on when neither its settings file nor the environment names one. A bare `database`
    or `db` key is not read: its default is as often the database's name (`"postgres"`)."""
    return _each(
        r"(?i)\.SetDefault[ \t]*\([ \t]*\"(?:[\w-]+\.)*(?:(?:db|database)[._-]?"
        r"(?:type|driver|dialect|engine)|use[._-]?(?:db|database))\"[ \t]*,[ \t]*\"(?:{names})\"",
        endings=endings,
    )


_ENGINE_SETTING = r"\w*(?:db|database)_?(?:type|engine|driver|dialect|provider|backend)"
"""A variable or environment key naming the engine setting (`db_type`, `DB_DRIVER`)."""

_DOTTED_ENGINE_SETTING = r"\w*(?:db|database)[._]?(?:type|engine|driver|dialect|provider|backend)"
"""The engine setting, or a key of an env file's database section (`database.type`)."""


def php_lookup_default_rules(endings: tuple[str, ...]) -> tuple[SourceRule, ...]:
    """A PHP lookup of the engine setting with a default that names an engine (`$driver =
    strtolower(Env::get('DB_TYPE', 'sqlite'))`, `getenv`'s wrappers): the engine the program
    configures its connection with when the variable is unset. Laravel's own `env(…)` helper
    is left to the rule of its config/database.php, whose shipped default an env example
    usually overrides. ThinkPHP's `Env::get` reads its env file's sections with a dot
    (`Env::get('database.type', 'mysql')`, the `type` key of its `[database]` section)."""
    return _each(
        r"(?i)(?:\b\w+::get|\bgetenv)[ \t]*\([ \t]*[\"']" + _DOTTED_ENGINE_SETTING + r"[\"']"
        r"[ \t]*,[ \t]*[\"'](?:{names})[\"']",
        endings=endings,
    )


def settings_url_rules(endings: tuple[str, ...]) -> tuple[SourceRule, ...]:
    """A settings class's database URL field with a typed default (`SQLALCHEMY_DATABASE_URI:
    str = "sqlite:///" + …`, `database_url: str = "postgresql+asyncpg://…"`): the connection
    the program opens unless its settings file says otherwise. Typed and indented, it is a
    field of the program's settings object, not a URL some tool's option shows as an example.
    """
    return _each(
        r"(?i)^[ \t]+\w*(?:database|db)_ur[il][ \t]*:[ \t]*[\w.\[\]| \t]+=[ \t]*f?[\"']"
        r"(?:{names})(?:\+\w+)?:",
        endings=endings,
    )


def env_lookup_default_rules(endings: tuple[str, ...]) -> tuple[SourceRule, ...]:
    """A Python environment lookup of the engine setting with a default that names an engine,
    wherever it stands (`URL.create(os.getenv("DB_DRIVER", "sqlite"), …)`): the engine the
    program runs on when the variable is unset. A lookup of a database URL with a default is
    a development fallback instead (`engines.scope`): that default is one connection, this
    one is the program's choice among the engines it supports. A default written as a
    conditional expression (`"mssql" if DB_DEFAULT == "mssql" else "…postgresql"`) is not
    that engine: its first branch is taken only when its test holds (another setting naming
    it), the `else` branch when that setting is unset, as `engines.env_test_rules` reads a
    test of the variable itself."""
    return _each(
        r"(?i)os\.(?:getenv|environ\.get)[ \t]*\([ \t]*[\"']" + _ENGINE_SETTING + r"[\"']"
        r"[ \t]*,[ \t]*[\"'](?:{names})[\"'](?![ \t]+if\b)",
        endings=endings,
    )


def section_lookup_default_rules(endings: tuple[str, ...]) -> tuple[SourceRule, ...]:
    """A Python settings lookup by section and key of the engine setting with a default that
    names an engine (ConfigParser's `config.get("database", "type", fallback="sqlite")`, or a
    wrapper's `settings.get("database", "type", "sqlite")`): the engine the program runs on
    when its settings file names none. Read in the file's own scope, not as the program's
    choice: one server driver beside a SQLite fallback is the usual split of production and a
    quick start, and the settings file shipped beside it (an `env.cfg` the deployment copies)
    names the server. `py_sqlite_defaults` makes a SQLite fallback the choice where drivers of
    several servers are declared and nothing else decides."""
    return _each(
        SECTION_LOOKUP,
        scope=None,
        endings=endings,
    )


SECTION_LOOKUP = (
    r"(?i)\.get[ \t]*\([ \t]*[\"'](?:db|database)[\"'][ \t]*,[ \t]*[\"']"
    r"(?:type|engine|driver|dialect|provider|backend|adapter)[\"'][ \t]*,[ \t]*"
    r"(?:fallback[ \t]*=[ \t]*)?[\"'](?:{names})[\"']"
)
"""A settings lookup by section and key of the engine setting, with the default `{names}`."""


def unset_setting_rules(endings: tuple[str, ...]) -> tuple[SourceRule, ...]:
    """A Python test for an unset engine setting whose branch assigns an engine (`if db_type
    is None:` / `db_type = DatabaseType.SQLITE`, `if not db_engine: db_engine = "sqlite"`):
    the engine the program runs on when none is configured. Case is ignored only where
    spellings differ (`DB_TYPE`, `SQLITE`): a pattern starting with the literal `if` is
    searched for, not tried at every position (twenty times faster on a large project)."""
    setting = r"(?:self\.)?(?i:" + _ENGINE_SETTING + r")"
    return _each(
        r"if[ \t]+(?:not[ \t]+" + setting + r"|" + setting + r"[ \t]+is[ \t]+None)"
        r"[ \t]*:[ \t]*\n(?:[ \t]+[^ \t\n][^\n]*\n){0,3}?[ \t]+" + setting + r"[ \t]*=[ \t]*"
        r"(?:[\w.]*\.(?i:{names})\b|[\"'](?i:{names})[\"'])",
        endings=endings,
    )


def constructor_default_rules(endings: tuple[str, ...]) -> tuple[SourceRule, ...]:
    """A Go constructor of a configuration (`func NewConfig(…) (config *Config) {`) that sets
    its driver field to an engine before applying what it is given (`config.Driver =
    "sqlite3"`): the engine the program runs on unless configured otherwise. The function's
    closing brace ends the search."""
    return _each(
        r"(?i)^func[ \t]+(?:\([^)\n]*\)[ \t]*)?New\w*(?:Config|Configuration|Settings|Options)"
        r"[ \t]*\([^\n]*\{[ \t]*\n(?:(?!\})[^\n]*\n){0,20}?[ \t]*\w+\."
        r"(?:\w*(?:db|database)_?)?(?:driver|dialect|type|engine|provider)"
        r"[ \t]*=[ \t]*\"(?:{names})\"",
        endings=endings,
    )


def getter_default_rules(endings: tuple[str, ...]) -> tuple[SourceRule, ...]:
    """A Go getter of the engine setting (`func GetDB() string {`) whose first statement
    starts its result at an engine (`database := "sqlite"`) before the environment or the
    configuration file may override it: the engine the program runs on when neither says."""
    first = _each(
        r"(?i)^func[ \t]+(?:\([^)\n]*\)[ \t]*)?Get(?:db|database)\w*[ \t]*\([ \t]*\)[ \t]*"
        r"string[ \t]*\{[ \t]*\n[ \t]*\w+[ \t]*:=[ \t]*\"(?:{names})\"",
        endings=endings,
    )
    # Or whose switch over the setting returns an engine in its `default:` branch (`switch v
    # { case "postgres", "pg": return "postgres"; default: return "sqlite" }`): what an unset
    # or unknown setting gets. The function's closing brace ends the search.
    switch = _each(
        r"(?i)^func[ \t]+(?:\([^)\n]*\)[ \t]*)?Get(?:db|database)\w*[ \t]*\([ \t]*\)[ \t]*"
        r"string[ \t]*\{[ \t]*\n(?:(?!\})[^\n]*\n){0,20}?[ \t]*default[ \t]*:[ \t]*\n"
        r"[ \t]*return[ \t]+\"(?:{names})\"",
        endings=endings,
    )
    return first + switch


def yaml_section_rules(
    names: tuple[str, ...], scope: Scope | None = Scope.CHOSEN
) -> tuple[SourceRule, ...]:
    """A shipped YAML settings file's database section and the engine its mode or type key
    picks (`db:` … `mode: H2`, `datasource:` … `dialect: h2  #h2, mysql, pgsql`, or the key
    named for the section again: `database:` … `db_type: sqlite`), among the keys indented
    under it: the engine the program runs on unless a profile or the operator
    says otherwise. The key may be read from the environment with the engine as the
    placeholder's default (Spring's `datasource:` … `vendor: ${DATASOURCE_VENDOR:H2}`, beside
    an `h2:`, a `postgres:` and a `sqlserver:` section of each engine's URL): unset, as
    shipped, that engine runs. Read only in the base settings
    file (`names`), not a profile's. Each line between is read one way only (its first
    character past the indentation is not a blank), or a file of blank lines would be tried
    in exponentially many ways.

    A driver or dialect key counts only in a section where no mode, type or engine key names
    an engine: there it belongs to one engine's connection block (`db:` … `datastore:` …
    `engine: sqlite`, then `sql:` … `driver: postgresql`, the settings used when the operator
    switches the engine to the SQL server), and the engine key is the choice."""
    section = r"(?im)^([ \t]*)(?:db|database|datasource)[ \t]*:[ \t]*\r?\n"
    lines = r"(?:(?:\1[ \t]+[^ \t\n][^\n]*|[ \t]*\r?)\n){0,20}?"
    value = (
        r"[ \t]*:[ \t]*[\"']?(?:(?:{names})|\$\{[\w.-]+:(?:{names})\})"
        r"[\"']?[ \t]*(?:#[^\n]*)?\r?$"
    )
    key = r"\1[ \t]+(?:(?:db|database)_?)?"
    chooser = key + r"(?:mode|type|engine|provider|kind|vendor)" + value
    chosen = _each(section + lines + chooser, scope=scope, names=names)
    unchosen = r"(?!" + lines + chooser.replace("{names}", _ALL_NAMES) + ")"
    driven = _each(
        section + unchosen + lines + key + r"(?:driver|dialect)" + value,
        scope=scope,
        names=names,
    )
    return chosen + driven


EXAMPLE_SETTINGS = (
    *(f"config{sep}example.{ext}" for sep in "_.-" for ext in ("yml", "yaml")),
    "config.yml.example",
    "config.yaml.example",
)
"""How a program's example settings file is named (`config_example.yml`, `config.yml.example`):
what installs copy to the settings file it reads."""


def example_settings_rules() -> tuple[SourceRule, ...]:
    """The engine key an example settings file sets at its top level (`DB_ENGINE:
    postgresql`, uncommented among the commented alternatives): as the value an env example
    sets, the operator's documented choice, above the code's fallback when the key is unset
    (`'DB_ENGINE': 'mysql'` in the settings loader's defaults)."""
    return _each(
        r"(?im)^(?:db|database)_?(?:engine|type|driver|dialect)[ \t]*:[ \t]*[\"']?(?:{names})"
        r"[\"']?[ \t]*(?:#[^\n]*)?\r?$",
        scope=Scope.PRODUCTION,
        names=EXAMPLE_SETTINGS,
    )


SAMPLE_SETTINGS = (
    *EXAMPLE_SETTINGS,
    *(f"config{sep}sample.{ext}" for sep in "_.-" for ext in ("yml", "yaml")),
    "config.yml.sample",
    "config.yaml.sample",
)
"""Example settings files, with those named a sample (`config.sample.yaml`)."""


def sample_sqlite_file_rule() -> SourceRule:
    """An example settings file whose database section sets an SQLite file (`database:` …
    `filename: "bridge.db"`, a server's connection string commented out beside it): as an
    example's engine key, the operator's documented choice, above the drivers the program
    keeps for the other engine it can open."""
    return rule(
        FindingKind.DATABASE,
        "SQLite",
        r"(?im)^([ \t]*)(?:db|database|datasource)[ \t]*:[ \t]*\r?\n"
        r"(?:(?:\1[ \t]+[^ \t\n][^\n]*|[ \t]*\r?)\n){0,20}?"
        r"\1[ \t]+(?:filename|file|path|sqlite)[ \t]*:[ \t]*[\"']?[^\s\"'#]+\.(?:db|sqlite3?)"
        r"[\"']?[ \t]*(?:#[^\n]*)?\r?$",
        scope=Scope.PRODUCTION,
        names=SAMPLE_SETTINGS,
    )


def properties_type_rules(names: tuple[str, ...]) -> tuple[SourceRule, ...]:
    """The engine key of a shipped properties file the program reads its database settings
    from (`database.type=H2` in the `database.conf` it copies to its home on first start, the
    other engines commented out beside it): the engine it runs on unless the operator edits
    the copy. Only files named for the database settings (`names`) are read, not a profile's."""
    return _each(
        r"(?im)^[ \t]*(?:db|database)[._](?:type|engine|kind|dialect|vendor)[ \t]*[=:][ \t]*"
        r"[\"']?(?:{names})[\"']?[ \t]*\r?$",
        names=names,
    )
