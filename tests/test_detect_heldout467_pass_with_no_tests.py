"""A gap the 467th held-out set showed, as a small fixture of the real files' shape (#19): a
GraphQL server at the root keeps the `"test": "jest"` script and the Jest devDependency its
template left, holds no test file, and its GitLab CI runs `yarn test --passWithNoTests`. The
step tells Jest to pass where it finds no test: it proves no suite, so the project has no test
framework (`testless_node`). A CI step running the tests without the flag keeps Jest."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import package_json, write

from designer.model.stack import FindingKind as K


def _tree(ci_step: str) -> dict[str, str]:
    return {
        "package.json": package_json(
            {"apollo-server": "^2.11.0", "sequelize": "^5.21.5", "pg": "^8.0.3"},
            {"jest": "^25.2.7"},
            scripts={"start": "node dist/index.js", "test": "jest"},
        ),
        "src/index.js": "import { ApolloServer } from 'apollo-server';\n"
        "const server = new ApolloServer({ typeDefs, resolvers });\n"
        "server.listen({ port: process.env.PORT || 4000 });\n",
        ".gitlab-ci.yml": "stages:\n  - test\n\ntest:\n  stage: test\n  image: node:lts\n"
        "  script:\n    - yarn lint\n    - yarn migrate\n    - " + ci_step + "\n",
    }


def test_a_ci_step_passing_with_no_tests_proves_no_suite(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _tree("yarn test --passWithNoTests")))
    assert first(found["."], K.FRAMEWORK)[0] == "Apollo Server"
    assert first(found["."], K.TEST) == ("", "")


def test_a_ci_step_running_the_tests_keeps_jest(tmp_path: Path) -> None:
    # Counter-case: the same step without the flag says a suite runs.
    found = by_folder(write(tmp_path, _tree("yarn test")))
    assert first(found["."], K.TEST)[0] == "Jest"
