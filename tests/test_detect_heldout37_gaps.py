"""Generic gaps the thirty-seventh held-out set showed (benchmarks/detect_heldout37.yaml), each as
a small fixture of the real files' shape (#19): a Rails suite whose shallowest test files are
controller tests (`ActionController::TestCase`, a Minitest test case like every one Rails
ships); an old-style .NET test project moved to NUnit that kept the MSTest v1 reference
Visual Studio's Unit Test Project template added; a Symfony application over Doctrine's
bundle whose models extend its own `Eloquent` base over illuminate/database."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_heldout17_gaps import _OLD_STYLE
from test_detect_projects import write

from designer.model.stack import FindingKind as K

# --- Ruby ----------------------------------------------------------------------------------------


def _rails_app(base: str) -> dict[str, str]:
    """A Rails 7.1 application whose test/ holds thirty controller tests, more than the test
    quota names, ahead of its model tests one level down the same tree; no spec/."""
    files = {
        "Gemfile": (
            "source 'https://rubygems.org'\n\ngem 'rails', '~> 7.0.x'\ngem 'pg'\n"
            "gem 'minitest-reporters'\n\ngroup :test do\n  gem 'mocha', require: false\nend\n"
        ),
        "Gemfile.lock": (
            "GEM\n  remote: https://rubygems.org/\n  specs:\n    pg (1.5.9)\n"
            "    rails (7.1.5.2)\n\nDEPENDENCIES\n  pg\n  rails (~> 7.0.x)\n"
        ),
        "config/application.rb": (
            "require_relative 'boot'\nrequire 'rails/all'\n\nmodule App\n"
            "  class Application < Rails::Application\n  end\nend\n"
        ),
        "test/test_helper.rb": "ENV['RAILS_ENV'] = 'test'\nrequire 'rails/test_help'\n",
    }
    for n in range(30):
        files[f"test/controllers/c{n:02}_controller_test.rb"] = (
            "require 'test_helper'\n\n"
            f"class C{n:02}ControllerTest < {base}\n  setup :login\nend\n"
        )
    return files


def test_rails_controller_tests_prove_minitest(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _rails_app("ActionController::TestCase")))["."]
    assert first(backend, K.FRAMEWORK) == ("Rails", "7.1.5.2")
    assert first(backend, K.TEST)[0] == "Minitest"
    test = next(f for f in backend.findings if f.kind is K.TEST)
    assert test.evidence[0].path.startswith("test/controllers/")
    assert "ActionController::TestCase" in test.evidence[0].text


def test_a_class_of_the_apps_own_proves_no_test_framework(tmp_path: Path) -> None:
    """The other side: controller tests over a base class of the app's own name nothing."""
    backend = by_folder(write(tmp_path, _rails_app("AppControllerCase")))["."]
    assert first(backend, K.FRAMEWORK)[0] == "Rails"
    assert first(backend, K.TEST) == ("", "")


# --- .NET ----------------------------------------------------------------------------------------

_MSTEST_V1 = (
    "    <Reference Include=\"Microsoft.VisualStudio.QualityTools.UnitTestFramework, "
    'Version=10.1.0.0, Culture=neutral, PublicKeyToken=b03f5f7f11d50a3a" />'
)
_NUNIT = (
    '    <Reference Include="nunit.framework">\n'
    "      <HintPath>..\\packages\\NUnit.2.6.4\\lib\\nunit.framework.dll</HintPath>\n"
    "    </Reference>"
)
_WEB_REF = '    <ProjectReference Include="..\\Web\\Web.csproj" />'


