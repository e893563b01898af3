"""Perl, second round of the three-hundred-and-forty-fourth held-out set
(benchmarks/detect_heldout344.yaml), as small fixtures of the real files' shapes (#19): a
module's POD showing a sample configuration, a job queue's backend naming the engine, the
program's own default engine among several (a defaults hash, a lookup's fallback, an `.ini`
database section, a Catalyst model's server port), a test configuration named
`postgresql.conf` that is no server's, and a cpanfile kept among the build tools below the
application."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.detect import perl_pod
from designer.model.stack import FindingKind

_START = """#!/usr/bin/env perl
use strict;
use lib 'lib';
require Mojolicious::Commands;
Mojolicious::Commands->start_app('Api');
"""

_TEST = "use Test::More;\nok(1);\ndone_testing();\n"

_POD_APP = """package Api;
use Mojo::Base 'Mojolicious';

=head1 CONFIG

The configuration file is a Perl script holding a hash reference, like:

    # api.conf
    {
        db => 'dbi:SQLite:api.db',
    }

=cut

sub startup {
    my ($app) = @_;
    my $dsn = $app->config->{db}; # 'dbi:SQLite:local.db' for a local run
    $app->routes->get('/v1')->to('root#get');
}

1;
__END__

    my $db = 'dbi:Pg:dbname=sample';
"""


def _api(cpanfile: str) -> dict[str, str]:
    return {
        "cpanfile": cpanfile,
        "bin/api": _START,
        "lib/Api.pm": _POD_APP,
        "t/api.t": _TEST,
    }


def test_pod_and_comments_are_blanked_with_offsets_kept() -> None:
    blanked = perl_pod.blank(_POD_APP)
    assert len(blanked) == len(_POD_APP)
    assert blanked.count("\n") == _POD_APP.count("\n")
    assert "dbi:" not in blanked
    assert "use Mojo::Base 'Mojolicious';" in blanked
    assert "my $dsn = $app->config->{db};" in blanked
    # `$#list`, a `#` inside quotes and a regular expression's delimiters are code.
    code = "my $n = $#list;\nmy $c = '#fff';\n$x =~ s#a#b#;\n"
    assert perl_pod.blank(code) == code


def test_pod_sample_configuration_names_no_engine(tmp_path: Path) -> None:
    cpanfile = "requires 'Mojolicious', '7.40';\nrequires 'DBIx::Class';\n"
    backend = by_folder(write(tmp_path, _api(cpanfile)))["."]
    assert first(backend, FindingKind.FRAMEWORK) == ("Mojolicious", "7.40")
    assert first(backend, FindingKind.DATABASE) == ("", "")


def test_job_queue_backend_names_the_engine(tmp_path: Path) -> None:
    cpanfile = (
        "requires 'Mojolicious', '7.40';\nrequires 'Minion::Backend::mysql', '1';\n"
        "recommends 'DBD::SQLite', '0';\n"
    )
    backend = by_folder(write(tmp_path, _api(cpanfile)))["."]
    assert first(backend, FindingKind.DATABASE)[0] == "MySQL"


_FEATURES = """requires 'Mojolicious', '>= 8.05';
feature 'postgresql', 'PostgreSQL support' => sub {
    requires 'Mojo::Pg';
};
feature 'sqlite', 'SQLite support' => sub {
    requires 'Mojo::SQLite', '>= 3.000';
};
feature 'mysql', 'MySQL support' => sub {
    requires 'Mojo::mysql';
};
"""

_DEFAULTS = """package Share::DefaultConfig;
use Mojo::Base 'Exporter';

our @EXPORT_OK = qw($default_config);
our $default_config = {
    theme                    => 'default',
    dbtype                   => 'sqlite',
    db_path                  => 'share.db',
};

1;
"""

_HELPERS = """package Share::Plugin::Helpers;
use Mojo::Base 'Mojolicious::Plugin';

sub register {
    my ($self, $app) = @_;
    if ($app->config('dbtype') eq 'postgresql') {
        require Mojo::Pg;
        $app->helper(dbi => sub { state $pg = Mojo::Pg->new($app->config('pgdb')) });
    } elsif ($app->config('dbtype') eq 'sqlite') {
        require Mojo::SQLite;
        $app->helper(dbi => sub { state $s = Mojo::SQLite->new('sqlite:' . $app->config('db')) });
    }
}

