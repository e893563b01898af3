"""Rust: the AWS SDK's DynamoDB client names the engine, and only for the members of a Cargo
workspace that take it (set 183, #19).

A wallet's server workspace declares `aws-sdk-dynamodb` once, in the root's
`[workspace.dependencies]`, beside axum. Its key-store API names the client
(`aws-sdk-dynamodb = { workspace = true }`) and keeps its tables in DynamoDB through it, bare
(no data layer: the engine only, as Go's and Java's SDKs). Its signing enclave, another axum
server of the same workspace, names no store at all: the table offers the crate to every
member, and Cargo builds each one with what it names, so the enclave keeps no DynamoDB."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_ROOT = (
    '[workspace]\nresolver = "2"\nmembers = ["keys-api", "enclave"]\n\n'
    '[workspace.dependencies]\naxum = "0.7.4"\naws-sdk-dynamodb = "=1.56.0"\n'
    'tokio = { version = "1", features = ["full"] }\n'
)


def _crate(name: str, store: bool) -> str:
    extra = "aws-sdk-dynamodb = { workspace = true }\n" if store else ""
    return (
        f'[package]\nname = "{name}"\nversion = "0.1.0"\nedition = "2021"\n\n'
        f'[[bin]]\nname = "{name}"\n\n'
        "[dependencies]\naxum = { workspace = true }\ntokio = { workspace = true }\n" + extra
    )


_MAIN = (
    "use axum::{routing::post, Router};\n\n#[tokio::main]\nasync fn main() {\n"
    '    let app = Router::new().route("/keys", post(create));\n'
    '    let listener = tokio::net::TcpListener::bind("0.0.0.0:8080").await.unwrap();\n'
    "    axum::serve(listener, app).await.unwrap();\n}\n\nasync fn create() {}\n"
)


def _tree() -> dict[str, str]:
    return {
        "Cargo.toml": _ROOT,
        "keys-api/Cargo.toml": _crate("keys-api", store=True),
        "keys-api/src/main.rs": _MAIN,
        "enclave/Cargo.toml": _crate("enclave", store=False),
        "enclave/src/main.rs": _MAIN,
    }


def test_the_bare_dynamodb_client_names_the_engine(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _tree()))
    assert first(found["keys-api"], K.FRAMEWORK)[0] == "Axum"
    assert first(found["keys-api"], K.DATABASE)[0] == "DynamoDB"
    assert first(found["keys-api"], K.QUERY) == ("", "")
    assert first(found["keys-api"], K.ORM) == ("", "")


def test_a_member_not_taking_the_offered_client_keeps_no_engine(tmp_path: Path) -> None:
    # Counter-case: the enclave names axum, never the DynamoDB client the root offers.
    found = by_folder(write(tmp_path, _tree()))
    assert first(found["enclave"], K.FRAMEWORK)[0] == "Axum"
    assert first(found["enclave"], K.DATABASE) == ("", "")
