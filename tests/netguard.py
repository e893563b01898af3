"""Run designer with the network watched: `python tests/netguard.py LOG (cli ARGS… | app DESIGN)`.

Installed before designer (or anything it imports) is loaded, so an import-time probe counts too.
Every attempt to reach another machine — a TCP/UDP connect, a datagram sent, a name looked up —
is refused and written to LOG, one line each; the test reads LOG. Local sockets stay allowed:
asyncio's self-pipe is an AF_UNIX socket pair, and binding a socket (urllib3 probes IPv6 that
way) reaches nobody.
"""

from __future__ import annotations

import asyncio
import contextlib
import socket
import sys
from pathlib import Path
from typing import Any

NETWORK_FAMILIES = {socket.AF_INET, socket.AF_INET6}
LOG = Path(sys.argv[1])


def _record(what: str) -> None:
    with LOG.open("a", encoding="utf-8") as log:
        log.write(what + "\n")


_connect = socket.socket.connect
_connect_ex = socket.socket.connect_ex
_sendto = socket.socket.sendto


def connect(self: socket.socket, address: Any) -> None:
    if self.family in NETWORK_FAMILIES:
        _record(f"connect {address!r}")
        raise ConnectionRefusedError("netguard: no network in designer")
    _connect(self, address)


def connect_ex(self: socket.socket, address: Any) -> int:
    if self.family in NETWORK_FAMILIES:
        _record(f"connect_ex {address!r}")
        return 111
    return _connect_ex(self, address)


def sendto(self: socket.socket, *args: Any) -> int:
    if self.family in NETWORK_FAMILIES:
        _record(f"sendto {args[-1]!r}")
        raise ConnectionRefusedError("netguard: no network in designer")
    return _sendto(self, *args)


def getaddrinfo(host: Any, *args: Any, **kwargs: Any) -> Any:
    _record(f"getaddrinfo {host!r}")
    raise socket.gaierror("netguard: no name lookups in designer")


def gethostbyname(host: str) -> str:
    _record(f"gethostbyname {host!r}")
    raise socket.gaierror("netguard: no name lookups in designer")


socket.socket.connect = connect  # type: ignore[method-assign]
socket.socket.connect_ex = connect_ex  # type: ignore[method-assign]
socket.socket.sendto = sendto  # type: ignore[method-assign]
socket.getaddrinfo = getaddrinfo
socket.gethostbyname = gethostbyname


async def app_session(design: Path) -> None:
    """Open the design, walk every stage, export everything from the review, quit."""
    from designer.tui.app import make_app

    app = make_app(design, autosave_delay=0.05)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = app.screen
        for _ in range(10):
            await screen.action_next_stage()  # type: ignore[attr-defined]
            await pilot.pause()
        await screen.action_export()  # type: ignore[attr-defined]
        for worker in list(app.workers):
            await worker.wait()
        await pilot.pause()
        await app.action_quit()


def main() -> int:
    mode, rest = sys.argv[2], sys.argv[3:]
    if mode == "probe":  # the guard's own test: this attempt is refused before it leaves
        with socket.socket() as probe, contextlib.suppress(OSError):
            probe.connect(("192.0.2.1", 9))  # TEST-NET-1: nobody's address
        return 0
    if mode == "app":
        asyncio.run(app_session(Path(rest[0])))
        return 0
    from designer.cli import main as cli

    return cli(rest)


if __name__ == "__main__":
    sys.exit(main())
