"""A server its own words call a proof of concept is a trial, not a backend (set 247, #19).

A Rails application keeps, beside it, a folder trying a self-hosted video renderer: its README
opens "Listing Video - Proof of Concept", and its `render-api/` holds a small Express server
(`index.ts` opening "This is a proof-of-concept Express server") that nothing deploys or names,
while the Rails app ships through its Procfile (`proof_servers`). The same server without those
words, or one keeping data, or one its own Dockerfile ships, stays a backend."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import package_json, write

from designer.model.stack import FindingKind as K

_SERVER = (
    "/**\n * Render API for the listing videos\n *\n"
    " * This is a proof-of-concept Express server that accepts\n"
    " * render requests and produces videos.\n */\n\n"
    'import express from "express";\n\n'
    "const app = express();\napp.use(express.json());\n\n"
    'app.post("/render", async (req, res) => {\n  res.json({ success: true });\n});\n\n'
    "app.listen(process.env.PORT || 3100);\n"
)


def _product(comment: bool = True, readme: bool = False) -> dict[str, str]:
    server = _SERVER if comment else _SERVER.replace("proof-of-concept ", "")
    files = {
        "Gemfile": 'source "https://rubygems.org"\n\ngem "rails", "~> 8.1"\ngem "pg"\n',
        "config/application.rb": "module Shop\n  class Application < Rails::Application\n"
        "  end\nend\n",
        "config/database.yml": "default: &default\n  adapter: postgresql\n",
        "Procfile": "web: bundle exec puma -C config/puma.rb\n",
        "video/package.json": package_json({"remotion": "4.0.459"}),
        "video/render-api/package.json": package_json(
            {"express": "^4.21.0"}, scripts={"start": "ts-node index.ts"}
        ),
        "video/render-api/index.ts": server,
    }
    if readme:
        files["video/README.md"] = (
            "# Listing Video - Proof of Concept\n\n"
            "A trial of self-hosted rendering for the listing videos.\n"
        )
    return files


def test_a_server_calling_itself_a_proof_of_concept_is_no_backend(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _product()))
    assert sorted(found) == ["."]
    assert first(found["."], K.FRAMEWORK)[0] == "Rails"


def test_the_readme_of_the_folder_holding_it_says_so_too(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _product(comment=False, readme=True)))
    assert sorted(found) == ["."]


def test_the_same_server_without_those_words_stays(tmp_path: Path) -> None:
    # Counter-case: nothing calls it a trial: a rendering service, as HELDOUT counts one.
    found = by_folder(write(tmp_path, _product(comment=False)))
    assert sorted(found) == [".", "video/render-api"]
    assert first(found["video/render-api"], K.FRAMEWORK)[0] == "Express"


def test_a_proof_of_concept_its_dockerfile_ships_stays(tmp_path: Path) -> None:
    # Counter-case: an image of its own ships it, whatever its comment says.
    files = _product()
    files["video/render-api/Dockerfile"] = (
        'FROM node:22\nCOPY . /app\nRUN npm ci\nCMD ["npm", "start"]\n'
    )
    found = by_folder(write(tmp_path, files))
    assert "video/render-api" in found


def test_a_proof_of_concept_keeping_data_stays(tmp_path: Path) -> None:
    # Counter-case: a store of its own makes it a service someone adopted.
    files = _product()
    files["video/render-api/package.json"] = package_json(
        {"express": "^4.21.0", "pg": "^8.11.0"}, scripts={"start": "ts-node index.ts"}
    )
    files["video/render-api/index.ts"] = _SERVER + (
        'import { Pool } from "pg";\nconst pool = new Pool();\n'
        'await pool.query("insert into renders(id) values (1)");\n'
    )
    found = by_folder(write(tmp_path, files))
    assert "video/render-api" in found
