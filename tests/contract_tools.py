"""The real tools that judge the GraphQL and Protocol Buffers exports in the tests.

graphql-js (npm, tests/graphql) builds and validates SDL; protoc (PyPI grpcio-tools) and
buf lint (npm @bufbuild/buf) come from the judges that `.ci/run` sets up (DESIGNER_JUDGES).
Outside CI a missing tool skips with its reason; under CI it fails.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import tempfile
from pathlib import Path
from typing import Any

import pytest

GRAPHQL_DIR = Path(__file__).parent / "graphql"


def _missing(reason: str) -> None:
    if os.environ.get("CI"):
        pytest.fail(reason, pytrace=False)
    pytest.skip(reason)


def validate_sdl(texts: list[str]) -> list[dict[str, Any]]:
    """graphql-js's reading of each SDL text: {ok, errors, types, query, mutation,
    subscription}."""
    if shutil.which("node") is None or not (GRAPHQL_DIR / "node_modules" / "graphql").is_dir():
        _missing("Node or tests/graphql/node_modules missing "
                 "(run: npm ci --prefix tests/graphql)")
    proc = subprocess.run(["node", str(GRAPHQL_DIR / "validate.mjs")], input=json.dumps(texts),
                          capture_output=True, text=True, timeout=300, check=True)
    return json.loads(proc.stdout)


def _judges() -> Path:
    folder = Path(os.environ.get("DESIGNER_JUDGES", "/nonexistent"))
    python = folder / ".venv" / "bin" / "python"
    buf = folder / "node" / "node_modules" / ".bin" / "buf"
    if not python.exists() or not buf.exists():
        _missing("protoc and buf missing: set DESIGNER_JUDGES to a set-up copy of "
                 "../shared/judges (see .ci/run)")
    return folder


def check_proto(files: dict[str, str]) -> list[str]:
    """protoc errors and warnings, then buf lint findings (the judges' buf.yaml: STANDARD) of
    each proto file, each compiled and linted in a folder of its own."""
    judges = _judges()
    findings: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        # The files of one folder are one package and import each other by name, as the
        # judge compiles them: each with its own folder as the include path.
        folders: dict[str, str] = {}
        placed = []
        for rel, text in sorted(files.items()):
            parent = str(Path(rel).parent)
            folder = folders.setdefault(parent, str(len(folders)))
            path = Path(tmp) / folder / Path(rel).name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
            placed.append((rel, path))
        for rel, path in placed:
            protoc = subprocess.run(
                [str(judges / ".venv" / "bin" / "python"), "-m", "grpc_tools.protoc",
                 f"--proto_path={path.parent}", f"--descriptor_set_out={path}.pb", path.name],
                cwd=path.parent, capture_output=True, text=True, timeout=120, check=False)
            out = (protoc.stdout + protoc.stderr).strip()
            if protoc.returncode or out:
                findings.append(f"protoc {rel}: {out or protoc.returncode}")
                continue
            lint = subprocess.run(
                [str(judges / "node" / "node_modules" / ".bin" / "buf"), "lint", "--config",
                 str(judges / "config" / "buf.yaml"), "--error-format", "text", path.name],
                cwd=path.parent, capture_output=True, text=True, timeout=120, check=False,
                env={**os.environ, "BUF_CACHE_DIR": str(Path(tmp) / "cache"), "NO_COLOR": "1"})
            if lint.returncode:
                findings.append(f"buf {rel}: {(lint.stdout + lint.stderr).strip()}")
    return findings
