"""Node: Jest configured to run files the package does not hold finds no test (set 202, #19).

A hapi server keeps the Jest its template set up: `jest.config.js` says the tests are the
files below a `test/` folder, and an old CI file runs `npm test`, but no `test/` folder was
ever written. Jest stops with "No tests found": the project has no test framework
(`jest_matches`). A matching file, a configuration this reading cannot take literally
(`projects`, a computed list) or no `testMatch` at all leave the runner to `testless_node`."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from test_detect_gaps import by_folder, first
from test_detect_projects import package_json, write

from designer.detect.jest_matches import _translate
from designer.model.stack import FindingKind as K

_CI = ("language: node_js\nnode_js:\n  - 14\nscript:\n  - npm run prettier:check\n"
       "  - npm test\n  - npm start\n")


def _server(config: str | None, jest_key: dict[str, object] | None = None) -> dict[str, str]:
    extra: dict[str, object] = {} if jest_key is None else {"jest": jest_key}
    manifest = package_json(
        {"@hapi/hapi": "^20.2.1", "mysql": "^2.18.1"},
        {"jest": "^26.6.3"},
        scripts={"start": "node etl-server.js", "test": "jest"},
        **extra,
    )
    files = {
        "package.json": manifest,
        "etl-server.js": "const Hapi = require('@hapi/hapi');\n"
        "const mysql = require('mysql');\n"
        "const pool = mysql.createPool({ host: 'db', database: 'etl' });\n"
        "const server = new Hapi.Server({ port: 8002 });\n"
        "server.route({ method: 'GET', path: '/etl/ping', handler: () => 'ok' });\n"
        "server.start();\n",
        "app/reporting/hiv-tests-base.json": "{}\n",
        ".travis.yml": _CI,
    }
    if config is not None:
        files["jest.config.js"] = config
    return files


_CONFIG = (
    "/*\n * For a detailed explanation regarding each configuration property, visit:\n"
    " * https://jestjs.io/docs/en/configuration.html\n */\n"
    "module.exports = {\n  coverageDirectory: 'coverage',\n  testEnvironment: 'node',\n"
    "  // testMatch: ['**/__tests__/**/*.js'],\n  testMatch: [\n    '**/test/**/*.js'\n  ]\n};\n"
)


def test_a_configured_match_no_file_meets_is_no_test(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _server(_CONFIG)))
    assert first(found["."], K.FRAMEWORK)[0] == "hapi"
    assert first(found["."], K.TEST) == ("", "")


def test_a_file_the_match_selects_keeps_jest(tmp_path: Path) -> None:
    # Counter-case: one file below `test/`, whatever its name, and Jest runs it.
    files = _server(_CONFIG)
    files["app/test/etl-sync.js"] = "test('sync', () => expect(1).toBe(1));\n"
    found = by_folder(write(tmp_path, files))
    assert first(found["."], K.TEST)[0] == "Jest"


def test_the_package_json_key_is_read_too(tmp_path: Path) -> None:
    files = _server(None, {"testMatch": ["<rootDir>/src/**/*.spec.js"]})
    files["tests-readme.md"] = "How to test\n"
    assert first(by_folder(write(tmp_path, files))["."], K.TEST) == ("", "")
    # Counter-case: a spec outside `src/` is not selected, one inside is.
    files["src/etl.spec.js"] = "test('etl', () => {});\n"
    assert first(by_folder(write(tmp_path / "b", files))["."], K.TEST)[0] == "Jest"


@pytest.mark.parametrize(
    "config",
    [
        "module.exports = { projects: ['<rootDir>/api'], testMatch: ['**/test/**/*.js'] };\n",
        "const globs = ['**/test/**/*.js'];\nmodule.exports = { testMatch: globs };\n",
        "module.exports = { testEnvironment: 'node' };\n",
    ],
    ids=["projects", "computed", "no-match-key"],
)
def test_a_configuration_not_read_literally_leaves_jest_to_the_ci(
    tmp_path: Path, config: str
) -> None:
    # Counter-case: the CI's `npm test` keeps the runner (`testless_node`).
    found = by_folder(write(tmp_path, _server(config)))
    assert first(found["."], K.TEST)[0] == "Jest"


@pytest.mark.parametrize(
    ("glob", "selected", "left"),
    [
        ("**/test/**/*.js", ["test/a.js", "app/test/b/c.js"], ["tests/a.js", "test/a.ts"]),
        (
            "**/?(*.)+(spec|test).[jt]s?(x)",
            ["a.test.ts", "x/a.spec.jsx", "test.js"],
            ["a-test.js", "a.test.mjs"],
        ),
        ("**/__tests__/**/*.{js,ts}", ["src/__tests__/a.ts"], ["src/__tests__/a.css"]),
        ("src/**/[!_]*.spec.ts", ["src/a.spec.ts"], ["src/_a.spec.ts", "lib/a.spec.ts"]),
        # Sentry's chartcuterie: a doubled slash is one, `*(…)` and `@(…)` are extglobs.
        ("tests//**/*(*.)@(spec|test).ts", ["tests/config.spec.ts"], ["tests/setup.ts"]),
    ],
)
def test_globs_translate_as_micromatch_reads_them(
    glob: str, selected: list[str], left: list[str]
) -> None:
    translated = _translate(glob)
    assert translated is not None
    pattern = re.compile(translated + r"\Z")
    assert all(pattern.match(path) for path in selected)
    assert not any(pattern.match(path) for path in left)


@pytest.mark.parametrize(
    "glob",
    ["**/!(fixtures)/*.test.js", "**/__tests__/**/(*.)+test.js?(x)"],
    ids=["negated-extglob", "bare-group"],
)
def test_a_glob_read_differently_by_micromatch_versions_is_not_translated(glob: str) -> None:
    # Metriport's fhir-converter: a bare `(*.)+` group; Jest is left to `testless_node`.
    assert _translate(glob) is None


_NEST_JEST = {
    "moduleFileExtensions": ["js", "json", "ts"],
    "rootDir": "src",
    "testRegex": ".*\\.spec\\.ts$",
    "transform": {"^.+\\.(t|j)s$": "ts-jest"},
    "testEnvironment": "node",
}


def _nest(scripts: dict[str, str]) -> dict[str, str]:
    """Nest's template (set 219): the `jest` key looks for specs below `src/`; the only spec
    of the repository is its UI's."""
    return {
        "backend/package.json": package_json(
            {"@nestjs/core": "^8.0.0", "@nestjs/platform-express": "^8.0.0", "mongoose": "^6"},
            {"jest": "^28.0.3", "ts-jest": "^28"},
            scripts={"start": "nest start", "test": "jest", **scripts},
            jest=_NEST_JEST,
        ),
        "backend/src/main.ts": "import { NestFactory } from '@nestjs/core';\n"
        "import { AppModule } from './app.module';\n"
        "async function bootstrap() {\n  const app = await NestFactory.create(AppModule);\n"
        "  await app.listen(3000);\n}\nbootstrap();\n",
        "backend/src/app.module.ts": "import { Module } from '@nestjs/common';\n"
        "import { MongooseModule } from '@nestjs/mongoose';\n"
        "@Module({ imports: [MongooseModule.forRoot('mongodb://mongo/perf')] })\n"
        "export class AppModule {}\n",
        "client/package.json": package_json({"next": "^12", "react": "^18"}, {"jest": "^28"}),
        "client/src/index.spec.tsx": "it('renders', () => {});\n",
    }


