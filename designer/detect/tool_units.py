"""Servers in a tools folder that a systemd unit of their own folder runs as a service.

A server kept in a `tools/` folder is a developer's tool unless it ships as an application of
its own (`nonservices.is_tool`: a Dockerfile or Procfile keeps it). A project installed on a
machine rather than shipped as an image ships the same way through a systemd unit kept beside
its code (`video-server.service` with `[Service]` and `ExecStart=…/uvicorn server:app`): the
operator installs the unit and the machine runs the server for the product to call, which is
a deployment, not a developer starting a tool by hand. Only units at the top of the project's
own folder are read (a unit elsewhere may start any program), and only for projects in a tools
folder (elsewhere nothing asks whether they are deployed).
"""

from __future__ import annotations

import os
import re

from designer.detect.assemble import Unit
from designer.detect.nonservices import is_tool
from designer.detect.walker import read_text

_SERVICE = re.compile(r"(?m)^[ \t]*\[Service\][ \t]*$")
"""A systemd unit's service section."""
_START = re.compile(r"(?m)^[ \t]*ExecStart[ \t]*=[ \t]*\S")
"""The command the unit starts."""


def mark(top: str, units: dict[str, Unit]) -> None:
    """Set `Unit.deployable` on the projects in a tools folder whose own folder keeps a
    systemd service unit starting a program."""
    for unit in units.values():
        if unit.folder == "." or unit.deployable or not is_tool(unit.folder):
            continue
        if _runs_as_service(top, unit.folder):
            unit.deployable = True


def _runs_as_service(top: str, folder: str) -> bool:
    """Whether a `*.service` file at the top of `folder` is a systemd service unit."""
    try:
        names = sorted(os.listdir(os.path.join(top, *folder.split("/"))))
    except OSError:
        return False
    for name in names:
        if not name.endswith(".service"):
            continue
        text = read_text(top, f"{folder}/{name}")[0]
        if text and _SERVICE.search(text) and _START.search(text):
            return True
    return False
