"""The leader of a census of files (#19): shared by the Go and Node data-layer censuses."""

from __future__ import annotations

import pytest

from designer.detect.census import leader


@pytest.mark.parametrize(
    ("counts", "expected"),
    [
        ({"Sequelize": 122, "Knex": 14}, ("Sequelize", 122)),
        ({"mongo-driver": 7}, ("mongo-driver", 7)),
        # Twice as many is no clear lead; more than twice is.
        ({"GORM": 10, "sqlx": 5}, None),
        ({"GORM": 11, "sqlx": 5}, ("GORM", 11)),
        # One or two importing files are a side path.
        ({"GORM": 2}, None),
        ({}, None),
    ],
)
def test_the_leader_leads_clearly_and_by_enough_files(
    counts: dict[str, int], expected: tuple[str, int] | None
) -> None:
    assert leader(counts) == expected