def test_a_nest_jest_key_with_no_spec_below_its_root_is_no_test(tmp_path: Path) -> None:
    files = _nest({"test:e2e": "jest --config ./test/jest-e2e.json"})
    found = by_folder(write(tmp_path, files))
    assert first(found["backend"], K.FRAMEWORK)[0] == "NestJS"
    assert first(found["backend"], K.TEST) == ("", "")


def test_a_spec_below_the_root_keeps_jest(tmp_path: Path) -> None:
    files = _nest({})
    files["backend/src/app.service.spec.ts"] = "describe('AppService', () => {});\n"
    assert first(by_folder(write(tmp_path, files))["backend"], K.TEST)[0] == "Jest"


def test_an_e2e_configuration_a_script_runs_keeps_jest(tmp_path: Path) -> None:
    # Counter-case: `test:e2e` runs another configuration, whose suite this reading never read.
    files = _nest({"test:e2e": "jest --config ./test/jest-e2e.json"})
    files["backend/test/jest-e2e.json"] = '{"rootDir": ".", "testRegex": ".e2e-spec.ts$"}\n'
    files["backend/test/app.e2e-spec.ts"] = "describe('AppController (e2e)', () => {});\n"
    assert first(by_folder(write(tmp_path, files))["backend"], K.TEST)[0] == "Jest"
