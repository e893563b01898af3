"""Benchmark: framework detection on a synthetic monorepo of about 100,000 files.

Builds the tree under a temporary folder (services in eight ecosystems with lock files, a
frontend with its own, and the node_modules, .venv and target trees real repositories
carry), then prints the time
`designer.detect.detect` takes beside `find ROOT -type f | wc -l` on the same tree. The
target is detection no slower than that `find`: pruning lets detection skip most files.

    python benchmarks/bench_detect.py [--files 100000] [--runs 7] [--keep]

Not a test: it prints figures and removes the tree (unless --keep).
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from designer.detect import detect

SERVICES: dict[str, dict[str, str]] = {
    "services/orders": {
        "pyproject.toml": '[project]\nname = "orders"\nrequires-python = ">=3.12"\n'
        'dependencies = ["fastapi>=0.110", "sqlalchemy>=2", "alembic", "redis"]\n',
        "src/orders/main.py": "from fastapi import FastAPI\napp = FastAPI()\n",
    },
    "services/gateway": {
        "package.json": '{\n  "dependencies": {\n    "express": "^4.19.0",\n'
        '    "ioredis": "^5"\n  },\n  "devDependencies": {\n    "jest": "^29"\n  }\n}\n',
        "src/index.js": "const app = express();\n",
    },
    "services/catalog": {
        "package.json": '{\n  "dependencies": {\n    "@nestjs/core": "^10",\n'
        '    "@nestjs/platform-express": "^10",\n    "typeorm": "^0.3"\n  }\n}\n',
        "src/main.ts": "const app = await NestFactory.create(AppModule);\n",
    },
    "services/search": {
        "go.mod": "module x/search\n\ngo 1.22\n\nrequire github.com/gin-gonic/gin v1.9.1\n",
        "cmd/search/main.go": "package main\nfunc main() { r := gin.Default() }\n",
    },
    "services/billing": {
        "pom.xml": "<project><dependencies><dependency><groupId>org.springframework.boot"
        "</groupId><artifactId>spring-boot-starter-web</artifactId></dependency>"
        "</dependencies></project>\n",
        "src/main/java/billing/BillingApplication.java": "@SpringBootApplication\nclass B {}\n",
    },
    "services/ledger": {
        "Cargo.toml": '[package]\nname = "ledger"\nversion = "0.1.0"\n\n'
        '[dependencies]\naxum = "0.7"\n',
        "src/main.rs": "use axum::Router;\n",
    },
    "services/cms": {
        "composer.json": '{"require": {"php": "^8.2", "laravel/framework": "^11"}}\n',
        "artisan": "<?php\nuse Illuminate\\Foundation\\Application;\n",
    },
    "services/accounts": {
        "Gemfile": "gem 'rails', '~> 7.1'\n",
        "config/application.rb": "class Application < Rails::Application\nend\n",
    },
}

EXTENSIONS = {
    "services/orders": ".py",
    "services/gateway": ".js",
    "services/catalog": ".ts",
    "services/search": ".go",
    "services/billing": ".java",
    "services/ledger": ".rs",
    "services/cms": ".php",
    "services/accounts": ".rb",
    "apps/web": ".tsx",
}


def _spread(base: Path, count: int, suffix: str, per_folder: int = 50) -> int:
    """Write `count` small files under `base`, `per_folder` to a folder, three levels deep."""
    for index in range(count):
        folder = base / f"p{index // (per_folder * 20)}" / f"m{(index // per_folder) % 20}"
        if index % per_folder == 0:
            folder.mkdir(parents=True, exist_ok=True)
        (folder / f"f{index}{suffix}").write_text("x = 1\n")
    return count


def _npm_lock(packages: int, named: tuple[str, ...]) -> str:
    """A package-lock.json (v3) of `packages` entries, the `named` ones among them."""
    names = [*named, *(f"dep-{i}" for i in range(packages - len(named)))]
    body = ",\n".join(
        f'    "node_modules/{n}": {{\n      "version": "1.{i % 50}.{i % 7}",\n'
        f'      "resolved": "https://registry.npmjs.org/{n}/-/{n}-1.0.0.tgz",\n'
        f'      "integrity": "sha512-{"a" * 86}=="\n    }}'
        for i, n in enumerate(names)
    )
    return f'{{\n  "lockfileVersion": 3,\n  "packages": {{\n{body}\n  }}\n}}\n'


def _toml_lock(packages: int, named: tuple[str, ...]) -> str:
    """A uv.lock / Cargo.lock of `packages` [[package]] tables."""
    names = [*named, *(f"dep-{i}" for i in range(packages - len(named)))]
    return "version = 1\n\n" + "".join(
        f'[[package]]\nname = "{n}"\nversion = "0.{i % 90}.{i % 9}"\n'
        f'source = {{ registry = "https://pypi.org/simple" }}\n\n'
        for i, n in enumerate(names)
    )


LOCKS: dict[str, Callable[[], str]] = {
    "services/gateway/package-lock.json": lambda: _npm_lock(1500, ("express", "ioredis", "jest")),
    "services/catalog/package-lock.json": lambda: _npm_lock(1500, ("@nestjs/core", "typeorm")),
    "apps/web/package-lock.json": lambda: _npm_lock(6000, ("react",)),  # not a backend: unread
    "services/orders/uv.lock": lambda: _toml_lock(300, ("fastapi", "sqlalchemy", "redis")),
    "services/ledger/Cargo.lock": lambda: _toml_lock(400, ("axum",)),
    "services/accounts/Gemfile.lock": lambda: "GEM\n  specs:\n"
    + "".join(f"    gem{i} (1.{i}.0)\n" for i in range(300))
    + "    rails (7.1.3)\n",
}
"""Lock files real services carry (a frontend's too): sizes of a few hundred KiB."""


def build(root: Path, total: int) -> int:
    """Create the synthetic monorepo; returns the number of files written."""
    written = 0
    for folder, files in SERVICES.items():
        for relative, text in files.items():
            path = root / folder / relative
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text)
            written += 1
    (root / "apps/web").mkdir(parents=True)
    (root / "apps/web/package.json").write_text('{"dependencies": {"react": "^18"}}\n')
    (root / "package.json").write_text('{"devDependencies": {"turbo": "^2"}}\n')
    (root / ".gitignore").write_text("*.log\n/coverage/\n")
    written += 3
    for relative, make in LOCKS.items():
        (root / relative).write_text(make())
        written += 1
    own = total * 30 // 100  # the project's own sources
    heavy = total - written - own  # dependency and build trees
    per_service = own // len(EXTENSIONS)
    for folder, suffix in EXTENSIONS.items():
        written += _spread(root / folder / "src" / "generated", per_service, suffix)
    pruned = [
        ("services/gateway/node_modules", ".js", 0.22),
        ("services/catalog/node_modules", ".js", 0.22),
        ("apps/web/node_modules", ".js", 0.22),
        ("services/orders/.venv/lib/python3.12/site-packages", ".py", 0.18),
        ("services/billing/target/classes", ".class", 0.08),
        ("services/ledger/target/debug", ".o", 0.08),
    ]
    for folder, suffix, share in pruned:
        written += _spread(root / folder, int(heavy * share), suffix)
    (root / "services/orders/.venv/pyvenv.cfg").write_text("home = /usr/bin\n")
    (root / ".git").mkdir()
    written += 1 + _spread(root / ".git" / "objects", total - written - 1, "")
    return written


