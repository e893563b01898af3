"""Perl, an ecosystem the three-hundred-and-forty-fourth held-out set brought
(benchmarks/detect_heldout344.yaml), as small fixtures of the real files' shapes (#19): a
Mojolicious application whose cpanfile Carton resolves in `cpanfile.snapshot`, its class deep
in `lib/` and started by an extensionless `script/` command; a Mojolicious::Lite front in a
script whose Makefile.PL lists `PREREQ_PM`; a Catalyst application (Module::Install, an
`app.psgi`, DBIx::Class, a `.conf` data source); Dancer started from `bin/app.pl`; a bare PSGI
application on Plack beside a Mojolicious requirement; a Dist::Zilla `dist.ini`. And the
distributions with the same manifests that serve nothing: a Mojolicious plug-in, a command-line
tool on DBI, a library whose POD shows a Lite application, CGI scripts."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.detect.lock_readers import READERS
from designer.detect.walker import walk
from designer.model.stack import FindingKind

_CPANFILE = """requires 'inc::Module::Install';
requires 'Mojolicious', '>= 8.05';
requires 'Mojolicious::Plugin::I18N';
requires 'Mojo::SQLite', '>= 3.000';

on 'test' => sub {
    requires 'Test::More';
    requires 'Devel::Cover';
};

feature 'postgresql', 'PostgreSQL support' => sub {
    requires 'Mojo::Pg';
};
"""

_SNAPSHOT = """# carton snapshot format: version 1.0
DISTRIBUTIONS
  Mojo-SQLite-3.009
    pathname: D/DB/DBOOK/Mojo-SQLite-3.009.tar.gz
    provides:
      Mojo::SQLite 3.009
      Mojo::SQLite::Database 3.009
    requirements:
      DBD::SQLite 1.68
      Mojolicious 8.03
  Mojolicious-9.35
    pathname: S/SR/SRI/Mojolicious-9.35.tar.gz
    provides:
      Mojo undef
      Mojolicious 9.35
    requirements:
      ExtUtils::MakeMaker 0
"""

_APP_CLASS = """package Shares;
use Mojo::Base 'Mojolicious';
use Mojo::SQLite;

sub startup {
    my $self = shift;
    my $r = $self->routes;
    $r->get('/files/:id')->to('files#get');
}

1;
"""

_HELPERS = """package Shares::Plugin::Helpers;
use Mojo::Base 'Mojolicious::Plugin';

sub register {
    my ($self, $app) = @_;
    $app->helper(db => sub { state $sqlite = Mojo::SQLite->new('sqlite:shares.db') });
}

1;
"""

_START = """#!/usr/bin/env perl
use strict;
use warnings;
use lib 'lib';
require Mojolicious::Commands;
Mojolicious::Commands->start_app('Shares');
"""

_TEST = "use Mojo::Base -strict;\nuse Test::More;\nuse Test::Mojo;\n\ndone_testing();\n"


def _mojolicious() -> dict[str, str]:
    files = {
        "cpanfile": _CPANFILE,
        "cpanfile.snapshot": _SNAPSHOT,
        "script/shares": _START,
        "lib/Shares.pm": _APP_CLASS,
        "lib/Shares/Plugin/Helpers.pm": _HELPERS,
        "t/test.t": _TEST,
    }
    # Enough shallower modules to spend the walk's quota before the application's.
    files |= {f"lib/Shares/A{n:02}.pm": f"package Shares::A{n:02};\n1;\n" for n in range(30)}
    files["lib/Shares/Web/App.pm"] = _APP_CLASS.replace("package Shares;", "package Shares::Web;")
    return files


def test_mojolicious_application_with_carton_snapshot(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _mojolicious()))
    assert sorted(found) == ["."]
    backend = found["."]
    assert backend.language == "Perl"
    assert not backend.ambiguous
    assert first(backend, FindingKind.FRAMEWORK) == ("Mojolicious", "9.35")
    assert first(backend, FindingKind.QUERY)[0] == "Mojo::SQLite"
    assert first(backend, FindingKind.DATABASE)[0] == "SQLite"
    assert first(backend, FindingKind.TEST)[0] == "Test::More"


def test_application_class_deep_in_lib_is_read(tmp_path: Path) -> None:
    """The class the script starts lies past the walk's quota of shallow modules: it is
    looked for among the distribution's modules, as the extensionless script is read."""
    files = _mojolicious()
    del files["lib/Shares.pm"]
    backend = by_folder(write(tmp_path, files))["."]
    paths = {e.path for f in backend.findings for e in f.evidence}
    assert "lib/Shares/Web/App.pm" in paths
    assert "script/shares" in paths


