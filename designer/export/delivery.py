"""How the design ships: its deployable units, the rollout steps with their rollback criteria,
and the CI/CD pipeline. The deployment section and the devops hand-off read these facts.

Steps and criteria are Markdown sentences: everything the user typed in them goes through the
document's escaping (`md`, `code`).

A unit's variables are the ones it needs: a variable that carries a store's connection goes to
the services that use that store (`designer.contract.components`); every other variable to all.
"""

from __future__ import annotations

from dataclasses import dataclass

from designer.contract.components import components, one_unit
from designer.export.facts import env_vars
from designer.export.markdown import code, md
from designer.model import Design
from designer.model.architecture import Service
from designer.model.labels import label
from designer.model.operations import Rollout
from designer.review.graphs import dependency_order, service_graph


@dataclass(frozen=True)
class Unit:
    """One deployable unit: the whole backend, or one service."""

    name: str
    image: str
    port: int | None
    health: str
    readiness: str
    start: str
    migrate: str
    env: list[str]


def _image(design: Design, service: Service | None) -> str:
    if service is not None and service.image.strip():
        return service.image.strip()
    base = design.operations.image.strip()
    if service is None or not base:
        return base
    return f"{base}-{service.name}"


def _env(design: Design, service: Service | None) -> list[str]:
    """Variable names the unit reads (all of them for the whole backend)."""
    rows = env_vars(design)
    if service is None:
        return [v.name for v in rows]
    users = {c.purpose: c.users for c in components(design)}
    keep = []
    for var in rows:
        owners = users.get(var.purpose)
        if owners is None or not owners or service.name in owners:
            keep.append(var.name)
    return keep


def units(design: Design) -> list[Unit]:
    """The units in design order: one per service, or the backend when there are none."""
    ops = design.operations
    services: list[Service | None] = [None] if one_unit(design) \
        else list(design.architecture.services)
    out = []
    for service in services:
        name = service.name if service is not None else (design.name or "backend")
        port = service.port if service is not None and service.port else ops.port
        out.append(Unit(name, _image(design, service), port, ops.health_path.strip(),
                        ops.readiness_path.strip(), ops.start_command.strip(),
                        ops.migrate_command.strip(), _env(design, service)))
    return out


def rollback_criteria(design: Design) -> list[str]:
    """When a release step is rolled back: the design's own targets, breached."""
    nfr = design.requirements.nfr
    out = []
    if nfr.error_rate is not None:
        out.append(f"error rate above {nfr.error_rate:g}%")
    if nfr.p95_latency_ms is not None:
        out.append(f"p95 latency above {nfr.p95_latency_ms} ms")
    if design.operations.readiness_path.strip():
        out.append(f"readiness {code(design.operations.readiness_path.strip())} failing")
    return out


def strangler_steps(design: Design) -> list[str]:
    """One step per service that takes endpoints over from the legacy system, callees first."""
    legacy = {s.name for s in design.architecture.services if s.legacy}
    if not legacy:
        return []
    owned: dict[str, int] = {}
    for _, endpoint in design.api.endpoints():
        if endpoint.service and endpoint.service not in legacy:
            owned[endpoint.service] = owned.get(endpoint.service, 0) + 1
    steps = []
    for group in dependency_order(service_graph(design)):
        for name in group:
            if name in owned:
                steps.append(f"Route the {owned[name]} endpoint(s) of {md(name)} to it at the "
                             f"gateway; {md(', '.join(sorted(legacy)))} keeps the rest")
    kept = [e for _, e in design.api.endpoints() if e.service in legacy]
    names = md(", ".join(sorted(legacy)))
    steps.append(f"Retire {names}: it serves no endpoint" if not kept
                 else f"{names} still serves {len(kept)} endpoint(s): decide their owner")
    return steps


def rollout_steps(design: Design) -> list[str]:
    """The release as steps, from the chosen strategy and the design's settings."""
    ops = design.operations
    ready = f"readiness {code(ops.readiness_path.strip())}" if ops.readiness_path.strip() \
        else "the readiness check"
    steps = [f"Run the migrations ({code(ops.migrate_command.strip())}), expand-only so the old "
             "version keeps working"] if ops.migrate_command.strip() else []
    if ops.rollout is Rollout.CANARY:
        watch = f" for {ops.canary_step_minutes} min" if ops.canary_step_minutes else ""
        steps += [f"Send {share}% of traffic to the new version and watch{watch}"
                  for share in ops.canary_steps] or [
            "Canary steps are not decided (operations: canary steps)"]
    elif ops.rollout is Rollout.BLUE_GREEN:
        steps += [f"Start the new version beside the old one until {ready} passes",
                  "Switch all traffic to the new version; keep the old one running",
                  "Stop the old version once the new one holds its targets"]
    elif ops.rollout is Rollout.ROLLING:
        steps.append(f"Replace instances one at a time, each after {ready} passes")
    elif ops.rollout is Rollout.RECREATE:
        steps.append("Stop every instance, then start the new version (downtime)")
    return steps


def pipeline(design: Design) -> list[str]:
    """CI/CD stages in order: the testing stage's CI stages, then build, migrate and deploy."""
    ops = design.operations
    stages = [md(stage) for stage in design.testing.ci_stages]
    if ops.containers and "build" not in stages:
        stages.append("build and push image" + ("s" if len(units(design)) > 1 else ""))
    if ops.migrate_command.strip():
        stages.append("migrate")
    if ops.rollout is not None:
        stages.append(f"deploy ({label(ops.rollout)})")
    return stages
