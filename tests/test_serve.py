"""`designer serve`: the app's page on 127.0.0.1, nothing from the internet, and exports made
there delivered to the browser."""

from __future__ import annotations

import asyncio
import io
import socket
import subprocess
import sys
import time
import urllib.request
import zipfile
from pathlib import Path
from typing import Any

import pytest

from designer.commands.new import create
from designer.tui.delivery import export_zip

ROOT = Path(__file__).resolve().parent.parent


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_serve_offers_the_app_page_on_localhost(tmp_path: Path) -> None:
    design = create("Shop", tmp_path)
    port = free_port()
    server = subprocess.Popen([sys.executable, "-m", "designer", "serve", str(design),
                               "--port", str(port)], cwd=tmp_path, stdout=subprocess.DEVNULL,
                              stderr=subprocess.PIPE)
    try:
        page, deadline = "", time.monotonic() + 30
        while time.monotonic() < deadline and not page:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=5) as answer:
                    assert answer.status == 200
                    page = answer.read().decode("utf-8")
            except OSError:
                assert server.poll() is None, server.stderr.read() if server.stderr else ""
                time.sleep(0.3)
        assert "textual.js" in page and "designer" in page
        assert "googleapis" not in page and "://fonts" not in page  # nothing from the internet
    finally:
        server.terminate()
        server.wait(timeout=30)


def test_a_bad_port_or_file_is_one_line_and_exit_2(tmp_path: Path) -> None:
    for args in (["--port", "70000"], [str(tmp_path / "missing.design.yaml")]):
        result = subprocess.run([sys.executable, "-m", "designer", "serve", *args],
                                capture_output=True, text=True, timeout=60, check=False)
        assert result.returncode == 2 and result.stderr.count("\n") == 1, result.stderr


def test_export_zip_is_the_written_files_relative_to_their_folder(tmp_path: Path) -> None:
    out = tmp_path / "docs"
    (out / "diagrams").mkdir(parents=True)
    (out / "architecture.md").write_text("# doc\n")
    (out / "diagrams" / "context.mmd").write_text("graph TD\n")
    name, data = export_zip([out / "diagrams" / "context.mmd", out / "architecture.md"])
    assert name == "docs.zip"
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        assert archive.namelist() == ["architecture.md", "diagrams/context.mmd"]
        assert archive.read("diagrams/context.mmd") == b"graph TD\n"
    assert export_zip([out / "architecture.md", out / "diagrams" / "context.mmd"])[1] == data


def test_an_export_in_a_browser_session_is_delivered(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from textual.app import App

    from designer.tui.app import make_app

    delivered: list[dict[str, Any]] = []
    monkeypatch.setattr(App, "is_web", property(lambda self: True))
    monkeypatch.setattr(App, "deliver_binary", lambda self, file, **kw: delivered.append(
        {"data": file.read(), **kw}))
    design = create("Shop", tmp_path)

    async def session() -> None:
        app = make_app(design, autosave_delay=0.05)
        async with app.run_test(size=(120, 40)) as pilot:
            await app.screen.action_export("openapi")  # type: ignore[attr-defined]
            await pilot.pause(0.2)
            for worker in list(app.workers):
                if worker.group == "export":
                    await worker.wait()
            await pilot.pause()

    asyncio.run(session())
    assert len(delivered) == 1 and delivered[0]["mime_type"] == "application/zip"
    with zipfile.ZipFile(io.BytesIO(delivered[0]["data"])) as archive:
        assert "openapi.yaml" in archive.namelist()
