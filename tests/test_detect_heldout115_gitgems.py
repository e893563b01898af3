"""The hundred-and-fifteenth held-out set (benchmarks/detect_heldout115.yaml), a Rails app whose
Gemfile never names rails (#19): its gems come from a product's git repository through a shared
options constant (`PRODUCT_VERSION = { git: …, branch: … }`, `gem "product", PRODUCT_VERSION`),
and the meta-gem only requires its sibling engines of that repository, the `core` one requiring
Rails. What the git gems and their siblings require is the app's, as Gemfile.lock records it;
a gem of another source lends nothing of what it requires."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_LOCK = """GIT
  remote: https://github.com/city/product
  revision: 0e243f7b2d991d8a0885edea5d4e5746f889db07
  branch: release/stable
  specs:
    product (0.31.2)
      product-admin (= 0.31.2)
      product-core (= 0.31.2)
    product-admin (0.31.2)
      devise (~> 4.7)
      product-core (= 0.31.2)
    product-core (0.31.2)
      devise (~> 4.7)
      pg (~> 1.5.0, < 2)
      rails (~> 7.2.0, >= 7.2.2.2)

GIT
  remote: https://github.com/other/product-module-extra
  revision: 1e243f7b2d991d8a0885edea5d4e5746f889db07
  branch: main
  specs:
    product-extra (0.1.0)
      product-core (>= 0.30)
      redcarpet (~> 3.5)

GEM
  remote: https://rubygems.org/
  specs:
    activerecord (7.2.3.1)
    devise (4.9.4)
      railties (>= 4.1.0)
    pg (1.5.9)
    puma (6.6.1)
    rails (7.2.3.1)
      activerecord (= 7.2.3.1)
      railties (= 7.2.3.1)
    railties (7.2.3.1)
    rspec (3.13.1)
    redcarpet (3.6.1)

PLATFORMS
  ruby

DEPENDENCIES
  product!
  product-extra!
  puma
  rspec
"""


def _app(gemfile_head: str, gem_line: str) -> dict[str, str]:
    """decidim-barcelona: the Gemfile names the product's meta-gem only, from the council's
    fork, through a constant holding the git options."""
    return {
        "Gemfile": (
            'source "https://rubygems.org"\n\n'
            f"{gemfile_head}\n\nruby RUBY_VERSION\n\n{gem_line}\n"
            'gem "product-extra", git: "https://github.com/other/product-module-extra"\n'
            'gem "puma"\n\ngroup :test do\n  gem "rspec"\nend\n'
        ),
        "Gemfile.lock": _LOCK,
        "config/application.rb": (
            'require_relative "boot"\nrequire "rails/all"\n\nmodule CityPortal\n'
            "  class Application < Rails::Application\n  end\nend\n"
        ),
        "config/routes.rb": "Rails.application.routes.draw do\n  resources :items\nend\n",
        "config/database.yml": "default: &default\n  adapter: postgresql\n",
        ".rspec": "--require spec_helper\n",
    }


_SHARED = (
    'PRODUCT_VERSION = { git: "https://github.com/city/product", '
    'branch: "release/stable" }.freeze'
)


def test_rails_comes_through_the_sibling_gems_of_a_git_meta_gem(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _app(_SHARED, 'gem "product", PRODUCT_VERSION')))["."]
    assert not backend.ambiguous
    assert first(backend, K.FRAMEWORK) == ("Rails", "7.2.3.1")
    assert first(backend, K.ORM) == ("ActiveRecord", "7.2.3.1")
    assert first(backend, K.DATABASE)[0] == "PostgreSQL"
    assert first(backend, K.TEST)[0] == "RSpec"
    rails = next(f for f in backend.findings if f.kind is K.FRAMEWORK)
    assert ("Gemfile.lock", 15) in [(e.path, e.line) for e in rails.evidence]  # core's line


def test_a_constant_split_over_lines_names_git_too(tmp_path: Path) -> None:
    head = (
        "PRODUCT_VERSION = {\n  git: \"https://github.com/city/product\",\n"
        '  branch: "release/stable"\n}.freeze'
    )
    backend = by_folder(write(tmp_path, _app(head, 'gem "product", **PRODUCT_VERSION')))["."]
    assert first(backend, K.FRAMEWORK) == ("Rails", "7.2.3.1")


def test_a_constant_naming_a_release_lends_nothing(tmp_path: Path) -> None:
    """The other side: the same gem from the registry at a version a constant holds is a
    library; what its siblings require is not the app's declaration. Only the Rails the code
    starts takes the release the lock resolved under it (set 152: an app built on a registry
    product runs on the Rails it requires), with what the `rails` gem stands for."""
    files = _app('PRODUCT_VERSION = "0.31.2"', 'gem "product", PRODUCT_VERSION')
    files["Gemfile.lock"] = _LOCK.replace(
        "GIT\n  remote: https://github.com/city/product", "GEM\n  remote: https://rubygems.org/", 1
    )
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, K.FRAMEWORK) == ("Rails", "7.2.3.1")
    lent = [e for f in backend.findings for e in f.evidence if e.path == "Gemfile.lock"]
    assert all(e.line != 14 for e in lent)  # core's `pg` is not lent


def test_requirements_of_a_git_gem_of_another_repository_are_not_followed(
    tmp_path: Path,
) -> None:
    """Only the meta-gem's own repository is walked: a module gem of another repository that
    requires the product's core lends only what it requires itself. (The Rails the code
    starts still takes the release the lock resolved under the module's requirements: set
    152.)"""
    files = _app("", "")
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, K.FRAMEWORK) == ("Rails", "7.2.3.1")
    lent = [e for f in backend.findings for e in f.evidence if e.path == "Gemfile.lock"]
    assert all(e.line != 14 for e in lent)  # core's `pg` is not lent
