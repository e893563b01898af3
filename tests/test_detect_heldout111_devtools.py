"""A framework started only by a developer tool, as set 111 showed it
(benchmarks/detect_heldout111.yaml, #19): a repository root whose pyproject.toml only configures
linters, whose one aiohttp start is a development proxy in `devbin/`, beside the repository's
services in folders of their own (which declare nothing themselves: their images install the
pinned lists of a sibling library). The root is no backend because of that proxy."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder
from test_detect_heldout111_images import _DOCKERFILE, _service
from test_detect_projects import write

_ROOT_PYPROJECT = (
    "[tool.ruff]\nline-length = 120\n\n[tool.ruff.lint]\nselect = [\"F\", \"E\"]\n\n"
    "[tool.pyright]\nignore = [\"devbin\"]\n"
)

_PROXY = (
    "import aiohttp\nfrom aiohttp import web\n\n\nasync def proxy(request):\n"
    "    async with aiohttp.ClientSession() as session:\n"
    "        async with session.get(request.url) as resp:\n"
    "            return web.Response(body=await resp.read())\n\n\n"
    "app = web.Application()\napp.router.add_route('*', '/{tail:.*}', proxy)\n"
    "web.run_app(app)\n"
)

_SERVICE_FILES = _service(_DOCKERFILE)
"""A service declaring nothing itself, whose image installs a sibling library's pinned list
(`test_detect_heldout111_images`): beside it no application declares its framework, so the
root is not dropped as an undeclared helper."""


def _tree(tool_folder: str, root_manifest: str = _ROOT_PYPROJECT) -> dict[str, str]:
    return {
        "pyproject.toml": root_manifest,
        f"{tool_folder}/dev_proxy.py": _PROXY,
        **_SERVICE_FILES,
    }


def test_a_dev_proxy_in_devbin_makes_no_backend_of_the_root(tmp_path: Path) -> None:
    backends = by_folder(write(tmp_path, _tree("devbin")))
    assert set(backends) == {"auth"}


def test_a_server_in_hack_makes_no_backend_of_the_root(tmp_path: Path) -> None:
    backends = by_folder(write(tmp_path, _tree("hack")))
    assert set(backends) == {"auth"}


def test_a_root_declaring_the_framework_stays_a_backend(tmp_path: Path) -> None:
    # Counter-case: the root's own manifest installs aiohttp; its server is the project's.
    manifest = '[project]\nname = "proxy"\nversion = "1.0"\ndependencies = ["aiohttp>=3.9"]\n'
    backends = by_folder(write(tmp_path, _tree("devbin", manifest)))
    assert set(backends) == {".", "auth"}


def test_a_server_in_bin_stays_a_backend(tmp_path: Path) -> None:
    # Counter-case: `bin/` holds an application's own entry points (`bin/www`, `bin/rails`).
    backends = by_folder(write(tmp_path, _tree("bin")))
    assert set(backends) == {".", "auth"}


def test_a_project_whose_only_server_is_a_tool_keeps_it(tmp_path: Path) -> None:
    # Counter-case: with no other service, the only server found is still reported.
    files = {"pyproject.toml": _ROOT_PYPROJECT, "devbin/dev_proxy.py": _PROXY}
    backends = by_folder(write(tmp_path, files))
    assert set(backends) == {"."}


def test_a_root_dockerfile_running_the_tool_keeps_the_root(tmp_path: Path) -> None:
    # The project ships the program: its own image starts it, so it is no developer's helper.
    files = {**_tree("tools"), "Dockerfile": (
        "FROM python:3.12-slim\nWORKDIR /app\nCOPY . .\nRUN pip install aiohttp\n"
        'CMD ["python", "tools/dev_proxy.py"]\n'
    )}
    assert set(by_folder(write(tmp_path, files))) == {".", "auth"}


def test_a_procfile_running_the_tool_by_module_keeps_the_root(tmp_path: Path) -> None:
    files = {**_tree("scripts"), "Procfile": "web: python -m scripts.dev_proxy\n"}
    assert set(by_folder(write(tmp_path, files))) == {".", "auth"}


def test_a_compose_command_running_the_tool_keeps_the_root(tmp_path: Path) -> None:
    files = {**_tree("devbin"), "docker-compose.yml": (
        "services:\n  proxy:\n    image: python:3.12\n    volumes:\n      - ./:/srv\n"
        "    command: python /srv/devbin/dev_proxy.py\n"
    )}
    assert set(by_folder(write(tmp_path, files))) == {".", "auth"}


def test_a_root_dockerfile_running_something_else_drops_the_root(tmp_path: Path) -> None:
    # Counter-case: the root's image runs another program (a documentation build), not the
    # proxy in `devbin/`, nor a file whose name only ends like it.
    files = {**_tree("devbin"), "Dockerfile": (
        "FROM python:3.12-slim\nCOPY . .\n"
        'CMD ["python", "mydevbin/dev_proxy.py", "--docs", "devbin/dev_proxy.pyi"]\n'
    )}
    assert set(by_folder(write(tmp_path, files))) == {"auth"}
