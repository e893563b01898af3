"""Node: an ORM or test tool required only through its glue package is versioned from its own
package, as the lock file resolves it (#19: "an ORM's version is taken from the first evidence
line (`@nestjs/typeorm`) instead of the ORM's own package").

A NestJS API's package.json names `@nestjs/typeorm` and `ts-jest`, never `typeorm` or `jest`;
its package-lock resolves @nestjs/typeorm 10.0.2 and typeorm 0.3.20 (a peer npm installs),
ts-jest 29.1.2 and jest 29.7.0. The glue's release is no release of what it integrates: TypeORM
0.3.20, Jest 29.7.0. With no lock file the glue's range is still the only version there is."""

from __future__ import annotations

import json
from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_DEPENDENCIES = {"@nestjs/common": "^10.0.0", "@nestjs/core": "^10.0.0",
                 "@nestjs/typeorm": "^10.0.0", "pg": "^8.11.0"}
_DEV = {"ts-jest": "^29.1.0"}
_LOCKED = {"@nestjs/common": "10.3.0", "@nestjs/core": "10.3.0", "@nestjs/typeorm": "10.0.2",
           "typeorm": "0.3.20", "pg": "8.11.3", "ts-jest": "29.1.2", "jest": "29.7.0"}


def _api(lock: bool = True) -> dict[str, str]:
    manifest = {"name": "api", "version": "1.0.0", "dependencies": _DEPENDENCIES,
                "devDependencies": _DEV}
    files = {
        "package.json": json.dumps(manifest, indent=2),
        "src/main.ts": "import { NestFactory } from '@nestjs/core';\n"
        "import { AppModule } from './app.module';\n\nasync function bootstrap() {\n"
        "  const app = await NestFactory.create(AppModule);\n  await app.listen(3000);\n}\n"
        "bootstrap();\n",
        "src/app.module.ts": "import { Module } from '@nestjs/common';\n"
        "import { TypeOrmModule } from '@nestjs/typeorm';\n\n"
        "@Module({ imports: [TypeOrmModule.forRoot({ type: 'postgres' })] })\n"
        "export class AppModule {}\n",
        "src/app.spec.ts": "describe('app', () => {\n  it('runs', () => {\n"
        "    expect(1).toBe(1);\n  });\n});\n",
    }
    if lock:
        packages = {"": {"name": "api", "version": "1.0.0", "dependencies": _DEPENDENCIES,
                         "devDependencies": _DEV}}
        packages |= {f"node_modules/{n}": {"version": v} for n, v in _LOCKED.items()}
        files["package-lock.json"] = json.dumps(
            {"name": "api", "version": "1.0.0", "lockfileVersion": 3, "requires": True,
             "packages": packages}, indent=2,
        )
    return files


def test_the_orm_and_the_test_tool_are_versioned_from_their_own_packages(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _api()))["."]
    assert first(backend, K.ORM) == ("TypeORM", "0.3.20")
    assert first(backend, K.TEST) == ("Jest", "29.7.0")


def test_with_no_lock_the_glues_range_stays(tmp_path: Path) -> None:
    # Counter-case: nothing resolves typeorm; the glue's range is all there is.
    backend = by_folder(write(tmp_path, _api(lock=False)))["."]
    assert first(backend, K.ORM) == ("TypeORM", "^10.0.0")
