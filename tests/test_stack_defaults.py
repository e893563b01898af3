"""Stack defaults (designer/questionnaire/stacks.py) for every framework `designer detect`
can name: a detected stack pre-fills the framework, and the computed defaults of the later
stages (server, test tools, ORM, migrations, start command) come from these facts (#19)."""

from __future__ import annotations

import ast
import itertools
from pathlib import Path

import pytest

from designer import detect
from designer.detect import ecosystems
from designer.detect.assemble import ADD_ONS
from designer.detect.ecosystems import go
from designer.model.design import Design
from designer.model.stack import FindingKind
from designer.questionnaire import computed, stacks

DETECTABLE = sorted(
    {rule.name for rule in ecosystems.RULES if rule.kind is FindingKind.FRAMEWORK}
)
"""Every framework name a detection rule reports."""


def test_detection_names_the_frameworks_it_is_known_for() -> None:
    # Guards the list below against an empty or renamed rule set.
    assert {"FastAPI", "Spring Boot", "Ktor", "gorilla/mux", "Mezzio", "CodeIgniter"} <= set(
        DETECTABLE
    )


@pytest.mark.parametrize("name", [n for n in DETECTABLE if n not in ADD_ONS])
def test_every_detectable_framework_has_stack_defaults(name: str) -> None:
    # An add-on (Django REST framework) takes the defaults of the framework it sits in.
    _has_stack_defaults(name)


def _has_stack_defaults(name: str) -> None:
    assert stacks.framework_name(name) == name
    found = stacks.facts(name)
    assert found is not None
    assert found.language and found.server and found.test_tools and found.start_command
    if found.migration_tool:
        assert stacks.migrate_command(found.migration_tool), found.migration_tool


@pytest.mark.parametrize("name", ["Grails", "micro", "React Router", "go-swagger", "Dropshot",
                                  "Next.js", "Helidon", "CakePHP", "fasthttp/router",
                                  "Pando", "Egg.js"])
def test_frameworks_only_manifests_name_have_stack_defaults_too(name: str) -> None:
    # Detected from a build file or package list, not from a source rule: not in DETECTABLE.
    _has_stack_defaults(name)


def _catalogued(wanted: str) -> set[str]:
    """Every name written beside `FindingKind.<wanted>` (or `K.<wanted>`) in the detector's
    source: the manifest catalogues and special-purpose modules as well as the source rules."""
    names: set[str] = set()
    for path in Path(detect.__file__).parent.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Tuple | ast.List):
                items = node.elts
            elif isinstance(node, ast.Call):
                items = node.args
            else:
                continue
            for kind, name in itertools.pairwise(items):
                if (isinstance(kind, ast.Attribute) and kind.attr == wanted
                        and isinstance(name, ast.Constant) and isinstance(name.value, str)):
                    names.add(name.value)
    return names


def _catalogued_frameworks() -> list[str]:
    """Every framework name the detector writes, plus the Go forks reported under their own
    path."""
    names = _catalogued("FRAMEWORK")
    names |= {fork.split("/", 1)[1] for fork in go.RENAMED_FORKS if fork.endswith("/echo")}
    return sorted(names - set(ADD_ONS))


CATALOGUED = _catalogued_frameworks()


def test_the_catalogue_walk_finds_manifest_only_frameworks() -> None:
    # Guards the walk: these are named only by manifest catalogues or their own modules.
    assert {"SvelteKit", "Nuxt", "Meteor", "Nette", "Takes", "webx-top/echo"} <= set(CATALOGUED)
    assert len(CATALOGUED) > len(DETECTABLE)


@pytest.mark.parametrize("name", CATALOGUED)
def test_every_catalogued_framework_has_stack_defaults(name: str) -> None:
    # A project detected as any of these pre-fills the later stages' defaults too.
    _has_stack_defaults(name)


MIGRATION_TOOLS = sorted(_catalogued("MIGRATIONS"))


def test_the_walk_finds_the_migration_tools() -> None:
    assert {"ActiveRecord migrations", "Alembic", "Flyway", "sqlx migrations"} <= set(
        MIGRATION_TOOLS
    )


@pytest.mark.parametrize("tool", MIGRATION_TOOLS)
def test_every_detected_migration_tool_has_a_migrate_command(tool: str) -> None:
    # A scan fills the data stage's migration tool; the operations stage's default migrate
    # command (and the deployment steps the export prints) come from it.
    command = stacks.migrate_command(tool)
    assert command, tool
    design = Design()
    design.data.migration_tool = tool
    assert computed.REGISTRY["migrate_command_for_stack"](design) == command


@pytest.mark.parametrize(
    ("framework", "language", "orm", "migrate"),
    [
        ("Ktor", "Kotlin", "Exposed", "flyway migrate"),
        ("gorilla/mux", "Go", "sqlc", 'migrate -path ./migrations -database "$DATABASE_URL" up'),
        (
            "Mezzio",
            "PHP",
            "Doctrine ORM",
            "vendor/bin/doctrine-migrations migrate --no-interaction",
        ),
        ("CodeIgniter", "PHP", "CodeIgniter Model (Query Builder)", "php spark migrate"),
        ("SvelteKit", "TypeScript", "Drizzle ORM", "npx drizzle-kit migrate"),
        ("Nette", "PHP", "Nette Database Explorer", "php bin/console migrations:continue"),
    ],
)
def test_computed_defaults_for_the_added_frameworks(
    framework: str, language: str, orm: str, migrate: str
) -> None:
    design = Design()
    design.stack.framework = "other"
    design.stack.framework_other = framework
    assert computed.REGISTRY["language_for_framework"](design) == language
    assert computed.REGISTRY["orm_for_stack"](design) == orm
    tool = computed.REGISTRY["migration_tool_for_stack"](design)
    assert stacks.migrate_command(tool) == migrate
