"""Hostile or broken import sources get one line naming the file and exit code 2, never a
traceback, a network call or a half-written design: truncated files, `$ref` cycles, remote and
dangling `$ref`s, a 50 MB file, wrong types, binary and non-UTF-8 bytes."""

from __future__ import annotations

import json
import socket
from pathlib import Path

import pytest

from designer.cli import main

EXAMPLE = Path(__file__).parent.parent / "examples" / "fastapi-auth-service" / "export" / \
    "openapi.yaml"

_OPERATION = {"get": {"responses": {"200": {"description": "ok", "content": {
    "application/json": {"schema": {"$ref": "#/components/schemas/A"}}}}}}}


def _doc(schemas: dict, **more) -> dict:
    return {"openapi": "3.1.0", "info": {"title": "x", "version": "1"},
            "paths": {"/a": _OPERATION}, "components": {"schemas": schemas}, **more}


def _cases(tmp_path: Path) -> dict[str, bytes]:
    text = EXAMPLE.read_text(encoding="utf-8")
    as_json = json.dumps(json.loads(json.dumps(__import__("yaml").safe_load(text))))
    return {
        "truncated-yaml": text[: len(text) // 2].encode(),
        "truncated-json": as_json[: len(as_json) // 2].encode(),
        "ref-cycle": json.dumps(_doc({"A": {"$ref": "#/components/schemas/B"},
                                      "B": {"$ref": "#/components/schemas/A"}})).encode(),
        "self-ref": json.dumps(_doc({"A": {"$ref": "#/components/schemas/A"}})).encode(),
        "remote-ref": json.dumps(_doc({"A": {"$ref": "https://schemas.example.com/a.json"}})
                                 ).encode(),
        "file-ref": json.dumps(_doc({"A": {"$ref": "other.yaml#/A"}})).encode(),
        "dangling-ref": json.dumps(_doc({})).encode(),
        "paths-list": json.dumps({"openapi": "3.0.0", "paths": []}).encode(),
        "schemas-list": json.dumps(_doc([])).encode(),
        "version-number": b"openapi: 3.1\npaths: {}\n",
        "not-openapi": b"name: just some yaml\n",
        "top-level-list": b"- 1\n- 2\n",
        "swagger-1": b'{"swagger": "1.2"}',
        "binary": b"\x00\x01\x02openapi",
        "latin-1": "openapi: '3.1.0'\ninfo: {title: caf\xe9}\n".encode("latin-1"),
        "empty": b"   \n",
        "alias": b"a: &x [1]\nb: *x\nopenapi: 3.1.0\n",
    }


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("the importer tried to use the network")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)


def test_each_broken_openapi_file_is_one_line_and_exit_2(tmp_path: Path, capsys,
                                                        no_network: None) -> None:
    for name, raw in _cases(tmp_path).items():
        source = tmp_path / f"{name}.yaml"
        source.write_bytes(raw)
        code = main(["import", "openapi", str(source), "--new", name, "--dir", str(tmp_path)])
        captured = capsys.readouterr()
        assert code == 2, name
        assert captured.err.count("\n") == 1 and str(source) in captured.err, name
        assert "Traceback" not in captured.err, name
        assert not (tmp_path / f"{name}.design.yaml").exists(), name


def test_a_50_mb_file_is_refused_before_it_is_parsed(tmp_path: Path, capsys) -> None:
    source = tmp_path / "huge.json"
    with source.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)  # sparse: the size is all that is read
    for kind in ("openapi", "sql", "spec"):
        assert main(["import", kind, str(source), "--new", "huge", "--dir",
                     str(tmp_path)]) == 2
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and "50.0 MB" in err


def test_missing_files_folders_and_bad_options(tmp_path: Path, capsys) -> None:
    for argv in (["import", "openapi", str(tmp_path / "nope.yaml")],
                 ["import", "sql", str(tmp_path)],
                 ["import", "spec", str(EXAMPLE), "--dry-run"],
                 ["import", "openapi", str(EXAMPLE), "--dialect", "mysql"],
                 ["import", "openapi", str(EXAMPLE), "--into", str(tmp_path / "no.yaml")]):
        assert main(argv) == 2, argv
        assert capsys.readouterr().err.count("\n") == 1, argv


def test_the_design_file_is_left_alone_when_the_import_fails(tmp_path: Path, capsys) -> None:
    target = tmp_path / "mine.design.yaml"
    assert main(["new", "mine", "--dir", str(tmp_path), "--no-open"]) == 0
    before = target.read_bytes()
    source = tmp_path / "cycle.json"
    source.write_text(json.dumps(_doc({"A": {"$ref": "#/components/schemas/A"}})),
                      encoding="utf-8")
    assert main(["import", "openapi", str(source), "--into", str(target), "--replace"]) == 2
    assert target.read_bytes() == before
    capsys.readouterr()


def test_values_out_of_range_are_reported_not_dropped(tmp_path: Path, capsys) -> None:
    source = tmp_path / "lengths.json"
    source.write_text(json.dumps(_doc({"A": {"type": "object", "properties": {
        "id": {"type": "string"}, "x": {"type": "string", "maxLength": 0}}}})),
        encoding="utf-8")
    assert main(["import", "openapi", str(source), "--new", "lengths", "--dir",
                 str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "components.schemas.A.x: maxLength 0" in out
