"""Held-out set 204 (#19): a Spring Boot application of a build keeping data of its own
(Jdbi in its own build, on the build's data module the API application uses too) whose code
declares `@Scheduled` timeouts AND `@JmsListener` consumers of the inbound queue, no
controller. It is a message consumer writing each message's state: a worker keeping data of
its own, which HELDOUT counts. The rule taking a scheduler on the product's data module for no
backend (`shared_workers`, set 314) took it away; a consumer is left alone. The scheduler with
no listener (set 314's) is still no backend."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder
from test_detect_heldout314_scheduled_stores import _tree
from test_detect_projects import write

_CONSUMER = """package org.acme.scheduler;

import org.springframework.jms.annotation.JmsListener;
import org.springframework.stereotype.Component;

@Component
public class InboundQueueConsumer {
    @JmsListener(destination = "${inbound.queue}")
    public void receive(String message) { }
}
"""


def _files(consumer: bool) -> dict[str, str]:
    files = _tree()
    if consumer:
        files["rentals-scheduler/src/main/java/org/acme/scheduler/InboundQueueConsumer.java"] = (
            _CONSUMER
        )
    return files


def test_scheduler_consuming_a_queue_with_data_of_its_own_stays_a_backend(
    tmp_path: Path,
) -> None:
    found = by_folder(write(tmp_path, _files(consumer=True)))
    assert {"rentals-api", "rentals-scheduler"} <= set(found)


def test_scheduler_consuming_nothing_is_still_no_backend(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _files(consumer=False)))
    assert "rentals-api" in found
    assert "rentals-scheduler" not in found
