"""Gaps the 455th held-out set showed (benchmarks/detect_heldout455.yaml), as small fixtures of
the real files' shape (#19): a Dancer 1 application started by an extensionless `bin/` script
that mounts what `dance` returns under Plack::Builder; and a Catalyst application whose
Module::Build `Build.PL` requires nothing (a Debian package lists what it runs on), so the
framework its code starts is not left unconfirmed."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind

_DANCER_BUILD = (
    "use Module::Build;\n\nModule::Build->new(\n  module_name => 'App::Inventory',\n"
    "  requires => {\n    'DBD::Pg' => '0',\n    'DBIx::Class' => '0.082841',\n"
    "    'Dancer' => '1.3132',\n    'Dancer::Plugin::DBIC' => '0.2001',\n"
    "    'Plack' => '1.0023',\n  },\n  test_requires => {\n"
    "    'Test::More' => '1.302083',\n  },\n)->create_build_script;\n"
)

_DANCER_APP = (
    "package App::Inventory::Web;\n\nuse Dancer ':syntax';\nuse Dancer::Plugin::DBIC;\n\n"
    "get '/' => sub { template 'index' };\n\ntrue;\n"
)


def _dancer_script(start: str) -> str:
    return (
        "#!/usr/bin/env perl\n\nuse strict;\nuse warnings;\n\nuse Dancer;\n"
        "use App::Inventory::Web;\nuse Plack::Builder;\n\n"
        f"my $path = (setting('path') || '/');\n{start}\n"
    )


def _dancer_tree(start: str) -> dict[str, str]:
    return {
        "Build.PL": _DANCER_BUILD,
        "lib/App/Inventory/Web.pm": _DANCER_APP,
        "bin/inventory-web": _dancer_script(start),
        "xt/10-web.t": "use strict;\nuse Test::More;\n\nok(1);\ndone_testing;\n",
    }


def test_a_script_mounting_what_dance_returns_starts_dancer(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _dancer_tree("builder { mount $path => dance };")))
    backend = found["."]
    assert not backend.ambiguous
    assert first(backend, FindingKind.FRAMEWORK) == ("Dancer", "1.3132")


def test_dance_in_a_comment_starts_nothing(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _dancer_tree("# builder { mount $path => dance };")))
    assert "." not in found or first(found["."], FindingKind.FRAMEWORK)[0] != "Dancer"


_CATALYST_BUILD_EMPTY = (
    "use warnings;\nuse strict;\n\nuse Module::Build;\n\nmy $builder = Module::Build->new(\n"
    "    module_name       => 'Acme::Panel',\n    license           => 'perl',\n"
    "    dist_version_from => 'lib/Acme/Panel.pm',\n);\n$builder->create_build_script;\n"
)

_CATALYST_BUILD_FULL = (
    "use Module::Build;\n\nModule::Build->new(\n  module_name => 'Acme::Panel',\n"
    "  requires => {\n    'Moose' => '2.0',\n  },\n)->create_build_script;\n"
)

_CATALYST_APP = (
    "package Acme::Panel;\nuse Moose;\nuse Catalyst::Runtime 5.80;\n\nuse Catalyst qw/\n"
    "    ConfigLoader\n    Static::Simple\n/;\n\nextends 'Catalyst';\n\n"
    "__PACKAGE__->config(name => 'Acme::Panel');\n__PACKAGE__->setup();\n\n1;\n"
)

_CATALYST_MODEL = (
    "package Acme::Panel::Model::DB;\nuse base 'Catalyst::Model::DBIC::Schema';\n\n"
    "my $schema = Acme::Schema->connect();\n\n1;\n"
)


def _catalyst_tree(build: str) -> dict[str, str]:
    return {
        "Build.PL": build,
        "lib/Acme/Panel.pm": _CATALYST_APP,
        "lib/Acme/Panel/Model/DB.pm": _CATALYST_MODEL,
        "acme_panel.psgi": "use strict;\nuse Acme::Panel;\n\nmy $app = Acme::Panel->psgi_app;\n",
        "t/api.t": "use strict;\nuse Test::More;\n\nok(1);\ndone_testing;\n",
    }


def test_a_build_pl_requiring_nothing_leaves_the_code_framework_confirmed(
    tmp_path: Path,
) -> None:
    backend = by_folder(write(tmp_path, _catalyst_tree(_CATALYST_BUILD_EMPTY)))["."]
    assert not backend.ambiguous
    assert first(backend, FindingKind.FRAMEWORK)[0] == "Catalyst"


def test_a_build_pl_requiring_other_modules_leaves_it_unconfirmed(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _catalyst_tree(_CATALYST_BUILD_FULL)))["."]
    assert backend.ambiguous
