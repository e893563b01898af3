"""The review's precision on a labelled corpus: the examples and tests/review_corpus/designs.

Every finding must carry a label (right or wrong, with the reason, in labels.yaml); a new rule
or a changed design that adds an unlabelled finding fails here until someone has judged it.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest
import yaml

from designer import store
from designer.review import review

ROOT = Path(__file__).resolve().parent.parent
CORPUS = Path(__file__).resolve().parent / "review_corpus"
PRECISION = 0.90
"""Share of findings labelled right that the review must keep."""


@cache
def designs() -> dict[str, Path]:
    """Slug → design file: every example and every corpus design."""
    found = sorted(ROOT.glob("examples/*/*.design.yaml")) + sorted(
        (CORPUS / "designs").glob("*.design.yaml"))
    return {p.name.removesuffix(".design.yaml"): p for p in found}


@cache
def labels() -> dict[str, dict[tuple[str, str], dict[str, str]]]:
    raw = yaml.safe_load((CORPUS / "labels.yaml").read_text(encoding="utf-8"))
    return {slug: {(e["rule"], e["location"]): e for e in entries}
            for slug, entries in raw.items()}


@cache
def findings() -> dict[str, set[tuple[str, str]]]:
    return {slug: {(f.rule_id, f.location) for f in review(store.load(path))}
            for slug, path in designs().items()}


def test_the_corpus_has_the_examples_and_ten_more_designs() -> None:
    assert len(list((CORPUS / "designs").glob("*.design.yaml"))) >= 10
    assert set(labels()) <= set(designs())


def test_every_label_is_a_verdict_with_a_reason() -> None:
    for slug, entries in labels().items():
        for key, entry in entries.items():
            assert entry["verdict"] in {"right", "wrong"}, (slug, key)
            assert len(entry["reason"].split()) >= 4, (slug, key)


@pytest.mark.parametrize("slug", sorted(designs()))
def test_every_finding_is_labelled_and_every_label_found(slug: str) -> None:
    found = findings()[slug]
    labelled = set(labels().get(slug, {}))
    assert sorted(found - labelled) == [], f"{slug}: findings without a label in labels.yaml"
    assert sorted(labelled - found) == [], f"{slug}: labels for findings the review no longer has"


def test_precision_stays_at_ninety_percent() -> None:
    verdicts = [labels().get(slug, {}).get(key, {}).get("verdict")
                for slug, keys in findings().items() for key in keys]
    assert verdicts and None not in verdicts
    precision = verdicts.count("right") / len(verdicts)
    assert precision >= PRECISION, f"precision {precision:.1%} over {len(verdicts)} findings"