def test_carton_snapshot_reads_what_is_provided_not_required() -> None:
    read = {key: entry[1] for _, key, entry in READERS["cpanfile.snapshot"](_SNAPSHOT.splitlines())}
    assert read["mojolicious"] == "9.35"
    assert read["mojo::sqlite"] == "3.009"
    assert "dbd::sqlite" not in read  # a requirement of Mojo::SQLite, not a resolution
    assert "mojo" not in read  # `undef`


_MAKEFILE = """use ExtUtils::MakeMaker;
WriteMakefile(
  NAME => 'Front',
  PREREQ_PM => {
          'Mojolicious' => '7.01'
     ,'DBIx::Connector' => 0
    ,'DBD::mysql'      => 0
  },
  BUILD_REQUIRES => {
    'Test::Perl::Critic' => 0
  },
);
"""

_LITE = """#!/usr/bin/perl
use warnings;
use strict;
use Mojolicious::Lite;
use DBIx::Connector;

get '/' => sub { my $c = shift; $c->render(text => 'ok') };

app->start;
"""


def test_mojolicious_lite_script_with_makemaker_prerequisites(tmp_path: Path) -> None:
    files = {
        "Makefile.PL": _MAKEFILE,
        "script/front": _LITE,
        "lib/Front.pm": "package Front;\nuse DBIx::Connector;\n1;\n",
        "t/front.t": "use Test::More;\nok(1);\ndone_testing();\n",
    }
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, FindingKind.FRAMEWORK) == ("Mojolicious", "7.01")
    assert first(backend, FindingKind.QUERY)[0] == "DBI"
    assert first(backend, FindingKind.DATABASE)[0] == "MySQL"
    assert first(backend, FindingKind.TEST)[0] == "Test::More"


_INSTALL = """use inc::Module::Install;
name 'Wiki';
requires(
    'Plack'      => 0.9974,
    'Catalyst'                     => '5.90015',
    'Catalyst::Model::DBIC::Schema'                => '0.01',
    'DBD::SQLite'                                  => '1.27',
    'DBIx::Class'                                  => '0.08',
);
test_requires 'Test::More' => '0.88';
catalyst;
WriteAll;
"""

_CATALYST = """package Wiki;
use strict;
use Catalyst qw/ConfigLoader Static::Simple/;

__PACKAGE__->config(name => 'Wiki');
__PACKAGE__->setup;

1;
"""


def test_catalyst_application_with_module_install(tmp_path: Path) -> None:
    files = {
        "Makefile.PL": _INSTALL,
        "app.psgi": "use strict;\nuse lib 'lib';\nuse Wiki;\n\nmy $app = Wiki->psgi_app(@_);\n",
        "lib/Wiki.pm": _CATALYST,
        "wiki.conf": "<Model::DBIC>\n    connect_info dbi:SQLite:wiki.db\n</Model::DBIC>\n",
        "t/01app.t": "use Test::More;\nuse Catalyst::Test 'Wiki';\ndone_testing();\n",
    }
    backend = by_folder(write(tmp_path, files))["."]
    assert not backend.ambiguous
    assert first(backend, FindingKind.FRAMEWORK) == ("Catalyst", "5.90015")
    assert first(backend, FindingKind.ORM)[0] == "DBIx::Class"
    assert first(backend, FindingKind.DATABASE)[0] == "SQLite"
    assert first(backend, FindingKind.TEST)[0] == "Test::More"


