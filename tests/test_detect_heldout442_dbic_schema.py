"""A gap the 442nd held-out set showed (/tmp/s57/sets/detect_heldout442.yaml), as a small
fixture of the real files' shape (#19): a Catalyst application whose manifest requires only
DBIx::Class's components (`DBIx::Class::TimeStamp`, `DBIx::Class::Schema::Loader`), never
DBIx::Class itself, and whose code never calls `->connect` (the Catalyst model is connected by
its settings). Its data layer is its own schema class (`extends 'DBIx::Class::Schema'`) and the
model over it (`use base 'Catalyst::Model::DBIC::Schema'`), found where the walk reads them and
where its quota of shallower modules leaves them out. The same lines in POD, or components with
no schema, claim nothing."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind

_CPANFILE = """requires 'Catalyst::Runtime';
requires 'Catalyst::Plugin::ConfigLoader';
requires 'Catalyst::Plugin::Session::Store::DBIC';
requires 'DBD::mysql';
requires 'DBIx::Class::Cursor::Cached';
requires 'DBIx::Class::Schema::Loader';
requires 'DBIx::Class::TimeStamp';
requires 'Moose';
requires 'Plack';
on 'test' => sub {
    requires 'Test::More', '0.88';
};
"""

_APP = """package Kiosk;
use Moose;
use namespace::autoclean;
use Catalyst::Runtime 5.80;
use Catalyst qw/ConfigLoader/;

extends 'Catalyst';

__PACKAGE__->config(name => 'Kiosk');
__PACKAGE__->setup();

1;
"""

_MODEL = """package Kiosk::Model::DB;

use strict;
use base 'Catalyst::Model::DBIC::Schema';

__PACKAGE__->config(
    schema_class => 'Kiosk::Schema::DB',
    connect_info => { cursor_class => q{DBIx::Class::Cursor::Cached} },
);

1;
"""

_SCHEMA = """use utf8;
package Kiosk::Schema::DB;

# Created by DBIx::Class::Schema::Loader

use Moose;
use MooseX::MarkAsMethods autoclean => 1;
extends 'DBIx::Class::Schema';

__PACKAGE__->load_namespaces;

1;
"""

_POD_ONLY = """package Kiosk::Helper;

use strict;

=head1 SYNOPSIS

A schema for the kiosk is written like:

    package Kiosk::Schema;
    use base 'DBIx::Class::Schema';
    extends 'DBIx::Class::Schema';

=cut

sub helper { return 1 }

1;
"""


def _tree(**extra: str) -> dict[str, str]:
    # Modules that fill the walk's quota, so a schema class beside them named like no data
    # module is found only by looking through the distribution's modules.
    fillers = {f"lib/Kiosk/Page{n:02}.pm": f"package Kiosk::Page{n:02};\n1;\n" for n in range(30)}
    return {
        "cpanfile": _CPANFILE,
        "kiosk.psgi": "use strict;\nuse lib 'lib';\nuse Kiosk;\n\nmy $app = Kiosk->psgi_app;\n",
        "kiosk.conf": "name Kiosk\n",
        "lib/Kiosk.pm": _APP,
        "t/01app.t": "use Test::More;\nuse Catalyst::Test 'Kiosk';\ndone_testing();\n",
        **fillers,
        **extra,
    }


def test_the_schema_class_and_its_catalyst_model_are_dbix_class(tmp_path: Path) -> None:
    files = _tree(**{"lib/Kiosk/Model/DB.pm": _MODEL, "lib/Kiosk/Schema/DB.pm": _SCHEMA})
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, FindingKind.FRAMEWORK)[0] == "Catalyst"
    assert first(backend, FindingKind.ORM)[0] == "DBIx::Class"
    assert first(backend, FindingKind.DATABASE)[0] == "MySQL"


def test_a_plain_schema_class_with_use_base_qw_is_dbix_class(tmp_path: Path) -> None:
    schema = "package Kiosk::Store;\nuse strict;\nuse base qw/DBIx::Class::Schema/;\n1;\n"
    backend = by_folder(write(tmp_path, _tree(**{"lib/Kiosk/Store.pm": schema})))["."]
    assert first(backend, FindingKind.ORM)[0] == "DBIx::Class"


def test_components_and_pod_examples_claim_no_data_layer(tmp_path: Path) -> None:
    files = _tree(**{"lib/Kiosk/Helper.pm": _POD_ONLY})
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, FindingKind.FRAMEWORK)[0] == "Catalyst"
    assert first(backend, FindingKind.ORM) == ("", "")