1;
"""

_TEST_CONF = """# vim:set sw=4 ts=4 sts=4 ft=perl expandtab:
{
    dbtype => 'postgresql',
    pgdb   => { database => 'share', host => 'localhost' },
};
"""


def test_defaults_hash_names_the_engine_not_a_test_conf(tmp_path: Path) -> None:
    files = {
        "cpanfile": _FEATURES,
        "script/share": _START.replace("'Api'", "'Share'"),
        "lib/Share.pm": "package Share;\nuse Mojo::Base 'Mojolicious';\nsub startup {}\n1;\n",
        "lib/Share/DefaultConfig.pm": _DEFAULTS,
        "lib/Share/Plugin/Helpers.pm": _HELPERS,
        "t/postgresql.conf": _TEST_CONF,
        "t/test.t": _TEST,
    }
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, FindingKind.DATABASE)[0] == "SQLite"


def test_postgresql_server_configuration_still_names_postgresql(tmp_path: Path) -> None:
    """The shipped server configuration keeps naming PostgreSQL where nothing else does."""
    from designer.detect.pg_configs import _reads_as_server

    server = tmp_path / "postgresql.conf"
    server.write_text("# settings\nmax_connections = 100\nshared_buffers = 128MB\n")
    hba = tmp_path / "pg_hba.conf"
    hba.write_text("# TYPE DATABASE USER ADDRESS METHOD\nlocal all all trust\n")
    perl = tmp_path / "test.conf"
    perl.write_text(_TEST_CONF)
    assert _reads_as_server(str(server))
    assert _reads_as_server(str(hba))
    assert not _reads_as_server(str(perl))


_MAKEFILE = """use ExtUtils::MakeMaker;
WriteMakefile(
  NAME => 'Broker',
  PREREQ_PM => {
          'Mojolicious' => '7.01'
     ,'DBIx::Connector' => 0
    ,'DBD::SQLite'      => 0
  },
);
"""

_BROKER = """package Broker;
use DBIx::Connector;

sub _connect_dbh {
    my $driver= ($CONFIG->{db}->{driver} or 'mysql');;
    my $db = ( $CONFIG->{db}->{db} or 'broker' );
    return DBIx::Connector->new("DBI:$driver:$db");
}

1;
"""

_LITE = """#!/usr/bin/perl
use strict;
use Mojolicious::Lite;
use Broker;

get '/' => sub { shift->render(text => 'ok') };

app->start;
"""


def test_lookup_fallback_outranks_a_declared_driver(tmp_path: Path) -> None:
    files = {
        "Makefile.PL": _MAKEFILE,
        "script/front": _LITE,
        "lib/Broker.pm": _BROKER,
        "t/broker.t": _TEST,
    }
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, FindingKind.DATABASE)[0] == "MySQL"


_PLACK = """use strict;
use Plack::Builder;
use Router::Simple::Declare;

my $router = router { connect '/' => { method => 'ping' } };
builder {
    sub { my $req = Plack::Request->new(shift); [200, [], ['ok']] };
};
"""

_INI = """[DB]
engine            = {engine}

[MYSQL]
host              = localhost
"""


def test_ini_database_section_names_the_engine(tmp_path: Path) -> None:
    files = {
        "Makefile.PL": _MAKEFILE.replace("'Mojolicious' => '7.01'", "'Plack::Builder' => 0")
        .replace("'DBD::SQLite'      => 0", "'DBD::mysql' => 0"),
        "script/rpcapi.psgi": _PLACK,
        "lib/Broker.pm": "package Broker;\nuse DBI;\n1;\n",
        "share/backend_config.ini": _INI.format(engine="SQLite"),
        "share/backend_config.ci_mysql.ini": _INI.format(engine="MySQL"),
        "t/broker.t": _TEST,
    }
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, FindingKind.FRAMEWORK)[0] == "Plack"
    assert first(backend, FindingKind.DATABASE)[0] == "SQLite"


_CATALYST = """package Rest;
use strict;
use Catalyst qw/ConfigLoader/;

__PACKAGE__->config(name => 'Rest');
__PACKAGE__->setup;

1;
"""

_CONF = """name = Rest

<Model::Registry>
  host = db.example.org
  port = 3306
  user = anonymous
</Model::Registry>
"""


def test_catalyst_model_port_names_the_engine(tmp_path: Path) -> None:
    files = {
        "cpanfile": "requires 'Catalyst';\nrequires 'DBI';\nrequires 'DBD::SQLite';\n",
        "rest.psgi": "use strict;\nuse Rest;\nmy $app = Rest->psgi_app;\n",
        "lib/Rest.pm": _CATALYST,
        "rest.conf.default": _CONF,
        "t/rest.t": _TEST,
    }
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, FindingKind.FRAMEWORK)[0] == "Catalyst"
    assert first(backend, FindingKind.DATABASE)[0] == "MySQL"


def test_cpanfile_among_build_tools_is_the_application_above(tmp_path: Path) -> None:
    files = {
        "tools/cpanfile": "requires 'Mojolicious', 9.39;\nrequires 'Redis', 1.995;\n",
        "tools/install.pl": "#!/usr/bin/env perl\nuse strict;\nsystem('cpanm --installdeps .');\n",
        "script/reader": _START.replace("'Api'", "'Reader'"),
        "lib/Reader.pm": "package Reader;\nuse Mojo::Base 'Mojolicious';\nuse Redis;\n1;\n",
        "tests/reader.t": _TEST,
    }
    found = by_folder(write(tmp_path, files))
    assert sorted(found) == ["."]
    assert first(found["."], FindingKind.FRAMEWORK) == ("Mojolicious", "9.39")


def test_tools_with_modules_of_their_own_stay_apart(tmp_path: Path) -> None:
    """A folder with its own `lib/` is a distribution of its own, not the build tools."""
    from designer.detect.perl_aside import homes
    from designer.detect.walker import walk

    files = {
        "tools/cpanfile": "requires 'Mojolicious', 9.39;\n",
        "tools/lib/Tool.pm": "package Tool;\n1;\n",
        "lib/Reader.pm": "package Reader;\n1;\n",
    }
    root = write(tmp_path, files)
    assert homes(str(root), walk(str(root))) == {}