def test_dancer_started_from_bin_app(tmp_path: Path) -> None:
    files = {
        "cpanfile": "requires 'Dancer';\nrequires 'Plack';\nrequires 'Catmandu', '>=1.2002';\n"
        "requires 'DBD::mysql';\non 'test' => sub {\n    requires 'Test::More';\n};\n",
        "bin/app.pl": "use Plack::Builder;\nuse Dancer;\nuse Repo::App;\n\n"
        "my $app = sub { Dancer->dance(Dancer::Request->new(env => $_[0])) };\n",
        "lib/Repo/App.pm": "package Repo::App;\nuse Catmandu;\nuse Dancer ':syntax';\n1;\n",
        "t/app.t": "use Test::More;\ndone_testing();\n",
    }
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, FindingKind.FRAMEWORK) == ("Dancer", "")
    assert first(backend, FindingKind.ORM)[0] == "Catmandu"


def test_bare_psgi_application_on_plack(tmp_path: Path) -> None:
    """A PSGI file answering requests itself under Plack::Builder: Plack, not the
    Mojolicious the distribution requires for a JSON helper."""
    files = {
        "Makefile.PL": "use inc::Module::Install;\nrequires\n  'DBI' => 1.635,\n"
        "  'Mojolicious' => 7.28,\n  'Plack::Builder' => 0,\n  'Starman' => 0;\n"
        "test_requires 'DBD::SQLite' => 1.66;\nWriteAll;\n",
        "script/rpcapi.psgi": "use strict;\nuse Plack::Builder;\nuse Plack::Response;\n\n"
        "my $app = sub {\n    my $req = Plack::Request->new(shift);\n"
        "    return Plack::Response->new(200)->finalize;\n};\n\nbuilder {\n    $app;\n};\n",
        "lib/Rpc/DB.pm": "package Rpc::DB;\nuse DBI qw(:utils);\n1;\n",
        # One module per engine the settings may choose: a data source built from variables.
        "lib/Rpc/DB/MySQL.pm": "package Rpc::DB::MySQL;\nuse DBI;\n"
        'my $dsn = "DBI:mysql:database=$database;host=$host";\n1;\n',
        "t/db.t": "use Test::More;\ndone_testing();\n",
    }
    backend = by_folder(write(tmp_path, files))["."]
    assert not backend.ambiguous
    assert first(backend, FindingKind.FRAMEWORK) == ("Plack", "")
    assert first(backend, FindingKind.QUERY) == ("DBI", "1.635")
    assert first(backend, FindingKind.DATABASE)[0] != "MySQL"


def test_dist_ini_prerequisites_without_recommendations(tmp_path: Path) -> None:
    files = {
        "dist.ini": "name = Reports-API\n\n[Prereqs]\nperl = 5.024\nMojolicious = 7.40 ; logs\n"
        "DBIx::Class = 0\n\n[Prereqs / Recommends]\nDBD::SQLite = 0\n\n"
        "[Prereqs / TestRequires]\nTest::More = 1.001005\n",
        "lib/Reports/API.pm": "package Reports::API;\nuse Mojo::Base 'Mojolicious';\n1;\n",
        "t/api.t": "use Test::More;\ndone_testing();\n",
    }
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, FindingKind.FRAMEWORK) == ("Mojolicious", "7.40")
    assert first(backend, FindingKind.DATABASE) == ("", "")


def test_redis_kept_directly_is_the_engine(tmp_path: Path) -> None:
    files = {
        "cpanfile": "requires 'Mojolicious', 9.39;\nrequires 'Redis', 1.995;\n",
        "lib/Reader.pm": "package Reader;\nuse Mojo::Base 'Mojolicious';\n1;\n",
        "lib/Reader/Model.pm": "package Reader::Model;\nuse Redis;\n\n"
        "sub save { my $redis = Redis->new(server => '127.0.0.1:6379'); $redis->hset(@_) }\n1;\n",
    }
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, FindingKind.DATABASE)[0] == "Redis"


