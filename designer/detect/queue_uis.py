"""A Sinatra a Ruby application declares only for its job queue's web UI.

Sidekiq's web UI (`Sidekiq::Web`, before Sidekiq 4.2), Resque's, delayed_job_web's and
que-web's are Sinatra applications: the queue gem requires Sinatra, and its guides have the
application add `gem 'sinatra', require: nil` so the UI can be mounted (`map '/sidekiq' { run
Sidekiq::Web }`) beside the application's own API. Sinatra is then a dependency of that admin
page, not the framework the application is written to: when the lock shows a queue gem
requiring it, no code of the application's own starts Sinatra (no `require 'sinatra'`, no
`< Sinatra::Base`) and its code starts another framework (a `Grape::API`), Sinatra's
framework signals are dropped, so that it neither competes with that framework nor hosts it
as an add-on (`assemble.ADD_ONS`).

A Sinatra seen in the application's code stays, whatever gem also requires it: an application
may well be written to Sinatra and run Sidekiq.
"""

from __future__ import annotations

from designer.detect.assemble import Unit
from designer.detect.locks import LockFiles
from designer.detect.signals import Strength
from designer.model.stack import FindingKind

LANGUAGE = "ruby"

SINATRA = "Sinatra"

QUEUE_UIS = ("sidekiq", "resque", "delayed_job_web", "que-web")
"""Gems whose web UI is a Sinatra application and which therefore require `sinatra`."""


def drop_ui_sinatra(units: dict[str, Unit], locks: LockFiles) -> None:
    """Take Sinatra's framework signals from each Ruby application whose code starts another
    framework and not Sinatra, when its lock records a queue gem requiring Sinatra."""
    for unit in units.values():
        signals = unit.signals.get(LANGUAGE)
        if not signals:
            continue
        sinatra = [s for s in signals if s.kind is FindingKind.FRAMEWORK and s.name == SINATRA]
        if not sinatra or any(s.strength is Strength.ENTRY for s in sinatra):
            continue
        if not any(
            s.kind is FindingKind.FRAMEWORK and s.name != SINATRA and s.strength is Strength.ENTRY
            for s in signals
        ):
            continue
        if _queue_requires_sinatra(unit.folder, locks):
            unit.signals[LANGUAGE] = [s for s in signals if s not in sinatra]


def _queue_requires_sinatra(folder: str, locks: LockFiles) -> bool:
    return any(
        name == "sinatra"
        for gem in QUEUE_UIS
        for name, _, _ in locks.requirements(folder, LANGUAGE, gem)
    )
