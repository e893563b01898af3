"""Private, throwaway PostgreSQL and MariaDB servers for the tests that apply DDL.

Each server is started once per test session: its data folder is under a temp folder, it
listens on a unix socket there and on no TCP port, and it is stopped and deleted at the end.
Each test asks for a fresh database. When a server cannot be started, the test skips with the
reason, except under `CI`, where it fails: `.ci/run` installs the servers first.

Catalog queries return JSON built by the server (json_agg / JSON_ARRAYAGG), so names holding
quotes, tabs or emoji read back exactly.
"""

from __future__ import annotations

import atexit
import glob
import json
import os
import pwd
import re
import shutil
import signal
import subprocess
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

_RUN_AS = "nobody"
"""initdb and mariadbd refuse to run as root; the servers then run as this user."""


def _user() -> str | None:
    return _RUN_AS if os.geteuid() == 0 else None


def _run(cmd: list[str], *, user: str | None = None, timeout: float = 120,
         stdin: bytes | None = None, env: dict[str, str] | None = None
         ) -> subprocess.CompletedProcess[bytes]:
    kwargs: dict[str, Any] = {}
    if user:
        kwargs.update(user=user, group=pwd.getpwnam(user).pw_gid, extra_groups=[], cwd="/")
    return subprocess.run(cmd, input=stdin, capture_output=True, timeout=timeout, env=env,
                          check=False, **kwargs)


def _tail(proc: subprocess.CompletedProcess[bytes]) -> str:
    text = (proc.stderr + proc.stdout).decode("utf-8", "replace").strip().splitlines()
    return " | ".join(text[-3:]) or f"exit {proc.returncode}"


def unavailable(reason: str) -> None:
    """Skip the test with `reason`; under CI, fail it (the servers must be there)."""
    if os.environ.get("CI"):
        pytest.fail(f"database server unavailable in CI: {reason}", pytrace=False)
    pytest.skip(reason)


class Applied:
    """The outcome of applying a DDL file: exit code and the client's error output."""

    def __init__(self, proc: subprocess.CompletedProcess[bytes]) -> None:
        self.returncode = proc.returncode
        self.errors = proc.stderr.decode("utf-8", "replace")

    @property
    def ok(self) -> bool:
        """Applied without an error."""
        return self.returncode == 0 and "ERROR" not in self.errors