def test_mojolicious_plugin_distribution_is_no_backend(tmp_path: Path) -> None:
    """Counter-case: a CPAN plug-in requiring Mojolicious, its tests starting Lite apps."""
    files = {
        "cpanfile": "requires 'Mojolicious', '9.0';\non 'test' => sub {\n"
        "    requires 'Test::More';\n};\n",
        "lib/Mojolicious/Plugin/Stamp.pm": "package Mojolicious::Plugin::Stamp;\n"
        "use Mojo::Base 'Mojolicious::Plugin';\n\nsub register { }\n\n1;\n",
        "t/basic.t": "use Mojolicious::Lite;\nuse Test::More;\nuse Test::Mojo;\n\n"
        "plugin 'Stamp';\nget '/' => {text => 'ok'};\napp->start;\n",
        "t/lib/TestApp.pm": "package TestApp;\nuse Mojo::Base 'Mojolicious';\n1;\n",
        "eg/app.pl": "use Mojolicious::Lite;\nget '/' => {text => 'hi'};\napp->start;\n",
    }
    assert by_folder(write(tmp_path, files)) == {}


def test_command_line_tool_on_dbi_is_no_backend(tmp_path: Path) -> None:
    """Counter-case: a distribution of scripts over DBI, requiring a Mojo client module."""
    files = {
        "Makefile.PL": "use ExtUtils::MakeMaker;\nWriteMakefile(\n  NAME => 'App::Dump',\n"
        "  PREREQ_PM => {\n    'DBI' => 0,\n    'DBD::Pg' => 0,\n"
        "    'Mojo::UserAgent' => 0,\n  },\n);\n",
        "bin/dump-db": "#!/usr/bin/perl\nuse strict;\nuse DBI;\n"
        "my $dbh = DBI->connect('dbi:Pg:dbname=app');\n",
        "lib/App/Dump.pm": "package App::Dump;\nuse DBI;\n1;\n",
    }
    assert by_folder(write(tmp_path, files)) == {}


def test_pod_example_of_a_lite_application_starts_nothing(tmp_path: Path) -> None:
    """Counter-case: a library's documentation shows a Lite application, indented as POD's
    verbatim paragraphs are."""
    files = {
        "cpanfile": "requires 'Mojolicious';\n",
        "lib/Mojo/Thing.pm": "package Mojo::Thing;\nuse Mojo::Base -base;\n1;\n\n"
        "=head1 SYNOPSIS\n\n"
        "  use Mojolicious::Lite;\n  get '/' => {text => 'x'};\n  app->start;\n\n=cut\n",
    }
    assert by_folder(write(tmp_path, files)) == {}


def test_cgi_scripts_with_a_build_pl_are_no_backend(tmp_path: Path) -> None:
    """Counter-case: CGI scripts over CGI.pm and DBI, no web framework."""
    files = {
        "Build.PL": "use Module::Build;\nModule::Build->new(\n  module_name => 'Tracker',\n"
        "  requires => {\n    'DBI' => '1.614',\n    'CGI' => '4.09',\n  },\n"
        ")->create_build_script;\n",
        "index.cgi": "#!/usr/bin/perl\nuse CGI;\nprint CGI->new->header;\n",
        "lib/Tracker/DB.pm": "package Tracker::DB;\nuse DBI;\n1;\n",
    }
    assert by_folder(write(tmp_path, files)) == {}


def test_perl_files_are_sources_and_psgi_files_entries(tmp_path: Path) -> None:
    files = {"cpanfile": "requires 'Plack';\n", "deep/x/app.psgi": "1;\n", "t/a.t": "1;\n"}
    read = {s.path: s for sources in walk(write(tmp_path, files)).sources.values() for s in sources}
    assert read["deep/x/app.psgi"].is_entry
    assert read["t/a.t"].is_test
