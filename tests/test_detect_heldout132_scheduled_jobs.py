"""A scheduled job beside the product's service, as the hundred-and-thirty-second held-out set
showed (benchmarks/detect_heldout132.yaml, #19): a Cargo workspace whose API crate keeps its
data (Axum over sqlx), beside a small Axum binary a scheduler triggers over HTTP (one route at
`/` that checks the product's URLs and tells the operators' chat; no data). Its code cannot
tell it from a relay; its README's lead says it is a cron job: a job, not a backend
(HELDOUT.md's workers and batch jobs). Counter-cases: without that README, with data of its
own, with a README naming a cron-job monitoring product, or alone in the tree, it stays."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder
from test_detect_projects import write

_WORKSPACE = '[workspace]\n\nmembers = ["backend", "healthz"]\nresolver = "2"\n'

_API = """[package]
name = "planner"
version = "0.1.0"
edition = "2024"

[dependencies]
axum = "0.8.8"
sqlx = { version = "0.8.6", features = ["runtime-tokio", "postgres"] }
tokio = { version = "1.49.0", features = ["full"] }
"""

_API_MAIN = """use axum::{routing::get, Router};
use sqlx::postgres::PgPoolOptions;

#[tokio::main]
async fn main() {
    let pool = PgPoolOptions::new().connect("postgresql://localhost/planner").await.unwrap();
    let app = Router::new().route("/api/tasks", get(tasks)).with_state(pool);
    let listener = tokio::net::TcpListener::bind("0.0.0.0:3000").await.unwrap();
    axum::serve(listener, app).await.unwrap();
}
"""

_JOB = """[package]
name = "healthz"
version = "0.1.0"
edition = "2024"

[dependencies]
anyhow = "1.0.100"
axum = "0.8.8"
reqwest = { version = "0.13.1", features = ["json"] }
serde = { version = "1.0.228", features = ["derive"] }
tokio = { version = "1.49.0", features = ["full"] }
"""

_JOB_MAIN = """use axum::{extract::Query, routing::get, Json, Router};
use std::env;

async fn handle(Query(params): Query<CheckAndNotify>) -> Json<Status> {
    let status = check_and_notify(&params.url, params.chat_id).await;
    Json(status)
}

#[tokio::main]
async fn main() {
    let app = Router::new().route("/", get(handle));
    let port = env::var("PORT").unwrap_or("8000".into());
    let listener = tokio::net::TcpListener::bind(format!("0.0.0.0:{port}")).await.unwrap();
    axum::serve(listener, app).await.unwrap();
}
"""

_JOB_README = (
    "# HealthZ\n\nThis is a cronjob that checks the status of the planner.\n\n"
    "## How to Deploy a New Version\n\n1. Build and tag the Docker image.\n"
)


def _tree(readme: str | None = _JOB_README, job: str = _JOB) -> dict[str, str]:
    files = {
        "Cargo.toml": _WORKSPACE,
        "backend/Cargo.toml": _API,
        "backend/src/main.rs": _API_MAIN,
        "healthz/Cargo.toml": job,
        "healthz/src/main.rs": _JOB_MAIN,
        "healthz/Dockerfile": "FROM rust:1.92\nCMD [\"./healthz\"]\n",
    }
    if readme is not None:
        files["healthz/README.md"] = readme
    return files


def test_a_job_its_readme_calls_a_cronjob_is_no_backend(tmp_path: Path) -> None:
    assert list(by_folder(write(tmp_path, _tree()))) == ["backend"]


def test_a_scheduled_task_said_in_other_words_is_no_backend_either(tmp_path: Path) -> None:
    readme = "# Pruner\n\nRuns as a scheduled job, once a night.\n"
    assert list(by_folder(write(tmp_path, _tree(readme)))) == ["backend"]


def test_without_such_a_readme_the_program_stays_a_backend(tmp_path: Path) -> None:
    # Counter-case: its code alone reads as a small relay other programs may call.
    assert sorted(by_folder(write(tmp_path, _tree(None)))) == ["backend", "healthz"]


def test_a_cron_job_monitoring_product_stays_a_backend(tmp_path: Path) -> None:
    # Counter-case: the lead names what the product watches, not what the project is.
    readme = "# Watch\n\nWatch is a cron job monitoring service. It listens for pings.\n"
    assert sorted(by_folder(write(tmp_path, _tree(readme)))) == ["backend", "healthz"]


def test_a_job_keeping_data_of_its_own_stays_a_backend(tmp_path: Path) -> None:
    # Counter-case: a program writing a store of its own counts, however it is triggered.
    job = _JOB + 'sqlx = { version = "0.8.6", features = ["runtime-tokio", "postgres"] }\n'
    assert sorted(by_folder(write(tmp_path, _tree(job=job)))) == ["backend", "healthz"]


def test_a_job_alone_in_its_tree_stays_the_backend(tmp_path: Path) -> None:
    # Counter-case: as with a double, it is left out only beside another service.
    files = {
        "Cargo.toml": _JOB,
        "src/main.rs": _JOB_MAIN,
        "README.md": _JOB_README,
    }
    assert list(by_folder(write(tmp_path, files))) == ["."]
