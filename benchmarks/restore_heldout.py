"""Make the checkouts `measure_detect.py` reads, from fetched mirrors of the corpus's repositories.

    python benchmarks/restore_heldout.py CORPUS CHECKOUTS [--mirrors /work/.mirror] [--keep]

For every repository CORPUS lists whose folder CHECKOUTS/owner+name is missing and whose mirror
(a bare git directory, `MIRRORS/owner+name/repo` or its `.git`, as the session tool `fetch`
leaves it) is present, writes the listed commit's tree into CHECKOUTS/owner+name blob by blob:
a snapshot may lack its largest blobs (images, data dumps), which `git archive` would fail on;
they are skipped and counted. Symbolic links are written as links, submodules left out. Each
mirror is deleted once its tree is written (a mirror is several times its tree) unless `--keep`.
Appends `owner+name commit blobs written missing` to CHECKOUTS/COMMITS.txt and prints the
repositories still to fetch. Nothing here contacts the network.
"""

from __future__ import annotations

import argparse
import fcntl
import os
import shutil
import subprocess
import sys
from pathlib import Path

import yaml


def _git(gitdir: Path, *args: str) -> bytes:
    return subprocess.run(["git", "--git-dir", str(gitdir), *args], capture_output=True,
                          check=True).stdout


def extract(gitdir: Path, commit: str, dest: Path) -> tuple[str, int, list[str]]:
    """Write `commit`'s tree into `dest`: (full commit, blobs listed, paths missing)."""
    full = _git(gitdir, "rev-parse", commit + "^{commit}").decode().strip()
    entries = []
    for record in _git(gitdir, "ls-tree", "-r", "-z", full).split(b"\0"):
        if record:
            meta, path = record.split(b"\t", 1)
            mode, kind, sha = meta.split()
            if kind == b"blob":
                entries.append((mode, sha, os.fsdecode(path)))
    missing: list[str] = []
    with subprocess.Popen(["git", "--git-dir", str(gitdir), "cat-file", "--batch"],
                          stdin=subprocess.PIPE, stdout=subprocess.PIPE) as batch:
        assert batch.stdin is not None and batch.stdout is not None
        for mode, sha, path in entries:
            batch.stdin.write(sha + b"\n")
            batch.stdin.flush()
            header = batch.stdout.readline().split()
            if len(header) < 3 or header[1] == b"missing":
                missing.append(path)
                continue
            data = batch.stdout.read(int(header[2]))
            batch.stdout.read(1)  # the newline after the contents
            target = dest / path
            target.parent.mkdir(parents=True, exist_ok=True)
            if mode == b"120000":
                os.symlink(os.fsdecode(data), target)
                continue
            target.write_bytes(data)
            if mode == b"100755":
                target.chmod(0o755)
        batch.stdin.close()
    return full, len(entries), missing


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("checkouts", type=Path)
    parser.add_argument("--mirrors", type=Path, default=Path("/work/.mirror"))
    parser.add_argument("--keep", action="store_true", help="keep each mirror once extracted")
    args = parser.parse_args()
    args.checkouts.mkdir(parents=True, exist_ok=True)
    # Two restores of one set at once would extract the same mirror twice, and the one that
    # finds it deleted by the other would remove the checkout the other wrote: take turns.
    lock = (args.checkouts / ".restore.lock").open("w")
    fcntl.flock(lock, fcntl.LOCK_EX)
    still: list[str] = []
    for entry in yaml.safe_load(args.corpus.read_text(encoding="utf-8"))["repositories"]:
        name = entry["repo"].replace("/", "+")
        dest = args.checkouts / name
        if dest.exists():
            continue
        gitdir = args.mirrors / name / "repo"
        if (gitdir / ".git").is_dir():
            gitdir = gitdir / ".git"  # some snapshots are clones with a work tree
        if not gitdir.is_dir():
            still.append(entry["repo"])
            continue
        try:
            full, blobs, missing = extract(gitdir, str(entry["commit"]), dest)
        except (subprocess.CalledProcessError, OSError) as error:
            shutil.rmtree(dest, ignore_errors=True)
            print(f"{entry['repo']}: not extracted ({error})", file=sys.stderr)
            still.append(entry["repo"])
            continue
        line = f"{name} {full} {blobs} {blobs - len(missing)} {len(missing)}"
        with (args.checkouts / "COMMITS.txt").open("a", encoding="utf-8") as log:
            log.write(line + "".join(f"\n  missing: {path}" for path in missing) + "\n")
        print(line)
        if not args.keep:
            shutil.rmtree(args.mirrors / name)
    for repo in still:
        print(f"to fetch: {repo}")
    print(f"{args.corpus.name}: {len(still)} still to fetch")
    return 0


if __name__ == "__main__":
    sys.exit(main())
