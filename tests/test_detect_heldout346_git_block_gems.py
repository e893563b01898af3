"""Ruby: gems a Gemfile's `github … do` block installs from git lend what they require (set
346, #19).

A Sinatra service takes Sinatra from its git repository at a tag, naming only the contrib gem
inside the block (`github 'sinatra/sinatra', tag: 'v4.2.1' do` / `gem 'sinatra-contrib'` /
`end`); Gemfile.lock's GIT section lists sinatra-contrib requiring `sinatra (= 4.2.1)`. The
block's gems are git gems like those given `git:`, so the framework they require is the app's,
at the version the lock resolves (the app's code lies in a `lib/…/build/` folder the walker
prunes, so the manifest alone names it). A gem of any other block lends nothing."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.detect.ecosystems import ruby
from designer.detect.signals import Lines
from designer.model.stack import FindingKind as K

_GEMFILE = (
    "source 'https://rubygems.org'\n"
    "git_source(:github) { |repo| \"https://github.com/#{repo}.git\" }\n\n"
    "gem 'puma', '>= 6.4.3'\ngem 'redis', '~> 4'\n"
    "gem 'rspec', '~> 3.0', group: %i[development test]\n\n"
    "github 'sinatra/sinatra', tag: 'v4.2.1' do\n  gem 'sinatra-contrib'\nend\n"
)

_LOCK = (
    "GIT\n  remote: https://github.com/sinatra/sinatra.git\n  revision: 518c22e9\n"
    "  tag: v4.2.1\n  specs:\n    rack-protection (4.2.1)\n      rack (>= 3.0.0, < 4)\n"
    "    sinatra (4.2.1)\n      mustermann (~> 3.0)\n      rack (>= 3.0.0, < 4)\n"
    "      rack-protection (= 4.2.1)\n    sinatra-contrib (4.2.1)\n      mustermann (~> 3.0)\n"
    "      rack-protection (= 4.2.1)\n      sinatra (= 4.2.1)\n\n"
    "GEM\n  remote: https://rubygems.org/\n  specs:\n    mustermann (3.0.3)\n    puma (7.1.0)\n"
    "    rack (3.1.8)\n    redis (4.8.1)\n    rspec (3.8.0)\n\nPLATFORMS\n  ruby\n\n"
    "DEPENDENCIES\n  puma (>= 6.4.3)\n  redis (~> 4)\n  rspec (~> 3.0)\n  sinatra-contrib!\n"
)

_APP = (
    "require 'sinatra/base'\n\nmodule Builder\n  class App < Sinatra::Base\n"
    "    post '/script' do\n      compile(request.body.read)\n    end\n  end\nend\n"
)


def _service() -> dict[str, str]:
    return {
        "Gemfile": _GEMFILE,
        "Gemfile.lock": _LOCK,
        "config.ru": "require 'svc/api/build/app'\n\nrun Builder::App\n",
        # The app sits in a folder named `build`, which the walker prunes as build output: only
        # the Gemfile and its lock can name the framework.
        "lib/svc/api/build/app.rb": _APP,
    }


def test_a_git_block_gem_lends_the_framework_it_requires(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _service()))
    assert first(found["."], K.FRAMEWORK) == ("Sinatra", "4.2.1")


def test_only_the_git_blocks_gems_are_git_gems() -> None:
    # Counter-case: a gem of a `platforms` block, or after the git block has ended, comes from
    # the registry: a library whose own requirements are not followed.
    gemfile = _GEMFILE + "\nplatforms :mri do\n  gem 'oj'\nend\ngem 'rack-ssl'\n"
    parsed = ruby.parse(Lines("Gemfile", gemfile))
    assert parsed.git_packages == ["sinatra-contrib"]
