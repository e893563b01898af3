"""A Rust notification worker reading a store another program writes, as set 499 showed it
(benchmarks/detect_heldout499.yaml, #19): a crate of a Cargo workspace holding the DynamoDB
SDK's client only to look up, through a shared storage crate's getter, the subscriptions the
API stored, whose only route is Axum's `/health`. It keeps no data of its own (HELDOUT.md's
terms) and serves operators only: no backend. The API beside it stays one; so does the worker
once it writes through its store, or calls the SDK's writes itself."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder
from test_detect_projects import cargo, write

_HEALTH = """use axum::{http::StatusCode, routing::get, Router};

pub async fn serve(port: u16) -> anyhow::Result<()> {
    let app = Router::new().route("/health", get(health));
    let listener = tokio::net::TcpListener::bind(("0.0.0.0", port)).await?;
    axum::serve(listener, app).await?;
    Ok(())
}

async fn health() -> StatusCode {
    StatusCode::OK
}
"""

_MAIN = """use aws_sdk_dynamodb::Client as DynamoDbClient;
use storage::PushSubscriptionStorage;

mod health;
mod processor;

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let config = aws_config::load_from_env().await;
    let dynamodb_client = std::sync::Arc::new(DynamoDbClient::new(&config));
    let subscription_storage = PushSubscriptionStorage::new(dynamodb_client, "subscriptions");
    tokio::spawn(health::serve(8080));
    processor::run(subscription_storage).await
}
"""

_PROCESSOR = """use storage::PushSubscriptionStorage;

pub async fn run(subscription_storage: PushSubscriptionStorage) -> anyhow::Result<()> {
    loop {
        let envelope = next_message().await?;
        let subscriptions = subscription_storage
            CALL
            .await?;
        send_push(subscriptions).await?;
    }
}
"""

_API = """use axum::{routing::post, Router};
use storage::PushSubscriptionStorage;

#[tokio::main]
async fn main() {
    let app = Router::new().route("/v1/notifications", post(subscribe));
    let listener = tokio::net::TcpListener::bind("0.0.0.0:8000").await.unwrap();
    axum::serve(listener, app).await.unwrap();
}
"""

_STORAGE = """pub struct PushSubscriptionStorage { client: aws_sdk_dynamodb::Client, table: String }

impl PushSubscriptionStorage {
    pub async fn insert(&self, item: Item) -> Result<()> {
        self.client.put_item().table_name(&self.table).send().await?;
        Ok(())
    }
}
"""

_DEPS = (
    "axum = { workspace = true }",
    "aws-sdk-dynamodb = { workspace = true }",
    "tokio = { workspace = true }",
    "storage = { path = '../storage' }",
)


def _workspace(call: str = ".get_all_by_topic(&envelope.topic)") -> dict[str, str]:
    return {
        "Cargo.toml": (
            '[workspace]\nmembers = ["backend", "notification-worker", "storage"]\n'
            'resolver = "2"\n\n[workspace.dependencies]\naxum = "0.8"\n'
            'aws-sdk-dynamodb = "1.82"\ntokio = { version = "1", features = ["full"] }\n'
        ),
        "backend/Cargo.toml": cargo(*_DEPS).replace('name = "app"', 'name = "backend"'),
        "backend/src/main.rs": _API,
        "notification-worker/Cargo.toml": cargo(*_DEPS).replace(
            'name = "app"', 'name = "notification-worker"'
        ),
        "notification-worker/src/main.rs": _MAIN,
        "notification-worker/src/health.rs": _HEALTH,
        "notification-worker/src/processor.rs": _PROCESSOR.replace("CALL", call),
        "storage/Cargo.toml": cargo("aws-sdk-dynamodb = { workspace = true }").replace(
            'name = "app"', 'name = "storage"'
        ),
        "storage/src/lib.rs": _STORAGE,
    }


def test_a_worker_only_reading_its_store_behind_a_health_route_is_no_backend(
    tmp_path: Path,
) -> None:
    assert set(by_folder(write(tmp_path, _workspace()))) == {"backend"}


def test_a_worker_writing_through_its_store_stays_a_backend(tmp_path: Path) -> None:
    # Counter-case: it stores what it takes (`subscription_storage.insert(…)`): data of its own.
    found = by_folder(write(tmp_path, _workspace(".insert(item)")))
    assert set(found) == {"backend", "notification-worker"}


def test_a_worker_calling_the_sdks_writes_stays_a_backend(tmp_path: Path) -> None:
    # Counter-case: the SDK's own write in its sources (`put_item`).
    files = _workspace()
    files["notification-worker/src/audit.rs"] = (
        "pub async fn audit(client: &aws_sdk_dynamodb::Client) {\n"
        '    client.put_item().table_name("audit").send().await.unwrap();\n}\n'
    )
    assert set(by_folder(write(tmp_path, files))) == {"backend", "notification-worker"}
