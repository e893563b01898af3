"""A one-file test server beside a product's app, as set 346 showed it (#19): a folder with
its own Gemfile (sinatra alone) and server.rb serving a test page and a deliberately delayed
script, whose README's title calls it a "Simple test server" and whose lead says "This server
exists to test timing issues with loading …". HELDOUT.md counts test harnesses and tools a
developer starts by hand as no backends. One keeping data of its own, or whose README says
nothing of testing, stays a backend."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder
from test_detect_projects import write

_README = (
    "# Simple test server\n\nThis server exists to test timing issues with loading the widget, "
    "and might support other testcases in the future.\n\nIt runs on port 12345.\n"
)

_SERVER = (
    "require 'rubygems'\nrequire 'sinatra'\n\nset :port, 12345\n\nget '/' do\n"
    "  'Hello world!'\nend\n\nget '/delayed_javascript' do\n"
    "  sleep params.fetch('delay', '3').to_f\n  [200, {}, 'console.log(1);']\nend\n"
)

_PRODUCT = {
    "Gemfile": "source 'https://rubygems.org'\n\ngem 'rails', '4.2.5'\ngem 'pg', '~> 0.18.2'\n",
    "Gemfile.lock": (
        "GEM\n  remote: https://rubygems.org/\n  specs:\n    pg (0.18.2)\n    rails (4.2.5)\n\n"
        "PLATFORMS\n  ruby\n\nDEPENDENCIES\n  pg (~> 0.18.2)\n  rails (= 4.2.5)\n"
    ),
    "config.ru": "require ::File.expand_path('../config/environment', __FILE__)\n"
    "run Rails.application\n",
    "config/application.rb": "module Product\n  class Application < Rails::Application\n"
    "  end\nend\n",
    "config/database.yml": "production:\n  adapter: postgresql\n  database: product\n",
}


def _tree(readme: str, gems: str = "") -> dict[str, str]:
    return {
        **_PRODUCT,
        "testserver/Gemfile": 'source "http://rubygems.org"\n\ngem \'sinatra\'\n' + gems,
        "testserver/README.md": readme,
        "testserver/server.rb": _SERVER,
    }


def test_a_dataless_server_its_readme_calls_a_test_server_is_no_backend(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _tree(_README)))
    assert set(found) == {"."}


def test_a_readme_saying_nothing_of_testing_leaves_it_a_backend(tmp_path: Path) -> None:
    # Counter-case: a README that only describes the service says nothing of the project.
    readme = "# Widget server\n\nServes the widget's scripts to publishers' pages.\n"
    found = by_folder(write(tmp_path, _tree(readme)))
    assert set(found) == {".", "testserver"}


def test_a_test_server_keeping_data_of_its_own_stays_a_backend(tmp_path: Path) -> None:
    # Counter-case: data of its own makes it a service whatever its README says.
    found = by_folder(write(tmp_path, _tree(_README, "gem 'sequel'\ngem 'pg'\n")))
    assert set(found) == {".", "testserver"}