def _time_find(root: Path) -> tuple[float, float, int]:
    """Wall time, CPU time (user + system of find and wc) and the count printed."""
    before = os.times()
    start = time.perf_counter()
    result = subprocess.run(
        f"find '{root}' -type f | wc -l", shell=True, capture_output=True, text=True, check=True
    )
    wall = time.perf_counter() - start
    after = os.times()
    cpu = (after.children_user - before.children_user) + (
        after.children_system - before.children_system
    )
    return wall, cpu, int(result.stdout.strip())


def _time_detect(root: Path) -> tuple[float, float, int, int]:
    """Wall time, CPU time, files seen and backends found."""
    seen: list[int] = []
    before = os.times()
    start = time.perf_counter()
    detection = detect(root, progress=seen.append)
    wall = time.perf_counter() - start
    after = os.times()
    cpu = (after.user - before.user) + (after.system - before.system)
    return wall, cpu, seen[-1] if seen else 0, len(detection.backends)


def main(argv: list[str] | None = None) -> int:
    """Build, measure, print, clean up."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=100_000, help="files in the tree")
    parser.add_argument("--runs", type=int, default=7, help="timed runs of each command")
    parser.add_argument("--keep", action="store_true", help="keep the tree afterwards")
    args = parser.parse_args(argv)
    root = Path(tempfile.mkdtemp(prefix="designer-bench-", dir="/tmp"))
    try:
        start = time.perf_counter()
        written = build(root, args.files)
        print(f"built {written:,} files under {root} in {time.perf_counter() - start:.1f} s")
        _time_find(root)  # warm the page cache for both contenders
        finds, detects = [], []
        for _ in range(args.runs):  # interleaved, so that both see the same machine load
            finds.append(_time_find(root))
            detects.append(_time_detect(root))
        for label, runs in (("find ROOT -type f | wc -l", finds), ("designer detect", detects)):
            walls = [run[0] for run in runs]
            print(
                f"{label}: best wall {min(walls):.3f} s, median wall {statistics.median(walls):.3f}"
                f" s, median cpu {statistics.median(run[1] for run in runs):.3f} s"
                f" (wall runs: {', '.join(f'{w:.3f}' for w in walls)})"
            )
        print(
            f"find counted {finds[0][2]:,} files; detect saw {detects[0][2]:,} files "
            f"(the rest pruned) and found {detects[0][3]} backends"
        )
        comparisons = (
            ("best wall", min(r[0] for r in detects), min(r[0] for r in finds)),
            (
                "median wall",
                statistics.median(r[0] for r in detects),
                statistics.median(r[0] for r in finds),
            ),
            (
                "median cpu",
                statistics.median(r[1] for r in detects),
                statistics.median(r[1] for r in finds),
            ),
        )
        for label, ours, theirs in comparisons:
            ratio = ours / theirs if theirs else float("inf")
            verdict = "met" if ratio <= 1.0 else "missed"
            print(f"detect / find ({label}) = {ratio:.2f} (target <= 1.00: {verdict})")
    finally:
        if args.keep:
            print(f"kept {root}")
        else:
            shutil.rmtree(root, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
