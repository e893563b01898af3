"""A folder of model code whose image ships its serverless handler by name and leaves out the
FastAPI server it keeps for trying the model by hand (#19): no server is deployed from it, so
it is no backend; a sibling service whose image ships its server stays one."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

REQUIREMENTS = "fastapi==0.116.1\nuvicorn[standard]==0.35.0\ntorch==2.8.0\n"
SERVER = (
    "from fastapi import FastAPI, UploadFile\n\napp = FastAPI()\n\n\n"
    '@app.post("/transcribe")\nasync def transcribe(audio: UploadFile) -> dict:\n'
    '    return {"text": ""}\n'
)
HANDLER = (
    "import platform_sdk\nfrom contract import check\n\n\n"
    "def handler(job):\n    return check(job)\n\n\n"
    'platform_sdk.serverless.start({"handler": handler})\n'
)
IMAGE = (
    "FROM python:3.12\nWORKDIR /app\nCOPY requirements-serverless.lock ./\n"
    "RUN pip install -r requirements-serverless.lock\n"
    "COPY contract.py handler.py ./\n"
    'CMD ["python", "-u", "handler.py"]\n'
)


def _files(image: str) -> dict[str, str]:
    return {
        "speech/requirements.txt": REQUIREMENTS,
        "speech/serve_model.py": SERVER,
        "speech/handler.py": HANDLER,
        "speech/contract.py": "def check(job):\n    return job\n",
        "speech/Dockerfile.serverless": image,
        "speech/requirements-serverless.lock": "torch==2.8.0\n",
    }


def test_image_leaving_the_server_out_is_no_backend(tmp_path: Path) -> None:
    assert "speech" not in by_folder(write(tmp_path, _files(IMAGE)))


def test_image_copying_the_folder_keeps_the_backend(tmp_path: Path) -> None:
    image = IMAGE.replace("COPY contract.py handler.py ./", "COPY . .")
    backend = by_folder(write(tmp_path, _files(image)))["speech"]
    assert first(backend, K.FRAMEWORK)[0] == "FastAPI"


def test_server_a_script_starts_keeps_the_backend(tmp_path: Path) -> None:
    files = {**_files(IMAGE), "speech/run.sh": "uvicorn serve_model:app --port 7820\n"}
    assert first(by_folder(write(tmp_path, files))["speech"], K.FRAMEWORK)[0] == "FastAPI"


def test_image_starting_a_file_it_did_not_copy_keeps_the_backend(tmp_path: Path) -> None:
    image = (
        "FROM python:3.12\nRUN git clone https://example.org/app.git /app\n"
        "COPY start.sh /start.sh\nCMD sh /start.sh && python manage.py runserver 0.0.0.0:8080\n"
    )
    assert first(by_folder(write(tmp_path, _files(image)))["speech"], K.FRAMEWORK)[0] == "FastAPI"
