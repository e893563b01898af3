"""A Deno program pinning its modules by URL, from the three-hundred-and-sixty-second held-out set
(benchmarks/detect_heldout362.yaml), as a small fixture of the real files' shape (#19): its
deno.jsonc names an import map file (`"importMap": "./import-map.json"`, `"lock": false`)
that maps `acorn` (a router for Deno's HTTP server) and `google_datastore` to
`https://deno.land/x/…@version/mod.ts`; main.ts imports `Router` from "acorn"; a `test` task
runs `deno test`. Counter-cases: npm's `acorn` (a JavaScript parser) in a package.json, and an
import map no Deno configuration names."""

from __future__ import annotations

import json
from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import package_json, write

from designer.model.stack import FindingKind
from designer.questionnaire.stacks import FRAMEWORKS

_DENO_JSONC = """{
  "fmt": {
    "exclude": [
      "mocks"
    ]
  },
  "importMap": "./import-map.json",
  "tasks": {
    "dev": "deno run --check --allow-net --allow-env --allow-read=. main.ts",
    "test": "deno test --allow-net --allow-env --allow-read=. --trace-leaks"
  },
  "lock": false
}
"""

_IMPORTS = {
    "acorn": "https://deno.land/x/acorn@0.4.0/mod.ts",
    "algoliasearch": "https://esm.sh/algoliasearch@4.14.2?pin=v90",
    "google_datastore": "https://deno.land/x/google_datastore@0.2.1/mod.ts",
    "google_datastore/types": "https://deno.land/x/google_datastore@0.2.1/types.d.ts",
    "std/": "https://deno.land/std@0.202.0/",
    "https://deno.land/std@0.151.0/": "https://deno.land/std@0.170.0/",
}

_MAIN = """import { auth, type Context, Router } from "acorn";
import { type Datastore, entityToObject } from "google_datastore";
import { errors } from "std/http/http_errors.ts";

const router = new Router();

router.get("/v2/modules", async (ctx: Context) => {
  return { items: [] };
});

router.listen({ port: 3000 });
"""

_TEST = """import { assertEquals } from "std/testing/asserts.ts";

Deno.test({
  name: "cache",
  fn() {
    assertEquals(1, 1);
  },
});
"""


def _tree(imports: dict[str, str] | None = None) -> dict[str, str]:
    return {
        "deno.jsonc": _DENO_JSONC,
        "import-map.json": json.dumps({"imports": imports or _IMPORTS}, indent=2) + "\n",
        "main.ts": _MAIN,
        "cache_test.ts": _TEST,
    }


def test_acorn_from_the_named_import_map_is_the_backend(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _tree()))
    assert sorted(found) == ["."]
    backend = found["."]
    assert first(backend, FindingKind.FRAMEWORK) == ("acorn", "0.4.0")
    assert first(backend, FindingKind.QUERY) == ("google_datastore", "0.2.1")
    assert first(backend, FindingKind.DATABASE)[0] == "Google Cloud Datastore"
    assert first(backend, FindingKind.TEST)[0] == "deno test"


def test_imports_in_deno_json_itself_and_jsr_are_read(tmp_path: Path) -> None:
    files = {
        "deno.json": json.dumps(
            {
                "imports": {"@oak/acorn": "jsr:@oak/acorn@^1.1.0"},
                "tasks": {"start": "deno run main.ts"},
            }
        ),
        "main.ts": _MAIN.replace('from "acorn"', 'from "@oak/acorn"').replace(
            'import { type Datastore, entityToObject } from "google_datastore";\n', ""
        ),
    }
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, FindingKind.FRAMEWORK) == ("acorn", "^1.1.0")


def test_npm_acorn_parser_is_no_framework(tmp_path: Path) -> None:
    """Counter-case: npm's `acorn` is a JavaScript parser; a Node tool importing its `parse`
    is no acorn backend."""
    files = {
        "package.json": package_json({"acorn": "^8.14.0", "acorn-walk": "^8.3.4"}),
        "index.js": 'import { parse } from "acorn";\nexport const ast = parse("1", {});\n',
    }
    assert by_folder(write(tmp_path, files)) == {}


def test_an_import_map_no_configuration_names_is_not_read(tmp_path: Path) -> None:
    """Counter-case: a browser's import map (no deno.json pointing to it) declares no server."""
    files = _tree()
    del files["deno.jsonc"]
    files["import_map.json"] = files.pop("import-map.json")
    files["main.ts"] = 'import { Router } from "https://example.com/router.ts";\n'
    assert by_folder(write(tmp_path, files)) == {}


def test_stack_facts_of_acorn() -> None:
    assert FRAMEWORKS["acorn"].test_tools == ("deno test",)
