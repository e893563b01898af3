"""With two frameworks in one backend, the one the program starts from comes first (#19)."""

from __future__ import annotations

from pathlib import Path

from test_detect_projects import package_json, write

from designer.detect import detect
from designer.model.stack import DetectedBackend, FindingKind


def frameworks(backend: DetectedBackend) -> list[str]:
    return [f.name for f in backend.findings if f.kind is FindingKind.FRAMEWORK]


def test_the_entry_point_decides_the_primary_framework(tmp_path: Path) -> None:
    # A Flask app that also builds a FastAPI sub-application: wsgi.py starts Flask.
    files = {
        "requirements.txt": "fastapi==0.111.0\nflask==3.0.3\n",
        "wsgi.py": "app = Flask(__name__)\n",
        "services/internal/metrics.py": "metrics = FastAPI()\n",
    }
    (backend,) = detect(write(tmp_path, files)).backends
    assert frameworks(backend) == ["Flask", "FastAPI"]
    assert not backend.ambiguous


def test_the_shallowest_entry_point_wins(tmp_path: Path) -> None:
    files = {
        "package.json": package_json({"express": "^4.19.2", "koa": "^2.15.0"}),
        "src/index.js": "const app = new Koa()\napp.listen(3000)\n",
        "src/legacy/server.js": "const old = express()\n",
    }
    (backend,) = detect(write(tmp_path, files)).backends
    assert frameworks(backend) == ["Koa", "Express"]
    assert not backend.ambiguous


def test_two_entry_points_side_by_side_stay_a_choice(tmp_path: Path) -> None:
    files = {
        "requirements.txt": "fastapi\nflask\n",
        "main.py": "app = FastAPI()\n",
        "app.py": "app = Flask(__name__)\n",
    }
    (backend,) = detect(write(tmp_path, files)).backends
    assert backend.ambiguous
    assert sorted(frameworks(backend)) == ["FastAPI", "Flask"]