class Postgres:
    """A private PostgreSQL server (Debian's postgresql or any initdb on PATH)."""

    name = "postgresql"

    def __init__(self, root: Path) -> None:
        self.dir = Path(tempfile.mkdtemp(prefix="pg.", dir=root))
        self.user = _user()
        if self.user:
            entry = pwd.getpwnam(self.user)
            os.chown(self.dir, entry.pw_uid, entry.pw_gid)
        self.data = self.dir / "data"
        self.bin = self._find()
        self.count = 0
        self.started = False

    @staticmethod
    def _find() -> Path:
        found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"),
                       key=lambda p: [int(x) for x in re.findall(r"\d+", p)])
        initdb = found[-1] if found else shutil.which("initdb")
        if not initdb:
            raise RuntimeError("PostgreSQL is not installed (no initdb): apt-get install "
                               "postgresql")
        return Path(initdb).parent

    def start(self) -> None:
        proc = _run([str(self.bin / "initdb"), "-D", str(self.data), "-U", "test",
                     "--auth=trust", "-E", "UTF8", "--locale=C", "--no-sync"], user=self.user)
        if proc.returncode:
            raise RuntimeError("initdb: " + _tail(proc))
        options = (f"-c listen_addresses='' -c unix_socket_directories='{self.dir}' "
                   "-c fsync=off -c synchronous_commit=off -c full_page_writes=off")
        proc = _run([str(self.bin / "pg_ctl"), "-D", str(self.data), "-l",
                     str(self.dir / "server.log"), "-w", "-t", "60", "-o", options, "start"],
                    user=self.user)
        self.started = True
        if proc.returncode:
            raise RuntimeError("pg_ctl start: " + _tail(proc))

    def stop(self) -> None:
        if self.started:
            _run([str(self.bin / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "-w",
                  "stop"], user=self.user, timeout=60)
        shutil.rmtree(self.dir, ignore_errors=True)

    def _psql(self, database: str, *args: str, stdin: bytes | None = None
              ) -> subprocess.CompletedProcess[bytes]:
        env = dict(os.environ, PGOPTIONS="-c client_min_messages=warning")
        return _run([str(self.bin / "psql"), "-X", "-q", "-v", "ON_ERROR_STOP=1", "-h",
                     str(self.dir), "-U", "test", "-d", database, *args], stdin=stdin, env=env)

    def create_database(self) -> str:
        """A new, empty database's name."""
        self.count += 1
        name = f"t{self.count}"
        proc = self._psql("postgres", "-c", f'CREATE DATABASE "{name}"')
        assert proc.returncode == 0, _tail(proc)
        return name

    def apply(self, database: str, ddl: str) -> Applied:
        """Run `ddl` into `database`, stopping at the first error."""
        return Applied(self._psql(database, "-f", "-", stdin=ddl.encode("utf-8")))

    def query(self, database: str, sql: str) -> list[dict[str, Any]]:
        """Rows of `sql` (a SELECT), read back through json_agg."""
        proc = self._psql(database, "-A", "-t", "-c",
                          f"SELECT coalesce(json_agg(q), '[]') FROM ({sql}) q")
        assert proc.returncode == 0, _tail(proc)
        return json.loads(proc.stdout.decode("utf-8"))


class MariaDB:
    """A private MariaDB server (Debian's mariadb-server)."""

    name = "mariadb"

    def __init__(self, root: Path) -> None:
        self.dir = Path(tempfile.mkdtemp(prefix="my.", dir=root))
        self.user = _user()
        if self.user:
            entry = pwd.getpwnam(self.user)
            os.chown(self.dir, entry.pw_uid, entry.pw_gid)
        self.data = self.dir / "data"
        self.socket = self.dir / "mysqld.sock"
        path = os.environ.get("PATH", "") + ":/usr/sbin:/usr/bin"

        def which(*names: str) -> str | None:
            return next((found for n in names if (found := shutil.which(n, path=path))), None)

        self.server = which("mariadbd", "mysqld")
        self.install = which("mariadb-install-db", "mysql_install_db")
        self.client = which("mariadb", "mysql")
        if not (self.server and self.install and self.client):
            raise RuntimeError("MariaDB is not installed: apt-get install mariadb-server")
        self.count = 0
        self.proc: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        as_user = [f"--user={self.user}"] if self.user else []
        assert self.install and self.server
        proc = _run([self.install, "--no-defaults", f"--datadir={self.data}", *as_user,
                     "--auth-root-authentication-method=normal", "--skip-test-db",
                     "--skip-name-resolve"], timeout=180)
        if proc.returncode:
            raise RuntimeError("mariadb-install-db: " + _tail(proc))
        log = self.dir / "server.log"
        self.proc = subprocess.Popen(
            [self.server, "--no-defaults", f"--datadir={self.data}", f"--socket={self.socket}",
             "--skip-networking", f"--pid-file={self.dir / 'mysqld.pid'}", f"--log-error={log}",
             "--skip-log-bin", "--innodb-buffer-pool-size=32M", "--innodb-log-file-size=16M",
             # A throwaway server: nothing needs to survive a crash.
             "--innodb-flush-log-at-trx-commit=0", "--innodb-doublewrite=0", "--sync-frm=0",
             *as_user],
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            start_new_session=True)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"mariadbd exited with {self.proc.returncode}")
            if self.socket.exists() and self._client(None, "SELECT 1").returncode == 0:
                return
            time.sleep(0.2)
        raise RuntimeError("mariadbd did not answer within 60 s")

    def stop(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout=60)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        shutil.rmtree(self.dir, ignore_errors=True)

    def _client(self, database: str | None, sql: str | None = None,
                stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
        assert self.client
        cmd = [self.client, "--no-defaults", "-uroot", f"--socket={self.socket}", "--batch",
               "--raw", "--skip-column-names", "--default-character-set=utf8mb4"]
        if sql:
            cmd += ["-e", sql]
        if database:
            cmd.append(database)
        return _run(cmd, stdin=stdin)

    def create_database(self) -> str:
        """A new, empty database's name."""
        self.count += 1
        name = f"t{self.count}"
        proc = self._client(None, f"CREATE DATABASE `{name}`")
        assert proc.returncode == 0, _tail(proc)
        return name

    def apply(self, database: str, ddl: str) -> Applied:
        """Run `ddl` into `database`; the client stops at the first error."""
        return Applied(self._client(database, stdin=ddl.encode("utf-8")))

    def query(self, database: str, sql: str) -> list[dict[str, Any]]:
        """Rows of `sql`, a SELECT of JSON_OBJECT(...) AS j, read back as JSON."""
        proc = self._client(database, f"SELECT coalesce(JSON_ARRAYAGG(j), '[]') FROM ({sql}) q")
        assert proc.returncode == 0, _tail(proc)
        return json.loads(proc.stdout.decode("utf-8"))


_STARTED: dict[str, Postgres | MariaDB | str] = {}
"""Each server started once per process: the server, or why it could not start."""


def server(kind: type[Postgres] | type[MariaDB], root: Path) -> Postgres | MariaDB | str:
    """The running server of `kind`, started on first use, or the reason it cannot run."""
    if kind.name not in _STARTED:
        try:
            instance = kind(root)
        except (RuntimeError, OSError) as error:
            _STARTED[kind.name] = str(error)
            return _STARTED[kind.name]
        try:
            instance.start()
            _STARTED[kind.name] = instance
        except (RuntimeError, OSError, subprocess.TimeoutExpired) as error:
            instance.stop()
            _STARTED[kind.name] = f"{kind.name} did not start: {error}"
    return _STARTED[kind.name]


def stop_all() -> None:
    """Stop every server this process started."""
    for found in _STARTED.values():
        if not isinstance(found, str):
            found.stop()
    _STARTED.clear()


# Also when the session ends without its finalizers (an interrupted run).
atexit.register(stop_all)


@pytest.fixture(scope="session")
def sql_root() -> Iterator[Path]:
    """A temp folder the servers' user can enter; the servers are stopped at the end."""
    root = Path(tempfile.mkdtemp(prefix="designer-sql."))
    root.chmod(0o755)
    try:
        yield root
    finally:
        stop_all()
        shutil.rmtree(root, ignore_errors=True)


@pytest.fixture(scope="session")
def postgres(sql_root: Path) -> Postgres:
    """The session's PostgreSQL server."""
    found = server(Postgres, sql_root)
    if isinstance(found, str):
        unavailable(found)
    assert isinstance(found, Postgres)
    return found


@pytest.fixture(scope="session")
def mariadb(sql_root: Path) -> MariaDB:
    """The session's MariaDB server."""
    found = server(MariaDB, sql_root)
    if isinstance(found, str):
        unavailable(found)
    assert isinstance(found, MariaDB)
    return found
