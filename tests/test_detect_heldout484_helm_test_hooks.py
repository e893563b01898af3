"""A gap the 484th held-out set showed (benchmarks/detect_heldout484.yaml), as a small fixture of
the real files' shape (#19): a NestJS API declaring Jest and ts-jest among its devDependencies
with no test script and no test file, beside a Helm chart whose `templates/tests/` holds `helm
test`'s connection hook (a YAML manifest). That folder is named for tests but holds nothing a
Node runner loads, so the declaration is all there is: no test framework (`testless_node`).
Counter-case: the same repository with one e2e spec keeps Jest."""

from __future__ import annotations

import json
from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_PACKAGE = json.dumps(
    {
        "name": "api",
        "private": True,
        "scripts": {"start": "nest start", "build": "nest build"},
        "dependencies": {"@nestjs/core": "^10.0.0", "@nestjs/common": "^10.0.0"},
        "devDependencies": {"jest": "^29.5.0", "ts-jest": "^29.1.0"},
    },
    indent=2,
)

_MAIN = (
    "import { NestFactory } from '@nestjs/core';\nimport { AppModule } from './app.module';\n\n"
    "async function bootstrap() {\n  const app = await NestFactory.create(AppModule);\n"
    "  await app.listen(3000);\n}\nbootstrap();\n"
)

_HOOK = (
    "apiVersion: v1\nkind: Pod\nmetadata:\n  name: test-connection\n  annotations:\n"
    '    "helm.sh/hook": test\nspec:\n  containers:\n    - name: wget\n      image: busybox\n'
    "      command: ['wget']\n  restartPolicy: Never\n"
)


def _tree(**extra: str) -> dict[str, str]:
    return {
        "package.json": _PACKAGE,
        "src/main.ts": _MAIN,
        "src/app.module.ts": "export class AppModule {}\n",
        "charts/api/Chart.yaml": "apiVersion: v2\nname: api\nversion: 0.1.0\n",
        "charts/api/templates/tests/test-connection.yaml": _HOOK,
        **extra,
    }


def test_a_helm_test_hook_is_no_sign_of_a_suite(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _tree()))["."]
    assert first(backend, K.TEST) == ("", "")


def test_a_spec_file_keeps_jest(tmp_path: Path) -> None:
    spec = "describe('app', () => {\n  it('starts', () => {\n    expect(1).toBe(1);\n  });\n});\n"
    backend = by_folder(write(tmp_path, _tree(**{"test/app.e2e-spec.ts": spec})))["."]
    assert first(backend, K.TEST)[0] == "Jest"