def _solution(mobile: bool) -> dict[str, str]:
    """An ASP.NET MVC solution: three test projects each referencing NUnit's package beside the
    MSTest v1 assembly the project template added, their code on NUnit (`[TestFixture]`);
    with `mobile`, a fourth project on MSTest v1 alone."""
    web = (
        '    <Reference Include="EntityFramework">\n'
        "      <HintPath>..\\packages\\EntityFramework.6.1.1\\lib\\net45\\EntityFramework.dll"
        "</HintPath>\n    </Reference>"
    )
    files = {
        "App.sln": "Microsoft Visual Studio Solution File, Format Version 12.00\n",
        "Web/Web.csproj": _OLD_STYLE.format(items=web),
        "Web/Global.asax.cs": (
            "using System.Web.Mvc;\n\nnamespace Web\n{\n    public class MvcApplication : "
            "System.Web.HttpApplication\n    {\n        protected void Application_Start()\n"
            "        {\n            AreaRegistration.RegisterAllAreas();\n        }\n    }\n}\n"
        ),
    }
    for name in ("Services.UnitTest", "WebProjectTests", "AcceptanceTests"):
        items = "\n".join((_NUNIT, _MSTEST_V1, _WEB_REF))
        files[f"{name}/{name}.csproj"] = _OLD_STYLE.format(items=items)
        files[f"{name}/ServiceTests.cs"] = (
            "using NUnit.Framework;\n\n[TestFixture]\npublic class ServiceTests\n{\n"
            "    [Test]\n    public void Works() {}\n}\n"
        )
    if mobile:
        items = "\n".join((_MSTEST_V1, _WEB_REF))
        files["Mobile.Tests/Mobile.Tests.csproj"] = _OLD_STYLE.format(items=items)
    return files


def test_nunit_beside_the_templates_mstest_reference_is_the_test_framework(
    tmp_path: Path,
) -> None:
    found = by_folder(write(tmp_path, _solution(mobile=True)))
    assert list(found) == ["Web"]
    tests = [f for f in found["Web"].findings if f.kind is K.TEST]
    assert (tests[0].name, tests[0].version) == ("NUnit", "2.6.4")
    # The project on MSTest v1 alone keeps it, as the second test framework.
    mstest = next(f for f in tests if f.name == "MSTest")
    assert [e.path for e in mstest.evidence] == ["Mobile.Tests/Mobile.Tests.csproj"]


def test_the_templates_reference_alone_still_names_mstest(tmp_path: Path) -> None:
    """The other side: without NUnit's package, the same reference is MSTest v1."""
    files = _solution(mobile=False)
    for name in ("Services.UnitTest", "WebProjectTests", "AcceptanceTests"):
        files[f"{name}/{name}.csproj"] = _OLD_STYLE.format(
            items="\n".join((_MSTEST_V1, _WEB_REF))
        )
    found = by_folder(write(tmp_path, files))
    assert first(found["Web"], K.TEST) == ("MSTest", "")


# --- PHP -----------------------------------------------------------------------------------------


def _symfony_app(model: str) -> dict[str, str]:
    """A Symfony 4.4 kernel requiring Doctrine's ORM and bundle beside illuminate/database,
    a few shallow classes and one model down `src/Domain/Model` that the ordinary quota still
    reads (in the real tree, the first name of its folder, reached as the quota runs out)."""
    files = {
        "composer.json": (
            '{\n  "name": "org/cfp",\n  "type": "project",\n  "require": {\n'
            '    "php": "^7.4",\n    "doctrine/doctrine-bundle": "^1.0",\n'
            '    "doctrine/orm": "^2.6.2",\n    "illuminate/database": "^5.5",\n'
            '    "symfony/framework-bundle": "^4.4"\n  }\n}\n'
        ),
        "src/Kernel.php": (
            "<?php\n\nnamespace App;\n\n"
            "use Symfony\\Component\\HttpKernel\\Kernel as SymfonyKernel;\n\n"
            "final class Kernel extends SymfonyKernel\n{\n}\n"
        ),
        "src/Domain/Model/Airport.php": (
            "<?php\n\nnamespace App\\Domain\\Model;\n\n"
            f"class Airport extends {model} implements AirportInformation\n{{\n"
            "    protected $table = 'airports';\n}\n"
        ),
    }
    for n in range(10):
        files[f"src/C{n:02}.php"] = f"<?php\n\nnamespace App;\n\nfinal class C{n:02}\n{{\n}}\n"
    return files


def test_a_model_extending_eloquent_makes_eloquent_the_data_layer(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _symfony_app("Eloquent")))["."]
    assert first(backend, K.FRAMEWORK)[0] == "Symfony"
    assert first(backend, K.ORM)[0] == "Eloquent"
    eloquent = next(f for f in backend.findings if f.kind is K.ORM)
    assert "src/Domain/Model/Airport.php" in [e.path for e in eloquent.evidence]


def test_a_model_over_another_base_leaves_doctrine_first(tmp_path: Path) -> None:
    """The other side: without the model extending Eloquent, the manifest alone ties and
    Doctrine stays first, as before."""
    backend = by_folder(write(tmp_path, _symfony_app("BaseRecord")))["."]
    assert first(backend, K.ORM)[0] == "Doctrine"
