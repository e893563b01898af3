"""Node: a README section on running a mock of the service does not make it a mock (set 200, #19).

A GraphQL gateway of a yarn workspace (Express with Apollo, no store of its own, answering by
calling the product's other services) keeps a README whose title is followed at once by a
section, "## Mock Implementation", telling how to run a mock service in place of the real one.
That section says how to stand a double in for the gateway, not that the gateway is one: the
README's lead (`readme_doubles.readme_lead`) is its title and the prose before any further
heading, an introductory heading (`## Overview`) aside. A lead calling the project a mock, or
an Overview section doing so, still marks it a double."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_PACKAGE = (
    '{\n  "name": "gateway-api",\n  "private": true,\n  "dependencies": {\n'
    '    "apollo-server-express": "^3.6.2",\n    "axios": "0.28.0",\n'
    '    "express": "4.19.2",\n    "graphql": "^14.5.4"\n  },\n'
    '  "scripts": {\n    "start": "node src/server.js",\n    "mock": "node src/mockServer.js"\n'
    "  }\n}\n"
)

_SERVER = (
    "import express from 'express';\nimport graphql from './graphql';\n\n"
    "const app = express();\napp.get('/status', (req, res) => res.send({ ok: true }));\n"
    "graphql.configure(app);\napp.listen(8000);\n"
)

_SECTIONED = (
    "# Gateway API GraphQL Service\n\n## Mock Implementation\n\n"
    "Using the GraphQL schema it is possible to run a mock service in place of the real "
    "gateway service. To start the mock server run `yarn mock`.\n"
)


def _gateway(readme: str) -> dict[str, str]:
    # Beside it, the service it calls, keeping users in MongoDB: a double is told apart only
    # among other services.
    return {
        "services/users-api/package.json": (
            '{\n  "name": "users-api",\n  "dependencies": {\n    "express": "4.19.2",\n'
            '    "mongoose": "^8.0.0"\n  }\n}\n'
        ),
        "services/users-api/src/server.js": (
            "import express from 'express';\nimport mongoose from 'mongoose';\n\n"
            "mongoose.connect(process.env.MONGO_URI);\nconst app = express();\n"
            "app.post('/users', async (req, res) => res.json({}));\napp.listen(9000);\n"
        ),
        "services/gateway-api/package.json": _PACKAGE,
        "services/gateway-api/src/server.js": _SERVER,
        "services/gateway-api/README.md": readme,
    }


def test_a_mock_section_under_the_title_is_no_lead(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _gateway(_SECTIONED)))
    assert first(found["services/users-api"], K.FRAMEWORK)[0] == "Express"
    assert first(found["services/gateway-api"], K.FRAMEWORK)[0] == "Express"


def test_a_lead_calling_it_a_mock_still_marks_a_double(tmp_path: Path) -> None:
    # Counter-case: the paragraph right under the title says what the project is.
    readme = (
        "# Gateway API\n\nA mock of the payment provider's endpoints for local development.\n\n"
        "## Running\n\n`yarn start`\n"
    )
    found = by_folder(write(tmp_path, _gateway(readme)))
    assert "services/gateway-api" not in found
    assert "services/users-api" in found


def test_an_overview_section_is_still_the_lead(tmp_path: Path) -> None:
    # Counter-case: an introductory heading under the title opens the description itself.
    readme = (
        "# Gateway API\n\n## Overview\n\n"
        "Simulates the identity provider's endpoints so the app runs without it.\n"
    )
    found = by_folder(write(tmp_path, _gateway(readme)))
    assert "services/gateway-api" not in found
    assert "services/users-api" in found
