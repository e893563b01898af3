"""Ruby: Hanami 2's hanami-db gem lends the app ROM (set 211, #19).

A Hanami 2 app's Gemfile names `hanami-db` and never `rom` nor `rom-sql`: the gem requires both
and sets up the app's relations and repositories (`app/relations`, `app/repos`), so the app's
data layer is ROM, at the version Gemfile.lock resolves for `rom`. A Hanami app without the gem
keeps whatever data layer it names itself (here Sequel alone)."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_GEMFILE = (
    'source "https://rubygems.org"\n\ngem "hanami", "~> 2.3.0"\ngem "hanami-router", "~> 2.3.0"\n'
    'gem "hanami-db", "~> 2.3.0"\ngem "pg"\ngem "puma"\n'
)

_LOCK = (
    "GEM\n  remote: https://rubygems.org/\n  specs:\n"
    "    hanami (2.3.2)\n    hanami-db (2.3.0)\n      rom (~> 5.4, >= 5.4.1)\n"
    "      rom-sql (~> 3.7)\n      sequel (>= 5)\n    hanami-router (2.3.1)\n    pg (1.6.3)\n"
    "    puma (8.0.2)\n    rom (5.4.3)\n    rom-sql (3.7.0)\n      rom (~> 5.4)\n"
    "    sequel (5.106.0)\n\nPLATFORMS\n  ruby\n\nDEPENDENCIES\n  hanami (~> 2.3.0)\n"
    "  hanami-db (~> 2.3.0)\n  hanami-router (~> 2.3.0)\n  pg\n  puma\n"
)


def _app() -> dict[str, str]:
    return {
        "Gemfile": _GEMFILE,
        "Gemfile.lock": _LOCK,
        "config.ru": 'require "hanami/boot"\n\nrun Hanami.app\n',
        "config/app.rb": 'require "hanami"\n\nmodule Shop\n  class App < Hanami::App\n  end\nend\n',
        "app/relations/orders.rb": "module Shop\n  module Relations\n"
        "    class Orders < Shop::DB::Relation\n      schema :orders, infer: true\n"
        "    end\n  end\nend\n",
    }


def test_hanami_db_lends_rom(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _app()))
    assert first(found["."], K.FRAMEWORK)[0] == "Hanami"
    assert first(found["."], K.ORM) == ("ROM", "5.4.3")
    assert first(found["."], K.DATABASE)[0] == "PostgreSQL"


def test_a_hanami_app_without_hanami_db_keeps_its_own_layer(tmp_path: Path) -> None:
    # Counter-case: no hanami-db, Sequel named directly: Sequel, and no ROM.
    files = _app()
    files["Gemfile"] = _GEMFILE.replace('gem "hanami-db", "~> 2.3.0"\n', 'gem "sequel"\n')
    files["Gemfile.lock"] = (
        "GEM\n  remote: https://rubygems.org/\n  specs:\n    hanami (2.3.2)\n"
        "    hanami-router (2.3.1)\n    pg (1.6.3)\n    puma (8.0.2)\n    sequel (5.106.0)\n\n"
        "PLATFORMS\n  ruby\n\nDEPENDENCIES\n  hanami (~> 2.3.0)\n  hanami-router (~> 2.3.0)\n"
        "  pg\n  puma\n  sequel\n"
    )
    del files["app/relations/orders.rb"]
    found = by_folder(write(tmp_path, files))
    assert first(found["."], K.FRAMEWORK)[0] == "Hanami"
    assert first(found["."], K.ORM)[0] == "Sequel"
